// Dates in files are refused outside 1900-01-01..2200-12-31 with a named error, and every date the
// engine derives from an accepted week_start (its seven days) writes and reads back.

#include "format_test_support.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/io/rules_format.h>

#include <gtest/gtest.h>

namespace glidepath::io {
namespace {

using test::issueAt;
using test::replaced;

std::string flareUpRequest()
{
    return readTextFile(std::string(GLIDEPATH_SOURCE_DIR) + "/data/examples/flare-up.request.json");
}

std::vector<FormatIssue> issuesOf(const std::string& json)
{
    return test::issuesFrom([](const std::string& text) { parsePlanRequest(text); }, json);
}

TEST(DateRange, AWeekStartOutsideTheSaneYearsIsNamedWithTheRange)
{
    const std::string good = flareUpRequest();
    const core::PlanRequest request = parsePlanRequest(good);
    const std::string written = "\"week_start\": \"" + core::toIsoString(request.weekStart) + "\"";
    for (const std::string date : {"9999-12-31", "2201-01-01", "1899-12-31", "0001-01-01"}) {
        const auto issues = issuesOf(replaced(good, written, "\"week_start\": \"" + date + "\""));
        const FormatIssue issue = issueAt(issues, "/week_start");
        EXPECT_EQ(issue.message,
                  "must be a date from 1900-01-01 to 2200-12-31, got \"" + date + "\"");
        EXPECT_GT(issue.line, 0);
    }
}

TEST(DateRange, ACheckInDateOutsideTheRangeIsNamed)
{
    const std::string good = flareUpRequest();
    const core::PlanRequest request = parsePlanRequest(good);
    ASSERT_FALSE(request.checkins.empty());
    const std::string written = "\"" + core::toIsoString(request.checkins[0].date) + "\"";
    const auto issues = issuesOf(replaced(good, written, "\"1066-10-14\""));
    EXPECT_NE(issueAt(issues, "/checkins/0/date").message.find("from 1900-01-01"),
              std::string::npos);
}

TEST(DateRange, APlanForTheLastAcceptedWeekReadsBack)
{
    core::PlanRequest request = parsePlanRequest(flareUpRequest());
    const auto shift = core::kLatestDate - request.weekStart;
    request.weekStart += shift;
    for (core::CheckIn& checkIn : request.checkins) {
        checkIn.date += shift;
    }
    for (core::SessionLog& log : request.sessionLogs) {
        log.date += shift;
        if (log.plannedDate) {
            *log.plannedDate += shift;
        }
    }
    request.previousPlan.reset();
    const core::Plan plan = core::generatePlan(request, builtinLibrary().exercises, builtinRules());
    ASSERT_FALSE(plan.days.empty());
    EXPECT_GT(plan.days.back().date, core::kLatestDate); // the week runs into 2201
    EXPECT_EQ(parsePlan(writePlan(plan)), plan);
    // ... and the request that made it reads back too.
    EXPECT_EQ(parsePlanRequest(writePlanRequest(request)).weekStart, core::kLatestDate);
}

TEST(DateRange, TheLimitsAreWhatTheMessagesSay)
{
    EXPECT_EQ(core::toIsoString(core::kEarliestDate), "1900-01-01");
    EXPECT_EQ(core::toIsoString(core::kLatestDate), "2200-12-31");
    EXPECT_TRUE(core::isAcceptedDate(core::kLatestDate));
    EXPECT_FALSE(core::isAcceptedDate(core::kLatestDate + std::chrono::days(1)));
    EXPECT_FALSE(core::isAcceptedDate(core::kEarliestDate - std::chrono::days(1)));
}

} // namespace
} // namespace glidepath::io
