// The weekly traffic light (light.* rules): one test per rule and its thresholds.

#include "support/test_library.h"

#include <glidepath/core/progression_steps.h>

#include <gtest/gtest.h>

#include <algorithm>

namespace glidepath::core {
namespace {

using test::day;
using test::greenCheckIn;

LightResult lightOf(std::vector<CheckIn> checkins, const ProgressionRules& rules = {})
{
    return evaluateLight(checkins, checkins.size() - 1, rules);
}

bool fired(const LightResult& result, std::string_view rule)
{
    return std::any_of(result.reasons.begin(), result.reasons.end(),
                       [&](const Reason& reason) { return reason.rule == rule; });
}

Reason reasonOf(const LightResult& result, std::string_view rule)
{
    for (const Reason& reason : result.reasons) {
        if (reason.rule == rule) {
            return reason;
        }
    }
    return {};
}

TEST(EngineLight, LowPainSettledAndNoRiseIsGreen)
{
    const LightResult result =
        lightOf({greenCheckIn(day(2026, 11, 9)), greenCheckIn(day(2026, 11, 16))});
    EXPECT_EQ(result.light, Light::Green);
    ASSERT_EQ(result.reasons.size(), 1u);
    EXPECT_EQ(result.reasons[0].rule, "light.green");
    EXPECT_EQ(result.reasons[0].number("pain"), 1);
    EXPECT_EQ(result.reasons[0].number("green_max"), 2);
    EXPECT_EQ(result.reasons[0].number("rest_from", -1), 1);
    EXPECT_EQ(result.reasons[0].number("activity_to", -1), 2);
}

TEST(EngineLight, ExercisePainBandsFollowTheThresholds)
{
    for (int pain = 0; pain <= 10; ++pain) {
        CheckIn c = greenCheckIn(day(2026, 11, 16));
        c.painExercise = pain;
        const LightResult result = lightOf({c});
        const Light expected = pain <= 2 ? Light::Green : pain <= 5 ? Light::Amber : Light::Red;
        EXPECT_EQ(result.light, expected) << "pain " << pain;
    }
}

TEST(EngineLight, RedExercisePainReasonNamesTheValueAndTheLimit)
{
    CheckIn c = greenCheckIn(day(2026, 11, 16));
    c.painExercise = 6;
    const LightResult result = lightOf({c});
    const Reason expected("light.red.exercise_pain",
                          {{"pain", value::pain(6)}, {"limit", value::number(5)}});
    EXPECT_EQ(reasonOf(result, "light.red.exercise_pain"), expected)
        << encodeReason(reasonOf(result, "light.red.exercise_pain"));
}

TEST(EngineLight, AmberExercisePainReasonNamesBothLimits)
{
    CheckIn c = greenCheckIn(day(2026, 11, 16));
    c.painExercise = 4;
    const LightResult result = lightOf({c});
    EXPECT_EQ(result.light, Light::Amber);
    const Reason expected(
        "light.amber.exercise_pain",
        {{"pain", value::pain(4)}, {"green_max", value::number(2)}, {"limit", value::number(5)}});
    EXPECT_EQ(reasonOf(result, "light.amber.exercise_pain"), expected)
        << encodeReason(reasonOf(result, "light.amber.exercise_pain"));
}

TEST(EngineLight, ThresholdsComeFromTheRules)
{
    ProgressionRules rules;
    rules.greenMaxExercisePain = 3;
    rules.amberMaxExercisePain = 4;
    CheckIn c = greenCheckIn(day(2026, 11, 16));
    c.painExercise = 3;
    EXPECT_EQ(lightOf({c}, rules).light, Light::Green);
    c.painExercise = 5;
    EXPECT_EQ(lightOf({c}, rules).light, Light::Red);
}

TEST(EngineLight, HigherNextMorningIsRed)
{
    CheckIn c = greenCheckIn(day(2026, 11, 16));
    c.nextMorning = NextMorning::Higher;
    const LightResult result = lightOf({c});
    EXPECT_EQ(result.light, Light::Red);
    EXPECT_TRUE(fired(result, "light.red.next_morning"));
    EXPECT_FALSE(fired(result, "light.green"));
}

TEST(EngineLight, SmallWeeklyRiseIsAmberAndNamesTheValues)
{
    CheckIn before = greenCheckIn(day(2026, 11, 9));
    CheckIn now = greenCheckIn(day(2026, 11, 16));
    now.painRest = before.painRest + 1;
    const LightResult result = lightOf({before, now});
    EXPECT_EQ(result.light, Light::Amber);
    const Reason trend = reasonOf(result, "light.amber.trend");
    EXPECT_EQ(trend.number("rest_from", -1), 1) << encodeReason(trend);
    EXPECT_EQ(trend.number("rest_to", -1), 2) << encodeReason(trend);
    ASSERT_TRUE(trend.has("rest_since"));
    EXPECT_EQ(trend.find("rest_since")->date, day(2026, 11, 9));
    EXPECT_FALSE(trend.has("activity_from")) << "activity pain did not rise";
}

TEST(EngineLight, RiseOfTwoPointsIsRed)
{
    CheckIn before = greenCheckIn(day(2026, 11, 9));
    before.painActivity = 3;
    CheckIn now = greenCheckIn(day(2026, 11, 16));
    now.painActivity = 5;
    const LightResult result = lightOf({before, now});
    EXPECT_EQ(result.light, Light::Red);
    const Reason trend = reasonOf(result, "light.red.trend");
    EXPECT_EQ(trend.number("activity_from", -1), 3) << encodeReason(trend);
    EXPECT_EQ(trend.number("activity_to", -1), 5) << encodeReason(trend);
}

// After a flare the rolling baseline still sees a rise; while it falls the knee is settling and
// the week holds (amber), while it stays or grows it is red as before.
TEST(EngineLight, AFallingRiseAfterAFlareIsSettlingAmberNotRedAgain)
{
    CheckIn good = greenCheckIn(day(2026, 11, 16));
    good.painActivity = 2;
    CheckIn flare = greenCheckIn(day(2026, 11, 23));
    flare.painActivity = 5;
    CheckIn better = greenCheckIn(day(2026, 11, 30));
    better.painActivity = 4; // still 2 above the best, but down from 5
    LightResult result = lightOf({good, flare, better});
    EXPECT_EQ(result.light, Light::Amber);
    EXPECT_FALSE(fired(result, "light.red.trend"));
    const Reason settling = reasonOf(result, "light.amber.settling");
    EXPECT_EQ(settling.number("activity_best", -1), 2) << encodeReason(settling);
    EXPECT_EQ(settling.number("activity_before", -1), 5) << encodeReason(settling);
    EXPECT_EQ(settling.number("activity_now", -1), 4) << encodeReason(settling);
    ASSERT_TRUE(settling.has("before"));
    EXPECT_EQ(settling.find("before")->date, day(2026, 11, 23));
    EXPECT_FALSE(settling.has("rest_now")) << "rest pain did not rise";

    CheckIn level = better;
    level.painActivity = 5; // no better than the flare week: not settling
    EXPECT_EQ(lightOf({good, flare, level}).light, Light::Red);
    EXPECT_TRUE(fired(lightOf({good, flare, level}), "light.red.trend"));

    CheckIn restUp = better;
    restUp.painRest = flare.painRest + 1; // activity falls but rest rises since the flare week
    EXPECT_FALSE(fired(lightOf({good, flare, restUp}), "light.amber.settling"));

    ProgressionRules off;
    off.settlingTrendHolds = false;
    EXPECT_EQ(lightOf({good, flare, better}, off).light, Light::Red);
}

TEST(EngineLight, FallingPainAndTheFirstCheckInHaveNoTrend)
{
    CheckIn before = greenCheckIn(day(2026, 11, 9));
    before.painRest = 4;
    before.painActivity = 5;
    const CheckIn now = greenCheckIn(day(2026, 11, 16));
    EXPECT_EQ(lightOf({before, now}).light, Light::Green);
    CheckIn only = greenCheckIn(day(2026, 11, 16));
    only.painActivity = 2;
    EXPECT_EQ(lightOf({only}).light, Light::Green);
}

TEST(EngineLight, NewSwellingIsRedAndOngoingSwellingAmber)
{
    CheckIn c = greenCheckIn(day(2026, 11, 16));
    c.swelling = Swelling::New;
    EXPECT_EQ(lightOf({c}).light, Light::Red);
    EXPECT_TRUE(fired(lightOf({c}), "light.red.new_swelling"));
    c.swelling = Swelling::Same;
    EXPECT_EQ(lightOf({c}).light, Light::Amber);
    EXPECT_TRUE(fired(lightOf({c}), "light.amber.swelling"));
    ProgressionRules rules;
    rules.amberOnOngoingSwelling = false;
    EXPECT_EQ(lightOf({c}, rules).light, Light::Green);
}

TEST(EngineLight, NewNightPainIsRedAndContinuingNightPainAmber)
{
    CheckIn before = greenCheckIn(day(2026, 11, 9));
    CheckIn now = greenCheckIn(day(2026, 11, 16));
    now.nightPain = true;
    EXPECT_EQ(lightOf({before, now}).light, Light::Red);
    ASSERT_TRUE(reasonOf(lightOf({before, now}), "light.red.night_pain").has("since"));
    EXPECT_EQ(reasonOf(lightOf({before, now}), "light.red.night_pain").find("since")->date,
              day(2026, 11, 9));
    before.nightPain = true;
    EXPECT_EQ(lightOf({before, now}).light, Light::Amber);
    EXPECT_TRUE(fired(lightOf({before, now}), "light.amber.night_pain"));
    ProgressionRules rules;
    rules.amberOnOngoingNightPain = false;
    EXPECT_EQ(lightOf({before, now}, rules).light, Light::Green);
}

TEST(EngineLight, EveryRuleThatFiresIsListedAndTheWorstWins)
{
    CheckIn c = greenCheckIn(day(2026, 11, 16));
    c.painExercise = 4;         // amber
    c.swelling = Swelling::New; // red
    const LightResult result = lightOf({c});
    EXPECT_EQ(result.light, Light::Red);
    EXPECT_TRUE(fired(result, "light.amber.exercise_pain"));
    EXPECT_TRUE(fired(result, "light.red.new_swelling"));
}

TEST(EngineLight, AnIndexOutsideTheCheckInsHasNoLight)
{
    const std::vector<CheckIn> none;
    EXPECT_EQ(evaluateLight(none, 0, {}).light, Light::None);
}

} // namespace
} // namespace glidepath::core
