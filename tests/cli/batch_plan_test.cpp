// glidepath-cli plan --requests FILE.jsonl (many plans, one per line, bad lines reported by
// number) and plan --client NAME --new (a stored client's week through the planning service),
// on the real binary.

#include "support/process_runner.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/report/reason_text.h>
#include <glidepath/io/format_error.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/io/rules_format.h>
#include <glidepath/planning/planning_service.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/review_repository.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace glidepath {
namespace {

namespace fs = std::filesystem;

std::string exampleText(const std::string& name)
{
    return io::readTextFile(std::string(GLIDEPATH_SOURCE_DIR) + "/data/examples/" + name +
                            ".request.json");
}

// A request document on one line, as a JSON Lines file holds it.
std::string line(const std::string& json)
{
    return nlohmann::ordered_json::parse(json).dump();
}

std::string expectedPlanLine(const std::string& requestJson)
{
    const core::PlanRequest request = io::parsePlanRequest(requestJson);
    const core::Plan plan =
        core::generatePlan(request, io::builtinLibrary().exercises, io::builtinRules());
    return line(io::writePlan(plan, report::clinicianText)); // the CLI adds the clinician's words
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) {
        out.push_back(l);
    }
    return out;
}

class CliBatch : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() /
                ("glidepath-cli-batch-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    test::ProcessResult run(std::vector<std::string> args) const
    {
        return test::runProcess(GLIDEPATH_CLI_PATH, args,
                                {{"GLIDEPATH_DB", std::nullopt},
                                 {"HOME", m_dir.string()},
                                 {"XDG_DATA_HOME", (m_dir / "xdg").string()}});
    }
    std::string write(const std::string& name, const std::string& text) const
    {
        const fs::path path = m_dir / name;
        std::ofstream(path, std::ios::binary) << text;
        return path.string();
    }

    fs::path m_dir;
};

TEST_F(CliBatch, PlansEveryLineInOrderOnePlanPerLine)
{
    const std::vector<std::string> requests{exampleText("steady-week"), exampleText("flare-up"),
                                            exampleText("red-flag-week"),
                                            exampleText("ready-to-progress")};
    std::string file;
    for (const auto& request : requests) {
        file += line(request) + "\n";
    }
    file += "\n"; // a trailing blank line is not a request
    const auto result = run({"plan", "--requests", write("many.jsonl", file)});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(result.err.empty()) << result.err;
    const auto out = lines(result.out);
    ASSERT_EQ(out.size(), requests.size());
    for (std::size_t i = 0; i < requests.size(); ++i) {
        EXPECT_EQ(out[i], expectedPlanLine(requests[i])) << "request " << i + 1;
        // Each line is a whole plan document that reads back.
        EXPECT_NO_THROW(io::parsePlan(out[i])) << "line " << i + 1;
    }
}

TEST_F(CliBatch, BadLinesAreReportedByNumberAndFieldAndTheOthersStillPlanned)
{
    auto badField = nlohmann::ordered_json::parse(exampleText("flare-up"));
    badField["checkins"][0]["pain_rest"] = 42;
    const std::string file = line(exampleText("steady-week")) + "\n" +       //
                             "{\"format\": \"glidepath-plan-request\", \n" + // broken JSON
                             line(exampleText("flare-up")) + "\r\n" +        // CRLF is fine
                             badField.dump() + "\n" +                        //
                             line(exampleText("ready-to-progress")) + "\n";
    const std::string path = write("mixed.jsonl", file);
    const auto result = run({"plan", "--requests", path});
    EXPECT_EQ(result.exitCode, 1);
    const auto out = lines(result.out);
    ASSERT_EQ(out.size(), 3u) << result.out;
    EXPECT_EQ(out[0], expectedPlanLine(exampleText("steady-week")));
    EXPECT_EQ(out[1], expectedPlanLine(exampleText("flare-up")));
    EXPECT_EQ(out[2], expectedPlanLine(exampleText("ready-to-progress")));
    EXPECT_NE(result.err.find(path + ":2:"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find(path + ":4: /checkins/0/pain_rest: "), std::string::npos)
        << result.err;
    EXPECT_EQ(result.err.find(path + ":1:"), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find(path + ":3:"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("2 of 5 requests"), std::string::npos) << result.err;
}

TEST_F(CliBatch, HelpDocumentsIt)
{
    const auto result = run({"plan", "--help"});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_NE(result.out.find("--requests FILE.jsonl"), std::string::npos);
    EXPECT_NE(result.out.find("line number"), std::string::npos);
}

TEST_F(CliBatch, OptionsForOnePlanAreUsageErrors)
{
    const std::string path = write("one.jsonl", line(exampleText("steady-week")) + "\n");
    for (const std::vector<std::string>& extra : {std::vector<std::string>{"--pdf", "x.pdf"},
                                                  {"--format", "text"},
                                                  {"--summary"},
                                                  {"--request", path}}) {
        std::vector<std::string> args{"plan", "--requests", path};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto result = run(args);
        EXPECT_EQ(result.exitCode, 2) << extra[0];
        EXPECT_TRUE(result.out.empty()) << extra[0];
    }
    EXPECT_EQ(run({"plan", "--requests", (m_dir / "missing.jsonl").string()}).exitCode, 1);
}

TEST_F(CliBatch, ClientNewPlansTheStoredWeekThroughThePlanningService)
{
    const fs::path dbPath = m_dir / "clinic.db";
    std::int64_t id = 0;
    {
        auto db = storage::Database::open(dbPath);
        // As the app leaves it: the CLI only reads here, and a reader does not seed the library.
        storage::ExerciseRepository(*db).seedBuiltins(io::builtinLibrary().exercises,
                                                      io::builtinLibrary().libraryVersion);
        storage::ClientRecord client;
        client.profile.name = "Robin Ash";
        client.profile.conditions = {core::Condition::PatellofemoralPain};
        client.profile.equipment = {core::Equipment::Mat, core::Equipment::Band};
        client.profile.precautions = {core::ClientPrecaution::FallInLastYear};
        storage::ClientRepository clients(*db);
        id = clients.create(client);
        core::CheckIn checkIn;
        checkIn.date = *core::parseIsoDate("2026-11-27");
        checkIn.painExercise = 1;
        clients.addCheckIn(id, checkIn);
        storage::ReviewRepository(*db).add(id, {*core::parseIsoDate("2026-11-26"), "Dr Lee", ""});
    }
    const auto result = run({"--database", dbPath.string(), "plan", "--client", "Robin Ash",
                             "--new", "--week", "2026-11-30", "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    {
        auto db = storage::Database::open(dbPath);
        const core::Plan expected = planning::PlanningService(*db).planWeek(
            id, *core::parseIsoDate("2026-11-30"), storage::ExerciseRepository(*db).list(),
            io::builtinRules());
        EXPECT_EQ(result.out, io::writePlan(expected, report::clinicianText));
        std::size_t exercises = 0;
        for (const core::PlanDay& planDay : expected.days) {
            exercises += planDay.exercises.size();
        }
        EXPECT_GT(exercises, 0u) << "a real week, not an empty one";
        // Nothing was saved.
        EXPECT_TRUE(storage::ClientRepository(*db).plans(id).empty());
    }

    const auto notMonday = run({"--database", dbPath.string(), "plan", "--client", "Robin Ash",
                                "--new", "--week", "2026-12-01"});
    EXPECT_EQ(notMonday.exitCode, 1);
    EXPECT_NE(notMonday.err.find("Monday"), std::string::npos) << notMonday.err;
    EXPECT_EQ(run({"plan", "--request", "x.json", "--new"}).exitCode, 2);
}

} // namespace
} // namespace glidepath
