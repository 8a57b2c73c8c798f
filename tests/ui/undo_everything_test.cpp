// Every kind of stored write is undoable from Edit > Undo and redoable from Edit > Redo: the
// record is gone after undo and back with the same id after redo, the undo text names the
// change, and the views follow through the one ChangeNotifier. Templates are saved from one
// client's week and applied to another's draft; an exercise moves to another day by keyboard.

#include "commands/command.h"
#include "models/check_in_table_model.h"
#include "models/client_list_model.h"
#include "models/plan_model.h"
#include "ui_fixture.h"
#include "widgets/clients/check_in_form.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/clients_page.h"
#include "widgets/clients/pain_slider.h"
#include "widgets/plan/plan_adjust_panel.h"
#include "widgets/plan/plan_page.h"
#include "widgets/plan/plan_template_actions.h"
#include "widgets/plan/plan_week_view.h"

#include <glidepath/storage/record_snapshot.h>
#include <glidepath/storage/tracking_repository.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QUndoStack>

namespace glidepath::test {
namespace {

namespace command = ui::command;

class UndoEverythingTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        context().setMode(ui::AppMode::Clinician);
    }

    qint64 storeClient(const std::string& name)
    {
        storage::ClientRecord record;
        record.profile.name = name;
        record.profile.conditions = {core::Condition::PatellofemoralPain};
        record.profile.equipment = {core::Equipment::Mat, core::Equipment::Band,
                                    core::Equipment::Step, core::Equipment::Chair,
                                    core::Equipment::Wall};
        record.profile.sessionsPerWeek = 3;
        record.profile.minutesPerSession = 30;
        answerScreening(record);
        const command::Outcome outcome = ui::command::saveClient(context(), record);
        EXPECT_TRUE(outcome) << outcome.message.toStdString();
        return std::stoll(outcome.createdId);
    }

    core::CheckIn checkIn(int painExercise = 1)
    {
        core::CheckIn c;
        c.date = context().clock().today();
        c.painExercise = painExercise;
        c.adherence = 1.0;
        return c;
    }

    QString undoText() { return action("actionUndo")->text(); }
    QString redoText() { return action("actionRedo")->text(); }
    void undo()
    {
        ASSERT_TRUE(action("actionUndo")->isEnabled());
        action("actionUndo")->trigger();
    }
    void redo()
    {
        ASSERT_TRUE(action("actionRedo")->isEnabled());
        action("actionRedo")->trigger();
    }

    ui::PlanPage* planPage()
    {
        window().showPage(ui::MainWindow::Page::Plan);
        return window().planPage();
    }
    void planNextWeek(qint64 clientId)
    {
        context().setCurrentClientId(clientId);
        auto* button = planPage()->findChild<QPushButton*>(QStringLiteral("planNextWeekButton"));
        ASSERT_TRUE(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        ASSERT_TRUE(planPage()->canEditDraft());
    }
    int exerciseCount(const core::Plan& plan)
    {
        int count = 0;
        for (const core::PlanDay& d : plan.days) {
            count += static_cast<int>(d.exercises.size());
        }
        return count;
    }
};

} // namespace

TEST_F(UndoEverythingTest, ANewClientIsTakenAwayAndBroughtBackWithTheSameId)
{
    window().showPage(ui::MainWindow::Page::Clients);
    ui::ClientListModel* list = window().clientsPage()->clientModel();
    const qint64 id = storeClient("Ada Byrne");
    EXPECT_EQ(list->rowCount(), 1);
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Add client Ada Byrne"));

    undo();
    EXPECT_FALSE(context().clients().find(id));
    EXPECT_EQ(list->rowCount(), 0) << "the client list followed the undo";
    redo();
    ASSERT_TRUE(context().clients().find(id));
    EXPECT_EQ(list->rowOf(id), 0);
}

TEST_F(UndoEverythingTest, AProfileEditIsUndoneAndRedone)
{
    window().showPage(ui::MainWindow::Page::Clients);
    const qint64 id = storeClient("Ada Byrne");
    storage::ClientRecord changed = *context().clients().find(id);
    changed.profile.name = "Ada Quinn";
    changed.profile.sessionsPerWeek = 4;
    ASSERT_TRUE(command::saveClient(context(), changed));
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Save profile of Ada Quinn"));
    ui::ClientListModel* list = window().clientsPage()->clientModel();

    undo();
    EXPECT_EQ(context().clients().find(id)->profile.name, "Ada Byrne");
    EXPECT_EQ(context().clients().find(id)->profile.sessionsPerWeek, 3);
    EXPECT_EQ(list->clientAt(list->rowOf(id))->name, "Ada Byrne");
    redo();
    EXPECT_EQ(context().clients().find(id)->profile.name, "Ada Quinn");
    EXPECT_EQ(list->clientAt(list->rowOf(id))->name, "Ada Quinn");
}

TEST_F(UndoEverythingTest, ACheckInSavedThroughTheFormIsUndoneAndTheHistoryFollows)
{
    window().showPage(ui::MainWindow::Page::Clients);
    const qint64 id = storeClient("Ada Byrne");
    context().setCurrentClientId(id);
    ui::ClientTabs* tabs = window().clientsPage()->clientTabs();
    for (const char* name : {"painRest", "painActivity", "painExercise"}) {
        tabs->findChild<ui::PainSlider*>(QString::fromLatin1(name))->setValue(1);
    }
    tabs->findChild<QSpinBox*>(QStringLiteral("sessionsDone"))->setValue(3);
    answerRedFlags(tabs->checkInForm());
    QTest::mouseClick(tabs->findChild<QPushButton*>(QStringLiteral("saveCheckInButton")),
                      Qt::LeftButton);
    ASSERT_EQ(context().clients().checkIns(id).size(), 1u);
    const qint64 checkInId = context().clients().checkIns(id)[0].id;
    EXPECT_EQ(tabs->historyModel()->rowCount(), 1);
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Save check-in 5 Mar"));

    undo();
    EXPECT_TRUE(context().clients().checkIns(id).empty());
    EXPECT_EQ(tabs->historyModel()->rowCount(), 0) << "the history followed the undo";
    EXPECT_EQ(redoText(), QStringLiteral("&Redo Save check-in 5 Mar"));
    redo();
    ASSERT_EQ(context().clients().checkIns(id).size(), 1u);
    EXPECT_EQ(context().clients().checkIns(id)[0].id, checkInId) << "the same record came back";
    EXPECT_EQ(tabs->historyModel()->rowCount(), 1);
}

TEST_F(UndoEverythingTest, ACheckInEditAndADeleteAreUndone)
{
    window().showPage(ui::MainWindow::Page::Clients);
    const qint64 id = storeClient("Ada Byrne");
    ASSERT_TRUE(command::saveCheckIn(context(), id, 0, checkIn(2)));
    const qint64 checkInId = context().clients().checkIns(id)[0].id;
    ASSERT_TRUE(command::saveCheckIn(context(), id, checkInId, checkIn(6)));
    EXPECT_EQ(context().clients().checkIns(id)[0].checkIn.painExercise, 6);
    undo();
    EXPECT_EQ(context().clients().checkIns(id)[0].checkIn.painExercise, 2);
    redo();
    EXPECT_EQ(context().clients().checkIns(id)[0].checkIn.painExercise, 6);

    ASSERT_TRUE(command::deleteCheckIn(context(), id, checkInId));
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Delete check-in 5 Mar"));
    EXPECT_TRUE(context().clients().checkIns(id).empty());
    undo();
    ASSERT_EQ(context().clients().checkIns(id).size(), 1u);
    EXPECT_EQ(context().clients().checkIns(id)[0].id, checkInId);
    EXPECT_EQ(context().clients().checkIns(id)[0].checkIn.painExercise, 6);
}

TEST_F(UndoEverythingTest, ADeletedClientComesBackWithEverythingOfTheirs)
{
    window().showPage(ui::MainWindow::Page::Clients);
    const qint64 id = storeClient("Ada Byrne");
    ASSERT_TRUE(command::saveCheckIn(context(), id, 0, checkIn()));
    core::SessionLog log;
    log.date = context().clock().today();
    core::LoggedExercise entry;
    entry.exerciseId = "bridge";
    entry.setsDone = 2;
    log.entries = {entry};
    ASSERT_TRUE(command::saveSessionLog(context(), id, 0, log));
    context().setCurrentClientId(id);

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    window().clientsPage()->deleteCurrentClient();
    EXPECT_FALSE(context().clients().find(id));
    EXPECT_EQ(window().clientsPage()->clientModel()->rowCount(), 0);
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Delete client Ada Byrne"));

    undo();
    ASSERT_TRUE(context().clients().find(id));
    EXPECT_EQ(context().clients().checkIns(id).size(), 1u);
    EXPECT_EQ(storage::TrackingRepository(context().database()).sessionLogs(id).size(), 1u);
    EXPECT_EQ(window().clientsPage()->clientModel()->rowOf(id), 0);
    redo();
    EXPECT_FALSE(context().clients().find(id));
}

TEST_F(UndoEverythingTest, SessionLogsWeekGridsAndPsfsAreUndoable)
{
    window();
    const qint64 id = storeClient("Ada Byrne");
    storage::TrackingRepository tracking(context().database());
    QSignalSpy tracked(&context().changes(), &ui::ChangeNotifier::trackingChanged);

    core::SessionLog log;
    log.date = context().clock().today();
    core::LoggedExercise entry;
    entry.exerciseId = "bridge";
    entry.setsDone = 2;
    log.entries = {entry};
    const command::Outcome added = command::saveSessionLog(context(), id, 0, log);
    ASSERT_TRUE(added);
    const qint64 logId = std::stoll(added.createdId);
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Log session 5 Mar"));

    // The paper grid replaces the week's logs; undo brings the detailed log back.
    core::SessionLog grid = log;
    grid.sessionPain = 3;
    const core::Date monday = core::Date{std::chrono::year{2025} / 3 / 3};
    ASSERT_TRUE(command::saveWeekLogs(context(), id, {monday, monday + std::chrono::days(6)},
                                      {grid, grid}));
    EXPECT_EQ(tracking.sessionLogs(id).size(), 2u);
    undo();
    ASSERT_EQ(tracking.sessionLogs(id).size(), 1u);
    EXPECT_EQ(tracking.sessionLogs(id)[0].id, logId);
    redo();
    EXPECT_EQ(tracking.sessionLogs(id).size(), 2u);
    undo();

    ASSERT_TRUE(command::deleteSessionLog(context(), logId));
    EXPECT_FALSE(tracking.findSessionLog(logId));
    undo();
    EXPECT_TRUE(tracking.findSessionLog(logId));

    core::PsfsAssessment psfs;
    psfs.date = context().clock().today();
    psfs.items = {{"Stairs", 3}, {"Running", 2}, {"Squatting", 4}};
    const command::Outcome assessed = command::savePsfs(context(), id, 0, psfs);
    ASSERT_TRUE(assessed);
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Save PSFS 5 Mar"));
    const qint64 psfsId = std::stoll(assessed.createdId);
    ASSERT_TRUE(command::deletePsfs(context(), psfsId));
    EXPECT_FALSE(tracking.findPsfs(psfsId));
    undo();
    EXPECT_TRUE(tracking.findPsfs(psfsId));
    undo();
    EXPECT_FALSE(tracking.findPsfs(psfsId));
    EXPECT_GE(tracked.count(), 10) << "every change, undo and redo told the views";
}

TEST_F(UndoEverythingTest, UndoOfAPlanSaveLeavesTheDraftUnsavedAgain)
{
    const qint64 id = storeClient("Ada Byrne");
    ASSERT_TRUE(command::saveCheckIn(context(), id, 0, checkIn()));
    planNextWeek(id);
    auto* save = planPage()->findChild<QPushButton*>(QStringLiteral("savePlanButton"));
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_EQ(context().clients().plans(id).size(), 1u);
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(undoText().startsWith(QStringLiteral("&Undo Save plan for the week of 10 Mar")))
        << undoText().toStdString();

    undo();
    EXPECT_TRUE(context().clients().plans(id).empty());
    EXPECT_TRUE(save->isEnabled()) << "the draft is unsaved again";
    redo();
    ASSERT_EQ(context().clients().plans(id).size(), 1u);
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(planPage()->isDraftSaved());
}

TEST_F(UndoEverythingTest, ATemplateSavedFromOneClientStartsAnotherClientsWeek)
{
    const qint64 nora = storeClient("Nora Quinn");
    ASSERT_TRUE(command::saveCheckIn(context(), nora, 0, checkIn()));
    planNextWeek(nora);
    const core::Plan source = planPage()->draftModel()->plan();
    ui::PlanTemplateActions* templates = planPage()->templateActions();
    EXPECT_EQ(templates->saveAsTemplate(QStringLiteral("PFP runner, phase 1")), QString());
    const auto stored = context().templates().findByName("PFP runner, phase 1");
    ASSERT_TRUE(stored);
    EXPECT_EQ(exerciseCount(source), [&] {
        int count = 0;
        for (const auto& d : stored->plan.days) {
            count += static_cast<int>(d.exercises.size());
        }
        return count;
    }());
    // A second template of the same name is refused with the reason.
    EXPECT_NE(templates->saveAsTemplate(QStringLiteral("pfp runner, PHASE 1")), QString());

    const qint64 ben = storeClient("Ben Otto");
    ASSERT_TRUE(command::saveCheckIn(context(), ben, 0, checkIn()));
    planNextWeek(ben);
    ui::PlanModel* draft = planPage()->draftModel();
    // Ben's week first differs from Nora's by an exercise, so the template visibly changes it.
    int firstDay = 0;
    while (draft->exerciseCount(firstDay) == 0) {
        ++firstDay;
    }
    ASSERT_TRUE(command::removePlanExercise(context(), *draft, firstDay, 0));
    const std::vector<core::PlanDay> before = draft->plan().days;
    EXPECT_EQ(templates->startFromTemplate(stored->id), QString());
    for (std::size_t d = 0; d < 7; ++d) {
        EXPECT_EQ(draft->plan().days[d].exercises, source.days[d].exercises) << "day " << d;
        EXPECT_EQ(draft->plan().days[d].date, before[d].date) << "Ben's own dates";
    }
    ASSERT_FALSE(draft->plan().overrides.empty());
    EXPECT_EQ(draft->plan().overrides.back().kind, "template");
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Start from “PFP runner, phase 1”"));
    undo();
    EXPECT_EQ(draft->plan().days, before);

    // Deleting the template is undoable too.
    EXPECT_EQ(templates->deleteTemplate(stored->id), QString());
    EXPECT_FALSE(context().templates().find(stored->id));
    undo();
    EXPECT_TRUE(context().templates().find(stored->id));
}

TEST_F(UndoEverythingTest, APlanIsCopiedIntoAnotherClientsDraft)
{
    const qint64 nora = storeClient("Nora Quinn");
    ASSERT_TRUE(command::saveCheckIn(context(), nora, 0, checkIn()));
    const qint64 ben = storeClient("Ben Otto");
    ASSERT_TRUE(command::saveCheckIn(context(), ben, 0, checkIn()));
    planNextWeek(nora);
    const core::Plan source = planPage()->draftModel()->plan();
    EXPECT_EQ(planPage()->templateActions()->copyToClient(ben), QString());
    EXPECT_EQ(context().currentClientId(), ben);
    const core::Plan& copy = planPage()->draftModel()->plan();
    for (std::size_t d = 0; d < 7; ++d) {
        EXPECT_EQ(copy.days[d].exercises, source.days[d].exercises) << "day " << d;
    }
    EXPECT_NE(copy.overrides.back().description.find("Nora Quinn"), std::string::npos);
    EXPECT_TRUE(context().clients().plans(ben).empty()) << "a draft to check, not saved yet";
}

TEST_F(UndoEverythingTest, AltRightMovesTheSelectedExerciseToTheNextDayAndUndoBringsItBack)
{
    const qint64 id = storeClient("Ada Byrne");
    ASSERT_TRUE(command::saveCheckIn(context(), id, 0, checkIn()));
    planNextWeek(id);
    ui::PlanModel* draft = planPage()->draftModel();
    ui::PlanWeekView* week = planPage()->weekView();
    int day = -1;
    for (int d = 0; d < 6 && day < 0; ++d) {
        if (draft->exerciseCount(d) > 0) {
            day = d;
        }
    }
    ASSERT_GE(day, 0);
    const core::PlannedExercise moving = draft->exerciseAt(day, 0);
    // Make room if the next day already has the same exercise.
    bool clash = false;
    for (int r = 0; r < draft->exerciseCount(day + 1); ++r) {
        clash = clash || draft->exerciseAt(day + 1, r).id == moving.id;
    }
    if (clash) {
        ASSERT_TRUE(command::removePlanExercise(context(), *draft, day + 1, [&] {
            for (int r = 0; r < draft->exerciseCount(day + 1); ++r) {
                if (draft->exerciseAt(day + 1, r).id == moving.id) {
                    return r;
                }
            }
            return -1;
        }()));
    }
    const std::vector<core::PlanDay> before = draft->plan().days;
    ui::SessionCard* card = week->card(day, 0);
    ASSERT_NE(card, nullptr);
    QTest::mouseClick(card, Qt::LeftButton);
    card->setFocus();
    QTest::keyClick(card, Qt::Key_Right, Qt::AltModifier);

    const int count = draft->exerciseCount(day + 1);
    ASSERT_GT(count, 0);
    EXPECT_EQ(draft->exerciseAt(day + 1, count - 1), moving) << "moved to the end of the next day";
    EXPECT_EQ(draft->exerciseCount(day),
              static_cast<int>(before[std::size_t(day)].exercises.size()) - 1);
    EXPECT_EQ(week->selection(), std::make_pair(day + 1, count - 1)) << "the selection followed";
    EXPECT_EQ(draft->plan().overrides.back().kind, "move");
    EXPECT_EQ(draft->plan().overrides.back().dayIndex, day + 1);

    undo();
    EXPECT_EQ(draft->plan().days, before);
    redo();
    EXPECT_EQ(draft->exerciseAt(day + 1, count - 1), moving);
}

} // namespace glidepath::test
