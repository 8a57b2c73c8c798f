// The progression rules file: the shipped file equals the engine's defaults, every number is
// read from it, and every mistake is named.

#include "format_test_support.h"

#include <glidepath/core/progression_rules.h>
#include <glidepath/io/builtin_data.h>
#include <glidepath/io/rules_format.h>

#include <gtest/gtest.h>

#include <string>

namespace glidepath::io {
namespace {

using test::replaced;

std::string shippedRulesText()
{
    return readTextFile(std::string(GLIDEPATH_SOURCE_DIR) + "/data/rules/progression.json");
}

std::vector<FormatIssue> issuesOf(const std::string& json)
{
    return test::issuesFrom(parseRules, json);
}

TEST(PlanRules, TheShippedFileEqualsTheEngineDefaults)
{
    try {
        EXPECT_EQ(parseRules(shippedRulesText()), core::ProgressionRules{});
    } catch (const FormatError& error) {
        for (const FormatIssue& issue : error.issues()) {
            ADD_FAILURE() << describe(issue);
        }
    }
    EXPECT_EQ(builtinRules(), core::ProgressionRules{});
    EXPECT_EQ(std::string(builtinRulesJson()), shippedRulesText());
}

TEST(PlanRules, EveryNumberIsReadFromTheFile)
{
    std::string text = shippedRulesText();
    text = replaced(text, R"("exercise_pain_max": 2)", R"("exercise_pain_max": 3)");
    text = replaced(text, R"("adherence_min": 0.6)", R"("adherence_min": 0.75)");
    text = replaced(text, R"("assume_mat": false)", R"("assume_mat": true)");
    text = replaced(text, R"("knee_flexion_max": "low")", R"("knee_flexion_max": "none")");
    text = replaced(text, R"("conditions": [
        "patellofemoral_pain",
        "patellar_maltracking",
        "post_surgery",
        "general_knee_pain"
      ])",
                    R"("conditions": ["patellofemoral_pain", "patellar_maltracking"])");
    text = replaced(text, R"("volume_kept": 0.7)", R"("volume_kept": 0.5)");
    const core::ProgressionRules rules = parseRules(text);
    EXPECT_EQ(rules.greenMaxExercisePain, 3);
    EXPECT_DOUBLE_EQ(rules.minAdherence, 0.75);
    EXPECT_TRUE(rules.assumeMat);
    EXPECT_EQ(rules.redMaxKneeFlexion, core::KneeFlexion::None);
    EXPECT_EQ(rules.kneelingExclusionConditions.size(), 2u);
    EXPECT_DOUBLE_EQ(rules.regressVolumeFactor, 0.5);
    // The gates are three separate rules.
    text = replaced(text, R"("phase.gate.2_3": {)", R"("phase.gate.2_3": {"green_weeks": 4, )");
    EXPECT_FALSE(issuesOf(text).empty()); // now "green_weeks" appears twice
}

TEST(PlanRules, MistakesAreNamedByRuleAndField)
{
    const std::string shipped = shippedRulesText();
    const std::vector<test::Mistake> cases{
        {R"("light.green": {)", R"("light.gren": {)", "/rules/light.gren", "did you mean"},
        {R"("light.green": {)", R"("light.gren": {)", "/rules/light.green",
         "required field is missing"},
        {R"("rise_points": 2)", R"("rise_points": 0)", "/rules/light.red.trend/rise_points",
         "from 1 to 10"},
        {R"("adherence_min": 0.6)", R"("adherence_min": 1.5)",
         "/rules/action.hold.adherence/adherence_min", "from 0 to 1"},
        {R"("exercise_pain_max": 5)", R"("exercise_pain_max": 1)",
         "/rules/light.amber.exercise_pain/exercise_pain_max", "must not be below light.green"},
        {R"("max": 3,)", R"("max": 1,)", "/rules/week.strength_sessions/max",
         "must not be below min"},
        {R"("impact_max": "none")", R"("impact_max": "soft")", "/rules/select.red_caps/impact_max",
         "none, low or high"},
        {R"("phase_min": 3)", R"("phase_min": 3, "phase_max": 4)",
         "/rules/select.landing/phase_max", "unknown field"},
        {R"("format": "glidepath-rules")", R"("format": "glidepath-plan")", "/format",
         "progression rules"},
        {R"("patellofemoral_pain")", R"("knee_ache")", "/rules/select.kneeling/conditions/0",
         "must be one of patellofemoral_pain, patellar_maltracking"},
        {R"("patellofemoral_pain")", R"("hip_imbalance", "hip_imbalance")",
         "/rules/select.kneeling/conditions/1", "is listed more than once"},
    };
    for (const test::Mistake& c : cases) {
        const std::vector<FormatIssue> issues = issuesOf(replaced(shipped, c.from, c.to));
        bool found = false;
        for (const FormatIssue& issue : issues) {
            if (issue.pointer == c.pointer) {
                found = true;
                EXPECT_NE(issue.message.find(c.message), std::string::npos) << describe(issue);
                EXPECT_GT(issue.line, 0) << describe(issue);
            }
        }
        EXPECT_TRUE(found) << "no issue at " << c.pointer;
    }
}

} // namespace
} // namespace glidepath::io
