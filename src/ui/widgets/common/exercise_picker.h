#pragma once

#include <QComboBox>

#include <functional>
#include <string>
#include <vector>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace glidepath::ui {

// A searchable choice of one exercise, with a "None" entry first. Used for the easier/harder
// neighbours of an exercise. Nothing is loaded up front: typing asks the lookup for the best
// matches (after a short pause), and opening the list asks it for the first names, so the picker
// costs the same whatever the size of the library.
class ExercisePicker : public QComboBox
{
    Q_OBJECT

public:
    struct Choice
    {
        QString id;
        QString name;
    };
    // At most limit exercises for typed text, best match first; empty text lists by name.
    using Lookup = std::function<std::vector<Choice>(const QString& text, int limit)>;
    // The name of a stored exercise; empty when there is none with that id.
    using NameOf = std::function<QString(const QString& id)>;

    static constexpr int kSuggestions = 50;

    explicit ExercisePicker(QWidget* parent = nullptr);

    void setLookup(Lookup lookup, NameOf nameOf);
    // The exercise being edited is never offered as its own neighbour.
    void setExcludedId(const std::string& id) { m_excludedId = id; }
    void setCurrentId(const std::string& id); // does not emit picked()
    std::string currentId() const;
    // The user chose this exercise (from the list, the completer or by typing its name).
    void choose(const QString& id, const QString& name);
    // Runs a search that waits for the pause after typing now (tests, Enter).
    void flushSearch();
    bool isSearchPending() const;

    void showPopup() override;

signals:
    // The user chose an exercise, or None (empty id).
    void picked(const QString& id);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void commitText();
    void suggest();
    std::vector<Choice> lookup(const QString& text, int limit) const;
    // Makes the items None plus the given choices, with id (named name) among them and current.
    void setItems(const std::vector<Choice>& choices, const QString& id, const QString& name);

    Lookup m_lookup;
    NameOf m_nameOf;
    std::string m_excludedId;
    QStandardItemModel* m_suggestions;
    QCompleter* m_completer;
    QTimer* m_typing;
    bool m_loading = false;
};

} // namespace glidepath::ui
