// The example requests in data/examples/: each plan is regenerated from its request with the
// shipped library and rules and must equal the checked-in plan byte for byte. When the rules or
// the library change on purpose, regenerate the plans as docs/formats.md describes.

#include <glidepath/core/progression_engine.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/io/rules_format.h>

#include <gtest/gtest.h>

#include <string>

namespace glidepath::io {
namespace {

struct Example
{
    std::string name;
    core::Action action;
    core::Light light;
    int phase;
};

std::string examplePath(const std::string& name, const std::string& kind)
{
    return std::string(GLIDEPATH_SOURCE_DIR) + "/data/examples/" + name + "." + kind + ".json";
}

class PlanExamples : public ::testing::TestWithParam<Example>
{};

TEST_P(PlanExamples, RegeneratedPlanEqualsTheCheckedInPlan)
{
    const Example& example = GetParam();
    const core::PlanRequest request =
        parsePlanRequest(readTextFile(examplePath(example.name, "request")));
    const core::Plan plan = core::generatePlan(request, builtinLibrary().exercises, builtinRules());
    const std::string expected = readTextFile(examplePath(example.name, "plan"));
    // The file carries the CLI's words ("text"); the data must match what the engine makes now.
    EXPECT_EQ(writePlan(parsePlan(expected)), writePlan(plan))
        << "data/examples/" << example.name << ".plan.json is out of date; regenerate it with "
        << "glidepath-cli plan --request data/examples/" << example.name
        << ".request.json --format json";
    EXPECT_EQ(parsePlan(expected), plan);
    EXPECT_EQ(plan.decision.action, example.action);
    EXPECT_EQ(plan.decision.light, example.light);
    EXPECT_EQ(plan.decision.phase, example.phase);
}

INSTANTIATE_TEST_SUITE_P(
    Shipped, PlanExamples,
    ::testing::Values(Example{"flare-up", core::Action::Regress, core::Light::Red, 2},
                      Example{"steady-week", core::Action::Progress, core::Light::Amber, 1},
                      Example{"ready-to-progress", core::Action::Progress, core::Light::Green, 2},
                      Example{"red-flag-week", core::Action::Refer, core::Light::None, 1}),
    [](const ::testing::TestParamInfo<Example>& info) {
        std::string name = info.param.name;
        for (char& c : name) {
            if (c == '-') {
                c = '_';
            }
        }
        return name;
    });

TEST(PlanExamplesShape, EachExampleShowsItsCase)
{
    auto plan = [](const std::string& name) {
        return parsePlan(readTextFile(examplePath(name, "plan")));
    };
    auto cites = [](const core::Plan& p, std::string_view rule) {
        for (const core::Reason& reason : p.decision.reasons) {
            if (reason.rule == rule) {
                return true;
            }
        }
        return false;
    };
    const core::Plan flare = plan("flare-up");
    EXPECT_TRUE(cites(flare, "light.red.exercise_pain"));
    EXPECT_TRUE(cites(flare, "light.red.new_swelling"));
    EXPECT_TRUE(cites(flare, "select.kneeling"));
    const core::Plan ready = plan("ready-to-progress");
    EXPECT_TRUE(cites(ready, "phase.gate.1_2"));
    const core::Plan referral = plan("red-flag-week");
    EXPECT_TRUE(cites(referral, "refer.red_flag"));
    for (const core::PlanDay& day : referral.days) {
        EXPECT_TRUE(day.exercises.empty());
    }
    // An amber week made by the one exercise that hurt: it holds, the others move up.
    EXPECT_TRUE(cites(plan("steady-week"), "action.progress.per_exercise"));
}

} // namespace
} // namespace glidepath::io
