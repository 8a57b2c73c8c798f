// The plan request's optional "session_logs": read, written back, every mistake named by its
// JSON pointer, and fed through to the engine.

#include "format_test_support.h"
#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/io/plan_format.h>

#include <gtest/gtest.h>

namespace glidepath::io {
namespace {

using test::replaced;

constexpr std::string_view kRequest =
    R"({"format": "glidepath-plan-request", "version": 1, "week_start": "2026-11-23",
 "client": {"conditions": ["patellofemoral_pain"], "side": "left", "age": 34,
            "goals": ["stairs"], "equipment": ["mat", "band", "step", "chair", "towel", "wall"],
            "sessions_per_week": 3, "minutes_per_session": 30},
 "screening": {"red_flags": []},
 "checkins": [{"date": "2026-11-22", "pain_rest": 1, "pain_activity": 2, "pain_exercise": 1,
               "next_morning": "settled", "night_pain": false, "swelling": "none",
               "adherence": 1.0, "difficulty": "right", "painful_exercises": {},
               "red_flags": []}],
 "session_logs": [
   {"date": "2026-11-17", "planned_date": "2026-11-16", "session_pain": 3,
    "worse_next_morning": true, "note": "Late by a day; stairs fine after.",
    "entries": [{"exercise": "mini-squat", "status": "done", "sets_done": 3, "sets_planned": 3,
                 "pain": 7, "difficulty": "too_hard"},
                {"exercise": "clamshell", "status": "partly", "sets_done": 1, "sets_planned": 3},
                {"exercise": "pelvic-curl", "status": "skipped", "sets_done": 0}]},
   {"date": "2026-11-19",
    "entries": [{"exercise": "clamshell", "status": "done", "sets_done": 2, "pain": null}]}
 ],
 "previous_plan": null}
)";

std::string issueText(const std::string& json, std::string_view pointer)
{
    return test::issueAt(test::issuesFrom(parsePlanRequest, json), pointer).message;
}

TEST(PlanRequestSessionLogs, ReadsEveryField)
{
    const core::PlanRequest request = parsePlanRequest(kRequest);
    ASSERT_EQ(request.sessionLogs.size(), 2u);
    const core::SessionLog& first = request.sessionLogs[0];
    EXPECT_EQ(first.date, test::day(2026, 11, 17));
    EXPECT_EQ(first.plannedDate, test::day(2026, 11, 16));
    EXPECT_EQ(first.sessionPain, 3);
    EXPECT_EQ(first.worseNextMorning, true);
    EXPECT_EQ(first.note, "Late by a day; stairs fine after.");
    ASSERT_EQ(first.entries.size(), 3u);
    EXPECT_EQ(first.entries[0].exerciseId, "mini-squat");
    EXPECT_EQ(first.entries[0].painDuring, 7);
    EXPECT_EQ(first.entries[0].difficulty, core::Difficulty::TooHard);
    EXPECT_EQ(first.entries[1].status, core::LogStatus::Partly);
    EXPECT_EQ(first.entries[1].setsPlanned, 3);
    EXPECT_FALSE(first.entries[1].painDuring);
    EXPECT_EQ(first.entries[2].status, core::LogStatus::Skipped);
    const core::SessionLog& second = request.sessionLogs[1];
    EXPECT_FALSE(second.plannedDate);
    EXPECT_FALSE(second.sessionPain);
    EXPECT_FALSE(second.worseNextMorning) << "left out: not recorded";
    EXPECT_FALSE(second.entries[0].painDuring);
    EXPECT_EQ(second.entries[0].setsPlanned, 0);
}

TEST(PlanRequestSessionLogs, AreOptional)
{
    const std::string without = replaced(
        kRequest,
        kRequest.substr(kRequest.find(R"( "session_logs")"),
                        kRequest.find(R"( "previous_plan")") - kRequest.find(R"( "session_logs")")),
        "");
    EXPECT_TRUE(parsePlanRequest(without).sessionLogs.empty());
    // And a request without logs is written without the field.
    EXPECT_EQ(writePlanRequest(parsePlanRequest(without)).find("session_logs"), std::string::npos);
}

TEST(PlanRequestSessionLogs, WriteThenReadGivesTheSameLogs)
{
    const core::PlanRequest request = parsePlanRequest(kRequest);
    const std::string written = writePlanRequest(request);
    const core::PlanRequest again = parsePlanRequest(written);
    EXPECT_EQ(again.sessionLogs, request.sessionLogs);
    EXPECT_EQ(writePlanRequest(again), written);
}

TEST(PlanRequestSessionLogs, WorseNextMorningIsOptionalTrueFalseOrNull)
{
    EXPECT_EQ(parsePlanRequest(replaced(kRequest, R"("worse_next_morning": true)",
                                        R"("worse_next_morning": false)"))
                  .sessionLogs[0]
                  .worseNextMorning,
              false);
    EXPECT_FALSE(parsePlanRequest(replaced(kRequest, R"("worse_next_morning": true)",
                                           R"("worse_next_morning": null)"))
                     .sessionLogs[0]
                     .worseNextMorning);
    EXPECT_NE(issueText(replaced(kRequest, R"("worse_next_morning": true)",
                                 R"("worse_next_morning": "yes")"),
                        "/session_logs/0/worse_next_morning")
                  .find("true (worse the next morning), false (settled) or null"),
              std::string::npos);
    // Written only when recorded, so that older readers see the requests they knew.
    const std::string written = writePlanRequest(parsePlanRequest(kRequest));
    EXPECT_EQ(written.find("worse_next_morning"), written.rfind("worse_next_morning"));
}

TEST(PlanRequestSessionLogs, MistakesAreNamedByPointer)
{
    EXPECT_NE(issueText(replaced(kRequest, R"("status": "partly")", R"("status": "half")"),
                        "/session_logs/0/entries/1/status")
                  .find("done, partly or skipped"),
              std::string::npos);
    EXPECT_NE(issueText(replaced(kRequest, R"("pain": 7)", R"("pain": 11)"),
                        "/session_logs/0/entries/0/pain")
                  .find("0 to 10"),
              std::string::npos);
    EXPECT_NE(issueText(replaced(kRequest, R"("status": "skipped", "sets_done": 0)",
                                 R"("status": "skipped", "sets_done": 2)"),
                        "/session_logs/0/entries/2/sets_done")
                  .find("no sets"),
              std::string::npos);
    EXPECT_NE(issueText(replaced(kRequest, R"("exercise": "clamshell", "status": "done")",
                                 R"("exercise": "Clam Shell", "status": "done")"),
                        "/session_logs/1/entries/0/exercise")
                  .find("not a valid exercise id"),
              std::string::npos);
    EXPECT_NE(issueText(replaced(kRequest, R"("date": "2026-11-19")", R"("date": "2026-11-24")"),
                        "/session_logs/1/date")
                  .find("before week_start"),
              std::string::npos);
    EXPECT_NE(issueText(replaced(kRequest, R"("planned_date": "2026-11-16")",
                                 R"("planned_date": "2026-11-01")"),
                        "/session_logs/0/planned_date")
                  .find("at most 6 days apart"),
              std::string::npos);
    EXPECT_NE(
        issueText(replaced(kRequest, R"("pain": 7, "difficulty")", R"("pian": 7, "difficulty")"),
                  "/session_logs/0/entries/0/pian")
            .find("pain"),
        std::string::npos);
    EXPECT_FALSE(issueText(replaced(kRequest, R"("entries": [{"exercise": "clamshell")",
                                    R"("entries": [], "x": [{"exercise": "clamshell")"),
                           "/session_logs/1/entries")
                     .empty());
}

TEST(PlanRequestSessionLogs, FeedTheEngine)
{
    const core::PlanRequest request = parsePlanRequest(kRequest);
    const auto library = test::makeTestLibrary();
    const core::Plan plan = core::generatePlan(request, library);
    bool painful = false;
    bool adherence = false;
    for (const core::Reason& reason : plan.decision.reasons) {
        const core::ReasonValue* exercise = reason.find("exercise");
        painful = painful || (reason.rule == "log.painful" && exercise != nullptr &&
                              exercise->name == "Mini squat" && exercise->number == 7);
        adherence = adherence || reason.rule == "log.adherence";
    }
    EXPECT_TRUE(painful);
    EXPECT_TRUE(adherence);
    // Two sessions for three planned, the first with one exercise done, one a third, one
    // skipped: (4/9 + 1) / 3 = 48 %, below 60 %.
    EXPECT_EQ(plan.decision.action, core::Action::Hold);
}

} // namespace
} // namespace glidepath::io
