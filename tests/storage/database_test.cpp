#include "storage_test_support.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/database_lock.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/migrations.h>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <cstdlib>
#include <optional>
#include <random>

using namespace glidepath;
using namespace glidepath::storage;
using glidepath::test::readBytes;
using glidepath::test::TempDir;
using glidepath::test::writeBytes;

namespace {

std::string pragmaText(Database& db, const std::string& pragma)
{
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db.handle(), ("PRAGMA " + pragma).c_str(), -1, &stmt, nullptr),
              SQLITE_OK);
    std::string value;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return value;
}

unsigned modeOf(const std::filesystem::path& path)
{
    struct stat info
    {};
    EXPECT_EQ(::stat(path.c_str(), &info), 0) << path;
    return info.st_mode & 0777;
}

// Runs SQL on a file through a plain connection, the way another program would.
void rawExec(const std::filesystem::path& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

std::int64_t count(Database& db, const std::string& sql)
{
    return test::queryInt(db.handle(), sql);
}

// Opening must throw the given kind and leave the file exactly as it was, without -wal or
// journal files appearing beside a file that did not have them.
void expectRefusedUntouched(const std::filesystem::path& path, StorageError::Kind kind)
{
    const std::string before = readBytes(path);
    const bool hadWal = std::filesystem::exists(path.string() + "-wal");
    try {
        Database::open(path);
        FAIL() << "opening " << path << " should have failed";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), kind) << error.what();
        EXPECT_NE(std::string(error.what()).find(path.string()), std::string::npos)
            << "the message names the file: " << error.what();
    }
    EXPECT_EQ(readBytes(path), before) << "the file was modified";
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-journal"));
    if (!hadWal) {
        EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
    }
}

} // namespace

TEST(Database, CreatesPrivateFileAtCurrentVersion)
{
    TempDir dir;
    const auto path = dir.file("nested/folder/glidepath.db");
    auto db = Database::open(path);
    ASSERT_TRUE(std::filesystem::exists(path));
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_EQ(modeOf(path.parent_path()), 0700u);
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
    EXPECT_GE(Database::currentSchemaVersion(), 2);
    EXPECT_EQ(db->path(), path);
    EXPECT_EQ(pragmaText(*db, "journal_mode"), "wal");
    EXPECT_EQ(pragmaText(*db, "foreign_keys"), "1");
    EXPECT_EQ(pragmaText(*db, "synchronous"), "2"); // FULL
    EXPECT_EQ(pragmaText(*db, "application_id"), std::to_string(kApplicationId));
    EXPECT_TRUE(db->integrityProblems().empty());

    // The write-ahead log and shared-memory files are as private as the database.
    ExerciseRepository(*db).create(test::sampleExercise("clamshell", "Clamshell"));
    ASSERT_TRUE(std::filesystem::exists(path.string() + "-wal"));
    EXPECT_EQ(modeOf(path.string() + "-wal"), 0600u);
    EXPECT_EQ(modeOf(path.string() + "-shm"), 0600u);
}

TEST(Database, PrivateEvenWithPermissiveUmask)
{
    TempDir dir;
    const mode_t previous = ::umask(0);
    const auto path = dir.file("glidepath.db");
    {
        auto db = Database::open(path);
        ExerciseRepository(*db).create(test::sampleExercise("clamshell", "Clamshell"));
        EXPECT_EQ(modeOf(path.string() + "-wal"), 0600u);
    }
    ::umask(previous);
    EXPECT_EQ(modeOf(path), 0600u);
}

TEST(Database, ReopenKeepsDataAndVersion)
{
    TempDir dir;
    const auto path = dir.file("glidepath.db");
    {
        auto db = Database::open(path);
        ExerciseRepository(*db).create(test::sampleExercise("clamshell", "Clamshell"));
    }
    auto db = Database::open(path);
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
    ASSERT_TRUE(ExerciseRepository(*db).find("clamshell"));
}

TEST(Database, EmptyFileBecomesADatabase)
{
    TempDir dir;
    const auto path = dir.file("empty.db");
    writeBytes(path, "");
    auto db = Database::open(path);
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
    EXPECT_EQ(ExerciseRepository(*db).count(), 0);
}

TEST(Database, EmptySqliteDatabaseIsAdopted)
{
    // An SQLite file with no tables, no application id and no version holds nothing to lose.
    TempDir dir;
    const auto path = dir.file("blank.db");
    rawExec(path, "PRAGMA page_size = 4096; VACUUM");
    ASSERT_GT(std::filesystem::file_size(path), 0u);
    auto db = Database::open(path);
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
}

TEST(Database, RefusesTextFile)
{
    TempDir dir;
    const auto path = dir.file("notes.txt");
    writeBytes(path, "These are my notes, not a database.\nLine two.\n");
    expectRefusedUntouched(path, StorageError::Kind::NotGlidepath);
}

TEST(Database, RefusesRandomBytes)
{
    TempDir dir;
    const auto path = dir.file("random.bin");
    std::mt19937 engine(7);
    std::string bytes(64 * 1024, '\0');
    for (char& c : bytes) {
        c = static_cast<char>(engine() & 0xFF);
    }
    writeBytes(path, bytes);
    expectRefusedUntouched(path, StorageError::Kind::NotGlidepath);
}

TEST(Database, RefusesTinyFile)
{
    TempDir dir;
    const auto path = dir.file("tiny.db");
    writeBytes(path, "SQLite");
    expectRefusedUntouched(path, StorageError::Kind::NotGlidepath);
}

TEST(Database, RefusesAnotherProgramsDatabase)
{
    TempDir dir;
    const auto path = dir.file("other.db");
    rawExec(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                  "INSERT INTO notes (body) VALUES ('keep me');");
    expectRefusedUntouched(path, StorageError::Kind::NotGlidepath);
}

TEST(Database, RefusesAnotherProgramsDatabaseInWalMode)
{
    TempDir dir;
    const auto path = dir.file("other-wal.db");
    rawExec(path, "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    expectRefusedUntouched(path, StorageError::Kind::NotGlidepath);
}

TEST(Database, RefusesDatabaseWithOtherApplicationId)
{
    // No tables at all, but another program has claimed the file.
    TempDir dir;
    const auto path = dir.file("claimed.db");
    rawExec(path, "PRAGMA application_id = 1234567");
    expectRefusedUntouched(path, StorageError::Kind::NotGlidepath);
}

TEST(Database, RefusesDatabaseWithOnlyAUserVersion)
{
    TempDir dir;
    const auto path = dir.file("versioned.db");
    rawExec(path, "PRAGMA user_version = 3");
    expectRefusedUntouched(path, StorageError::Kind::NotGlidepath);
}

TEST(Database, RefusesDatabaseFromTheFuture)
{
    TempDir dir;
    const auto path = dir.file("future.db");
    {
        auto db = Database::open(path);
        ExerciseRepository(*db).create(test::sampleExercise("clamshell", "Clamshell"));
    }
    rawExec(path, "PRAGMA user_version = " + std::to_string(Database::currentSchemaVersion() + 1));
    expectRefusedUntouched(path, StorageError::Kind::TooNew);
}

TEST(Database, RefusesDamagedDatabase)
{
    TempDir dir;
    const auto path = dir.file("damaged.db");
    {
        auto db = Database::open(path);
        ExerciseRepository repository(*db);
        for (int i = 0; i < 40; ++i) {
            repository.create(test::sampleExercise("exercise-" + std::to_string(i),
                                                   "Exercise " + std::to_string(i)));
        }
    }
    std::string bytes = readBytes(path);
    ASSERT_GT(bytes.size(), 8u * 4096u);
    // Scribble over a page in the middle, as a failing disk might, while the last writer was
    // still holding it: after a crash the whole file is checked before anything is written.
    for (std::size_t i = 5 * 4096; i < 6 * 4096; ++i) {
        bytes[i] = static_cast<char>(0xA5);
    }
    writeBytes(path, bytes);
    writeBytes(storage::DatabaseLock::lockPathFor(path), "state=open\n");
    expectRefusedUntouched(path, StorageError::Kind::Corrupt);

    // The same file copied in without a lock file records no crash: it opens without reading
    // the whole file (start-up must not grow with the library), and the check the app runs in
    // the background after its window is up (integrityProblems, before the daily backup) finds
    // the damage.
    std::filesystem::remove(storage::DatabaseLock::lockPathFor(path));
    OpenOptions readOnly;
    readOnly.access = Access::ReadOnly;
    const auto db = Database::open(path, readOnly);
    bool found = false;
    try {
        found = !db->integrityProblems().empty();
    } catch (const StorageError&) {
        found = true; // "malformed": reported by the background check as its error
    }
    EXPECT_TRUE(found);
}

TEST(Database, RefusesSqliteHeaderWithGarbage)
{
    TempDir dir;
    const auto path = dir.file("garbage.db");
    std::string bytes("SQLite format 3", 16);
    bytes += std::string(4000, 'x');
    writeBytes(path, bytes);
    expectRefusedUntouched(path, StorageError::Kind::Corrupt);
}

TEST(Database, RefusesFolder)
{
    TempDir dir;
    try {
        Database::open(dir.path());
        FAIL();
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Io);
    }
}

TEST(Database, TransactionCommitsAndRollsBack)
{
    TempDir dir;
    auto db = Database::open(dir.file("glidepath.db"));
    db->transaction([&] {
        ASSERT_EQ(sqlite3_exec(db->handle(), "INSERT INTO meta VALUES ('a', '1')", nullptr, nullptr,
                               nullptr),
                  SQLITE_OK);
    });
    EXPECT_EQ(count(*db, "SELECT count(*) FROM meta WHERE key = 'a'"), 1);

    EXPECT_THROW(db->transaction([&] {
        sqlite3_exec(db->handle(), "INSERT INTO meta VALUES ('b', '1')", nullptr, nullptr, nullptr);
        throw std::runtime_error("stop");
    }),
                 std::runtime_error);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM meta WHERE key = 'b'"), 0);
    EXPECT_TRUE(sqlite3_get_autocommit(db->handle())) << "no transaction is left open";
}

TEST(Database, NestedTransactionJoinsOuterAndUndoesOnlyItsOwnFailure)
{
    TempDir dir;
    auto db = Database::open(dir.file("glidepath.db"));
    db->transaction([&] {
        sqlite3_exec(db->handle(), "INSERT INTO meta VALUES ('outer', '1')", nullptr, nullptr,
                     nullptr);
        EXPECT_FALSE(sqlite3_get_autocommit(db->handle()));
        try {
            db->transaction([&] {
                sqlite3_exec(db->handle(), "INSERT INTO meta VALUES ('inner', '1')", nullptr,
                             nullptr, nullptr);
                throw std::runtime_error("inner fails");
            });
        } catch (const std::runtime_error&) {
        }
        db->transaction([&] {
            sqlite3_exec(db->handle(), "INSERT INTO meta VALUES ('second', '1')", nullptr, nullptr,
                         nullptr);
        });
    });
    EXPECT_EQ(count(*db, "SELECT count(*) FROM meta WHERE key = 'outer'"), 1);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM meta WHERE key = 'inner'"), 0);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM meta WHERE key = 'second'"), 1);

    // A failure that escapes the outer call undoes everything.
    EXPECT_THROW(db->transaction([&] {
        db->transaction([&] {
            sqlite3_exec(db->handle(), "INSERT INTO meta VALUES ('lost', '1')", nullptr, nullptr,
                         nullptr);
        });
        throw std::runtime_error("outer fails");
    }),
                 std::runtime_error);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM meta WHERE key = 'lost'"), 0);
}

TEST(Database, IntegrityProblemsReportsBrokenForeignKeys)
{
    TempDir dir;
    auto db = Database::open(dir.file("glidepath.db"));
    EXPECT_TRUE(db->integrityProblems().empty());
    // Write an orphan behind the connection's back (foreign keys off for this one statement).
    ASSERT_EQ(sqlite3_exec(db->handle(),
                           "PRAGMA foreign_keys = OFF;"
                           "INSERT INTO exercise_cues VALUES (999, 0, 'orphan');"
                           "PRAGMA foreign_keys = ON;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    const auto problems = db->integrityProblems();
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("exercise_cues"), std::string::npos) << problems[0];
}

TEST(DatabasePath, CommandLineThenEnvironmentThenDefault)
{
    // Restore whatever the environment held, so other tests see it unchanged.
    const auto saved = [](const char* name) -> std::optional<std::string> {
        const char* value = std::getenv(name);
        return value ? std::optional<std::string>(value) : std::nullopt;
    };
    const auto restore = [](const char* name, const std::optional<std::string>& value) {
        if (value) {
            ::setenv(name, value->c_str(), 1);
        } else {
            ::unsetenv(name);
        }
    };
    const auto db = saved("GLIDEPATH_DB");
    const auto xdg = saved("XDG_DATA_HOME");

    ::setenv("GLIDEPATH_DB", "/tmp/from-env.db", 1);
    EXPECT_EQ(resolveDatabasePath("/tmp/x.db"), std::filesystem::path("/tmp/x.db"));
    EXPECT_EQ(resolveDatabasePath(""), std::filesystem::path("/tmp/from-env.db"));
    ::unsetenv("GLIDEPATH_DB");
    ::setenv("XDG_DATA_HOME", "/tmp/xdg", 1);
    EXPECT_EQ(resolveDatabasePath(""), std::filesystem::path("/tmp/xdg/glidepath/glidepath.db"));

    restore("GLIDEPATH_DB", db);
    restore("XDG_DATA_HOME", xdg);
}
