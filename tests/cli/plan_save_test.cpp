// glidepath-cli plan --client X --new --save (issue 14): the new plan is stored as the week's next
// version the way the app's Save plan stores it (planning::planToSave, then
// ClientRepository::savePlan), so the app and the CLI side by side keep the same plan; nothing is
// stored with screening open, beside a writer, or by a login that may only read.

#include "storage/storage_test_support.h"
#include "support/process_runner.h"
#include "support/test_server.h"

#include <glidepath/core/client.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/io/rules_format.h>
#include <glidepath/planning/planning_service.h>
#include <glidepath/report/reason_text.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace glidepath {
namespace {

namespace fs = std::filesystem;

constexpr const char* kWeek = "2026-11-30";

test::ProcessResult runCli(const std::string& database, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--database", database, "plan"});
    return test::runProcess(GLIDEPATH_CLI_PATH, args, {{"GLIDEPATH_DB", std::nullopt}});
}

// A client ready to plan as the app requires: the profile complete and every screening question
// answered (no, but for the flags given as yes), with one check-in before the week.
std::int64_t addClient(storage::Database& db, const std::string& name,
                       const std::vector<core::RedFlag>& yes = {})
{
    storage::ExerciseRepository(db).seedBuiltins(io::builtinLibrary().exercises,
                                                 io::builtinLibrary().libraryVersion);
    storage::ClientRecord client;
    client.profile.name = name;
    client.profile.conditions = {core::Condition::PatellofemoralPain};
    client.profile.equipment = {core::Equipment::Mat, core::Equipment::Band};
    client.screeningRedFlags = yes;
    client.screeningAnsweredNo = core::unansweredRedFlags(yes, {});
    storage::ClientRepository clients(db);
    const std::int64_t id = clients.create(client);
    core::CheckIn checkIn;
    checkIn.date = *core::parseIsoDate("2026-11-27");
    checkIn.painExercise = 1;
    clients.addCheckIn(id, checkIn);
    return id;
}

// What the app's Plan next week and Save plan would store for the week.
core::Plan appPlan(storage::Database& db, std::int64_t id)
{
    return planning::planToSave(planning::PlanningService(db).planWeek(
        id, *core::parseIsoDate(kWeek), storage::ExerciseRepository(db).list(),
        io::builtinRules()));
}

class CliPlanSave : public ::testing::Test
{
protected:
    fs::path dbPath() const { return m_dir.file("clinic.db"); }
    test::TempDir m_dir;
};

} // namespace

TEST_F(CliPlanSave, SavesTheNewPlanAsTheNextVersionExactlyAsTheAppWould)
{
    std::int64_t id = 0;
    {
        auto db = storage::Database::open(dbPath());
        id = addClient(*db, "Robin Ash");
    }
    const auto first = runCli(dbPath().string(), {"--client", "Robin Ash", "--new", "--save",
                                                  "--week", kWeek, "--format", "json"});
    ASSERT_EQ(first.exitCode, 0) << first.err;
    // JSON stays one plan document; the confirmation comes with the messages.
    EXPECT_NE(
        first.err.find("Saved the plan for Robin Ash for the week of 2026-11-30 as version 1."),
        std::string::npos)
        << first.err;
    const auto second = runCli(
        dbPath().string(), {"--client", std::to_string(id), "--new", "--save", "--week", kWeek});
    ASSERT_EQ(second.exitCode, 0) << second.err;
    EXPECT_NE(second.out.find("as version 2."), std::string::npos) << second.out;
    EXPECT_TRUE(second.err.empty()) << second.err;

    auto db = storage::Database::open(dbPath());
    const core::Plan expected = appPlan(*db, id);
    EXPECT_EQ(first.out, io::writePlan(expected, report::clinicianText)) << "printed as saved";
    const auto stored = storage::ClientRepository(*db).plans(id); // newest version first
    ASSERT_EQ(stored.size(), 2U);
    EXPECT_EQ(stored[0].version, 2);
    EXPECT_EQ(stored[1].version, 1);
    EXPECT_EQ(stored[1].plan, expected);
    EXPECT_EQ(stored[0].plan, expected);
    std::size_t exercises = 0;
    for (const core::PlanDay& day : expected.days) {
        exercises += day.exercises.size();
    }
    EXPECT_GT(exercises, 0U) << "a real week, not an empty one";
}

TEST_F(CliPlanSave, ARedFlagKeepsOnlyTheReferralAdviceAsTheAppDoes)
{
    std::int64_t id = 0;
    {
        auto db = storage::Database::open(dbPath());
        id = addClient(*db, "Kim", {core::RedFlag::DvtSigns});
    }
    const auto result =
        runCli(dbPath().string(), {"--client", "Kim", "--new", "--save", "--week", kWeek});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("No exercise plan was saved"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("kept on record as version 1"), std::string::npos) << result.out;

    auto db = storage::Database::open(dbPath());
    const auto stored = storage::ClientRepository(*db).latestPlan(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->plan.decision.action, core::Action::Refer);
    EXPECT_EQ(stored->plan, appPlan(*db, id));
    for (const core::PlanDay& day : stored->plan.days) {
        EXPECT_TRUE(day.exercises.empty());
    }
}

TEST_F(CliPlanSave, RefusesWithScreeningOpenBesideAWriterAndWithoutNew)
{
    std::int64_t id = 0;
    {
        auto db = storage::Database::open(dbPath());
        id = addClient(*db, "Robin Ash");
        storage::ClientRepository clients(*db);
        storage::ClientRecord open = *clients.find(id);
        open.screeningAnsweredNo.pop_back(); // one question never asked
        clients.update(open);
    }
    const auto screening =
        runCli(dbPath().string(), {"--client", "Robin Ash", "--new", "--save", "--week", kWeek});
    EXPECT_EQ(screening.exitCode, 1);
    EXPECT_TRUE(screening.out.empty()) << screening.out;
    EXPECT_NE(screening.err.find("nothing was saved"), std::string::npos) << screening.err;
    EXPECT_NE(screening.err.find("screening question"), std::string::npos) << screening.err;
    {
        auto db = storage::Database::open(dbPath());
        addClient(*db, "Sam");
        // The database stays open here, as in the app: the CLI may read but not save.
        const auto busy =
            runCli(dbPath().string(), {"--client", "Sam", "--new", "--save", "--week", kWeek});
        EXPECT_EQ(busy.exitCode, 1);
        EXPECT_TRUE(busy.out.empty()) << busy.out;
        EXPECT_FALSE(busy.err.empty());
        const auto look = runCli(dbPath().string(), {"--client", "Sam", "--new", "--week", kWeek});
        EXPECT_EQ(look.exitCode, 0) << look.err;
    }
    const auto usage = runCli(dbPath().string(), {"--client", "Sam", "--save"});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_NE(usage.err.find("--save goes with --client and --new"), std::string::npos);

    auto db = storage::Database::open(dbPath());
    storage::ClientRepository clients(*db);
    for (const auto& client : clients.list()) {
        EXPECT_TRUE(clients.plans(client.id).empty()) << client.profile.name;
    }
}

TEST_F(CliPlanSave, HelpAndCompletionOfferSave)
{
    const auto help = test::runProcess(GLIDEPATH_CLI_PATH, {"plan", "--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("--save"), std::string::npos);
    const std::string completion =
        test::readBytes(std::string(GLIDEPATH_SOURCE_DIR) + "/packaging/completion/glidepath-cli");
    EXPECT_NE(completion.find("--new --save"), std::string::npos);
    const std::string manual =
        test::readBytes(std::string(GLIDEPATH_SOURCE_DIR) + "/packaging/man/glidepath-cli.1");
    EXPECT_NE(manual.find("\\-\\-save"), std::string::npos);
}

TEST(CliPlanSaveServer, SavesWithTheLoginsNameOnRecordAndRefusesALoginThatMayOnlyRead)
{
    const auto server = test::testServerUrl();
    if (!server) {
        GTEST_SKIP() << test::kNoTestServer;
    }
    const test::ServerDatabase database(*server, test::databaseNameForCurrentTest());
    std::int64_t id = 0;
    {
        auto db = storage::Database::open(database.url());
        id = addClient(*db, "Robin Ash");
    }
    const std::string role = "gp_cli_reader_" + std::to_string(::getpid());
    {
        storage::detail::PgConnection admin(database.url());
        admin.exec("DROP ROLE IF EXISTS " + role);
        admin.exec("CREATE ROLE " + role + " LOGIN");
        admin.exec("GRANT USAGE ON SCHEMA public TO " + role);
        admin.exec("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role);
    }
    storage::ServerUrl reader = database.url();
    reader.user = role;
    const auto refused =
        runCli(reader.toString(), {"--client", "Robin Ash", "--new", "--save", "--week", kWeek});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.empty()) << refused.out;
    EXPECT_NE(refused.err.find("may only be read"), std::string::npos) << refused.err;

    const auto saved =
        runCli(database.urlText(), {"--client", "Robin Ash", "--new", "--save", "--week", kWeek});
    ASSERT_EQ(saved.exitCode, 0) << saved.err;
    EXPECT_NE(saved.out.find("as version 1."), std::string::npos) << saved.out;
    {
        auto db = storage::Database::open(database.url());
        const auto stored = storage::ClientRepository(*db).plans(id);
        ASSERT_EQ(stored.size(), 1U);
        EXPECT_EQ(stored[0].plan, appPlan(*db, id));
        storage::detail::PgConnection admin(database.url());
        const auto audit =
            admin.exec("SELECT a.who = current_user FROM audit a WHERE a.table_name = 'plans' "
                       "AND a.kind = 'insert' AND a.record_id = $1",
                       {std::to_string(stored[0].id)});
        ASSERT_EQ(audit.rows(), 1);
        EXPECT_EQ(audit.text(0, 0), "t") << "the audit names the login that saved it";
    }
    storage::detail::PgConnection admin(database.url());
    admin.exec("DROP OWNED BY " + role);
    admin.exec("DROP ROLE " + role);
}

} // namespace glidepath
