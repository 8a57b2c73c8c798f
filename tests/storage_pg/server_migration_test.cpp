// The clinic server's schema: migrations from empty under an advisory lock, a newer or foreign
// schema refused untouched, and the audit trail the triggers keep.

#include "pg_migrations.h"
#include "server_fixture.h"

#include <glidepath/storage/change_history.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/database_copy.h>
#include <glidepath/storage/exercise_repository.h>

#include <gtest/gtest.h>

#include <algorithm>
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
    detail::migrateServer(*connection, 14);
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
    detail::migrateServer(*connection, 17);
    connection->exec(
        "INSERT INTO exercises (id, name, summary, category, phase_min, phase_max, position, "
        "knee_flexion, impact, laterality, sets, reps, hold_seconds, rest_seconds, min_sets, "
        "max_sets, min_reps, max_reps, min_hold_seconds, max_hold_seconds, name_key) VALUES "
        "('hundred', 'Hundred', 'Pumps the arms.', 'motor_control', 1, 4, 'supine', "
        "'none', 'none', 'bilateral', 1, 0, 60, 45, 1, 3, 0, 0, 30, 100, 'hundred')");
    const auto result = detail::migrateServer(*connection);
    EXPECT_EQ(result.from, 17);
    EXPECT_EQ(result.to, detail::currentServerSchemaVersion());
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

// Step 19 names the client (and the record's date) in every audit row: the rows a server held
// get them from the records that still exist, a record deleted before the upgrade stays without
// (nothing says whose it was), and every change after it carries them, deletions included.
TEST_F(ServerMigrationTest, StepNineteenNamesTheClientInTheAuditRowsAServerHeld)
{
    detail::migrateServer(*connection, 18);
    const std::string robin =
        connection
            ->exec("INSERT INTO clients (name, side, sessions_per_week, minutes_per_session) "
                   "VALUES ('Robin', 'left', 3, 20) RETURNING id")
            .text(0, 0);
    const auto addCheckIn = [&](const std::string& date) {
        return connection
            ->exec("INSERT INTO check_ins (client_id, date, pain_rest, pain_activity, "
                   "pain_exercise, next_morning, night_pain, swelling, adherence, difficulty) "
                   "VALUES ($1, $2, 1, 3, 2, 'same', 0, 'none', 0.5, 'right') RETURNING id",
                   {robin, date})
            .text(0, 0);
    };
    const std::string kept = addCheckIn("2026-11-03");
    const std::string goneBefore = addCheckIn("2026-11-10");
    const std::string plan =
        connection
            ->exec("INSERT INTO plans (client_id, week_start, version, saved_at, action, light, "
                   "phase) VALUES ($1, '2026-11-30', 2, '2026-11-30T09:00:00Z', 'progress', "
                   "'green', 1) RETURNING id",
                   {robin})
            .text(0, 0);
    connection->exec("DELETE FROM check_ins WHERE id = $1", {goneBefore});
    const std::int64_t rowsBefore = number("SELECT count(*) FROM audit");

    const auto result = detail::migrateServer(*connection);
    EXPECT_EQ(result.from, 18);
    EXPECT_EQ(result.to, detail::currentServerSchemaVersion());
    EXPECT_EQ(number("SELECT count(*) FROM audit"), rowsBefore); // filled in, none added
    EXPECT_EQ(
        number("SELECT count(*) FROM audit WHERE table_name = 'clients' AND client_id = " + robin),
        1);
    const auto keptRow =
        connection->exec("SELECT client_id, record_date FROM audit WHERE table_name = 'check_ins' "
                         "AND record_id = $1",
                         {kept});
    ASSERT_EQ(keptRow.rows(), 1);
    EXPECT_EQ(keptRow.text(0, 0), robin);
    EXPECT_EQ(keptRow.text(0, 1), "2026-11-03");
    const auto planRow = connection->exec("SELECT client_id, record_date, plan_version FROM audit "
                                          "WHERE table_name = 'plans' AND record_id = $1",
                                          {plan});
    ASSERT_EQ(planRow.rows(), 1);
    EXPECT_EQ(planRow.text(0, 0), robin);
    EXPECT_EQ(planRow.text(0, 1), "2026-11-30");
    EXPECT_EQ(planRow.int64(0, 2), 2);
    EXPECT_EQ(number("SELECT count(*) FROM audit WHERE record_id = $1 AND table_name = "
                     "'check_ins' AND client_id IS NULL",
                     {goneBefore}),
              2); // its insert and its delete

    // After the step the trigger names the client of a deletion by itself.
    connection->exec("DELETE FROM check_ins WHERE id = $1", {kept});
    const auto deleted = connection->exec("SELECT client_id, record_date FROM audit WHERE "
                                          "table_name = 'check_ins' AND kind = 'delete' "
                                          "AND record_id = $1",
                                          {kept});
    ASSERT_EQ(deleted.rows(), 1);
    EXPECT_EQ(deleted.text(0, 0), robin);
    EXPECT_EQ(deleted.text(0, 1), "2026-11-03");

    const auto db = Database::open(database->url());
    const ClientHistory history = clientHistory(*db, std::stoll(robin));
    const auto listed = [&](HistoryRecord record, HistoryAction action, const std::string& id) {
        return std::count_if(
            history.entries.begin(), history.entries.end(), [&](const HistoryEntry& e) {
                return e.record == record && e.action == action && e.recordId == std::stoll(id);
            });
    };
    EXPECT_EQ(listed(HistoryRecord::CheckIn, HistoryAction::Deleted, kept), 1);
    EXPECT_EQ(listed(HistoryRecord::CheckIn, HistoryAction::Added, kept), 1);
    EXPECT_EQ(listed(HistoryRecord::CheckIn, HistoryAction::Deleted, goneBefore), 0);
    EXPECT_EQ(listed(HistoryRecord::Plan, HistoryAction::Added, plan), 1);
    EXPECT_EQ(history.entries.front().date, core::parseIsoDate("2026-11-03"));
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
