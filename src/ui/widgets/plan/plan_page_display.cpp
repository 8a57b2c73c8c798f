#include "commands/command.h"
#include "commands/undo_command.h"
#include "labels.h"
#include "models/client_labels.h"
#include "models/engine_text.h"
#include "models/plan_labels.h"
#include "models/plan_model.h"
#include "models/plan_print_state.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/common/message_box.h"
#include "widgets/plan/decision_banner.h"
#include "widgets/plan/plan_adjust_panel.h"
#include "widgets/plan/plan_export_dialog.h"
#include "widgets/plan/plan_page.h"
#include "widgets/plan/plan_week_view.h"
#include "widgets/progress/progress_report.h"
#include "widgets/session/session_window.h"
#include "widgets/tracking/session_log_dialog.h"

#include <glidepath/core/plan_alternatives.h>
#include <glidepath/core/plan_status.h>
#include <glidepath/planning/planning_service.h>
#include <glidepath/report/reason_text.h>

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
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

namespace glidepath::ui {

// PlanPage: showing the plan and the adjust panel. The hand edits are in plan_page_edits.cpp.

// ---- Display -----------------------------------------------------------------------------------

QString PlanPage::dayName(int day) const
{
    const PlanModel* model = m_showingDraft ? m_draftModel : m_storedModel;
    if (day < 0 || day >= model->dayCount()) {
        return {};
    }
    return QLocale().dayName(
        toQDate(model->plan().days[static_cast<std::size_t>(day)].date).dayOfWeek());
}

bool PlanPage::hasPlan() const
{
    return shownPlan() != nullptr;
}

const core::PlanDay* PlanPage::todaysSessionDay() const
{
    // A saved version, or the draft as it was just saved: never unsaved edits.
    const core::Plan* shown = nullptr;
    if (!m_showingDraft && m_storedModel->hasPlan()) {
        shown = &m_storedModel->plan();
    } else if (m_showingDraft && m_hasDraft && m_lastSaved &&
               *m_lastSaved == m_draftModel->plan()) {
        shown = &m_draftModel->plan();
    }
    if (m_clientId <= 0 || !shown) {
        return nullptr;
    }
    const core::Plan& plan = *shown;
    if (plan.decision.action == core::Action::Refer || core::isSuperseded(plan, m_standingFlags)) {
        return nullptr;
    }
    const core::Date today = m_context.clock().today();
    for (const core::PlanDay& day : plan.days) {
        if (day.date == today && !day.exercises.empty()) {
            return &day;
        }
    }
    return nullptr;
}

void PlanPage::startTodaysSession()
{
    const core::PlanDay* day = todaysSessionDay();
    if (!day) {
        return;
    }
    auto* window = new SessionWindow(m_context, m_clientId, *day, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setModal(true);
    window->showMaximized();
}

bool PlanPage::isShownPlanSuperseded() const
{
    const core::Plan* plan = shownPlan();
    return plan && core::isSuperseded(*plan, m_standingFlags);
}

QString PlanPage::printBlockedReason() const
{
    if (!hasPlan()) {
        return tr("There is no plan to print.");
    }
    if (isShownPlanSuperseded()) {
        return plan_print_state::supersededReason();
    }
    return {};
}

const core::Plan* PlanPage::shownPlan() const
{
    const PlanModel* model = m_showingDraft ? m_draftModel : m_storedModel;
    return model->hasPlan() ? &model->plan() : nullptr;
}

QString PlanPage::referralText() const
{
    return m_referral->text();
}

void PlanPage::refresh()
{
    const bool personal = m_context.mode() == AppMode::Personal;
    // Personal mode speaks to the client: the client register of the reasons.
    const report::Register reasonRegister =
        personal ? report::Register::Client : report::Register::Clinician;
    m_draftModel->setReasonRegister(reasonRegister);
    m_storedModel->setReasonRegister(reasonRegister);
    const core::Plan* plan = shownPlan();
    m_planButton->setEnabled(m_clientId > 0 && m_record.has_value());
    m_logButton->setEnabled(m_clientId > 0 && m_record.has_value());
    const core::PlanDay* today = todaysSessionDay();
    m_sessionButton->setEnabled(today != nullptr);
    m_sessionButton->setToolTip(
        today ? tr("Do today's %n exercise(s) on the screen, with timers and a pain check; it is "
                   "saved as a logged session.",
                   nullptr, static_cast<int>(today->exercises.size()))
              : tr("Needs a saved plan with exercises today (today is a rest day, or the plan "
                   "shown is for another week)."));
    m_history->setVisible(m_history->count() > 0);
    // The client picker (clinician mode) or the tab (personal mode) says whose plan this is.
    m_weekView->setMinutesBudget(m_record ? m_record->profile.minutesPerSession : 0);

    if (m_clientId <= 0) {
        m_banner->setMessage(tr("Choose a client above (or add one on the Clients page) to plan "
                                "their week."));
        m_emptyLabel->setText(tr("No client is chosen."));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else if (!plan) {
        const QString week = longDateText(nextMonday(m_context.clock().today()));
        m_banner->setMessage(
            m_checkInCount == 0
                ? tr("No check-in yet. Plan next week makes a starting plan for the week of %1.")
                      .arg(week)
                : tr("Press Plan next week to plan the week of %1 from %n check-in(s).", nullptr,
                     m_checkInCount)
                      .arg(week));
        m_emptyLabel->setText(
            personal ? tr("No plan yet. Fill in your profile, then press Plan next week.")
                     : tr("No plan for this client yet."));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else {
        QString status;
        if (m_showingDraft) {
            status = !m_lastSaved   ? tr("draft, not saved")
                     : draftDirty() ? tr("draft, changed since version %1").arg(m_baseVersion)
                                    : tr("saved as version %1").arg(m_baseVersion);
        } else {
            status = tr("saved version %1, read-only").arg(m_storedVersion);
        }
        if (core::isSuperseded(*plan, m_standingFlags)) {
            m_banner->setSuperseded(
                m_standingFlags,
                tr("Week of %1 · %2 · superseded").arg(longDateText(plan->weekStart), status));
        } else {
            m_banner->setDecision(plan->decision,
                                  tr("Week of %1 · %2").arg(longDateText(plan->weekStart), status),
                                  reasonRegister);
        }
        if (plan->decision.action == core::Action::Refer) {
            QStringList lines;
            lines << tr("There is no exercise plan this week. Please follow this advice:");
            for (const QString& advice : report::reasonTexts(plan->advice, reasonRegister)) {
                lines << QStringLiteral("• ") + advice;
            }
            if (plan->advice.empty() && m_record) {
                // The engine always words the advice; this is only a fallback.
                for (const core::RedFlag flag : m_record->screeningRedFlags) {
                    lines << QStringLiteral("• ") + ClientLabels::redFlagReferral(flag);
                }
            }
            lines << QString()
                  << tr("Once a doctor or physiotherapist has checked the leg, update the "
                        "screening answers and plan again.");
            m_referral->setText(lines.join(QLatin1Char('\n')));
            m_stack->setCurrentIndex(2);
        } else {
            QStringList advice;
            for (const QString& line : report::reasonTexts(plan->advice, reasonRegister)) {
                advice << QStringLiteral("• ") + line;
            }
            m_advice->setText(advice.isEmpty() ? tr("No particular advice this week.")
                                               : advice.join(QLatin1Char('\n')));
            m_stack->setCurrentWidget(m_weekPage);
        }
    }

    m_overrides->clear();
    if (plan) {
        for (const core::PlanOverride& o : plan->overrides) {
            m_overrides->addItem(engineText(o.description));
        }
    }
    if (m_overrides->count() == 0) {
        auto* none = new QListWidgetItem(tr("None: the plan is as the rules made it."));
        none->setFlags(Qt::NoItemFlags);
        m_overrides->addItem(none);
    }

    const bool referral = plan && plan->decision.action == core::Action::Refer;
    const bool superseded = plan && core::isSuperseded(*plan, m_standingFlags);
    const bool editable =
        plan && m_showingDraft && !referral && !superseded && m_alternatives != nullptr;
    // A superseded plan stays readable for the record, greyed so it does not read as current.
    m_weekView->setEnabled(!superseded);
    QString why;
    if (plan && referral) {
        why = tr("A referral cannot be edited into an exercise plan.");
    } else if (superseded) {
        why = tr("This plan is superseded by a red flag and cannot be changed.");
    } else if (plan && !m_showingDraft) {
        why = tr("This saved version is read-only. Use Edit as new version to change it.");
    }
    m_adjust->setEditable(editable, why);
    m_weekView->setDragEnabled(editable);
    // Print and export live in the File menu and toolbar; the side panel only shows when there
    // is something it may change, leaving the week the full width otherwise.
    m_adjustArea->setVisible(editable);
    if (editable) {
        QStringList days;
        for (int d = 0; d < m_draftModel->dayCount(); ++d) {
            days << shortDayText(m_draftModel->plan().days[static_cast<std::size_t>(d)].date);
        }
        m_adjust->setAddOptions(m_alternatives->addable(), days);
    }
    updateAdjustPanel();

    // Re-label the draft entry (saved / changed) without rebuilding the whole list.
    const int draftIndex = m_history->findData(QVariant::fromValue<qint64>(kDraftEntry));
    if (draftIndex >= 0 && m_hasDraft) {
        m_history->setItemText(draftIndex, draftEntryText());
    }
    // The closed box grows into the top row's free room up to what its entry needs (the arrow
    // and frame take about 48 px), so "Draft for the week of …" is read whole when it fits; the
    // tooltip says it whole when it does not.
    const QString version = m_history->currentText();
    m_history->setMaximumWidth(std::max(m_history->minimumSizeHint().width(),
                                        m_history->fontMetrics().horizontalAdvance(version) + 48));
    m_history->setToolTip(version);
    m_saveButton->setEnabled(m_showingDraft && draftDirty() && !superseded);
    // A referral has no exercises: what is kept is the advice, and the button says so.
    m_saveButton->setText(referral && m_showingDraft ? tr("&Save referral advice")
                                                     : tr("&Save plan"));
    m_saveButton->setToolTip(
        superseded ? tr("A red flag stands: press Plan next week for the referral advice instead "
                        "of saving this plan.")
        : referral ? tr("Keeps the referral advice on record for this week. No exercise plan is "
                        "saved: there is none until a doctor or physiotherapist has checked the "
                        "leg.")
                   : QString());
    m_editCopyButton->setVisible(!m_showingDraft && plan && !referral && !superseded);
    const bool printable = plan != nullptr && !superseded;
    if (m_lastAvailability != printable) {
        m_lastAvailability = printable;
        emit planAvailabilityChanged(m_lastAvailability);
    }
}

void PlanPage::onSelectionChanged(int /*day*/, int /*row*/)
{
    updateAdjustPanel();
}

void PlanPage::updateAdjustPanel()
{
    const auto [day, row] = m_weekView->selection();
    if (!m_adjust->isEditable() || !m_alternatives || day < 0 ||
        row >= m_draftModel->exerciseCount(day) || row < 0) {
        m_adjust->setSelection(std::nullopt);
        return;
    }
    const core::PlannedExercise& e = m_draftModel->exerciseAt(day, row);
    const core::DayKind kind = m_draftModel->plan().days[static_cast<std::size_t>(day)].kind;
    PlanAdjustPanel::Selection selection;
    selection.exercise = e;
    selection.day = day;
    selection.row = row;
    selection.rowCount = m_draftModel->exerciseCount(day);
    const std::string slot = m_alternatives->slotWord(e.id, kind);
    selection.place =
        slot.empty() ? dayName(day)
                     : tr("%1 · %2").arg(dayName(day),
                                         report::vocabularyText(slot, report::Register::Clinician));
    selection.easier = m_alternatives->easier(e.id);
    selection.harder = m_alternatives->harder(e.id);
    selection.sameSlot = m_alternatives->sameSlot(e.id, kind);
    if (const core::Exercise* exercise = m_alternatives->find(e.id)) {
        selection.maxLoadLevel = exercise->limits.maxLoadLevel;
    }
    m_adjust->setSelection(selection);
    m_adjust->setAddDay(day);
}

} // namespace glidepath::ui
