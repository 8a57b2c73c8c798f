// The engine on the shipped library and rules: the safety properties over thousands of generated
// requests, byte-identical JSON, round trips, and a client followed through many weeks.

#include "support/plan_invariants.h"
#include "support/request_generator.h"
#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>
#include <glidepath/io/builtin_data.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/io/rules_format.h>

#include <gtest/gtest.h>

#include <set>

namespace glidepath::io {
namespace {

using core::Plan;
using core::PlanRequest;

const std::vector<core::Exercise>& shipped()
{
    return builtinLibrary().exercises;
}

TEST(PlanBuiltinLibrary, GeneratedRequestsKeepEverySafetyRuleAndWriteTheSameBytes)
{
    const core::ProgressionRules& rules = builtinRules();
    const std::string rulesText(builtinRulesJson());
    test::RequestGenerator generator(shipped(), 20261123u, rules);
    std::set<std::string> rulesSeen;
    for (int i = 0; i < 3000; ++i) {
        const PlanRequest request = generator.next();
        const Plan plan = core::generatePlan(request, shipped(), rules);
        const auto violations = test::planViolations(request, plan, shipped(), rules);
        ASSERT_TRUE(violations.empty()) << "request " << i << ": " << violations.front() << "\n"
                                        << writePlanRequest(request);
        const std::string json = writePlan(plan);
        ASSERT_EQ(json, writePlan(core::generatePlan(request, shipped(), rules))) << i;
        ASSERT_EQ(parsePlan(json), plan) << i;
        for (const core::Reason& reason : plan.decision.reasons) {
            rulesSeen.insert(reason.rule);
        }
    }
    // Every rule a plan cites is a rule of the shipped file, where a clinician can look it up.
    for (const std::string& rule : rulesSeen) {
        const bool known = rulesText.find("\"" + rule + "\": {") != std::string::npos;
        EXPECT_TRUE(known) << rule;
    }
    EXPECT_GT(rulesSeen.size(), 25u);
}

TEST(PlanBuiltinLibrary, ARequestWrittenAndReadBackGivesTheSamePlan)
{
    test::RequestGenerator generator(shipped(), 3u, builtinRules());
    for (int i = 0; i < 300; ++i) {
        const PlanRequest request = generator.next();
        const PlanRequest again = parsePlanRequest(writePlanRequest(request));
        ASSERT_EQ(writePlan(core::generatePlan(request, shipped(), builtinRules())),
                  writePlan(core::generatePlan(again, shipped(), builtinRules())))
            << i;
    }
}

TEST(PlanBuiltinLibrary, AClientFollowedThroughGreenWeeksKeepsFullSessionsAndReachesPhaseFour)
{
    const core::LibraryIndex index(shipped());
    PlanRequest request = test::requestWith(test::day(2026, 1, 5), {});
    request.client.equipment = {core::Equipment::Mat, core::Equipment::Band, core::Equipment::Step,
                                core::Equipment::Chair, core::Equipment::Wall};
    request.client.goals = {core::Goal::Running};
    request.client.minutesPerSession = 35;
    Plan plan = core::generatePlan(request, shipped(), builtinRules());
    std::set<int> phases;
    bool landing = false;
    for (int week = 1; week <= 16; ++week) {
        request.previousPlan = plan;
        request.weekStart = test::day(2026, 1, 5) + std::chrono::days(7 * week);
        request.checkins.push_back(test::greenCheckIn(request.weekStart - std::chrono::days(1)));
        plan = core::generatePlan(request, shipped(), builtinRules());
        phases.insert(plan.decision.phase);
        for (const core::PlanDay& day : plan.days) {
            if (day.kind != core::DayKind::Strength) {
                continue;
            }
            std::set<core::Slot> slots;
            for (const core::PlannedExercise& e : day.exercises) {
                const core::Exercise& exercise = *index.find(e.id);
                if (const auto slot = core::strengthSlotOf(exercise)) {
                    slots.insert(*slot);
                }
                landing = landing || exercise.category == core::Category::Landing;
            }
            for (core::Slot slot : {core::Slot::HipAbductors, core::Slot::HipExtensors,
                                    core::Slot::Quadriceps, core::Slot::TrunkControl}) {
                EXPECT_TRUE(slots.count(slot))
                    << "week " << week << " " << core::toIsoString(day.date) << " lacks "
                    << core::slotLabel(slot);
            }
        }
    }
    EXPECT_EQ(phases, (std::set<int>{1, 2, 3, 4}));
    EXPECT_TRUE(landing);
}

// An exercise whose time is kept moving (the library's timing: continuous) says so in its reason,
// so that the words read "keep moving 40 s → 50 s" as the handout does, and a hold never does.
TEST(PlanBuiltinLibrary, ReasonsMarkTimeKeptMovingAndOnlyThat)
{
    const core::LibraryIndex index(shipped());
    PlanRequest request = test::requestWith(test::day(2026, 1, 5), {});
    request.client.equipment = {core::Equipment::Mat, core::Equipment::Band,
                                core::Equipment::Chair};
    request.client.goals = {core::Goal::Walking};
    request.client.minutesPerSession = 30;
    Plan plan = core::generatePlan(request, shipped(), builtinRules());
    int moving = 0;
    int steps = 0;
    for (int week = 0; week <= 3; ++week) {
        if (week > 0) {
            request.previousPlan = plan;
            request.weekStart = test::day(2026, 1, 5) + std::chrono::days(7 * week);
            request.checkins.push_back(
                test::greenCheckIn(request.weekStart - std::chrono::days(1)));
            plan = core::generatePlan(request, shipped(), builtinRules());
        }
        for (const core::PlanDay& day : plan.days) {
            for (const core::PlannedExercise& e : day.exercises) {
                const bool continuous = index.find(e.id)->timing == core::Timing::Continuous;
                EXPECT_EQ(e.reason.word("timing"), continuous ? "continuous" : "") << e.id;
                moving += continuous ? 1 : 0;
                steps += continuous && e.reason.word("change") == "hold" ? 1 : 0;
            }
        }
    }
    EXPECT_GT(moving, 0);
    EXPECT_GT(steps, 0) << "a walk or the Hundred should have moved up by time";
}

} // namespace
} // namespace glidepath::io
