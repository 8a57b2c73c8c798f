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

std::string textOf(const LightResult& result, std::string_view rule)
{
    for (const Reason& reason : result.reasons) {
        if (reason.rule == rule) {
            return reason.text;
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
    EXPECT_NE(result.reasons[0].text.find("1/10"), std::string::npos);
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
    EXPECT_EQ(textOf(result, "light.red.exercise_pain"), "Pain during exercise was 6/10, above 5.");
}

TEST(EngineLight, AmberExercisePainReasonNamesBothLimits)
{
    CheckIn c = greenCheckIn(day(2026, 11, 16));
    c.painExercise = 4;
    const LightResult result = lightOf({c});
    EXPECT_EQ(result.light, Light::Amber);
    EXPECT_EQ(textOf(result, "light.amber.exercise_pain"),
              "Pain during exercise was 4/10: above 2 but not above 5.");
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
    const std::string text = textOf(result, "light.amber.trend");
    EXPECT_NE(text.find("Rest pain rose from 1/10 to 2/10"), std::string::npos) << text;
    EXPECT_NE(text.find("2026-11-09"), std::string::npos) << text;
}

TEST(EngineLight, RiseOfTwoPointsIsRed)
{
    CheckIn before = greenCheckIn(day(2026, 11, 9));
    before.painActivity = 3;
    CheckIn now = greenCheckIn(day(2026, 11, 16));
    now.painActivity = 5;
    const LightResult result = lightOf({before, now});
    EXPECT_EQ(result.light, Light::Red);
    EXPECT_NE(textOf(result, "light.red.trend").find("Activity pain rose from 3/10 to 5/10"),
              std::string::npos);
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
    EXPECT_NE(textOf(lightOf({before, now}), "light.red.night_pain").find("new since"),
              std::string::npos);
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
