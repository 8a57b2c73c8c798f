// Property tests: thousands of generated requests (seeded, so every run checks the same ones)
// against the safety rules in support/plan_invariants.h, determinism, independence from the
// library's order, and that every missing part of a strength session is explained.

#include "support/plan_invariants.h"
#include "support/request_generator.h"
#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace glidepath::core {
namespace {

constexpr int kRequests = 4000;

struct Coverage
{
    std::map<Action, int> actions;
    std::map<Light, int> lights;
    std::map<int, int> phases;
    int withPrevious = 0;
};

// Runs the generator and checks every plan; returns what the requests covered.
Coverage checkMany(std::span<const Exercise> library, const ProgressionRules& rules, unsigned seed,
                   int count)
{
    Coverage coverage;
    test::RequestGenerator generator(library, seed, rules);
    for (int i = 0; i < count; ++i) {
        const PlanRequest request = generator.next();
        const Plan plan = generatePlan(request, library, rules);
        const std::vector<std::string> violations =
            test::planViolations(request, plan, library, rules);
        if (!violations.empty()) {
            ADD_FAILURE() << "request " << i << " (seed " << seed << "): " << violations.front()
                          << " (" << violations.size() << " problems)";
            return coverage;
        }
        ++coverage.actions[plan.decision.action];
        ++coverage.lights[plan.decision.light];
        ++coverage.phases[plan.decision.phase];
        coverage.withPrevious += request.previousPlan ? 1 : 0;
    }
    return coverage;
}

TEST(EngineProperties, GeneratedRequestsKeepEverySafetyRule)
{
    const std::vector<Exercise> library = test::makeTestLibrary();
    Coverage coverage = checkMany(library, {}, 20261123u, kRequests);
    // The generator must reach every branch, or the properties prove little.
    // A first plan is never progress (plan.first), so progress needs one of the generator's
    // previous plans: fewer of those.
    for (Action action : allValues<Action>()) {
        EXPECT_GT(coverage.actions[action], action == Action::Progress ? 15 : 40)
            << toString(action);
    }
    for (Light light : allValues<Light>()) {
        EXPECT_GT(coverage.lights[light], 40) << toString(light);
    }
    for (int phase = 1; phase <= 4; ++phase) {
        EXPECT_GT(coverage.phases[phase], 20) << "phase " << phase;
    }
    EXPECT_GT(coverage.withPrevious, kRequests / 3);
}

TEST(EngineProperties, OtherRulesAreKeptToo)
{
    const std::vector<Exercise> library = test::makeTestLibrary();
    ProgressionRules rules;
    rules.assumeMat = true;
    rules.minRestDays = 2;
    rules.maxStrengthSessions = 2;
    rules.redMaxKneeFlexion = KneeFlexion::None;
    rules.greenMaxExercisePain = 3;
    rules.landingMinPhase = 4;
    rules.gaitMinPhase = 4;
    rules.kneelingExclusionConditions = {Condition::PatellofemoralPain,
                                         Condition::PatellarMaltracking};
    rules.kneelingExclusionActivityPain = 2;
    checkMany(library, rules, 7u, kRequests / 2);
}

TEST(EngineProperties, TheSameRequestAlwaysGivesTheSamePlan)
{
    const std::vector<Exercise> library = test::makeTestLibrary();
    test::RequestGenerator generator(library, 99u);
    for (int i = 0; i < 500; ++i) {
        const PlanRequest request = generator.next();
        ASSERT_EQ(generatePlan(request, library), generatePlan(request, library)) << i;
    }
}

TEST(EngineProperties, TheLibrarysOrderDoesNotMatter)
{
    const std::vector<Exercise> library = test::makeTestLibrary();
    std::vector<Exercise> reversed(library.rbegin(), library.rend());
    std::vector<Exercise> rotated = library;
    std::rotate(rotated.begin(), rotated.begin() + 7, rotated.end());
    test::RequestGenerator generator(library, 5u);
    for (int i = 0; i < 500; ++i) {
        const PlanRequest request = generator.next();
        const Plan plan = generatePlan(request, library);
        ASSERT_EQ(plan, generatePlan(request, reversed)) << i;
        ASSERT_EQ(plan, generatePlan(request, rotated)) << i;
    }
}

TEST(EngineProperties, EveryMissingPartOfAStrengthSessionIsExplained)
{
    const std::vector<Exercise> library = test::makeTestLibrary();
    const LibraryIndex index(library);
    test::RequestGenerator generator(library, 11u);
    for (int i = 0; i < kRequests / 2; ++i) {
        const PlanRequest request = generator.next();
        const Plan plan = generatePlan(request, library);
        for (const PlanDay& day : plan.days) {
            if (day.kind != DayKind::Strength) {
                continue;
            }
            for (Slot slot :
                 {Slot::HipAbductors, Slot::HipExtensors, Slot::Quadriceps, Slot::TrunkControl}) {
                const bool present =
                    std::any_of(day.exercises.begin(), day.exercises.end(), [&](const auto& e) {
                        return strengthSlotOf(*index.find(e.id)) == slot ||
                               // a ladder may lead into a neighbouring slot; it still fills it
                               e.reason.word("slot") == slotWord(slot);
                    });
                if (present) {
                    continue;
                }
                const bool explained = std::any_of(
                    plan.decision.reasons.begin(), plan.decision.reasons.end(),
                    [&](const Reason& r) {
                        return (r.rule == "week.strength_slots" || r.rule == "week.budget") &&
                               r.word("slot") == slotWord(slot);
                    });
                ASSERT_TRUE(explained) << "request " << i << ": " << slotLabel(slot)
                                       << " missing on " << toIsoString(day.date);
            }
        }
    }
}

// The checker itself must catch broken plans, or the properties above prove nothing.
TEST(EngineProperties, TheInvariantCheckerCatchesBrokenPlans)
{
    const std::vector<Exercise> library = test::makeTestLibrary();
    PlanRequest request = test::requestWith(test::day(2026, 11, 23), {});
    request.client.equipment = {Equipment::Mat, Equipment::Chair};
    const Plan good = generatePlan(request, library);
    ASSERT_TRUE(test::planViolations(request, good, library, {}).empty());
    auto broken = [&](auto change) {
        Plan plan = good;
        change(plan);
        return !test::planViolations(request, plan, library, {}).empty();
    };
    PlannedExercise banded;
    banded.id = "banded-side-step";
    banded.sets = 2;
    banded.reps = 10;
    banded.reason = Reason("edit.add");
    EXPECT_TRUE(broken([&](Plan& p) { p.days[0].exercises.push_back(banded); })); // no band
    EXPECT_TRUE(broken([](Plan& p) { p.days[1] = p.days[0]; }));                  // consecutive
    EXPECT_TRUE(broken([](Plan& p) { p.days[0].estimatedMinutes = 99; }));        // budget
    EXPECT_TRUE(broken([](Plan& p) { p.days[0].exercises[0].reason = {}; }));
    // Reasons are data: words in core, or an id the renderer does not know, are defects.
    EXPECT_TRUE(broken([](Plan& p) { p.days[0].exercises[0].reason.text = "words"; }));
    EXPECT_TRUE(broken([](Plan& p) { p.decision.reasons[0].rule = "made.up"; }));
    EXPECT_TRUE(broken([](Plan& p) { p.advice.push_back(Reason("made.up")); }));
    EXPECT_TRUE(broken([](Plan& p) { p.days[0].exercises[0].sets = 9; }));
    EXPECT_TRUE(broken([](Plan& p) { p.decision.action = Action::Refer; }));
    EXPECT_TRUE(broken([](Plan& p) { p.decision.reasons.clear(); }));
    EXPECT_TRUE(broken([](Plan& p) {
        p.decision.light = Light::Red; // mini-squat bends the knee to moderate
        p.days[0].exercises.push_back(
            {"mini-squat", "Mini squat", 3, 10, 0, "", 30, WorkSide::Both, Reason("edit.add")});
    }));
    EXPECT_TRUE(broken([](Plan& p) {
        p.days[0].exercises.push_back(
            {"soft-landing", "Soft landing", 3, 5, 0, "", 30, WorkSide::Both, Reason("edit.add")});
    })); // landing in phase 1
}

} // namespace
} // namespace glidepath::core
