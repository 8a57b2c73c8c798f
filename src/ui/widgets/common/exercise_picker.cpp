#include "widgets/common/exercise_picker.h"

#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

namespace glidepath::ui {

ExercisePicker::ExercisePicker(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("Type to search"));

    connect(this, &QComboBox::activated, this, [this](int) {
        if (!m_loading) {
            emit picked(QString::fromStdString(currentId()));
        }
    });
    connect(lineEdit(), &QLineEdit::returnPressed, this, &ExercisePicker::commitText);
}

void ExercisePicker::setExercises(const std::vector<core::Exercise>& exercises,
                                  const std::string& excludeId)
{
    const std::string keep = currentId();
    m_loading = true;
    clear();
    addItem(tr("None"), QString());
    std::vector<const core::Exercise*> sorted;
    for (const core::Exercise& exercise : exercises) {
        if (exercise.id != excludeId) {
            sorted.push_back(&exercise);
        }
    }
    std::sort(sorted.begin(), sorted.end(), [](const core::Exercise* a, const core::Exercise* b) {
        return QString::fromStdString(a->name).compare(QString::fromStdString(b->name),
                                                       Qt::CaseInsensitive) < 0;
    });
    for (const core::Exercise* exercise : sorted) {
        addItem(QString::fromStdString(exercise->name), QString::fromStdString(exercise->id));
        setItemData(count() - 1, QString::fromStdString(exercise->summary), Qt::ToolTipRole);
    }
    m_loading = false;
    setCurrentId(keep);
}

void ExercisePicker::setCurrentId(const std::string& id)
{
    m_loading = true;
    const int index = findData(QString::fromStdString(id));
    if (index >= 0) {
        setCurrentIndex(index);
    } else {
        // An id that is not offered (e.g. a hidden neighbour): show it as it is.
        setCurrentIndex(-1);
        setEditText(QString::fromStdString(id));
    }
    m_loading = false;
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
    // Typing a full name and leaving the field picks it; an empty field means None; anything
    // else goes back to the current choice.
    const QString text = currentText().trimmed();
    if (text.isEmpty()) {
        m_loading = true;
        setCurrentIndex(0);
        m_loading = false;
        emit picked(QString());
        return;
    }
    const int index = findText(text, Qt::MatchFixedString);
    if (index >= 0) {
        if (index != currentIndex() || currentText() != itemText(index)) {
            m_loading = true;
            setCurrentIndex(index);
            m_loading = false;
            emit picked(itemData(index).toString());
        }
        return;
    }
    if (currentIndex() >= 0) {
        m_loading = true;
        setEditText(itemText(currentIndex()));
        m_loading = false;
    }
}

} // namespace glidepath::ui
