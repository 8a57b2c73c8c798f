#include "commands/command.h"
#include "commands/undo_command.h"
#include "labels.h"
#include "models/client_labels.h"
#include "models/plan_labels.h"
#include "models/plan_model.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/profile_editor.h"
#include "widgets/clients/red_flag_questions.h"
#include "widgets/common/message_box.h"
#include "widgets/plan/clinician_review_panel.h"
#include "widgets/plan/decision_banner.h"
#include "widgets/plan/plan_adjust_panel.h"
#include "widgets/plan/plan_export_dialog.h"
#include "widgets/plan/plan_page.h"
#include "widgets/plan/plan_week_view.h"
#include "widgets/progress/progress_report.h"
#include "widgets/tracking/session_log_dialog.h"

#include <glidepath/core/plan_alternatives.h>
#include <glidepath/core/plan_status.h>
#include <glidepath/planning/planning_service.h>
#include <glidepath/report/issue_text.h>

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

namespace glidepath::ui {

// PlanPage: the client, the saved versions and the draft (planning goes through
// planning::PlanningService, as the command line does).

namespace {

QString savedAtText(const std::string& savedAt)
{
    QDateTime when = QDateTime::fromString(QString::fromStdString(savedAt), Qt::ISODate);
    if (!when.isValid()) {
        return QString::fromStdString(savedAt);
    }
    return QLocale().toString(when.toLocalTime(), Labels::dateFormat(Labels::DateStyle::DateTime));
}

} // namespace

// ---- Client and history ------------------------------------------------------------------------

void PlanPage::onClientChanged(qint64 clientId)
{
    if (m_hasDraft && m_clientId > 0 && clientId != m_clientId) {
        m_stashedDrafts.insert(m_clientId,
                               StashedDraft{m_draftModel->plan(), m_lastSaved, m_baseVersion});
    }
    const bool sameClient = clientId == m_clientId;
    m_clientId = clientId;
    reloadClientPicker();
    m_reviews->setClient(clientId);
    reloadClient();
    if (!sameClient) {
        clearDraft();
        const auto stashed = m_stashedDrafts.find(clientId);
        if (stashed != m_stashedDrafts.end()) {
            StashedDraft draft = stashed.value();
            m_stashedDrafts.erase(stashed);
            setDraft(std::move(draft.plan), std::move(draft.lastSaved), draft.baseVersion);
        }
    }
    reloadHistory();
    if (m_hasDraft) {
        showDraft();
    } else if (m_history->count() > 0) {
        showStored(m_history->itemData(0).toLongLong());
    } else {
        showDraft();
    }
}

void PlanPage::reloadClient()
{
    m_record.reset();
    m_checkInCount = 0;
    m_standingFlags.clear();
    if (m_clientId <= 0) {
        return;
    }
    try {
        m_record = m_context.clients().find(m_clientId);
        if (m_record) {
            std::vector<core::CheckIn> checkIns;
            for (storage::StoredCheckIn& stored : m_context.clients().checkIns(m_clientId)) {
                checkIns.push_back(std::move(stored.checkIn));
            }
            m_checkInCount = static_cast<int>(checkIns.size());
            m_standingFlags = core::standingRedFlags(m_record->screeningRedFlags, checkIns);
        }
    } catch (const std::exception& error) {
        emit m_context.errorOccurred(
            tr("Could not read the client: %1").arg(command::describeFailure(error)));
    }
}

void PlanPage::reloadClientPicker()
{
    const QSignalBlocker blocker(m_clientPicker);
    m_clientPicker->clear();
    if (m_context.mode() == AppMode::Personal) {
        return;
    }
    try {
        for (const storage::ClientRecord& client : m_context.clients().list()) {
            m_clientPicker->addItem(QString::fromStdString(client.profile.name),
                                    QVariant::fromValue<qint64>(client.id));
        }
    } catch (const std::exception& error) {
        emit m_context.errorOccurred(
            tr("Could not read the clients: %1").arg(command::describeFailure(error)));
    }
    if (m_clientPicker->count() == 0) {
        m_clientPicker->addItem(tr("No clients yet"), QVariant::fromValue<qint64>(-1));
        return;
    }
    const int index = m_clientPicker->findData(QVariant::fromValue<qint64>(m_clientId));
    if (index < 0) {
        m_clientPicker->insertItem(0, tr("Choose a client"), QVariant::fromValue<qint64>(-1));
    }
    m_clientPicker->setCurrentIndex(index < 0 ? 0 : index);
}

QString PlanPage::draftEntryText() const
{
    const QString week = longDateText(m_draftModel->plan().weekStart);
    if (!m_lastSaved) {
        return tr("Draft for the week of %1 (not saved)").arg(week);
    }
    if (draftDirty()) {
        return tr("Week of %1, version %2 with changes not saved").arg(week).arg(m_baseVersion);
    }
    // Just saved: it is that version, which can still be changed into the next one.
    return tr("Week of %1, version %2 (open for changes)").arg(week).arg(m_baseVersion);
}

void PlanPage::reloadHistory()
{
    const QSignalBlocker blocker(m_history);
    m_history->clear();
    if (m_hasDraft) {
        m_history->addItem(draftEntryText(), kDraftEntry);
    }
    if (m_clientId <= 0) {
        return;
    }
    std::vector<storage::StoredPlan> plans;
    try {
        plans = m_context.clients().plans(m_clientId);
    } catch (const std::exception& error) {
        emit m_context.errorOccurred(
            tr("Could not read the saved plans: %1").arg(command::describeFailure(error)));
    }
    for (const storage::StoredPlan& stored : plans) {
        const QString text = tr("Week of %1, version %2 (saved %3)")
                                 .arg(longDateText(stored.plan.weekStart))
                                 .arg(stored.version)
                                 .arg(savedAtText(stored.savedAt));
        m_history->addItem(core::isSuperseded(stored.plan, m_standingFlags)
                               ? tr("%1 — superseded").arg(text)
                               : text,
                           QVariant::fromValue<qint64>(stored.id));
    }
    selectHistoryEntry(m_showingDraft ? kDraftEntry : m_storedPlanId);
}

void PlanPage::selectHistoryEntry(qint64 data)
{
    const QSignalBlocker blocker(m_history);
    const int index = m_history->findData(QVariant::fromValue<qint64>(data));
    m_history->setCurrentIndex(index);
}

void PlanPage::onHistoryActivated(int index)
{
    const qint64 data = m_history->itemData(index).toLongLong();
    if (data == kDraftEntry) {
        showDraft();
    } else {
        showStored(data);
    }
}

void PlanPage::showDraft()
{
    m_showingDraft = true;
    m_storedPlanId = -1;
    m_weekView->setModel(m_draftModel);
    selectHistoryEntry(kDraftEntry);
    refresh();
}

void PlanPage::showStored(qint64 planId)
{
    std::optional<storage::StoredPlan> stored;
    try {
        stored = m_context.clients().findPlan(planId);
    } catch (const std::exception& error) {
        emit m_context.errorOccurred(
            tr("Could not read the saved plan: %1").arg(command::describeFailure(error)));
    }
    if (!stored) {
        showDraft();
        return;
    }
    m_showingDraft = false;
    m_storedPlanId = stored->id;
    m_storedVersion = stored->version;
    m_storedModel->setPlan(stored->plan);
    m_weekView->setModel(m_storedModel);
    selectHistoryEntry(planId);
    refresh();
}

// ---- Draft -------------------------------------------------------------------------------------

void PlanPage::rebuildAlternatives()
{
    m_adjust->setSelection(std::nullopt); // it may point into the alternatives being replaced
    m_alternatives.reset();
    if (!m_hasDraft || !m_record) {
        return;
    }
    try {
        m_alternatives = planning::PlanningService(m_context.database())
                             .alternatives(m_clientId, m_draftModel->plan().weekStart,
                                           m_context.exercises().list(), m_context.rules());
    } catch (const std::exception& error) {
        emit m_context.errorOccurred(
            tr("Could not prepare the exercise choices: %1").arg(command::describeFailure(error)));
    }
}

void PlanPage::setDraft(core::Plan plan, std::optional<core::Plan> lastSaved, int baseVersion)
{
    m_adjust->setSelection(std::nullopt);
    m_hasDraft = true;
    m_lastSaved = std::move(lastSaved);
    m_baseVersion = baseVersion;
    m_draftModel->setPlan(std::move(plan));
    rebuildAlternatives();
}

void PlanPage::clearDraft()
{
    m_adjust->setSelection(std::nullopt);
    m_hasDraft = false;
    m_lastSaved.reset();
    m_baseVersion = 0;
    m_alternatives.reset();
    m_draftModel->clear();
}

void PlanPage::syncDraftWithSaved()
{
    if (!m_hasDraft || m_clientId <= 0 || m_baseVersion < 0) {
        return;
    }
    const core::Plan& draft = m_draftModel->plan();
    std::vector<storage::StoredPlan> plans;
    try {
        plans = m_context.clients().plans(m_clientId);
    } catch (const std::exception&) {
        return; // the history reload reports it
    }
    int newest = 0;
    std::optional<core::Plan> newestPlan;
    bool baseExists = false;
    for (const storage::StoredPlan& stored : plans) {
        if (stored.plan.weekStart != draft.weekStart) {
            continue;
        }
        baseExists = baseExists || stored.version == m_baseVersion;
        if (stored.version > newest) {
            newest = stored.version;
            newestPlan = stored.plan;
        }
    }
    if (!baseExists && m_baseVersion > 0) {
        // The version the draft was saved as was taken back by undo: the draft is unsaved
        // again, measured against what is stored now.
        m_baseVersion = newest;
        m_lastSaved = newestPlan;
    } else if (newest > m_baseVersion && newestPlan == draft) {
        m_baseVersion = newest; // redo of the save brought the draft's version back
        m_lastSaved = draft;
    }
}

bool PlanPage::canEditDraft() const
{
    return m_hasDraft && m_showingDraft && m_alternatives && !m_draftModel->isReferral() &&
           !core::isSuperseded(m_draftModel->plan(), m_standingFlags);
}

bool PlanPage::draftDirty() const
{
    return m_hasDraft && (!m_lastSaved || *m_lastSaved != m_draftModel->plan());
}

bool PlanPage::isDraftSaved() const
{
    return m_hasDraft && !draftDirty();
}

bool PlanPage::confirmReplaceDraft()
{
    // Only hand edits would be lost: an untouched draft comes back the same from the engine.
    if (!draftDirty() || m_draftModel->plan().overrides.empty()) {
        return true;
    }
    return MessageBox::question(this, tr("Replace the draft"),
                                tr("The draft has changes made by hand that are not saved. "
                                   "Replace it anyway?"),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                                {{QMessageBox::Yes, tr("Replace")}}) == QMessageBox::Yes;
}

void PlanPage::planNextWeek()
{
    if (m_clientId <= 0 || !m_record) {
        return;
    }
    if (!confirmReplaceDraft()) {
        return;
    }
    const std::vector<core::FieldIssue> issues = core::validateProfile(m_record->profile);
    if (!issues.empty()) {
        QStringList lines;
        for (const core::FieldIssue& issue : issues) {
            lines << QStringLiteral("• %1: %2")
                         .arg(ClientLabels::fieldName(issue.field), report::issueText(issue));
        }
        MessageBox::warning(this, tr("Profile incomplete"),
                            tr("The profile needs these fixed before a plan can be made:\n%1")
                                .arg(lines.join(QLatin1Char('\n'))));
        if (m_personalTabs) {
            m_personalTabs->setCurrentWidget(m_personalTabs->profilePage());
        }
        return;
    }
    // Every screening question needs an answer: one never asked is not a "no".
    const std::vector<core::RedFlag> unanswered =
        core::unansweredRedFlags(m_record->screeningRedFlags, m_record->screeningAnsweredNo);
    if (!unanswered.empty()) {
        const QString where = m_personalTabs ? tr("Answer them on the My profile tab and save it.")
                                             : tr("Answer them on the client's Profile (Clients "
                                                  "page) and save it.");
        MessageBox::warning(this, tr("Screening not complete"),
                            tr("No plan is made until every red-flag screening question is "
                               "answered yes or no. Not answered yet: %1.\n\n%2")
                                .arg(RedFlagQuestions::describe(unanswered), where));
        if (m_personalTabs) {
            m_personalTabs->setCurrentWidget(m_personalTabs->profilePage());
            m_personalTabs->profileEditor()->checkScreening();
        }
        return;
    }
    const core::Date weekStart = nextMonday(m_context.clock().today());
    try {
        core::Plan plan =
            planning::PlanningService(m_context.database())
                .planWeek(m_clientId, weekStart, m_context.exercises().list(), m_context.rules());
        setDraft(std::move(plan), std::nullopt, 0);
    } catch (const std::exception& error) {
        MessageBox::warning(
            this, tr("No plan made"),
            tr("The plan could not be made: %1").arg(command::describeFailure(error)));
        return;
    }
    reloadHistory();
    showDraft();
    emit m_context.statusMessage(
        tr("Planned the week of %1: %2.")
            .arg(longDateText(weekStart), Labels::of(m_draftModel->plan().decision.action)));
}

bool PlanPage::savePlan()
{
    if (!m_hasDraft || m_clientId <= 0) {
        return false;
    }
    const core::Plan plan = planning::planToSave(m_draftModel->plan());
    storage::StoredPlan stored;
    // Marked saved before the command announces the change, so the history reloads right.
    const std::optional<core::Plan> lastSaved = m_lastSaved;
    const int baseVersion = m_baseVersion;
    m_lastSaved = m_draftModel->plan();
    m_baseVersion = -1; // set from storage below
    const command::Outcome outcome = command::savePlan(m_context, m_clientId, plan, &stored);
    if (!outcome) {
        m_lastSaved = lastSaved;
        m_baseVersion = baseVersion;
        MessageBox::warning(this, tr("Plan not saved"),
                            tr("The plan could not be saved: %1").arg(outcome.message));
        return false;
    }
    m_baseVersion = stored.version;
    reloadHistory();
    showDraft();
    emit m_context.statusMessage(
        (plan.decision.action == core::Action::Refer
             ? tr("Kept the referral advice for the week of %1 on record (version %2); there is "
                  "no exercise plan that week.")
             : tr("Saved the plan for the week of %1 as version %2."))
            .arg(longDateText(plan.weekStart))
            .arg(stored.version));
    return true;
}

void PlanPage::editAsNewVersion()
{
    if (m_showingDraft || !m_storedModel->hasPlan()) {
        return;
    }
    if (m_storedModel->isReferral()) {
        return; // a referral has nothing to edit
    }
    if (!confirmReplaceDraft()) {
        return;
    }
    const core::Plan plan = m_storedModel->plan();
    setDraft(plan, plan, m_storedVersion);
    reloadHistory();
    showDraft();
}

} // namespace glidepath::ui
