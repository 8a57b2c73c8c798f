#include "statement.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/migrations.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace glidepath::storage {

namespace fs = std::filesystem;

namespace {

constexpr int kBusyTimeoutMs = 5000;

std::string quoted(const fs::path& path)
{
    return "'" + path.string() + "'";
}

// Creates the file with mode 0600 before SQLite sees it: SQLite gives the -wal and -shm files
// the same mode as the database file, so the whole database stays private to the user.
void createPrivateFile(const fs::path& path)
{
    const fs::path parent = path.parent_path();
    if (!parent.empty() && !fs::exists(parent)) {
        std::error_code error;
        fs::create_directories(parent, error);
        if (error) {
            throw StorageError(StorageError::Kind::Io, "cannot create the folder " +
                                                           quoted(parent) + ": " + error.message());
        }
        fs::permissions(parent, fs::perms::owner_all, fs::perm_options::replace, error);
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) {
            return; // created meanwhile by someone else; it is inspected like any other file
        }
        throw StorageError(StorageError::Kind::Io, "cannot create the database " + quoted(path) +
                                                       ": " + std::strerror(errno));
    }
    // The umask may have taken bits away; make the mode exactly 0600.
    const int chmodResult = ::fchmod(fd, 0600);
    ::close(fd);
    if (chmodResult != 0) {
        throw StorageError(StorageError::Kind::Io, "cannot make the database " + quoted(path) +
                                                       " private: " + std::strerror(errno));
    }
}

// "file:" URI for a path, percent-encoding everything but unreserved characters and '/'.
std::string fileUri(const fs::path& path)
{
    const std::string absolute = fs::absolute(path).string();
    std::string uri = "file:";
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const char c : absolute) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
            (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' ||
            byte == '~' || byte == '/') {
            uri += c;
        } else {
            uri += '%';
            uri += kHex[byte >> 4];
            uri += kHex[byte & 0x0F];
        }
    }
    return uri;
}

enum class FileState
{
    Empty, // zero bytes, or an SQLite database with nothing in it
    Glidepath
};

struct Connection
{
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
};

// Looks at an existing file through a read-only connection, so that nothing about a file that
// turns out not to be ours (or to be too new, or damaged) can change: no WAL switch, no
// migration, no journal.
FileState inspect(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw StorageError(StorageError::Kind::Io, "cannot read " + quoted(path));
    }
    char header[100] = {};
    in.read(header, sizeof header);
    const auto got = in.gcount();
    if (got == 0) {
        return FileState::Empty;
    }
    static constexpr char kMagic[16] = "SQLite format 3";
    if (got < 16 || std::memcmp(header, kMagic, sizeof kMagic) != 0) {
        throw StorageError(StorageError::Kind::NotGlidepath,
                           quoted(path) + " is not a Glidepath database (it is not an SQLite "
                                          "file); it was left unchanged");
    }
    in.close();

    // A WAL-mode file without a -wal beside it holds all of its content; reading it as
    // immutable keeps SQLite from creating -wal and -shm files next to someone else's database.
    // Bytes 18 and 19 of the header are 2 in WAL mode.
    const bool walMode = got >= 20 && header[18] == 2 && header[19] == 2;
    const bool immutable = walMode && !fs::exists(path.string() + "-wal");
    Connection connection;
    const std::string uri = fileUri(path) + (immutable ? "?immutable=1" : "?mode=ro");
    const int rc = sqlite3_open_v2(uri.c_str(), &connection.db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        throw StorageError(detail::kindFor(rc), "cannot open " + quoted(path) + ": " +
                                                    (connection.db ? sqlite3_errmsg(connection.db)
                                                                   : sqlite3_errstr(rc)));
    }
    sqlite3_busy_timeout(connection.db, kBusyTimeoutMs);
    std::int64_t applicationId = 0;
    std::int64_t version = 0;
    std::int64_t objects = 0;
    try {
        applicationId = detail::queryInt(connection.db, "PRAGMA application_id").value_or(0);
        version = detail::queryInt(connection.db, "PRAGMA user_version").value_or(0);
        objects = detail::queryInt(connection.db, "SELECT count(*) FROM sqlite_schema").value_or(0);
    } catch (const StorageError& error) {
        const auto kind =
            error.kind() == StorageError::Kind::Io ? StorageError::Kind::Corrupt : error.kind();
        throw StorageError(kind, quoted(path) + " cannot be read as a database (" + error.what() +
                                     "); it was left unchanged");
    }

    if (applicationId != kApplicationId) {
        if (applicationId == 0 && objects == 0 && version == 0) {
            return FileState::Empty;
        }
        throw StorageError(StorageError::Kind::NotGlidepath,
                           quoted(path) + " is an SQLite database of another program, not a "
                                          "Glidepath database; it was left unchanged");
    }
    if (version > Database::currentSchemaVersion()) {
        throw StorageError(StorageError::Kind::TooNew,
                           quoted(path) + " was written by a newer Glidepath (schema version " +
                               std::to_string(version) + "; this version reads up to " +
                               std::to_string(Database::currentSchemaVersion()) +
                               "). Update Glidepath to open it; it was left unchanged");
    }
    if (version < 1) {
        throw StorageError(StorageError::Kind::Corrupt,
                           quoted(path) + " carries the Glidepath id but no schema version; it "
                                          "was left unchanged");
    }
    // Catch damage now, before anything writes to the file.
    std::string verdict;
    try {
        detail::Statement check(connection.db, "PRAGMA quick_check(1)");
        if (check.step()) {
            verdict = check.text(0);
        }
    } catch (const StorageError& error) {
        verdict = error.what();
    }
    if (verdict != "ok") {
        throw StorageError(StorageError::Kind::Corrupt,
                           quoted(path) + " is damaged (" + verdict + "); it was left unchanged");
    }
    return FileState::Glidepath;
}

} // namespace

int Database::currentSchemaVersion()
{
    return migrations().back().version;
}

std::unique_ptr<Database> Database::open(const fs::path& path)
{
    std::error_code error;
    const auto status = fs::status(path, error);
    if (!fs::exists(status)) {
        createPrivateFile(path);
    } else if (!fs::is_regular_file(status)) {
        throw StorageError(StorageError::Kind::Io, quoted(path) + " is not a regular file");
    }
    inspect(path);

    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        sqlite3_close_v2(raw);
        throw StorageError(detail::kindFor(rc), "cannot open " + quoted(path) + ": " + message);
    }
    std::unique_ptr<Database> database(new Database(raw, path));
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    // Defensive mode: the schema cannot be corrupted through SQL (writable_schema and friends).
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    detail::exec(raw, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL");
    {
        detail::Statement journal(raw, "PRAGMA journal_mode = WAL");
        if (!journal.step() || journal.text(0) != "wal") {
            throw StorageError(StorageError::Kind::Io,
                               "cannot switch " + quoted(path) + " to write-ahead logging");
        }
    }
    // journal_mode sets synchronous back for WAL on some builds; state it again after.
    detail::exec(raw, "PRAGMA synchronous = FULL");
    migrate(raw, currentSchemaVersion());
    return database;
}

Database::Database(sqlite3* db, fs::path path) : m_db(db), m_path(std::move(path)) {}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

int Database::schemaVersion() const
{
    return static_cast<int>(detail::queryInt(m_db, "PRAGMA user_version").value_or(0));
}

std::vector<std::string> Database::integrityProblems() const
{
    std::vector<std::string> problems;
    detail::Statement integrity(m_db, "PRAGMA integrity_check");
    while (integrity.step()) {
        const std::string line = integrity.text(0);
        if (line != "ok") {
            problems.push_back(line);
        }
    }
    detail::Statement foreignKeys(m_db, "PRAGMA foreign_key_check");
    while (foreignKeys.step()) {
        // WITHOUT ROWID tables report no rowid.
        const std::string row =
            foreignKeys.isNull(1) ? "a row" : "row " + std::to_string(foreignKeys.int64(1));
        problems.push_back(row + " of table " + foreignKeys.text(0) +
                           " refers to a missing row of " + foreignKeys.text(2));
    }
    return problems;
}

void Database::transaction(const std::function<void()>& work)
{
    // The outermost call owns the transaction; nested calls use a savepoint so that a failing
    // inner step is undone even if the caller catches the exception and carries on.
    const bool outermost = m_transactionDepth == 0;
    const std::string savepoint = "nested_" + std::to_string(m_transactionDepth);
    detail::exec(m_db, outermost ? std::string("BEGIN IMMEDIATE") : "SAVEPOINT " + savepoint);
    ++m_transactionDepth;
    try {
        work();
    } catch (...) {
        --m_transactionDepth;
        if (outermost) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        } else {
            const std::string undo = "ROLLBACK TO " + savepoint + "; RELEASE " + savepoint;
            sqlite3_exec(m_db, undo.c_str(), nullptr, nullptr, nullptr);
        }
        throw;
    }
    --m_transactionDepth;
    if (!outermost) {
        detail::exec(m_db, "RELEASE " + savepoint);
        return;
    }
    const int rc = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        // A deferred foreign key failing at COMMIT leaves the transaction open: undo it.
        const std::string message = sqlite3_errmsg(m_db);
        if (!sqlite3_get_autocommit(m_db)) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        }
        throw StorageError(detail::kindFor(rc), "could not save the changes: " + message);
    }
}

} // namespace glidepath::storage
