// Backups that are complete while the database is in use, restores that are all-or-nothing, and
// the rolling backups kept beside the database.

#include "storage_test_support.h"

#include <glidepath/storage/backup.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/migrations.h>

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

using namespace glidepath;
using storage::Database;
using Kind = storage::StorageError::Kind;

namespace {

std::unique_ptr<Database> openWriter(const std::filesystem::path& path)
{
    storage::OpenOptions options;
    options.lockWait = std::chrono::milliseconds(0);
    return Database::open(path, options);
}

bool holds(const std::filesystem::path& path, const std::string& id)
{
    storage::OpenOptions options;
    options.access = storage::Access::ReadOnly;
    const auto db = Database::open(path, options);
    return storage::ExerciseRepository(*db).find(id).has_value();
}

} // namespace

TEST(Backup, HoldsWhatTheWriteAheadLogHasNotCheckpointedWhileTheWriterIsOpen)
{
    test::TempDir dir;
    const auto path = dir.file("glidepath.db");
    const auto db = openWriter(path);
    sqlite3_wal_autocheckpoint(db->handle(), 0);
    storage::ExerciseRepository(*db).create(test::sampleExercise("side-clam", "Side clam"));

    // What "copy the file" used to give: the main file alone misses the change.
    std::filesystem::copy_file(path, dir.file("plain-copy.db"));
    EXPECT_FALSE(holds(dir.file("plain-copy.db"), "side-clam"));

    // A backup made by a second, read-only connection (as the CLI makes it) is complete.
    storage::OpenOptions options;
    options.access = storage::Access::ReadOnly;
    Database::open(path, options)->backupTo(dir.file("backup.db"));
    EXPECT_TRUE(holds(dir.file("backup.db"), "side-clam"));
    EXPECT_FALSE(std::filesystem::exists(dir.file("backup.db-wal")));
    struct stat info
    {};
    ASSERT_EQ(::stat(dir.file("backup.db").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);

    const auto copy = openWriter(dir.file("backup.db"));
    EXPECT_TRUE(copy->integrityProblems().empty());
}

TEST(Backup, NeverReplacesTheDatabaseItself)
{
    test::TempDir dir;
    const auto path = dir.file("glidepath.db");
    const auto db = openWriter(path);
    test::expectError(Kind::Io, [&] { db->backupTo(path); });
    EXPECT_TRUE(db->integrityProblems().empty());
}

TEST(Backup, RestoreReplacesEverythingAndKeepsWhatItReplaced)
{
    test::TempDir dir;
    const auto path = dir.file("glidepath.db");
    const auto db = openWriter(path);
    storage::ExerciseRepository repository(*db);
    repository.create(test::sampleExercise("early-clam", "Early clam"));
    db->backupTo(dir.file("monday.db"));
    repository.create(test::sampleExercise("late-clam", "Late clam"));

    db->restoreFrom(dir.file("monday.db"));
    EXPECT_TRUE(repository.find("early-clam").has_value());
    EXPECT_FALSE(repository.find("late-clam").has_value());
    EXPECT_TRUE(db->integrityProblems().empty());

    const auto backups = storage::listBackups(path);
    ASSERT_EQ(backups.size(), 1u);
    EXPECT_EQ(backups[0].kind, storage::BackupKind::BeforeRestore);
    EXPECT_TRUE(holds(backups[0].path, "late-clam"));
}

TEST(Backup, RestoreRefusesAFileThatIsNotAGlidepathDatabaseAndChangesNothing)
{
    test::TempDir dir;
    const auto path = dir.file("glidepath.db");
    const auto db = openWriter(path);
    storage::ExerciseRepository(*db).create(test::sampleExercise("side-clam", "Side clam"));
    test::writeBytes(dir.file("notes.db"), "these are my notes, not a database");
    test::expectError(Kind::NotGlidepath, [&] { db->restoreFrom(dir.file("notes.db")); });
    {
        test::RawDb other(dir.file("other.db"));
        other.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    }
    test::expectError(Kind::NotGlidepath, [&] { db->restoreFrom(dir.file("other.db")); });
    EXPECT_TRUE(storage::ExerciseRepository(*db).find("side-clam").has_value());
    EXPECT_TRUE(storage::listBackups(path).empty());
}

TEST(Backup, DailyBackupIsMadeOnceADayAndOldOnesArePruned)
{
    test::TempDir dir;
    const auto path = dir.file("glidepath.db");
    const auto db = openWriter(path);
    std::filesystem::create_directories(storage::backupFolder(path));
    for (int day = 1; day <= 10; ++day) {
        const std::string name = "glidepath-daily-202601" + std::string(day < 10 ? "0" : "") +
                                 std::to_string(day) + "-090000.db";
        db->backupTo(storage::backupFolder(path) / name);
    }
    const auto made = storage::makeDailyBackup(*db);
    ASSERT_TRUE(made.has_value());
    EXPECT_FALSE(storage::makeDailyBackup(*db).has_value()) << "one a day";

    const auto backups = storage::listBackups(path);
    ASSERT_EQ(static_cast<int>(backups.size()), storage::kKeepDaily);
    EXPECT_EQ(backups.front().path, *made) << "newest first";
    EXPECT_EQ(backups.back().stamp, "2026-01-05 09:00:00") << "the oldest five are gone";
}

TEST(Backup, AnUpgradeIsPrecededByACopyOfTheOldFile)
{
    test::TempDir dir;
    const auto path = dir.file("glidepath.db");
    {
        test::RawDb raw(path);
        storage::migrate(raw.get(), 1);
    }
    openWriter(path).reset();
    const auto backups = storage::listBackups(path);
    ASSERT_EQ(backups.size(), 1u);
    EXPECT_EQ(backups[0].kind, storage::BackupKind::BeforeUpgrade);
    EXPECT_NE(backups[0].path.filename().string().find("-v1-"), std::string::npos);
    test::RawDb copy(backups[0].path);
    EXPECT_EQ(copy.integer("PRAGMA user_version"), 1);
}

namespace {

// The id of a process that has ended: a child that exits at once.
long endedProcessId()
{
    const pid_t child = ::fork();
    if (child == 0) {
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return static_cast<long>(child);
}

void touch(const std::filesystem::path& path)
{
    std::ofstream(path) << "unfinished copy";
}

} // namespace

// A backup killed part-way leaves its unfinished copy beside the target (as large as the
// database). The next backup to the same place removes those of ended processes, and only those:
// a running backup's copy and files of other names stay.
TEST(Backup, UnfinishedCopiesOfEndedBackupsAreRemovedByTheNextOne)
{
    test::TempDir dir;
    const auto path = dir.file("glidepath.db");
    const auto db = openWriter(path);
    const std::string ended = std::to_string(endedProcessId());
    const std::string running = std::to_string(static_cast<long>(::getppid()));
    touch(dir.file("copy.db.part-" + ended));
    touch(dir.file("copy.db.part-" + ended + "-journal"));
    touch(dir.file("copy.db.part-" + running));
    touch(dir.file("other.db.part-" + ended)); // another target's: not this backup's to judge
    touch(dir.file("film.mkv.part-" + ended));

    db->backupTo(dir.file("copy.db"));
    EXPECT_TRUE(std::filesystem::exists(dir.file("copy.db")));
    EXPECT_FALSE(std::filesystem::exists(dir.file("copy.db.part-" + ended)));
    EXPECT_FALSE(std::filesystem::exists(dir.file("copy.db.part-" + ended + "-journal")));
    EXPECT_TRUE(std::filesystem::exists(dir.file("copy.db.part-" + running)));
    EXPECT_TRUE(std::filesystem::exists(dir.file("other.db.part-" + ended)));
    EXPECT_TRUE(std::filesystem::exists(dir.file("film.mkv.part-" + ended)));

    // In the automatic backups folder every name differs (it holds the time), so any
    // abandoned copy of a database there is removed.
    const auto folder = storage::backupFolder(path);
    std::filesystem::create_directories(folder);
    touch(folder / ("glidepath-daily-20261201-080000.db.part-" + ended));
    storage::makeBackup(*db, storage::BackupKind::Manual);
    EXPECT_FALSE(
        std::filesystem::exists(folder / ("glidepath-daily-20261201-080000.db.part-" + ended)));
}

// A backup that cannot be written names the file the user chose, not the temporary one beside
// it, and leaves nothing behind.
TEST(Backup, AFailedBackupNamesTheChosenFileNotItsTemporaryCopy)
{
    test::TempDir dir;
    const auto db = openWriter(dir.file("glidepath.db"));
    // No one, not even root, may make a file in /proc.
    const auto error = test::expectError(Kind::Io, [&] { db->backupTo("/proc/copy.db"); });
    const std::string message = error.what();
    EXPECT_NE(message.find("cannot write the backup '/proc/copy.db'"), std::string::npos)
        << message;
    EXPECT_EQ(message.find(".part-"), std::string::npos) << message;
    EXPECT_NE(message.find("nothing was written"), std::string::npos) << message;
}
