#include "widgets/clients/client_tabs.h"

#include "app_context.h"
#include "commands/command.h"
#include "commands/undo_command.h"
#include "models/check_in_table_model.h"
#include "models/client_labels.h"
#include "widgets/clients/change_history_dialog.h"
#include "widgets/clients/check_in_form.h"
#include "widgets/clients/profile_editor.h"
#include "widgets/clients/red_flag_questions.h"
#include "widgets/common/message_box.h"
#include "widgets/common/wrapped_label.h"
#include "write_access.h"

#include <glidepath/storage/storage_error.h>
#include <glidepath/storage/tracking_repository.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>

namespace glidepath::ui {

namespace {

void prepareForm(QWidget* form)
{
    // Forms read better at a line length than stretched across a wide window.
    form->setMaximumWidth(860);
    // setWidget() sizes a widget that was never resized to its size hint, laying out every
    // wrapped label of the form once at that width, only for the scroll area to lay it out again
    // at its own width when shown: a third of the start-up's instructions on the Clients page.
    // A widget-resizable scroll area sizes the form itself, so skip the first pass.
    form->setAttribute(Qt::WA_Resized);
}

// A tab page whose form scrolls, with its buttons fixed underneath. With `deferred`, the form is
// not put into its scroll area yet (the caller does, with setWidget, when the page is first
// shown): a tab widget sizes every page, hidden ones too, and sizing a long form of wrapped text
// is most of what building it costs.
QWidget* scrollingPage(QWidget* form, QLayout* buttons, QWidget* header = nullptr,
                       QScrollArea** deferred = nullptr)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    if (header) {
        layout->addWidget(header);
    }
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    if (form) {
        prepareForm(form);
    }
    if (deferred) {
        if (form) {
            form->setParent(page);
            form->hide();
        }
        *deferred = scroll;
    } else {
        scroll->setWidget(form);
    }
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    return page;
}

} // namespace

ClientTabs::ClientTabs(AppContext& context, QWidget* parent)
    : QTabWidget(parent), m_context(context)
{
    setDocumentMode(true);

    m_profile = new ProfileEditor;
    m_profile->setObjectName(QStringLiteral("profileEditor"));
    m_saveProfile = new QPushButton(tr("Save profile"));
    m_saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveProfile->setDefault(true);
    m_revertProfile = new QPushButton(tr("&Revert"));
    m_revertProfile->setObjectName(QStringLiteral("revertProfileButton"));
    m_revertProfile->setToolTip(tr("Throw away the changes and show the saved profile"));
    auto* profileButtons = new QHBoxLayout;
    profileButtons->addStretch(1);
    profileButtons->addWidget(m_revertProfile);
    profileButtons->addWidget(m_saveProfile);
    // Put in its scroll area when first shown, at the page's real width: done here, the scroll
    // area would lay the form out at its default size first, every wrapped text of it at a width
    // never shown.
    m_profilePage = scrollingPage(m_profile, profileButtons, nullptr, &m_profileScroll);
    addTab(m_profilePage, tr("&Profile"));

    m_checkInTitle = new WrappedLabel;
    m_checkInTitle->setObjectName(QStringLiteral("checkInTitle"));
    m_saveCheckIn = new QPushButton(tr("Save &check-in"));
    m_saveCheckIn->setObjectName(QStringLiteral("saveCheckInButton"));
    m_cancelCheckInEdit = new QPushButton(tr("Cancel edit"));
    m_cancelCheckInEdit->setObjectName(QStringLiteral("cancelCheckInEditButton"));
    // Offered once a check-in is saved: the next step of the week's work is the plan.
    m_planNext = new QPushButton(tr("Plan next &week"));
    m_planNext->setObjectName(QStringLiteral("checkInPlanNextWeekButton"));
    m_planNext->setToolTip(tr("Open the Plan page and plan next week from the saved check-ins"));
    m_planNext->hide();
    auto* checkInButtons = new QHBoxLayout;
    checkInButtons->addWidget(m_planNext);
    checkInButtons->addStretch(1);
    checkInButtons->addWidget(m_cancelCheckInEdit);
    checkInButtons->addWidget(m_saveCheckIn);
    // Built for the first stored client shown, or when its tab is first shown: a first start
    // opens on a new client's profile, whose check-in tab stays disabled until it is saved.
    m_checkInPage = scrollingPage(nullptr, checkInButtons, m_checkInTitle, &m_checkInScroll);
    addTab(m_checkInPage, tr("Chec&k-in"));

    m_historyModel = new CheckInTableModel(this);
    m_history = new QTableView;
    m_history->setObjectName(QStringLiteral("checkInHistory"));
    m_history->setModel(m_historyModel);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAlternatingRowColors(true);
    // Tab leaves the table for the buttons; the arrows move between check-ins.
    m_history->setTabKeyNavigation(false);
    m_history->setWordWrap(false);
    m_history->verticalHeader()->setVisible(false);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    // The red flags come right after the date, so a narrow window never pushes them out of
    // sight (the pains and the rest scroll).
    m_history->horizontalHeader()->moveSection(CheckInTableModel::RedFlagsColumn, 1);
    m_history->setAccessibleName(tr("Check-in history"));
    m_editCheckIn = new QPushButton(tr("Edi&t"));
    m_editCheckIn->setObjectName(QStringLiteral("editCheckInButton"));
    m_deleteCheckIn = new QPushButton(tr("&Delete"));
    m_deleteCheckIn->setObjectName(QStringLiteral("deleteCheckInButton"));
    m_historyPage = new QWidget;
    auto* historyLayout = new QVBoxLayout(m_historyPage);
    historyLayout->addWidget(m_history, 1);
    // Who changed the client's records, apart from the check-ins above; reading only.
    m_changes = new QPushButton(tr("Changes…"));
    m_changes->setObjectName(QStringLiteral("clientChangesButton"));
    m_changes->setToolTip(tr("Who added, changed or deleted this client's records, and when"));
    connect(m_changes, &QPushButton::clicked, this,
            [this] { showChangeHistory(m_context, m_clientId, this); });
    auto* historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_changes);
    historyButtons->addStretch(1);
    historyButtons->addWidget(m_editCheckIn);
    historyButtons->addWidget(m_deleteCheckIn);
    historyLayout->addLayout(historyButtons);
    addTab(m_historyPage, tr("H&istory"));

    // A login that may only read sees every field but can change none of them.
    for (QWidget* writes :
         {static_cast<QWidget*>(m_profile), static_cast<QWidget*>(m_saveProfile),
          static_cast<QWidget*>(m_revertProfile), static_cast<QWidget*>(m_saveCheckIn),
          static_cast<QWidget*>(m_cancelCheckInEdit), static_cast<QWidget*>(m_editCheckIn),
          static_cast<QWidget*>(m_deleteCheckIn)}) {
        WriteAccess::of(m_context).guard(writes);
    }
    connect(m_saveProfile, &QPushButton::clicked, this, &ClientTabs::saveProfile);
    // Ctrl+S saves the form on show (Alt letters are all taken by the fields).
    m_saveProfile->setToolTip(tr("Save the profile (Ctrl+S)"));
    m_saveCheckIn->setToolTip(tr("Save the check-in (Ctrl+S)"));
    for (QWidget* page : {m_profilePage, m_checkInPage}) {
        auto* save = new QShortcut(QKeySequence::Save, page);
        save->setContext(Qt::WidgetWithChildrenShortcut);
        connect(save, &QShortcut::activated, this, [this, page] {
            if (page == m_profilePage && m_saveProfile->isEnabled()) {
                saveProfile();
            } else if (page == m_checkInPage && m_saveCheckIn->isEnabled()) {
                saveCheckIn();
            }
        });
    }
    connect(m_revertProfile, &QPushButton::clicked, this, [this] {
        if (m_creating) {
            startNewClient();
        } else {
            const qint64 id = m_clientId;
            m_clientId = -1;
            loadClient(id);
        }
    });
    connect(m_profile, &ProfileEditor::modifiedChanged, this, &ClientTabs::updateState);
    connect(m_saveCheckIn, &QPushButton::clicked, this, &ClientTabs::saveCheckIn);
    connect(m_cancelCheckInEdit, &QPushButton::clicked, this, &ClientTabs::cancelCheckInEdit);
    // A blank check-in opened again starts from today, this week's plan and the sessions logged
    // since it was last shown (the paper log may have been typed in meanwhile).
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (currentWidget() == m_checkInPage) {
            attachCheckInForm();
        }
        if (currentWidget() == m_profilePage && isVisible()) {
            attachProfileForm();
        }
        if (currentWidget() == m_checkInPage && m_clientId > 0 && m_editingCheckInId <= 0 &&
            !m_checkIn->isModified()) {
            resetCheckInForm();
        }
    });
    connect(m_planNext, &QPushButton::clicked, this, [this] {
        m_planNext->hide();
        emit planNextWeekRequested();
    });
    connect(m_editCheckIn, &QPushButton::clicked, this, &ClientTabs::editSelectedCheckIn);
    connect(m_history, &QTableView::doubleClicked, this, &ClientTabs::editSelectedCheckIn);
    connect(m_deleteCheckIn, &QPushButton::clicked, this, &ClientTabs::deleteSelectedCheckIn);
    connect(m_history->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClientTabs::updateState);

    connect(&m_context, &AppContext::currentClientChanged, this, [this](qint64 id) {
        if (id != m_clientId || m_creating) {
            loadClient(id);
        }
    });
    connect(&m_context, &AppContext::databaseReplaced, this, [this] {
        m_clientId = -1;
        reloadExercises();
        loadClient(m_context.currentClientId());
    });
    connect(&m_context.changes(), &ChangeNotifier::exercisesChanged, this,
            &ClientTabs::reloadExercises);
    connect(&m_context.changes(), &ChangeNotifier::checkInsChanged, this, [this](qint64 id) {
        if (id == m_clientId) {
            reloadHistory();
            followStoredCheckIn();
        }
    });
    connect(&m_context.changes(), &ChangeNotifier::clientsChanged, this,
            &ClientTabs::followStoredProfile);

    reloadExercises();
    loadClient(m_context.currentClientId());
}

void ClientTabs::setPersonal(bool personal)
{
    m_personal = personal;
    m_profile->setWording(personal ? ProfileEditor::Wording::Personal
                                   : ProfileEditor::Wording::Clinician);
    setTabText(indexOf(m_profilePage), personal ? tr("&My profile") : tr("&Profile"));
    // One person's own file: the check-in list is their history.
    m_changes->setVisible(!personal);
}

int ClientTabs::plannedSessions() const
{
    return m_profile->profile().sessionsPerWeek;
}

int ClientTabs::comfortableWidth() const
{
    m_profile->ensurePolished();
    const QMargins page = m_profilePage->layout()->contentsMargins();
    // The form, the scroll bar beside it, the page's margins and the tab frame's.
    return m_profile->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
           page.left() + page.right() + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 4;
}

void ClientTabs::buildCheckInForm()
{
    m_checkIn = new CheckInForm(m_checkInPage);
    m_checkIn->hide();
    prepareForm(m_checkIn);
    m_checkIn->setObjectName(QStringLiteral("checkInForm"));
    // The picker asks the library for (id, name) as it needs them, never for all of it.
    m_checkIn->setLookup(
        [this](const QString& text, int limit) {
            storage::ExerciseQuery visible; // hidden exercises are not offered
            visible.text = text.toStdString();
            if (text.trimmed().isEmpty()) {
                visible.order = storage::ExerciseOrder::Name;
            }
            std::vector<exercise_match::Candidate> found;
            try {
                for (const storage::ExerciseListRow& row :
                     m_context.exercises().rows(visible, 0, limit)) {
                    found.push_back(
                        {QString::fromStdString(row.id), QString::fromStdString(row.name), false});
                }
            } catch (const storage::StorageError& error) {
                // On a clinic server without the exercise library the Library page says so once;
                // the picker stays empty (exercises are named by id) rather than ask every time.
                if (error.kind() != storage::StorageError::Kind::ClinicServer && text.isEmpty()) {
                    emit m_context.errorOccurred(tr("Could not read the exercise library: %1")
                                                     .arg(command::describeFailure(error)));
                }
            } catch (const std::exception& error) {
                if (text.isEmpty()) { // said once when the list is filled, not at every keystroke
                    emit m_context.errorOccurred(tr("Could not read the exercise library: %1")
                                                     .arg(command::describeFailure(error)));
                }
            }
            return found;
        },
        [this](const std::vector<std::string>& ids) {
            try {
                return m_context.exercises().namesOf(ids);
            } catch (const std::exception&) {
                return std::unordered_map<std::string, std::string>{}; // shown as their ids
            }
        });
    WriteAccess::of(m_context).guard(m_checkIn);
    connect(m_checkIn, &CheckInForm::modifiedChanged, this, &ClientTabs::updateState);
    connect(m_checkIn, &CheckInForm::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            m_planNext->hide(); // offered for the check-in just saved, not for one being typed
        }
    });
    // The list of exercises, and the blank check-in of this week for the client shown.
    m_exercisesStale = false;
    m_checkIn->refreshExercises();
    resetCheckInForm();
}

CheckInForm* ClientTabs::checkInForm()
{
    attachCheckInForm();
    return m_checkIn;
}

void ClientTabs::attachCheckInForm()
{
    if (!m_checkIn) {
        buildCheckInForm();
    }
    if (m_checkInScroll->widget() == m_checkIn) {
        return;
    }
    // The rules are read when a check-in is first shown, not at start-up.
    m_checkIn->setPainZones(m_context.rules().greenMaxExercisePain,
                            m_context.rules().amberMaxExercisePain);
    m_checkInScroll->setWidget(m_checkIn);
}

void ClientTabs::attachProfileForm()
{
    if (m_profileScroll->widget() != m_profile) {
        m_profileScroll->setWidget(m_profile);
    }
    if (m_focusNameWhenAttached) {
        m_focusNameWhenAttached = false;
        if (QWidget* name = m_profile->findChild<QWidget*>(QStringLiteral("profileName"))) {
            name->setFocus(Qt::OtherFocusReason);
        }
    }
}

void ClientTabs::reloadExercises()
{
    // The check-in form's list of exercises is filled when the tabs are first shown, not while
    // the window starts.
    if (!isVisible()) {
        m_exercisesStale = true;
        reloadHistory();
        return;
    }
    m_exercisesStale = false;
    if (m_checkIn) {
        m_checkIn->refreshExercises();
    }
    reloadHistory();
}

void ClientTabs::showEvent(QShowEvent* event)
{
    QTabWidget::showEvent(event);
    if (currentWidget() == m_profilePage) {
        attachProfileForm();
    }
    if (m_exercisesStale) {
        reloadExercises();
    }
}

void ClientTabs::loadClient(qint64 clientId)
{
    m_creating = false;
    m_editingCheckInId = -1;
    m_clientId = clientId;
    reloadProfile();
    resetCheckInForm();
    reloadHistory();
    updateState();
}

void ClientTabs::reloadProfile()
{
    m_profile->setToday(m_context.clock().today());
    std::optional<storage::ClientRecord> record;
    if (m_clientId > 0) {
        try {
            record = m_context.clients().find(m_clientId);
        } catch (const std::exception& error) {
            emit m_context.errorOccurred(
                tr("Could not read the client: %1").arg(command::describeFailure(error)));
        }
    }
    if (record) {
        m_clientId = record->id;
        m_storedPersonal = record->personal;
        m_profileVersion = record->rowVersion;
        m_profile->setProfile(record->profile, record->screeningRedFlags,
                              record->screeningAnsweredNo);
    } else {
        m_clientId = -1;
        m_storedPersonal = false;
        m_profileVersion = 0;
        m_profile->setProfile({}, {}, {});
    }
    updateState();
}

void ClientTabs::followStoredProfile()
{
    // Edits in progress are never replaced: their save is refused if stale, and then asks.
    if (m_creating || m_clientId <= 0 || m_profile->isModified()) {
        return;
    }
    try {
        const std::optional<storage::ClientRecord> stored = m_context.clients().find(m_clientId);
        if (stored && stored->rowVersion != m_profileVersion) {
            reloadProfile();
        }
    } catch (const std::exception&) {
        // The next save or reload reports a database that cannot be read.
    }
}

void ClientTabs::showStoredCheckIn(qint64 id)
{
    std::optional<storage::StoredCheckIn> found;
    try {
        for (storage::StoredCheckIn& stored : m_context.clients().checkIns(m_clientId)) {
            if (stored.id == id) {
                found = std::move(stored);
            }
        }
    } catch (const std::exception& error) {
        emit m_context.errorOccurred(
            tr("Could not read the check-ins: %1").arg(command::describeFailure(error)));
    }
    if (!found) {
        resetCheckInForm();
        return;
    }
    checkInForm()->setCheckIn(found->checkIn, plannedSessions());
    m_editingCheckInId = found->id;
    m_editingCheckInVersion = found->rowVersion;
    setCurrentWidget(m_checkInPage);
    updateState();
}

void ClientTabs::followStoredCheckIn()
{
    if (m_editingCheckInId <= 0 || !m_checkIn || m_checkIn->isModified()) {
        return;
    }
    for (int row = 0; row < m_historyModel->rowCount(); ++row) {
        const storage::StoredCheckIn* stored = m_historyModel->checkInAt(row);
        if (stored && stored->id == m_editingCheckInId) {
            if (stored->rowVersion != m_editingCheckInVersion) {
                m_checkIn->setCheckIn(stored->checkIn, plannedSessions());
                m_editingCheckInVersion = stored->rowVersion;
                updateState();
            }
            return;
        }
    }
    resetCheckInForm(); // deleted meanwhile: nothing left to edit
}

void ClientTabs::startNewClient()
{
    m_clientId = -1;
    m_creating = true;
    m_storedPersonal = false;
    m_editingCheckInId = -1;
    m_profile->setToday(m_context.clock().today());
    m_profile->setProfile({}, {}, {});
    resetCheckInForm();
    reloadHistory();
    setCurrentWidget(m_profilePage);
    updateState();
    // The name field takes the focus; on tabs not shown yet, once the form is on its page.
    m_focusNameWhenAttached = true;
    if (isVisible()) {
        attachProfileForm();
    }
}

void ClientTabs::resetCheckInForm()
{
    m_editingCheckInId = -1;
    if (!m_checkIn) {
        // A stored client's check-in form is built now (it is reset as it is built); a new
        // client's waits, with its tab disabled, until the profile is saved or the tab shown.
        if (m_clientId > 0) {
            buildCheckInForm();
        } else {
            updateState();
        }
        return;
    }
    const core::Date today = m_context.clock().today();
    std::vector<std::string> planned;
    std::optional<int> logged;
    if (m_clientId > 0) {
        try {
            // The week's plan: the newest saved plan that has started by today.
            for (const storage::StoredPlan& stored : m_context.clients().plans(m_clientId)) {
                if (stored.plan.weekStart <= today) {
                    for (const core::PlanDay& day : stored.plan.days) {
                        for (const core::PlannedExercise& exercise : day.exercises) {
                            planned.push_back(exercise.id);
                        }
                    }
                    break;
                }
            }
            const std::vector<storage::StoredSessionLog> logs =
                storage::TrackingRepository(m_context.database())
                    .sessionLogs(m_clientId, {today - std::chrono::days{7}, today});
            if (!logs.empty()) {
                logged = static_cast<int>(logs.size());
            }
        } catch (const std::exception& error) {
            emit m_context.errorOccurred(tr("Could not read the week's plan and sessions: %1")
                                             .arg(command::describeFailure(error)));
        }
    }
    m_checkIn->setPlannedExercises(planned);
    m_checkIn->setLoggedSessions(logged);
    m_checkIn->reset(today, plannedSessions());
    updateState();
}

void ClientTabs::reloadHistory()
{
    std::vector<storage::StoredCheckIn> checkIns;
    QHash<QString, QString> names;
    if (m_clientId > 0) {
        try {
            checkIns = m_context.clients().checkIns(m_clientId);
            // Only the names the history shows are read.
            std::vector<std::string> ids;
            for (const storage::StoredCheckIn& stored : checkIns) {
                for (const auto& [id, pain] : stored.checkIn.painfulExercises) {
                    ids.push_back(id);
                }
            }
            try {
                for (const auto& [id, name] : m_context.exercises().namesOf(ids)) {
                    names.insert(QString::fromStdString(id), QString::fromStdString(name));
                }
            } catch (const storage::StorageError& error) {
                // On a clinic server without the exercise library the history names exercises
                // by their ids, as the check-in picker does; the Library page says why.
                if (error.kind() != storage::StorageError::Kind::ClinicServer) {
                    throw;
                }
            }
        } catch (const std::exception& error) {
            emit m_context.errorOccurred(
                tr("Could not read the check-ins: %1").arg(command::describeFailure(error)));
        }
    }
    m_historyModel->setCheckIns(std::move(checkIns), std::move(names));
    setTabText(indexOf(m_historyPage), m_historyModel->rowCount() > 0
                                           ? tr("H&istory (%1)").arg(m_historyModel->rowCount())
                                           : tr("H&istory"));
    updateState();
}

void ClientTabs::updateState()
{
    const bool hasClient = m_clientId > 0;
    const bool editable = hasClient || m_creating;
    m_profile->setEnabled(editable);
    m_saveProfile->setEnabled(editable && (m_profile->isModified() || m_creating));
    m_revertProfile->setEnabled(editable && m_profile->isModified());
    setTabEnabled(indexOf(m_checkInPage), hasClient);
    setTabEnabled(indexOf(m_historyPage), hasClient);
    m_saveCheckIn->setEnabled(hasClient);
    m_cancelCheckInEdit->setVisible(m_editingCheckInId > 0);
    if (m_editingCheckInId > 0) {
        m_checkInTitle->setText(tr("Editing the check-in of %1. Saving replaces it.")
                                    .arg(longDateText(m_checkIn->checkIn().date)));
        m_saveCheckIn->setText(tr("Save &changes"));
    } else {
        m_checkInTitle->setText(m_personal ? tr("How did this week go?")
                                           : tr("How did the client's week go?"));
        m_saveCheckIn->setText(tr("Save &check-in"));
    }
    const bool selected = m_history->selectionModel()->hasSelection();
    m_editCheckIn->setEnabled(hasClient && selected);
    m_deleteCheckIn->setEnabled(hasClient && selected);
}

void ClientTabs::editSelectedCheckIn()
{
    const QModelIndexList rows = m_history->selectionModel()->selectedRows();
    if (rows.isEmpty() || !maybeSave()) {
        return;
    }
    const storage::StoredCheckIn* stored = m_historyModel->checkInAt(rows.first().row());
    if (!stored) {
        return;
    }
    checkInForm()->setCheckIn(stored->checkIn, plannedSessions());
    m_editingCheckInId = stored->id;
    m_editingCheckInVersion = stored->rowVersion;
    setCurrentWidget(m_checkInPage);
    updateState();
}

void ClientTabs::cancelCheckInEdit()
{
    resetCheckInForm();
}

void ClientTabs::deleteSelectedCheckIn()
{
    const QModelIndexList rows = m_history->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const storage::StoredCheckIn* stored = m_historyModel->checkInAt(rows.first().row());
    if (!stored) {
        return;
    }
    const qint64 id = stored->id;
    const QString date = longDateText(stored->checkIn.date);
    if (MessageBox::question(this, tr("Delete check-in"),
                             tr("Delete the check-in of %1? Edit ▸ Undo brings it back.").arg(date),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes) {
        return;
    }
    if (const command::Outcome outcome = command::deleteCheckIn(m_context, m_clientId, id);
        !outcome) {
        MessageBox::warning(this, tr("Check-in not deleted"),
                            tr("The check-in could not be deleted: %1").arg(outcome.message));
        return;
    }
    if (m_editingCheckInId == id) {
        resetCheckInForm();
    }
    emit m_context.statusMessage(tr("Deleted the check-in of %1.").arg(date));
}

} // namespace glidepath::ui
