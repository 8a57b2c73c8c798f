// The Progress page and what feeds it: weeks gathered from check-ins, plans, logs and PSFS; the
// charts' series and hover texts; CSV export with proper quoting; the chart images for the
// clinician summary; and the real page updating as a week is logged.

#include "models/check_in_table_model.h"
#include "models/progress_csv.h"
#include "models/progress_data.h"
#include "models/progress_week_model.h"
#include "models/session_log_grid_model.h"
#include "models/session_log_table_model.h"
#include "tracking_fixture.h"
#include "widgets/progress/outcome_summary.h"
#include "widgets/progress/progress_charts.h"
#include "widgets/progress/progress_page.h"
#include "widgets/progress/progress_report.h"
#include "widgets/tracking/psfs_dialog.h"
#include "widgets/tracking/session_log_dialog.h"
#include "widgets/tracking/week_log_dialog.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarSet>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>

namespace glidepath::test {
namespace {

const core::Date kWeek1 = day(2025, 2, 17);
const core::Date kWeek2 = day(2025, 2, 24);
const core::Date kWeek3 = day(2025, 3, 3); // the fixed clock's week

// The charts come from the charts module (loaded from the build tree), as in the app.
std::unique_ptr<ui::ProgressCharts> makeCharts()
{
    QString error;
    ui::ChartsModule* module = ui::chartsModule(&error);
    EXPECT_NE(module, nullptr) << error.toStdString();
    return module ? module->createProgressCharts() : nullptr;
}

template <typename T> T* series(QChart* chart, const char* name)
{
    for (QAbstractSeries* s : chart->series()) {
        if (s->objectName() == QLatin1String(name)) {
            return qobject_cast<T*>(s);
        }
    }
    ADD_FAILURE() << "no series " << name;
    return nullptr;
}

core::CheckIn checkIn(core::Date date, int rest, int activity, int exercise, double adherence)
{
    core::CheckIn c;
    c.date = date;
    c.painRest = rest;
    c.painActivity = activity;
    c.painExercise = exercise;
    c.adherence = adherence;
    return c;
}

storage::StoredSessionLog storedLog(core::Date date, std::vector<core::LogStatus> statuses,
                                    std::optional<int> pain = std::nullopt)
{
    storage::StoredSessionLog stored;
    stored.log.date = date;
    stored.log.plannedDate = date;
    stored.log.sessionPain = pain;
    int i = 0;
    for (const auto status : statuses) {
        core::LoggedExercise e;
        e.exerciseId = "ex-" + std::to_string(i++);
        e.status = status;
        e.setsPlanned = 3;
        e.setsDone = status == core::LogStatus::Done     ? 3
                     : status == core::LogStatus::Partly ? 1
                                                         : 0;
        stored.log.entries.push_back(e);
    }
    return stored;
}

storage::StoredPlan storedPlan(core::Date monday, core::Action action)
{
    storage::StoredPlan stored;
    stored.plan = weekPlan(monday, action);
    return stored;
}

storage::StoredPsfs storedPsfs(core::Date date, std::vector<int> scores)
{
    storage::StoredPsfs stored;
    stored.assessment.date = date;
    const char* names[] = {"Stairs down", "Squatting", "Running", "Kneeling", "Cycling"};
    for (std::size_t i = 0; i < scores.size(); ++i) {
        stored.assessment.items.push_back({names[i], scores[i]});
    }
    return stored;
}

// Three weeks: a check-in each week (Sunday), plans for weeks 2 and 3, logs in week 3, PSFS in
// weeks 1 and 3.
ui::ProgressData sampleData()
{
    std::vector<storage::StoredCheckIn> checkIns;
    checkIns.push_back({1, 1, checkIn(day(2025, 2, 23), 4, 6, 5, 0.5)});
    checkIns.push_back({2, 1, checkIn(day(2025, 3, 2), 3, 4, 3, 1.0)});
    checkIns.push_back({3, 1, checkIn(day(2025, 3, 9), 2, 3, 2, 0.67)});
    // newest first, as ClientRepository::plans gives them; week 3 has two versions
    std::vector<storage::StoredPlan> plans{storedPlan(kWeek3, core::Action::Progress),
                                           storedPlan(kWeek3, core::Action::Regress),
                                           storedPlan(kWeek2, core::Action::Hold)};
    std::vector<storage::StoredSessionLog> logs{
        storedLog(day(2025, 3, 3), {core::LogStatus::Done, core::LogStatus::Done}, 2),
        storedLog(day(2025, 3, 5), {core::LogStatus::Done, core::LogStatus::Skipped}, 4),
    };
    std::vector<storage::StoredPsfs> psfs{storedPsfs(day(2025, 2, 19), {2, 3, 4}),
                                          storedPsfs(day(2025, 3, 5), {5, 5, 5})};
    return ui::buildProgress(checkIns, plans, logs, psfs);
}

// --- data --------------------------------------------------------------------------------------

TEST(ProgressData, AFirstVisitCheckInShowsNoAdherenceUntilAPlanCameBeforeIt)
{
    // The form's default of every session done, at a first visit with no plan yet.
    std::vector<storage::StoredCheckIn> checkIns{{1, 1, checkIn(day(2025, 2, 19), 2, 3, 2, 1.0)}};
    auto data = ui::buildProgress(checkIns, {}, {}, {});
    ASSERT_EQ(data.weeks.size(), 1u);
    EXPECT_FALSE(data.weeks[0].adherence().has_value());
    // The plan saved for the next week does not change that week's check-in.
    data = ui::buildProgress(checkIns, {storedPlan(kWeek2, core::Action::Hold)}, {}, {});
    EXPECT_FALSE(data.weeks[0].adherence().has_value());
    // A plan for the week the check-in reports on makes its figure data.
    data = ui::buildProgress(checkIns, {storedPlan(kWeek1, core::Action::Hold)}, {}, {});
    EXPECT_DOUBLE_EQ(*data.weeks[0].adherence(), 1.0);
}

TEST(ProgressData, GathersEachSourceIntoItsCalendarWeek)
{
    const auto data = sampleData();
    ASSERT_EQ(data.weeks.size(), 3u);
    EXPECT_EQ(data.weeks[0].start, kWeek1);
    EXPECT_EQ(data.weeks[2].start, kWeek3);

    const ui::ProgressWeek& first = data.weeks[0];
    ASSERT_TRUE(first.checkIn);
    EXPECT_EQ(first.checkIn->painExercise, 5);
    EXPECT_FALSE(first.plan);
    // The first check-in came before any plan: its 50 % counts no planned sessions.
    EXPECT_FALSE(first.checkInHasAdherence);
    EXPECT_FALSE(first.adherence().has_value());
    EXPECT_FALSE(first.adherenceFromLogs());
    EXPECT_TRUE(data.weeks[1].checkInHasAdherence);
    EXPECT_DOUBLE_EQ(*data.weeks[1].adherence(), 1.0); // from the check-in after week 2's plan
    EXPECT_DOUBLE_EQ(*first.psfsAverage, 3.0);

    const ui::ProgressWeek& third = data.weeks[2];
    ASSERT_TRUE(third.plan);
    EXPECT_EQ(third.plan->decision.action, core::Action::Progress); // the newest version
    EXPECT_EQ(third.sessionsPlanned, 5);
    EXPECT_EQ(third.sessionsLogged, 2);
    // Logs win over the check-in: (1 + 0.5) / 5 planned.
    ASSERT_TRUE(third.adherenceFromLogs());
    EXPECT_DOUBLE_EQ(*third.adherence(), 0.3);
    EXPECT_EQ(third.worstLoggedPain, 4);
    EXPECT_EQ(third.exercisePain(), 2); // the check-in's answer comes first
    EXPECT_EQ(data.week(kWeek2)->plan->decision.action, core::Action::Hold);
    EXPECT_EQ(data.week(day(2025, 3, 10)), nullptr);
}

TEST(ProgressData, MondayOfAndPlanCovering)
{
    EXPECT_EQ(ui::mondayOf(day(2025, 3, 9)), kWeek3); // Sunday
    EXPECT_EQ(ui::mondayOf(day(2025, 3, 3)), kWeek3); // Monday itself
    EXPECT_EQ(ui::mondayOf(day(2025, 3, 10)), day(2025, 3, 10));
    std::vector<storage::StoredPlan> plans{storedPlan(kWeek3, core::Action::Progress),
                                           storedPlan(kWeek2, core::Action::Hold)};
    EXPECT_EQ(ui::planCovering(plans, day(2025, 3, 9))->plan.weekStart, kWeek3);
    EXPECT_EQ(ui::planCovering(plans, day(2025, 2, 25))->plan.weekStart, kWeek2);
    EXPECT_FALSE(ui::planCovering(plans, day(2025, 3, 10)));
}

TEST(ProgressWeekModel, NewestWeekFirstWithRawValues)
{
    ui::ProgressWeekModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWeeks(sampleData().weeks);
    ASSERT_EQ(model.rowCount(), 3);
    using M = ui::ProgressWeekModel;
    EXPECT_EQ(model.index(0, M::WeekColumn).data(M::RawValueRole).toString(),
              QStringLiteral("2025-03-03"));
    EXPECT_EQ(model.index(0, M::DecisionColumn).data(M::RawValueRole).toString(),
              QStringLiteral("progress"));
    EXPECT_DOUBLE_EQ(model.index(0, M::AdherenceColumn).data(M::RawValueRole).toDouble(), 0.3);
    EXPECT_TRUE(
        model.index(0, M::AdherenceColumn).data().toString().contains(QStringLiteral("logs")));
    EXPECT_EQ(model.index(0, M::SessionsColumn).data().toString(), QStringLiteral("2 of 5"));
    EXPECT_EQ(model.index(2, M::PainExerciseColumn).data().toString(), QStringLiteral("5/10"));
    EXPECT_FALSE(model.index(2, M::DecisionColumn).data(M::RawValueRole).isValid());
    EXPECT_TRUE(model.index(1, M::DecisionColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Exercise pain was 3/10")));
}

// --- CSV ---------------------------------------------------------------------------------------

TEST(ProgressCsv, QuotesOnlyWhatNeedsQuoting)
{
    EXPECT_EQ(ui::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(ui::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(ui::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(ui::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(ui::csvField(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
    EXPECT_EQ(ui::csvField(QString()), QString());
    EXPECT_EQ(ui::csvLine({QStringLiteral("a"), QString(), QStringLiteral("c,d")}),
              QStringLiteral("a,,\"c,d\"\r\n"));
}

TEST(ProgressCsv, SessionLogsOneRowPerExercise)
{
    auto log = storedLog(day(2025, 3, 3), {core::LogStatus::Done, core::LogStatus::Skipped}, 3);
    log.log.note = "Knee \"clicked\", then fine\non the stairs";
    log.log.worseNextMorning = true;
    log.log.entries[0].painDuring = 2;
    log.log.entries[0].difficulty = core::Difficulty::TooHard;
    const QString csv =
        ui::sessionLogsCsv({log}, {{QStringLiteral("ex-0"), QStringLiteral("Bridge, single leg")}},
                           ui::csvStyleFor(QLocale::c()));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
    EXPECT_EQ(lines[0], QStringLiteral("Date,Planned date,Session pain,Exercise id,Exercise,"
                                       "Status,Sets done,Sets planned,Pain during,Difficulty,Note,"
                                       "Worse next morning"));
    EXPECT_EQ(lines[1],
              QStringLiteral("2025-03-03,2025-03-03,3,ex-0,\"Bridge, single leg\",done,3,3,"
                             "2,too_hard,\"Knee \"\"clicked\"\", then fine\non the stairs\",yes"));
    EXPECT_TRUE(
        lines[2].startsWith(QStringLiteral("2025-03-03,2025-03-03,3,ex-1,,skipped,0,3,,,\"")))
        << lines[2].toStdString();
    EXPECT_TRUE(lines[3].isEmpty());
}

TEST(ProgressCsv, NotesKeepALeadingDashAndFormulasAreGuarded)
{
    auto worse = storedLog(day(2025, 3, 3), {core::LogStatus::Done}, 3);
    worse.log.note = "-felt worse";
    auto formula = storedLog(day(2025, 3, 4), {core::LogStatus::Done}, 3);
    formula.log.note = "\r-2+3";
    const QString csv =
        ui::sessionLogsCsv({worse, formula}, {{QStringLiteral("ex-0"), QStringLiteral("@SUM(A1)")}},
                           ui::csvStyleFor(QLocale::c()));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral(",'@SUM(A1),done,3,3,,,-felt worse,")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[2].endsWith(QStringLiteral(",\"'\r-2+3\","))) << lines[2].toStdString();
}

TEST(ProgressCsv, CheckInsOneRowEach)
{
    auto c = checkIn(day(2025, 3, 2), 1, 4, 3, 0.75);
    c.painfulExercises = {{"split-squat", 6}, {"step-down", 4}};
    c.nightPain = true;
    c.redFlags = {core::RedFlag::LockedKnee};
    const QString csv = ui::checkInsCsv({{1, 1, c}}, ui::csvStyleFor(QLocale::c()));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[1], QStringLiteral("2025-03-02,1,4,3,settled,yes,none,0.75,right,"
                                       "split-squat:6; step-down:4,locked_knee"));
}

// --- charts ------------------------------------------------------------------------------------

TEST(ProgressCharts, PainLinesOverTheRulesZonesWithDecisionMarkers)
{
    const auto made = makeCharts();
    ASSERT_NE(made, nullptr);
    ui::ProgressCharts& charts = *made;
    core::ProgressionRules rules;
    charts.setData(sampleData(), rules);
    QChart* pain = charts.painChart();
    EXPECT_EQ(series<QLineSeries>(pain, "painRest")->count(), 3);
    EXPECT_EQ(series<QLineSeries>(pain, "painActivity")->at(1).y(), 4);
    EXPECT_EQ(series<QLineSeries>(pain, "painExercise")->count(), 3);
    // The zones follow the rules' thresholds.
    auto* green = series<QAreaSeries>(pain, "bandGreen");
    ASSERT_NE(green, nullptr);
    EXPECT_EQ(green->upperSeries()->at(0).y(), rules.greenMaxExercisePain);
    EXPECT_EQ(series<QAreaSeries>(pain, "bandAmber")->upperSeries()->at(0).y(),
              rules.amberMaxExercisePain);
    EXPECT_EQ(series<QAreaSeries>(pain, "bandRed")->upperSeries()->at(0).y(), 10);
    // One marker per week with a plan, by decision.
    auto* progress = series<QScatterSeries>(pain, "markersProgress");
    auto* hold = series<QScatterSeries>(pain, "markersHold");
    ASSERT_NE(progress, nullptr);
    ASSERT_NE(hold, nullptr);
    EXPECT_EQ(progress->count(), 1);
    EXPECT_EQ(hold->count(), 1);
    EXPECT_EQ(series<QScatterSeries>(pain, "markersRegress")->count(), 0);
    // Hovering a marker names the decision and its reasons.
    const QString text = charts.markerText(hold->at(0));
    EXPECT_TRUE(text.contains(QStringLiteral("Hold"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Exercise pain was 3/10 last week.")))
        << text.toStdString();
    EXPECT_TRUE(charts.markerText(QPointF(0, 9)).isEmpty());
}

TEST(ProgressCharts, HoverSignalsCarryTheText)
{
    const auto made = makeCharts();
    ASSERT_NE(made, nullptr);
    ui::ProgressCharts& charts = *made;
    QStringList texts;
    QList<bool> ons;
    charts.onHover([&](const QString& text, bool on) {
        texts << text;
        ons << on;
    });
    charts.setData(sampleData(), {});
    auto* progress = series<QScatterSeries>(charts.painChart(), "markersProgress");
    ASSERT_NE(progress, nullptr);
    emit progress->hovered(progress->at(0), true);
    ASSERT_EQ(texts.size(), 1);
    EXPECT_TRUE(texts.at(0).contains(QStringLiteral("Progress")));
    EXPECT_TRUE(ons.at(0));
}

TEST(ProgressCharts, AdherenceBarsSplitAtTheRule)
{
    const auto made = makeCharts();
    ASSERT_NE(made, nullptr);
    ui::ProgressCharts& charts = *made;
    core::ProgressionRules rules; // 60 %
    charts.setData(sampleData(), rules);
    auto* bars = series<QStackedBarSeries>(charts.adherenceChart(), "adherenceBars");
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 2);
    QBarSet* ok = bars->barSets()[0];
    QBarSet* low = bars->barSets()[1];
    ASSERT_EQ(ok->count(), 3);
    EXPECT_DOUBLE_EQ(low->at(0), 0.0); // week 1: no bar, nothing recorded before any plan
    EXPECT_DOUBLE_EQ(ok->at(0), 0.0);
    EXPECT_DOUBLE_EQ(ok->at(1), 100.0);
    EXPECT_NEAR(low->at(2), 30.0, 1e-9); // week 3: from the logs
    EXPECT_TRUE(charts.adherenceText(2).contains(QStringLiteral("2 sessions logged of 5")))
        << charts.adherenceText(2).toStdString();
    EXPECT_TRUE(charts.adherenceText(0).contains(QStringLiteral("nothing recorded")))
        << charts.adherenceText(0).toStdString();
    EXPECT_TRUE(charts.adherenceText(1).contains(QStringLiteral("from the check-in")));
    auto* threshold = series<QLineSeries>(charts.adherenceChart(), "adherenceThreshold");
    ASSERT_NE(threshold, nullptr);
    EXPECT_DOUBLE_EQ(threshold->at(0).y(), 60.0);
}

TEST(ProgressCharts, PsfsWithBaselineAndMeaningfulLine)
{
    const auto made = makeCharts();
    ASSERT_NE(made, nullptr);
    ui::ProgressCharts& charts = *made;
    charts.setData(sampleData(), {});
    QChart* psfs = charts.psfsChart();
    auto* average = series<QLineSeries>(psfs, "psfsAverage");
    ASSERT_NE(average, nullptr);
    ASSERT_EQ(average->count(), 2);
    EXPECT_DOUBLE_EQ(average->at(1).y(), 5.0);
    EXPECT_DOUBLE_EQ(series<QLineSeries>(psfs, "psfsBaseline")->at(0).y(), 3.0);
    EXPECT_DOUBLE_EQ(series<QLineSeries>(psfs, "psfsMeaningful")->at(0).y(), 5.0);

    // Nothing recorded: the charts say so and have no data points.
    charts.setData(ui::ProgressData{}, {});
    EXPECT_TRUE(charts.painChart()->title().contains(QStringLiteral("nothing recorded")));
    EXPECT_EQ(series<QLineSeries>(charts.painChart(), "painRest")->count(), 0);
    EXPECT_EQ(series<QLineSeries>(charts.psfsChart(), "psfsAverage")->count(), 0);
}

TEST(ProgressCharts, ReportImagesAreDrawnOffscreen)
{
    ui::ChartsModule* module = ui::chartsModule();
    ASSERT_NE(module, nullptr);
    const auto images = module->reportCharts(sampleData(), {}, QSize(600, 300));
    ASSERT_EQ(images.size(), 3u);
    for (const auto& chart : images) {
        EXPECT_EQ(chart.image.size(), QSize(1200, 600));
        EXPECT_FALSE(chart.caption.empty());
        // Something other than the white background was drawn.
        int coloured = 0;
        for (int y = 0; y < chart.image.height(); y += 7) {
            for (int x = 0; x < chart.image.width(); x += 7) {
                coloured += chart.image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
            }
        }
        EXPECT_GT(coloured, 500);
    }
    EXPECT_TRUE(module->reportCharts(ui::ProgressData{}, {}, QSize(900, 380)).empty());
}

// --- the page in the real main window -----------------------------------------------------------

class ProgressPageTest : public TrackingTest
{
protected:
    ui::ProgressPage* page()
    {
        window().showPage(ui::MainWindow::Page::Progress);
        return window().progressPage();
    }

    template <typename T> T* child(const char* name)
    {
        T* found = page()->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << "no " << name;
        return found;
    }

    // Runs work on the next modal dialog that opens (the page's buttons open them with exec).
    template <typename Dialog, typename Work> void onNextDialog(Work work)
    {
        QTimer::singleShot(0, [work] {
            auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr) << "no dialog of the expected kind";
            work(dialog);
            if (dialog->isVisible()) {
                dialog->reject();
            }
        });
    }
};

TEST_F(ProgressPageTest, LoggingAWeekFromThePaperLogUpdatesChartsAndTables)
{
    // Last week: a check-in; this week: a saved plan, nothing logged yet.
    context().clients().addCheckIn(clientId(), checkIn(day(2025, 3, 2), 3, 4, 4, 1.0));
    savePlan(kWeek3, core::Action::Hold);
    context().setCurrentClientId(clientId());
    ui::ProgressPage* progress = page();
    ASSERT_EQ(progress->weekModel()->rowCount(), 2);
    EXPECT_EQ(progress->logModel()->rowCount(), 0);
    QChart* pain = progress->charts()->painChart();
    EXPECT_EQ(series<QLineSeries>(pain, "painExercise")->count(), 1);
    EXPECT_EQ(series<QScatterSeries>(pain, "markersHold")->count(), 1);
    EXPECT_TRUE(child<QPushButton>("weekLogButton")->isEnabled());

    // The paper log says: Monday all three exercises (pain 2), Wednesday the clamshell only
    // (pain 6), Tuesday's stretch.
    onNextDialog<ui::WeekLogDialog>([](ui::WeekLogDialog* dialog) {
        QTableView* grid = dialog->grid();
        ui::SessionLogGridModel* model = dialog->model();
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Space); // clamshell Monday
        QTest::keyClick(grid, Qt::Key_Right); // Tuesday: Monday's clamshell done a day late
        QTest::keyClick(grid, Qt::Key_Right);
        QTest::keyClick(grid, Qt::Key_Space); // clamshell Wednesday
        for (const auto& [row, column] : {std::pair{1, 0}, std::pair{2, 0}, std::pair{3, 1}}) {
            grid->setCurrentIndex(model->index(row, column));
            QTest::keyClick(grid, Qt::Key_Space);
        }
        grid->setCurrentIndex(model->index(model->painRow(), 0));
        QTest::keyClicks(grid, QStringLiteral("2"));
        grid->setCurrentIndex(model->index(model->painRow(), 2));
        QTest::keyClicks(grid, QStringLiteral("6"));
        grid->setCurrentIndex(model->index(0, 0)); // moving on commits the pain score
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("weekLogSave")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("weekLogButton"), Qt::LeftButton);

    ASSERT_EQ(progress->logModel()->rowCount(), 3);
    EXPECT_EQ(tracking().sessionLogs(clientId()).size(), 3u);
    // This week's row (newest first): three sessions of five, (1 + 1 + 1/3) / 5 done.
    using M = ui::ProgressWeekModel;
    ui::ProgressWeekModel* weeks = progress->weekModel();
    EXPECT_EQ(weeks->index(0, M::SessionsColumn).data().toString(), QStringLiteral("3 of 5"));
    EXPECT_NEAR(weeks->index(0, M::AdherenceColumn).data(M::RawValueRole).toDouble(),
                (1.0 + 1.0 + 1.0 / 3.0) / 5.0, 1e-9);
    EXPECT_EQ(weeks->index(0, M::LoggedPainColumn).data().toString(), QStringLiteral("6/10"));
    // The charts follow: exercise pain for this week comes from the logs; the adherence bar is
    // below the 60 % rule.
    pain = progress->charts()->painChart();
    auto* exercise = series<QLineSeries>(pain, "painExercise");
    ASSERT_EQ(exercise->count(), 2);
    EXPECT_EQ(exercise->at(1).y(), 6);
    auto* bars = series<QStackedBarSeries>(progress->charts()->adherenceChart(), "adherenceBars");
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets()[1]->count(), 2);
    EXPECT_NEAR(bars->barSets()[1]->at(1), 46.67, 0.01);
    EXPECT_TRUE(progress->summaryText().contains(QStringLiteral("3 sessions logged")))
        << progress->summaryText().toStdString();
}

TEST_F(ProgressPageTest, ASessionLoggedFromThePageIsListedAndCanBeDeleted)
{
    savePlan(kWeek3);
    context().setCurrentClientId(clientId());
    ui::ProgressPage* progress = page();
    onNextDialog<ui::SessionLogDialog>([](ui::SessionLogDialog* dialog) {
        EXPECT_EQ(dialog->plannedSession(), day(2025, 3, 5)); // today, on the plan
        dialog->setPain(2, 7);
        dialog->setNote(QStringLiteral("Step-down hurt on the way down."));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("sessionLogSave")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("logSessionButton"), Qt::LeftButton);
    ASSERT_EQ(progress->logModel()->rowCount(), 1);
    using L = ui::SessionLogTableModel;
    EXPECT_EQ(progress->logModel()->index(0, L::PainColumn).data().toString(),
              QStringLiteral("7/10"));
    EXPECT_EQ(progress->logModel()->index(0, L::NoteColumn).data().toString(),
              QStringLiteral("Step-down hurt on the way down."));

    auto* table = child<QTableView>("sessionLogTable");
    table->selectRow(0);
    EXPECT_TRUE(child<QPushButton>("deleteSessionLogButton")->isEnabled());
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>("deleteSessionLogButton"), Qt::LeftButton);
    EXPECT_EQ(progress->logModel()->rowCount(), 1);
    table->selectRow(0);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("deleteSessionLogButton"), Qt::LeftButton);
    EXPECT_EQ(progress->logModel()->rowCount(), 0);
    EXPECT_TRUE(tracking().sessionLogs(clientId()).empty());
}

TEST_F(ProgressPageTest, OutcomesShowChangesWithTheirThresholdsAndWhenPsfsIsDue)
{
    context().clients().addCheckIn(clientId(), checkIn(day(2025, 2, 16), 5, 7, 5, 1.0));
    context().clients().addCheckIn(clientId(), checkIn(day(2025, 3, 2), 4, 5, 3, 1.0));
    context().setCurrentClientId(clientId());
    ui::ProgressPage* progress = page();
    ui::OutcomeSummary* outcomes = progress->outcomes();
    // Patellofemoral pain: 1.16 points or 30 %. Rest 5 -> 4 is neither; activity 7 -> 5 is.
    EXPECT_TRUE(
        outcomes->nprsText().contains(QStringLiteral("At rest 5 → 4/10: -1 (not a meaningful")))
        << outcomes->nprsText().toStdString();
    EXPECT_TRUE(
        outcomes->nprsText().contains(QStringLiteral("7 → 5/10: -2 (meaningful improvement)")))
        << outcomes->nprsText().toStdString();
    EXPECT_TRUE(outcomes->psfsDue());
    EXPECT_TRUE(outcomes->dueText().contains(QStringLiteral("baseline")));

    onNextDialog<ui::PsfsDialog>([](ui::PsfsDialog* dialog) {
        dialog->setItem(0, QStringLiteral("Stairs down"), 3);
        dialog->setItem(1, QStringLiteral("Squatting"), 4);
        dialog->setItem(2, QStringLiteral("Jogging"), 2);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("psfsSave")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(outcomes->psfsButton(), Qt::LeftButton);
    EXPECT_FALSE(outcomes->psfsDue());
    EXPECT_TRUE(outcomes->dueText().contains(QStringLiteral("19 March 2025")))
        << outcomes->dueText().toStdString();
    EXPECT_TRUE(outcomes->psfsText().contains(QStringLiteral("3.0")))
        << outcomes->psfsText().toStdString();
    EXPECT_EQ(series<QLineSeries>(progress->charts()->psfsChart(), "psfsAverage")->count(), 1);
}

TEST_F(ProgressPageTest, HoveringADecisionMarkerShowsItsReasons)
{
    context().clients().addCheckIn(clientId(), checkIn(day(2025, 3, 2), 3, 4, 4, 1.0));
    savePlan(kWeek3, core::Action::Hold);
    context().setCurrentClientId(clientId());
    ui::ProgressPage* progress = page();
    auto* hold = series<QScatterSeries>(progress->charts()->painChart(), "markersHold");
    ASSERT_NE(hold, nullptr);
    ASSERT_EQ(hold->count(), 1);
    emit hold->hovered(hold->at(0), true);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("Exercise pain was 3/10 last week.")))
        << QToolTip::text().toStdString();
    emit hold->hovered(hold->at(0), false);
    EXPECT_TRUE(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, kLongWaitMs));
}

TEST_F(ProgressPageTest, ExportsLogsAndCheckInsAsCsv)
{
    context().clients().addCheckIn(clientId(), checkIn(day(2025, 3, 2), 3, 4, 4, 1.0));
    savePlan(kWeek3);
    core::SessionLog log;
    log.date = day(2025, 3, 3);
    log.plannedDate = log.date;
    log.note = "=cmd, \"quoted\"";
    core::LoggedExercise clam;
    clam.exerciseId = "clamshell";
    clam.setsDone = 3;
    clam.setsPlanned = 3;
    log.entries = {clam};
    tracking().addSessionLog(clientId(), log);
    context().setCurrentClientId(clientId());
    page();

    const QString logsPath = tempPath(QStringLiteral("logs.csv"));
    ui::FileDialog::setNextFileName(logsPath);
    child<QPushButton>("exportCsvButton")
        ->menu()
        ->findChild<QAction*>(QStringLiteral("exportSessionLogsAction"))
        ->trigger();
    QFile logs(logsPath);
    ASSERT_TRUE(logs.open(QIODevice::ReadOnly));
    // Dates in the test's locale's short form (LocalizedCsv checks the forms), after the BOM.
    const QByteArray logsBytes = logs.readAll();
    EXPECT_TRUE(logsBytes.startsWith("\xEF\xBB\xBF"));
    const QString logsText = QString::fromUtf8(logsBytes.mid(3));
    EXPECT_TRUE(logsText.startsWith(QStringLiteral("Date,Planned date,")));
    const QString date = ui::csvStyleFor(QLocale()).date(day(2025, 3, 3));
    EXPECT_TRUE(logsText.contains(date + QLatin1Char(',') + date + QStringLiteral(",,clamshell,")))
        << logsText.toStdString();
    // The note, quoted and defused, then the next morning (not recorded: empty) ends the row.
    EXPECT_TRUE(logsText.contains(QStringLiteral(",\"'=cmd, \"\"quoted\"\"\",\r\n")))
        << logsText.toStdString();

    const QString checkInsPath = tempPath(QStringLiteral("check-ins.csv"));
    ui::FileDialog::setNextFileName(checkInsPath);
    child<QPushButton>("exportCsvButton")
        ->menu()
        ->findChild<QAction*>(QStringLiteral("exportCheckInsAction"))
        ->trigger();
    QFile checkIns(checkInsPath);
    ASSERT_TRUE(checkIns.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(checkIns.readAll()).count(QStringLiteral("\r\n")), 2);
}

TEST_F(ProgressPageTest, ChartsForTheClinicianSummary)
{
    EXPECT_TRUE(ui::progressReportCharts(context(), clientId()).empty());
    context().clients().addCheckIn(clientId(), checkIn(day(2025, 3, 2), 3, 4, 4, 1.0));
    const auto charts = ui::progressReportCharts(context(), clientId());
    ASSERT_EQ(charts.size(), 2u); // pain and sessions; no PSFS yet
    EXPECT_FALSE(charts[0].image.isNull());
}

TEST_F(ProgressPageTest, PsfsAssessmentsAreListedAndCanBeCorrectedOrDeleted)
{
    core::PsfsAssessment first;
    first.date = day(2025, 2, 19);
    first.items = {{"Stairs down", 3}, {"Squatting", 4}, {"Jogging", 2}};
    core::PsfsAssessment second = first;
    second.date = day(2025, 3, 5);
    second.items[0].score = 6;
    tracking().addPsfs(clientId(), first);
    tracking().addPsfs(clientId(), second);
    context().setCurrentClientId(clientId());
    page();
    auto* table = child<QTableWidget>("psfsTable");
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("4.0")); // newest first
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("3.0"));
    EXPECT_TRUE(table->item(0, 2)->text().contains(QStringLiteral("Stairs down 6/10")));
    EXPECT_FALSE(child<QPushButton>("editPsfsButton")->isEnabled());

    table->selectRow(0);
    ASSERT_TRUE(child<QPushButton>("editPsfsButton")->isEnabled());
    onNextDialog<ui::PsfsDialog>([](ui::PsfsDialog* dialog) {
        EXPECT_EQ(dialog->assessment().items[0].score, 6);
        dialog->setItem(0, QStringLiteral("Stairs down"), 7);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("psfsSave")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("editPsfsButton"), Qt::LeftButton);
    const auto stored = tracking().psfsAssessments(clientId());
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[1].assessment.items[0].score, 7);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("4.3"));

    table->selectRow(1);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("deletePsfsButton"), Qt::LeftButton);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(tracking().psfsAssessments(clientId()).front().assessment.date, day(2025, 3, 5));
}

} // namespace
} // namespace glidepath::test
