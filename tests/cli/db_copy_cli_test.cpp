// glidepath-cli db copy, and every other command given a clinic server address: the real binary.

#include "storage/storage_test_support.h"
#include "support/practice_data.h"
#include "support/process_runner.h"
#include "support/test_server.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/database_copy.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace glidepath {
namespace {

namespace fs = std::filesystem;

test::ProcessResult runCli(const std::vector<std::string>& args,
                           const test::EnvironmentChanges& env = {})
{
    return test::runProcess(GLIDEPATH_CLI_PATH, args, env);
}

constexpr const char* kFileOnlySentence =
    "is a clinic server, which keeps no database file to check, back up or restore: back it up "
    "with PostgreSQL's pg_dump";

} // namespace

TEST(DbCopyCli, IsListedAndExplained)
{
    const auto db = runCli({"db", "--help"});
    EXPECT_EQ(db.exitCode, 0);
    EXPECT_NE(db.out.find("copy      copy a whole practice"), std::string::npos) << db.out;
    const auto help = runCli({"db", "copy", "--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("--from SOURCE"), std::string::npos);
    EXPECT_NE(help.out.find(".pgpass"), std::string::npos);
}

TEST(DbCopyCli, NeedsBothEnds)
{
    const auto missing = runCli({"db", "copy", "--from", "a.db"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("--to is needed"), std::string::npos) << missing.err;
    const auto typo = runCli({"db", "cpy"});
    EXPECT_EQ(typo.exitCode, 2);
    EXPECT_NE(typo.err.find("did you mean copy?"), std::string::npos) << typo.err;
}

TEST(DbCopyCli, FileCommandsGivenAServerPointToPgDumpAndTouchNothing)
{
    test::TempDir dir;
    const fs::path before = fs::current_path();
    fs::current_path(dir.path());
    const std::string server = "postgresql://anna:secret@db.clinic.example/practice";
    const std::vector<std::vector<std::string>> fileOnly{
        {"--database", server, "db", "check"},
        {"--database", server, "db", "backups"},
        {"--database", server, "db", "backup", "copy.db"},
        {"--database", server, "db", "restore", "copy.db"},
    };
    for (const auto& command : fileOnly) {
        const auto result = runCli(command);
        EXPECT_EQ(result.exitCode, 1) << command[3];
        EXPECT_NE(result.err.find(kFileOnlySentence), std::string::npos) << result.err;
        EXPECT_EQ(result.err.find("secret"), std::string::npos) << result.err;
    }
    // The library and plan commands work on a server; a password written into the address is
    // refused before anything connects, and never repeated.
    const std::vector<std::vector<std::string>> onServer{
        {"--database", server, "library", "list"},
        {"--database", server, "--create", "library", "search", "bridge"},
        {"--database", server, "plan", "--client", "1"},
    };
    for (const auto& command : onServer) {
        const auto result = runCli(command);
        EXPECT_EQ(result.exitCode, 1) << command[2];
        EXPECT_NE(result.err.find("password"), std::string::npos) << result.err;
        EXPECT_EQ(result.err.find("secret"), std::string::npos) << result.err;
    }
    const auto fromEnvironment = runCli({"db", "check"}, {{"GLIDEPATH_DB", server}});
    EXPECT_EQ(fromEnvironment.exitCode, 1);
    EXPECT_NE(fromEnvironment.err.find(kFileOnlySentence), std::string::npos);
    fs::current_path(before);
    EXPECT_TRUE(fs::is_empty(dir.path())) << "a file or folder was made for the address";
}

TEST(DbCopyCli, LibraryAndPlanCommandsWorkOnAServer)
{
    const auto server = test::testServerUrl();
    if (!server) {
        GTEST_SKIP() << test::kNoTestServer;
    }
    const test::ServerDatabase database(*server, test::databaseNameForCurrentTest());
    {
        const auto db = storage::Database::open(database.url());
        test::fillPractice(*db);
    }
    const auto list = runCli({"--database", database.urlText(), "library", "list"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    EXPECT_NE(list.out.find("Clamshell"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("zz-practice-bridge"), std::string::npos) << list.out;

    // Search on the server: a prefix, and accents folded ("brucke" finds "Brücke").
    const auto search =
        runCli({"library", "search", "brucke"}, {{"GLIDEPATH_DB", database.urlText()}});
    ASSERT_EQ(search.exitCode, 0) << search.err;
    EXPECT_NE(search.out.find("zz-practice-bridge"), std::string::npos) << search.out;

    // A client's week planned from what the server holds.
    const auto plan =
        runCli({"--database", database.urlText(), "plan", "--client", "Zoë O'Brien", "--new"});
    EXPECT_EQ(plan.exitCode, 0) << plan.err;
    EXPECT_FALSE(plan.out.empty());

    const auto backup = runCli({"--database", database.urlText(), "db", "backup", "x.db"});
    EXPECT_EQ(backup.exitCode, 1);
    EXPECT_NE(backup.err.find("pg_dump"), std::string::npos) << backup.err;
}

TEST(DbCopyCli, CopiesAFileIntoANewFile)
{
    test::TempDir dir;
    {
        const auto db = storage::Database::open(dir.file("a.db"));
        test::fillPractice(*db);
    }
    const auto result = runCli(
        {"db", "copy", "--from", dir.file("a.db").string(), "--to", dir.file("b.db").string()});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Copied "), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("every table was counted on both sides"), std::string::npos);
    const auto again = runCli(
        {"db", "copy", "--from", dir.file("a.db").string(), "--to", dir.file("b.db").string()});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("already holds data"), std::string::npos) << again.err;
}

TEST(DbCopyCli, APracticeGoesToAServerAndBackIdentically)
{
    const auto server = test::testServerUrl();
    if (!server) {
        GTEST_SKIP() << test::kNoTestServer;
    }
    const test::ServerDatabase database(*server, test::databaseNameForCurrentTest());
    test::TempDir dir;
    {
        const auto db = storage::Database::open(dir.file("practice.db"));
        test::fillPractice(*db);
    }
    const auto there = runCli(
        {"db", "copy", "--from", dir.file("practice.db").string(), "--to", database.urlText()});
    ASSERT_EQ(there.exitCode, 0) << there.err;
    EXPECT_NE(there.out.find("exercises"), std::string::npos);
    const auto back =
        runCli({"db", "copy", "--from", database.urlText(), "--to", dir.file("back.db").string()});
    ASSERT_EQ(back.exitCode, 0) << back.err;

    storage::OpenOptions read;
    read.access = storage::Access::ReadOnly;
    const auto original = storage::Database::open(dir.file("practice.db"), read);
    const auto returned = storage::Database::open(dir.file("back.db"), read);
    for (const std::string_view table : storage::copiedTables()) {
        const std::string name(table);
        // Compared as sets of whole rows (the storage tests check the key order too).
        const auto rows = test::dumpTable(original->handle(), name, "1");
        auto sorted = rows;
        std::sort(sorted.begin(), sorted.end());
        auto returnedRows = test::dumpTable(returned->handle(), name, "1");
        std::sort(returnedRows.begin(), returnedRows.end());
        EXPECT_EQ(sorted, returnedRows) << name;
        EXPECT_FALSE(rows.empty()) << name << " should hold something in this practice";
    }

    // Into the server again: it holds data now, so nothing happens.
    const auto again = runCli(
        {"db", "copy", "--from", dir.file("practice.db").string(), "--to", database.urlText()});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("already holds data"), std::string::npos) << again.err;
}

} // namespace glidepath
