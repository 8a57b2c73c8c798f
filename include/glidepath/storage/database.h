#pragma once

#include <glidepath/storage/database_lock.h>
#include <glidepath/storage/server_login.h>
#include <glidepath/storage/server_url.h>
#include <glidepath/storage/storage_error.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace glidepath::storage {

namespace detail {
class Session;
class PgConnection;
} // namespace detail

enum class Access
{
    ReadWrite, // the one writer: holds the database's DatabaseLock while open
    ReadOnly   // reads only; never checkpoints, never migrates someone else's open file
};

struct OpenOptions
{
    Access access = Access::ReadWrite;
    // Create the file (and its folders, mode 0700) when it is missing; otherwise a missing file
    // throws StorageError(Kind::NotFound).
    bool create = true;
    // Written into the lock file so that others can say who holds the database.
    std::string program = "Glidepath";
    // How long a writer waits for another writer (a short command-line import, say) to finish.
    std::chrono::milliseconds lockWait{2000};
    // Make a copy in the backups folder before upgrading an older schema (see backup.h).
    bool backupBeforeUpgrade = true;
};

// One SQLite file per user. Opening for writing takes the database's lock (DatabaseLock), creates
// the file (mode 0600) when missing and migrates it to the current schema by PRAGMA user_version,
// each step in its own transaction, after copying the old file to the backups folder. A file that
// is not a Glidepath database, is corrupt, or comes from a newer version throws StorageError and
// is left byte-for-byte untouched. The whole file is checked only when the last writer did not
// close it cleanly. WAL journal, foreign keys on, synchronous=FULL, secure_delete on.
//
// Opening for reading works while another process writes (reading through its WAL passively),
// and in folders that cannot be written.
//
// Or a clinic's PostgreSQL server (docs/clinic-server.md): the same repositories work on both,
// and nothing above storage needs to know which one it has. Operations that only make sense for a
// file (backupTo, restoreFrom) throw StorageError(Kind::ClinicServer) on a server, saying what to
// use instead.
class Database
{
public:
    // A file. A postgresql:// address is refused (Kind::ClinicServer) and nothing is made for it:
    // a program that can work with a server says so by calling openAddress or the overload below.
    static std::unique_ptr<Database> open(const std::filesystem::path& path,
                                          const OpenOptions& options = {});
    // A clinic server: connects, and for writing brings the server's schema up to date in one
    // transaction under an advisory lock (so that of several desks starting at once one migrates);
    // a newer schema throws Kind::TooNew and a database holding other tables Kind::NotGlidepath,
    // both leaving it untouched. Access::ReadOnly migrates nothing and refuses every write;
    // create, lockWait and backupBeforeUpgrade do not apply (the server has its own backups).
    static std::unique_ptr<Database> open(const ServerUrl& server, const OpenOptions& options = {});
    // The same with a password typed by the person (server_login.h), kept in memory only.
    static std::unique_ptr<Database> open(const ServerLogin& login,
                                          const OpenOptions& options = {});
    // A file or, for a postgresql:// address, a clinic server.
    static std::unique_ptr<Database> openAddress(const std::string& address,
                                                 const OpenOptions& options = {});

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int currentSchemaVersion();
    // The file's schema version, or the server's (numbered on its own; see pg_migrations.h).
    int schemaVersion() const;
    // The file, or the server's address (without any secret) for messages.
    const std::filesystem::path& path() const { return m_path; }
    bool isServer() const { return m_server != nullptr; }

    // PRAGMA integrity_check and foreign_key_check; empty when all is well. Always empty on a
    // server, which checks every constraint on every write and has no file to damage.
    std::vector<std::string> integrityProblems() const;

    bool isReadOnly() const { return m_readOnly; }
    // Whether this connection may save anything: false when opened read-only, and on a server
    // whose login may only read (a role given SELECT alone, a standby), found once on opening.
    // Lets the app switch off what would write, instead of letting the server refuse each save.
    bool canWrite() const { return !m_readOnly && m_loginMayWrite; }

    // A clinic server's connection broke (the server restarted, an administrator ended it, the
    // network went): every statement fails with Kind::Io until reconnect(). Never on a file.
    bool connectionLost() const;
    // Connects to the server again with the same login, as opened (read-only stays read-only);
    // throws StorageError(Kind::Io) when it still cannot be reached. Only between transactions.
    // Nothing on a file.
    void reconnect();
    // Who else writes the database, for a read-only connection opened while they did.
    const std::optional<LockHolder>& otherWriter() const { return m_otherWriter; }

    // A complete, consistent copy of the database as of now (SQLite's online backup), written
    // to `target` (mode 0600) through a temporary file and a rename, then checked. Works while
    // another process writes. An existing `target` is replaced only once the copy is complete.
    void backupTo(const std::filesystem::path& target) const;

    // Replaces the whole content with that of the backup `source` (a Glidepath database, not
    // newer than this version, passing the integrity check) in one step, then brings it to the
    // current schema. Needs a writable database.
    void restoreFrom(const std::filesystem::path& source);

    // Runs work inside BEGIN IMMEDIATE ... COMMIT; any exception rolls back and is rethrown.
    // Nested calls join the outer transaction. On a server the transaction is SERIALIZABLE and
    // runs work again after a serialization failure or deadlock (another desk's write in the
    // way), a few times at most, so work must do nothing but database work.
    void transaction(const std::function<void()>& work);
    // The same for a save that only adds rows and numbers them from what is stored (plan
    // versions): on a server it runs at READ COMMITTED, and work's first statement takes a lock
    // of its own (pg_advisory_xact_lock) that queues the saves it would collide with, so each
    // reads what the one before it committed and none fails a serializable check. On a file, and
    // inside another transaction, it is transaction(work).
    void lockedTransaction(const std::function<void()>& work);

    // The SQLite handle, for SQLite-only code and tests; nullptr on a server.
    sqlite3* handle() const { return m_db; }
    // Private to storage (query.h): the connection the repositories run their statements on.
    detail::Session* session() const { return m_session.get(); }

private:
    Database(sqlite3* db, std::filesystem::path path);
    Database(std::unique_ptr<detail::PgConnection> server, const ServerUrl& url);
    void serverTransaction(const std::function<void()>& work, bool serializable = true);

    // Attempts of a server transaction in all, when other desks' writes keep getting in the way.
    static constexpr int kServerAttempts = 10;

    sqlite3* m_db = nullptr;
    std::unique_ptr<detail::PgConnection> m_server;
    std::unique_ptr<detail::Session> m_session;
    bool m_readOnly = false;
    bool m_loginMayWrite = true;
    std::filesystem::path m_path;
    int m_transactionDepth = 0;
    // Declared after m_db is closed in the destructor's body; released last, so that the closing
    // checkpoint happens while this process still holds the lock.
    std::unique_ptr<DatabaseLock> m_lock;
    std::optional<LockHolder> m_otherWriter;
};

// Where the database lives when neither --database nor GLIDEPATH_DB says otherwise:
// $XDG_DATA_HOME/glidepath/glidepath.db, falling back to ~/.local/share/glidepath/glidepath.db.
std::filesystem::path defaultDatabasePath();

// --database PATH wins, then the GLIDEPATH_DB environment variable, then defaultDatabasePath().
std::filesystem::path resolveDatabasePath(const std::string& commandLinePath);

} // namespace glidepath::storage
