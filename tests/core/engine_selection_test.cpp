// Which exercises may be planned: equipment, phase, red-week caps, kneeling, painful exercises,
// hidden exercises, slots and the lowest usable rung of each ladder.

#include "support/test_library.h"

#include <glidepath/core/progression_steps.h>

#include <gtest/gtest.h>

namespace glidepath::core {
namespace {

using test::ExerciseBuilder;

class EngineSelection : public ::testing::Test
{
protected:
    const Exercise& get(std::string_view id) { return *m_index.find(id); }
    std::vector<std::string> ids(const std::vector<const Exercise*>& exercises)
    {
        std::vector<std::string> out;
        for (const Exercise* e : exercises) {
            out.push_back(e->id);
        }
        return out;
    }

    std::vector<Exercise> m_library = test::makeTestLibrary();
    LibraryIndex m_index{m_library};
    SelectionFilter m_filter = [] {
        SelectionFilter filter;
        filter.available = {Equipment::None,  Equipment::Mat,   Equipment::Band, Equipment::Step,
                            Equipment::Towel, Equipment::Chair, Equipment::Wall, Equipment::Pad};
        return filter;
    }();
};

TEST_F(EngineSelection, EquipmentTheClientLacksIsNeverUsed)
{
    EXPECT_TRUE(hasEquipment(get("dead-bug"), m_filter.available));
    m_filter.available = {Equipment::None};
    EXPECT_FALSE(hasEquipment(get("dead-bug"), m_filter.available));
    EXPECT_TRUE(hasEquipment(get("split-squat"), m_filter.available));
    EXPECT_EQ(
        exclusionReason(get("dead-bug"), m_filter),
        (ReasonValues{{"exclusion", value::word("equipment")}, {"needs", value::words({"mat"})}}));
    m_filter.phase = 3;
    EXPECT_EQ(exclusionReason(get("jumpboard"), m_filter),
              (ReasonValues{{"exclusion", value::word("equipment")},
                            {"needs", value::words({"reformer"})}}));
}

TEST_F(EngineSelection, AMatIsAssumedOnlyWhenTheRuleSaysSo)
{
    WeekAssessment assessment;
    PlanRequest request;
    request.client.equipment = {Equipment::Band};
    ProgressionRules rules;
    EXPECT_FALSE(
        contains(makeSelectionFilter(assessment, request, rules).available, Equipment::Mat));
    rules.assumeMat = true;
    const SelectionFilter filter = makeSelectionFilter(assessment, request, rules);
    EXPECT_TRUE(contains(filter.available, Equipment::Mat));
    EXPECT_TRUE(contains(filter.available, Equipment::Band));
    EXPECT_TRUE(contains(filter.available, Equipment::None));
}

TEST_F(EngineSelection, PhaseRangeLandingAndGaitAreGated)
{
    m_filter.phase = 1;
    EXPECT_EQ(exclusionReason(get("split-squat"), m_filter),
              (ReasonValues{{"exclusion", value::word("phase_too_low")},
                            {"exercise_phase", value::number(2)},
                            {"plan_phase", value::number(1)}}));
    m_filter.phase = 3;
    EXPECT_EQ(exclusionReason(get("clamshell"), m_filter),
              (ReasonValues{{"exclusion", value::word("phase_too_high")},
                            {"exercise_phase", value::number(2)},
                            {"plan_phase", value::number(3)}}));
    EXPECT_TRUE(isUsable(get("soft-landing"), m_filter));
    m_filter.landingMinPhase = 4;
    EXPECT_EQ(exclusionReason(get("soft-landing"), m_filter),
              (ReasonValues{{"exclusion", value::word("landing_phase")},
                            {"exercise_phase", value::number(4)}}));
    m_filter.gaitMinPhase = 4;
    EXPECT_EQ(exclusionReason(get("brisk-walk-drill"), m_filter),
              (ReasonValues{{"exclusion", value::word("gait_phase")},
                            {"exercise_phase", value::number(4)}}));
}

TEST_F(EngineSelection, RedWeekCapsKneeFlexionAndImpact)
{
    m_filter.phase = 3;
    m_filter.capsActive = true;
    m_filter.maxKneeFlexion = KneeFlexion::Low;
    m_filter.maxImpact = Impact::None;
    EXPECT_EQ(exclusionReason(get("split-squat"), m_filter),
              (ReasonValues{{"exclusion", value::word("knee_flexion_cap")},
                            {"flexion", value::word("moderate")},
                            {"max_flexion", value::word("low")}}));
    EXPECT_FALSE(isUsable(get("step-down"), m_filter));
    EXPECT_FALSE(isUsable(get("soft-landing"), m_filter)); // moderate and low impact
    EXPECT_TRUE(isUsable(get("pelvic-curl"), m_filter));
    m_filter.maxKneeFlexion = KneeFlexion::Moderate;
    EXPECT_EQ(exclusionReason(get("soft-landing"), m_filter),
              (ReasonValues{{"exclusion", value::word("impact_cap")},
                            {"impact", value::word("low")},
                            {"max_impact", value::word("none")}}));
}

TEST_F(EngineSelection, KneelingAndPainfulExercisesAreLeftOut)
{
    const Exercise& kneeling = get("kneeling-hip-flexor-stretch");
    EXPECT_TRUE(isKneeling(kneeling));
    EXPECT_TRUE(isUsable(kneeling, m_filter));
    m_filter.excludeKneeling = true;
    m_filter.kneelingActivityPain = 5;
    m_filter.kneelingThreshold = 4;
    EXPECT_EQ(exclusionReason(kneeling, m_filter),
              (ReasonValues{{"exclusion", value::word("kneeling")},
                            {"activity_pain", value::pain(5)},
                            {"limit", value::number(4)}}));
    m_filter.swap = {{"pelvic-curl", 7}};
    EXPECT_EQ(exclusionReason(get("pelvic-curl"), m_filter),
              (ReasonValues{{"exclusion", value::word("painful")},
                            {"pain", value::pain(7)},
                            {"limit", value::number(5)}}));
}

TEST_F(EngineSelection, HiddenExercisesAreNeverUsed)
{
    Exercise hidden = get("clamshell");
    hidden.hidden = true;
    EXPECT_EQ(exclusionReason(hidden, m_filter),
              (ReasonValues{{"exclusion", value::word("hidden")}}));
}

TEST_F(EngineSelection, SlotsFollowTheMainMuscleAndTheCategory)
{
    EXPECT_EQ(strengthSlotOf(get("clamshell")), Slot::HipAbductors);
    EXPECT_EQ(strengthSlotOf(get("pelvic-curl")), Slot::HipExtensors);
    EXPECT_EQ(strengthSlotOf(get("wall-sit")), Slot::Quadriceps);
    EXPECT_EQ(strengthSlotOf(get("side-plank")), Slot::TrunkControl);
    EXPECT_EQ(strengthSlotOf(get("calf-raise")), Slot::Accessory);
    EXPECT_EQ(strengthSlotOf(get("soft-landing")), Slot::Landing);
    EXPECT_EQ(strengthSlotOf(get("brisk-walk-drill")), Slot::Gait);
    EXPECT_EQ(strengthSlotOf(get("hamstring-stretch")), std::nullopt);
    EXPECT_EQ(placeOf(get("hamstring-stretch"), DayKind::Strength),
              std::pair(DayKind::Mobility, Slot::Mobility));
    EXPECT_EQ(placeOf(get("clamshell"), DayKind::Mobility),
              std::pair(DayKind::Mobility, Slot::Activation));
}

TEST_F(EngineSelection, CandidatesStartEachLadderAtItsLowestUsableRung)
{
    m_filter.phase = 2;
    // glute-set, pelvic-curl and single-leg-bridge are one ladder: only glute-set is offered.
    EXPECT_EQ(ids(slotCandidates(Slot::HipExtensors, DayKind::Strength, m_index, m_filter)),
              (std::vector<std::string>{"standing-hip-extension", "glute-set"}));
    // Without equipment for the lower rungs, the ladder starts higher up.
    m_filter.available = {Equipment::None, Equipment::Mat};
    EXPECT_EQ(ids(slotCandidates(Slot::Quadriceps, DayKind::Strength, m_index, m_filter)),
              (std::vector<std::string>{"split-squat"}));
}

TEST_F(EngineSelection, CandidateTiesAreBrokenById)
{
    std::vector<Exercise> library{
        ExerciseBuilder("zeta-abduction", Category::Strength, Muscle::GluteMed),
        ExerciseBuilder("alpha-abduction", Category::Strength, Muscle::GluteMed),
        ExerciseBuilder("mid-abduction", Category::Strength, Muscle::GluteMed)};
    const LibraryIndex index(library);
    EXPECT_EQ(ids(slotCandidates(Slot::HipAbductors, DayKind::Strength, index, m_filter)),
              (std::vector<std::string>{"alpha-abduction", "mid-abduction", "zeta-abduction"}));
}

TEST_F(EngineSelection, EasierAndHarderWalkPastRungsThatCannotBeUsed)
{
    m_filter.phase = 2;
    m_filter.available = {Equipment::None, Equipment::Towel};
    // split-squat -> mini-squat (needs a chair) -> quad-set (towel).
    EXPECT_EQ(easierUsable(get("split-squat"), m_index, m_filter), &get("quad-set"));
    m_filter.phase = 1;
    EXPECT_EQ(harderUsable(get("glute-set"), m_index, m_filter), nullptr); // mat missing
    EXPECT_EQ(ladderRoot(get("step-down"), m_index), "quad-set");
    EXPECT_EQ(ladderRoot(get("wall-sit"), m_index), "wall-sit");
}

TEST_F(EngineSelection, LibraryIndexFindsByIdAndPrefersTheFirstOfTwins)
{
    std::vector<Exercise> library{ExerciseBuilder("b-one", Category::Strength, Muscle::GluteMed),
                                  ExerciseBuilder("a-one", Category::Strength, Muscle::GluteMed),
                                  ExerciseBuilder("b-one", Category::Mobility, Muscle::GluteMed)};
    const LibraryIndex index(library);
    EXPECT_EQ(index.find("b-one"), &library[0]);
    EXPECT_EQ(index.find("a-one"), &library[1]);
    EXPECT_EQ(index.find("c-one"), nullptr);
}

} // namespace
} // namespace glidepath::core
