// The PostgreSQL client library (libpq and the ~22 libraries it brings) is loaded only when a
// clinic server is opened: a start on a file database, of the app or the CLI, never maps it. The
// dynamic loader itself reports what it loads (LD_DEBUG=libs), so these run the real programs.
#include "storage/storage_test_support.h"
#include "support/process_runner.h"
#include "support/test_server.h"

#include <glidepath/storage/database.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace glidepath {
namespace {

namespace fs = std::filesystem;

bool loads(const std::string& loaderLog, const std::string& library)
{
    return loaderLog.find("/" + library) != std::string::npos;
}

class LibpqOnDemand : public ::testing::Test
{
protected:
    test::EnvironmentChanges environment() const
    {
        return {{"LD_DEBUG", "libs"},
                {"HOME", m_dir.path().string()},
                {"XDG_CONFIG_HOME", (m_dir.path() / "config").string()},
                {"XDG_DATA_HOME", (m_dir.path() / "data").string()},
                {"QT_QPA_PLATFORM", "offscreen"}};
    }
    std::string database() const { return (m_dir.path() / "practice.db").string(); }

    test::TempDir m_dir;
};

TEST_F(LibpqOnDemand, TheCliOnAFileNeverLoadsIt)
{
    const auto result = test::runProcess(
        GLIDEPATH_CLI_PATH, {"--database", database(), "--create", "library", "search", "clam"},
        environment());
    ASSERT_EQ(result.exitCode, 0) << result.err.substr(0, 2000);
    EXPECT_NE(result.out.find("Clamshell"), std::string::npos) << result.out;
    // The loader did report: SQLite is there, libpq is not.
    ASSERT_TRUE(loads(result.err, "libsqlite3.so")) << result.err.substr(0, 2000);
    EXPECT_FALSE(loads(result.err, "libpq.so")) << result.err;
}

TEST_F(LibpqOnDemand, TheAppStartedOnAFileNeverLoadsIt)
{
    const auto result = test::runProcess(
        GLIDEPATH_APP_PATH, {"--measure-startup", "--mode", "clinician", "--database", database()},
        environment());
    ASSERT_EQ(result.exitCode, 0) << result.err.substr(0, 2000);
    ASSERT_TRUE(loads(result.err, "libQt6Widgets.so")) << result.err.substr(0, 2000);
    EXPECT_FALSE(loads(result.err, "libpq.so")) << result.err;
}

TEST_F(LibpqOnDemand, TheCliLoadsItWhenGivenAServer)
{
    const auto server = test::testServerUrl();
    if (!server) {
        GTEST_SKIP() << test::kNoTestServer;
    }
    const test::ServerDatabase serverDatabase(*server, test::databaseNameForCurrentTest());
    // Set up by a writer first: a search only reads.
    storage::Database::open(serverDatabase.url());
    const auto result = test::runProcess(
        GLIDEPATH_CLI_PATH, {"--database", serverDatabase.urlText(), "library", "search", "clam"},
        environment());
    ASSERT_EQ(result.exitCode, 0) << result.err.substr(0, 2000);
    EXPECT_TRUE(loads(result.err, "libpq.so.5")) << result.err.substr(0, 2000);
}

} // namespace
} // namespace glidepath
