// What the app asks of a server connection besides its records: whether the login may write
// (found once on opening, so the app can switch off what would be refused), and whether the
// connection broke, with a way back without asking for the password again.

#include "pg_connection.h"
#include "server_fixture.h"

#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>

#include <gtest/gtest.h>
#include <unistd.h>

using namespace glidepath;
using namespace glidepath::storage;
using storage::detail::PgConnection;

namespace {

class ServerAccessTest : public test::ServerTest
{};

ClientRecord client(const std::string& name)
{
    ClientRecord c;
    c.profile.name = name;
    c.profile.conditions = {core::Condition::PatellofemoralPain};
    return c;
}

} // namespace

TEST_F(ServerAccessTest, ALoginGivenSelectAloneCannotWriteAndSaysSoOnOpening)
{
    const auto owner = Database::open(database->url());
    EXPECT_TRUE(owner->canWrite());
    ClientRepository(*owner).create(client("Robin"));

    const std::string role = "gp_reader_" + std::to_string(::getpid());
    {
        PgConnection admin(database->url());
        admin.exec("DROP ROLE IF EXISTS " + role);
        admin.exec("CREATE ROLE " + role + " LOGIN");
        admin.exec("GRANT USAGE ON SCHEMA public TO " + role);
        admin.exec("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role);
    }
    {
        ServerUrl reader = database->url();
        reader.user = role;
        const auto viewer = Database::open(reader);
        EXPECT_FALSE(viewer->canWrite());
        EXPECT_FALSE(viewer->isReadOnly()) << "opened for writing; the login is what may not";
        EXPECT_EQ(ClientRepository(*viewer).list().size(), 1U) << "it reads";
    }
    // A clinician as the setup guide makes one: no UPDATE or DELETE on the audit, still writes.
    {
        PgConnection admin(database->url());
        admin.exec("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
        admin.exec("REVOKE UPDATE, DELETE ON audit FROM " + role);
        admin.exec("REVOKE INSERT, UPDATE, DELETE ON glidepath_schema FROM " + role);
    }
    {
        ServerUrl clinician = database->url();
        clinician.user = role;
        EXPECT_TRUE(Database::open(clinician)->canWrite());
    }
    PgConnection admin(database->url());
    admin.exec("DROP OWNED BY " + role);
    admin.exec("DROP ROLE " + role);
}

TEST_F(ServerAccessTest, AConnectionEndedByTheServerIsReportedLostAndReconnects)
{
    const auto db = Database::open(database->url());
    ClientRepository clients(*db);
    clients.create(client("Robin"));
    EXPECT_FALSE(db->connectionLost());
    {
        PgConnection admin(database->url());
        admin.exec("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                   "WHERE datname = current_database() AND pid <> pg_backend_pid()");
    }
    try {
        clients.create(client("Kim"));
        ADD_FAILURE() << "a save on an ended connection went through";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Io) << error.what();
    }
    EXPECT_TRUE(db->connectionLost());
    db->reconnect();
    EXPECT_FALSE(db->connectionLost());
    clients.create(client("Kim")); // prepared statements are made again on the new connection
    EXPECT_EQ(clients.list().size(), 2U);
}
