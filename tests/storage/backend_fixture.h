#pragma once

// The storage suite runs against both backends: a test written on BackendTest (TEST_P, and
// INSTANTIATE_TEST_SUITE_P with kBothBackends) gets a fresh SQLite file, or a fresh database of
// its own on the clinic server in GLIDEPATH_TEST_PG (made before the test and dropped after). The
// server runs are skipped, saying why, when no server is given. Tests that are about SQLite files
// (locks, WAL, backups, old files) stay plain SQLite tests.

#include "query.h"
#include "storage_test_support.h"
#include "support/test_server.h"

#include <glidepath/storage/database.h>

#include <gtest/gtest.h>
#include <unistd.h>

#include <memory>
#include <optional>
#include <string>

namespace glidepath::test {

enum class Backend
{
    Sqlite,
    Server
};

inline std::string backendName(const ::testing::TestParamInfo<Backend>& info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Server";
}

inline const auto kBothBackends = ::testing::Values(Backend::Sqlite, Backend::Server);

// A database on the test server set up to the current schema once per test program; each test's
// database is a copy of it (CREATE DATABASE ... TEMPLATE), which takes a fraction of the time of
// migrating every one. Dropped when the program ends.
class MigratedTemplate
{
public:
    static const std::string& name(const std::string& serverUrl)
    {
        static MigratedTemplate instance(serverUrl);
        return instance.m_name;
    }
    ~MigratedTemplate()
    {
        try {
            storage::detail::PgConnection admin(m_admin);
            admin.exec("DROP DATABASE IF EXISTS " + storage::detail::quotedIdentifier(m_name) +
                       " WITH (FORCE)");
        } catch (...) {
            // A database left behind goes with the throwaway server.
        }
    }

private:
    explicit MigratedTemplate(const std::string& serverUrl)
        : m_admin(storage::parseServerUrl(serverUrl)),
          m_name("gp_template_" + std::to_string(::getpid()))
    {
        storage::detail::PgConnection admin(m_admin);
        const std::string quoted = storage::detail::quotedIdentifier(m_name);
        admin.exec("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)");
        admin.exec("CREATE DATABASE " + quoted);
        storage::Database::open(m_admin.withDatabase(m_name)); // migrates, then disconnects
    }

    storage::ServerUrl m_admin;
    std::string m_name;
};

// A test's own database, copied from the migrated template and dropped at the end.
class TestServerDatabase
{
public:
    TestServerDatabase(const std::string& serverUrl, std::string name)
        : m_admin(storage::parseServerUrl(serverUrl)), m_name(std::move(name)),
          m_url(m_admin.withDatabase(m_name))
    {
        const std::string& source = MigratedTemplate::name(serverUrl);
        storage::detail::PgConnection admin(m_admin);
        const std::string quoted = storage::detail::quotedIdentifier(m_name);
        admin.exec("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)");
        admin.exec("CREATE DATABASE " + quoted + " TEMPLATE " +
                   storage::detail::quotedIdentifier(source));
    }
    ~TestServerDatabase()
    {
        try {
            storage::detail::PgConnection admin(m_admin);
            admin.exec("DROP DATABASE IF EXISTS " + storage::detail::quotedIdentifier(m_name) +
                       " WITH (FORCE)");
        } catch (...) {
        }
    }
    TestServerDatabase(const TestServerDatabase&) = delete;
    TestServerDatabase& operator=(const TestServerDatabase&) = delete;

    const storage::ServerUrl& url() const { return m_url; }

private:
    storage::ServerUrl m_admin;
    std::string m_name;
    storage::ServerUrl m_url;
};

class BackendTest : public ::testing::TestWithParam<Backend>
{
protected:
    // Derived fixtures call this first and return when IsSkipped().
    void SetUp() override
    {
        if (GetParam() == Backend::Server) {
            const auto server = testServerUrl();
            if (!server) {
                GTEST_SKIP() << kNoTestServer;
            }
            m_server.emplace(*server, databaseNameForCurrentTest());
        }
        m_db = openDatabase();
    }

    bool onServer() const { return GetParam() == Backend::Server; }

    // Another handle on the same database: a second desk on the server, a second connection to
    // the file (read-only there, as the file has one writer).
    std::unique_ptr<storage::Database>
    openDatabase(storage::Access access = storage::Access::ReadWrite) const
    {
        storage::OpenOptions options;
        options.access = access;
        if (m_server) {
            return storage::Database::open(m_server->url(), options);
        }
        return storage::Database::open(m_dir.file("glidepath.db"), options);
    }

    // The first column of the first row of sql, on either backend; -1 when there is no row.
    std::int64_t queryInt(const std::string& sql) const
    {
        return storage::detail::queryInt(m_db->session(), sql).value_or(-1);
    }
    std::int64_t rows(const std::string& table) const
    {
        return queryInt("SELECT count(*) FROM " + table);
    }
    // Runs SQL with no result on either backend (to damage a stored value, say).
    void exec(const std::string& sql) const { m_db->session()->exec(sql); }

    TempDir m_dir;
    std::optional<TestServerDatabase> m_server;
    std::unique_ptr<storage::Database> m_db;
};

} // namespace glidepath::test
