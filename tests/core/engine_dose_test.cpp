// Dose steps (dose.progress, dose.regress) and the minutes estimate (week.budget).

#include "support/test_library.h"

#include <glidepath/core/progression_steps.h>

#include <gtest/gtest.h>

namespace glidepath::core {
namespace {

class EngineDose : public ::testing::Test
{
protected:
    const Exercise& get(std::string_view id) { return *m_index.find(id); }
    std::vector<DoseStep> steps(std::string_view id, const Dose& dose)
    {
        return progressionSteps(get(id), dose, m_index, m_filter, m_rules);
    }

    std::vector<Exercise> m_library = test::makeTestLibrary();
    LibraryIndex m_index{m_library};
    SelectionFilter m_filter = [] {
        SelectionFilter filter;
        filter.phase = 1;
        filter.available = {Equipment::None, Equipment::Mat, Equipment::Chair, Equipment::Towel};
        return filter;
    }();
    ProgressionRules m_rules;
};

TEST_F(EngineDose, RepsComeFirstAndEachStepChangesOneVariable)
{
    // pelvic-curl: reps 8-15, sets up to 3, hold 2-6 s within each rep, tempo 2-0-3.
    const Dose dose{2, 10, 3, "2-0-3", 30};
    m_filter.phase = 2; // so that single-leg-bridge may be used
    const std::vector<DoseStep> options = steps("pelvic-curl", dose);
    ASSERT_EQ(options.size(), 5u);
    EXPECT_EQ(options[0].change, "reps");
    EXPECT_EQ(options[0].from, 10);
    EXPECT_EQ(options[0].to, 12);
    EXPECT_EQ(options[0].dose, (Dose{2, 12, 3, "2-0-3", 30}));
    EXPECT_EQ(options[1].change, "sets");
    EXPECT_EQ(options[1].from, 2);
    EXPECT_EQ(options[1].to, 3);
    EXPECT_EQ(options[1].dose, (Dose{3, 10, 3, "2-0-3", 30}));
    EXPECT_EQ(options[2].change, "hold");
    EXPECT_EQ(options[2].from, 3);
    EXPECT_EQ(options[2].to, 4);
    EXPECT_EQ(options[3].change, "lowering");
    EXPECT_EQ(options[3].from, 3);
    EXPECT_EQ(options[3].to, 4);
    EXPECT_EQ(options[3].dose.tempo, "2-0-4");
    EXPECT_EQ(options[4].exercise->id, "single-leg-bridge");
    EXPECT_EQ(options[4].change, "harder");
}

// run.advance: walk-run grows by running time per interval, then by one interval; a second
// block (sets) would double the running in a week and is never offered.
TEST_F(EngineDose, WalkRunGrowsByRunningTimeThenOneIntervalNeverByASecondBlock)
{
    Exercise walkRun = get("pelvic-curl");
    walkRun.id = "walk-run-test";
    walkRun.category = Category::Gait;
    walkRun.goals = {Goal::Running};
    walkRun.easier.clear();
    walkRun.harder.clear();
    walkRun.limits = DoseLimits{};
    walkRun.limits.minSets = 1;
    walkRun.limits.maxSets = 2;
    walkRun.limits.minReps = 4;
    walkRun.limits.maxReps = 10;
    walkRun.limits.minHoldSeconds = 30;
    walkRun.limits.maxHoldSeconds = 180;
    const std::vector<Exercise> one{walkRun};
    const LibraryIndex index{one};
    const Dose dose{1, 6, 60, "", 60};
    const std::vector<DoseStep> options =
        progressionSteps(*index.find("walk-run-test"), dose, index, m_filter, m_rules);
    ASSERT_EQ(options.size(), 2u);
    EXPECT_EQ(options[0].change, "hold");
    EXPECT_EQ(options[0].dose, (Dose{1, 6, 60 + m_rules.runHoldStepSeconds, "", 60}));
    EXPECT_EQ(options[1].change, "reps");
    EXPECT_EQ(options[1].dose, (Dose{1, 7, 60, "", 60}));
    for (const DoseStep& step : options) {
        EXPECT_EQ(step.dose.sets, 1) << step.change;
    }
    // At the longest running time only one more interval is left.
    const std::vector<DoseStep> atTop = progressionSteps(
        *index.find("walk-run-test"), Dose{1, 6, 180, "", 60}, index, m_filter, m_rules);
    ASSERT_EQ(atTop.size(), 1u);
    EXPECT_EQ(atTop[0].change, "reps");
}

TEST_F(EngineDose, StepsStayWithinTheLimits)
{
    const std::vector<DoseStep> options = steps("pelvic-curl", Dose{3, 14, 6, "2-0-5", 30});
    // Reps may only reach 15; sets, hold and tempo are at their limits.
    ASSERT_GE(options.size(), 1u);
    EXPECT_EQ(options[0].dose.reps, 15);
    for (const DoseStep& step : options) {
        EXPECT_LE(step.dose.sets, 3);
        EXPECT_LE(step.dose.holdSeconds, 6);
    }
}

TEST_F(EngineDose, AtItsLimitsOnlyTheHarderVersionRemainsAndOnlyWhenItMayBeUsed)
{
    const Dose top{3, 15, 6, "2-0-5", 30};
    m_filter.phase = 2;
    std::vector<DoseStep> options = steps("pelvic-curl", top);
    ASSERT_EQ(options.size(), 1u);
    EXPECT_EQ(options[0].exercise->id, "single-leg-bridge");
    EXPECT_EQ(options[0].dose, startingDose(get("single-leg-bridge")));
    m_filter.phase = 1; // single-leg-bridge starts in phase 2
    EXPECT_TRUE(steps("pelvic-curl", top).empty());
}

TEST_F(EngineDose, PureHoldsGrowByTheHoldStep)
{
    const std::vector<DoseStep> options = steps("quad-set", Dose{3, 0, 10, "", 30});
    ASSERT_GE(options.size(), 1u);
    EXPECT_EQ(options[0].change, "hold");
    EXPECT_EQ(options[0].from, 10);
    EXPECT_EQ(options[0].to, 20);
    m_rules.holdStepSeconds = 5;
    EXPECT_EQ(steps("quad-set", Dose{3, 0, 10, "", 30})[0].dose.holdSeconds, 15);
}

TEST_F(EngineDose, ReduceVolumeCutsAboutThirtyPercent)
{
    const DoseLimits limits{1, 3, 5, 15, 0, 0};
    EXPECT_EQ(reduceVolume(Dose{3, 10, 0, "", 30}, limits, 0.7), (Dose{3, 7, 0, "", 30}));
    // Reps cannot go below 8 here, so a set goes instead.
    EXPECT_EQ(reduceVolume(Dose{3, 8, 0, "", 30}, DoseLimits{1, 3, 8, 12, 0, 0}, 0.7),
              (Dose{2, 8, 0, "", 30}));
    EXPECT_EQ(reduceVolume(Dose{3, 0, 30, "", 30}, DoseLimits{1, 3, 0, 0, 10, 60}, 0.7),
              (Dose{3, 0, 21, "", 30}));
    EXPECT_EQ(reduceVolume(Dose{1, 8, 0, "", 30}, DoseLimits{1, 3, 8, 12, 0, 0}, 0.7),
              std::nullopt);
}

TEST_F(EngineDose, StartingDoseIsClampedIntoTheLimits)
{
    Exercise exercise = get("pelvic-curl");
    exercise.dose.reps = 40;
    exercise.dose.sets = 9;
    const Dose dose = startingDose(exercise);
    EXPECT_EQ(dose.reps, 15);
    EXPECT_EQ(dose.sets, 3);
}

TEST_F(EngineDose, MinutesComeFromSetsRepsTempoHoldAndRest)
{
    const ProgressionRules rules;
    // 3 sets x (10 reps x (2+1+3) s + 30 s rest) + 30 s setting up.
    EXPECT_EQ(estimateSeconds(Dose{3, 10, 0, "2-1-3", 30}, Laterality::Bilateral, rules), 300);
    // Single-leg work is done on each side; the rest comes once per set (week.budget):
    // 3 x (2 x 60 s + 30 s) + 30 s.
    EXPECT_EQ(estimateSeconds(Dose{3, 10, 0, "2-1-3", 30}, Laterality::Unilateral, rules), 480);
    // A hold within each rep replaces the pause: 2 + 3 + 2 s a rep.
    EXPECT_EQ(estimateSeconds(Dose{1, 10, 3, "2-1-2", 0}, Laterality::Bilateral, rules), 100);
    // No tempo: 3 s a rep plus the hold.
    EXPECT_EQ(estimateSeconds(Dose{2, 10, 0, "", 15}, Laterality::Bilateral, rules), 120);
    // A pure hold.
    EXPECT_EQ(estimateSeconds(Dose{3, 0, 30, "", 30}, Laterality::Bilateral, rules), 210);
    EXPECT_EQ(minutesFromSeconds(210), 4);
    EXPECT_EQ(minutesFromSeconds(180), 3);
}

TEST_F(EngineDose, TempoParsesLiftPauseLower)
{
    const auto tempo = parseTempo("2-1-10");
    ASSERT_TRUE(tempo);
    EXPECT_EQ(tempo->lift, 2);
    EXPECT_EQ(tempo->pause, 1);
    EXPECT_EQ(tempo->lower, 10);
    EXPECT_EQ(formatTempo(*tempo), "2-1-10");
    for (const char* bad : {"", "2-1", "2-1-3-4", "a-1-3", "2--3", "-1-3", "2-1-", "123-1-1"}) {
        EXPECT_FALSE(parseTempo(bad)) << bad;
    }
}

TEST_F(EngineDose, DescribeDoseReadsNaturally)
{
    EXPECT_EQ(describeDose(Dose{3, 10, 0, "", 30}), "3 × 10");
    EXPECT_EQ(describeDose(Dose{3, 10, 3, "2-0-3", 30}), "3 × 10 with a 3 s hold, tempo 2-0-3");
    EXPECT_EQ(describeDose(Dose{2, 0, 30, "", 30}), "2 × 30 s hold");
}

} // namespace
} // namespace glidepath::core
