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
using test::reasonOf;
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
        EXPECT_EQ(planned.reason.rule, "keep.previous") << encodeReason(planned.reason);
        EXPECT_EQ(planned.reason.word("case"), "hold") << encodeReason(planned.reason);
        EXPECT_EQ(planned.reason.word("hold"), "amber") << encodeReason(planned.reason);
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
            EXPECT_EQ(planned.reason.rule, "dose.progress");
            EXPECT_EQ(planned.reason.word("case"), "harder") << encodeReason(planned.reason);
            continue;
        }
        const PlannedExercise& old = before.at(id);
        const int changed = (planned.sets != old.sets) + (planned.reps != old.reps) +
                            (planned.holdSeconds != old.holdSeconds) + (planned.tempo != old.tempo);
        EXPECT_EQ(changed, 1) << id << ": " << encodeReason(planned.reason);
        EXPECT_EQ(planned.reason.rule, "dose.progress");
        EXPECT_EQ(planned.reason.word("case"), "step") << encodeReason(planned.reason);
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
    const Reason& why = planned.at("quad-set").reason;
    EXPECT_EQ(why.rule, "exercise.swap_painful") << encodeReason(why);
    ASSERT_TRUE(why.has("exercise"));
    EXPECT_EQ(why.find("exercise")->name, "Mini squat");
    EXPECT_EQ(why.find("exercise")->number, 6);
    EXPECT_EQ(why.number("limit"), 5);
    const Reason swap = reasonOf(result, "exercise.swap_painful");
    EXPECT_EQ(swap.word("case"), "easier");
    ASSERT_TRUE(swap.has("easier")) << encodeReason(swap);
    EXPECT_EQ(swap.find("easier")->name, "Quad set");
}

TEST_F(EngineCarryOver, APainfulExerciseWithoutAnEasierVersionIsReplacedAndNamed)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.painfulExercises["wall-sit"] = 8;
    const Plan result = plan(nextWeek(previousWith({"wall-sit"}), {c}));
    EXPECT_FALSE(byId(result).count("wall-sit"));
    bool named = false;
    for (const auto& [id, planned] : byId(result)) {
        const ReasonValue* replaced = planned.reason.find("replaced");
        named = named || (planned.reason.rule == "exercise.new" &&
                          planned.reason.word("case") == "replaces" && replaced != nullptr &&
                          replaced->name == "Wall sit" && replaced->number == 8 &&
                          planned.reason.word("dropped") == "painful");
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
    EXPECT_FALSE(test::hasReason(result, "action.progress")) << "a held week said it moved up";
    const auto planned = byId(result);
    const PlannedExercise& clamshell = planned.at("clamshell");
    EXPECT_EQ(clamshell.reps, 12);
    EXPECT_EQ(clamshell.reason.rule, "exercise.hold_painful") << encodeReason(clamshell.reason);
    EXPECT_EQ(clamshell.reason.number("pain"), 4);
    EXPECT_EQ(clamshell.reason.number("limit"), 2);
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
    const Reason& cut = planned.at("pelvic-curl").reason;
    EXPECT_EQ(cut.rule, "dose.regress");
    EXPECT_EQ(cut.word("case"), "volume");
    EXPECT_EQ(cut.number("cut"), 30);
    ASSERT_TRUE(cut.has("from"));
    EXPECT_EQ(cut.find("from")->items[0].number, 3);
    EXPECT_EQ(cut.find("from")->items[1].number, 10);
    EXPECT_EQ(cut.find("to")->items[0].number, 2) << "the reason matches the card";
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
    const Reason& why = planned.at("quad-set").reason;
    EXPECT_EQ(why.rule, "keep.previous") << encodeReason(why);
    EXPECT_EQ(why.word("case"), "easier");
    EXPECT_EQ(why.word("exclusion"), "knee_flexion_cap");
    EXPECT_EQ(why.word("max_flexion"), "low");
}

TEST_F(EngineCarryOver, OutgrownExercisesMoveOnToTheirHarderVersion)
{
    // Phase 3 with no new check-in: clamshell (phases 1-2) is outgrown.
    const Plan result = plan(nextWeek(previousWith({"clamshell"}, 3), {}));
    const auto planned = byId(result);
    EXPECT_FALSE(planned.count("clamshell"));
    ASSERT_TRUE(planned.count("side-plank-clam"));
    EXPECT_EQ(planned.at("side-plank-clam").reason.rule, "keep.previous");
    EXPECT_EQ(planned.at("side-plank-clam").reason.word("case"), "harder");
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
    gone.reason = Reason("edit.add");
    previous.days[0].exercises.push_back(gone);
    const Plan result = plan(nextWeek(previous, {greenCheckIn(day(2026, 11, 22))}));
    const Reason kept = reasonOf(result, "keep.previous");
    EXPECT_EQ(kept.word("case"), "not_in_library");
    ASSERT_TRUE(kept.has("exercise"));
    EXPECT_EQ(kept.find("exercise")->id, "retired-move");
    EXPECT_EQ(kept.find("exercise")->name, "Retired move");
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
