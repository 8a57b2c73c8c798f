#include "widgets/clients/client_tabs.h"

#include "app_context.h"
#include "commands/command.h"
#include "commands/undo_command.h"
#include "models/check_in_table_model.h"
#include "models/client_labels.h"
#include "widgets/clients/check_in_form.h"
#include "widgets/clients/profile_editor.h"
#include "widgets/clients/red_flag_questions.h"
#include "widgets/common/message_box.h"

#include <glidepath/storage/storage_error.h>
#include <glidepath/storage/tracking_repository.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>

namespace glidepath::ui {

namespace {

// A tab page whose form scrolls, with its buttons fixed underneath.
QWidget* scrollingPage(QWidget* form, QLayout* buttons, QWidget* header = nullptr)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    if (header) {
        layout->addWidget(header);
    }
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Forms read better at a line length than stretched across a wide window.
    form->setMaximumWidth(860);
    scroll->setWidget(form);
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
    m_profilePage = scrollingPage(m_profile, profileButtons);
    addTab(m_profilePage, tr("&Profile"));

    m_checkIn = new CheckInForm;
    m_checkIn->setObjectName(QStringLiteral("checkInForm"));
    m_checkIn->setPainZones(context.rules().greenMaxExercisePain,
                            context.rules().amberMaxExercisePain);
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
    m_checkInTitle = new QLabel;
    m_checkInTitle->setObjectName(QStringLiteral("checkInTitle"));
    m_checkInTitle->setWordWrap(true);
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
    m_checkInPage = scrollingPage(m_checkIn, checkInButtons, m_checkInTitle);
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
    auto* historyButtons = new QHBoxLayout;
    historyButtons->addStretch(1);
    historyButtons->addWidget(m_editCheckIn);
    historyButtons->addWidget(m_deleteCheckIn);
    historyLayout->addLayout(historyButtons);
    addTab(m_historyPage, tr("H&istory"));

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
    connect(m_checkIn, &CheckInForm::modifiedChanged, this, &ClientTabs::updateState);
    connect(m_checkIn, &CheckInForm::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            m_planNext->hide(); // offered for the check-in just saved, not for one being typed
        }
    });
    // A blank check-in opened again starts from today, this week's plan and the sessions logged
    // since it was last shown (the paper log may have been typed in meanwhile).
    connect(this, &QTabWidget::currentChanged, this, [this] {
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
        }
    });

    reloadExercises();
    loadClient(m_context.currentClientId());
}

void ClientTabs::setPersonal(bool personal)
{
    m_personal = personal;
    m_profile->setWording(personal ? ProfileEditor::Wording::Personal
                                   : ProfileEditor::Wording::Clinician);
    setTabText(indexOf(m_profilePage), personal ? tr("&My profile") : tr("&Profile"));
}

int ClientTabs::plannedSessions() const
{
    return m_profile->profile().sessionsPerWeek;
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
    m_checkIn->refreshExercises();
    reloadHistory();
}

void ClientTabs::showEvent(QShowEvent* event)
{
    QTabWidget::showEvent(event);
    if (m_exercisesStale) {
        reloadExercises();
    }
}

void ClientTabs::loadClient(qint64 clientId)
{
    m_creating = false;
    m_editingCheckInId = -1;
    m_profile->setToday(m_context.clock().today());
    std::optional<storage::ClientRecord> record;
    if (clientId > 0) {
        try {
            record = m_context.clients().find(clientId);
        } catch (const std::exception& error) {
            emit m_context.errorOccurred(
                tr("Could not read the client: %1").arg(command::describeFailure(error)));
        }
    }
    if (record) {
        m_clientId = record->id;
        m_storedPersonal = record->personal;
        m_profile->setProfile(record->profile, record->screeningRedFlags,
                              record->screeningAnsweredNo);
    } else {
        m_clientId = -1;
        m_storedPersonal = false;
        m_profile->setProfile({}, {}, {});
    }
    resetCheckInForm();
    reloadHistory();
    updateState();
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
    if (QWidget* name = m_profile->findChild<QWidget*>(QStringLiteral("profileName"))) {
        name->setFocus(Qt::OtherFocusReason);
    }
}

void ClientTabs::resetCheckInForm()
{
    m_editingCheckInId = -1;
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
            for (const auto& [id, name] : m_context.exercises().namesOf(ids)) {
                names.insert(QString::fromStdString(id), QString::fromStdString(name));
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

bool ClientTabs::saveProfile()
{
    if (m_clientId <= 0 && !m_creating) {
        return false;
    }
    if (!m_profile->validate()) {
        setCurrentWidget(m_profilePage);
        m_profile->focusFirstError();
        return false;
    }
    storage::ClientRecord record;
    record.id = m_clientId > 0 ? m_clientId : 0;
    record.profile = m_profile->profile();
    record.screeningRedFlags = m_profile->screeningRedFlags();
    record.screeningAnsweredNo = m_profile->screeningAnsweredNo();
    record.personal = m_storedPersonal;
    // The form is marked saved before the command announces the change, so the reload that
    // follows shows the stored profile rather than asking about unsaved edits.
    const bool created = m_creating;
    const command::Outcome outcome = command::saveClient(m_context, record);
    if (!outcome) {
        MessageBox::warning(this, tr("Profile not saved"),
                            tr("The profile could not be saved: %1").arg(outcome.message));
        return false;
    }
    if (created) {
        record.id = std::stoll(outcome.createdId);
    }
    m_creating = false;
    m_clientId = record.id;
    m_storedPersonal = record.personal;
    m_profile->setProfile(record.profile, record.screeningRedFlags, record.screeningAnsweredNo);
    // The profile is kept whatever the screening says, but a plan needs every answer: show
    // which are missing where they are asked.
    const bool screened = m_profile->checkScreening();
    if (created) {
        m_context.setCurrentClientId(record.id);
        emit clientCreated(record.id);
    }
    const QString name = QString::fromStdString(record.profile.name);
    emit m_context.statusMessage(created ? tr("Added %1.").arg(name)
                                         : tr("Saved the profile of %1.").arg(name));
    if (!record.screeningRedFlags.empty()) {
        emit m_context.statusMessage(
            tr("%1 answered yes to a red-flag question: plans will show referral advice.")
                .arg(name));
    } else if (!screened) {
        emit m_context.statusMessage(
            tr("Saved. The red-flag screening is not complete: a plan needs every question "
               "answered."));
    }
    if (!m_checkIn->isModified()) {
        resetCheckInForm(); // planned sessions follow the profile; edits in progress are kept
    }
    updateState();
    return true;
}

bool ClientTabs::saveCheckIn()
{
    if (m_clientId <= 0) {
        return false;
    }
    // Shown first: showing a blank check-in starts it afresh, which must not wipe the marks
    // that validation puts on it.
    setCurrentWidget(m_checkInPage);
    if (!m_checkIn->validate()) {
        const std::vector<core::RedFlag> missing = m_checkIn->unansweredRedFlags();
        emit m_context.statusMessage(missing.empty()
                                         ? tr("The check-in was not saved: see the marked fields.")
                                         : tr("The check-in was not saved: %1 not answered yet.")
                                               .arg(RedFlagQuestions::describe(missing)));
        return false;
    }
    const core::CheckIn checkIn = m_checkIn->checkIn();
    qint64 replaceId = m_editingCheckInId;
    if (replaceId <= 0) {
        // A second check-in on the same date is usually the same one typed twice: ask.
        std::optional<storage::StoredCheckIn> sameDay;
        try {
            for (const storage::StoredCheckIn& stored : m_context.clients().checkIns(m_clientId)) {
                if (stored.checkIn.date == checkIn.date) {
                    sameDay = stored;
                }
            }
        } catch (const std::exception&) {
            sameDay.reset(); // saving below reports a database that cannot be read
        }
        if (sameDay) {
            const auto answer = MessageBox::question(
                this, tr("A check-in on that date"),
                tr("There is already a check-in on %1. Replace it with this one, or keep both?")
                    .arg(longDateText(checkIn.date)),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel,
                {{QMessageBox::Yes, tr("Replace it")}, {QMessageBox::No, tr("Keep both")}});
            if (answer == QMessageBox::Cancel) {
                return false;
            }
            if (answer == QMessageBox::Yes) {
                replaceId = sameDay->id;
            }
        }
    }
    const command::Outcome outcome =
        command::saveCheckIn(m_context, m_clientId, replaceId, checkIn);
    if (!outcome) {
        MessageBox::warning(this, tr("Check-in not saved"),
                            tr("The check-in could not be saved: %1").arg(outcome.message));
        return false;
    }
    // The command's checkInsChanged has reloaded the history through the connection.
    const bool edited = replaceId > 0;
    resetCheckInForm();
    QString message = edited ? tr("Check-in of %1 updated.").arg(longDateText(checkIn.date))
                             : tr("Check-in of %1 saved.").arg(longDateText(checkIn.date));
    if (!checkIn.redFlags.empty()) {
        message += QLatin1Char(' ') +
                   tr("A red-flag question was answered yes: the exercise plan is stopped.");
    }
    emit m_context.statusMessage(message);
    if (!checkIn.redFlags.empty()) {
        showReferral(checkIn);
    }
    m_planNext->setVisible(true);
    m_planNext->setFocus(Qt::OtherFocusReason);
    return true;
}

void ClientTabs::showReferral(const core::CheckIn& checkIn)
{
    // Said at once and in full, not left to a status line: whom to see and why, and what
    // happens to the plan in hand.
    const QString who = m_personal ? tr("You answered yes to:") : tr("The client answered yes to:");
    QString text = tr("The check-in of %1 has a red flag.").arg(longDateText(checkIn.date)) +
                   QStringLiteral("\n\n") + who + QStringLiteral("\n\n") +
                   ClientLabels::redFlagAdvice(checkIn.redFlags) + QStringLiteral("\n\n") +
                   (m_personal ? tr("Stop the exercise plan: your saved plan is superseded and "
                                    "cannot be printed or exported as your current plan.")
                               : tr("The exercise plan is stopped: the saved plan is superseded "
                                    "and cannot be printed or exported as the current plan.")) +
                   QLatin1Char(' ') + ClientLabels::supersededClearedBy();
    MessageBox::warning(this, tr("Red flag: see a doctor or physiotherapist"), text);
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
    m_checkIn->setCheckIn(stored->checkIn, plannedSessions());
    m_editingCheckInId = stored->id;
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

bool ClientTabs::maybeSave()
{
    const bool profileDirty = m_profile->isModified() && (m_clientId > 0 || m_creating);
    const bool checkInDirty = m_checkIn->isModified() && m_clientId > 0;
    if (!profileDirty && !checkInDirty) {
        return true;
    }
    const QString what = profileDirty && checkInDirty ? tr("the profile and the check-in")
                         : profileDirty               ? tr("the profile")
                                                      : tr("the check-in");
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("Save the changes to %1 first?").arg(what),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        return false;
    }
    if (answer == QMessageBox::Save) {
        if (profileDirty && !saveProfile()) {
            return false;
        }
        if (checkInDirty && !saveCheckIn()) {
            return false;
        }
        return true;
    }
    // Discard: put back what is stored so nothing half-edited lingers.
    m_profile->setModified(false);
    m_checkIn->setModified(false);
    return true;
}

} // namespace glidepath::ui
