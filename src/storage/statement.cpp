#include "statement.h"

#include <cerrno>

namespace glidepath::storage::detail {

StorageError::Kind kindFor(int resultCode)
{
    switch (resultCode & 0xFF) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StorageError::Kind::Corrupt;
    case SQLITE_CONSTRAINT:
        return StorageError::Kind::Conflict;
    case SQLITE_READONLY:
        return StorageError::Kind::ReadOnlyDatabase;
    case SQLITE_FULL:
        return StorageError::Kind::DiskFull;
    default:
        return StorageError::Kind::Io;
    }
}

StorageError::Kind kindFor(sqlite3* db, int resultCode)
{
    // A full disk often surfaces as a plain I/O error from the write that failed.
    if ((resultCode & 0xFF) == SQLITE_IOERR && db && sqlite3_system_errno(db) == ENOSPC) {
        return StorageError::Kind::DiskFull;
    }
    if ((resultCode & 0xFF) == SQLITE_IOERR && db &&
        (sqlite3_system_errno(db) == EROFS || sqlite3_system_errno(db) == EACCES)) {
        return StorageError::Kind::ReadOnlyDatabase;
    }
    return kindFor(resultCode);
}

std::string describe(sqlite3* db, int resultCode)
{
    switch (kindFor(db, resultCode)) {
    case StorageError::Kind::DiskFull:
        return "the disk is full (free some space and try again; nothing was saved)";
    case StorageError::Kind::ReadOnlyDatabase:
        return "the database or its folder is read-only (nothing was saved)";
    default:
        return db ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode);
    }
}

void throwSqlite(sqlite3* db, int resultCode, std::string_view context)
{
    std::string message(context);
    message += ": ";
    message += describe(db, resultCode);
    throw StorageError(kindFor(db, resultCode), message);
}

namespace {

// The code that still speaks to SQLite alone (the exercise library and its search) given a
// clinic server's Database, whose handle() is null: a clear refusal, not a crash.
void requireFile(sqlite3* db)
{
    if (db == nullptr) {
        throw StorageError(StorageError::Kind::ClinicServer,
                           "the exercise library works on a database file only in this version; "
                           "the clinic server does not hold it yet (nothing was changed)");
    }
}

} // namespace

void exec(sqlite3* db, std::string_view sql)
{
    requireFile(db);
    const std::string text(sql);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const auto kind = kindFor(db, rc);
        const bool plain =
            kind == StorageError::Kind::DiskFull || kind == StorageError::Kind::ReadOnlyDatabase;
        const std::string message =
            plain ? describe(db, rc) : (error ? error : std::string(sqlite3_errstr(rc)));
        sqlite3_free(error);
        throw StorageError(kind, "database statement failed: " + message);
    }
}

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db)
{
    requireFile(db);
    const int rc =
        sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        throwSqlite(db, rc, "cannot prepare a database statement");
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

namespace {

void check(sqlite3* db, int rc)
{
    if (rc != SQLITE_OK) {
        throwSqlite(db, rc, "cannot bind a value");
    }
}

} // namespace

Statement& Statement::bind(int index, std::int64_t value)
{
    check(m_db, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(m_db, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    // An empty string_view may have no data pointer, which SQLite would store as NULL.
    const char* data = value.data() ? value.data() : "";
    check(m_db,
          sqlite3_bind_text64(m_stmt, index, data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindBlob(int index, const std::vector<unsigned char>& bytes)
{
    check(m_db, sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    check(m_db, sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bindOptional(int index, std::string_view value)
{
    return value.empty() ? bindNull(index) : bind(index, value);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    // sqlite3_step leaves the detailed message on the connection; reset would replace it.
    throwSqlite(m_db, rc, "database query failed");
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data) {
        return {};
    }
    return std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

int Statement::type(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

std::vector<unsigned char> Statement::blob(int column) const
{
    const auto* bytes = static_cast<const unsigned char*>(sqlite3_column_blob(m_stmt, column));
    return {bytes, bytes + static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

std::string Statement::columnName(int column) const
{
    return sqlite3_column_name(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::optional<std::int64_t> queryInt(sqlite3* db, std::string_view sql)
{
    Statement statement(db, sql);
    if (!statement.step()) {
        return std::nullopt;
    }
    return statement.int64(0);
}

} // namespace glidepath::storage::detail
