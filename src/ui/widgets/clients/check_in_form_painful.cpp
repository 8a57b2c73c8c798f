// The exercises that hurt: a picker that finds exercises as the user types (this week's planned
// ones first) and the table of those rated, with their pain.

#include "widgets/clients/check_in_form.h"
#include "widgets/clients/check_in_form_parts.h"
#include "widgets/common/field_error_label.h"

#include <QComboBox>
#include <QCompleter>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>

#include <algorithm>

namespace glidepath::ui {

using check_in_parts::kIdRole;
using check_in_parts::kNameRole;

void CheckInForm::setLookup(Lookup lookup, NamesOf namesOf)
{
    m_lookup = std::move(lookup);
    m_namesOf = std::move(namesOf);
}

void CheckInForm::refreshExercises()
{
    m_listed = true;
    m_names.clear();
    setPlannedExercises(m_plannedIds); // their names may have changed too
}

void CheckInForm::setPlannedExercises(const std::vector<std::string>& ids)
{
    m_plannedIds = ids;
    if (!m_listed) {
        return; // read when the form is first shown (refreshExercises)
    }
    m_plannedExercises.clear();
    std::unordered_map<std::string, std::string> names;
    if (m_namesOf && !ids.empty()) {
        names = m_namesOf(ids);
    }
    // Planned exercises deleted from the library since are not offered.
    for (const std::string& id : ids) {
        const auto name = names.find(id);
        const QString key = QString::fromStdString(id);
        const bool listed =
            std::any_of(m_plannedExercises.begin(), m_plannedExercises.end(),
                        [&key](const exercise_match::Candidate& c) { return c.id == key; });
        if (name != names.end() && !listed) { // a plan names an exercise on several days
            const QString text = QString::fromStdString(name->second);
            m_names[id] = text;
            m_plannedExercises.push_back({QString::fromStdString(id), text, true});
        }
    }
    fillPicker();
}

std::vector<exercise_match::Candidate> CheckInForm::candidates(const QString& text, int limit) const
{
    std::vector<exercise_match::Candidate> found = m_plannedExercises;
    if (!m_lookup) {
        return found;
    }
    for (exercise_match::Candidate& candidate : m_lookup(text, limit)) {
        const bool planned =
            std::any_of(m_plannedExercises.begin(), m_plannedExercises.end(),
                        [&candidate](const auto& p) { return p.id == candidate.id; });
        if (!planned) {
            m_names[candidate.id.toStdString()] = candidate.name;
            candidate.planned = false;
            found.push_back(std::move(candidate));
        }
    }
    return found;
}

void CheckInForm::fillPicker()
{
    // Planned exercises and the first names of the library; typing finds the others.
    constexpr int kListed = 50;
    const std::vector<exercise_match::Candidate> listed = candidates(QString(), kListed);
    const QString current = m_painfulPicker->currentData(kIdRole).toString();
    m_painfulPicker->clear();
    // This week's planned exercises first, then the rest of the library by name.
    for (const int index : exercise_match::rank(listed, QString())) {
        const exercise_match::Candidate& candidate = listed[static_cast<std::size_t>(index)];
        m_painfulPicker->addItem(candidate.planned ? tr("%1 (this week's plan)").arg(candidate.name)
                                                   : candidate.name);
        m_painfulPicker->setItemData(m_painfulPicker->count() - 1, candidate.id, kIdRole);
        m_painfulPicker->setItemData(m_painfulPicker->count() - 1, candidate.name, kNameRole);
    }
    // Nothing is preselected: the user names the exercise that hurt.
    m_painfulPicker->setCurrentIndex(m_painfulPicker->findData(current, kIdRole));
    // Rows already listed keep their id; refresh their names.
    for (int row = 0; row < m_painful->rowCount(); ++row) {
        QTableWidgetItem* item = m_painful->item(row, 0);
        item->setText(exerciseName(item->data(kIdRole).toString()));
    }
}

void CheckInForm::suggestPainful(const QString& text)
{
    m_suggestions->clear();
    if (text.trimmed().isEmpty()) {
        return;
    }
    constexpr int kShown = 30;
    const std::vector<exercise_match::Candidate> found = candidates(text, kShown);
    int shown = 0;
    for (const int index : exercise_match::rank(found, text)) {
        if (shown++ >= kShown) {
            break;
        }
        const exercise_match::Candidate& candidate = found[static_cast<std::size_t>(index)];
        auto* item = new QStandardItem(
            candidate.planned ? tr("%1 (this week's plan)").arg(candidate.name) : candidate.name);
        item->setData(candidate.id, kIdRole);
        m_suggestions->appendRow(item);
    }
    if (m_painfulPicker->hasFocus() && m_painfulPicker->isVisible()) {
        m_painfulPicker->completer()->setCompletionPrefix(QString());
        m_painfulPicker->completer()->complete();
    }
}

QString CheckInForm::exerciseName(const QString& id) const
{
    const std::string key = id.toStdString();
    if (const auto known = m_names.find(key); known != m_names.end()) {
        return known->second;
    }
    if (m_namesOf) {
        const auto names = m_namesOf({key});
        if (const auto found = names.find(key); found != names.end()) {
            return m_names[key] = QString::fromStdString(found->second);
        }
    }
    return id;
}

int CheckInForm::painfulRow(const QString& id) const
{
    for (int row = 0; row < m_painful->rowCount(); ++row) {
        if (m_painful->item(row, 0)->data(kIdRole).toString() == id) {
            return row;
        }
    }
    return -1;
}

void CheckInForm::addPainfulExercise(const QString& id, int pain)
{
    if (id.isEmpty()) {
        return;
    }
    int row = painfulRow(id);
    if (row < 0) {
        row = m_painful->rowCount();
        m_painful->insertRow(row);
        auto* name = new QTableWidgetItem(exerciseName(id));
        name->setData(kIdRole, id);
        m_painful->setItem(row, 0, name);
        auto* spin = new QSpinBox(m_painful);
        spin->setRange(0, 10);
        spin->setSuffix(tr("/10"));
        spin->setAccessibleName(tr("Pain during %1").arg(name->text()));
        connect(spin, &QSpinBox::valueChanged, this, &CheckInForm::markModified);
        m_painful->setCellWidget(row, 1, spin);
    }
    if (auto* spin = qobject_cast<QSpinBox*>(m_painful->cellWidget(row, 1))) {
        spin->setValue(pain);
    }
    markModified();
}

void CheckInForm::addSelectedPainfulExercise()
{
    // The editable picker may hold typed words: accept them when they name one exercise.
    const QString text = m_painfulPicker->currentText().trimmed();
    QString id;
    const int current = m_painfulPicker->currentIndex();
    if (current >= 0 && m_painfulPicker->itemText(current) == m_painfulPicker->currentText()) {
        id = m_painfulPicker->itemData(current, kIdRole).toString();
    }
    if (id.isEmpty() && !text.isEmpty()) {
        constexpr int kConsidered = 50;
        const std::vector<exercise_match::Candidate> found = candidates(text, kConsidered);
        const std::vector<int> matches = exercise_match::rank(found, text);
        for (const int index : matches) {
            const exercise_match::Candidate& candidate = found[static_cast<std::size_t>(index)];
            if (exercise_match::fold(candidate.name) == exercise_match::fold(text)) {
                id = candidate.id; // the full name, typed in any case
            }
        }
        // One match, or one match in this week's plan (ranked first): that is the one meant.
        const auto planned = std::count_if(matches.begin(), matches.end(), [&found](int index) {
            return found[static_cast<std::size_t>(index)].planned;
        });
        if (id.isEmpty() && (matches.size() == 1 || planned == 1)) {
            id = found[static_cast<std::size_t>(matches.front())].id;
        } else if (id.isEmpty() && matches.size() > 1) {
            m_painfulError->setError(
                tr("Several exercises match \"%1\": choose one from the list.").arg(text));
            return;
        }
    }
    if (id.isEmpty()) {
        m_painfulError->setError(text.isEmpty() ? tr("Type or choose the exercise that hurt first.")
                                                : tr("No exercise matches \"%1\".").arg(text));
        return;
    }
    m_painfulError->setError({});
    addPainfulExercise(id, m_painfulPain->value());
}

void CheckInForm::removeSelectedPainfulExercise()
{
    const QList<QTableWidgetItem*> selected = m_painful->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    m_painful->removeRow(selected.first()->row());
    markModified();
}

} // namespace glidepath::ui
