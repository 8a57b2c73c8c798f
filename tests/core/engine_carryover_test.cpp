// The previous plan is the starting point (keep.previous): exercises are kept and their doses
// moved by the decision; painful, outgrown or capped exercises move along their ladder.

#include "engine_test_support.h"
#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace glidepath::core {
namespace {

using test::byId;
using test::day;
using test::greenCheckIn;
using test::hasReason;
using test::reasonText;
using test::requestWith;

class EngineCarryOver : public ::testing::Test
{
protected:
    Plan plan(const PlanRequest& request) { return generatePlan(request, m_library); }

    // A plan for 2026-11-16 with one strength day holding these exercises at their start doses,
    // made in the given phase.
    Plan previousWith(std::vector<std::string> ids, int phase = 1)
    {
        return test::planHolding(m_index, day(2026, 11, 16), 0, ids, phase);
    }

    PlanRequest nextWeek(Plan previous, std::vector<CheckIn> checkins)
    {
        PlanRequest request = requestWith(day(2026, 11, 23), std::move(checkins));
        request.previousPlan = std::move(previous);
        return request;
    }

    std::vector<Exercise> m_library = test::makeTestLibrary();
    LibraryIndex m_index{m_library};
};

TEST_F(EngineCarryOver, AnAmberWeekKeepsEveryExerciseAtItsDose)
{
    const Plan week1 = plan(requestWith(day(2026, 11, 16), {}));
    CheckIn amber = greenCheckIn(day(2026, 11, 22));
    amber.painExercise = 4;
    const Plan week2 = plan(nextWeek(week1, {amber}));
    const auto before = byId(week1);
    const auto after = byId(week2);
    ASSERT_EQ(before.size(), after.size());
    for (const auto& [id, planned] : after) {
        ASSERT_TRUE(before.count(id)) << id;
        EXPECT_EQ(planned.sets, before.at(id).sets) << id;
        EXPECT_EQ(planned.reps, before.at(id).reps) << id;
        EXPECT_EQ(planned.holdSeconds, before.at(id).holdSeconds) << id;
        EXPECT_NE(planned.reason.find("same dose"), std::string::npos) << planned.reason;
        EXPECT_NE(planned.reason.find("amber"), std::string::npos) << planned.reason;
    }
}

TEST_F(EngineCarryOver, AGreenWeekMovesEachExerciseOneStep)
{
    PlanRequest first = requestWith(day(2026, 11, 16), {});
    first.client.minutesPerSession = 60; // room for every step
    const Plan week1 = plan(first);
    PlanRequest request = nextWeek(week1, {greenCheckIn(day(2026, 11, 22))});
    request.client.minutesPerSession = 60;
    const Plan week2 = plan(request);
    ASSERT_EQ(week2.decision.action, Action::Progress);
    const auto before = byId(week1);
    for (const auto& [id, planned] : byId(week2)) {
        if (!before.count(id)) {
            // Only a harder version of last week's exercise may be new.
            const Exercise& exercise = *m_index.find(id);
            EXPECT_TRUE(before.count(exercise.easier)) << id;
            EXPECT_NE(planned.reason.find("Moved up from"), std::string::npos);
            continue;
        }
        const PlannedExercise& old = before.at(id);
        const int changed = (planned.sets != old.sets) + (planned.reps != old.reps) +
                            (planned.holdSeconds != old.holdSeconds) + (planned.tempo != old.tempo);
        EXPECT_EQ(changed, 1) << id << ": " << planned.reason;
        EXPECT_NE(planned.reason.find("moved up one step"), std::string::npos);
    }
}

TEST_F(EngineCarryOver, AnExerciseThatHurtAboveFiveIsSwappedForItsEasierNeighbour)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.painfulExercises["mini-squat"] = 6;
    const Plan result = plan(nextWeek(previousWith({"mini-squat", "clamshell"}), {c}));
    const auto planned = byId(result);
    EXPECT_FALSE(planned.count("mini-squat"));
    ASSERT_TRUE(planned.count("quad-set"));
    EXPECT_NE(planned.at("quad-set").reason.find("Mini squat hurt 6/10 last week (above 5)"),
              std::string::npos);
    EXPECT_NE(reasonText(result, "exercise.swap_painful")
                  .find("swapped for its easier version, "
                        "Quad set"),
              std::string::npos);
}

TEST_F(EngineCarryOver, APainfulExerciseWithoutAnEasierVersionIsReplacedAndNamed)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.painfulExercises["wall-sit"] = 8;
    const Plan result = plan(nextWeek(previousWith({"wall-sit"}), {c}));
    EXPECT_FALSE(byId(result).count("wall-sit"));
    bool named = false;
    for (const auto& [id, planned] : byId(result)) {
        named =
            named || planned.reason.find("replaces Wall sit, which hurt 8/10") != std::string::npos;
    }
    EXPECT_TRUE(named);
}

TEST_F(EngineCarryOver, AnExerciseThatHurtALittleIsNotProgressed)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.painfulExercises["clamshell"] = 4;
    const Plan result = plan(nextWeek(previousWith({"clamshell"}), {c}));
    // The only exercise kept could not move up, so the week is not labelled progress.
    EXPECT_EQ(result.decision.action, Action::Hold);
    EXPECT_TRUE(test::hasReason(result, "action.progress.none"));
    const auto planned = byId(result);
    const PlannedExercise& clamshell = planned.at("clamshell");
    EXPECT_EQ(clamshell.reps, 12);
    EXPECT_NE(clamshell.reason.find("it hurt 4/10 (above 2)"), std::string::npos);
}

TEST_F(EngineCarryOver, ARedWeekCutsVolumeByAboutThirtyPercent)
{
    CheckIn red = greenCheckIn(day(2026, 11, 22));
    red.nextMorning = NextMorning::Higher;
    const Plan result = plan(nextWeek(previousWith({"clamshell", "pelvic-curl"}), {red}));
    const auto planned = byId(result);
    // 3 x 12 -> 2 x 12 (24 of 36 is closest to 70 %; reps may not go below 10).
    EXPECT_EQ(planned.at("clamshell").sets, 2);
    EXPECT_EQ(planned.at("clamshell").reps, 12);
    // 3 x 10 -> 2 x 10 (reps may not go below 8).
    EXPECT_EQ(planned.at("pelvic-curl").sets, 2);
    EXPECT_EQ(planned.at("pelvic-curl").reps, 10);
    EXPECT_NE(planned.at("pelvic-curl").reason.find("Red week: about 30 % less volume, 3 × 10"),
              std::string::npos);
    // Without such a floor reps come down: 3 x 10 -> 3 x 7.
    std::find_if(m_library.begin(), m_library.end(), [](const Exercise& e) {
        return e.id == "pelvic-curl";
    })->limits.minReps = 5;
    EXPECT_EQ(byId(plan(nextWeek(previousWith({"pelvic-curl"}), {red}))).at("pelvic-curl").reps, 7);
}

TEST_F(EngineCarryOver, ARedWeekReplacesDeepKneeWorkByItsEasierVersion)
{
    CheckIn red = greenCheckIn(day(2026, 11, 22));
    red.painExercise = 7;
    const Plan result = plan(nextWeek(previousWith({"mini-squat"}), {red}));
    const auto planned = byId(result);
    EXPECT_FALSE(planned.count("mini-squat"));
    ASSERT_TRUE(planned.count("quad-set"));
    EXPECT_NE(planned.at("quad-set").reason.find("above the red-week limit (low)"),
              std::string::npos);
}

TEST_F(EngineCarryOver, OutgrownExercisesMoveOnToTheirHarderVersion)
{
    // Phase 3 with no new check-in: clamshell (phases 1-2) is outgrown.
    const Plan result = plan(nextWeek(previousWith({"clamshell"}, 3), {}));
    const auto planned = byId(result);
    EXPECT_FALSE(planned.count("clamshell"));
    ASSERT_TRUE(planned.count("side-plank-clam"));
    EXPECT_NE(planned.at("side-plank-clam").reason.find("moved on to its harder version"),
              std::string::npos);
}

TEST_F(EngineCarryOver, BackToPhaseOneTakesExercisesDownTheirLadders)
{
    CheckIn red1 = greenCheckIn(day(2026, 11, 15));
    red1.painExercise = 7;
    CheckIn red2 = greenCheckIn(day(2026, 11, 22));
    red2.painExercise = 7;
    const Plan result =
        plan(nextWeek(previousWith({"split-squat", "single-leg-bridge"}, 2), {red1, red2}));
    EXPECT_EQ(result.decision.phase, 1);
    const auto planned = byId(result);
    EXPECT_FALSE(planned.count("split-squat"));
    EXPECT_FALSE(planned.count("single-leg-bridge"));
    EXPECT_TRUE(planned.count("pelvic-curl"));
    EXPECT_TRUE(planned.count("quad-set"));
}

TEST_F(EngineCarryOver, AnExerciseNoLongerInTheLibraryIsNamed)
{
    Plan previous = previousWith({"clamshell"});
    PlannedExercise gone;
    gone.id = "retired-move";
    gone.name = "Retired move";
    gone.sets = 2;
    gone.reps = 10;
    gone.reason = "earlier";
    previous.days[0].exercises.push_back(gone);
    const Plan result = plan(nextWeek(previous, {greenCheckIn(day(2026, 11, 22))}));
    EXPECT_NE(reasonText(result, "keep.previous").find("\"Retired move\" (retired-move)"),
              std::string::npos);
    EXPECT_FALSE(byId(result).count("retired-move"));
}

TEST_F(EngineCarryOver, ProgressionNeverLeavesTheLimitsOverManyGreenWeeks)
{
    PlanRequest request = requestWith(day(2026, 11, 16), {});
    request.client.minutesPerSession = 45;
    Plan current = plan(request);
    for (int week = 1; week <= 20; ++week) {
        request.previousPlan = current;
        request.weekStart = day(2026, 11, 16) + std::chrono::days(7 * week);
        request.checkins.push_back(greenCheckIn(request.weekStart - std::chrono::days(1)));
        current = plan(request);
        for (const auto& [id, planned] : byId(current)) {
            const Exercise& exercise = *m_index.find(id);
            EXPECT_GE(planned.sets, exercise.limits.minSets) << id;
            EXPECT_LE(planned.sets, exercise.limits.maxSets) << id;
            if (planned.reps > 0) {
                EXPECT_LE(planned.reps, exercise.limits.maxReps) << id;
            }
            if (planned.holdSeconds > 0) {
                EXPECT_LE(planned.holdSeconds, exercise.limits.maxHoldSeconds) << id;
            }
        }
    }
    // Twenty green weeks pass every gate the client can reach: phase 4 needs running.
    EXPECT_EQ(current.decision.phase, 4);
}

} // namespace
} // namespace glidepath::core
