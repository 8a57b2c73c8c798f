// The app and the command-line tool on one database. A process that closes any descriptor of a
// database file loses all of SQLite's POSIX locks on it (Qt's file dialogs do, sniffing the
// files of the folder they show); these tests do exactly that, then use the real CLI beside the
// writer, and check that nothing the writer saved is lost and that the CLI's writes are refused
// with a message naming the holder, while reading, exporting and backing up keep working.

#include "storage/storage_test_support.h"
#include "support/process_runner.h"

#include <glidepath/io/library_format.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/database_lock.h>
#include <glidepath/storage/exercise_repository.h>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

namespace fs = std::filesystem;
using namespace glidepath;

namespace {

// What Qt's MIME sniffing does to a database folder: open each file and close it again.
void openAndCloseEveryFileOf(const fs::path& database)
{
    for (const std::string suffix : {"", "-wal", "-shm"}) {
        const int fd = ::open((database.string() + suffix).c_str(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(fd, &byte, 1);
            ::close(fd);
        }
    }
}

class SharedDatabase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = fs::temp_directory_path() /
                ("glidepath-lock-test-" + std::to_string(::getpid()) + "-" + info->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_db = m_dir / "glidepath.db";
    }
    void TearDown() override { fs::remove_all(m_dir); }

    test::EnvironmentChanges environment() const
    {
        return {{"GLIDEPATH_DB", std::nullopt},
                {"HOME", m_dir.string()},
                {"XDG_DATA_HOME", (m_dir / "xdg").string()},
                {"XDG_CONFIG_HOME", (m_dir / "config").string()},
                {"QT_QPA_PLATFORM", "offscreen"}};
    }

    test::ProcessResult cli(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--database", m_db.string()});
        return test::runProcess(GLIDEPATH_CLI_PATH, args, environment());
    }

    std::string writeLibrary(const std::string& id, const std::string& name) const
    {
        io::LibraryDocument document;
        document.exercises.push_back(test::sampleExercise(id, name));
        const fs::path file = m_dir / (id + ".json");
        std::ofstream(file) << io::writeLibrary(document);
        return file.string();
    }

    fs::path m_dir;
    fs::path m_db;
};

TEST_F(SharedDatabase, AfterTheWritersLocksAreDroppedTheCliCannotLoseItsWrites)
{
    storage::OpenOptions options;
    options.program = "Glidepath";
    auto app = storage::Database::open(m_db, options);
    storage::ExerciseRepository appExercises(*app);
    appExercises.create(test::sampleExercise("app-clam", "App clam"));
    sqlite3_wal_autocheckpoint(app->handle(), 0); // everything from here stays in the WAL
    appExercises.create(test::sampleExercise("wal-clam", "Clam still in the log"));

    openAndCloseEveryFileOf(m_db); // the app's POSIX locks are gone now

    // A write from another process is refused, naming the holder; nothing changes.
    const auto import = cli({"library", "import", writeLibrary("cli-clam", "CLI clam")});
    EXPECT_EQ(import.exitCode, 1) << import.out;
    EXPECT_NE(import.err.find("is open in Glidepath (pid " + std::to_string(::getpid()) + ")"),
              std::string::npos)
        << import.err;

    // Reading, exporting and backing up work beside the writer and see what is in its log.
    const auto show = cli({"library", "show", "wal-clam"});
    EXPECT_EQ(show.exitCode, 0) << show.err;
    EXPECT_NE(show.out.find("Clam still in the log"), std::string::npos);
    const fs::path exported = m_dir / "export.json";
    ASSERT_EQ(cli({"library", "export", exported.string()}).exitCode, 0);
    const fs::path backup = m_dir / "backup.db";
    const auto backedUp = cli({"db", "backup", backup.string()});
    ASSERT_EQ(backedUp.exitCode, 0) << backedUp.err;
    const auto checked =
        test::runProcess(GLIDEPATH_CLI_PATH, {"--database", backup.string(), "db", "check"},
                         environment());
    EXPECT_EQ(checked.exitCode, 0) << checked.err;
    const auto fromBackup = test::runProcess(
        GLIDEPATH_CLI_PATH, {"--database", backup.string(), "library", "show", "wal-clam"},
        environment());
    EXPECT_EQ(fromBackup.exitCode, 0) << fromBackup.err;
    EXPECT_EQ(cli({"db", "check"}).exitCode, 0);

    // The app goes on writing after all that, then quits.
    const auto walBefore = fs::file_size(m_db.string() + "-wal");
    EXPECT_GT(walBefore, 0u) << "the CLI must not have checkpointed and removed the app's WAL";
    appExercises.create(test::sampleExercise("late-clam", "Late clam"));
    app.reset();

    // Everything the app saved is there, the file is sound, and the CLI may write now.
    auto after = storage::Database::open(m_db);
    storage::ExerciseRepository exercises(*after);
    EXPECT_TRUE(exercises.find("app-clam").has_value());
    EXPECT_TRUE(exercises.find("wal-clam").has_value());
    EXPECT_TRUE(exercises.find("late-clam").has_value());
    EXPECT_FALSE(exercises.find("cli-clam").has_value());
    EXPECT_TRUE(after->integrityProblems().empty());
    after.reset();
    const auto retry = cli({"library", "import", writeLibrary("cli-clam", "CLI clam")});
    EXPECT_EQ(retry.exitCode, 0) << retry.err;
}

TEST_F(SharedDatabase, ARestoredBackupPassesTheCheckAndWhatItReplacedIsKept)
{
    ASSERT_EQ(cli({"--create", "library", "import", writeLibrary("monday-clam", "Monday clam")})
                  .exitCode,
              0);
    const fs::path backup = m_dir / "monday.db";
    ASSERT_EQ(cli({"db", "backup", backup.string()}).exitCode, 0);
    const auto again = cli({"db", "backup", backup.string()});
    EXPECT_EQ(again.exitCode, 1) << "an existing file is not overwritten without --replace";
    EXPECT_NE(again.err.find("--replace"), std::string::npos);
    ASSERT_EQ(cli({"library", "import", writeLibrary("tuesday-clam", "Tuesday clam")}).exitCode,
              0);

    const auto restored = cli({"db", "restore", backup.string()});
    ASSERT_EQ(restored.exitCode, 0) << restored.err;
    EXPECT_EQ(cli({"db", "check"}).exitCode, 0);
    EXPECT_EQ(cli({"library", "show", "monday-clam"}).exitCode, 0);
    EXPECT_EQ(cli({"library", "show", "tuesday-clam"}).exitCode, 1);

    const auto listed = cli({"db", "backups"});
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_NE(listed.out.find("before restore"), std::string::npos) << listed.out;

    const auto notABackup = cli({"db", "restore", writeLibrary("x", "Not a database")});
    EXPECT_EQ(notABackup.exitCode, 1);
    EXPECT_NE(notABackup.err.find("not a Glidepath database"), std::string::npos)
        << notABackup.err;
    EXPECT_EQ(cli({"library", "show", "monday-clam"}).exitCode, 0) << "nothing changed";
}

TEST_F(SharedDatabase, TheRealAppHoldsTheDatabaseAndTheCliSaysSo)
{
    ASSERT_EQ(cli({"--create", "library", "list"}).exitCode, 0) << "make the database";

    std::vector<std::string> envStrings;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        envStrings.emplace_back(*entry);
    }
    for (const auto& [name, value] : environment()) {
        if (value) {
            envStrings.push_back(name + "=" + *value);
        }
    }
    std::vector<char*> envp;
    for (std::string& entry : envStrings) {
        envp.push_back(entry.data());
    }
    envp.push_back(nullptr);
    std::vector<std::string> argStrings{GLIDEPATH_APP_PATH, "--database", m_db.string(), "--mode",
                                        "clinician"};
    std::vector<char*> argv;
    for (std::string& arg : argStrings) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t appPid = 0;
    ASSERT_EQ(posix_spawn(&appPid, GLIDEPATH_APP_PATH, &actions, nullptr, argv.data(),
                          envp.data()),
              0);
    posix_spawn_file_actions_destroy(&actions);

    // Wait until the app holds the lock (start-up under a sanitizer on a busy machine is slow).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    std::optional<storage::LockHolder> holder;
    while (std::chrono::steady_clock::now() < deadline) {
        holder = storage::DatabaseLock::holder(m_db);
        if (holder && holder->pid == appPid) {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ASSERT_TRUE(holder && holder->pid == appPid) << "the app never took the database's lock";
    EXPECT_EQ(holder->program, "Glidepath");

    const auto import = cli({"library", "import", writeLibrary("cli-clam", "CLI clam")});
    EXPECT_EQ(import.exitCode, 1);
    EXPECT_NE(import.err.find("is open in Glidepath (pid " + std::to_string(appPid) + ")"),
              std::string::npos)
        << import.err;

    const auto list = cli({"library", "list"});
    EXPECT_EQ(list.exitCode, 0) << list.err;
    EXPECT_NE(list.out.find("Clamshell"), std::string::npos);

    ::kill(appPid, SIGTERM);
    int status = 0;
    ::waitpid(appPid, &status, 0);
    const auto afterQuit = cli({"library", "import", writeLibrary("cli-clam", "CLI clam")});
    EXPECT_EQ(afterQuit.exitCode, 0) << afterQuit.err;
    EXPECT_EQ(cli({"db", "check"}).exitCode, 0);
}

} // namespace
