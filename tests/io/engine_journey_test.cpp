// Named client journeys on the shipped library and rules: each week's plan is fed back as the
// previous plan with that week's check-in, and the week-by-week decisions are checked as a
// physiotherapist would read them.

#include "support/plan_invariants.h"
#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>
#include <glidepath/io/builtin_data.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/rules_format.h>

#include <gtest/gtest.h>

#include <functional>
#include <set>

namespace glidepath::io {
namespace {

using namespace core;

const std::vector<Exercise>& shipped()
{
    return builtinLibrary().exercises;
}

const Exercise& get(const std::string& id)
{
    static const LibraryIndex index(shipped());
    return *index.find(id);
}

std::set<std::string> ids(const Plan& plan)
{
    std::set<std::string> out;
    for (const PlanDay& d : plan.days) {
        for (const PlannedExercise& e : d.exercises) {
            out.insert(e.id);
        }
    }
    return out;
}

bool cites(const Plan& plan, std::string_view rule)
{
    return test::hasReason(plan, rule);
}

// Runs a journey: week 0 is the first plan; week w >= 1 gets the check-in (and logs) that
// makeWeek writes. Every plan must keep the invariants.
struct Journey
{
    PlanRequest request;
    std::vector<Plan> plans;

    Journey(ClientProfile client, int weeks,
            const std::function<void(int, PlanRequest&, const Plan&)>& makeWeek)
    {
        request.weekStart = test::day(2026, 1, 5);
        request.client = std::move(client);
        plans.push_back(generatePlan(request, shipped(), builtinRules()));
        for (int w = 1; w <= weeks; ++w) {
            request.previousPlan = plans.back();
            request.weekStart = test::day(2026, 1, 5) + std::chrono::days(7 * w);
            makeWeek(w, request, plans.back());
            plans.push_back(generatePlan(request, shipped(), builtinRules()));
            const auto violations =
                test::planViolations(request, plans.back(), shipped(), builtinRules());
            EXPECT_TRUE(violations.empty()) << "week " << w << ": " << violations.front();
        }
    }
};

CheckIn green(const PlanRequest& request)
{
    return test::greenCheckIn(request.weekStart - std::chrono::days(1));
}

ClientProfile runner()
{
    ClientProfile client = test::fullyEquippedClient();
    client.goals = {Goal::Running};
    client.equipment = {Equipment::Mat, Equipment::Band, Equipment::Step, Equipment::Chair,
                        Equipment::Wall};
    client.minutesPerSession = 35;
    return client;
}

TEST(EngineJourney, SteadyRunnerReachesWalkRunOnlyAfterThePhaseFourGate)
{
    const Journey journey(runner(), 12,
                          [](int, PlanRequest& r, const Plan&) { r.checkins.push_back(green(r)); });
    int firstPhase4 = -1;
    for (std::size_t w = 0; w < journey.plans.size(); ++w) {
        const Plan& plan = journey.plans[w];
        if (plan.decision.phase == 4 && firstPhase4 < 0) {
            firstPhase4 = static_cast<int>(w);
        }
        if (plan.decision.phase < 4) {
            EXPECT_FALSE(ids(plan).count("walk-run-intervals")) << "week " << w;
        }
        // Walking work from the first weeks for a runner.
        if (w >= 1) {
            const bool gait = std::any_of(ids(plan).begin(), ids(plan).end(), [](const auto& id) {
                return get(id).category == Category::Gait;
            });
            EXPECT_TRUE(gait) << "week " << w;
        }
    }
    EXPECT_GT(firstPhase4, 0);
    EXPECT_EQ(journey.plans[0].decision.action, Action::Hold); // plan.first
}

TEST(EngineJourney, SlowResponderWithLingeringAmberIsReferredForReview)
{
    const Journey journey(test::fullyEquippedClient(), 6, [](int, PlanRequest& r, const Plan&) {
        CheckIn c = green(r);
        c.painExercise = 4;
        c.swelling = Swelling::Same;
        r.checkins.push_back(c);
    });
    for (std::size_t w = 1; w < journey.plans.size(); ++w) {
        EXPECT_EQ(journey.plans[w].decision.light, Light::Amber) << w;
        EXPECT_EQ(journey.plans[w].decision.phase, 1) << w;
    }
    EXPECT_FALSE(cites(journey.plans[2], "escalate.amber_run"));
    EXPECT_TRUE(cites(journey.plans[3], "escalate.amber_run"));
    EXPECT_TRUE(cites(journey.plans[3], "escalate.persistent"));
}

TEST(EngineJourney, FlareUpStepsBackThenRecovers)
{
    const Journey journey(test::fullyEquippedClient(), 8, [](int w, PlanRequest& r, const Plan&) {
        CheckIn c = green(r);
        if (w == 4) {
            c.painExercise = 7;
            c.nextMorning = NextMorning::Higher;
        }
        r.checkins.push_back(c);
    });
    const Plan& flare = journey.plans[4];
    EXPECT_EQ(flare.decision.action, Action::Regress);
    for (const std::string& id : ids(flare)) {
        EXPECT_LE(get(id).kneeFlexion, KneeFlexion::Low) << id;
    }
    EXPECT_NE(journey.plans[5].decision.action, Action::Regress);
    EXPECT_EQ(journey.plans[8].decision.action, Action::Progress);
}

TEST(EngineJourney, OlderAdultWithAChairOnlyGetsSupportedWorkAndNoImpact)
{
    ClientProfile client = test::fullyEquippedClient();
    client.age = 79;
    client.goals = {Goal::Walking, Goal::DailyLiving};
    client.equipment = {Equipment::Chair};
    client.precautions = {ClientPrecaution::FallInLastYear};
    const Journey journey(client, 10,
                          [](int, PlanRequest& r, const Plan&) { r.checkins.push_back(green(r)); });
    for (const Plan& plan : journey.plans) {
        EXPECT_TRUE(cites(plan, "select.falls_risk"));
        for (const std::string& id : ids(plan)) {
            EXPECT_EQ(get(id).impact, Impact::None) << id;
        }
    }
    // Slower gates: three green weeks before phase 2.
    EXPECT_EQ(journey.plans[2].decision.phase, 1);
}

TEST(EngineJourney, AfterAclReconstructionNothingUnclearedAndPhasesFollowTheCalendar)
{
    ClientProfile client = test::fullyEquippedClient();
    client.conditions = {Condition::PostSurgery};
    client.goals = {Goal::Running};
    client.surgery =
        Surgery{Operation::AclReconstruction, test::day(2025, 12, 15), WeightBearing::Full, {}};
    const Journey journey(client, 12,
                          [](int, PlanRequest& r, const Plan&) { r.checkins.push_back(green(r)); });
    for (std::size_t w = 0; w < journey.plans.size(); ++w) {
        const Plan& plan = journey.plans[w];
        const int weeksSince = 3 + static_cast<int>(w);
        EXPECT_LE(plan.decision.phase, weeksSince < 4 ? 1 : (weeksSince < 12 ? 2 : 3)) << w;
        for (const std::string& id : ids(plan)) {
            const Exercise& e = get(id);
            EXPECT_FALSE(core::isKneeling(e)) << id;
            EXPECT_NE(e.kneeFlexion, KneeFlexion::High) << id;
            EXPECT_EQ(e.impact, Impact::None) << id;
        }
    }
}

TEST(EngineJourney, PoorAdherenceIsOfferedFewerSessionsAndNeverProgresses)
{
    const Journey journey(test::fullyEquippedClient(), 6, [](int, PlanRequest& r, const Plan&) {
        CheckIn c = green(r);
        c.adherence = 0.4;
        r.checkins.push_back(c);
    });
    for (std::size_t w = 1; w < journey.plans.size(); ++w) {
        EXPECT_NE(journey.plans[w].decision.action, Action::Progress) << w;
        EXPECT_LT(plannedSessions(journey.plans[w]), 5) << w;
    }
}

TEST(EngineJourney, OneExerciseThatKeepsHurtingHoldsWhileTheOthersMoveOn)
{
    std::string sore;
    const Journey journey(test::fullyEquippedClient(), 6,
                          [&](int, PlanRequest& r, const Plan& previous) {
                              CheckIn c = green(r);
                              if (sore.empty() || !ids(previous).count(sore)) {
                                  sore = previous.days[0].exercises.front().id;
                              }
                              c.painExercise = 4;
                              c.painfulExercises[sore] = 4;
                              r.checkins.push_back(c);
                          });
    int progressed = 0;
    for (std::size_t w = 1; w < journey.plans.size(); ++w) {
        const Plan& plan = journey.plans[w];
        EXPECT_EQ(plan.decision.light, Light::Amber) << w;
        progressed += plan.decision.action == Action::Progress ? 1 : 0;
        for (const PlanDay& d : plan.days) {
            for (const PlannedExercise& e : d.exercises) {
                if (e.id == sore) {
                    EXPECT_FALSE(e.reason.rule == "dose.progress" &&
                                 e.reason.word("case") == "step")
                        << w << " " << core::encodeReason(e.reason);
                }
            }
        }
    }
    EXPECT_GT(progressed, 0); // action.progress.per_exercise
}

TEST(EngineJourney, ARedFlagMidWayRefersThenRestartsLowerAfterTheReview)
{
    const Journey journey(runner(), 10, [](int w, PlanRequest& r, const Plan&) {
        CheckIn c = green(r);
        if (w == 6) {
            c.redFlags = {RedFlag::LockedKnee};
        }
        if (w == 7) {
            r.reviews = {{r.weekStart - std::chrono::days(2), "Ms Patel", "MRI clear"}};
        }
        r.checkins.push_back(c);
    });
    const Plan& referral = journey.plans[6];
    EXPECT_EQ(referral.decision.action, Action::Refer);
    const Plan& restart = journey.plans[7];
    EXPECT_TRUE(cites(restart, "refer.restart"));
    EXPECT_LT(restart.decision.phase, std::max(2, referral.decision.phase));
    for (const std::string& id : ids(restart)) {
        EXPECT_EQ(get(id).impact, Impact::None) << id;
        EXPECT_LE(get(id).kneeFlexion, KneeFlexion::Low) << id;
    }
    EXPECT_TRUE(cites(journey.plans[8], "refer.ramp"));
}

} // namespace
} // namespace glidepath::io
