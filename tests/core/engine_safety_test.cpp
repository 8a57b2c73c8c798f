// The ten safety rules of engine v2, one test (or two) per rule, named after the rule id.

#include "engine_test_support.h"
#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace glidepath::core {
namespace {

using test::day;
using test::greenCheckIn;
using test::hasReason;
using test::requestWith;

class EngineSafety : public ::testing::Test
{
protected:
    Plan plan(const PlanRequest& request, const ProgressionRules& rules = {})
    {
        return generatePlan(request, m_library, rules);
    }
    const Exercise& get(std::string_view id) { return *m_index.find(id); }
    std::set<std::string> ids(const Plan& p)
    {
        std::set<std::string> out;
        for (const PlanDay& d : p.days) {
            for (const PlannedExercise& e : d.exercises) {
                out.insert(e.id);
            }
        }
        return out;
    }
    // A referral plan for the week of 2026-11-16, made in the given phase.
    Plan referral(int phase, RedFlag flag = RedFlag::HotSwollenJointFever)
    {
        CheckIn flagged = greenCheckIn(day(2026, 11, 15));
        flagged.redFlags = {flag};
        PlanRequest request = requestWith(day(2026, 11, 16), {flagged});
        request.previousPlan =
            test::planHolding(m_index, day(2026, 11, 9), 0, {"mini-squat"}, phase);
        Plan out = plan(request);
        EXPECT_EQ(out.decision.action, Action::Refer);
        EXPECT_EQ(out.decision.phase, phase);
        return out;
    }

    std::vector<Exercise> m_library = test::makeTestLibrary();
    LibraryIndex m_index{m_library};
};

TEST_F(EngineSafety, ReferRestartWithoutAReviewRestartsAtPhaseOneWithTheRedCaps)
{
    PlanRequest request = requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))});
    request.previousPlan = referral(4, RedFlag::LockedKnee);
    const Plan result = plan(request);
    EXPECT_EQ(result.decision.phase, 1);
    EXPECT_NE(result.decision.action, Action::Progress);
    EXPECT_TRUE(hasReason(result, "refer.restart"));
    for (const std::string& id : ids(result)) {
        EXPECT_LE(get(id).kneeFlexion, KneeFlexion::Low) << id;
        EXPECT_EQ(get(id).impact, Impact::None) << id;
    }
}

// A flag that needs a same-day assessment (here DVT signs; also a hot joint with fever, SCFE,
// ...) is cleared by a clinician, not by the client answering "no" the next week: without a
// recorded review the plan stays a referral, week after week, and names the flag; a review
// recorded later restarts the programme.
TEST_F(EngineSafety, ASameDayFlagStaysAReferralUntilAReviewIsRecorded)
{
    PlanRequest request = requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))});
    request.previousPlan = referral(2, RedFlag::DvtSigns);
    Plan week = plan(request);
    for (int w = 1; w <= 2; ++w) {
        ASSERT_EQ(week.decision.action, Action::Refer) << "week " << w;
        EXPECT_TRUE(ids(week).empty());
        const Reason waiting = test::reasonOf(week, "refer.red_flag");
        EXPECT_EQ(waiting.word("flag"), "dvt_signs") << encodeReason(waiting);
        EXPECT_EQ(waiting.word("where"), "awaiting_review");
        EXPECT_EQ(waiting.find("referred")->date, day(2026, 11, 16)) << "the first referral";
        EXPECT_FALSE(hasReason(week, "refer.restart"));
        request.previousPlan = week;
        request.weekStart = request.weekStart + std::chrono::days(7);
        request.checkins.push_back(greenCheckIn(request.weekStart - std::chrono::days(1)));
        week = plan(request);
    }
    request.reviews = {{request.weekStart - std::chrono::days(2), "Dr Okafor", "scan clear"}};
    week = plan(request);
    EXPECT_NE(week.decision.action, Action::Refer);
    EXPECT_TRUE(hasReason(week, "refer.restart"));
    EXPECT_FALSE(ids(week).empty());
}

TEST_F(EngineSafety, ReferRestartAfterAReviewRestartsOnePhaseLowerAndRampsUp)
{
    PlanRequest request = requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))});
    request.previousPlan = referral(3);
    request.reviews = {{day(2026, 11, 20), "Dr Okafor", "aspirated, no infection"}};
    Plan week = plan(request);
    EXPECT_EQ(week.decision.phase, 2);
    const Reason restart = test::reasonOf(week, "refer.restart");
    ASSERT_TRUE(restart.has("clinician")) << encodeReason(restart);
    EXPECT_EQ(restart.find("clinician")->id, "Dr Okafor");
    EXPECT_EQ(restart.find("note")->id, "aspirated, no infection");
    EXPECT_EQ(restart.number("phase"), 2);
    EXPECT_EQ(restart.number("before"), 3);
    // refer.ramp: the caps stay until two green weeks in a row, then lift.
    for (int w = 1; w <= 3; ++w) {
        request.previousPlan = week;
        request.weekStart = day(2026, 11, 23) + std::chrono::days(7 * w);
        request.checkins.push_back(greenCheckIn(request.weekStart - std::chrono::days(1)));
        week = plan(request);
        const bool capped = hasReason(week, "refer.ramp");
        EXPECT_EQ(capped, w < 2) << "week " << w;
        if (capped) {
            for (const std::string& id : ids(week)) {
                EXPECT_LE(get(id).kneeFlexion, KneeFlexion::Low) << id;
            }
        }
    }
}

TEST_F(EngineSafety, SurgeryClearanceNothingUnclearedIsEverPlannedAndTimeGatesThePhase)
{
    PlanRequest request = requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))});
    request.client.conditions = {Condition::PostSurgery};
    request.client.surgery =
        Surgery{Operation::AclReconstruction, day(2026, 10, 26), WeightBearing::Full, {}};
    request.previousPlan = test::planHolding(m_index, day(2026, 11, 16), 0,
                                             {"pelvic-curl", "step-down", "soft-landing"}, 4);
    const Plan result = plan(request);
    // Four weeks after an ACL reconstruction: phase 2 at most.
    EXPECT_LE(result.decision.phase, 2);
    EXPECT_TRUE(hasReason(result, "surgery.clearance"));
    for (const std::string& id : ids(result)) {
        const Exercise& e = get(id);
        EXPECT_FALSE(isKneeling(e)) << id;
        EXPECT_NE(e.kneeFlexion, KneeFlexion::High) << id;
        EXPECT_EQ(e.impact, Impact::None) << id;
        EXPECT_NE(e.category, Category::Landing) << id;
    }
}

// A passed gate held back after surgery must not read "moves to phase 2": the gate says it is
// held (capped_by), and the reason that holds it names the real limit — weight bearing still
// partial when the weeks since surgery would allow the phase, else the weeks.
TEST_F(EngineSafety, SurgeryCapsAPassedGateAndNamesWhatHoldsIt)
{
    const auto week = [&](Operation operation, Date date, WeightBearing weightBearing) {
        PlanRequest request = requestWith(
            day(2026, 11, 23), {greenCheckIn(day(2026, 11, 15)), greenCheckIn(day(2026, 11, 22))});
        request.client.conditions = {Condition::PostSurgery};
        request.client.surgery = Surgery{operation, date, weightBearing, {}};
        request.previousPlan = test::planHolding(m_index, day(2026, 11, 16), 0, {"pelvic-curl"}, 1);
        request.previousPlan->decision.light = Light::Green;
        request.previousPlan->decision.greenWeeksInPhase = 1;
        return plan(request);
    };
    // Ten weeks after a knee replacement (phase 2 from week 4) but weight bearing partial.
    const Plan partial = week(Operation::KneeReplacement, day(2026, 9, 14), WeightBearing::Partial);
    EXPECT_EQ(partial.decision.phase, 1);
    const Reason gate = test::reasonOf(partial, "phase.gate.1_2");
    EXPECT_EQ(gate.word("passed"), "yes") << encodeReason(gate);
    EXPECT_EQ(gate.word("capped_by"), "surgery");
    const Reason bearing = test::reasonOf(partial, "surgery.weight_bearing");
    EXPECT_EQ(bearing.number("ready_phase"), 2) << encodeReason(bearing);
    EXPECT_EQ(bearing.word("weight_bearing"), "partial");
    EXPECT_FALSE(hasReason(partial, "surgery.phase_weeks"));
    // Two weeks after an ACL reconstruction (phase 2 from week 4), full weight bearing.
    const Plan early = week(Operation::AclReconstruction, day(2026, 11, 9), WeightBearing::Full);
    EXPECT_EQ(early.decision.phase, 1);
    EXPECT_EQ(test::reasonOf(early, "phase.gate.1_2").word("capped_by"), "surgery");
    EXPECT_TRUE(hasReason(early, "surgery.phase_weeks"));
    EXPECT_FALSE(hasReason(early, "surgery.weight_bearing"));
}

TEST_F(EngineSafety, SurgeryClearanceWithoutARecordedDateStaysInPhaseOne)
{
    PlanRequest request = requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))});
    request.client.conditions = {Condition::PostSurgery};
    request.previousPlan = test::planHolding(m_index, day(2026, 11, 16), 0, {"pelvic-curl"}, 3);
    EXPECT_EQ(plan(request).decision.phase, 1);
}

TEST_F(EngineSafety, SelectPainfulLadderAPainfulExerciseIsNeverReplacedByAHarderOne)
{
    // Mini-squat has no easier rung here: its refill must ask no more of the knee, and the
    // rungs above it (split squat, step-down) stay out.
    for (Exercise& e : m_library) {
        if (e.id == "mini-squat") {
            e.easier.clear();
        }
    }
    m_index = LibraryIndex(m_library);
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.painfulExercises["mini-squat"] = 6;
    PlanRequest request = requestWith(day(2026, 11, 23), {c});
    request.previousPlan = test::planHolding(m_index, day(2026, 11, 16), 0, {"mini-squat"}, 2);
    const Plan result = plan(request);
    const std::set<std::string> planned = ids(result);
    EXPECT_FALSE(planned.count("mini-squat"));
    EXPECT_FALSE(planned.count("split-squat"));
    EXPECT_FALSE(planned.count("step-down"));
    for (const std::string& id : planned) {
        if (strengthSlotOf(get(id)) == Slot::Quadriceps) {
            EXPECT_TRUE(notHarderThan(get(id), get("mini-squat"))) << id;
        }
    }
}

TEST_F(EngineSafety, LogPainAnExerciseLoggedAboveFiveMakesTheWeekAmberAndBlocksTheGate)
{
    PlanRequest request = requestWith(
        day(2026, 11, 23), {greenCheckIn(day(2026, 11, 15)), greenCheckIn(day(2026, 11, 22))});
    request.previousPlan = test::planHolding(m_index, day(2026, 11, 16), 0, {"pelvic-curl"}, 1);
    request.previousPlan->decision.greenWeeksInPhase = 1;
    SessionLog log;
    log.date = day(2026, 11, 17);
    log.entries = {{"pelvic-curl", LogStatus::Done, 3, 3, 7, std::nullopt}};
    request.sessionLogs = {log};
    const Plan result = plan(request);
    EXPECT_EQ(result.decision.light, Light::Amber);
    EXPECT_EQ(result.decision.phase, 1);
    EXPECT_FALSE(ids(result).count("pelvic-curl"));
}

TEST_F(EngineSafety, WeekSessionsFromAdherenceTwoOfFiveDoneIsOfferedFewer)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    PlanRequest request = requestWith(day(2026, 11, 23), {c});
    request = test::ongoing(request, m_library);
    const int plannedBefore = plannedSessions(*request.previousPlan);
    ASSERT_EQ(plannedBefore, 5);
    for (int d : {0, 2}) {
        SessionLog log;
        log.date = day(2026, 11, 16) + std::chrono::days(d);
        log.entries = {{"pelvic-curl", LogStatus::Done, 3, 3, 1, std::nullopt}};
        request.sessionLogs.push_back(log);
    }
    const Plan result = plan(request);
    EXPECT_EQ(result.decision.action, Action::Hold);
    EXPECT_EQ(plannedSessions(result), 3);
    EXPECT_TRUE(hasReason(result, "week.sessions_from_adherence"));
}

TEST_F(EngineSafety, LightTrendBaselinePainCreepingUpAPointAWeekStepsBack)
{
    std::vector<CheckIn> checkins;
    for (int w = 0; w < 3; ++w) {
        CheckIn c = greenCheckIn(day(2026, 11, 1) + std::chrono::days(7 * w));
        c.painRest = w; // 0, 1, 2
        c.painActivity = 1;
        checkins.push_back(c);
    }
    const Plan result = plan(requestWith(day(2026, 11, 16), checkins));
    EXPECT_EQ(result.decision.light, Light::Red);
    EXPECT_TRUE(hasReason(result, "light.red.trend"));
}

TEST_F(EngineSafety, EscalatePersistentSwellingForThreeWeeksAsksForAReviewAndNamesIt)
{
    std::vector<CheckIn> checkins;
    for (int w = 0; w < 3; ++w) {
        CheckIn c = greenCheckIn(day(2026, 11, 1) + std::chrono::days(7 * w));
        c.swelling = Swelling::Same;
        checkins.push_back(c);
    }
    const Plan result = plan(requestWith(day(2026, 11, 16), checkins));
    EXPECT_TRUE(hasReason(result, "escalate.persistent"));
    EXPECT_TRUE(hasReason(result, "escalate.amber_run"));
    const auto hasWord = [](const Reason& item, std::string_view list, std::string_view word) {
        const ReasonValue* items = item.find(list);
        return items != nullptr && std::any_of(items->items.begin(), items->items.end(),
                                               [&](const ReasonValue& v) { return v.id == word; });
    };
    const auto review = test::adviceOf(result, "advice.review");
    ASSERT_EQ(review.size(), 1u);
    EXPECT_TRUE(hasWord(review[0], "why", "swelling")) << encodeReason(review[0]);
    // The advice names the real blocker: swelling, not exercise pain.
    const auto wait = test::adviceOf(result, "advice.amber_wait");
    ASSERT_EQ(wait.size(), 1u);
    EXPECT_TRUE(hasWord(wait[0], "waits", "swelling")) << encodeReason(wait[0]);
    EXPECT_FALSE(hasWord(wait[0], "waits", "exercise_pain")) << encodeReason(wait[0]);
}

TEST_F(EngineSafety, LightRestPainHighRestOrActivityPainIsNeverGreen)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.painRest = 7;
    EXPECT_EQ(plan(requestWith(day(2026, 11, 23), {c})).decision.light, Light::Red);
    c.painRest = 4;
    EXPECT_EQ(plan(requestWith(day(2026, 11, 23), {c})).decision.light, Light::Amber);
    c.painRest = 1;
    c.painActivity = 5;
    const Plan amber = plan(requestWith(day(2026, 11, 23), {c}));
    EXPECT_EQ(amber.decision.light, Light::Amber);
    EXPECT_TRUE(hasReason(amber, "light.amber.activity_pain"));
}

TEST_F(EngineSafety, SelectKneelingAndIrritableApplyToEveryKneeCondition)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.painActivity = 4;
    PlanRequest request = requestWith(day(2026, 11, 23), {c});
    request.client.conditions = {Condition::GeneralKneePain};
    request.previousPlan = test::planHolding(m_index, day(2026, 11, 16), 0,
                                             {"half-kneeling-adductor-hold", "step-down"}, 3);
    const Plan result = plan(request);
    EXPECT_TRUE(hasReason(result, "select.kneeling"));
    EXPECT_TRUE(hasReason(result, "select.irritable"));
    for (const std::string& id : ids(result)) {
        EXPECT_FALSE(isKneeling(get(id))) << id;
        EXPECT_LE(get(id).kneeFlexion, KneeFlexion::Moderate) << id;
    }
}

TEST_F(EngineSafety, SelectFallsRiskOlderClientGetsSupportedBalanceNoImpactAndSlowerGates)
{
    PlanRequest request = requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))});
    request.client.age = 78;
    request.previousPlan = test::planHolding(m_index, day(2026, 11, 16), 0, {"pelvic-curl"}, 3);
    request.previousPlan->decision.greenWeeksInPhase = 1; // this week makes 2: not enough
    const Plan result = plan(request);
    EXPECT_TRUE(hasReason(result, "select.falls_risk"));
    EXPECT_EQ(result.decision.phase, 3);
    for (const std::string& id : ids(result)) {
        EXPECT_EQ(get(id).impact, Impact::None) << id;
    }
}

TEST_F(EngineSafety, PlanFirstAFirstPlanIsNeverProgressAndStartsAtStartingDoses)
{
    const Plan result = plan(requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))}));
    EXPECT_EQ(result.decision.action, Action::Hold);
    EXPECT_TRUE(hasReason(result, "plan.first"));
    for (const PlanDay& d : result.days) {
        for (const PlannedExercise& e : d.exercises) {
            const Dose start = startingDose(get(e.id));
            EXPECT_GE(e.sets, start.sets) << e.id;
            EXPECT_GE(e.reps, start.reps) << e.id;
        }
    }
}

TEST_F(EngineSafety, ActionProgressNoneAProgressWeekThatChangesNothingSaysItHeld)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.painfulExercises["pelvic-curl"] = 3; // held by exercise.hold_painful
    PlanRequest request = requestWith(day(2026, 11, 23), {c});
    request.previousPlan = test::planHolding(m_index, day(2026, 11, 16), 0, {"pelvic-curl"}, 1);
    const Plan result = plan(request);
    EXPECT_EQ(result.decision.action, Action::Hold);
    EXPECT_TRUE(hasReason(result, "action.progress.none"));
}

TEST_F(EngineSafety, WeekNewExercisesAtMostThreeNewExercisesInAWeek)
{
    // A phase change with room to spare: without the limit half the programme would change.
    PlanRequest request = requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))});
    request.client.minutesPerSession = 60;
    PlanRequest first = requestWith(day(2026, 11, 16), {});
    first.client.minutesPerSession = 60;
    request.previousPlan = plan(first);
    request.previousPlan->decision.greenWeeksInPhase = 1;
    const Plan result = plan(request);
    ASSERT_EQ(result.decision.phase, 2);
    const std::set<std::string> before = ids(*request.previousPlan);
    int fresh = 0;
    int dropped = 0;
    for (const std::string& id : ids(result)) {
        fresh += before.count(id) ? 0 : 1;
    }
    for (const std::string& id : before) {
        dropped += ids(result).count(id) ? 0 : 1;
    }
    EXPECT_LE(fresh, ProgressionRules{}.maxNewExercisesPerWeek + dropped);
}

TEST_F(EngineSafety, ReferRedFlagSameDayFlagsAreSaidToBeSameDay)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.redFlags = {RedFlag::DvtSigns, RedFlag::InflammatoryPattern};
    const Plan result = plan(requestWith(day(2026, 11, 23), {c}));
    EXPECT_EQ(result.decision.action, Action::Refer);
    ASSERT_GE(result.advice.size(), 3u);
    EXPECT_EQ(result.advice[1].rule, "advice.red_flag");
    EXPECT_EQ(result.advice[1].word("flag"), "dvt_signs");
    EXPECT_EQ(result.advice[1].word("urgency"), "same_day");
    EXPECT_EQ(result.advice[2].word("flag"), "inflammatory_pattern");
    EXPECT_EQ(result.advice[2].word("urgency"), "soon");
}

} // namespace
} // namespace glidepath::core
