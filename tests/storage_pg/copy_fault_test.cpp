// db copy --to a clinic server when the server cuts the connection in the middle of writing:
// a clear error, nothing of the practice left on the server, and the next copy goes through.
//
// Deterministic, without a hook in the copy: a second session holds a SHARE lock on a late
// table (session_logs), which lets the copy count every table and write all the tables before it
// (the library, clients, check-ins, plans) but makes its first session_logs row wait. A third
// session sees it waiting and terminates its backend, as a server restart or a dropped network
// would.

#include "pg_migrations.h"
#include "server_fixture.h"
#include "storage/storage_test_support.h"
#include "support/practice_data.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/database_copy.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace glidepath;
using namespace glidepath::storage;
using storage::detail::PgConnection;

namespace {

constexpr const char* kCopyName = "gp_copy_fault";

// Waits (at most about a minute) for the copy's session to wait for the lock, then ends it.
// Returns whether it found and ended it.
bool terminateTheWaitingCopy(const ServerUrl& url)
{
    PgConnection watcher(url);
    for (int attempt = 0; attempt < 6000; ++attempt) {
        // backend_xid: the copy's transaction has already written rows (the earlier tables).
        const auto waiting = watcher.exec("SELECT pid FROM pg_stat_activity WHERE "
                                          "application_name = $1 AND wait_event_type = 'Lock' "
                                          "AND backend_xid IS NOT NULL",
                                          {std::string(kCopyName)});
        if (waiting.rows() > 0) {
            const auto ended =
                watcher.exec("SELECT pg_terminate_backend($1)", {waiting.text(0, 0)});
            return ended.text(0, 0) == "t";
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

class ServerCopyFault : public test::ServerTest
{};

} // namespace

TEST_F(ServerCopyFault, AConnectionCutWhileWritingLeavesNothingAndTheNextCopySucceeds)
{
    test::TempDir dir;
    const std::string source = dir.file("practice.db").string();
    std::int64_t sourceRows = 0;
    {
        const auto db = Database::open(source);
        test::fillPractice(*db);
        ASSERT_GT(test::queryInt(db->handle(), "SELECT count(*) FROM session_logs"), 0);
        for (const std::string_view table : copiedTables()) {
            sourceRows +=
                test::queryInt(db->handle(), "SELECT count(*) FROM " + std::string(table));
        }
    }
    // The schema is in place first, so that the lock below has a table to hold.
    {
        PgConnection setUp(database->url());
        detail::migrateServer(setUp);
    }
    ServerUrl target = database->url();
    target.parameters.emplace_back("application_name", kCopyName);

    PgConnection locker(database->url());
    locker.exec("BEGIN");
    locker.exec("LOCK TABLE session_logs IN SHARE MODE");
    std::atomic<bool> terminated{false};
    std::thread killer([&] { terminated = terminateTheWaitingCopy(database->url()); });
    std::string message;
    try {
        copyDatabase(source, target.toString());
        ADD_FAILURE() << "the copy went through although its connection was cut";
    } catch (const StorageError& error) {
        message = error.what();
    }
    killer.join();
    locker.exec("ROLLBACK");
    ASSERT_TRUE(terminated) << "the copy never waited for the lock";

    // Clear: which table, that the server ended it, and that nothing was copied.
    EXPECT_NE(message.find("session_logs"), std::string::npos) << message;
    EXPECT_NE(message.find("terminating connection"), std::string::npos) << message;
    EXPECT_NE(message.find("was lost"), std::string::npos) << message;
    EXPECT_NE(message.find("nothing was copied"), std::string::npos) << message;

    // Nothing partial on the server: every table empty, no audit rows either.
    PgConnection check(database->url());
    for (const std::string_view table : copiedTables()) {
        EXPECT_EQ(check.exec("SELECT count(*) FROM " + std::string(table)).int64(0, 0), 0) << table;
    }
    EXPECT_EQ(check.exec("SELECT count(*) FROM audit").int64(0, 0), 0);

    // The next copy, with the server reachable again, moves everything.
    const CopyResult again = copyDatabase(source, target.toString());
    EXPECT_EQ(again.totalRows(), sourceRows);
    std::int64_t onServer = 0;
    for (const std::string_view table : copiedTables()) {
        onServer += check.exec("SELECT count(*) FROM " + std::string(table)).int64(0, 0);
    }
    EXPECT_EQ(onServer, sourceRows);
}
