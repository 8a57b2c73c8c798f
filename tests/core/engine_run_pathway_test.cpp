// The return-to-run pathway (run.entry, run.advance): walk-run work comes in only after a week
// that showed the entry criteria, and moves up only when the morning after running is settled.

#include "engine_test_support.h"
#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>

#include <gtest/gtest.h>

#include <algorithm>

namespace glidepath::core {
namespace {

using test::day;

std::vector<Exercise> runLibrary()
{
    std::vector<Exercise> library = test::makeTestLibrary();
    library.push_back(test::ExerciseBuilder("long-walk", Category::Gait, Muscle::GluteMed)
                          .phases(1, 4)
                          .position(Position::Standing)
                          .knee(KneeFlexion::Low)
                          .pureHold(2, 240, 60, 300)
                          .goals({Goal::Walking})
                          .ladder("", "walk-run")
                          .build());
    library.back().limits.maxSets = 6;
    library.push_back(test::ExerciseBuilder("walk-run", Category::Gait, Muscle::Quadriceps)
                          .phases(4, 4)
                          .position(Position::Standing)
                          .knee(KneeFlexion::Moderate)
                          .impact(Impact::High)
                          .reps(1, 6, 4, 10)
                          .goals({Goal::Running})
                          .ladder("long-walk", "")
                          .build());
    return library;
}

class RunPathway : public ::testing::Test
{
protected:
    const Date kWeek = day(2026, 11, 23);

    // Last week: phase 4, a 6 x 5 min walk and pogo hops on Wednesday.
    Plan lastWeek(const std::vector<std::string>& ids = {"long-walk", "pogo-hops"})
    {
        Plan plan = test::planHolding(m_index, kWeek - std::chrono::days(7), 2, ids, 4);
        for (PlannedExercise& e : plan.days[2].exercises) {
            e.reason = Reason("exercise.new");
            if (e.id == "long-walk") {
                e.sets = 6;
                e.holdSeconds = 300;
            }
        }
        return plan;
    }

    PlanRequest request(Plan previous)
    {
        PlanRequest r =
            test::requestWith(kWeek, {test::greenCheckIn(kWeek - std::chrono::days(1))});
        r.client.goals = {Goal::Running};
        r.client.minutesPerSession = 90;
        r.previousPlan = std::move(previous);
        return r;
    }

    // The run reason of the week and whether walk-run may be planned.
    std::pair<Reason, bool> judge(const PlanRequest& r, std::string_view rule = "run.entry")
    {
        const WeekAssessment week = assessWeek(r, m_index, m_rules);
        Reason found;
        for (const Reason& reason : week.decision.reasons) {
            if (reason.rule == rule) {
                found = reason;
            }
        }
        const SelectionFilter filter = makeSelectionFilter(week, r, m_index, m_rules);
        return {found, isUsable(*m_index.find("walk-run"), filter)};
    }

    static std::vector<std::string> missing(const Reason& reason)
    {
        std::vector<std::string> words;
        if (const ReasonValue* list = reason.find("missing")) {
            for (const ReasonValue& item : list->items) {
                words.push_back(item.items.empty() ? "" : item.items[0].id);
            }
        }
        return words;
    }

    SessionLog loggedSession(const std::string& id, bool worse)
    {
        SessionLog log;
        log.date = kWeek - std::chrono::days(5);
        log.plannedDate = log.date;
        log.worseNextMorning = worse;
        log.entries.push_back({id, LogStatus::Done, 1, 1, std::nullopt, std::nullopt});
        return log;
    }

    std::vector<Exercise> m_library = runLibrary();
    LibraryIndex m_index{m_library};
    ProgressionRules m_rules;
};

TEST_F(RunPathway, EveryEntryCriterionMetOpensWalkRun)
{
    const auto [reason, usable] = judge(request(lastWeek()));
    EXPECT_EQ(reason.word("passed"), "yes") << encodeReason(reason);
    EXPECT_TRUE(missing(reason).empty());
    EXPECT_TRUE(usable);
    // The climb from the walk to walk-run itself is checked on the shipped library by the
    // steady-runner journey (tests/io/engine_journey_test.cpp).
}

// After surgery running waits for the surgeon: the entry reason names that, walk-run stays out
// whatever else is met, and the advice does not say "if you run" to someone not cleared to.
TEST_F(RunPathway, AfterSurgeryRunningWaitsForTheSurgeonAndTheAdviceSaysSo)
{
    PlanRequest r = request(lastWeek());
    r.client.conditions = {Condition::PostSurgery};
    r.client.surgery = Surgery{Operation::AclReconstruction,
                               day(2025, 11, 24),
                               WeightBearing::Full,
                               {SurgicalClearance::ImpactLanding}};
    const auto [notCleared, usable] = judge(r);
    EXPECT_FALSE(usable);
    const std::vector<std::string> words = missing(notCleared);
    ASSERT_FALSE(words.empty()) << encodeReason(notCleared);
    EXPECT_EQ(words.front(), "surgeon_not_cleared");
    const Plan plan = generatePlan(r, m_library, m_rules);
    const auto running = std::find_if(plan.advice.begin(), plan.advice.end(),
                                      [](const Reason& a) { return a.rule == "advice.running"; });
    ASSERT_NE(running, plan.advice.end());
    EXPECT_EQ(running->word("case"), "not_cleared");

    r.client.surgery->clearances.push_back(SurgicalClearance::Running);
    const auto [cleared, usableNow] = judge(r);
    EXPECT_TRUE(missing(cleared).empty()) << encodeReason(cleared);
    const Plan after = generatePlan(r, m_library, m_rules);
    for (const Reason& advice : after.advice) {
        if (advice.rule == "advice.running") {
            EXPECT_EQ(advice.word("case"), "");
        }
    }
}

TEST_F(RunPathway, TwentyFiveMinutesOfWalkingIsNotEnough)
{
    Plan previous = lastWeek();
    previous.days[2].exercises[0].sets = 5;
    const auto [reason, usable] = judge(request(previous));
    EXPECT_EQ(missing(reason), std::vector<std::string>{"walk_minutes"});
    EXPECT_FALSE(usable);
    const Plan plan = generatePlan(request(previous), m_library, m_rules);
    EXPECT_FALSE(test::byId(plan).count("walk-run"));
    EXPECT_TRUE(test::byId(plan).count("long-walk")) << "the walking goes on";
}

TEST_F(RunPathway, AWalkThatHurtDoesNotCount)
{
    PlanRequest r = request(lastWeek());
    r.checkins.back().painfulExercises["long-walk"] = 3;
    const auto [reason, usable] = judge(r);
    const auto words = missing(reason);
    EXPECT_NE(std::find(words.begin(), words.end(), "walk_hurt"), words.end());
    EXPECT_FALSE(usable);
}

TEST_F(RunPathway, HopsMustHaveBeenPlannedAndPainFree)
{
    {
        const auto [reason, usable] = judge(request(lastWeek({"long-walk"})));
        EXPECT_EQ(missing(reason), std::vector<std::string>{"hops_none"});
        EXPECT_FALSE(usable);
    }
    PlanRequest r = request(lastWeek());
    r.checkins.back().painfulExercises["pogo-hops"] = 3;
    const auto [reason, usable] = judge(r);
    EXPECT_EQ(missing(reason), std::vector<std::string>{"hops_hurt"});
    EXPECT_FALSE(usable);
}

TEST_F(RunPathway, AWorseMorningOrAnUnsettledCheckInKeepsItClosed)
{
    PlanRequest r = request(lastWeek());
    r.sessionLogs = {loggedSession("long-walk", true)};
    auto [reason, usable] = judge(r);
    EXPECT_EQ(missing(reason), std::vector<std::string>{"not_settled"});
    EXPECT_FALSE(usable);

    PlanRequest amber = request(lastWeek());
    amber.checkins.back().painExercise = 4;
    std::tie(reason, usable) = judge(amber);
    EXPECT_EQ(missing(reason), std::vector<std::string>{"not_settled"});
    EXPECT_FALSE(usable);
}

TEST_F(RunPathway, BelowPhaseFourTheGateComesFirst)
{
    Plan previous = lastWeek();
    previous.decision.phase = 3;
    PlanRequest r = request(previous);
    const auto [reason, usable] = judge(r);
    const auto words = missing(reason);
    EXPECT_NE(std::find(words.begin(), words.end(), "phase"), words.end());
    EXPECT_FALSE(usable);
}

TEST_F(RunPathway, WithoutARunningGoalWalkRunIsNeverPlannedAndNothingIsSaid)
{
    PlanRequest r = request(lastWeek());
    r.client.goals = {Goal::Walking};
    const auto [reason, usable] = judge(r);
    EXPECT_TRUE(reason.rule.empty());
    EXPECT_FALSE(usable);
}

TEST_F(RunPathway, ASettledMorningAfterRunningLetsWalkRunMoveUp)
{
    PlanRequest r = request(lastWeek({"walk-run", "pogo-hops"}));
    r.sessionLogs = {loggedSession("walk-run", false)};
    const auto [reason, usable] = judge(r, "run.advance");
    EXPECT_EQ(reason.word("case"), "advance");
    EXPECT_TRUE(usable);
    const Plan plan = generatePlan(r, m_library, m_rules);
    ASSERT_TRUE(test::byId(plan).count("walk-run"));
    EXPECT_GT(test::byId(plan).at("walk-run").reps, 6) << "one step up";
}

TEST_F(RunPathway, AWorseMorningAfterRunningStepsBackToWalking)
{
    PlanRequest r = request(lastWeek({"walk-run", "pogo-hops"}));
    r.sessionLogs = {loggedSession("walk-run", true)};
    const auto [reason, usable] = judge(r, "run.advance");
    EXPECT_EQ(reason.word("case"), "step_back");
    ASSERT_NE(reason.find("dates"), nullptr);
    EXPECT_FALSE(usable);
    const Plan plan = generatePlan(r, m_library, m_rules);
    EXPECT_FALSE(test::byId(plan).count("walk-run"));
    EXPECT_TRUE(test::byId(plan).count("long-walk"));

    // The check-in's own "next morning higher" steps back too.
    PlanRequest higher = request(lastWeek({"walk-run", "pogo-hops"}));
    higher.checkins.back().nextMorning = NextMorning::Higher;
    EXPECT_EQ(judge(higher, "run.advance").first.word("case"), "step_back");
}

TEST_F(RunPathway, AWorseMorningAfterAnotherSessionHoldsWalkRun)
{
    PlanRequest r = request(lastWeek({"walk-run", "pogo-hops"}));
    r.sessionLogs = {loggedSession("pogo-hops", true)};
    const auto [reason, usable] = judge(r, "run.advance");
    EXPECT_EQ(reason.word("case"), "hold");
    EXPECT_TRUE(usable);
    const Plan plan = generatePlan(r, m_library, m_rules);
    ASSERT_TRUE(test::byId(plan).count("walk-run"));
    EXPECT_EQ(test::byId(plan).at("walk-run").reps, 6) << "no step up in an amber week";
}

} // namespace
} // namespace glidepath::core
