// The clinic server's schema: migrations from empty under an advisory lock, a newer or foreign
// schema refused untouched, and the audit trail the triggers keep.

#include "pg_migrations.h"
#include "server_fixture.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/database_copy.h>
#include <glidepath/storage/exercise_repository.h>

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace glidepath;
using namespace glidepath::storage;
using storage::detail::PgConnection;

namespace {

class ServerMigrationTest : public test::ServerTest
{
protected:
    ServerMigrationTest() : ServerTest(Connect::Yes) {}

    std::int64_t number(const std::string& sql, const std::vector<detail::PgParam>& params = {})
    {
        return connection->exec(sql, params).int64(0, 0);
    }
};

} // namespace

TEST_F(ServerMigrationTest, AnEmptyDatabaseGetsEveryTableOfTheSqliteSchema)
{
    const auto result = detail::migrateServer(*connection);
    EXPECT_EQ(result.from, 0);
    EXPECT_EQ(result.to, detail::currentServerSchemaVersion());
    EXPECT_EQ(detail::serverSchemaVersion(*connection), detail::currentServerSchemaVersion());
    for (const std::string_view table : copiedTables()) {
        EXPECT_EQ(number("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                         "AND tablename = $1",
                         {std::string(table)}),
                  1)
            << table;
    }
    // One row per step (1, 14 mirroring SQLite's version 14, 16 and 17 the search, 18 SQLite's 16).
    EXPECT_EQ(number("SELECT count(*) FROM glidepath_schema"),
              static_cast<std::int64_t>(detail::serverMigrations().size()));
    EXPECT_EQ(number("SELECT count(*) FROM glidepath_schema WHERE applied_by <> 'glidepath_test'"),
              0);
}

TEST_F(ServerMigrationTest, StepSixteenIndexesTheExercisesAServerAlreadyHeld)
{
    // A server at step 14 whose library came by db copy before the search existed: step 16
    // writes a search row for every exercise in the same transaction.
    detail::migrateServer(*connection);
    connection->execScript("DROP TABLE exercise_search; DROP INDEX exercises_hidden; "
                           "ALTER TABLE exercises DROP COLUMN timing; "
                           "DELETE FROM glidepath_schema WHERE version >= 16");
    connection->exec(
        "INSERT INTO exercises (id, name, summary, category, phase_min, phase_max, position, "
        "knee_flexion, impact, laterality, sets, reps, hold_seconds, rest_seconds, min_sets, "
        "max_sets, min_reps, max_reps, min_hold_seconds, max_hold_seconds, name_key) VALUES "
        "('cafe-stretch', 'Café stretch', 'Eases the hip.', 'mobility', 1, 4, 'standing', "
        "'none', 'none', 'bilateral', 2, 10, 0, 30, 1, 4, 5, 15, 0, 0, 'cafe stretch')");
    const auto result = detail::migrateServer(*connection);
    EXPECT_EQ(result.from, 14);
    EXPECT_EQ(result.to, detail::currentServerSchemaVersion());
    EXPECT_EQ(number("SELECT count(*) FROM exercise_search"), 1);
    const auto db = Database::open(database->url());
    const auto found = ExerciseRepository(*db).search("cafe");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found.front().id, "cafe-stretch");
}

// Step 18 mirrors SQLite's 16: a server at step 17 keeps its exercises, which read as held
// still, and the column takes nothing but the two words.
TEST_F(ServerMigrationTest, StepEighteenGivesTheExercisesAServerHeldTheirTiming)
{
    detail::migrateServer(*connection);
    connection->execScript("ALTER TABLE exercises DROP COLUMN timing; "
                           "DELETE FROM glidepath_schema WHERE version = 18");
    connection->exec(
        "INSERT INTO exercises (id, name, summary, category, phase_min, phase_max, position, "
        "knee_flexion, impact, laterality, sets, reps, hold_seconds, rest_seconds, min_sets, "
        "max_sets, min_reps, max_reps, min_hold_seconds, max_hold_seconds, name_key) VALUES "
        "('hundred', 'Hundred', 'Pumps the arms.', 'motor_control', 1, 4, 'supine', "
        "'none', 'none', 'bilateral', 1, 0, 60, 45, 1, 3, 0, 0, 30, 100, 'hundred')");
    const auto result = detail::migrateServer(*connection);
    EXPECT_EQ(result.from, 17);
    EXPECT_EQ(result.to, 18);
    EXPECT_EQ(number("SELECT count(*) FROM exercises WHERE timing = 'hold'"), 1);
    EXPECT_THROW(connection->exec("UPDATE exercises SET timing = 'moving'"), ServerError);

    // The repository reads the column, and a save writes it.
    const auto db = Database::open(database->url());
    ExerciseRepository exercises(*db);
    auto hundred = exercises.find("hundred");
    ASSERT_TRUE(hundred);
    EXPECT_EQ(hundred->timing, core::Timing::Hold);
    connection->exec("UPDATE exercises SET timing = 'continuous' WHERE id = 'hundred'");
    EXPECT_EQ(exercises.find("hundred")->timing, core::Timing::Continuous);
}

TEST_F(ServerMigrationTest, ASecondRunFindsItCurrentAndWritesNothing)
{
    detail::migrateServer(*connection);
    const std::string before =
        connection->exec("SELECT applied_at::text FROM glidepath_schema").text(0, 0);
    const auto again = detail::migrateServer(*connection);
    EXPECT_EQ(again.from, again.to);
    EXPECT_EQ(number("SELECT count(*) FROM glidepath_schema"),
              static_cast<std::int64_t>(detail::serverMigrations().size()));
    EXPECT_EQ(connection->exec("SELECT applied_at::text FROM glidepath_schema").text(0, 0), before);
}

TEST_F(ServerMigrationTest, ANewerSchemaIsRefusedAndLeftUntouched)
{
    detail::migrateServer(*connection);
    connection->exec("INSERT INTO glidepath_schema (version, description) VALUES (99, 'future')");
    const std::int64_t tables =
        number("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()");
    try {
        detail::migrateServer(*connection);
        FAIL() << "a newer schema was accepted";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::TooNew);
        const std::string message = error.what();
        EXPECT_NE(message.find("newer Glidepath"), std::string::npos) << message;
        EXPECT_NE(message.find("99"), std::string::npos) << message;
        EXPECT_NE(message.find("not changed"), std::string::npos) << message;
    }
    EXPECT_EQ(number("SELECT max(version) FROM glidepath_schema"), 99);
    EXPECT_EQ(number("SELECT count(*) FROM glidepath_schema"),
              static_cast<std::int64_t>(detail::serverMigrations().size()) + 1);
    EXPECT_EQ(number("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"), tables);
    EXPECT_FALSE(connection->inTransaction());
}

TEST_F(ServerMigrationTest, ADatabaseWithOtherTablesIsNotTakenOver)
{
    connection->exec("CREATE TABLE invoices (id bigint PRIMARY KEY)");
    try {
        detail::migrateServer(*connection);
        FAIL() << "someone else's database was migrated";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::NotGlidepath);
    }
    EXPECT_EQ(number("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"), 1);
}

TEST_F(ServerMigrationTest, TwoDesksStartingAtOnceBothSucceedAndOneMigrates)
{
    // A third session holds the lock until both desks are waiting for it, so they really
    // start together instead of one after the other.
    PgConnection blocker(database->url());
    blocker.exec("BEGIN");
    blocker.exec("SELECT pg_advisory_xact_lock($1)", {std::to_string(detail::kSchemaLockKey)});

    detail::ServerMigrationResult results[2];
    std::string failures[2];
    std::thread desks[2];
    for (int i = 0; i < 2; ++i) {
        desks[i] = std::thread([&, i] {
            try {
                PgConnection desk(database->url());
                results[i] = detail::migrateServer(desk);
            } catch (const std::exception& error) {
                failures[i] = error.what();
            }
        });
    }
    int waiting = 0;
    for (int poll = 0; poll < 3000 && waiting < 2; ++poll) {
        waiting = static_cast<int>(
            blocker
                .exec("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
                .int64(0, 0));
        if (waiting < 2) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
    EXPECT_EQ(waiting, 2) << "both desks should be waiting for the schema lock";
    blocker.exec("COMMIT");
    for (std::thread& desk : desks) {
        desk.join();
    }
    EXPECT_EQ(failures[0], "");
    EXPECT_EQ(failures[1], "");
    const int migrated = (results[0].from == 0 ? 1 : 0) + (results[1].from == 0 ? 1 : 0);
    EXPECT_EQ(migrated, 1);
    EXPECT_EQ(results[0].to, detail::currentServerSchemaVersion());
    EXPECT_EQ(results[1].to, detail::currentServerSchemaVersion());
    EXPECT_EQ(number("SELECT count(*) FROM glidepath_schema"),
              static_cast<std::int64_t>(detail::serverMigrations().size()));
}

TEST_F(ServerMigrationTest, EveryChangeOfARecordIsAuditedWithWhoAndARowVersion)
{
    detail::migrateServer(*connection);
    connection->exec("CREATE ROLE gp_test_anna NOLOGIN");
    connection->exec("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                     "gp_test_anna");
    const std::int64_t id =
        connection
            ->exec("INSERT INTO clients (name, side, sessions_per_week, minutes_per_session) "
                   "VALUES ($1, 'left', 3, 20) RETURNING id",
                   {"Sam"})
            .int64(0, 0);
    connection->exec("SET ROLE gp_test_anna");
    connection->exec("UPDATE clients SET notes = $1 WHERE id = $2", {"seen", std::to_string(id)});
    connection->exec("RESET ROLE");

    const auto row = connection->exec(
        "SELECT row_version, row_created_by, row_updated_by FROM clients WHERE id = $1",
        {std::to_string(id)});
    EXPECT_EQ(row.int64(0, 0), 2);
    EXPECT_EQ(row.text(0, 1), "glidepath_test");
    EXPECT_EQ(row.text(0, 2), "gp_test_anna");

    connection->exec("DELETE FROM clients WHERE id = $1", {std::to_string(id)});
    const auto audit = connection->exec(
        "SELECT who, kind, record_id FROM audit WHERE table_name = 'clients' ORDER BY id");
    ASSERT_EQ(audit.rows(), 3);
    EXPECT_EQ(audit.text(0, 0), "glidepath_test");
    EXPECT_EQ(audit.text(0, 1), "insert");
    EXPECT_EQ(audit.text(1, 0), "gp_test_anna");
    EXPECT_EQ(audit.text(1, 1), "update");
    EXPECT_EQ(audit.text(2, 1), "delete");
    for (int r = 0; r < 3; ++r) {
        EXPECT_EQ(audit.int64(r, 2), id);
    }

    // A row written into the audit table by hand still names whoever wrote it.
    connection->exec("SET ROLE gp_test_anna");
    connection->exec("INSERT INTO audit (who, table_name, record_id, kind) "
                     "VALUES ('someone else', 'clients', 1, 'delete')");
    connection->exec("RESET ROLE");
    EXPECT_EQ(number("SELECT count(*) FROM audit WHERE who = 'someone else'"), 0);
    connection->exec("DROP OWNED BY gp_test_anna");
    connection->exec("DROP ROLE gp_test_anna");
}

TEST_F(ServerMigrationTest, ARowVersionCannotBeSetByHand)
{
    detail::migrateServer(*connection);
    connection->exec("INSERT INTO templates (name, phase, created_at, row_version) "
                     "VALUES ('A', 1, '2026-12-06T10:00:00Z', 40)");
    EXPECT_EQ(number("SELECT row_version FROM templates"), 1);
    connection->exec("UPDATE templates SET note = 'x', row_version = 1");
    EXPECT_EQ(number("SELECT row_version FROM templates"), 2);
}
