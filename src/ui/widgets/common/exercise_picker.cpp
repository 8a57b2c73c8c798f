#include "widgets/common/exercise_picker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>

namespace glidepath::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kTypingDelayMs = 120;

} // namespace

ExercisePicker::ExercisePicker(QWidget* parent)
    : QComboBox(parent), m_suggestions(new QStandardItemModel(this)),
      m_completer(new QCompleter(this)), m_typing(new QTimer(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    lineEdit()->setPlaceholderText(tr("Type to search"));

    // The suggestions are already the matches, best first: the completer shows them as they are.
    m_completer->setModel(m_suggestions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &ExercisePicker::suggest);
    connect(lineEdit(), &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                choose(index.data(kIdRole).toString(), index.data(Qt::DisplayRole).toString());
            });

    connect(this, &QComboBox::activated, this, [this](int) {
        if (!m_loading) {
            emit picked(QString::fromStdString(currentId()));
        }
    });
    connect(lineEdit(), &QLineEdit::returnPressed, this, &ExercisePicker::commitText);
    setItems({}, {}, {});
}

void ExercisePicker::setLookup(Lookup lookup, NameOf nameOf)
{
    m_lookup = std::move(lookup);
    m_nameOf = std::move(nameOf);
}

std::vector<ExercisePicker::Choice> ExercisePicker::lookup(const QString& text, int limit) const
{
    if (!m_lookup) {
        return {};
    }
    std::vector<Choice> out;
    for (Choice& choice : m_lookup(text, limit + 1)) {
        if (choice.id.toStdString() != m_excludedId && static_cast<int>(out.size()) < limit) {
            out.push_back(std::move(choice));
        }
    }
    return out;
}

void ExercisePicker::setItems(const std::vector<Choice>& choices, const QString& id,
                              const QString& name)
{
    m_loading = true;
    const QString text = currentText();
    clear();
    addItem(tr("None"), QString());
    if (!id.isEmpty()) {
        addItem(name, id);
    }
    for (const Choice& choice : choices) {
        if (choice.id != id) {
            addItem(choice.name, choice.id);
        }
    }
    setCurrentIndex(id.isEmpty() ? 0 : 1);
    if (isEditable() && text != currentText() && id.isEmpty() && !text.isEmpty()) {
        setEditText(text);
    }
    m_loading = false;
}

void ExercisePicker::setCurrentId(const std::string& id)
{
    const QString qid = QString::fromStdString(id);
    if (id.empty()) {
        setItems({}, {}, {});
        return;
    }
    const QString name = m_nameOf ? m_nameOf(qid) : QString();
    if (name.isEmpty()) {
        // An id that is not stored: show it as it is.
        setItems({}, {}, {});
        m_loading = true;
        setCurrentIndex(-1);
        setEditText(qid);
        m_loading = false;
        return;
    }
    setItems({}, qid, name);
}

std::string ExercisePicker::currentId() const
{
    const int index = currentIndex();
    if (index < 0) {
        return {};
    }
    // A typed text that no longer matches the selected item is not a choice.
    if (itemText(index) != currentText()) {
        return {};
    }
    return itemData(index).toString().toStdString();
}

void ExercisePicker::choose(const QString& id, const QString& name)
{
    m_typing->stop();
    setItems({}, id, name);
    emit picked(id);
}

void ExercisePicker::showPopup()
{
    // The list offers the current choice and the first names; typing finds the rest.
    const int index = currentIndex();
    const QString id = index >= 0 ? itemData(index).toString() : QString();
    const QString name = index >= 0 ? itemText(index) : QString();
    setItems(lookup(QString(), 100), id, name);
    QComboBox::showPopup();
}

void ExercisePicker::suggest()
{
    const QString text = lineEdit()->text().trimmed();
    m_suggestions->clear();
    if (text.isEmpty()) {
        return;
    }
    for (const Choice& choice : lookup(text, kSuggestions)) {
        auto* item = new QStandardItem(choice.name);
        item->setData(choice.id, kIdRole);
        m_suggestions->appendRow(item);
    }
    if (hasFocus() && isVisible()) {
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    }
}

bool ExercisePicker::isSearchPending() const
{
    return m_typing->isActive();
}

void ExercisePicker::flushSearch()
{
    if (m_typing->isActive()) {
        m_typing->stop();
        suggest();
    }
}

void ExercisePicker::focusOutEvent(QFocusEvent* event)
{
    QComboBox::focusOutEvent(event);
    commitText();
}

void ExercisePicker::commitText()
{
    if (m_loading) {
        return;
    }
    m_typing->stop();
    // Typing a full name and leaving the field picks it; an empty field means None; anything
    // else goes back to the current choice.
    const QString text = currentText().trimmed();
    if (text.isEmpty()) {
        setItems({}, {}, {});
        emit picked(QString());
        return;
    }
    const int index = currentIndex();
    if (index >= 0 && itemText(index) == currentText()) {
        return; // unchanged
    }
    for (const Choice& choice : lookup(text, 8)) {
        if (choice.name.compare(text, Qt::CaseInsensitive) == 0) {
            choose(choice.id, choice.name);
            return;
        }
    }
    if (index >= 0) {
        m_loading = true;
        setEditText(itemText(index));
        m_loading = false;
    }
}

} // namespace glidepath::ui
