#include "widgets/plan/plan_page.h"

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
#include "widgets/plan/decision_banner.h"
#include "widgets/plan/plan_adjust_panel.h"
#include "widgets/plan/plan_alternatives.h"
#include "widgets/plan/plan_export_dialog.h"
#include "widgets/plan/plan_week_view.h"
#include "widgets/progress/progress_report.h"
#include "widgets/tracking/session_log_dialog.h"

#include <glidepath/core/plan_status.h>
#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>
#include <glidepath/storage/tracking_repository.h>

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
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

namespace {

constexpr qint64 kDraftEntry = -1;

// A plan saved for a referral keeps the decision and advice only: no exercise can slip into a
// stored referral, whatever happened to the draft.
core::Plan referralOnly(core::Plan plan)
{
    for (core::PlanDay& day : plan.days) {
        day.kind = core::DayKind::Rest;
        day.estimatedMinutes = 0;
        day.exercises.clear();
    }
    plan.overrides.clear();
    return plan;
}

QString savedAtText(const std::string& savedAt)
{
    QDateTime when = QDateTime::fromString(QString::fromStdString(savedAt), Qt::ISODate);
    if (!when.isValid()) {
        return QString::fromStdString(savedAt);
    }
    return QLocale().toString(when.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
}

QScrollArea* scrolling(QWidget* content)
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

PlanPage::PlanPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_draftModel = new PlanModel(this);
    m_draftModel->setObjectName(QStringLiteral("draftPlanModel"));
    m_draftModel->setRules(context.rules());
    m_storedModel = new PlanModel(this);
    m_storedModel->setObjectName(QStringLiteral("storedPlanModel"));
    m_storedModel->setRules(context.rules());
    buildUi();

    connect(m_draftModel, &PlanModel::edited, this, [this] {
        // An undo or redo of a plan edit shows the draft it belongs to.
        if (!m_showingDraft) {
            showDraft();
        } else {
            refresh();
        }
    });
    connect(&m_context, &AppContext::currentClientChanged, this, &PlanPage::onClientChanged);
    connect(&m_context, &AppContext::clientsChanged, this, [this] {
        // Drop the drafts of clients that were deleted.
        for (auto it = m_stashedDrafts.begin(); it != m_stashedDrafts.end();) {
            bool exists = false;
            try {
                exists = m_context.clients().find(it.key()).has_value();
            } catch (const std::exception&) {
                exists = false;
            }
            it = exists ? std::next(it) : m_stashedDrafts.erase(it);
        }
        reloadClient();
        reloadHistory(); // a screening answer may supersede a saved plan
        refresh();
    });
    connect(&m_context, &AppContext::checkInsChanged, this, [this](qint64 id) {
        if (id == m_clientId) {
            reloadClient();
            reloadHistory(); // a red flag marks the saved plans superseded
            refresh();
        }
    });
    connect(&m_context, &AppContext::plansChanged, this, [this](qint64 id) {
        if (id == m_clientId) {
            reloadHistory();
            refresh();
        }
    });
    connect(&m_context, &AppContext::exercisesChanged, this, [this] {
        if (m_hasDraft) {
            rebuildAlternatives();
            refresh();
        }
    });
    connect(&m_context, &AppContext::databaseReplaced, this, [this] {
        m_stashedDrafts.clear();
        m_clientId = -1;
        clearDraft();
        onClientChanged(m_context.currentClientId());
    });
    connect(&m_context, &AppContext::modeChanged, this, &PlanPage::applyMode);

    applyMode(m_context.mode());
    onClientChanged(m_context.currentClientId());
}

PlanPage::~PlanPage() = default;

void PlanPage::buildUi()
{
    m_planView = new QWidget(this);
    m_planView->setObjectName(QStringLiteral("planView"));

    m_clientLabel = new QLabel(m_planView);
    m_clientLabel->setObjectName(QStringLiteral("planClientLabel"));
    QFont clientFont = m_clientLabel->font();
    clientFont.setPointSizeF(clientFont.pointSizeF() * 1.2);
    clientFont.setBold(true);
    m_clientLabel->setFont(clientFont);
    m_planButton = new QPushButton(tr("&Plan next week"), m_planView);
    m_planButton->setObjectName(QStringLiteral("planNextWeekButton"));
    m_planButton->setToolTip(tr("Run the progression rules on the saved check-ins"));
    m_history = new QComboBox(m_planView);
    m_history->setObjectName(QStringLiteral("planHistoryCombo"));
    m_history->setAccessibleName(tr("Plan versions"));
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_history->setMinimumContentsLength(28);
    m_editCopyButton = new QPushButton(tr("Edit as &new version"), m_planView);
    m_editCopyButton->setObjectName(QStringLiteral("editAsNewVersionButton"));
    m_saveButton = new QPushButton(tr("&Save plan"), m_planView);
    m_saveButton->setObjectName(QStringLiteral("savePlanButton"));

    m_logButton = new QPushButton(tr("&Log a session..."), m_planView);
    m_logButton->setObjectName(QStringLiteral("planLogSessionButton"));
    m_logButton->setToolTip(tr("Record a session of the saved plan: what was done, sets, pain and "
                               "difficulty. Logged sessions feed next week's plan."));

    auto* top = new QHBoxLayout;
    top->addWidget(m_clientLabel);
    top->addSpacing(12);
    top->addWidget(m_planButton);
    top->addWidget(m_history);
    top->addWidget(m_editCopyButton);
    top->addWidget(m_saveButton);
    top->addStretch(1);
    top->addWidget(m_logButton);

    m_banner = new DecisionBanner(m_planView);

    m_weekView = new PlanWeekView;
    m_weekView->setObjectName(QStringLiteral("planWeekView"));
    m_weekView->setModel(m_draftModel);
    m_advice = new QLabel;
    m_advice->setObjectName(QStringLiteral("planAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_overrides = new QListWidget;
    m_overrides->setObjectName(QStringLiteral("planOverrides"));
    m_overrides->setAccessibleName(tr("Changes made by hand"));
    m_overrides->setWordWrap(true);
    m_overrides->setMaximumHeight(84);
    auto* adviceBox = new QGroupBox(tr("Advice for the week"));
    auto* adviceLayout = new QVBoxLayout(adviceBox);
    adviceLayout->addWidget(m_advice);
    auto* overridesBox = new QGroupBox(tr("Changes made by hand"));
    auto* overridesLayout = new QVBoxLayout(overridesBox);
    overridesLayout->addWidget(m_overrides);
    auto* notes = new QHBoxLayout;
    notes->addWidget(adviceBox, 3);
    notes->addWidget(overridesBox, 2);

    // The notes scroll with the week, so the day columns get the page's full height.
    auto* weekContent = new QWidget;
    auto* weekLayout = new QVBoxLayout(weekContent);
    weekLayout->setContentsMargins(0, 0, 0, 0);
    weekLayout->addWidget(m_weekView);
    weekLayout->addLayout(notes);
    weekLayout->addStretch(1);
    m_weekPage = scrolling(weekContent);

    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("planEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(24);

    m_referral = new QLabel;
    m_referral->setObjectName(QStringLiteral("referralText"));
    m_referral->setWordWrap(true);
    m_referral->setTextFormat(Qt::PlainText);
    m_referral->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_referral->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_referral->setMargin(12);
    QFont referralFont = m_referral->font();
    referralFont.setPointSizeF(referralFont.pointSizeF() * 1.1);
    m_referral->setFont(referralFont);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_weekPage);
    auto* referralPage = new QWidget;
    auto* referralLayout = new QVBoxLayout(referralPage);
    auto* referralTitle = new QLabel(tr("Referral advice"), referralPage);
    QFont titleFont = referralTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    referralTitle->setFont(titleFont);
    referralTitle->setContentsMargins(12, 12, 12, 0);
    referralLayout->addWidget(referralTitle);
    referralLayout->addWidget(m_referral);
    referralLayout->addStretch(1);
    m_stack->addWidget(scrolling(referralPage));

    m_adjust = new PlanAdjustPanel;
    m_adjust->setObjectName(QStringLiteral("planAdjustPanel"));
    auto* adjustScroll = scrolling(m_adjust);
    adjustScroll->setMinimumWidth(236);
    adjustScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_adjustArea = adjustScroll;

    auto* splitter = new QSplitter(Qt::Horizontal, m_planView);
    splitter->addWidget(m_stack);
    splitter->addWidget(adjustScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);

    auto* viewLayout = new QVBoxLayout(m_planView);
    viewLayout->addLayout(top);
    viewLayout->addWidget(m_banner);
    viewLayout->addWidget(splitter, 1);
    // The plan is a suggestion: say so where every plan is made, not only in the About box.
    auto* disclaimer = new QLabel(
        tr("Glidepath suggests a plan from simple published rules; it supports, and does not "
           "replace, a clinician's judgement. Stop an exercise that causes sharp pain, and get "
           "checked if a warning sign appears."),
        m_planView);
    disclaimer->setObjectName(QStringLiteral("planDisclaimer"));
    disclaimer->setWordWrap(true);
    disclaimer->setForegroundRole(QPalette::PlaceholderText);
    viewLayout->addWidget(disclaimer);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_planView);

    connect(m_planButton, &QPushButton::clicked, this, &PlanPage::planNextWeek);
    connect(m_logButton, &QPushButton::clicked, this, [this] {
        if (m_clientId > 0) {
            SessionLogDialog dialog(m_context, m_clientId, m_context.clock().today(), this);
            dialog.exec();
        }
    });
    connect(m_saveButton, &QPushButton::clicked, this, &PlanPage::savePlan);
    connect(m_editCopyButton, &QPushButton::clicked, this, &PlanPage::editAsNewVersion);
    connect(m_history, &QComboBox::activated, this, &PlanPage::onHistoryActivated);
    connect(m_weekView, &PlanWeekView::selectionChanged, this, &PlanPage::onSelectionChanged);
    connect(m_weekView, &PlanWeekView::contextMenuRequested, this, &PlanPage::onContextMenu);
    connect(m_adjust, &PlanAdjustPanel::swapRequested, this, &PlanPage::swapSelected);
    connect(m_adjust, &PlanAdjustPanel::doseRequested, this, &PlanPage::changeSelectedDose);
    connect(m_adjust, &PlanAdjustPanel::moveRequested, this, &PlanPage::moveSelected);
    connect(m_adjust, &PlanAdjustPanel::removeRequested, this, &PlanPage::removeSelected);
    connect(m_adjust, &PlanAdjustPanel::addRequested, this, &PlanPage::addExercise);

    auto* save = new QShortcut(QKeySequence::Save, m_planView);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_saveButton->isEnabled()) {
            savePlan();
        }
    });
    auto* remove = new QShortcut(QKeySequence::Delete, m_weekView);
    remove->setContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QShortcut::activated, this, &PlanPage::removeSelected);
}

void PlanPage::applyMode(AppMode mode)
{
    if (mode == AppMode::Personal) {
        if (!m_personalTabs) {
            m_personalTabs = new ClientTabs(m_context, this);
            m_personalTabs->setObjectName(QStringLiteral("personalTabs"));
            m_personalTabs->setPersonal(true);
            m_layout->addWidget(m_personalTabs);
        }
        m_layout->removeWidget(m_planView);
        m_personalTabs->insertTab(0, m_planView, tr("My plan"));
        m_personalTabs->setCurrentIndex(0);
        m_personalTabs->show();
        m_planButton->setToolTip(tr("Make next week's plan from your check-ins"));
    } else {
        if (m_personalTabs) {
            const int index = m_personalTabs->indexOf(m_planView);
            if (index >= 0) {
                m_personalTabs->removeTab(index);
            }
            m_planView->setParent(this);
            m_layout->addWidget(m_planView);
            m_planView->show();
            m_personalTabs->hide();
        }
        m_planButton->setToolTip(tr("Run the progression rules on the saved check-ins"));
    }
    refresh();
}

// ---- Client and history ------------------------------------------------------------------------

void PlanPage::onClientChanged(qint64 clientId)
{
    if (m_hasDraft && m_clientId > 0 && clientId != m_clientId) {
        m_stashedDrafts.insert(m_clientId,
                               StashedDraft{m_draftModel->plan(), m_lastSaved, m_baseVersion});
    }
    const bool sameClient = clientId == m_clientId;
    m_clientId = clientId;
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

void PlanPage::reloadHistory()
{
    const QSignalBlocker blocker(m_history);
    m_history->clear();
    if (m_hasDraft) {
        const core::Plan& plan = m_draftModel->plan();
        QString text;
        if (!m_lastSaved) {
            text = tr("Draft for the week of %1 (not saved)").arg(longDateText(plan.weekStart));
        } else if (draftDirty()) {
            text = tr("Draft for the week of %1 (changed since saving)")
                       .arg(longDateText(plan.weekStart));
        } else {
            text = tr("Draft for the week of %1 (saved)").arg(longDateText(plan.weekStart));
        }
        m_history->addItem(text, kDraftEntry);
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

std::optional<core::PlanRequest> PlanPage::buildRequest(core::Date weekStart, QString* error) const
{
    if (!m_record) {
        *error = tr("The client could not be found in the database.");
        return std::nullopt;
    }
    core::PlanRequest request;
    request.weekStart = weekStart;
    request.client = m_record->profile;
    request.screeningRedFlags = m_record->screeningRedFlags;
    for (const storage::StoredCheckIn& stored : m_context.clients().checkIns(m_clientId)) {
        request.checkins.push_back(stored.checkIn);
    }
    std::stable_sort(
        request.checkins.begin(), request.checkins.end(),
        [](const core::CheckIn& a, const core::CheckIn& b) { return a.date < b.date; });
    // The sessions logged in the week before refine the latest check-in (rules log.*).
    for (const storage::StoredSessionLog& stored :
         storage::TrackingRepository(m_context.database())
             .sessionLogs(m_clientId,
                          {weekStart - std::chrono::days(7), weekStart - std::chrono::days(1)})) {
        request.sessionLogs.push_back(stored.log);
    }
    // Last week is the newest version of the latest week before this one; re-planning a week
    // never treats that week's own earlier version as its past.
    const storage::StoredPlan* previous = nullptr;
    const std::vector<storage::StoredPlan> plans = m_context.clients().plans(m_clientId);
    for (const storage::StoredPlan& stored : plans) {
        if (stored.plan.weekStart >= weekStart) {
            continue;
        }
        if (!previous || stored.plan.weekStart > previous->plan.weekStart ||
            (stored.plan.weekStart == previous->plan.weekStart &&
             stored.version > previous->version)) {
            previous = &stored;
        }
    }
    if (previous) {
        request.previousPlan = previous->plan;
    }
    return request;
}

void PlanPage::rebuildAlternatives()
{
    m_adjust->setSelection(std::nullopt); // it may point into the alternatives being replaced
    m_alternatives.reset();
    if (!m_hasDraft || !m_record) {
        return;
    }
    try {
        QString error;
        const auto request = buildRequest(m_draftModel->plan().weekStart, &error);
        if (request) {
            m_alternatives = std::make_unique<PlanAlternatives>(m_context.exercises().list(),
                                                                *request, m_context.rules());
        }
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
                         .arg(ClientLabels::fieldName(issue.field),
                              QString::fromStdString(issue.message));
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
        QString error;
        const auto request = buildRequest(weekStart, &error);
        if (!request) {
            MessageBox::warning(this, tr("No plan made"), error);
            return;
        }
        const std::vector<core::Exercise> library = m_context.exercises().list();
        core::Plan plan = core::generatePlan(*request, library, m_context.rules());
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
    core::Plan plan = m_draftModel->plan();
    if (plan.decision.action == core::Action::Refer) {
        plan = referralOnly(std::move(plan));
    }
    storage::StoredPlan stored;
    try {
        stored = m_context.clients().savePlan(m_clientId, plan);
    } catch (const std::exception& error) {
        MessageBox::warning(
            this, tr("Plan not saved"),
            tr("The plan could not be saved: %1").arg(command::describeFailure(error)));
        return false;
    }
    m_lastSaved = m_draftModel->plan();
    m_baseVersion = stored.version;
    emit m_context.plansChanged(m_clientId); // reloads the history
    showDraft();
    emit m_context.statusMessage(tr("Saved the plan for the week of %1 as version %2.")
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
        return tr("This plan is superseded: a red flag was answered yes, so it must not be "
                  "handed out as the current plan. ") +
               ClientLabels::supersededClearedBy();
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
    const core::Plan* plan = shownPlan();
    const QString name = m_record ? QString::fromStdString(m_record->profile.name) : QString();
    m_clientLabel->setText(m_clientId <= 0 ? tr("No client chosen")
                           : personal      ? tr("My plan")
                                           : name);
    m_planButton->setEnabled(m_clientId > 0 && m_record.has_value());
    m_logButton->setEnabled(m_clientId > 0 && m_record.has_value());
    m_history->setVisible(m_history->count() > 0);
    m_clientLabel->setVisible(!personal); // the tab already says "My plan"
    m_weekView->setMinutesBudget(m_record ? m_record->profile.minutesPerSession : 0);

    if (m_clientId <= 0) {
        m_banner->setMessage(tr("Choose a client on the Clients page to plan their week."));
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
                                  tr("Week of %1 · %2").arg(longDateText(plan->weekStart), status));
        }
        if (plan->decision.action == core::Action::Refer) {
            QStringList lines;
            lines << tr("There is no exercise plan this week. Please follow this advice:");
            for (const std::string& advice : plan->advice) {
                lines << QStringLiteral("• ") + QString::fromStdString(advice);
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
            for (const std::string& line : plan->advice) {
                advice << QStringLiteral("• ") + QString::fromStdString(line);
            }
            m_advice->setText(advice.isEmpty() ? tr("No particular advice this week.")
                                               : advice.join(QLatin1Char('\n')));
            m_stack->setCurrentWidget(m_weekPage);
        }
    }

    m_overrides->clear();
    if (plan) {
        for (const core::PlanOverride& o : plan->overrides) {
            m_overrides->addItem(QString::fromStdString(o.description));
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
        const QString week = longDateText(m_draftModel->plan().weekStart);
        m_history->setItemText(draftIndex,
                               !m_lastSaved ? tr("Draft for the week of %1 (not saved)").arg(week)
                               : draftDirty()
                                   ? tr("Draft for the week of %1 (changed since saving)").arg(week)
                                   : tr("Draft for the week of %1 (saved)").arg(week));
    }
    m_saveButton->setEnabled(m_showingDraft && draftDirty() && !superseded);
    m_saveButton->setToolTip(superseded ? tr("A red flag stands: press Plan next week for the "
                                             "referral advice instead of saving this plan.")
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
    const std::string slot = m_alternatives->slotName(e.id, kind);
    selection.place =
        slot.empty() ? dayName(day) : tr("%1 · %2").arg(dayName(day), QString::fromStdString(slot));
    selection.easier = m_alternatives->easier(e.id);
    selection.harder = m_alternatives->harder(e.id);
    selection.sameSlot = m_alternatives->sameSlot(e.id, kind);
    m_adjust->setSelection(selection);
    m_adjust->setAddDay(day);
}

void PlanPage::onContextMenu(int day, int row, const QPoint& globalPos)
{
    if (!m_adjust->isEditable() || !m_alternatives || !m_showingDraft ||
        row >= m_draftModel->exerciseCount(day)) {
        return;
    }
    const core::PlannedExercise e = m_draftModel->exerciseAt(day, row);
    const core::DayKind kind = m_draftModel->plan().days[static_cast<std::size_t>(day)].kind;
    QMenu menu(this);
    if (const core::Exercise* easier = m_alternatives->easier(e.id)) {
        const QString id = QString::fromStdString(easier->id);
        menu.addAction(tr("Easier: %1").arg(QString::fromStdString(easier->name)), this,
                       [this, id] { swapSelected(id); });
    }
    if (const core::Exercise* harder = m_alternatives->harder(e.id)) {
        const QString id = QString::fromStdString(harder->id);
        menu.addAction(tr("Harder: %1").arg(QString::fromStdString(harder->name)), this,
                       [this, id] { swapSelected(id); });
    }
    const auto others = m_alternatives->sameSlot(e.id, kind);
    if (!others.empty()) {
        QMenu* swap = menu.addMenu(tr("Swap for"));
        for (const core::Exercise* other : others) {
            const QString id = QString::fromStdString(other->id);
            swap->addAction(QString::fromStdString(other->name), this,
                            [this, id] { swapSelected(id); });
        }
    }
    menu.addSeparator();
    QAction* up = menu.addAction(tr("Move up"), this, [this] { moveSelected(-1); });
    up->setEnabled(row > 0);
    QAction* down = menu.addAction(tr("Move down"), this, [this] { moveSelected(1); });
    down->setEnabled(row + 1 < m_draftModel->exerciseCount(day));
    menu.addAction(tr("Remove"), this, &PlanPage::removeSelected);
    menu.exec(globalPos);
}

// ---- Edits -------------------------------------------------------------------------------------

void PlanPage::swapSelected(const QString& exerciseId)
{
    const auto [day, row] = m_weekView->selection();
    if (!m_alternatives || day < 0 || row < 0) {
        return;
    }
    const core::Exercise* exercise = m_alternatives->find(exerciseId.toStdString());
    if (!exercise) {
        m_adjust->showError(tr("That exercise is no longer in the library."));
        return;
    }
    const core::PlannedExercise current = m_draftModel->exerciseAt(day, row);
    const core::PlannedExercise replacement =
        PlanAlternatives::toPlanned(*exercise, &current,
                                    tr("Chosen by hand in place of %1.")
                                        .arg(QString::fromStdString(current.name))
                                        .toStdString());
    const command::Outcome outcome =
        command::swapPlanExercise(m_context, *m_draftModel, day, row, replacement);
    if (!outcome) {
        m_adjust->showError(outcome.message);
    }
}

void PlanPage::changeSelectedDose(const core::PlannedExercise& changed)
{
    const auto [day, row] = m_weekView->selection();
    if (day < 0 || row < 0) {
        return;
    }
    const command::Outcome outcome =
        command::changePlanDose(m_context, *m_draftModel, day, row, changed);
    if (!outcome) {
        m_adjust->showDoseError(outcome.message);
    }
}

void PlanPage::moveSelected(int delta)
{
    const auto [day, row] = m_weekView->selection();
    if (day < 0 || row < 0) {
        return;
    }
    const command::Outcome outcome =
        command::movePlanExercise(m_context, *m_draftModel, day, row, row + delta);
    if (!outcome) {
        m_adjust->showError(outcome.message);
        return;
    }
    m_weekView->setSelection(day, row + delta); // the selection follows the exercise
}

void PlanPage::removeSelected()
{
    const auto [day, row] = m_weekView->selection();
    if (day < 0 || row < 0 || !m_adjust->isEditable()) {
        return;
    }
    const command::Outcome outcome =
        command::removePlanExercise(m_context, *m_draftModel, day, row);
    if (!outcome) {
        m_adjust->showError(outcome.message);
    }
}

void PlanPage::addExercise(const QString& exerciseId, int day)
{
    if (!m_alternatives) {
        return;
    }
    const core::Exercise* exercise = m_alternatives->find(exerciseId.toStdString());
    if (!exercise) {
        m_adjust->showError(tr("That exercise is no longer in the library."));
        return;
    }
    const core::PlannedExercise planned =
        PlanAlternatives::toPlanned(*exercise, nullptr, tr("Added by hand.").toStdString());
    const core::DayKind kind = core::placeOf(*exercise, core::DayKind::Strength).first;
    const command::Outcome outcome =
        command::addPlanExercise(m_context, *m_draftModel, day, planned, kind);
    if (!outcome) {
        m_adjust->showError(outcome.message);
        return;
    }
    m_weekView->setSelection(day, m_draftModel->exerciseCount(day) - 1);
}

// ---- Print and PDF -----------------------------------------------------------------------------

report::HandoutData PlanPage::handoutData(const core::Plan& plan) const
{
    report::HandoutData data;
    data.plan = plan;
    storage::ExerciseFilter all;
    all.includeHidden = true; // a hidden exercise still in the plan prints with its cues
    data.exercises = m_context.exercises().list(all);
    if (m_record) {
        data.profile = m_record->profile;
        data.clientName = m_record->profile.name;
        for (const storage::StoredCheckIn& stored : m_context.clients().checkIns(m_clientId)) {
            data.checkins.push_back(stored.checkIn);
        }
    }
    data.rules = m_context.rules();
    return data;
}

int PlanPage::render(QPagedPaintDevice& device, PdfVariant variant, report::HandoutOptions options)
{
    const core::Plan* plan = shownPlan();
    if (const QString why = printBlockedReason(); !plan || !why.isEmpty()) {
        throw std::runtime_error(why.toStdString());
    }
    const report::HandoutData data = handoutData(*plan);
    if (options.clientName.empty()) {
        options.clientName = data.clientName;
    }
    if (variant == PdfVariant::ClinicianSummary) {
        // The Progress page's charts, drawn offscreen, go into the summary.
        const auto charts = progressReportCharts(m_context, m_clientId);
        return report::renderClinicianSummary(device, data, options, charts);
    }
    return report::renderHomeRoutine(device, data, options);
}

QString PlanPage::writePdf(const QString& path, PdfVariant variant, report::HandoutOptions options)
{
    const core::Plan* plan = shownPlan();
    if (!plan) {
        return tr("There is no plan to export.");
    }
    if (const QString why = printBlockedReason(); !why.isEmpty()) {
        return why;
    }
    try {
        const report::HandoutData data = handoutData(*plan);
        if (options.clientName.empty()) {
            options.clientName = data.clientName;
        }
        const std::string file = QDir::toNativeSeparators(path).toStdString();
        if (variant == PdfVariant::ClinicianSummary) {
            const auto charts = progressReportCharts(m_context, m_clientId);
            report::writeClinicianSummaryPdf(file, data, options, charts);
        } else {
            report::writeHomeRoutinePdf(file, data, options);
        }
    } catch (const std::exception& error) {
        return command::describeFailure(error);
    }
    return {};
}

void PlanPage::printPlan()
{
    if (!printBlockedReason().isEmpty()) {
        return;
    }
    const bool clinician = m_context.mode() == AppMode::Clinician;
    PlanExportDialog dialog(PlanExportDialog::Purpose::Print, clinician, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const PdfVariant variant = dialog.variant() == PlanExportDialog::Variant::ClinicianSummary
                                   ? PdfVariant::ClinicianSummary
                                   : PdfVariant::HomeRoutine;
    const report::HandoutOptions options = dialog.options();
    QPrinter printer(QPrinter::HighResolution);
    QString failure;
    try {
        report::preparePagedDevice(printer, options);
    } catch (const std::exception& error) {
        failure = command::describeFailure(error);
    }
    if (failure.isEmpty()) {
        QPrintPreviewDialog preview(&printer, this);
        preview.setWindowTitle(tr("Print preview"));
        preview.resize(window()->size() * 0.9); // pages need room to be read
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
            try {
                render(*target, variant, options);
            } catch (const std::exception& error) {
                failure = command::describeFailure(error);
            }
        });
        preview.exec();
    }
    if (!failure.isEmpty()) {
        MessageBox::warning(this, tr("Not printed"),
                            tr("The plan could not be printed: %1").arg(failure));
    }
}

void PlanPage::exportPlanPdf()
{
    const core::Plan* plan = shownPlan();
    if (!plan || !printBlockedReason().isEmpty()) {
        return;
    }
    const bool clinician = m_context.mode() == AppMode::Clinician;
    PlanExportDialog dialog(PlanExportDialog::Purpose::Pdf, clinician, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const PdfVariant variant = dialog.variant() == PlanExportDialog::Variant::ClinicianSummary
                                   ? PdfVariant::ClinicianSummary
                                   : PdfVariant::HomeRoutine;
    QString base = m_record ? QString::fromStdString(m_record->profile.name) : tr("Plan");
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
    const QString suggested = QDir::home().filePath(
        tr("%1 - week of %2%3.pdf")
            .arg(base, QString::fromStdString(core::toIsoString(plan->weekStart)),
                 variant == PdfVariant::ClinicianSummary ? tr(" - summary") : QString()));
    QString path = FileDialog::getSaveFileName(this, tr("Export plan as PDF"), suggested,
                                               tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    const QString failure = writePdf(path, variant, dialog.options());
    if (!failure.isEmpty()) {
        MessageBox::warning(this, tr("PDF not written"),
                            tr("The PDF could not be written: %1").arg(failure));
        return;
    }
    emit m_context.statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace glidepath::ui
