// The plan request and plan JSON formats: the issue's example, every error naming its field,
// exact output, and plans fed back as previous_plan.

#include "format_test_support.h"
#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/io/plan_format.h>

#include <gtest/gtest.h>

#include <algorithm>

namespace glidepath::io {
namespace {

using core::Action;
using core::Light;
using test::issueAt;
using test::replaced;

// The request from the issue, word for word.
constexpr std::string_view kIssueRequest =
    R"({"format": "glidepath-plan-request", "version": 1, "week_start": "2026-11-23",
 "client": {"conditions": ["patellofemoral_pain"], "side": "left", "age": 34,
            "goals": ["stairs", "running"], "equipment": ["mat", "band", "step"],
            "sessions_per_week": 5, "minutes_per_session": 25},
 "screening": {"red_flags": []},
 "checkins": [{"date": "2026-11-16", "pain_rest": 2, "pain_activity": 4, "pain_exercise": 3,
               "next_morning": "settled", "night_pain": false, "swelling": "none",
               "adherence": 0.8, "difficulty": "right", "painful_exercises": {"split-squat": 6},
               "red_flags": []}],
 "previous_plan": null}
)";

std::vector<FormatIssue> issuesOf(const std::string& json)
{
    return test::issuesFrom(parsePlanRequest, json);
}

TEST(PlanRequestFormat, ReadsTheRequestFromTheIssue)
{
    const core::PlanRequest request = parsePlanRequest(kIssueRequest);
    EXPECT_EQ(request.weekStart, test::day(2026, 11, 23));
    EXPECT_EQ(request.client.conditions, std::vector{core::Condition::PatellofemoralPain});
    EXPECT_EQ(request.client.side, core::Side::Left);
    EXPECT_EQ(request.client.age, 34);
    EXPECT_EQ(request.client.goals, (std::vector{core::Goal::Stairs, core::Goal::Running}));
    EXPECT_EQ(request.client.equipment,
              (std::vector{core::Equipment::Mat, core::Equipment::Band, core::Equipment::Step}));
    EXPECT_EQ(request.client.sessionsPerWeek, 5);
    EXPECT_EQ(request.client.minutesPerSession, 25);
    EXPECT_TRUE(request.screeningRedFlags.empty());
    ASSERT_EQ(request.checkins.size(), 1u);
    const core::CheckIn& c = request.checkins[0];
    EXPECT_EQ(c.date, test::day(2026, 11, 16));
    EXPECT_EQ(c.painRest, 2);
    EXPECT_EQ(c.painActivity, 4);
    EXPECT_EQ(c.painExercise, 3);
    EXPECT_EQ(c.nextMorning, core::NextMorning::Settled);
    EXPECT_FALSE(c.nightPain);
    EXPECT_EQ(c.swelling, core::Swelling::None);
    EXPECT_DOUBLE_EQ(c.adherence, 0.8);
    EXPECT_EQ(c.difficulty, core::Difficulty::Right);
    EXPECT_EQ(c.painfulExercises, (std::map<std::string, int>{{"split-squat", 6}}));
    EXPECT_FALSE(request.previousPlan.has_value());
}

TEST(PlanRequestFormat, WrittenRequestsReadBackTheSame)
{
    core::PlanRequest request = parsePlanRequest(kIssueRequest);
    request.client.name = "Ana";
    request.screeningRedFlags = {core::RedFlag::LockedKnee};
    request.previousPlan =
        core::generatePlan(test::requestWith(test::day(2026, 11, 16), {}), test::makeTestLibrary());
    const std::string written = writePlanRequest(request);
    const core::PlanRequest again = parsePlanRequest(written);
    EXPECT_EQ(again.client, request.client);
    EXPECT_EQ(again.checkins, request.checkins);
    EXPECT_EQ(again.screeningRedFlags, request.screeningRedFlags);
    EXPECT_EQ(again.previousPlan, request.previousPlan);
    EXPECT_EQ(writePlanRequest(again), written);
}

TEST(PlanRequestFormat, NextReviewIsOptionalRoundTripsAndIsChecked)
{
    core::PlanRequest request = parsePlanRequest(kIssueRequest);
    EXPECT_FALSE(request.client.nextReview.has_value());
    EXPECT_EQ(writePlanRequest(request).find("next_review"), std::string::npos);

    request.client.nextReview = test::day(2026, 12, 14);
    const std::string written = writePlanRequest(request);
    EXPECT_NE(written.find(R"("next_review": "2026-12-14")"), std::string::npos);
    EXPECT_EQ(parsePlanRequest(written).client.nextReview, test::day(2026, 12, 14));

    const std::string bad = replaced(std::string(kIssueRequest), R"("minutes_per_session": 25)",
                                     R"("minutes_per_session": 25, "next_review": "14.12.2026")");
    const auto issues = issuesOf(bad);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues.front().pointer, "/client/next_review");
}

TEST(PlanRequestFormat, EveryErrorNamesItsField)
{
    const std::vector<test::Mistake> cases{
        {R"("week_start": "2026-11-23")", R"("week_start": "2026-11-31")", "/week_start",
         "must be a calendar date written YYYY-MM-DD"},
        {R"("side": "left")", R"("side": "middle")", "/client/side", "left, right or both"},
        {R"("sessions_per_week": 5)", R"("sessions_per_week": 9)", "/client/sessions_per_week",
         "from 2 to 7"},
        {R"("minutes_per_session": 25)", R"("minutes_per_session": "25")",
         "/client/minutes_per_session", "whole number"},
        {R"("conditions": ["patellofemoral_pain"])", R"("conditions": [])", "/client/conditions",
         "at least one condition"},
        {R"("equipment": ["mat", "band", "step"])", R"("equipment": ["none", "mat"])",
         "/client/equipment", "'none' must stand alone"},
        {R"("age": 34)", R"("age": 5)", "/client/age", "between 8 and 110"},
        {R"("red_flags": []},)", R"("red_flags": ["sore"]},)", "/screening/red_flags/0",
         "locked_knee"},
        {R"("pain_rest": 2)", R"("pain_rest": 11)", "/checkins/0/pain_rest", "from 0 to 10"},
        {R"("adherence": 0.8)", R"("adherence": 1.5)", "/checkins/0/adherence", "from 0 to 1"},
        {R"("next_morning": "settled")", R"("next_morning": "fine")", "/checkins/0/next_morning",
         "settled or higher"},
        {R"({"split-squat": 6})", R"({"split-squat": 12})",
         "/checkins/0/painful_exercises/split-squat", "from 0 to 10"},
        {R"({"split-squat": 6})", R"({"Split Squat": 6})",
         "/checkins/0/painful_exercises/Split Squat", "not a valid exercise id"},
        {R"({"split-squat": 6})", R"(["split-squat"])", "/checkins/0/painful_exercises",
         "must be an object"},
        {R"("date": "2026-11-16")", R"("date": "2026-11-24")", "/checkins/0/date",
         "must not be after week_start (2026-11-23)"},
        {R"("night_pain": false)", R"("night_pain": "no")", "/checkins/0/night_pain", ""},
        {R"("swelling": "none",)", R"()", "/checkins/0/swelling", "required field is missing"},
        {R"("previous_plan": null)", R"("previous_plan": "yes")", "/previous_plan",
         "must be a plan"},
        {R"("previous_plan": null)", R"("previous_plan": null, "checkin": [])", "/checkin",
         "did you mean \"checkins\""},
        {R"("format": "glidepath-plan-request")", R"("format": "glidepath-library")", "/format",
         "not a Glidepath plan request"},
        {R"("version": 1)", R"("version": 2)", "/version", "newer Glidepath"},
    };
    for (const test::Mistake& c : cases) {
        const std::vector<FormatIssue> issues = issuesOf(replaced(kIssueRequest, c.from, c.to));
        const FormatIssue issue = issueAt(issues, c.pointer);
        EXPECT_NE(issue.message.find(c.message), std::string::npos)
            << c.pointer << ": " << issue.message;
        EXPECT_GT(issue.line, 0) << c.pointer;
    }
}

TEST(PlanRequestFormat, CheckInsMustBeOldestFirst)
{
    const std::string json = R"({"format": "glidepath-plan-request", "version": 1,
 "week_start": "2026-11-23",
 "client": {"conditions": ["general_knee_pain"], "side": "both", "goals": [], "equipment": [],
            "sessions_per_week": 3, "minutes_per_session": 20},
 "screening": {"red_flags": []},
 "checkins": [
  {"date": "2026-11-16", "pain_rest": 0, "pain_activity": 0, "pain_exercise": 0,
   "next_morning": "settled", "night_pain": false, "swelling": "none", "adherence": 1,
   "red_flags": []},
  {"date": "2026-11-09", "pain_rest": 0, "pain_activity": 0, "pain_exercise": 0,
   "next_morning": "settled", "night_pain": false, "swelling": "none", "adherence": 1,
   "red_flags": []}]})";
    const FormatIssue issue = issueAt(issuesOf(json), "/checkins/1/date");
    EXPECT_NE(issue.message.find("oldest first"), std::string::npos);
    EXPECT_EQ(issue.line, 10);
}

TEST(PlanRequestFormat, AllProblemsAreReportedAtOnceInDocumentOrder)
{
    std::string json = replaced(kIssueRequest, R"("side": "left")", R"("side": 3)");
    json = replaced(json, R"("pain_exercise": 3)", R"("pain_exercise": -1)");
    json = replaced(json, R"("week_start": "2026-11-23")", R"("week_start": 20261123)");
    const std::vector<FormatIssue> issues = issuesOf(json);
    ASSERT_EQ(issues.size(), 3u);
    EXPECT_EQ(issues[0].pointer, "/week_start");
    EXPECT_EQ(issues[1].pointer, "/client/side");
    EXPECT_EQ(issues[2].pointer, "/checkins/0/pain_exercise");
}

TEST(PlanRequestFormat, SyntaxErrorsGiveLineAndColumn)
{
    const std::vector<FormatIssue> issues =
        issuesOf("{\"format\": \"glidepath-plan-request\",\n  oops}");
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].line, 2);
    EXPECT_EQ(issues[0].column, 3);
}

TEST(PlanRequestFormat, APreviousPlanMustComeBeforeTheWeek)
{
    core::PlanRequest request = parsePlanRequest(kIssueRequest);
    request.previousPlan =
        core::generatePlan(test::requestWith(test::day(2026, 11, 23), {}), test::makeTestLibrary());
    const FormatIssue issue =
        issueAt(issuesOf(writePlanRequest(request)), "/previous_plan/week_start");
    EXPECT_NE(issue.message.find("must be before week_start (2026-11-23)"), std::string::npos);
}

class PlanFormat : public ::testing::Test
{
protected:
    core::Plan smallPlan()
    {
        core::Plan plan;
        plan.weekStart = test::day(2026, 11, 23);
        plan.decision = {Action::Hold,
                         Light::Amber,
                         2,
                         0,
                         {core::Reason("light.amber.exercise_pain",
                                       {{"pain", core::value::pain(4)},
                                        {"since", core::value::date(test::day(2026, 11, 16))}}),
                          core::Reason("action.hold.amber")}};
        plan.advice = {core::Reason("advice.one_change")};
        for (int i = 0; i < 7; ++i) {
            core::PlanDay d;
            d.date = plan.weekStart + std::chrono::days(i);
            plan.days.push_back(d);
        }
        plan.days[0].kind = core::DayKind::Strength;
        plan.days[0].estimatedMinutes = 12;
        plan.days[0].exercises = {
            {"pelvic-curl", "Pelvic curl", 3, 10, 3, "2-0-3", 45, core::WorkSide::Both,
             core::Reason("keep.previous", {{"exercises", core::value::list({core::value::exercise(
                                                              "wall-sit", "Wall sit", 6)})},
                                            {"why", core::value::words({"amber"})},
                                            {"note", core::value::text("as agreed")},
                                            {"cut", core::value::percent(0.3)}})},
            {"side-plank", "Side plank", 2, 0, 20, "", 30, core::WorkSide::Each,
             core::Reason("exercise.new")}};
        plan.overrides = {
            {"swap", 0, "wall-sit", "pelvic-curl", "Swapped Wall sit for Pelvic curl"}};
        return plan;
    }
};

TEST_F(PlanFormat, WritesExactlyTheDocumentedShape)
{
    const std::string expected = R"({
  "format": "glidepath-plan",
  "version": 2,
  "week_start": "2026-11-23",
  "decision": {
    "action": "hold",
    "light": "amber",
    "phase": 2,
    "green_weeks_in_phase": 0,
    "reasons": [
      {
        "rule": "light.amber.exercise_pain",
        "values": {
          "pain": {
            "pain": 4
          },
          "since": {
            "date": "2026-11-16"
          }
        },
        "text": "words for light.amber.exercise_pain"
      },
      {
        "rule": "action.hold.amber",
        "values": {},
        "text": "words for action.hold.amber"
      }
    ]
  },
  "advice": [
    {
      "rule": "advice.one_change",
      "values": {},
      "text": "words for advice.one_change"
    }
  ],
  "days": [
    {
      "date": "2026-11-23",
      "kind": "strength",
      "estimated_minutes": 12,
      "exercises": [
        {
          "id": "pelvic-curl",
          "name": "Pelvic curl",
          "sets": 3,
          "reps": 10,
          "hold_seconds": 3,
          "tempo": "2-0-3",
          "rest_seconds": 45,
          "side": "both",
          "reason": {
            "rule": "keep.previous",
            "values": {
              "cut": {
                "percent": 30
              },
              "exercises": {
                "list": [
                  {
                    "exercise": "wall-sit",
                    "name": "Wall sit",
                    "pain": 6
                  }
                ]
              },
              "note": {
                "text": "as agreed"
              },
              "why": {
                "list": [
                  {
                    "word": "amber"
                  }
                ]
              }
            },
            "text": "words for keep.previous"
          }
        },
        {
          "id": "side-plank",
          "name": "Side plank",
          "sets": 2,
          "hold_seconds": 20,
          "tempo": "",
          "rest_seconds": 30,
          "side": "each",
          "reason": {
            "rule": "exercise.new",
            "values": {},
            "text": "words for exercise.new"
          }
        }
      ]
    },
)";
    const std::string written = writePlan(
        smallPlan(), [](const core::Reason& reason) { return "words for " + reason.rule; });
    EXPECT_EQ(written.substr(0, expected.size()), expected);
    EXPECT_NE(written.find(R"("overrides": [
    {
      "kind": "swap",
      "day_index": 0,
      "exercise_id": "wall-sit",
      "replacement_id": "pelvic-curl",
      "description": "Swapped Wall sit for Pelvic curl"
    }
  ]
})"),
              std::string::npos);
}

TEST_F(PlanFormat, PlansReadBackEqualAndCanBeFedBackAsPreviousPlan)
{
    const core::Plan plan = smallPlan();
    const std::string written = writePlan(plan);
    EXPECT_EQ(parsePlan(written), plan);
    const std::string request =
        replaced(kIssueRequest, R"("previous_plan": null)", "\"previous_plan\": " + written);
    const core::PlanRequest parsed = parsePlanRequest(
        replaced(request, R"("week_start": "2026-11-23")", R"("week_start": "2026-11-30")"));
    ASSERT_TRUE(parsed.previousPlan);
    EXPECT_EQ(*parsed.previousPlan, plan);
}

TEST_F(PlanFormat, LoadIsOptionalRoundTripsAndIsChecked)
{
    core::Plan plan = smallPlan();
    // The written shape without a load is the one before loads: old plans read the same.
    EXPECT_EQ(writePlan(plan).find("\"load\""), std::string::npos);
    plan.days[0].exercises[0].loadKind = core::LoadKind::Band;
    plan.days[0].exercises[0].loadLevel = 2;
    const std::string written = writePlan(plan);
    EXPECT_NE(written.find(R"("load": {
            "kind": "band",
            "level": 2
          })"),
              std::string::npos)
        << written;
    EXPECT_EQ(parsePlan(written), plan);

    const auto issues = test::issuesFrom(
        parsePlan, replaced(written, R"("level": 2)", R"("level": 5)")); // a band has 4 levels
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].pointer, "/days/0/exercises/0/load/level");
}

// A version 1 plan (reasons, advice and exercise reasons as words only) still reads: the words
// are kept as stored words, written back as they came, and the values it never had stay empty.
TEST_F(PlanFormat, VersionOnePlansWithWordsOnlyStillRead)
{
    std::string old = writePlan(smallPlan());
    old = replaced(old, R"("version": 2)", R"("version": 1)");
    const std::string reasons =
        old.substr(old.find("\"reasons\""), old.find("\"days\"") - old.find("\"reasons\""));
    old =
        replaced(old, reasons, R"("reasons": [{"rule": "action.hold.amber", "text": "Amber week."}]
  },
  "advice": ["Keep going."],
  )");
    old = replaced(old,
                   old.substr(old.find("\"reason\": {"),
                              old.find("}\n        },") + 1 - old.find("\"reason\": {")),
                   R"("reason": "Kept.")");
    const core::Plan plan = parsePlan(old);
    ASSERT_EQ(plan.decision.reasons.size(), 1u);
    EXPECT_EQ(plan.decision.reasons[0].rule, "action.hold.amber");
    EXPECT_EQ(plan.decision.reasons[0].text, "Amber week.");
    EXPECT_TRUE(plan.decision.reasons[0].values.empty());
    ASSERT_EQ(plan.advice.size(), 1u);
    EXPECT_EQ(plan.advice[0].text, "Keep going.");
    EXPECT_EQ(plan.days[0].exercises[0].reason.text, "Kept.");
    // Written again, the stored words stay words and read back the same.
    EXPECT_EQ(parsePlan(writePlan(plan)), plan);
}

TEST_F(PlanFormat, ReasonValuesThatCannotBeReadAreNamed)
{
    const std::string good = writePlan(smallPlan());
    const auto issues = test::issuesFrom(parsePlan, replaced(good, R"("pain": {
            "pain": 4
          })",
                                                             R"("pain": {
            "pain": "four"
          })"));
    EXPECT_NE(issueAt(issues, "/decision/reasons/0/values/pain").message.find("whole number"),
              std::string::npos);
}

TEST_F(PlanFormat, PlanErrorsNameTheirField)
{
    const std::string good = writePlan(smallPlan());
    auto issues = [&](std::string_view from, std::string_view to) {
        return test::issuesFrom(parsePlan, replaced(good, from, to));
    };
    EXPECT_NE(issueAt(issues(R"("date": "2026-11-25")", R"("date": "2026-11-26")"), "/days/2/date")
                  .message.find("must be 2026-11-25"),
              std::string::npos);
    EXPECT_NE(issueAt(issues(R"("hold_seconds": 20,)", ""), "/days/0/exercises/1/reps")
                  .message.find("reps or hold_seconds"),
              std::string::npos);
    EXPECT_NE(
        issueAt(issues(R"("tempo": "2-0-3")", R"("tempo": "slow")"), "/days/0/exercises/0/tempo")
            .message.find("lift-pause-lower"),
        std::string::npos);
    EXPECT_NE(issueAt(issues(R"("kind": "swap")", R"("kind": "twist")"), "/overrides/0/kind")
                  .message.find("swap, dose, remove, add or reorder"),
              std::string::npos);
    EXPECT_NE(issueAt(issues(R"("phase": 2)", R"("phase": 5)"), "/decision/phase")
                  .message.find("from 1 to 4"),
              std::string::npos);
    std::string sixDays = good;
    const auto last = sixDays.rfind(",\n    {\n      \"date\": \"2026-11-29\"");
    ASSERT_NE(last, std::string::npos);
    const auto end = sixDays.find("\n    }", last + 5);
    sixDays.erase(last, end + 6 - last);
    try {
        parsePlan(sixDays);
        ADD_FAILURE() << "six days accepted";
    } catch (const FormatError& error) {
        EXPECT_NE(issueAt(error.issues(), "/days").message.find("exactly 7 days"),
                  std::string::npos);
    }
}

} // namespace
} // namespace glidepath::io

namespace glidepath::io {
namespace {

// Engine v2 request fields: surgery, precautions, hip-balance answers and clinician reviews
// are optional, read back exactly, and a surgery without clearances clears nothing.
TEST(PlanFormatV2Fields, SurgeryPrecautionsHipBalanceAndReviewsRoundTrip)
{
    core::PlanRequest request;
    request.weekStart = *core::parseIsoDate("2026-11-23");
    request.client.conditions = {core::Condition::PostSurgery};
    request.client.surgery = core::Surgery{core::Operation::AclReconstruction,
                                           *core::parseIsoDate("2026-09-01"),
                                           core::WeightBearing::Partial,
                                           {core::SurgicalClearance::Kneeling}};
    request.client.precautions = {core::ClientPrecaution::FallInLastYear};
    request.client.hipBalance.sitsForLongPeriods = true;
    request.client.hipBalance.doesHipBalanceWork = false;
    request.reviews = {{*core::parseIsoDate("2026-11-20"), "Dr Okafor", "cleared"}};
    const std::string text = writePlanRequest(request);
    const core::PlanRequest again = parsePlanRequest(text);
    EXPECT_EQ(again.client.surgery, request.client.surgery);
    EXPECT_EQ(again.client.precautions, request.client.precautions);
    EXPECT_EQ(again.client.hipBalance, request.client.hipBalance);
    EXPECT_EQ(again.reviews, request.reviews);
    EXPECT_EQ(writePlanRequest(again), text);

    std::string bare = text;
    const std::string clearances = R"("clearances": [
        "kneeling"
      ])";
    const auto at = bare.find(clearances);
    ASSERT_NE(at, std::string::npos) << text;
    bare.erase(at - 1, clearances.size() + 1); // and the comma before it
    bare.erase(bare.rfind(',', at - 1), 1);
    EXPECT_TRUE(parsePlanRequest(bare).client.surgery->clearances.empty());
}

} // namespace
} // namespace glidepath::io
