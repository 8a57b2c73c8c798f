// The Progress page and what feeds it: weeks gathered from check-ins, plans, logs and PSFS; the
// charts' series and hover texts; CSV export with proper quoting; the chart images for the
// clinician summary; and the real page updating as a week is logged.

#include "models/check_in_table_model.h"
#include "models/progress_csv.h"
#include "models/progress_data.h"
#include "models/progress_week_model.h"
#include "models/session_log_table_model.h"
#include "tracking_fixture.h"
#include "widgets/progress/outcome_summary.h"
#include "widgets/progress/progress_charts.h"
#include "widgets/progress/progress_page.h"
#include "widgets/progress/progress_report.h"
#include "widgets/tracking/session_log_dialog.h"
#include "widgets/tracking/week_log_dialog.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarSet>
#include <QChartView>
#include <QFile>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace glidepath::test {
namespace {

const core::Date kWeek1 = day(2025, 2, 17);
const core::Date kWeek2 = day(2025, 2, 24);
const core::Date kWeek3 = day(2025, 3, 3); // the fixed clock's week

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
    EXPECT_DOUBLE_EQ(*first.adherence(), 0.5); // from the check-in
    EXPECT_FALSE(first.adherenceFromLogs());
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
    EXPECT_EQ(ui::spreadsheetSafe(QStringLiteral("=SUM(A1)")), QStringLiteral("'=SUM(A1)"));
    EXPECT_EQ(ui::spreadsheetSafe(QStringLiteral("-5 felt ok")), QStringLiteral("'-5 felt ok"));
    EXPECT_EQ(ui::spreadsheetSafe(QStringLiteral("fine")), QStringLiteral("fine"));
}

TEST(ProgressCsv, SessionLogsOneRowPerExercise)
{
    auto log = storedLog(day(2025, 3, 3), {core::LogStatus::Done, core::LogStatus::Skipped}, 3);
    log.log.note = "Knee \"clicked\", then fine\non the stairs";
    log.log.entries[0].painDuring = 2;
    log.log.entries[0].difficulty = core::Difficulty::TooHard;
    const QString csv =
        ui::sessionLogsCsv({log}, {{QStringLiteral("ex-0"), QStringLiteral("Bridge, single leg")}});
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
    EXPECT_EQ(lines[0],
              QStringLiteral("date,planned_date,session_pain,exercise_id,exercise_name,"
                             "status,sets_done,sets_planned,pain_during,difficulty,note"));
    EXPECT_EQ(lines[1],
              QStringLiteral("2025-03-03,2025-03-03,3,ex-0,\"Bridge, single leg\",done,3,3,"
                             "2,too_hard,\"Knee \"\"clicked\"\", then fine\non the stairs\""));
    EXPECT_TRUE(
        lines[2].startsWith(QStringLiteral("2025-03-03,2025-03-03,3,ex-1,,skipped,0,3,,,\"")))
        << lines[2].toStdString();
    EXPECT_TRUE(lines[3].isEmpty());
}

TEST(ProgressCsv, CheckInsOneRowEach)
{
    auto c = checkIn(day(2025, 3, 2), 1, 4, 3, 0.75);
    c.painfulExercises = {{"split-squat", 6}, {"step-down", 4}};
    c.nightPain = true;
    c.redFlags = {core::RedFlag::LockedKnee};
    const QString csv = ui::checkInsCsv({{1, 1, c}});
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[1], QStringLiteral("2025-03-02,1,4,3,settled,yes,none,0.75,right,"
                                       "split-squat:6; step-down:4,locked_knee"));
}

// --- charts ------------------------------------------------------------------------------------

TEST(ProgressCharts, PainLinesOverTheRulesZonesWithDecisionMarkers)
{
    ui::ProgressCharts charts;
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
    ui::ProgressCharts charts;
    charts.setData(sampleData(), {});
    QSignalSpy spy(&charts, &ui::ProgressCharts::hoverText);
    auto* progress = series<QScatterSeries>(charts.painChart(), "markersProgress");
    ASSERT_NE(progress, nullptr);
    emit progress->hovered(progress->at(0), true);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_TRUE(spy.at(0).at(0).toString().contains(QStringLiteral("Progress")));
    EXPECT_TRUE(spy.at(0).at(1).toBool());
}

TEST(ProgressCharts, AdherenceBarsSplitAtTheRule)
{
    ui::ProgressCharts charts;
    core::ProgressionRules rules; // 60 %
    charts.setData(sampleData(), rules);
    auto* bars = series<QStackedBarSeries>(charts.adherenceChart(), "adherenceBars");
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 2);
    QBarSet* ok = bars->barSets()[0];
    QBarSet* low = bars->barSets()[1];
    ASSERT_EQ(ok->count(), 3);
    EXPECT_DOUBLE_EQ(low->at(0), 50.0); // week 1: 50 % from the check-in
    EXPECT_DOUBLE_EQ(ok->at(0), 0.0);
    EXPECT_DOUBLE_EQ(ok->at(1), 100.0);
    EXPECT_NEAR(low->at(2), 30.0, 1e-9); // week 3: from the logs
    EXPECT_TRUE(charts.adherenceText(2).contains(QStringLiteral("2 session(s) logged of 5")))
        << charts.adherenceText(2).toStdString();
    EXPECT_TRUE(charts.adherenceText(0).contains(QStringLiteral("from the check-in")));
    auto* threshold = series<QLineSeries>(charts.adherenceChart(), "adherenceThreshold");
    ASSERT_NE(threshold, nullptr);
    EXPECT_DOUBLE_EQ(threshold->at(0).y(), 60.0);
}

TEST(ProgressCharts, PsfsWithBaselineAndMeaningfulLine)
{
    ui::ProgressCharts charts;
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
    const auto images = ui::ProgressCharts::reportCharts(sampleData(), {}, QSize(600, 300));
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
    EXPECT_TRUE(ui::ProgressCharts::reportCharts(ui::ProgressData{}, {}).empty());
}

} // namespace
} // namespace glidepath::test
