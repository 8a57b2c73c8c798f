#include "database_file.h"
#include "pg_migrations.h"
#include "query.h"
#include "server_rights.h"
#include "statement.h"

#include <glidepath/storage/backup.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/migrations.h>
#include <glidepath/storage/server_url.h>

namespace glidepath::storage {

namespace fs = std::filesystem;

using detail::quoted;

namespace {

constexpr int kBusyTimeoutMs = 5000;

// Whether the login may add, change and delete records (the rule in server_rights.h).
bool serverLoginMayWrite(detail::PgConnection& server)
{
    const detail::PgResult result = server.exec(detail::kLoginMayWriteSql);
    return result.rows() == 1 && result.text(0, 0) == "t";
}

sqlite3* openConnection(const std::string& target, int flags, const fs::path& shown)
{
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(target.c_str(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        sqlite3_close_v2(raw);
        throw StorageError(detail::kindFor(rc), "cannot open " + quoted(shown) + ": " + message);
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    // Defensive mode: the schema cannot be corrupted through SQL (writable_schema and friends).
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    return raw;
}

void setUpWriter(sqlite3* raw, const fs::path& path)
{
    // secure_delete: deleted health data is overwritten, not left in free pages of the file.
    detail::exec(raw, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; "
                      "PRAGMA secure_delete = ON");
    detail::Statement journal(raw, "PRAGMA journal_mode = WAL");
    if (!journal.step() || journal.text(0) != "wal") {
        throw StorageError(StorageError::Kind::Io,
                           "cannot switch " + quoted(path) + " to write-ahead logging");
    }
    journal.reset();
    // journal_mode sets synchronous back for WAL on some builds; state it again after.
    detail::exec(raw, "PRAGMA synchronous = FULL");
}

// A reader while another process writes: the URI keeps SQLite from writing anything at all,
// not even the shared-memory index (readonly_shm), so a writer whose own POSIX locks were lost
// cannot be disturbed; without a -wal file, or in a folder that cannot be written, the file
// alone holds the content.
std::string readerTarget(const fs::path& path, bool otherWriter, bool retryImmutable)
{
    if (retryImmutable) {
        return detail::fileUri(path) + "?immutable=1";
    }
    return detail::fileUri(path) + (otherWriter ? "?mode=ro&readonly_shm=1" : "?mode=ro");
}

} // namespace

int Database::currentSchemaVersion()
{
    return migrations().back().version;
}

std::unique_ptr<Database> Database::open(const fs::path& path, const OpenOptions& options)
{
    // Never a file name: "postgresql://..." would become a folder "postgresql:" beside us.
    if (isServerUrl(path.string())) {
        throw StorageError(StorageError::Kind::ClinicServer,
                           shownServerAddress(path.string()) +
                               " is a clinic server, not a database file: it is opened as a "
                               "server (Database::openAddress); nothing was changed");
    }
    std::error_code error;
    const auto status = fs::status(path, error);
    const bool exists = fs::exists(status);
    if (exists && !fs::is_regular_file(status)) {
        throw StorageError(StorageError::Kind::Io, quoted(path) + " is not a regular file");
    }
    if (!exists && (options.access == Access::ReadOnly || !options.create)) {
        throw StorageError(StorageError::Kind::NotFound, "there is no database at " + quoted(path));
    }

    if (options.access == Access::ReadOnly) {
        const detail::InspectResult found = detail::inspect(path, false);
        std::optional<LockHolder> writer = DatabaseLock::holder(path);
        if (found.state == detail::FileState::Empty ||
            found.schemaVersion < currentSchemaVersion()) {
            if (writer) {
                throw StorageError(StorageError::Kind::Locked,
                                   "the database " + quoted(path) +
                                       " needs an upgrade, which cannot happen while it is open "
                                       "in " +
                                       writer->describe());
            }
            // Bring it up to date once, then read it like any other.
            OpenOptions upgrade = options;
            upgrade.access = Access::ReadWrite;
            Database::open(path, upgrade);
        }
        sqlite3* raw = nullptr;
        try {
            raw = openConnection(readerTarget(path, writer.has_value(), false),
                                 SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, path);
            detail::queryInt(raw, "PRAGMA user_version");
        } catch (const StorageError&) {
            sqlite3_close_v2(raw);
            raw = nullptr;
            // No -shm beside the file and none can be made (a read-only folder): nobody can be
            // writing there either, so the file can be read as it is.
            raw = openConnection(readerTarget(path, false, true),
                                 SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, path);
        }
        std::unique_ptr<Database> database(new Database(raw, path));
        sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        detail::exec(raw, "PRAGMA query_only = ON");
        database->m_otherWriter = std::move(writer);
        database->m_readOnly = true;
        return database;
    }

    if (!exists) {
        detail::createPrivateFile(path);
    }
    // A file that is not ours is refused before anything, not even a lock file, is made for it.
    const detail::InspectResult found = detail::inspect(path, false);
    std::unique_ptr<DatabaseLock> lock =
        DatabaseLock::acquire(path, options.program, options.lockWait);
    if (!lock->previousShutdownClean() && found.state == detail::FileState::Glidepath) {
        detail::inspect(path, true); // the last writer crashed: read the whole file first
    }
    if (options.backupBeforeUpgrade && found.state == detail::FileState::Glidepath &&
        found.schemaVersion < currentSchemaVersion()) {
        backupBeforeUpgrade(path, found.schemaVersion);
    }

    sqlite3* raw = openConnection(path.string(), SQLITE_OPEN_READWRITE, path);
    std::unique_ptr<Database> database(new Database(raw, path));
    database->m_lock = std::move(lock);
    setUpWriter(raw, path);
    migrate(raw, currentSchemaVersion());
    return database;
}

Database::Database(sqlite3* db, fs::path path)
    : m_db(db), m_session(std::make_unique<detail::Session>(db)), m_path(std::move(path))
{}

Database::Database(std::unique_ptr<detail::PgConnection> server, const ServerUrl& url)
    : m_server(std::move(server)), m_session(std::make_unique<detail::Session>(m_server.get())),
      m_path(url.toString())
{}

std::unique_ptr<Database> Database::open(const ServerUrl& server, const OpenOptions& options)
{
    return open(ServerLogin{server, {}}, options);
}

std::unique_ptr<Database> Database::open(const ServerLogin& login, const OpenOptions& options)
{
    const ServerUrl& server = login.url;
    auto connection = std::make_unique<detail::PgConnection>(login);
    if (options.access == Access::ReadOnly) {
        const int found = detail::serverSchemaVersion(*connection);
        const int current = detail::currentServerSchemaVersion();
        // A reader never migrates, so say what would bring the database to the version read.
        const std::string where = "the clinic server's database " + server.toString();
        if (found == 0) {
            throw StorageError(StorageError::Kind::NotGlidepath,
                               where + " is not set up for Glidepath yet; it is set up the first "
                                       "time it is opened to change something (the app, or a "
                                       "glidepath-cli command that writes) by a login that may "
                                       "write. Nothing was changed");
        }
        if (found < current) {
            throw StorageError(StorageError::Kind::NotGlidepath,
                               where + " was set up by an older Glidepath (schema version " +
                                   std::to_string(found) + "; this version reads " +
                                   std::to_string(current) +
                                   "); it is brought up to date the first time this version "
                                   "opens it to change something. Nothing was changed");
        }
        if (found > current) {
            throw StorageError(StorageError::Kind::TooNew,
                               where + " was set up by a newer Glidepath (schema version " +
                                   std::to_string(found) + "; this version reads " +
                                   std::to_string(current) +
                                   "); install the newer Glidepath. Nothing was changed");
        }
        // Every transaction of this session is read-only: the server refuses any write.
        connection->exec("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    } else {
        detail::migrateServer(*connection);
    }
    std::unique_ptr<Database> database(new Database(std::move(connection), server));
    database->m_readOnly = options.access == Access::ReadOnly;
    database->m_loginMayWrite = database->m_readOnly || serverLoginMayWrite(*database->m_server);
    return database;
}

bool Database::connectionLost() const
{
    return m_server && m_server->isLost();
}

void Database::reconnect()
{
    if (!m_server) {
        return;
    }
    m_server->reconnect();
    // The server forgot this session's prepared statements with the old connection.
    m_session = std::make_unique<detail::Session>(m_server.get());
    m_transactionDepth = 0;
    if (m_readOnly) {
        m_server->exec("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    }
}

std::unique_ptr<Database> Database::openAddress(const std::string& address,
                                                const OpenOptions& options)
{
    if (isServerUrl(address)) {
        return open(parseServerUrl(address), options);
    }
    return open(fs::path(address), options);
}

Database::~Database()
{
    m_session.reset();
    m_server.reset();
    sqlite3_close_v2(m_db);
    m_lock.reset(); // only now: the closing checkpoint above ran under the lock
}

int Database::schemaVersion() const
{
    if (m_server) {
        return detail::serverSchemaVersion(*m_server);
    }
    return static_cast<int>(detail::queryInt(m_db, "PRAGMA user_version").value_or(0));
}

std::vector<std::string> Database::integrityProblems() const
{
    std::vector<std::string> problems;
    if (m_server) {
        return problems;
    }
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

void Database::serverTransaction(const std::function<void()>& work, bool serializable)
{
    // The outermost call: SERIALIZABLE, so that concurrent desks' transactions act as if one ran
    // after the other (as BEGIN IMMEDIATE makes SQLite's writers do), and a conflict between them
    // is a serialization failure that the next attempt resolves.
    if (m_transactionDepth == 0) {
        const std::string isolation =
            std::string(serializable ? "SERIALIZABLE" : "READ COMMITTED") +
            (m_readOnly ? " READ ONLY" : "");
        try {
            m_server->transaction(
                [&] {
                    ++m_transactionDepth;
                    try {
                        work();
                    } catch (...) {
                        --m_transactionDepth;
                        throw;
                    }
                    --m_transactionDepth;
                },
                kServerAttempts, isolation);
        } catch (const ServerError& error) {
            if (!error.retryable()) {
                throw;
            }
            // Given up after every attempt: said in plain words (the server's are about
            // transactions and pivots), keeping the SQLSTATE for code that asks.
            throw ServerError(error.kind(),
                              "other desks kept saving the same records at the same moment, "
                              "so this save was given up after " +
                                  std::to_string(kServerAttempts) +
                                  " attempts; nothing was saved. Save it again.",
                              error.sqlState());
        }
        return;
    }
    const std::string savepoint = "nested_" + std::to_string(m_transactionDepth);
    m_server->exec("SAVEPOINT " + savepoint);
    ++m_transactionDepth;
    try {
        work();
    } catch (const ServerError& error) {
        --m_transactionDepth;
        // A failure the outer transaction must retry ends it; undoing to the savepoint would hide
        // that from the retry loop.
        if (!error.retryable()) {
            m_server->execScript("ROLLBACK TO " + savepoint + "; RELEASE " + savepoint);
        }
        throw;
    } catch (...) {
        --m_transactionDepth;
        m_server->execScript("ROLLBACK TO " + savepoint + "; RELEASE " + savepoint);
        throw;
    }
    --m_transactionDepth;
    m_server->exec("RELEASE " + savepoint);
}

void Database::lockedTransaction(const std::function<void()>& work)
{
    if (m_server) {
        serverTransaction(work, false);
        return;
    }
    transaction(work);
}

void Database::transaction(const std::function<void()>& work)
{
    if (m_server) {
        serverTransaction(work);
        return;
    }
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
        const auto kind = detail::kindFor(m_db, rc);
        const std::string message = detail::describe(m_db, rc);
        if (!sqlite3_get_autocommit(m_db)) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        }
        throw StorageError(kind, "could not save the changes: " + message);
    }
}

} // namespace glidepath::storage
