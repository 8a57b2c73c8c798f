// The one-writer lock and read-only access: a second writer is refused with the holder's name,
// readers keep working beside a writer, crashes are noticed, and the file-system side (private
// folders, full disk, missing files) gives messages a user can act on.

#include "storage_test_support.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/database_lock.h>
#include <glidepath/storage/exercise_repository.h>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace glidepath;
using storage::Access;
using storage::Database;
using storage::OpenOptions;
using Kind = storage::StorageError::Kind;

namespace {

OpenOptions writer(std::string program = "Glidepath")
{
    OpenOptions options;
    options.program = std::move(program);
    options.lockWait = std::chrono::milliseconds(0);
    return options;
}

OpenOptions reader()
{
    OpenOptions options;
    options.access = Access::ReadOnly;
    options.program = "glidepath-cli";
    return options;
}

mode_t modeOf(const std::filesystem::path& path)
{
    struct stat info
    {};
    EXPECT_EQ(::stat(path.c_str(), &info), 0) << path;
    return info.st_mode & 0777;
}

} // namespace

TEST(DatabaseLock, ASecondWriterIsRefusedWithTheHoldersNameAndPid)
{
    test::TempDir dir;
    const auto path = dir.file("glidepath.db");
    const auto first = Database::open(path, writer("Glidepath"));
    const auto error =
        test::expectError(Kind::Locked, [&] { Database::open(path, writer("glidepath-cli")); });
    const std::string message = error.what();
    EXPECT_NE(message.find("is open in Glidepath (pid " + std::to_string(::getpid()) + ")"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("nothing was changed"), std::string::npos) << message;
}

TEST(DatabaseLock, TheLockIsFreeAgainOnceTheWriterCloses)
{
    test::TempDir dir;
    const auto path = dir.file("glidepath.db");
    Database::open(path, writer()).reset();
    EXPECT_FALSE(storage::DatabaseLock::holder(path).has_value());
    EXPECT_NO_THROW(Database::open(path, writer()));
}

TEST(DatabaseLock, AReaderSeesWhatTheWriterCommittedAndCannotWrite)
{
    test::TempDir dir;
    const auto path = dir.file("glidepath.db");
    const auto db = Database::open(path, writer());
    storage::ExerciseRepository(*db).create(test::sampleExercise("side-clam", "Side clam"));

    const auto readOnly = Database::open(path, reader());
    EXPECT_TRUE(readOnly->isReadOnly());
    ASSERT_TRUE(readOnly->otherWriter().has_value());
    EXPECT_EQ(readOnly->otherWriter()->pid, static_cast<long>(::getpid()));
    EXPECT_EQ(readOnly->otherWriter()->program, "Glidepath");
    ASSERT_TRUE(storage::ExerciseRepository(*readOnly).find("side-clam").has_value());
    EXPECT_THROW(storage::ExerciseRepository(*readOnly).create(
                     test::sampleExercise("other-clam", "Other clam")),
                 storage::StorageError);

    // The writer goes on writing while the reader is open; a new reader sees it.
    storage::ExerciseRepository(*db).create(test::sampleExercise("second-clam", "Second clam"));
    const auto later = Database::open(path, reader());
    EXPECT_TRUE(storage::ExerciseRepository(*later).find("second-clam").has_value());
}

TEST(DatabaseLock, AReaderNeverCheckpointsOrRemovesTheWritersLog)
{
    test::TempDir dir;
    const auto path = dir.file("glidepath.db");
    const auto db = Database::open(path, writer());
    sqlite3_wal_autocheckpoint(db->handle(), 0); // keep the change in the WAL only
    storage::ExerciseRepository(*db).create(test::sampleExercise("side-clam", "Side clam"));
    const auto walSize = std::filesystem::file_size(path.string() + "-wal");
    ASSERT_GT(walSize, 0u);

    Database::open(path, reader()).reset(); // opened and closed beside the writer
    EXPECT_EQ(std::filesystem::file_size(path.string() + "-wal"), walSize);
    EXPECT_TRUE(storage::ExerciseRepository(*db).find("side-clam").has_value());
}

TEST(DatabaseLock, ACleanCloseIsRecordedAndACrashIsNoticed)
{
    test::TempDir dir;
    const auto path = dir.file("glidepath.db");
    Database::open(path, writer()).reset();
    const auto lockPath = storage::DatabaseLock::lockPathFor(path);
    EXPECT_NE(test::readBytes(lockPath).find("state=closed"), std::string::npos);
    EXPECT_EQ(modeOf(lockPath), 0600u);
    {
        const auto lock =
            storage::DatabaseLock::acquire(path, "test", std::chrono::milliseconds(0));
        EXPECT_TRUE(lock->previousShutdownClean());
    }
    // A database copied in without its lock file records no crash.
    std::filesystem::remove(lockPath);
    {
        const auto lock =
            storage::DatabaseLock::acquire(path, "test", std::chrono::milliseconds(0));
        EXPECT_TRUE(lock->previousShutdownClean());
    }
    // A holder killed with -9 never writes "closed".
    test::writeBytes(lockPath, "pid=1\nprogram=Glidepath\nstate=open\n");
    const auto lock = storage::DatabaseLock::acquire(path, "test", std::chrono::milliseconds(0));
    EXPECT_FALSE(lock->previousShutdownClean());
}

TEST(DatabaseLock, AfterACrashADamagedFileIsRefusedUntouched)
{
    test::TempDir dir;
    const auto path = dir.file("glidepath.db");
    {
        const auto db = Database::open(path, writer());
        storage::ExerciseRepository repository(*db);
        for (int i = 0; i < 40; ++i) {
            repository.create(test::sampleExercise("exercise-" + std::to_string(i),
                                                   "Exercise " + std::to_string(i)));
        }
    }
    std::string bytes = test::readBytes(path);
    ASSERT_GT(bytes.size(), 8 * 4096u);
    for (std::size_t i = 5 * 4096; i < 6 * 4096; ++i) {
        bytes[i] = static_cast<char>(0xA5);
    }
    test::writeBytes(path, bytes);
    test::writeBytes(storage::DatabaseLock::lockPathFor(path), "state=open\n");
    test::expectError(Kind::Corrupt, [&] { Database::open(path, writer()); });
    EXPECT_EQ(test::readBytes(path), bytes);
}

TEST(DatabaseLock, AMissingFileIsNotCreatedUnlessAsked)
{
    test::TempDir dir;
    const auto path = dir.file("typo/glidepath.db");
    OpenOptions noCreate = writer();
    noCreate.create = false;
    test::expectError(Kind::NotFound, [&] { Database::open(path, noCreate); });
    test::expectError(Kind::NotFound, [&] { Database::open(path, reader()); });
    EXPECT_FALSE(std::filesystem::exists(dir.file("typo")));
}

TEST(DatabaseLock, NewFoldersAndFilesArePrivateWhateverTheUmask)
{
    test::TempDir dir;
    const mode_t previous = ::umask(0);
    const auto path = dir.file("a/b/glidepath.db");
    Database::open(path, writer()).reset();
    ::umask(previous);
    EXPECT_EQ(modeOf(dir.file("a")), 0700u);
    EXPECT_EQ(modeOf(dir.file("a/b")), 0700u);
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_EQ(modeOf(storage::DatabaseLock::lockPathFor(path)), 0600u);
}

TEST(DatabaseLock, SecureDeleteIsOn)
{
    test::TempDir dir;
    const auto db = Database::open(dir.file("glidepath.db"), writer());
    EXPECT_EQ(test::queryInt(db->handle(), "PRAGMA secure_delete"), 1);
}

TEST(DatabaseLock, AFullDiskIsReportedAsSuchAndSavesNothing)
{
    test::TempDir dir;
    const auto db = Database::open(dir.file("glidepath.db"), writer());
    storage::ExerciseRepository repository(*db);
    const auto pages = test::queryInt(db->handle(), "PRAGMA page_count");
    // No more room than the file has now: the next growth fails as on a full disk.
    test::queryInt(db->handle(), "PRAGMA max_page_count = " + std::to_string(pages));
    const auto error = test::expectError(Kind::DiskFull, [&] {
        db->transaction([&] {
            for (int i = 0; i < 200; ++i) {
                repository.create(
                    test::sampleExercise("clam-" + std::to_string(i), "Clam " + std::to_string(i)));
            }
        });
    });
    EXPECT_NE(std::string(error.what()).find("disk is full"), std::string::npos) << error.what();
    EXPECT_FALSE(repository.find("clam-0").has_value());
}

TEST(DatabaseLock, AReadOnlyFolderStillAllowsReading)
{
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root ignores folder permissions";
    }
    test::TempDir dir;
    const auto path = dir.file("ro/glidepath.db");
    {
        const auto db = Database::open(path, writer());
        storage::ExerciseRepository(*db).create(test::sampleExercise("side-clam", "Side clam"));
    }
    std::filesystem::remove(storage::DatabaseLock::lockPathFor(path));
    ::chmod(dir.file("ro").c_str(), 0500);
    const auto readOnly = Database::open(path, reader());
    EXPECT_TRUE(storage::ExerciseRepository(*readOnly).find("side-clam").has_value());
    test::expectError(Kind::ReadOnlyDatabase, [&] { Database::open(path, writer()); });
    ::chmod(dir.file("ro").c_str(), 0700);
}
