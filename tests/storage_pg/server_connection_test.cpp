// The libpq wrapper against a real server: errors carry the server's words and SQLSTATE and the
// storage kind a caller acts on; transactions roll back on any exception and retry a
// serialization failure a bounded number of times.

#include "server_fixture.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace glidepath;
using namespace glidepath::storage;
using storage::detail::PgConnection;

namespace {

class ServerConnectionTest : public test::ServerTest
{
protected:
    ServerConnectionTest() : ServerTest(Connect::Yes) {}

    void SetUp() override
    {
        ServerTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        connection->exec("CREATE TABLE notes (id bigint PRIMARY KEY, text text NOT NULL)");
    }

    std::int64_t notes() { return connection->exec("SELECT count(*) FROM notes").int64(0, 0); }
};

} // namespace

TEST_F(ServerConnectionTest, ParametersAreValuesNeverSql)
{
    const std::string hostile = "x'); DROP TABLE notes; --";
    connection->exec("INSERT INTO notes (id, text) VALUES ($1, $2)", {"1", hostile});
    const auto result = connection->exec("SELECT text FROM notes WHERE id = $1", {"1"});
    ASSERT_EQ(result.rows(), 1);
    EXPECT_EQ(result.text(0, 0), hostile);
    EXPECT_EQ(notes(), 1);
}

TEST_F(ServerConnectionTest, ADuplicateKeyIsAConflictWithTheServersMessageAndSqlState)
{
    connection->exec("INSERT INTO notes (id, text) VALUES (1, 'a')");
    try {
        connection->exec("INSERT INTO notes (id, text) VALUES (1, 'b')");
        FAIL() << "a duplicate key was accepted";
    } catch (const ServerError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Conflict);
        EXPECT_EQ(error.sqlState(), "23505");
        EXPECT_NE(std::string(error.what()).find("duplicate key value"), std::string::npos)
            << error.what();
        EXPECT_NE(std::string(error.what()).find("SQLSTATE 23505"), std::string::npos);
    }
}

TEST_F(ServerConnectionTest, ARoleWithoutWriteRightsGetsReadOnlyDatabase)
{
    connection->exec("CREATE ROLE gp_test_reader NOLOGIN");
    connection->exec("GRANT SELECT ON notes TO gp_test_reader");
    connection->exec("SET ROLE gp_test_reader");
    try {
        connection->exec("INSERT INTO notes (id, text) VALUES (1, 'a')");
        FAIL() << "a read-only role wrote";
    } catch (const ServerError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::ReadOnlyDatabase);
        EXPECT_EQ(error.sqlState(), "42501");
    }
    connection->exec("RESET ROLE");
    connection->exec("DROP OWNED BY gp_test_reader");
    connection->exec("DROP ROLE gp_test_reader");
}

TEST_F(ServerConnectionTest, AnUnreachableServerIsAnIoErrorNamingIt)
{
    ServerUrl nowhere = database->url();
    nowhere.host = "/nonexistent-glidepath-socket";
    try {
        PgConnection failed(nowhere);
        FAIL() << "connected to nothing";
    } catch (const ServerError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Io);
        EXPECT_TRUE(error.sqlState().empty());
        EXPECT_NE(std::string(error.what()).find("/nonexistent-glidepath-socket"),
                  std::string::npos)
            << error.what();
    }
}

TEST_F(ServerConnectionTest, AnExceptionInsideATransactionRollsEverythingBack)
{
    EXPECT_THROW(connection->transaction([&] {
        connection->exec("INSERT INTO notes (id, text) VALUES (1, 'a')");
        throw std::runtime_error("the caller changed its mind");
    }),
                 std::runtime_error);
    EXPECT_EQ(notes(), 0);
    EXPECT_FALSE(connection->inTransaction());
}

TEST_F(ServerConnectionTest, ASerializationFailureIsRetriedAndSavedOnce)
{
    int attempts = 0;
    connection->transaction([&] {
        ++attempts;
        connection->exec("INSERT INTO notes (id, text) VALUES (1, 'a')");
        if (attempts == 1) {
            // The server reports the failure exactly as it would for a real conflict.
            connection->exec("DO $$ BEGIN RAISE EXCEPTION 'simulated conflict' USING ERRCODE = "
                             "'serialization_failure'; END $$");
        }
    });
    EXPECT_EQ(attempts, 2);
    EXPECT_EQ(notes(), 1);
}

TEST_F(ServerConnectionTest, RetriesStopAfterTheBoundAndLeaveNothing)
{
    int attempts = 0;
    try {
        connection->transaction([&] {
            ++attempts;
            connection->exec("INSERT INTO notes (id, text) VALUES (1, 'a')");
            connection->exec("DO $$ BEGIN RAISE EXCEPTION 'simulated deadlock' USING ERRCODE = "
                             "'deadlock_detected'; END $$");
        });
        FAIL() << "the transaction succeeded";
    } catch (const ServerError& error) {
        EXPECT_EQ(error.sqlState(), "40P01");
        EXPECT_TRUE(error.retryable());
        EXPECT_NE(std::string(error.what()).find("simulated deadlock"), std::string::npos);
    }
    EXPECT_EQ(attempts, PgConnection::kDefaultAttempts);
    EXPECT_EQ(notes(), 0);
}

TEST_F(ServerConnectionTest, OtherServerErrorsAreNotRetried)
{
    int attempts = 0;
    EXPECT_THROW(connection->transaction([&] {
        ++attempts;
        connection->exec("INSERT INTO notes (id, text) VALUES (1, NULL)");
    }),
                 ServerError);
    EXPECT_EQ(attempts, 1);
}

TEST_F(ServerConnectionTest, WorkThatSwallowsAServerErrorDoesNotCommitSilently)
{
    EXPECT_THROW(connection->transaction([&] {
        connection->exec("INSERT INTO notes (id, text) VALUES (1, 'a')");
        try {
            connection->exec("INSERT INTO notes (id, text) VALUES (1, 'again')");
        } catch (const ServerError&) {
            // carried on: the server has aborted the transaction
        }
    }),
                 ServerError);
    EXPECT_EQ(notes(), 0);
}
