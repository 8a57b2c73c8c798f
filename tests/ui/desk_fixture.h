#pragma once

// Two desks on one database, for the stale-save tests: the app's own connection, and "the other
// desk" — a second connection to a fresh server database (Backend::Server, skipped without
// GLIDEPATH_TEST_PG), or another window on the same file (Backend::File).

#include "database_location.h"
#include "ui_fixture.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/server_url.h>

#include <QProcess>

#include <unistd.h>

#include <memory>
#include <string>

namespace glidepath::test {

enum class Backend
{
    File,
    Server
};

// INSTANTIATE_TEST_SUITE_P(Desks, Fixture, kBothDesks, deskName): every desk test on a file and
// on the server.
inline const auto kBothDesks = ::testing::Values(Backend::File, Backend::Server);
inline std::string deskName(const ::testing::TestParamInfo<Backend>& info)
{
    return info.param == Backend::File ? "File" : "Server";
}

// Runs one statement on the test server with psql; true when it succeeded.
inline bool runOnServer(const std::string& adminUrl, const std::string& sql)
{
    QProcess psql;
    psql.start(QStringLiteral("psql"), {QString::fromStdString(adminUrl), QStringLiteral("-q"),
                                        QStringLiteral("-c"), QString::fromStdString(sql)});
    return psql.waitForFinished(60000) && psql.exitStatus() == QProcess::NormalExit &&
           psql.exitCode() == 0;
}

class DeskTest : public UiTest, public ::testing::WithParamInterface<Backend>
{
protected:
    // On a server: the app moves to a fresh database `prefix` + the process id, and the other
    // desk connects to it. Call from SetUp and return if IsSkipped() or HasFatalFailure().
    void setUpDesks(const std::string& prefix)
    {
        if (GetParam() != Backend::Server) {
            return;
        }
        m_admin = qEnvironmentVariable("GLIDEPATH_TEST_PG").toStdString();
        if (m_admin.empty()) {
            GTEST_SKIP() << "no test server (GLIDEPATH_TEST_PG)";
        }
        m_name = prefix + std::to_string(::getpid());
        ASSERT_TRUE(runOnServer(m_admin, "DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)"));
        ASSERT_TRUE(runOnServer(m_admin, "CREATE DATABASE " + m_name));
        m_created = true;
        m_address = storage::parseServerUrl(m_admin).withDatabase(m_name).toString();
        context().replaceDatabase(ui::openServerDatabase(m_address));
        m_otherDesk = storage::Database::open(storage::parseServerUrl(m_address));
    }

    void TearDown() override
    {
        m_otherDesk.reset();
        UiTest::TearDown();
        if (m_created) {
            runOnServer(m_admin, "DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
        }
    }

    // The other desk's database: a second connection on the server, the same file otherwise.
    storage::Database& otherDesk() { return m_otherDesk ? *m_otherDesk : context().database(); }

    std::string m_admin;
    std::string m_name;
    std::string m_address;
    bool m_created = false;
    std::unique_ptr<storage::Database> m_otherDesk;
};

} // namespace glidepath::test
