// db copy between SQLite files and a clinic server: a whole practice goes there and back
// unchanged, a target with data is refused, and a failure part-way leaves the target empty.

#include "pg_migrations.h"
#include "server_fixture.h"
#include "storage/storage_test_support.h"
#include "support/practice_data.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/database_copy.h>

#include <gtest/gtest.h>

#include <set>

using namespace glidepath;
using namespace glidepath::storage;
using storage::detail::PgConnection;

namespace {

std::string orderOf(sqlite3* db, std::string_view table)
{
    std::string order;
    sqlite3_stmt* info = nullptr;
    const std::string sql =
        "SELECT name FROM pragma_table_info('" + std::string(table) + "') WHERE pk > 0 ORDER BY pk";
    sqlite3_prepare_v2(db, sql.c_str(), -1, &info, nullptr);
    while (sqlite3_step(info) == SQLITE_ROW) {
        order += (order.empty() ? "" : ", ") +
                 std::string(reinterpret_cast<const char*>(sqlite3_column_text(info, 0)));
    }
    sqlite3_finalize(info);
    return order;
}

std::int64_t totalRows(sqlite3* db)
{
    std::int64_t total = 0;
    for (const std::string_view table : copiedTables()) {
        total += test::queryInt(db, "SELECT count(*) FROM " + std::string(table));
    }
    return total;
}

} // namespace

TEST(DatabaseCopy, TheTableListCoversEveryTableOfTheSqliteSchema)
{
    test::TempDir dir;
    const auto db = Database::open(dir.file("schema.db"));
    std::set<std::string> schema;
    sqlite3_stmt* tables = nullptr;
    sqlite3_prepare_v2(db->handle(),
                       "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                       "'sqlite_%' AND name NOT LIKE 'exercise_search%'",
                       -1, &tables, nullptr);
    while (sqlite3_step(tables) == SQLITE_ROW) {
        schema.insert(reinterpret_cast<const char*>(sqlite3_column_text(tables, 0)));
    }
    sqlite3_finalize(tables);
    const std::set<std::string> listed(copiedTables().begin(), copiedTables().end());
    EXPECT_EQ(listed, schema) << "a new table needs a place in copiedTables() and a server step";
    EXPECT_EQ(Database::currentSchemaVersion(), detail::kCopyKnowsSqliteVersion)
        << "a new SQLite schema step needs its server step before db copy can move it";
}

TEST(DatabaseCopy, FromAFileIntoAFileKeepsEveryRow)
{
    test::TempDir dir;
    {
        const auto db = Database::open(dir.file("a.db"));
        test::fillPractice(*db);
    }
    const CopyResult result = copyDatabase(dir.file("a.db").string(), dir.file("b.db").string());
    EXPECT_EQ(result.tables.size(), copiedTables().size());
    OpenOptions read;
    read.access = Access::ReadOnly;
    const auto a = Database::open(dir.file("a.db"), read);
    const auto b = Database::open(dir.file("b.db"), read);
    EXPECT_EQ(result.totalRows(), totalRows(a->handle()));
    for (const std::string_view table : copiedTables()) {
        const std::string order = orderOf(a->handle(), table);
        EXPECT_EQ(test::dumpTable(a->handle(), std::string(table), order),
                  test::dumpTable(b->handle(), std::string(table), order))
            << table;
    }
}

TEST(DatabaseCopy, TheSourceAndTargetMustDiffer)
{
    test::TempDir dir;
    Database::open(dir.file("a.db"));
    test::expectError(StorageError::Kind::Invalid,
                      [&] { copyDatabase(dir.file("a.db").string(), dir.file("a.db").string()); });
}

namespace {

class ServerCopyTest : public test::ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        {
            const auto db = Database::open(dir.file("practice.db"));
            test::fillPractice(*db);
        }
        source = dir.file("practice.db").string();
    }

    std::int64_t serverRows(const std::string& table)
    {
        PgConnection connection(database->url());
        return connection.exec("SELECT count(*) FROM " + table).int64(0, 0);
    }

    std::int64_t serverTotal()
    {
        PgConnection connection(database->url());
        std::int64_t total = 0;
        for (const std::string_view table : copiedTables()) {
            total += connection.exec("SELECT count(*) FROM " + std::string(table)).int64(0, 0);
        }
        return total;
    }

    test::TempDir dir;
    std::string source;
};

} // namespace

TEST_F(ServerCopyTest, APracticeGoesToTheServerAndBackIdentically)
{
    const CopyResult there = copyDatabase(source, database->urlText());
    const CopyResult back = copyDatabase(database->urlText(), dir.file("back.db").string());
    ASSERT_EQ(there.tables.size(), back.tables.size());
    for (std::size_t i = 0; i < there.tables.size(); ++i) {
        EXPECT_EQ(there.tables[i].table, back.tables[i].table);
        EXPECT_EQ(there.tables[i].rows, back.tables[i].rows) << there.tables[i].table;
    }

    OpenOptions read;
    read.access = Access::ReadOnly;
    const auto original = Database::open(source, read);
    const auto returned = Database::open(dir.file("back.db"), read);
    EXPECT_GT(test::queryInt(original->handle(), "SELECT count(*) FROM exercises"), 100);
    EXPECT_GT(test::queryInt(original->handle(), "SELECT count(*) FROM session_log_entries"), 0);
    EXPECT_EQ(there.totalRows(), totalRows(original->handle()));
    for (const std::string_view table : copiedTables()) {
        const std::string order = orderOf(original->handle(), table);
        EXPECT_EQ(test::dumpTable(original->handle(), std::string(table), order),
                  test::dumpTable(returned->handle(), std::string(table), order))
            << table;
    }
    // The search index is rebuilt exactly as the repository wrote it.
    EXPECT_EQ(test::dumpTable(original->handle(), "exercise_search", "rowid"),
              test::dumpTable(returned->handle(), "exercise_search", "rowid"));
    EXPECT_TRUE(returned->integrityProblems().empty());
}

TEST_F(ServerCopyTest, NewRecordsOnTheServerGetIdsAfterTheCopiedOnes)
{
    copyDatabase(source, database->urlText());
    PgConnection connection(database->url());
    const std::int64_t largest = connection.exec("SELECT max(id) FROM clients").int64(0, 0);
    const std::int64_t added =
        connection
            .exec("INSERT INTO clients (name, side, sessions_per_week, minutes_per_session) "
                  "VALUES ('New', 'left', 3, 20) RETURNING id")
            .int64(0, 0);
    EXPECT_GT(added, largest);
    // Each copied record was audited as an insert by the role that copied it.
    EXPECT_EQ(connection
                  .exec("SELECT count(*) FROM audit WHERE table_name = 'clients' AND kind = "
                        "'insert' AND who = current_user")
                  .int64(0, 0),
              largest > 0 ? serverRows("clients") : 0);
}

TEST_F(ServerCopyTest, ATargetThatHoldsDataIsRefusedAndUnchanged)
{
    copyDatabase(source, database->urlText());
    const std::int64_t before = serverTotal();
    try {
        copyDatabase(source, database->urlText());
        FAIL() << "copied into a server that holds data";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Conflict);
        const std::string message = error.what();
        EXPECT_NE(message.find("already holds data"), std::string::npos) << message;
        EXPECT_NE(message.find("exercises"), std::string::npos) << message;
    }
    EXPECT_EQ(serverTotal(), before);

    // The same for a file.
    try {
        copyDatabase(database->urlText(), source);
        FAIL() << "copied into a file that holds data";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Conflict);
    }
}

TEST_F(ServerCopyTest, AFailurePartWayLeavesTheServerEmpty)
{
    // A session log of a client that does not exist (a damaged file): the server refuses it
    // after the library, the clients and their plans are already written.
    {
        test::RawDb raw(source);
        raw.exec("PRAGMA foreign_keys = OFF; INSERT INTO session_logs (id, client_id, date) "
                 "VALUES (900, 999, '2026-12-08')");
    }
    try {
        copyDatabase(source, database->urlText());
        FAIL() << "a broken row was copied";
    } catch (const StorageError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("session_logs"), std::string::npos) << message;
        EXPECT_NE(message.find("23503"), std::string::npos) << message;
        EXPECT_NE(message.find("nothing was copied"), std::string::npos) << message;
    }
    EXPECT_EQ(serverTotal(), 0);
    {
        PgConnection connection(database->url());
        EXPECT_EQ(connection.exec("SELECT count(*) FROM audit").int64(0, 0), 0);
    }
    // Once the file is repaired, the same server takes the copy.
    {
        test::RawDb raw(source);
        raw.exec("DELETE FROM session_logs WHERE id = 900");
    }
    EXPECT_GT(copyDatabase(source, database->urlText()).totalRows(), 0);
}

TEST_F(ServerCopyTest, AFailurePartWayLeavesTheFileEmpty)
{
    copyDatabase(source, database->urlText());
    {
        PgConnection connection(database->url());
        // A value SQLite's schema refuses (a pain score of 11) on a late table.
        connection.exec("ALTER TABLE psfs_items DROP CONSTRAINT psfs_items_score_check");
        connection.exec("UPDATE psfs_items SET score = 11 WHERE position = 0");
    }
    const std::string target = dir.file("back.db").string();
    try {
        copyDatabase(database->urlText(), target);
        FAIL() << "a broken row was copied";
    } catch (const StorageError& error) {
        EXPECT_NE(std::string(error.what()).find("psfs_items"), std::string::npos) << error.what();
    }
    OpenOptions read;
    read.access = Access::ReadOnly;
    const auto back = Database::open(target, read);
    EXPECT_EQ(totalRows(back->handle()), 0);
}

TEST_F(ServerCopyTest, AServerWithoutGlidepathDataIsNoSource)
{
    test::expectError(StorageError::Kind::NotGlidepath,
                      [&] { copyDatabase(database->urlText(), dir.file("back.db").string()); });
    EXPECT_FALSE(std::filesystem::exists(dir.file("back.db")));
}
