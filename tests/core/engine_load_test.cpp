// Load as a dose variable (dose.load): what the levels mean, where the load step comes among
// the dose steps, that the budget moves progression to load instead of stalling, and that load
// never goes up in a hold or step-back week nor above what the library allows.

#include "engine_test_support.h"
#include "support/test_library.h"

#include <glidepath/core/load.h>
#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>
#include <glidepath/core/validation.h>

#include <gtest/gtest.h>

namespace glidepath::core {
namespace {

using test::day;
using test::greenCheckIn;
using test::requestWith;

class EngineLoad : public ::testing::Test
{
protected:
    const Exercise& get(std::string_view id) { return *m_index.find(id); }
    std::vector<DoseStep> steps(std::string_view id, const Dose& dose)
    {
        return progressionSteps(get(id), dose, m_index, m_filter, m_rules);
    }
    // The dose of banded-side-step (band 1-3) on the first day that has it; nullopt if none.
    static std::optional<PlannedExercise> find(const Plan& plan, std::string_view id)
    {
        for (const PlanDay& d : plan.days) {
            for (const PlannedExercise& e : d.exercises) {
                if (e.id == id) {
                    return e;
                }
            }
        }
        return std::nullopt;
    }

    // Gives each planned exercise its library load, as the engine would have planned it.
    void withLoads(Plan& plan)
    {
        for (PlanDay& d : plan.days) {
            for (PlannedExercise& e : d.exercises) {
                e.loadKind = get(e.id).dose.loadKind;
                e.loadLevel = get(e.id).dose.loadLevel;
            }
        }
    }

    std::vector<Exercise> m_library = test::makeTestLibrary();
    LibraryIndex m_index{m_library};
    SelectionFilter m_filter = [] {
        SelectionFilter filter;
        filter.phase = 1;
        filter.available = {Equipment::None, Equipment::Mat, Equipment::Band};
        return filter;
    }();
    ProgressionRules m_rules;
};

TEST(Load, LevelsReadAsPlainWords)
{
    EXPECT_EQ(describeLoad(LoadKind::Band, 1), "light band");
    EXPECT_EQ(describeLoad(LoadKind::Band, 4), "extra-heavy band");
    EXPECT_EQ(describeLoad(LoadKind::AnkleWeight, 1), "0.5 kg ankle weight");
    EXPECT_EQ(describeLoad(LoadKind::AnkleWeight, 2), "1 kg ankle weight");
    EXPECT_EQ(describeLoad(LoadKind::AnkleWeight, 3), "1.5 kg ankle weight");
    EXPECT_EQ(describeLoad(LoadKind::Dumbbell, 2), "2 kg dumbbell");
    EXPECT_EQ(describeLoad(LoadKind::Band, 0), "");
    EXPECT_EQ(describeLoad(LoadKind::None, 3), "");
    EXPECT_EQ(describeDose(Dose{3, 10, 0, "", 30, LoadKind::Band, 2}), "3 × 10, medium band");
}

TEST(Load, ValidationKeepsTheLevelWithinTheExerciseAndTheKind)
{
    Exercise e = test::ExerciseBuilder("banded", Category::Strength, Muscle::GluteMed)
                     .equipment({Equipment::Band})
                     .load(LoadKind::Band, 2, 3);
    EXPECT_TRUE(validateExercise(e).empty());
    e.dose.loadLevel = 4;
    ASSERT_FALSE(validateExercise(e).empty());
    EXPECT_EQ(validateExercise(e).front().field, "dose/load_level");
    e.dose.loadLevel = 1;
    e.limits.maxLoadLevel = 5; // a band has four levels
    EXPECT_EQ(validateExercise(e).front().field, "dose_limits/max_load_level");
    e.dose.loadKind = LoadKind::None; // a level without a kind
    EXPECT_FALSE(validateExercise(e).empty());
}

TEST_F(EngineLoad, LoadComesAfterVolumeAndBeforeTheHarderRungOnlyWithTheLoadAtHome)
{
    // banded-side-step: reps up to 14, sets up to 3, band levels 1-3.
    const Dose top{3, 14, 0, "2-1-5", 30, LoadKind::Band, 1}; // lowering at its 5 s limit
    std::vector<DoseStep> options = steps("banded-side-step", top);
    ASSERT_EQ(options.size(), 1u);
    EXPECT_EQ(options[0].change, "load");
    EXPECT_EQ(options[0].from, 1); // light band -> medium band
    EXPECT_EQ(options[0].to, 2);
    EXPECT_EQ(options[0].dose.loadLevel, 2);
    EXPECT_EQ(options[0].dose.reps, 14);

    // Room for reps: reps first, load last.
    options = steps("banded-side-step", Dose{2, 10, 0, "2-1-2", 30, LoadKind::Band, 1});
    ASSERT_GE(options.size(), 2u);
    EXPECT_EQ(options.front().change, "reps");
    EXPECT_EQ(options.front().from, 10);
    EXPECT_EQ(options.front().to, 12);
    EXPECT_EQ(options.back().dose.loadLevel, 2);

    // Never above the exercise's maximum.
    EXPECT_TRUE(steps("banded-side-step", Dose{3, 14, 0, "2-1-5", 30, LoadKind::Band, 3}).empty());

    // An optional ankle weight needs one at home.
    const Dose lying{3, 15, 0, "2-1-5", 30, LoadKind::AnkleWeight, 0};
    EXPECT_TRUE(steps("side-lying-abduction", lying).empty());
    m_filter.available.push_back(Equipment::AnkleWeight);
    options = steps("side-lying-abduction", lying);
    ASSERT_EQ(options.size(), 1u);
    EXPECT_EQ(options[0].change, "load");
    EXPECT_EQ(options[0].from, 0); // none -> 0.5 kg ankle weight
    EXPECT_EQ(options[0].to, 1);
}

TEST_F(EngineLoad, ClampToLimitsKeepsTheLoadWithinTheLibrary)
{
    EXPECT_EQ(
        clampToLimits(Dose{2, 10, 0, "", 30, LoadKind::Band, 9}, get("banded-side-step").limits)
            .loadLevel,
        3);
    EXPECT_EQ(
        clampToLimits(Dose{2, 10, 0, "", 30, LoadKind::None, 2}, get("dead-bug").limits).loadLevel,
        0);
}

TEST_F(EngineLoad, TheBudgetEstimateCountsRestOncePerSet)
{
    m_rules.defaultRepSeconds = 3;
    m_rules.setupSecondsPerExercise = 30;
    m_rules.unilateralFactor = 2;
    // Both legs: 3 sets x (10 reps x 3 s + 30 s rest) + 30 s setting up.
    EXPECT_EQ(estimateSeconds(Dose{3, 10, 0, "", 30}, Laterality::Bilateral, m_rules),
              3 * (30 + 30) + 30);
    // One leg at a time: the work is doubled, the rest is still once per set.
    EXPECT_EQ(estimateSeconds(Dose{3, 10, 0, "", 30}, Laterality::Unilateral, m_rules),
              3 * (60 + 30) + 30);
    // Load costs no time.
    EXPECT_EQ(
        estimateSeconds(Dose{3, 10, 0, "", 30, LoadKind::Band, 3}, Laterality::Bilateral, m_rules),
        estimateSeconds(Dose{3, 10, 0, "", 30}, Laterality::Bilateral, m_rules));
}

// A client whose sessions have no room for more volume keeps progressing by load: week after
// green week, banded-side-step gets a heavier band instead of holding at the same dose.
TEST_F(EngineLoad, WhenTheBudgetStopsVolumeProgressionMovesToLoad)
{
    PlanRequest request = requestWith(day(2026, 11, 2), {});
    request.client.minutesPerSession = 12;
    request.previousPlan =
        test::planHolding(m_index, day(2026, 10, 26), 0, {"banded-side-step", "mini-squat"}, 1);
    withLoads(*request.previousPlan);
    int heaviest = 1;
    bool movedByLoadAlone = false;
    PlannedExercise before = *find(*request.previousPlan, "banded-side-step");
    for (int week = 0; week < 8; ++week) {
        request.checkins.push_back(greenCheckIn(request.weekStart - std::chrono::days(1)));
        const Plan plan = generatePlan(request, m_library, m_rules);
        const auto now = find(plan, "banded-side-step");
        if (!now) {
            break;
        }
        EXPECT_LE(now->loadLevel, 3);
        if (now->loadLevel > before.loadLevel) {
            EXPECT_EQ(plan.decision.action, Action::Progress);
            EXPECT_EQ(now->reason.rule, "dose.progress");
            EXPECT_EQ(now->reason.word("change"), "load");
            EXPECT_EQ(now->reason.word("load_kind"), "band");
            // The first heavier band came while reps or sets still had room in the library's
            // limits (14 reps, 3 sets): it was the session's minutes that stopped volume.
            movedByLoadAlone =
                movedByLoadAlone || (now->sets == before.sets && now->reps == before.reps &&
                                     (now->reps < 14 || now->sets < 3));
        }
        heaviest = std::max(heaviest, now->loadLevel);
        before = *now;
        request.previousPlan = plan;
        request.weekStart += std::chrono::days(7);
    }
    EXPECT_EQ(heaviest, 3);
    EXPECT_TRUE(movedByLoadAlone);
}

TEST_F(EngineLoad, HoldAndStepBackWeeksNeverAddLoad)
{
    PlanRequest request = requestWith(day(2026, 11, 2), {});
    request.previousPlan =
        test::planHolding(m_index, day(2026, 10, 26), 0, {"banded-side-step"}, 1);
    for (PlanDay& d : request.previousPlan->days) {
        for (PlannedExercise& e : d.exercises) {
            e.sets = 3;
            e.reps = 14; // only load is left
            e.loadKind = LoadKind::Band;
            e.loadLevel = 2;
        }
    }
    CheckIn amber = greenCheckIn(day(2026, 11, 1));
    amber.painExercise = 4;
    request.checkins = {amber};
    Plan plan = generatePlan(request, m_library, m_rules);
    EXPECT_EQ(plan.decision.action, Action::Hold);
    ASSERT_TRUE(find(plan, "banded-side-step"));
    EXPECT_EQ(find(plan, "banded-side-step")->loadLevel, 2);

    CheckIn red = greenCheckIn(day(2026, 11, 1));
    red.painExercise = 7;
    request.checkins = {red};
    plan = generatePlan(request, m_library, m_rules);
    EXPECT_EQ(plan.decision.action, Action::Regress);
    if (const auto e = find(plan, "banded-side-step")) {
        EXPECT_LE(e->loadLevel, 2);
    }

    // Green, but the exercise itself hurt 4/10: it holds, load included.
    CheckIn green = greenCheckIn(day(2026, 11, 1));
    green.painfulExercises["banded-side-step"] = 4;
    request.checkins = {green};
    plan = generatePlan(request, m_library, m_rules);
    ASSERT_TRUE(find(plan, "banded-side-step"));
    EXPECT_EQ(find(plan, "banded-side-step")->loadLevel, 2);
}

TEST_F(EngineLoad, APlanFromBeforeLoadsStartsAtTheLibrarysLevel)
{
    PlanRequest request = requestWith(day(2026, 11, 2), {});
    request.previousPlan =
        test::planHolding(m_index, day(2026, 10, 26), 0, {"banded-side-step"}, 1);
    // planHolding writes no load: a plan saved before loads existed.
    ASSERT_EQ(find(*request.previousPlan, "banded-side-step")->loadKind, LoadKind::None);
    const Plan plan = generatePlan(request, m_library, m_rules);
    const auto e = find(plan, "banded-side-step");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->loadKind, LoadKind::Band);
    EXPECT_EQ(e->loadLevel, 1);
}

} // namespace
} // namespace glidepath::core
