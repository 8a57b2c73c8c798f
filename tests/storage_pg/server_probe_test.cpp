// Test Connection against a real server: what it reports for an empty database, a set-up one,
// a read-only login, and the plain causes of a failed connection.

#include "pg_migrations.h"
#include "server_fixture.h"

#include <glidepath/storage/server_probe.h>

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <thread>
#include <vector>

using namespace glidepath;
using namespace glidepath::storage;

namespace {

class ServerProbeTest : public test::ServerTest
{
protected:
    ServerProbe probe(const ServerUrl& url) { return probeServer(ServerLogin{url, {}}); }

    // Probes the set-up database as a login role given the grants (each a statement with %
    // standing for the role), and removes the role again.
    ServerProbe probeAsRole(const std::string& role, const std::vector<std::string>& grants)
    {
        {
            detail::PgConnection connection(database->url());
            detail::migrateServer(connection);
            connection.exec("DROP ROLE IF EXISTS " + role);
            connection.exec("CREATE ROLE " + role + " LOGIN");
            for (std::string grant : grants) {
                grant.replace(grant.find('%'), 1, role);
                connection.exec(grant);
            }
        }
        ServerUrl asRole = database->url();
        asRole.user = role;
        const ServerProbe result = probe(asRole);
        detail::PgConnection cleanup(database->url());
        cleanup.exec("DROP OWNED BY " + role);
        cleanup.exec("DROP ROLE " + role);
        return result;
    }
};

} // namespace

TEST_F(ServerProbeTest, AnEmptyDatabaseIsReachedWithNoSchemaYetAndMayBeSetUp)
{
    const ServerProbe result = probe(database->url());
    ASSERT_EQ(result.reach, ServerProbe::Reach::Reached) << result.message;
    EXPECT_FALSE(result.serverVersion.empty());
    EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(result.serverVersion.front())))
        << result.serverVersion;
    EXPECT_EQ(result.schema, ServerProbe::Schema::None);
    EXPECT_EQ(result.serverSchemaVersion, 0);
    EXPECT_EQ(result.programSchemaVersion, detail::currentServerSchemaVersion());
    EXPECT_TRUE(result.canWrite);  // the test role is the cluster's superuser
    EXPECT_FALSE(result.tlsInUse); // a Unix socket is never encrypted
}

TEST_F(ServerProbeTest, ASetUpDatabaseIsTheSameSchemaAndTheProbeChangesNothing)
{
    {
        detail::PgConnection connection(database->url());
        detail::migrateServer(connection);
    }
    const ServerProbe result = probe(database->url());
    ASSERT_EQ(result.reach, ServerProbe::Reach::Reached) << result.message;
    EXPECT_EQ(result.schema, ServerProbe::Schema::Same);
    EXPECT_EQ(result.serverSchemaVersion, detail::currentServerSchemaVersion());
    EXPECT_TRUE(result.canWrite);
}

TEST_F(ServerProbeTest, ANewerSchemaIsReportedAsNewer)
{
    detail::PgConnection connection(database->url());
    detail::migrateServer(connection);
    connection.exec("INSERT INTO glidepath_schema (version, description) VALUES ($1, 'later')",
                    {std::to_string(detail::currentServerSchemaVersion() + 1)});
    EXPECT_EQ(probe(database->url()).schema, ServerProbe::Schema::Newer);
}

TEST_F(ServerProbeTest, ADatabaseWithOtherTablesIsNotGlidepaths)
{
    detail::PgConnection(database->url()).exec("CREATE TABLE invoices (id integer)");
    EXPECT_EQ(probe(database->url()).schema, ServerProbe::Schema::NotGlidepath);
}

TEST_F(ServerProbeTest, ALoginWithOnlySelectIsReportedAsReadOnly)
{
    const ServerProbe result =
        probeAsRole("gp_probe_reader", {"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %"});

    ASSERT_EQ(result.reach, ServerProbe::Reach::Reached) << result.message;
    EXPECT_EQ(result.schema, ServerProbe::Schema::Same);
    EXPECT_FALSE(result.canWrite);
}

TEST_F(ServerProbeTest, AMissingDatabaseIsSaidToBeMissing)
{
    const ServerProbe result = probe(database->url().withDatabase("gp_no_such_database"));
    EXPECT_EQ(result.reach, ServerProbe::Reach::NoDatabase) << result.message;
    EXPECT_NE(result.message.find("gp_no_such_database"), std::string::npos) << result.message;
}

TEST_F(ServerProbeTest, AMissingUserIsSaidToBeMissing)
{
    ServerUrl url = database->url();
    url.user = "gp_nobody_here";
    EXPECT_EQ(probe(url).reach, ServerProbe::Reach::NoSuchUser);
}

TEST_F(ServerProbeTest, ASocketFolderWithoutAServerIsNoServer)
{
    ServerUrl url = database->url();
    url.host = "/nonexistent/glidepath-no-server";
    const ServerProbe result = probe(url);
    EXPECT_EQ(result.reach, ServerProbe::Reach::NoServer) << result.message;
    EXPECT_EQ(result.schema, ServerProbe::Schema::Unknown);
}

TEST_F(ServerProbeTest, ACancelledProbeStopsAtOnce)
{
    const std::atomic<bool> cancelled{true};
    const ServerProbe result =
        probeServer(ServerLogin{database->url(), {}}, std::chrono::seconds(10), &cancelled);
    // Connecting to a local socket may finish within the first poll; either is fine, but a
    // cancelled probe must never report a failure cause.
    EXPECT_TRUE(result.reach == ServerProbe::Reach::Cancelled ||
                result.reach == ServerProbe::Reach::Reached);
}

// The causes people act on, from libpq's words (no server needed).
TEST(ServerProbeClassify, LibpqFailuresMapToPlainCauses)
{
    using R = ServerProbe::Reach;
    EXPECT_EQ(classifyConnectFailure("fe_sendauth: no password supplied", true, false),
              R::PasswordNeeded);
    EXPECT_EQ(classifyConnectFailure("connection to server at \"db\" (10.0.0.2), port 5432 "
                                     "failed: FATAL:  password authentication failed for user "
                                     "\"anna\"",
                                     false, true),
              R::WrongPassword);
    EXPECT_EQ(classifyConnectFailure("connection to server at \"db\" (10.0.0.2), port 5432 "
                                     "failed: Connection refused",
                                     false, false),
              R::NoServer);
    EXPECT_EQ(classifyConnectFailure("could not translate host name \"dbx\" to address: Name or "
                                     "service not known",
                                     false, false),
              R::NoServer);
    EXPECT_EQ(classifyConnectFailure("FATAL:  no pg_hba.conf entry for host \"10.0.0.3\", user "
                                     "\"anna\", database \"clinic\", no encryption",
                                     false, false),
              R::TlsRequired);
    EXPECT_EQ(classifyConnectFailure("FATAL:  no pg_hba.conf entry for host \"10.0.0.3\", user "
                                     "\"anna\", database \"clinic\", SSL encryption",
                                     false, false),
              R::NotAllowed);
    EXPECT_EQ(
        classifyConnectFailure("server does not support SSL, but SSL was required", false, false),
        R::TlsUnavailable);
    EXPECT_EQ(classifyConnectFailure("root certificate file \"/x/root.crt\" does not exist", false,
                                     false),
              R::TlsFailed);
    EXPECT_EQ(classifyConnectFailure("FATAL:  database \"clinc\" does not exist", false, false),
              R::NoDatabase);
    EXPECT_EQ(classifyConnectFailure("FATAL:  role \"ana\" does not exist", false, false),
              R::NoSuchUser);
    EXPECT_EQ(classifyConnectFailure("something new", false, false), R::Other);
}

namespace {

// A port on the loopback that accepts connections (the kernel completes them) and never says a
// word: a server that hangs.
class SilentServer
{
public:
    SilentServer()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        if (m_socket < 0 || ::bind(m_socket, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
            ::listen(m_socket, 4) != 0 ||
            ::getsockname(m_socket, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
            ADD_FAILURE() << "cannot listen on the loopback";
        }
        m_port = ntohs(address.sin_port);
    }
    ~SilentServer() { ::close(m_socket); }
    SilentServer(const SilentServer&) = delete;
    SilentServer& operator=(const SilentServer&) = delete;

    ServerUrl url() const
    {
        return parseServerUrl("postgresql://anna@127.0.0.1:" + std::to_string(m_port) +
                              "/clinic?sslmode=disable");
    }

private:
    int m_socket = -1;
    int m_port = 0;
};

} // namespace

TEST(ServerProbeWaiting, AServerThatNeverAnswersTimesOut)
{
    const SilentServer silent;
    const ServerProbe result =
        probeServer(ServerLogin{silent.url(), {}}, std::chrono::milliseconds(300));
    EXPECT_EQ(result.reach, ServerProbe::Reach::TimedOut) << result.message;
}

TEST(ServerProbeWaiting, AProbeWaitingForAServerStopsWhenCancelled)
{
    const SilentServer silent;
    std::atomic<bool> cancel{false};
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });
    // The timeout is far away: only the cancel can end this probe soon.
    const ServerProbe result =
        probeServer(ServerLogin{silent.url(), {}}, std::chrono::minutes(5), &cancel);
    stopper.join();
    EXPECT_EQ(result.reach, ServerProbe::Reach::Cancelled) << result.message;
}

// The grants docs/clinic-server.md gives a clinician: everything on the records, but the audit
// may only be added to. Test Connection must call that login one that may write, as the app does.
TEST_F(ServerProbeTest, AClinicianGrantedAsTheGuideSaysMayWriteThoughTheAuditIsAddOnly)
{
    const ServerProbe result =
        probeAsRole("gp_probe_clinician",
                    {"GRANT USAGE ON SCHEMA public TO %",
                     "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %",
                     "REVOKE UPDATE, DELETE ON audit FROM %"});

    ASSERT_EQ(result.reach, ServerProbe::Reach::Reached) << result.message;
    EXPECT_TRUE(result.canWrite);
}
