// Phase gates 1->2->3->4 (phase.gate.*): each named criterion, and the phase carried in plans.

#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>

#include <gtest/gtest.h>

namespace glidepath::core {
namespace {

using test::day;
using test::greenCheckIn;

class EnginePhaseGate : public ::testing::Test
{
protected:
    PhaseGateResult gate(int phase, int greenWeeks, const CheckIn& latest,
                         const Plan* previous = nullptr)
    {
        return evaluatePhaseGate(phase, greenWeeks, latest, m_client, previous, m_index, m_rules);
    }

    // A previous plan whose strength day holds the given exercises.
    Plan planWith(std::vector<std::string> ids)
    {
        Plan plan;
        plan.weekStart = day(2026, 11, 16);
        plan.days.resize(7);
        plan.days[0].kind = DayKind::Strength;
        for (const std::string& id : ids) {
            const Exercise* exercise = m_index.find(id);
            PlannedExercise planned;
            planned.id = id;
            planned.name = exercise->name;
            planned.sets = exercise->dose.sets;
            planned.reps = exercise->dose.reps;
            planned.holdSeconds = exercise->dose.holdSeconds;
            planned.reason = Reason("edit.add");
            plan.days[0].exercises.push_back(planned);
        }
        return plan;
    }

    std::vector<Exercise> m_library = test::makeTestLibrary();
    LibraryIndex m_index{m_library};
    ClientProfile m_client = test::fullyEquippedClient();
    ProgressionRules m_rules;
};

// The criterion [word, limit, value...] in the gate reason's "met" or "missing" list.
const ReasonValue* criterion(const Reason& reason, std::string_view list, std::string_view word)
{
    const ReasonValue* items = reason.find(list);
    if (items == nullptr) {
        return nullptr;
    }
    for (const ReasonValue& item : items->items) {
        if (!item.items.empty() && item.items[0].id == word) {
            return &item;
        }
    }
    return nullptr;
}

// The numbers after the criterion's word: limit, then the client's value.
std::vector<int> numbers(const ReasonValue* criterion)
{
    std::vector<int> out;
    if (criterion != nullptr) {
        for (std::size_t i = 1; i < criterion->items.size(); ++i) {
            out.push_back(criterion->items[i].number);
        }
    }
    return out;
}

TEST_F(EnginePhaseGate, OneToTwoNeedsTwoGreenWeeksLowRestPainAndNoSwelling)
{
    const CheckIn c = greenCheckIn(day(2026, 11, 22));
    const PhaseGateResult pass = gate(1, 2, c);
    EXPECT_TRUE(pass.passed);
    EXPECT_EQ(pass.reason.rule, "phase.gate.1_2");
    EXPECT_EQ(pass.reason.word("passed"), "yes");
    EXPECT_EQ(pass.reason.number("phase"), 1);
    EXPECT_EQ(numbers(criterion(pass.reason, "met", "rest_pain")), (std::vector<int>{2, 1}));
    EXPECT_TRUE(pass.reason.find("missing")->items.empty());

    const PhaseGateResult oneWeek = gate(1, 1, c);
    EXPECT_FALSE(oneWeek.passed);
    EXPECT_EQ(oneWeek.reason.word("passed"), "no");
    EXPECT_EQ(numbers(criterion(oneWeek.reason, "missing", "green_weeks")),
              (std::vector<int>{2, 1}))
        << encodeReason(oneWeek.reason);
    EXPECT_NE(criterion(oneWeek.reason, "met", "rest_pain"), nullptr);

    CheckIn restPain = c;
    restPain.painRest = 3;
    const PhaseGateResult painful = gate(1, 2, restPain);
    EXPECT_FALSE(painful.passed);
    EXPECT_EQ(numbers(criterion(painful.reason, "missing", "rest_pain")), (std::vector<int>{2, 3}));

    CheckIn swollen = c;
    swollen.swelling = Swelling::Same;
    EXPECT_FALSE(gate(1, 2, swollen).passed);
    EXPECT_NE(criterion(gate(1, 2, swollen).reason, "missing", "swelling"), nullptr);
}

TEST_F(EnginePhaseGate, TwoToThreeAlsoNeedsLowActivityPain)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.painActivity = 3;
    EXPECT_TRUE(gate(2, 2, c).passed);
    c.painActivity = 4;
    const PhaseGateResult result = gate(2, 2, c);
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.reason.rule, "phase.gate.2_3");
    EXPECT_EQ(numbers(criterion(result.reason, "missing", "activity_pain")),
              (std::vector<int>{3, 4}));
}

TEST_F(EnginePhaseGate, HopsOnlyWhenSingleLegWorkIsPainFreeEnoughAndTheGoalNeedsThem)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    const Plan withSingleLeg = planWith({"split-squat", "single-leg-bridge", "pelvic-curl"});
    EXPECT_TRUE(gate(3, 2, c, &withSingleLeg).passed);

    c.painfulExercises["split-squat"] = 3;
    const PhaseGateResult hurt = gate(3, 2, c, &withSingleLeg);
    EXPECT_FALSE(hurt.passed);
    const ReasonValue* hurtItem = criterion(hurt.reason, "missing", "single_leg_hurt");
    ASSERT_NE(hurtItem, nullptr) << encodeReason(hurt.reason);
    ASSERT_EQ(hurtItem->items.size(), 3u);
    ASSERT_EQ(hurtItem->items[2].items.size(), 1u);
    EXPECT_EQ(hurtItem->items[2].items[0].name, "Split squat");
    EXPECT_EQ(hurtItem->items[2].items[0].number, 3);

    c.painfulExercises.clear();
    c.painfulExercises["pelvic-curl"] = 4; // both legs: not single-leg work
    EXPECT_TRUE(gate(3, 2, c, &withSingleLeg).passed);

    const Plan noSingleLeg = planWith({"pelvic-curl"});
    EXPECT_FALSE(gate(3, 2, c, &noSingleLeg).passed);
    EXPECT_FALSE(gate(3, 2, c, nullptr).passed);

    m_client.goals = {Goal::Walking};
    const PhaseGateResult noSport = gate(3, 2, greenCheckIn(day(2026, 11, 22)), &withSingleLeg);
    EXPECT_FALSE(noSport.passed);
    EXPECT_NE(criterion(noSport.reason, "missing", "no_sport_goal"), nullptr);
}

TEST_F(EnginePhaseGate, GateLimitsAreRules)
{
    m_rules.phaseGates[0].greenWeeks = 3;
    EXPECT_FALSE(gate(1, 2, greenCheckIn(day(2026, 11, 22))).passed);
    EXPECT_TRUE(gate(1, 3, greenCheckIn(day(2026, 11, 22))).passed);
}

TEST_F(EnginePhaseGate, PhaseFourHasNoGate)
{
    EXPECT_FALSE(gate(4, 9, greenCheckIn(day(2026, 11, 22))).passed);
}

TEST_F(EnginePhaseGate, GreenWeeksCarryThroughPlansAndThePhaseMovesUpOnTheSecond)
{
    PlanRequest request = test::requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))});
    const Plan week1 = generatePlan(request, m_library);
    EXPECT_EQ(week1.decision.phase, 1);
    EXPECT_EQ(week1.decision.greenWeeksInPhase, 1);

    request.previousPlan = week1;
    request.weekStart = day(2026, 11, 30);
    request.checkins.push_back(greenCheckIn(day(2026, 11, 29)));
    const Plan week2 = generatePlan(request, m_library);
    EXPECT_EQ(week2.decision.phase, 2);
    EXPECT_EQ(week2.decision.greenWeeksInPhase, 0);
    EXPECT_TRUE(test::hasReason(week2, "phase.gate.1_2"));

    // An amber week breaks the run.
    request.previousPlan = week2;
    request.weekStart = day(2026, 12, 7);
    CheckIn amber = greenCheckIn(day(2026, 12, 6));
    amber.painExercise = 3;
    request.checkins.push_back(amber);
    EXPECT_EQ(generatePlan(request, m_library).decision.greenWeeksInPhase, 0);
}

// plan.first: a first plan starts in the start phase at starting doses, however many green
// check-ins came before it; they count towards the next gate.
TEST_F(EnginePhaseGate, WithoutAPreviousPlanEarlierGreenCheckInsCountButAFirstPlanDoesNotMove)
{
    const PlanRequest request = test::requestWith(
        day(2026, 11, 23), {greenCheckIn(day(2026, 11, 15)), greenCheckIn(day(2026, 11, 22))});
    const Plan result = generatePlan(request, m_library);
    EXPECT_EQ(result.decision.phase, 1);
    EXPECT_EQ(result.decision.action, Action::Hold);
    EXPECT_TRUE(test::hasReason(result, "plan.first"));
    EXPECT_EQ(result.decision.greenWeeksInPhase, 2);
}

TEST_F(EnginePhaseGate, AGreenWeekWithTooFewSessionsNeitherCountsNorBreaksTheRun)
{
    CheckIn skipped = greenCheckIn(day(2026, 11, 15));
    skipped.adherence = 0.3;
    const PlanRequest request =
        test::requestWith(day(2026, 11, 30), {greenCheckIn(day(2026, 11, 8)), skipped,
                                              greenCheckIn(day(2026, 11, 22))});
    const Plan result = generatePlan(request, m_library);
    EXPECT_EQ(result.decision.action, Action::Hold); // plan.first
    EXPECT_EQ(result.decision.greenWeeksInPhase, 2);
}

} // namespace
} // namespace glidepath::core
