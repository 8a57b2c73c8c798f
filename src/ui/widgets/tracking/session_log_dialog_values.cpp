// Reading and setting the dialog's values (tests and the progress page drive the dialog through
// these) and the session log they add up to.

#include "widgets/tracking/session_log_dialog.h"
#include "widgets/tracking/session_log_dialog_parts.h"

#include <QComboBox>
#include <QPlainTextEdit>

namespace glidepath::ui {

using session_log_form::kNotRecorded;
using session_log_form::spinValue;

QString SessionLogDialog::exerciseIdAt(int row) const
{
    if (row < 0 || row >= exerciseRows()) {
        return {};
    }
    return QString::fromStdString(m_rows[static_cast<std::size_t>(row)].id);
}

void SessionLogDialog::setStatus(int row, core::LogStatus status)
{
    if (row < 0 || row >= exerciseRows()) {
        return;
    }
    QComboBox* combo = m_rows[static_cast<std::size_t>(row)].status;
    combo->setCurrentIndex(combo->findData(static_cast<int>(status)));
}

core::LogStatus SessionLogDialog::status(int row) const
{
    return static_cast<core::LogStatus>(
        m_rows.at(static_cast<std::size_t>(row)).status->currentData().toInt());
}

void SessionLogDialog::setSetsDone(int row, int sets)
{
    if (row >= 0 && row < exerciseRows()) {
        m_rows[static_cast<std::size_t>(row)].sets->setValue(sets);
    }
}

int SessionLogDialog::setsDone(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row)).sets->value();
}

void SessionLogDialog::setPain(int row, std::optional<int> pain)
{
    if (row >= 0 && row < exerciseRows()) {
        m_rows[static_cast<std::size_t>(row)].pain->setValue(pain.value_or(kNotRecorded));
    }
}

void SessionLogDialog::setDifficulty(int row, std::optional<core::Difficulty> difficulty)
{
    if (row < 0 || row >= exerciseRows()) {
        return;
    }
    QComboBox* combo = m_rows[static_cast<std::size_t>(row)].difficulty;
    combo->setCurrentIndex(difficulty ? combo->findData(static_cast<int>(*difficulty)) : 0);
}

void SessionLogDialog::setSessionPain(std::optional<int> pain)
{
    m_sessionPain->setValue(pain.value_or(kNotRecorded));
}

void SessionLogDialog::setWorseNextMorning(std::optional<bool> worse)
{
    m_nextMorning->setCurrentIndex(m_nextMorning->findData(worse ? (*worse ? 1 : 0) : -1));
}

void SessionLogDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}

std::vector<std::size_t> SessionLogDialog::includedRows() const
{
    // An extra session is a record of what was done: rows left at "skipped" are not part of it.
    const bool extra = !plannedSession().has_value();
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const auto status = static_cast<core::LogStatus>(m_rows[i].status->currentData().toInt());
        if (!extra || status != core::LogStatus::Skipped) {
            rows.push_back(i);
        }
    }
    return rows;
}

core::SessionLog SessionLogDialog::sessionLog() const
{
    core::SessionLog log;
    log.date = date();
    log.plannedDate = plannedSession();
    log.sessionPain = spinValue(m_sessionPain);
    if (const int morning = m_nextMorning->currentData().toInt(); morning >= 0) {
        log.worseNextMorning = morning == 1;
    }
    log.note = m_note->toPlainText().trimmed().toStdString();
    for (const std::size_t i : includedRows()) {
        const Row& row = m_rows[i];
        core::LoggedExercise entry;
        entry.exerciseId = row.id;
        entry.status = static_cast<core::LogStatus>(row.status->currentData().toInt());
        entry.setsDone = row.sets->value();
        entry.setsPlanned = row.setsPlanned;
        if (entry.status != core::LogStatus::Skipped) {
            entry.painDuring = spinValue(row.pain);
            const int difficulty = row.difficulty->currentData().toInt();
            if (difficulty >= 0) {
                entry.difficulty = static_cast<core::Difficulty>(difficulty);
            }
        }
        log.entries.push_back(std::move(entry));
    }
    return log;
}

} // namespace glidepath::ui
