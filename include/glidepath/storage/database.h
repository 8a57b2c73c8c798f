#pragma once

#include <glidepath/storage/storage_error.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

struct sqlite3;

namespace glidepath::storage {

// One SQLite file per user. Opening creates the file (mode 0600) when missing and migrates it to
// the current schema by PRAGMA user_version, each step in its own transaction. A file that is not
// a Glidepath database, is corrupt, or comes from a newer version throws StorageError and is left
// byte-for-byte untouched. WAL journal, foreign keys on, synchronous=FULL.
class Database
{
public:
    static std::unique_ptr<Database> open(const std::filesystem::path& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int currentSchemaVersion();
    int schemaVersion() const;
    const std::filesystem::path& path() const { return m_path; }

    // PRAGMA integrity_check and foreign_key_check; empty when all is well.
    std::vector<std::string> integrityProblems() const;

    // Runs work inside BEGIN IMMEDIATE ... COMMIT; any exception rolls back and is rethrown.
    // Nested calls join the outer transaction.
    void transaction(const std::function<void()>& work);

    sqlite3* handle() const { return m_db; }

private:
    Database(sqlite3* db, std::filesystem::path path);

    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
    int m_transactionDepth = 0;
};

// Where the database lives when neither --database nor GLIDEPATH_DB says otherwise:
// $XDG_DATA_HOME/glidepath/glidepath.db, falling back to ~/.local/share/glidepath/glidepath.db.
std::filesystem::path defaultDatabasePath();

// --database PATH wins, then the GLIDEPATH_DB environment variable, then defaultDatabasePath().
std::filesystem::path resolveDatabasePath(const std::string& commandLinePath);

} // namespace glidepath::storage
