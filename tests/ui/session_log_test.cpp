// Logging sessions: the weekly paper-log grid (model and keyboard), the "Log a session" dialog
// with its status/sets coupling and inline errors, and the PSFS form with its baseline.

#include "models/plan_model.h"
#include "models/session_log_grid_model.h"
#include "tracking_fixture.h"
#include "widgets/plan/decision_banner.h"
#include "widgets/plan/plan_page.h"
#include "widgets/tracking/psfs_dialog.h"
#include "widgets/tracking/session_log_dialog.h"
#include "widgets/tracking/week_log_dialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

namespace glidepath::test {
namespace {

const core::Date kMonday = day(2025, 3, 3); // the fixed clock says Wednesday 5 March 2025

class SessionLogTest : public TrackingTest
{};

// --- the grid model ------------------------------------------------------------------------------

TEST_F(SessionLogTest, GridHasOneRowPerExerciseAndAPainRow)
{
    ui::SessionLogGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWeek(weekPlan(kMonday));
    // clamshell, bridge, step-down, calf-stretch, split-squat + pain + worse next morning
    ASSERT_EQ(model.rowCount(), 7);
    EXPECT_EQ(model.columnCount(), 7);
    EXPECT_EQ(model.painRow(), 5);
    EXPECT_EQ(model.morningRow(), 6);
    EXPECT_EQ(model.headerData(6, Qt::Vertical).toString(), QStringLiteral("Worse next morning"));
    EXPECT_EQ(model.exerciseIdAt(3), QStringLiteral("calf-stretch"));
    EXPECT_EQ(model.headerData(4, Qt::Vertical).toString(), QStringLiteral("Split squat"));
    EXPECT_EQ(model.headerData(5, Qt::Vertical).toString(), QStringLiteral("Pain during (0-10)"));

    // Only planned cells can be ticked, and the day after a planned day (a session done late).
    EXPECT_TRUE(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.flags(model.index(0, 6)) & Qt::ItemIsUserCheckable); // Sunday: after rest
    EXPECT_FALSE(model.flags(model.index(0, 6)) & Qt::ItemIsEnabled);
    EXPECT_FALSE(model.setData(model.index(0, 6), Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.index(0, 0).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_FALSE(model.index(0, 6).data(Qt::CheckStateRole).isValid());
    EXPECT_TRUE(model.index(0, 1).data(ui::SessionLogGridModel::LateRole).toBool()); // Tuesday
    EXPECT_FALSE(model.index(0, 1).data(ui::SessionLogGridModel::PlannedRole).toBool());

    // Pain takes 0-10 or nothing.
    EXPECT_TRUE(model.setData(model.index(5, 0), QStringLiteral("4")));
    EXPECT_EQ(model.pain(0), 4);
    EXPECT_FALSE(model.setData(model.index(5, 0), QStringLiteral("11")));
    EXPECT_FALSE(model.setData(model.index(5, 0), QStringLiteral("x")));
    EXPECT_EQ(model.pain(0), 4);
    EXPECT_TRUE(model.setData(model.index(5, 0), QString()));
    EXPECT_FALSE(model.pain(0));
}

TEST_F(SessionLogTest, ASessionDoneADayLateIsTickedInTheNextDaysColumn)
{
    ui::SessionLogGridModel model;
    model.setWeek(weekPlan(kMonday));
    // Monday's clamshell and bridge done on Tuesday, beside Tuesday's own calf stretch.
    model.setTicked(0, 1, true);
    model.setTicked(1, 1, true);
    model.setTicked(3, 1, true);
    model.setPain(1, 2);
    EXPECT_EQ(model.index(0, 1).data(Qt::DisplayRole).toString(), QStringLiteral("a day late"));
    const std::vector<core::SessionLog> logs = model.toLogs();
    ASSERT_EQ(logs.size(), 2U);
    EXPECT_EQ(logs[0].date, kMonday + std::chrono::days(1));
    EXPECT_EQ(logs[0].plannedDate, kMonday) << "Monday's session, done on Tuesday";
    ASSERT_EQ(logs[0].entries.size(), 3U); // clamshell, bridge, step-down
    EXPECT_EQ(logs[0].entries[0].status, core::LogStatus::Done);
    EXPECT_EQ(logs[0].entries[2].status, core::LogStatus::Skipped);
    EXPECT_EQ(logs[1].plannedDate, kMonday + std::chrono::days(1));
    EXPECT_EQ(logs[1].sessionPain, 2) << "the day's pain goes with the day's own session";

    // Read back, the late session fills the same cells and is not "more detail".
    EXPECT_FALSE(ui::SessionLogGridModel::holdsDetail(logs, model.plan()));
    ui::SessionLogGridModel again;
    again.setWeek(weekPlan(kMonday), logs);
    EXPECT_TRUE(again.isTicked(0, 1));
    EXPECT_TRUE(again.isTicked(1, 1));
    EXPECT_FALSE(again.isTicked(0, 0));
    EXPECT_EQ(again.toLogs(), logs);
}

TEST_F(SessionLogTest, GridBecomesOneLogPerTickedDay)
{
    ui::SessionLogGridModel model;
    model.setWeek(weekPlan(kMonday));
    model.setTicked(0, 0, true); // Monday: clamshell and bridge, not the step-down
    model.setTicked(1, 0, true);
    model.setPain(0, 3);
    model.setTicked(3, 1, true); // Tuesday: calf stretch, no pain noted
    model.setPain(2, 6);         // Wednesday: pain but nothing ticked

    EXPECT_EQ(model.painWithoutSession(), std::vector<int>{2});
    model.setPain(2, std::nullopt);
    EXPECT_TRUE(model.painWithoutSession().empty());

    const auto logs = model.toLogs();
    ASSERT_EQ(logs.size(), 2u);
    EXPECT_EQ(logs[0].date, kMonday);
    EXPECT_EQ(logs[0].plannedDate, kMonday);
    EXPECT_EQ(logs[0].sessionPain, 3);
    ASSERT_EQ(logs[0].entries.size(), 3u);
    EXPECT_EQ(logs[0].entries[0].status, core::LogStatus::Done);
    EXPECT_EQ(logs[0].entries[0].setsDone, 3);
    EXPECT_EQ(logs[0].entries[2].exerciseId, "step-down");
    EXPECT_EQ(logs[0].entries[2].status, core::LogStatus::Skipped);
    EXPECT_EQ(logs[0].entries[2].setsPlanned, 2);
    EXPECT_EQ(logs[1].date, day(2025, 3, 4));
    EXPECT_FALSE(logs[1].sessionPain);
    for (const auto& log : logs) {
        EXPECT_TRUE(core::validateSessionLog(log).empty());
    }
}

TEST_F(SessionLogTest, GridRecordsAWorseNextMorningPerSession)
{
    ui::SessionLogGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWeek(weekPlan(kMonday));
    const int morning = model.morningRow();
    // A tick box on days a session can be logged (Sunday follows a rest day).
    EXPECT_TRUE(model.flags(model.index(morning, 0)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.flags(model.index(morning, 6)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.setData(model.index(morning, 6), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.index(morning, 0).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);

    model.setTicked(0, 0, true); // Monday's session, worse the next morning
    model.setWorseNextMorning(0, true);
    model.setTicked(3, 1, true);        // Tuesday's, not recorded
    model.setWorseNextMorning(2, true); // Wednesday: no session
    EXPECT_EQ(model.morningWithoutSession(), std::vector<int>{2});
    model.setWorseNextMorning(2, false);
    EXPECT_TRUE(model.morningWithoutSession().empty());
    EXPECT_EQ(model.worseNextMorning(2), false) << "a tick taken back is a settled morning";
    EXPECT_FALSE(model.worseNextMorning(3)) << "a box never ticked stays not recorded";

    const auto logs = model.toLogs();
    ASSERT_EQ(logs.size(), 2u);
    EXPECT_EQ(logs[0].worseNextMorning, true);
    EXPECT_FALSE(logs[1].worseNextMorning);

    // Unticking a stored "worse" records a settled morning; a stored "settled" is kept.
    model.setWorseNextMorning(0, false);
    EXPECT_EQ(model.toLogs()[0].worseNextMorning, false);
    ui::SessionLogGridModel reread;
    reread.setWeek(weekPlan(kMonday), logs);
    EXPECT_EQ(reread.worseNextMorning(0), true);
    EXPECT_EQ(reread.index(morning, 0).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(reread.toLogs(), logs);
}

TEST_F(SessionLogTest, GridStartsFromStoredLogs)
{
    core::SessionLog stored;
    stored.date = day(2025, 3, 5);
    stored.plannedDate = day(2025, 3, 5);
    core::LoggedExercise clam;
    clam.exerciseId = "clamshell";
    clam.setsDone = 3;
    clam.setsPlanned = 3;
    clam.painDuring = 5;
    core::LoggedExercise bridge;
    bridge.exerciseId = "bridge";
    bridge.status = core::LogStatus::Skipped;
    stored.entries = {clam, bridge};

    ui::SessionLogGridModel model;
    model.setWeek(weekPlan(kMonday), {stored});
    EXPECT_TRUE(model.isTicked(0, 2));
    EXPECT_FALSE(model.isTicked(1, 2));
    EXPECT_EQ(model.pain(2), 5); // the worst exercise pain when no session pain was given
    EXPECT_TRUE(ui::SessionLogGridModel::holdsDetail({stored}, weekPlan(kMonday)));
    stored.entries[0].painDuring.reset();
    EXPECT_FALSE(ui::SessionLogGridModel::holdsDetail({stored}, weekPlan(kMonday)));
    stored.note = "felt fine";
    EXPECT_TRUE(ui::SessionLogGridModel::holdsDetail({stored}, weekPlan(kMonday)));
}

// --- the grid dialog, by keyboard ---------------------------------------------------------------

TEST_F(SessionLogTest, AWeekIsTypedInWithTheKeyboardAndSaved)
{
    const auto plan = savePlan(kMonday);
    ui::WeekLogDialog dialog(context(), clientId(), plan);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTableView* grid = dialog.grid();
    ui::SessionLogGridModel* model = dialog.model();
    grid->setFocus();
    // The cursor starts on the first box to tick: Monday's clamshell.
    EXPECT_EQ(grid->currentIndex(), model->index(0, 0));
    QTest::keyClick(grid, Qt::Key_Space); // clamshell, Monday
    QTest::keyClick(grid, Qt::Key_Down);
    QTest::keyClick(grid, Qt::Key_Space); // bridge, Monday
    // Right stops on Tuesday too (Monday's bridge may be ticked there, done a day late), then
    // Wednesday.
    QTest::keyClick(grid, Qt::Key_Right);
    EXPECT_EQ(grid->currentIndex(), model->index(1, 1));
    QTest::keyClick(grid, Qt::Key_Right);
    EXPECT_EQ(grid->currentIndex(), model->index(1, 2));
    QTest::keyClick(grid, Qt::Key_Space); // bridge, Wednesday
    // Pain row: type the digits straight in.
    grid->setCurrentIndex(model->index(model->painRow(), 0));
    QTest::keyClicks(grid, QStringLiteral("3"));
    QTest::keyClick(grid->focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on the next turn of the loop
    EXPECT_EQ(model->pain(0), 3);
    grid->setCurrentIndex(model->index(model->painRow(), 2));
    QTest::keyClicks(grid, QStringLiteral("7"));
    QTest::keyClick(grid->focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog.isVisible()); // Return finished the cell, not the dialog
    // Down from Monday's pain to its "worse next morning" box; Space ticks it.
    grid->setCurrentIndex(model->index(model->painRow(), 0));
    QTest::keyClick(grid, Qt::Key_Down);
    EXPECT_EQ(grid->currentIndex(), model->index(model->morningRow(), 0));
    QTest::keyClick(grid, Qt::Key_Space);
    EXPECT_EQ(model->worseNextMorning(0), true);

    EXPECT_TRUE(model->isTicked(0, 0));
    EXPECT_TRUE(model->isTicked(1, 0));
    EXPECT_TRUE(model->isTicked(1, 2));
    EXPECT_EQ(model->pain(0), 3);
    EXPECT_EQ(model->pain(2), 7);

    QSignalSpy changed(&context().changes(), &ui::ChangeNotifier::trackingChanged);
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    EXPECT_EQ(changed.count(), 1);
    const auto logs = tracking().sessionLogs(clientId());
    ASSERT_EQ(logs.size(), 2u);
    EXPECT_EQ(logs[0].log.date, kMonday);
    EXPECT_EQ(logs[0].log.sessionPain, 3);
    EXPECT_EQ(logs[0].log.worseNextMorning, true);
    EXPECT_FALSE(logs[1].log.worseNextMorning);
    EXPECT_EQ(logs[0].log.entries.size(), 3u);
    EXPECT_EQ(logs[1].log.date, day(2025, 3, 5));
    EXPECT_EQ(logs[1].log.sessionPain, 7);
    EXPECT_EQ(logs[1].log.entries[0].status, core::LogStatus::Skipped); // the clamshell
    EXPECT_EQ(logs[1].log.entries[1].status, core::LogStatus::Done);    // the bridge
}

TEST_F(SessionLogTest, PainWithoutATickIsShownAndNothingIsSaved)
{
    const auto plan = savePlan(kMonday);
    ui::WeekLogDialog dialog(context(), clientId(), plan);
    dialog.model()->setPain(1, 4);
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("nothing is ticked")))
        << dialog.errorText().toStdString();
    EXPECT_TRUE(tracking().sessionLogs(clientId()).empty());
}

TEST_F(SessionLogTest, GridAsksBeforeReplacingDetailedLogs)
{
    const auto plan = savePlan(kMonday);
    core::SessionLog detailed;
    detailed.date = kMonday;
    detailed.plannedDate = kMonday;
    detailed.note = "Step-downs felt wobbly.";
    core::LoggedExercise clam;
    clam.exerciseId = "clamshell";
    clam.setsDone = 3;
    clam.setsPlanned = 3;
    clam.difficulty = core::Difficulty::TooEasy;
    detailed.entries = {clam};
    tracking().addSessionLog(clientId(), detailed);

    ui::WeekLogDialog dialog(context(), clientId(), plan);
    EXPECT_TRUE(dialog.model()->isTicked(0, 0));
    dialog.model()->setTicked(1, 0, true);
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(tracking().sessionLogs(clientId()).front().log, detailed);

    ui::MessageBox::setNextAnswer(QMessageBox::Save);
    EXPECT_TRUE(dialog.save());
    const auto logs = tracking().sessionLogs(clientId());
    ASSERT_EQ(logs.size(), 1u);
    EXPECT_TRUE(logs[0].log.note.empty());
    EXPECT_EQ(logs[0].log.entries[1].status, core::LogStatus::Done);
}

// --- "Log a session" ---------------------------------------------------------------------------

TEST_F(SessionLogTest, LogDialogOffersTheDaysOfThePlanAndStartsOnToday)
{
    savePlan(kMonday);
    ui::SessionLogDialog dialog(context(), clientId(), day(2025, 3, 5));
    EXPECT_EQ(dialog.plannedSessions(),
              (std::vector<core::Date>{day(2025, 3, 3), day(2025, 3, 4), day(2025, 3, 5),
                                       day(2025, 3, 6), day(2025, 3, 7)}));
    EXPECT_EQ(dialog.plannedSession(), day(2025, 3, 5));
    ASSERT_EQ(dialog.exerciseRows(), 3);
    EXPECT_EQ(dialog.exerciseIdAt(2), QStringLiteral("step-down"));
    // New logs start as done in full.
    EXPECT_EQ(dialog.status(0), core::LogStatus::Done);
    EXPECT_EQ(dialog.setsDone(0), 3);

    // A Saturday (rest) offers the Friday session done a day late.
    dialog.setDate(day(2025, 3, 8));
    EXPECT_EQ(dialog.plannedSession(), day(2025, 3, 7));
    EXPECT_EQ(dialog.exerciseIdAt(2), QStringLiteral("split-squat"));

    // A date without a plan has nothing to log.
    dialog.setDate(day(2025, 3, 12));
    EXPECT_EQ(dialog.exerciseRows(), 0);
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("No saved plan")));
}

TEST_F(SessionLogTest, StatusAndSetsFollowEachOther)
{
    savePlan(kMonday);
    ui::SessionLogDialog dialog(context(), clientId(), day(2025, 3, 5));
    dialog.setSetsDone(0, 1);
    EXPECT_EQ(dialog.status(0), core::LogStatus::Partly);
    dialog.setSetsDone(0, 0);
    EXPECT_EQ(dialog.status(0), core::LogStatus::Skipped);
    dialog.setSetsDone(0, 3);
    EXPECT_EQ(dialog.status(0), core::LogStatus::Done);
    dialog.setStatus(1, core::LogStatus::Skipped);
    EXPECT_EQ(dialog.setsDone(1), 0);
    dialog.setStatus(1, core::LogStatus::Partly);
    EXPECT_EQ(dialog.setsDone(1), 2); // one short of the three planned
    dialog.setStatus(1, core::LogStatus::Done);
    EXPECT_EQ(dialog.setsDone(1), 3);
    // A skipped exercise has no pain.
    dialog.setPain(2, 4);
    dialog.setStatus(2, core::LogStatus::Skipped);
    const auto log = dialog.sessionLog();
    EXPECT_FALSE(log.entries[2].painDuring);
    EXPECT_EQ(log.entries[2].setsDone, 0);
}

TEST_F(SessionLogTest, ALoggedSessionIsStoredWithEveryField)
{
    savePlan(kMonday);
    ui::SessionLogDialog dialog(context(), clientId(), day(2025, 3, 5));
    dialog.setStatus(0, core::LogStatus::Done);
    dialog.setPain(0, 1);
    dialog.setDifficulty(0, core::Difficulty::TooEasy);
    dialog.setSetsDone(1, 2);
    dialog.setPain(1, 3);
    dialog.setStatus(2, core::LogStatus::Skipped);
    dialog.setSessionPain(3);
    // The next morning is reached from the session pain by Tab and chosen by the keyboard.
    auto* pain = dialog.findChild<QSpinBox*>(QStringLiteral("sessionLogSessionPain"));
    auto* morning = dialog.findChild<QComboBox*>(QStringLiteral("sessionLogNextMorning"));
    ASSERT_TRUE(pain && morning);
    EXPECT_EQ(morning->currentText(), QStringLiteral("Not recorded"));
    EXPECT_NE(morning->focusPolicy() & Qt::TabFocus, 0);
    morning->setCurrentIndex(morning->findText(QStringLiteral("Worse next morning")));
    dialog.setNote(QStringLiteral("Bridge cramped on the last set."));
    QSignalSpy changed(&context().changes(), &ui::ChangeNotifier::trackingChanged);
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    EXPECT_EQ(changed.count(), 1);

    const auto logs = tracking().sessionLogs(clientId());
    ASSERT_EQ(logs.size(), 1u);
    const core::SessionLog& log = logs[0].log;
    EXPECT_EQ(log.date, day(2025, 3, 5));
    EXPECT_EQ(log.plannedDate, day(2025, 3, 5));
    EXPECT_EQ(log.sessionPain, 3);
    EXPECT_EQ(log.worseNextMorning, true);
    EXPECT_EQ(log.note, "Bridge cramped on the last set.");
    ASSERT_EQ(log.entries.size(), 3u);
    EXPECT_EQ(log.entries[0].difficulty, core::Difficulty::TooEasy);
    EXPECT_EQ(log.entries[0].painDuring, 1);
    EXPECT_EQ(log.entries[1].status, core::LogStatus::Partly);
    EXPECT_EQ(log.entries[1].setsDone, 2);
    EXPECT_EQ(log.entries[1].setsPlanned, 3);
    EXPECT_EQ(log.entries[2].status, core::LogStatus::Skipped);

    // Editing it again shows what was stored and saves over it.
    ui::SessionLogDialog edit(context(), logs[0]);
    EXPECT_EQ(edit.status(1), core::LogStatus::Partly);
    EXPECT_EQ(edit.setsDone(1), 2);
    EXPECT_EQ(edit.sessionLog(), log);
    edit.setStatus(2, core::LogStatus::Done);
    ASSERT_TRUE(edit.save());
    EXPECT_EQ(edit.savedId(), logs[0].id);
    const auto again = tracking().sessionLogs(clientId());
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].log.entries[2].status, core::LogStatus::Done);
}

TEST_F(SessionLogTest, AnExtraSessionKeepsOnlyWhatWasDone)
{
    savePlan(kMonday);
    ui::SessionLogDialog dialog(context(), clientId(), day(2025, 3, 8));
    dialog.setPlannedSession(std::nullopt);
    EXPECT_FALSE(dialog.plannedSession());
    // Every exercise of the week is offered, starting as skipped.
    ASSERT_EQ(dialog.exerciseRows(), 5);
    EXPECT_EQ(dialog.status(0), core::LogStatus::Skipped);
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("extra session")));
    dialog.setStatus(3, core::LogStatus::Done); // calf stretch
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    const auto logs = tracking().sessionLogs(clientId());
    ASSERT_EQ(logs.size(), 1u);
    EXPECT_FALSE(logs[0].log.plannedDate);
    ASSERT_EQ(logs[0].log.entries.size(), 1u);
    EXPECT_EQ(logs[0].log.entries[0].exerciseId, "calf-stretch");
}

TEST_F(SessionLogTest, InvalidValuesAreShownInlineAndNotSaved)
{
    savePlan(kMonday);
    ui::SessionLogDialog dialog(context(), clientId(), day(2025, 3, 5));
    dialog.setNote(QString(static_cast<int>(core::kMaxLogNoteBytes) + 5, QLatin1Char('a')));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("note")))
        << dialog.errorText().toStdString();
    auto* note = dialog.findChild<QWidget*>(QStringLiteral("sessionLogNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->property("invalid").toBool());
    EXPECT_TRUE(tracking().sessionLogs(clientId()).empty());
}

// --- PSFS --------------------------------------------------------------------------------------

TEST_F(SessionLogTest, PsfsNeedsThreeNamedActivities)
{
    ui::PsfsDialog dialog(context(), clientId(), day(2025, 3, 5));
    EXPECT_EQ(dialog.itemCount(), 3);
    dialog.setItem(0, QStringLiteral("Walking down stairs"), 3);
    dialog.setItem(1, QStringLiteral("Squatting to pick things up"), 4);
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Activity 3")))
        << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.comparisonText().contains(QStringLiteral("baseline")));
    // Two at most can go: three is the least.
    dialog.removeItem(2);
    EXPECT_EQ(dialog.itemCount(), 3);
    dialog.setItem(2, QStringLiteral("walking down stairs "), 5);
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("twice")));
    dialog.setItem(2, QStringLiteral("Running for a bus"), 2);
    EXPECT_EQ(dialog.averageText(), QStringLiteral("Average score: 3.0/10"));
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    EXPECT_EQ(tracking().psfsAssessments(clientId()).size(), 1u);
}

TEST_F(SessionLogTest, ALaterPsfsRatesTheSameActivitiesAgainAgainstTheBaseline)
{
    core::PsfsAssessment baseline;
    baseline.date = day(2025, 2, 19);
    baseline.items = {{"Walking down stairs", 3}, {"Squatting", 4}, {"Running for a bus", 2}};
    tracking().addPsfs(clientId(), baseline);

    ui::PsfsDialog dialog(context(), clientId(), day(2025, 3, 5));
    ASSERT_EQ(dialog.itemCount(), 3);
    EXPECT_EQ(dialog.assessment().items, baseline.items);
    dialog.setItem(0, QStringLiteral("Walking down stairs"), 6);
    dialog.setItem(1, QStringLiteral("Squatting"), 6);
    dialog.setItem(2, QStringLiteral("Running for a bus"), 3); // average 5.0, baseline 3.0
    EXPECT_TRUE(dialog.comparisonText().contains(QStringLiteral("+2.0 (meaningful improvement)")))
        << dialog.comparisonText().toStdString();
    EXPECT_TRUE(dialog.comparisonText().contains(QStringLiteral("2 points")));
    dialog.setItem(2, QStringLiteral("Running for a bus"), 0); // average 4.0
    EXPECT_TRUE(dialog.comparisonText().contains(QStringLiteral("not a meaningful change")));
    dialog.addItem();
    dialog.addItem();
    dialog.addItem(); // a sixth is not offered
    EXPECT_EQ(dialog.itemCount(), 5);
}

// --- the Plan page's hooks ---------------------------------------------------------------------

class PlanPageLogTest : public TrackingTest
{
protected:
    ui::PlanPage* planPage()
    {
        window().showPage(ui::MainWindow::Page::Plan);
        return window().planPage();
    }
};

TEST_F(PlanPageLogTest, LogASessionFromThePlanPage)
{
    savePlan(kMonday);
    context().setCurrentClientId(clientId());
    ui::PlanPage* page = planPage();
    auto* button = page->findChild<QPushButton*>(QStringLiteral("planLogSessionButton"));
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled());
    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto* dialog = qobject_cast<ui::SessionLogDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        seen = true;
        EXPECT_EQ(dialog->plannedSession(), day(2025, 3, 5)); // today's planned session
        EXPECT_EQ(dialog->exerciseRows(), 3);
        dialog->setStatus(2, core::LogStatus::Skipped);
        ASSERT_TRUE(dialog->save());
        dialog->accept();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(seen);
    const auto logs = tracking().sessionLogs(clientId());
    ASSERT_EQ(logs.size(), 1u);
    EXPECT_EQ(logs[0].log.entries[2].status, core::LogStatus::Skipped);
}

TEST_F(PlanPageLogTest, PlanNextWeekUsesTheLoggedSessions)
{
    savePlan(kMonday);
    core::CheckIn green;
    green.date = day(2025, 3, 5);
    green.painRest = 1;
    green.painActivity = 1;
    green.painExercise = 1;
    green.adherence = 1.0; // the client says every session was done...
    context().clients().addCheckIn(clientId(), green);
    // ...but only Monday's session was logged: 1 of 5.
    core::SessionLog monday;
    monday.date = kMonday;
    monday.plannedDate = kMonday;
    core::LoggedExercise clam;
    clam.exerciseId = "clamshell";
    clam.setsDone = 3;
    clam.setsPlanned = 3;
    monday.entries = {clam};
    tracking().addSessionLog(clientId(), monday);
    context().setCurrentClientId(clientId());
    ui::PlanPage* page = planPage();
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("planNextWeekButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(page->hasDraft());
    const core::Decision& decision = page->draftModel()->plan().decision;
    EXPECT_EQ(decision.light, core::Light::Green);
    EXPECT_EQ(decision.action, core::Action::Hold);
    const bool logged =
        std::any_of(decision.reasons.begin(), decision.reasons.end(),
                    [](const core::Reason& r) { return r.rule == "log.adherence"; });
    EXPECT_TRUE(logged);
    EXPECT_TRUE(page->banner()->reasonsText().contains(QStringLiteral("1 session logged")))
        << page->banner()->reasonsText().toStdString();
}

TEST_F(PlanPageLogTest, TheClinicianSummaryCarriesTheProgressCharts)
{
    savePlan(kMonday);
    core::CheckIn checkIn;
    checkIn.date = day(2025, 3, 5);
    checkIn.painExercise = 3;
    context().clients().addCheckIn(clientId(), checkIn);
    context().setCurrentClientId(clientId());
    ui::PlanPage* page = planPage();
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("planNextWeekButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(page->hasPlan());
    // The charts are drawn by the report (vector, as from the CLI): their captions are text.
    const auto textOf = [&](ui::PlanPage::PdfVariant variant) {
        const QString path = tempPath(QStringLiteral("out.pdf"));
        EXPECT_TRUE(page->writePdf(path, variant, {}).isEmpty());
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        EXPECT_TRUE(pdftotext.waitForFinished(60000));
        return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    };
    const QString summary = textOf(ui::PlanPage::PdfVariant::ClinicianSummary);
    EXPECT_TRUE(summary.contains(QStringLiteral("Pain (0 to 10) at each check-in")));
    EXPECT_TRUE(summary.contains(QStringLiteral("Share of planned sessions done")));
    EXPECT_FALSE(textOf(ui::PlanPage::PdfVariant::HomeRoutine)
                     .contains(QStringLiteral("Share of planned sessions done")));
}

} // namespace
} // namespace glidepath::test
