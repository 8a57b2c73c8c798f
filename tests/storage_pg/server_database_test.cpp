// storage::Database on a clinic server: opening migrates (or refuses a newer schema untouched),
// a read-only open refuses every write, file-only operations say what to use instead, nested
// transactions undo only their own part, and the portable statement layer translates its
// placeholders without touching literals.

#include "pg_migrations.h"
#include "query.h"
#include "server_fixture.h"

#include <glidepath/storage/backup.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <gtest/gtest.h>

using namespace glidepath;
using namespace glidepath::storage;
using storage::detail::PgConnection;

namespace {

class ServerDatabaseTest : public test::ServerTest
{
protected:
    std::int64_t number(const std::string& sql)
    {
        PgConnection connection(database->url());
        return connection.exec(sql).int64(0, 0);
    }
};

ClientRecord client(const std::string& name)
{
    ClientRecord c;
    c.profile.name = name;
    c.profile.conditions = {core::Condition::PatellofemoralPain};
    return c;
}

} // namespace

TEST(ServerPlaceholders, QuestionMarksBecomeNumberedParametersOutsideLiteralsAndComments)
{
    int count = 0;
    EXPECT_EQ(
        detail::toServerPlaceholders("SELECT a FROM t WHERE a = ? AND b = '?' AND c = ?", count),
        "SELECT a FROM t WHERE a = $1 AND b = '?' AND c = $2");
    EXPECT_EQ(count, 2);
    EXPECT_EQ(
        detail::toServerPlaceholders("SELECT \"odd?name\", 'it''s ?' -- why?\n, ?3, ?1", count),
        "SELECT \"odd?name\", 'it''s ?' -- why?\n, $3, $1");
    EXPECT_EQ(count, 3);
}

TEST_F(ServerDatabaseTest, OpeningMigratesOnceAndReportsTheServerSchema)
{
    {
        const auto db = Database::open(database->url());
        EXPECT_TRUE(db->isServer());
        EXPECT_FALSE(db->isReadOnly());
        EXPECT_EQ(db->schemaVersion(), detail::currentServerSchemaVersion());
        EXPECT_TRUE(db->integrityProblems().empty());
        EXPECT_EQ(db->handle(), nullptr);
        EXPECT_EQ(db->path().string(), database->url().toString());
    }
    const auto again = Database::openAddress(database->urlText());
    // Opening again migrated nothing: one row per step, the newest being the current version.
    EXPECT_EQ(number("SELECT count(*) FROM glidepath_schema"),
              static_cast<std::int64_t>(detail::serverMigrations().size()));
    EXPECT_EQ(number("SELECT max(version) FROM glidepath_schema"),
              detail::currentServerSchemaVersion());
}

TEST_F(ServerDatabaseTest, ANewerServerSchemaIsRefusedAndLeftUntouched)
{
    Database::open(database->url());
    {
        PgConnection connection(database->url());
        connection.exec("INSERT INTO glidepath_schema (version, description) VALUES (99, 'x')");
    }
    try {
        Database::open(database->url());
        ADD_FAILURE() << "a newer schema was opened";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::TooNew) << error.what();
    }
    OpenOptions read;
    read.access = Access::ReadOnly;
    try {
        Database::open(database->url(), read);
        ADD_FAILURE() << "a newer schema was opened for reading";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::TooNew) << error.what();
    }
    EXPECT_EQ(number("SELECT max(version) FROM glidepath_schema"), 99);
}

TEST_F(ServerDatabaseTest, AReaderOfADatabaseNotSetUpYetIsToldHowItGetsSetUp)
{
    OpenOptions read;
    read.access = Access::ReadOnly;
    try {
        Database::open(database->url(), read);
        ADD_FAILURE() << "an empty database was opened for reading";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::NotGlidepath);
        const std::string message = error.what();
        EXPECT_NE(message.find("is not set up for Glidepath yet"), std::string::npos) << message;
        EXPECT_NE(message.find("Nothing was changed"), std::string::npos) << message;
    }
    // Still empty: a reader set nothing up.
    EXPECT_EQ(number("SELECT count(*) FROM pg_tables WHERE tablename = 'glidepath_schema'"), 0);
}

TEST_F(ServerDatabaseTest, AReadOnlyOpenReadsButRefusesEveryWrite)
{
    const std::int64_t id = ClientRepository(*Database::open(database->url())).create(client("A"));
    OpenOptions read;
    read.access = Access::ReadOnly;
    const auto db = Database::open(database->url(), read);
    EXPECT_TRUE(db->isReadOnly());
    ClientRepository clients(*db);
    EXPECT_EQ(clients.find(id)->profile.name, "A");
    try {
        clients.create(client("B"));
        ADD_FAILURE() << "a read-only connection wrote";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::ReadOnlyDatabase) << error.what();
    }
    EXPECT_EQ(number("SELECT count(*) FROM clients"), 1);
}

TEST_F(ServerDatabaseTest, FileOnlyOperationsSayWhatToUseInstead)
{
    const auto db = Database::open(database->url());
    for (const auto& work : {std::function<void()>([&] { db->backupTo("/tmp/never.db"); }),
                             std::function<void()>([&] { db->restoreFrom("/tmp/never.db"); })}) {
        try {
            work();
            ADD_FAILURE() << "a file operation ran on a server";
        } catch (const StorageError& error) {
            EXPECT_EQ(error.kind(), StorageError::Kind::ClinicServer);
            EXPECT_NE(std::string(error.what()).find("pg_dump"), std::string::npos) << error.what();
        }
    }
}

TEST_F(ServerDatabaseTest, TheExerciseLibraryIsOnTheServerAndFileBackupsAreNot)
{
    const auto db = Database::open(database->url());
    ExerciseRepository exercises(*db);
    EXPECT_EQ(exercises.find("bridge"), std::nullopt);
    EXPECT_TRUE(exercises.list().empty());
    EXPECT_EQ(makeDailyBackup(*db), std::nullopt);
    EXPECT_THROW(makeBackup(*db, BackupKind::Manual), StorageError);
}

TEST_F(ServerDatabaseTest, ANestedFailureUndoesOnlyItsOwnPartAndAnOuterFailureEverything)
{
    const auto db = Database::open(database->url());
    ClientRepository clients(*db);
    db->transaction([&] {
        clients.create(client("kept"));
        try {
            db->transaction([&] {
                clients.create(client("undone"));
                throw std::runtime_error("inner");
            });
        } catch (const std::runtime_error&) {
        }
    });
    EXPECT_EQ(number("SELECT count(*) FROM clients"), 1);
    EXPECT_THROW(db->transaction([&] {
        clients.create(client("also undone"));
        throw std::runtime_error("outer");
    }),
                 std::runtime_error);
    EXPECT_EQ(number("SELECT count(*) FROM clients"), 1);
    EXPECT_EQ(clients.list().front().profile.name, "kept");
}
