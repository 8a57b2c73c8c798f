// glidepath-cli plan: a request in, the plan out (JSON or text), with the built-in library or a
// library file; bad input names the field and exits 1 without printing a plan.

#include "support/process_runner.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/io/rules_format.h>
#include <glidepath/report/reason_text.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace glidepath {
namespace {

namespace fs = std::filesystem;

std::string example(const std::string& name)
{
    return std::string(GLIDEPATH_SOURCE_DIR) + "/data/examples/" + name + ".request.json";
}

class CliPlan : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() /
                ("glidepath-cli-plan-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    test::ProcessResult run(std::vector<std::string> args)
    {
        args.insert(args.begin(), "plan");
        return test::runProcess(GLIDEPATH_CLI_PATH, args);
    }
    std::string write(const std::string& name, const std::string& text)
    {
        const fs::path path = m_dir / name;
        std::ofstream(path, std::ios::binary) << text;
        return path.string();
    }

    fs::path m_dir;
};

TEST_F(CliPlan, PrintsTheEnginesPlanAsJson)
{
    const auto result = run({"--request", example("flare-up"), "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(result.err.empty());
    const core::PlanRequest request = io::parsePlanRequest(io::readTextFile(example("flare-up")));
    EXPECT_EQ(result.out, io::writePlan(core::generatePlan(request, io::builtinLibrary().exercises,
                                                           io::builtinRules()),
                                        report::clinicianText));
}

TEST_F(CliPlan, PrintsReadableTextByDefault)
{
    const auto result = run({"--request", example("ready-to-progress")});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Decision: PROGRESS (light green, phase 2)"), std::string::npos);
    EXPECT_NE(result.out.find("[phase.gate.1_2]"), std::string::npos);
}

// The text names timed work as the handout does: the walk is walking, the modified Hundred keeps
// moving, and their rest falls between walks and rounds; a hold stays a hold.
TEST_F(CliPlan, TheTextReadsTimedWorkAsMovementNotAsAHold)
{
    const auto result = run({"--request", example("steady-week")});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    std::string out = result.out;
    // Numbers and units are joined by no-break spaces.
    for (std::size_t at = out.find("\u00a0"); at != std::string::npos; at = out.find("\u00a0")) {
        out.replace(at, 2, " ");
    }
    EXPECT_NE(out.find("Modified hundred: Keep moving for 50 s, twice, rest 45 s between rounds"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("Brisk walk with good form: Walk 4 min, twice, rest 30 s between walks"),
              std::string::npos)
        << out;
    // The dose lines say no "hold" for them (nor do their reasons: "keep moving 40 s → 50 s").
    for (const char* name : {"Modified hundred: ", "Brisk walk with good form: "}) {
        const auto at = out.find(name);
        ASSERT_NE(at, std::string::npos) << name;
        const std::string line = out.substr(at, out.find('\n', at) - at);
        EXPECT_EQ(line.find("hold"), std::string::npos) << line;
    }
    EXPECT_NE(out.find("Wall sit, shallow: 4 × 20 s hold"), std::string::npos) << out;

    const auto german = test::runProcess(
        GLIDEPATH_CLI_PATH, {"--language", "de", "plan", "--request", example("steady-week")});
    ASSERT_EQ(german.exitCode, 0) << german.err;
    EXPECT_NE(german.out.find("durchgehend bewegen"), std::string::npos) << german.out;
    EXPECT_NE(german.out.find("zwischen den Durchgängen"), std::string::npos) << german.out;
}

// The reasons name a step of movement kept up as the cards do: "keep moving 40 s → 50 s", in
// English and German, in the text and in the JSON's words.
TEST_F(CliPlan, TheReasonsReadTimedWorkAsMovementNotAsAHold)
{
    const auto plain = [](std::string out) {
        for (std::size_t at = out.find("\u00a0"); at != std::string::npos;
             at = out.find("\u00a0")) {
            out.replace(at, 2, " ");
        }
        return out;
    };
    const std::string out = plain(run({"--request", example("ready-to-progress")}).out);
    EXPECT_NE(out.find("moved up one step: keep moving 40 s → 50 s (now 2 × 50 s moving)"),
              std::string::npos)
        << out;
    EXPECT_EQ(out.find("hold 40 s → 50 s"), std::string::npos) << out;
    EXPECT_EQ(out.find("50 s hold"), std::string::npos) << out;
    const std::string json =
        plain(run({"--request", example("ready-to-progress"), "--format", "json"}).out);
    EXPECT_NE(json.find("keep moving 40 s → 50 s"), std::string::npos);
    EXPECT_NE(json.find("\"timing\": {\n"), std::string::npos) << "the reason carries its timing";

    const std::string german =
        plain(test::runProcess(GLIDEPATH_CLI_PATH, {"--language", "de", "plan", "--request",
                                                    example("ready-to-progress")})
                  .out);
    EXPECT_NE(german.find("in Bewegung 40 s → 50 s"), std::string::npos) << german;
    EXPECT_EQ(german.find("Halten 40 s"), std::string::npos) << german;
}

TEST_F(CliPlan, UsesALibraryFileWhenGiven)
{
    io::LibraryDocument library;
    for (const core::Exercise& exercise : io::builtinLibrary().exercises) {
        if (exercise.category != core::Category::Mobility) {
            library.exercises.push_back(exercise);
        }
    }
    // Ladders into removed exercises would dangle; cut them.
    for (core::Exercise& exercise : library.exercises) {
        auto gone = [&](const std::string& id) {
            return !id.empty() && std::none_of(library.exercises.begin(), library.exercises.end(),
                                               [&](const core::Exercise& e) { return e.id == id; });
        };
        if (gone(exercise.easier)) {
            exercise.easier.clear();
        }
        if (gone(exercise.harder)) {
            exercise.harder.clear();
        }
    }
    const std::string file = write("library.json", io::writeLibrary(library));
    const auto result =
        run({"--request", example("steady-week"), "--library", file, "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const core::Plan plan = io::parsePlan(result.out);
    for (const core::PlanDay& day : plan.days) {
        for (const core::PlannedExercise& planned : day.exercises) {
            const auto it =
                std::find_if(library.exercises.begin(), library.exercises.end(),
                             [&](const core::Exercise& e) { return e.id == planned.id; });
            ASSERT_NE(it, library.exercises.end()) << planned.id;
            EXPECT_NE(it->category, core::Category::Mobility);
        }
    }
}

TEST_F(CliPlan, AnInvalidRequestNamesTheFieldAndExitsOne)
{
    std::string text = io::readTextFile(example("steady-week"));
    const std::string from = "\"sessions_per_week\": 4";
    text.replace(text.find(from), from.size(), "\"sessions_per_week\": 12");
    const auto result = run({"--request", write("bad.json", text)});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.empty());
    EXPECT_NE(
        result.err.find("/client/sessions_per_week: must be a whole number from 2 to 7, got 12"),
        std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("1 problem; not a usable plan request"), std::string::npos);
}

TEST_F(CliPlan, AnInvalidLibraryFileIsReportedAndExitsOne)
{
    const std::string file = write("library.json", R"({"format": "glidepath-library", "version": 1,
 "library_version": 1, "exercises": [{"id": "x"}]})");
    const auto result = run({"--request", example("steady-week"), "--library", file});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.empty());
    EXPECT_NE(result.err.find("/exercises/0/name"), std::string::npos) << result.err;
}

TEST_F(CliPlan, AMissingRequestFileIsNamed)
{
    const auto result = run({"--request", (m_dir / "nowhere.json").string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("nowhere.json"), std::string::npos) << result.err;
}

} // namespace
} // namespace glidepath
