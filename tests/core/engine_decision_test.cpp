// The weekly decision: red flags, missing or old check-ins, the action for each light, two red
// weeks, adherence, difficulty and the kneeling rule.

#include "core/engine_test_support.h"
#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace glidepath::core {
namespace {

using test::adviceOf;
using test::datesOf;
using test::day;
using test::exerciseCount;
using test::greenCheckIn;
using test::hasReason;
using test::reasonOf;
using test::requestWith;

class EngineDecision : public ::testing::Test
{
protected:
    Plan plan(const PlanRequest& request, const ProgressionRules& rules = {})
    {
        return generatePlan(request, m_library, rules);
    }
    // The same for a client who had a plan last week.
    Plan next(const PlanRequest& request, const ProgressionRules& rules = {})
    {
        return generatePlan(test::ongoing(request, m_library, rules), m_library, rules);
    }
    std::vector<Exercise> m_library = test::makeTestLibrary();
};

bool referralAdviceFor(const Plan& plan, RedFlag flag)
{
    return std::any_of(plan.advice.begin(), plan.advice.end(), [&](const Reason& item) {
        return item.rule == "advice.red_flag" && item.word("flag") == toString(flag);
    });
}

TEST_F(EngineDecision, ScreeningRedFlagRefersWithNoExercisesAndNamesTheFlag)
{
    PlanRequest request = requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))});
    request.screeningRedFlags = {RedFlag::LockedKnee, RedFlag::NumbnessOrColourChange};
    const Plan result = plan(request);
    EXPECT_EQ(result.decision.action, Action::Refer);
    EXPECT_EQ(result.decision.light, Light::None);
    ASSERT_EQ(result.days.size(), 7u);
    EXPECT_EQ(exerciseCount(result), 0u);
    for (const PlanDay& d : result.days) {
        EXPECT_EQ(d.kind, DayKind::Rest);
        EXPECT_EQ(d.estimatedMinutes, 0);
    }
    ASSERT_EQ(result.decision.reasons.size(), 2u);
    EXPECT_EQ(result.decision.reasons[0].rule, "refer.red_flag");
    EXPECT_EQ(result.decision.reasons[0].word("flag"), "locked_knee");
    EXPECT_EQ(result.decision.reasons[0].word("where"), "screening");
    EXPECT_FALSE(result.decision.reasons[0].has("checkin"));
    EXPECT_EQ(result.decision.reasons[1].word("flag"), "numbness_or_colour_change");
    EXPECT_TRUE(referralAdviceFor(result, RedFlag::LockedKnee));
    EXPECT_TRUE(referralAdviceFor(result, RedFlag::NumbnessOrColourChange));
}

TEST_F(EngineDecision, RedFlagInTheLatestCheckInRefersButAnOlderOneDoesNot)
{
    CheckIn flagged = greenCheckIn(day(2026, 11, 15));
    flagged.redFlags = {RedFlag::CannotBearWeight};
    PlanRequest request = requestWith(day(2026, 11, 23), {flagged});
    Plan result = plan(request);
    EXPECT_EQ(result.decision.action, Action::Refer);
    EXPECT_EQ(result.decision.reasons[0].word("where"), "checkin");
    ASSERT_TRUE(result.decision.reasons[0].has("checkin"));
    EXPECT_EQ(result.decision.reasons[0].find("checkin")->date, day(2026, 11, 15));

    request.checkins.push_back(greenCheckIn(day(2026, 11, 22)));
    result = plan(request);
    EXPECT_NE(result.decision.action, Action::Refer);
    EXPECT_GT(exerciseCount(result), 0u);
}

TEST_F(EngineDecision, NoCheckInGivesAFirstHoldWeekInPhaseOne)
{
    const Plan result = plan(requestWith(day(2026, 11, 23), {}));
    EXPECT_EQ(result.decision.action, Action::Hold);
    EXPECT_EQ(result.decision.light, Light::None);
    EXPECT_EQ(result.decision.phase, 1);
    EXPECT_TRUE(hasReason(result, "checkin.none"));
    EXPECT_GT(exerciseCount(result), 0u);
}

TEST_F(EngineDecision, TheStartPhaseIsARule)
{
    ProgressionRules rules;
    rules.startPhase = 2;
    EXPECT_EQ(plan(requestWith(day(2026, 11, 23), {}), rules).decision.phase, 2);
}

TEST_F(EngineDecision, NoCheckInKeepsThePreviousPlansPhaseAndExercises)
{
    PlanRequest first = requestWith(day(2026, 11, 16), {});
    Plan previous = plan(first);
    previous.decision.phase = 3;
    PlanRequest request = requestWith(day(2026, 11, 23), {});
    request.previousPlan = previous;
    const Plan result = plan(request);
    EXPECT_EQ(result.decision.action, Action::Hold);
    EXPECT_EQ(result.decision.phase, 3);
    EXPECT_EQ(reasonOf(result, "checkin.none").number("phase"), 3);
    EXPECT_EQ(reasonOf(result, "checkin.none").word("case"), "held");
}

TEST_F(EngineDecision, ACheckInAlreadyUsedByThePreviousPlanIsNotNews)
{
    PlanRequest first = requestWith(day(2026, 11, 16), {greenCheckIn(day(2026, 11, 15))});
    PlanRequest request = first;
    request.weekStart = day(2026, 11, 23);
    request.previousPlan = plan(first);
    const Plan result = plan(request);
    EXPECT_EQ(result.decision.action, Action::Hold);
    EXPECT_EQ(result.decision.light, Light::None);
    EXPECT_TRUE(hasReason(result, "checkin.not_new"));
}

TEST_F(EngineDecision, AnOldCheckInIsNotJudged)
{
    const Plan result = plan(requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 1))}));
    EXPECT_EQ(result.decision.action, Action::Hold);
    EXPECT_EQ(result.decision.light, Light::None);
    EXPECT_EQ(reasonOf(result, "checkin.recent").number("age_days"), 22);
    ProgressionRules rules;
    rules.checkinMaxAgeDays = 30;
    EXPECT_EQ(plan(requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 1))}), rules)
                  .decision.light,
              Light::Green);
}

TEST_F(EngineDecision, GreenProgressesAmberHoldsRedRegresses)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    EXPECT_EQ(next(requestWith(day(2026, 11, 23), {c})).decision.action, Action::Progress);
    c.painExercise = 4;
    Plan amber = plan(requestWith(day(2026, 11, 23), {c}));
    EXPECT_EQ(amber.decision.action, Action::Hold);
    EXPECT_TRUE(hasReason(amber, "action.hold.amber"));
    c.painExercise = 7;
    Plan red = plan(requestWith(day(2026, 11, 23), {c}));
    EXPECT_EQ(red.decision.action, Action::Regress);
    EXPECT_EQ(red.decision.light, Light::Red);
    EXPECT_TRUE(hasReason(red, "action.regress"));
}

// The check-in names painful exercises by id; the clinician reads the library's name.
TEST_F(EngineDecision, APainfulExerciseIsNamedFromTheLibraryNotByItsId)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.painfulExercises = {{"clamshell", 7}, {"gone-from-library", 6}};
    PlanRequest request = requestWith(day(2026, 11, 23), {c});
    request.previousPlan = plan(requestWith(day(2026, 11, 16), {}));
    PlannedExercise old;
    old.id = "gone-from-library";
    old.name = "An old favourite";
    request.previousPlan->days[0].exercises.push_back(old);
    const Reason reason = reasonOf(plan(request), "light.amber.painful_exercise");
    const auto found = reason.values.find("exercises");
    ASSERT_NE(found, reason.values.end());
    ASSERT_EQ(found->second.items.size(), 2U);
    std::map<std::string, std::string> names;
    for (const ReasonValue& item : found->second.items) {
        names[item.id] = item.name;
    }
    const auto clamshell = std::find_if(m_library.begin(), m_library.end(),
                                        [](const Exercise& e) { return e.id == "clamshell"; });
    ASSERT_NE(clamshell, m_library.end());
    EXPECT_EQ(names["clamshell"], clamshell->name);
    EXPECT_NE(names["clamshell"], "clamshell");
    EXPECT_EQ(names["gone-from-library"], "An old favourite"); // from last week's plan
}

// An amber first plan starts at the starting doses: its reason says so, not "the same doses".
TEST_F(EngineDecision, AnAmberFirstPlanSaysItStartsNotThatItKeepsLastWeek)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.painExercise = 4;
    const Plan first = plan(requestWith(day(2026, 11, 23), {c}));
    EXPECT_EQ(first.decision.action, Action::Hold);
    EXPECT_EQ(reasonOf(first, "action.hold.amber").word("case"), "first");
    const Plan later = next(requestWith(day(2026, 11, 23), {c}));
    ASSERT_TRUE(hasReason(later, "action.hold.amber"));
    EXPECT_EQ(reasonOf(later, "action.hold.amber").word("case"), "");
}

TEST_F(EngineDecision, LowAdherenceHoldsAGreenWeekAndSaysHowLow)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.adherence = 0.5;
    const Plan result = plan(requestWith(day(2026, 11, 23), {c}));
    EXPECT_EQ(result.decision.light, Light::Green);
    EXPECT_EQ(result.decision.action, Action::Hold);
    EXPECT_EQ(reasonOf(result, "action.hold.adherence").number("adherence"), 50);
    EXPECT_EQ(reasonOf(result, "action.hold.adherence").number("needed"), 60);
    c.adherence = 0.6;
    EXPECT_EQ(next(requestWith(day(2026, 11, 23), {c})).decision.action, Action::Progress);
}

TEST_F(EngineDecision, LowAdherenceNeverStopsARedWeekFromSteppingBack)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.adherence = 0.2;
    c.nextMorning = NextMorning::Higher;
    EXPECT_EQ(plan(requestWith(day(2026, 11, 23), {c})).decision.action, Action::Regress);
}

TEST_F(EngineDecision, AWeekThatFeltTooHardHolds)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.difficulty = Difficulty::TooHard;
    const Plan result = plan(requestWith(day(2026, 11, 23), {c}));
    EXPECT_EQ(result.decision.action, Action::Hold);
    EXPECT_TRUE(hasReason(result, "action.hold.too_hard"));
    ProgressionRules rules;
    rules.holdWhenTooHard = false;
    EXPECT_EQ(next(requestWith(day(2026, 11, 23), {c}), rules).decision.action, Action::Progress);
}

TEST_F(EngineDecision, TwoRedWeeksInARowGoBackToPhaseOneAndAskForAReview)
{
    CheckIn first = greenCheckIn(day(2026, 11, 15));
    first.painExercise = 7;
    CheckIn second = greenCheckIn(day(2026, 11, 22));
    second.painExercise = 6;
    PlanRequest request = requestWith(day(2026, 11, 23), {first, second});
    Plan previous = plan(requestWith(day(2026, 11, 16), {}));
    previous.decision.phase = 3;
    request.previousPlan = previous;
    const Plan result = plan(request);
    EXPECT_EQ(result.decision.action, Action::Regress);
    EXPECT_EQ(result.decision.phase, 1);
    const Reason reset = reasonOf(result, "regress.two_red_weeks");
    EXPECT_EQ(datesOf(reset, "checkins"), (std::vector<Date>{day(2026, 11, 15), day(2026, 11, 22)}))
        << encodeReason(reset);
    EXPECT_EQ(adviceOf(result, "advice.review_red_weeks").size(), 1u);
}

TEST_F(EngineDecision, ARedPreviousPlanCountsAsTheRedWeekBeforeASingleCheckIn)
{
    CheckIn red = greenCheckIn(day(2026, 11, 22));
    red.swelling = Swelling::New;
    PlanRequest request = requestWith(day(2026, 11, 23), {red});
    Plan previous = plan(requestWith(day(2026, 11, 16), {}));
    previous.decision.phase = 2;
    previous.decision.light = Light::Red;
    request.previousPlan = previous;
    const Plan result = plan(request);
    EXPECT_EQ(result.decision.phase, 1);
    EXPECT_TRUE(hasReason(result, "regress.two_red_weeks"));
}

TEST_F(EngineDecision, ARedWeekAfterAnAmberWeekStaysInItsPhase)
{
    CheckIn amber = greenCheckIn(day(2026, 11, 15));
    amber.painExercise = 4;
    CheckIn red = greenCheckIn(day(2026, 11, 22));
    red.painExercise = 8;
    PlanRequest request = requestWith(day(2026, 11, 23), {amber, red});
    Plan previous = plan(requestWith(day(2026, 11, 16), {}));
    previous.decision.phase = 2;
    request.previousPlan = previous;
    const Plan result = plan(request);
    EXPECT_EQ(result.decision.action, Action::Regress);
    EXPECT_EQ(result.decision.phase, 2);
    EXPECT_FALSE(hasReason(result, "regress.two_red_weeks"));
}

TEST_F(EngineDecision, KneelingIsLeftOutWithPatellofemoralPainAndActivityPainOfFour)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.painActivity = 4;
    PlanRequest request = requestWith(day(2026, 11, 23), {c});
    Plan result = plan(request);
    EXPECT_EQ(reasonOf(result, "select.kneeling").number("activity_pain"), 4);
    EXPECT_EQ(reasonOf(result, "select.kneeling").number("limit"), 4);
    c.painActivity = 3;
    request.checkins = {c};
    EXPECT_FALSE(hasReason(plan(request), "select.kneeling"));
    c.painActivity = 8;
    request.checkins = {c};
    request.client.conditions = {Condition::HipImbalance};
    EXPECT_FALSE(hasReason(plan(request), "select.kneeling"));
}

TEST_F(EngineDecision, TheSameRequestGivesTheSamePlan)
{
    CheckIn c = greenCheckIn(day(2026, 11, 22));
    c.painfulExercises = {{"pelvic-curl", 4}, {"clamshell", 7}};
    PlanRequest request = requestWith(day(2026, 11, 23), {c});
    request.previousPlan = plan(requestWith(day(2026, 11, 16), {}));
    EXPECT_EQ(plan(request), plan(request));
}

} // namespace
} // namespace glidepath::core
