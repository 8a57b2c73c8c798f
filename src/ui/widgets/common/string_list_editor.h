#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QToolButton;

namespace glidepath::ui {

// Edits an ordered list of short texts (instruction steps, cues): add, remove, move up and down,
// edit in place (double-click, F2 or Enter). edited() fires after every user change.
class StringListEditor : public QWidget
{
    Q_OBJECT

public:
    // numbered: show "1.", "2." before each item (for ordered steps).
    StringListEditor(const QString& itemName, bool numbered, QWidget* parent = nullptr);

    void setItems(const QStringList& items); // does not emit edited()
    QStringList items() const;
    void setReadOnly(bool readOnly);
    QListWidget* list() const { return m_list; }

    // User actions, also used by tests.
    void addItem(const QString& text = {});
    void removeCurrent();
    void moveCurrent(int delta);

signals:
    void edited();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateButtons();
    void fitHeight();

    QListWidget* m_list;
    QToolButton* m_add;
    QToolButton* m_remove;
    QToolButton* m_up;
    QToolButton* m_down;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_numbered = false;
};

} // namespace glidepath::ui
