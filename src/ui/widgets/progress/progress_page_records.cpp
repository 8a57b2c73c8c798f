// Adding, changing and deleting what the client recorded: session logs, week logs and PSFS
// assessments, each change undoable.

#include "app_context.h"
#include "commands/command.h"
#include "models/date_text.h"
#include "models/progress_week_model.h"
#include "models/session_log_table_model.h"
#include "widgets/common/message_box.h"
#include "widgets/progress/progress_page.h"
#include "widgets/tracking/psfs_dialog.h"
#include "widgets/tracking/session_log_dialog.h"
#include "widgets/tracking/week_log_dialog.h"
#include "write_access.h"

#include <glidepath/storage/tracking_repository.h>

#include <QTableWidget>

#include <algorithm>
#include <functional>

namespace glidepath::ui {

std::optional<storage::StoredPlan> ProgressPage::planForWeekLog() const
{
    if (m_clientId < 0) {
        return std::nullopt;
    }
    const auto plans = m_context.clients().plans(m_clientId); // newest week first
    const QModelIndexList selected = m_weekTable->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        if (const ProgressWeek* week = m_weekModel->weekAt(selected.front().row());
            week && week->plan) {
            if (auto plan = planCovering(plans, week->plan->weekStart)) {
                return plan;
            }
        }
    }
    const core::Date today = m_context.clock().today();
    if (auto plan = planCovering(plans, today)) {
        return plan;
    }
    for (const auto& stored : plans) {
        if (stored.plan.weekStart <= today) {
            return stored;
        }
    }
    // Only next week's plan is saved so far (the first plan of a new client): its log is the
    // one to fill in as the week goes on.
    if (!plans.empty()) {
        return plans.back().plan.weekStart > today ? std::optional(plans.back()) : std::nullopt;
    }
    return std::nullopt;
}

void ProgressPage::logSession()
{
    if (m_clientId < 0) {
        return;
    }
    SessionLogDialog dialog(m_context, m_clientId, m_context.clock().today(), this);
    dialog.exec();
}

void ProgressPage::enterWeekLog()
{
    const auto plan = planForWeekLog();
    if (!plan) {
        return;
    }
    WeekLogDialog dialog(m_context, m_clientId, *plan, this);
    dialog.exec();
}

void ProgressPage::recordPsfs()
{
    if (m_clientId < 0) {
        return;
    }
    PsfsDialog dialog(m_context, m_clientId, m_context.clock().today(), this);
    dialog.exec();
}

const storage::StoredSessionLog* ProgressPage::selectedLog() const
{
    const QModelIndexList selected = m_logTable->selectionModel()->selectedRows();
    return selected.isEmpty() ? nullptr : m_logModel->logAt(selected.front().row());
}

void ProgressPage::editSelectedLog()
{
    if (!WriteAccess::of(m_context).canWrite()) {
        return; // a double-click on a read-only login opens nothing it could not save
    }
    if (const storage::StoredSessionLog* log = selectedLog()) {
        SessionLogDialog dialog(m_context, *log, this);
        dialog.exec();
    }
}

void ProgressPage::deleteSelectedLog()
{
    const storage::StoredSessionLog* log = selectedLog();
    if (!log) {
        return;
    }
    const qint64 id = log->id;
    confirmAndRemove(tr("Delete this session?"),
                     tr("Delete the session logged on %1? Edit ▸ Undo brings it back.")
                         .arg(longDateText(log->log.date)),
                     [this, id] { return command::deleteSessionLog(m_context, id); });
}

void ProgressPage::confirmAndRemove(const QString& title, const QString& question,
                                    const std::function<command::Outcome()>& remove)
{
    if (MessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes) {
        return;
    }
    if (const command::Outcome outcome = remove(); !outcome) {
        emit m_context.errorOccurred(outcome.message);
    }
}

const storage::StoredPsfs* ProgressPage::selectedPsfs() const
{
    const QList<QTableWidgetItem*> selected = m_psfsTable->selectedItems();
    if (selected.isEmpty()) {
        return nullptr;
    }
    const QTableWidgetItem* first = m_psfsTable->item(selected.front()->row(), 0);
    const qint64 id = first ? first->data(Qt::UserRole).toLongLong() : 0;
    const auto it = std::find_if(m_data.psfs.begin(), m_data.psfs.end(),
                                 [id](const storage::StoredPsfs& p) { return p.id == id; });
    return it == m_data.psfs.end() ? nullptr : &*it;
}

void ProgressPage::editSelectedPsfs()
{
    if (!WriteAccess::of(m_context).canWrite()) {
        return;
    }
    if (const storage::StoredPsfs* stored = selectedPsfs()) {
        PsfsDialog dialog(m_context, *stored, this);
        dialog.exec();
    }
}

void ProgressPage::deleteSelectedPsfs()
{
    const storage::StoredPsfs* stored = selectedPsfs();
    if (!stored) {
        return;
    }
    const qint64 id = stored->id;
    confirmAndRemove(tr("Delete this assessment?"),
                     tr("Delete the PSFS assessment of %1? Edit ▸ Undo brings it back.")
                         .arg(longDateText(stored->assessment.date)),
                     [this, id] { return command::deletePsfs(m_context, id); });
}

} // namespace glidepath::ui
