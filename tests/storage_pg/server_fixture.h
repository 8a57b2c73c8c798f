#pragma once

// The set-up the clinic-server tests share: without GLIDEPATH_TEST_PG each test is skipped,
// saying how to run it; otherwise it gets a new, empty database of its own on the test server
// (test::ServerDatabase, named after the test and dropped with any connection still on it at the
// end), and, when the fixture asks for it, a connection to that database opened before the test.
// Fixtures derive from ServerTest and, when they set up more, call ServerTest::SetUp() first and
// return when IsSkipped().

#include "pg_connection.h"
#include "support/test_server.h"

#include <gtest/gtest.h>

#include <optional>

namespace glidepath::test {

class ServerTest : public ::testing::Test
{
protected:
    enum class Connect
    {
        No,
        Yes
    };
    explicit ServerTest(Connect connect = Connect::No) : m_connect(connect) {}

    void SetUp() override
    {
        const auto server = testServerUrl();
        if (!server) {
            GTEST_SKIP() << kNoTestServer;
        }
        database.emplace(*server, databaseNameForCurrentTest());
        if (m_connect == Connect::Yes) {
            connection.emplace(database->url());
        }
    }

    // Declared in this order so that the connection closes before the database is dropped.
    std::optional<ServerDatabase> database;
    std::optional<storage::detail::PgConnection> connection;

private:
    Connect m_connect;
};

} // namespace glidepath::test
