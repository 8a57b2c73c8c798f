// Parsing clinic server addresses: pure, runs without a server.

#include <glidepath/storage/database.h>
#include <glidepath/storage/server_url.h>
#include <glidepath/storage/storage_error.h>

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

using namespace glidepath::storage;

namespace {

std::string errorOf(const std::string& text)
{
    try {
        parseServerUrl(text);
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Invalid);
        return error.what();
    }
    ADD_FAILURE() << text << " parsed";
    return {};
}

} // namespace

TEST(ServerUrl, ReadsUserHostPortDatabaseAndSslMode)
{
    const ServerUrl url =
        parseServerUrl("postgresql://anna@db.clinic.example:5433/practice?sslmode=verify-full");
    EXPECT_EQ(url.user, "anna");
    EXPECT_EQ(url.host, "db.clinic.example");
    EXPECT_EQ(url.port, "5433");
    EXPECT_EQ(url.database, "practice");
    EXPECT_EQ(url.parameter("sslmode"), "verify-full");
    EXPECT_EQ(url.toString(),
              "postgresql://anna@db.clinic.example:5433/practice?sslmode=verify-full");
}

TEST(ServerUrl, AcceptsThePostgresSchemeInAnyCase)
{
    EXPECT_TRUE(isServerUrl("postgres://db/practice"));
    EXPECT_TRUE(isServerUrl("PostgreSQL://db/practice"));
    EXPECT_FALSE(isServerUrl("/home/anna/postgresql/glidepath.db"));
    EXPECT_FALSE(isServerUrl("glidepath.db"));
    const ServerUrl url = parseServerUrl("postgres://db/practice");
    EXPECT_EQ(url.host, "db");
    EXPECT_EQ(url.database, "practice");
    EXPECT_TRUE(url.user.empty());
    EXPECT_TRUE(url.port.empty());
}

TEST(ServerUrl, DecodesASocketFolderAsHostAndKeepsItThroughToString)
{
    const ServerUrl url = parseServerUrl("postgresql://me@%2Ftmp%2Fpg%20sock/db");
    EXPECT_EQ(url.host, "/tmp/pg sock");
    EXPECT_EQ(parseServerUrl(url.toString()).host, "/tmp/pg sock");
    EXPECT_EQ(parseServerUrl("postgresql:///db?host=/run/postgresql").parameter("host"),
              "/run/postgresql");
}

TEST(ServerUrl, ReadsAnIpv6AddressWithPort)
{
    const ServerUrl url = parseServerUrl("postgresql://[::1]:6000/practice");
    EXPECT_EQ(url.host, "::1");
    EXPECT_EQ(url.port, "6000");
    EXPECT_EQ(url.toString(), "postgresql://[::1]:6000/practice");
}

TEST(ServerUrl, WithDatabaseChangesOnlyTheDatabase)
{
    const ServerUrl url = parseServerUrl("postgresql://anna@db:5433/a?sslmode=require");
    EXPECT_EQ(url.withDatabase("b").toString(), "postgresql://anna@db:5433/b?sslmode=require");
}

TEST(ServerUrl, RefusesAPasswordInTheAddressAndNeverRepeatsIt)
{
    const std::string message = errorOf("postgresql://anna:s3cret@db/practice");
    EXPECT_NE(message.find(".pgpass"), std::string::npos) << message;
    EXPECT_EQ(message.find("s3cret"), std::string::npos) << message;
    EXPECT_NE(errorOf("postgresql://db/practice?password=s3cret").find("password"),
              std::string::npos);
    EXPECT_EQ(shownServerAddress("postgresql://anna:s3cret@db/practice").find("s3cret"),
              std::string::npos);
}

TEST(ServerUrl, SaysWhichPartIsWrong)
{
    EXPECT_NE(errorOf("postgresql://db:99999/x").find("port \"99999\""), std::string::npos);
    EXPECT_NE(errorOf("postgresql://db:ab/x").find("port"), std::string::npos);
    EXPECT_NE(errorOf("postgresql://db/x?sslmode=always").find("sslmode=always"),
              std::string::npos);
    EXPECT_NE(errorOf("postgresql://db/x?sslmod=require").find("unknown setting \"sslmod\""),
              std::string::npos);
    EXPECT_NE(errorOf("postgresql://db/x?sslmode").find("without a value"), std::string::npos);
    EXPECT_NE(errorOf("postgresql://db/a/b").find("database name"), std::string::npos);
    EXPECT_NE(errorOf("postgresql://d%zzb/x").find("%-escape"), std::string::npos);
    EXPECT_NE(errorOf("postgresql://a,b/x").find("several hosts"), std::string::npos);
    EXPECT_NE(errorOf("mysql://db/x").find("postgresql://"), std::string::npos);
}

TEST(ServerUrl, PassesOtherTlsSettingsThroughInOrder)
{
    const ServerUrl url = parseServerUrl(
        "postgresql://db/x?sslmode=verify-ca&sslrootcert=%2Fetc%2Fclinic%2Froot.crt");
    ASSERT_EQ(url.parameters.size(), 2u);
    EXPECT_EQ(url.parameters[0].first, "sslmode");
    EXPECT_EQ(url.parameters[1].second, "/etc/clinic/root.crt");
    EXPECT_EQ(parseServerUrl(url.toString()).parameters, url.parameters);
}

TEST(ServerUrl, OpeningAServerAsADatabaseFileIsRefusedAndCreatesNothing)
{
    const auto before = std::filesystem::current_path();
    const std::filesystem::path folder = std::filesystem::temp_directory_path() /
                                         ("glidepath-url-open-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    std::filesystem::current_path(folder);
    try {
        glidepath::storage::Database::open("postgresql://anna@db.clinic.example/practice");
        ADD_FAILURE() << "a server address was opened as a file";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::ClinicServer);
        EXPECT_NE(std::string(error.what()).find("not a database file"), std::string::npos)
            << error.what();
    }
    EXPECT_TRUE(std::filesystem::is_empty(folder)) << "a file or folder was made for the address";
    std::filesystem::current_path(before);
    std::filesystem::remove_all(folder);
}
