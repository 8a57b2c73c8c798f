#include "widgets/plan/plan_page.h"

#include "commands/command.h"
#include "commands/undo_command.h"
#include "labels.h"
#include "models/client_labels.h"
#include "models/plan_labels.h"
#include "models/plan_model.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/common/message_box.h"
#include "widgets/plan/clinician_review_panel.h"
#include "widgets/plan/decision_banner.h"
#include "widgets/plan/plan_adjust_panel.h"
#include "widgets/plan/plan_export_dialog.h"
#include "widgets/plan/plan_template_actions.h"
#include "widgets/plan/plan_week_view.h"
#include "widgets/progress/progress_report.h"
#include "widgets/tracking/session_log_dialog.h"
#include "write_access.h"

#include <glidepath/core/plan_alternatives.h>
#include <glidepath/planning/planning_service.h>

#include <QCheckBox>
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
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

namespace glidepath::ui {

// The page itself: its widgets and the mode. The rest of PlanPage is in plan_page_*.cpp.

namespace {

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
    const PlanModel::TimedWorkSource timedWork = [this](const std::string& id) {
        const std::optional<core::Exercise> exercise = m_context.exercises().find(id);
        return report::timedWork(exercise ? &*exercise : nullptr);
    };
    m_draftModel->setTimedWorkSource(timedWork);
    m_storedModel->setTimedWorkSource(timedWork);
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
    connect(&m_context.changes(), &ChangeNotifier::clientsChanged, this, [this] {
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
        reloadClientPicker(); // a client added, renamed or deleted
        reloadClient();
        reloadHistory(); // a screening answer may supersede a saved plan
        refresh();
    });
    connect(&m_context.changes(), &ChangeNotifier::checkInsChanged, this, [this](qint64 id) {
        if (id == m_clientId) {
            reloadClient();
            reloadHistory(); // a red flag marks the saved plans superseded
            refresh();
        }
    });
    connect(&m_context.changes(), &ChangeNotifier::plansChanged, this, [this](qint64 id) {
        if (id == m_clientId) {
            syncDraftWithSaved();
            reloadHistory();
            refresh();
        }
    });
    connect(&m_context.changes(), &ChangeNotifier::exercisesChanged, this, [this] {
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

    m_clientPicker = new QComboBox(m_planView);
    m_clientPicker->setObjectName(QStringLiteral("planClientPicker"));
    m_clientPicker->setAccessibleName(tr("Client"));
    m_clientPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_clientPicker->setMinimumContentsLength(12);
    auto* clientPickerLabel = new QLabel(tr("&Client:"), m_planView);
    clientPickerLabel->setObjectName(QStringLiteral("planClientPickerLabel"));
    clientPickerLabel->setBuddy(m_clientPicker);
    m_planButton = new QPushButton(tr("&Plan next week"), m_planView);
    m_planButton->setObjectName(QStringLiteral("planNextWeekButton"));
    m_planButton->setToolTip(tr("Run the progression rules on the saved check-ins"));
    m_history = new QComboBox(m_planView);
    m_history->setObjectName(QStringLiteral("planHistoryCombo"));
    m_history->setAccessibleName(tr("Plan versions"));
    // Long entries are cut in the closed box (the list shows them whole), so the buttons beside
    // it stay on screen in a small window.
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_history->setMinimumContentsLength(14);
    m_history->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_editCopyButton = new QPushButton(tr("Edit as &new version"), m_planView);
    m_editCopyButton->setObjectName(QStringLiteral("editAsNewVersionButton"));
    m_saveButton = new QPushButton(tr("&Save plan"), m_planView);
    m_saveButton->setObjectName(QStringLiteral("savePlanButton"));

    m_templateActions = new PlanTemplateActions(m_context, *this, this);
    auto* templates = new QToolButton(m_planView);
    templates->setObjectName(QStringLiteral("planTemplatesButton"));
    templates->setText(tr("Te&mplates"));
    templates->setToolTip(tr("Save this week as a template, start from one, or copy this plan "
                             "to another client"));
    templates->setPopupMode(QToolButton::InstantPopup);
    templates->setMenu(m_templateActions->menu());
    // A login that may only read sees the plans; it cannot save one or a template.
    for (QWidget* writes :
         {static_cast<QWidget*>(m_editCopyButton), static_cast<QWidget*>(m_saveButton),
          static_cast<QWidget*>(templates)}) {
        WriteAccess::of(m_context).guard(writes);
    }

    m_logButton = new QPushButton(tr("&Log a session..."), m_planView);
    m_logButton->setObjectName(QStringLiteral("planLogSessionButton"));
    m_logButton->setToolTip(tr("Record a session of the saved plan: what was done, sets, pain and "
                               "difficulty. Logged sessions feed next week's plan."));

    m_sessionButton = new QPushButton(tr("Start &today's session"), m_planView);
    m_sessionButton->setObjectName(QStringLiteral("planStartSessionButton"));
    WriteAccess::of(m_context).guard(m_logButton);
    WriteAccess::of(m_context).guard(m_sessionButton);

    auto* top = new QHBoxLayout;
    top->addWidget(clientPickerLabel);
    top->addWidget(m_clientPicker);
    top->addSpacing(12);
    top->addWidget(m_planButton);
    top->addWidget(m_history, 1);
    top->addWidget(m_editCopyButton);
    top->addWidget(m_saveButton);
    top->addWidget(templates);
    top->addStretch(); // stretch 0: the versions box takes the free room first, up to its need

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
    auto* pictures = new QCheckBox(tr("Sh&ow pictures on the cards"));
    pictures->setObjectName(QStringLiteral("planShowPictures"));
    pictures->setToolTip(
        tr("The start and end position of each exercise, as the handout shows it"));
    connect(pictures, &QCheckBox::toggled, this, [this](bool on) {
        if (!on) {
            m_weekView->setPictureSource({});
            return;
        }
        m_weekView->setPictureSource([this](const std::string& id) {
            const auto exercise = m_context.exercises().find(id);
            return exercise ? m_thumbnails.thumbnail(*exercise) : QPixmap();
        });
    });
    // At the left: the week is often wider than its view (German day names, a narrow window),
    // and at the right the box was cut off at the view's edge.
    weekLayout->addWidget(pictures, 0, Qt::AlignLeft);
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
    // After a referral the clinician records that the client was seen (issue 10).
    m_reviews = new ClinicianReviewPanel(m_context, referralPage);
    referralLayout->addWidget(m_reviews);
    referralLayout->addStretch(1);
    m_stack->addWidget(scrolling(referralPage));

    m_adjust = new PlanAdjustPanel;
    m_adjust->setObjectName(QStringLiteral("planAdjustPanel"));
    auto* adjustScroll = scrolling(m_adjust);
    // As wide as the panel needs, so that it scrolls up and down but is never cut at the side.
    adjustScroll->setMinimumWidth(
        std::max(224, m_adjust->minimumSizeHint().width() +
                          adjustScroll->verticalScrollBar()->sizeHint().width() + 24));
    adjustScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
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
    // Doing and logging the week's sessions sit at the foot, beside the disclaimer, so the top
    // row keeps room for the client, the versions and saving in a small window.
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(disclaimer, 1);
    bottom->addWidget(m_sessionButton);
    bottom->addWidget(m_logButton);
    viewLayout->addLayout(bottom);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_planView);

    connect(m_planButton, &QPushButton::clicked, this, &PlanPage::planNextWeek);
    connect(m_clientPicker, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_clientPicker->itemData(index).toLongLong();
        if (id > 0 && id != m_context.currentClientId()) {
            m_context.setCurrentClientId(id);
        }
    });
    connect(m_logButton, &QPushButton::clicked, this, [this] {
        if (m_clientId > 0) {
            SessionLogDialog dialog(m_context, m_clientId, m_context.clock().today(), this);
            dialog.exec();
        }
    });
    connect(m_sessionButton, &QPushButton::clicked, this, &PlanPage::startTodaysSession);
    connect(m_saveButton, &QPushButton::clicked, this, &PlanPage::savePlan);
    connect(m_editCopyButton, &QPushButton::clicked, this, &PlanPage::editAsNewVersion);
    connect(m_history, &QComboBox::activated, this, &PlanPage::onHistoryActivated);
    connect(m_weekView, &PlanWeekView::selectionChanged, this, &PlanPage::onSelectionChanged);
    connect(m_weekView, &PlanWeekView::contextMenuRequested, this, &PlanPage::onContextMenu);
    connect(m_weekView, &PlanWeekView::dropRequested, this, &PlanPage::dropExercise);
    connect(m_adjust, &PlanAdjustPanel::swapRequested, this, &PlanPage::swapSelected);
    connect(m_adjust, &PlanAdjustPanel::doseRequested, this, &PlanPage::changeDose);
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
    // Tab follows the page from top to bottom: the top row, the week (its cards follow the
    // pictures switch), the changes made by hand, the side panel, then the buttons at the foot.
    QWidget::setTabOrder(m_saveButton, pictures);
    QWidget::setTabOrder(pictures, m_overrides);
    m_weekView->setTabAnchor(pictures);
    if (auto* lastInPanel = m_adjust->findChild<QWidget*>(QStringLiteral("addButton"))) {
        QWidget::setTabOrder(lastInPanel, m_sessionButton);
        QWidget::setTabOrder(m_sessionButton, m_logButton);
    }
    // Alt+Left/Right carries the selected exercise to the day before or after, the keyboard's
    // way of dragging it between columns.
    for (const auto& [key, delta] : {std::pair{Qt::Key_Left, -1}, std::pair{Qt::Key_Right, 1}}) {
        auto* move = new QShortcut(QKeySequence(Qt::ALT | key), m_weekView);
        move->setContext(Qt::WidgetWithChildrenShortcut);
        connect(move, &QShortcut::activated, this, [this, delta = delta] {
            const int day = m_weekView->selection().first;
            if (day >= 0) {
                moveSelectedToDay(day + delta);
            }
        });
    }
    // Alt+Up/Down carries it up and down its day, the keyboard's way of reordering by drag.
    for (const auto& [key, delta] : {std::pair{Qt::Key_Up, -1}, std::pair{Qt::Key_Down, 1}}) {
        auto* move = new QShortcut(QKeySequence(Qt::ALT | key), m_weekView);
        move->setContext(Qt::WidgetWithChildrenShortcut);
        connect(move, &QShortcut::activated, this, [this, delta = delta] {
            const auto [day, row] = m_weekView->selection();
            if (day >= 0 && m_adjust->isEditable() && row + delta >= 0 &&
                row + delta < m_draftModel->exerciseCount(day)) {
                moveSelected(delta);
            }
        });
    }
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
            connect(m_personalTabs, &ClientTabs::planNextWeekRequested, this, [this] {
                m_personalTabs->setCurrentWidget(m_planView);
                planNextWeek();
            });
            m_layout->addWidget(m_personalTabs);
        }
        m_layout->removeWidget(m_planView);
        m_personalTabs->insertTab(0, m_planView, tr("My plan"));
        m_personalTabs->setCurrentIndex(0);
        m_personalTabs->show();
        m_planButton->setToolTip(tr("Make next week's plan from your check-ins"));
        m_clientPicker->hide();
        m_planView->findChild<QLabel*>(QStringLiteral("planClientPickerLabel"))->hide();
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
        m_clientPicker->show();
        m_planView->findChild<QLabel*>(QStringLiteral("planClientPickerLabel"))->show();
    }
    reloadClientPicker();
    refresh();
}

} // namespace glidepath::ui
