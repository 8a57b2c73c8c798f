#pragma once

// A PostgreSQL server for tests: scripts/test starts a throwaway one (scripts/pg-test-server) and
// exports its URL as GLIDEPATH_TEST_PG. Without it the server tests skip and say how to run them.
// Each test gets a database of its own, made fresh and dropped afterwards, so tests never see
// each other's rows and may run in parallel. Uses storage's private libpq wrapper (the suites
// that include this add src/storage to their include path).

#include "pg_connection.h"

#include <glidepath/storage/server_url.h>

#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>

namespace glidepath::test {

inline constexpr const char* kNoTestServer =
    "GLIDEPATH_TEST_PG is not set, so the PostgreSQL tests are skipped. scripts/test runs them "
    "against a throwaway server; by hand: eval \"$(scripts/pg-test-server start)\", run ctest, "
    "then scripts/pg-test-server stop \"$GLIDEPATH_TEST_PG_DIR\"";

inline std::optional<std::string> testServerUrl()
{
    const char* url = std::getenv("GLIDEPATH_TEST_PG");
    if (url == nullptr || *url == '\0') {
        return std::nullopt;
    }
    return std::string(url);
}

// "gp_" and the current test's suite and name, lower case, as a database name (at most 63 bytes).
inline std::string databaseNameForCurrentTest(const std::string& suffix = {})
{
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string raw = std::string("gp_") + info->test_suite_name() + "_" + info->name() + suffix;
    std::string name;
    for (const char c : raw) {
        name += std::isalnum(static_cast<unsigned char>(c))
                    ? static_cast<char>(std::tolower(static_cast<unsigned char>(c)))
                    : '_';
    }
    if (name.size() > 63) {
        name = name.substr(0, 40) + "_" + std::to_string(std::hash<std::string>{}(name) % 1000000);
    }
    return name;
}

// A new, empty database on the test server, dropped (with any connection still on it) at the end.
class ServerDatabase
{
public:
    ServerDatabase(const std::string& serverUrl, std::string name)
        : m_admin(storage::parseServerUrl(serverUrl)), m_name(std::move(name)),
          m_url(m_admin.withDatabase(m_name))
    {
        storage::detail::PgConnection admin(m_admin);
        admin.exec("DROP DATABASE IF EXISTS " + storage::detail::quotedIdentifier(m_name) +
                   " WITH (FORCE)");
        admin.exec("CREATE DATABASE " + storage::detail::quotedIdentifier(m_name));
    }
    ~ServerDatabase()
    {
        try {
            storage::detail::PgConnection admin(m_admin);
            admin.exec("DROP DATABASE IF EXISTS " + storage::detail::quotedIdentifier(m_name) +
                       " WITH (FORCE)");
        } catch (...) {
            // A database left behind goes with the throwaway server.
        }
    }
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    const storage::ServerUrl& url() const { return m_url; }
    std::string urlText() const { return m_url.toString(); }

private:
    storage::ServerUrl m_admin;
    std::string m_name;
    storage::ServerUrl m_url;
};

} // namespace glidepath::test
