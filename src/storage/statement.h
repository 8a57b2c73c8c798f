#pragma once

// Private to glidepath_storage: a thin RAII layer over sqlite3 prepared statements. Every error
// becomes a StorageError carrying SQLite's own message.

#include <glidepath/storage/storage_error.h>

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::storage::detail {

// Maps an SQLite result code to the StorageError kind a caller can act on.
StorageError::Kind kindFor(int resultCode);
// The same, looking at the connection's errno to tell a full or read-only disk from other I/O.
StorageError::Kind kindFor(sqlite3* db, int resultCode);
// SQLite's message, or plain words for the failures a user can act on (full or read-only disk).
std::string describe(sqlite3* db, int resultCode);
[[noreturn]] void throwSqlite(sqlite3* db, int resultCode, std::string_view context);

// Runs one or more statements that return no rows.
void exec(sqlite3* db, std::string_view sql);

class Statement
{
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binding is by 1-based position; returns *this so calls chain.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, value ? 1 : 0); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value)
    {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bindBlob(int index, const std::vector<unsigned char>& bytes);
    Statement& bindNull(int index);
    // Empty text is stored as NULL (for optional references such as easier/harder).
    Statement& bindOptional(int index, std::string_view value);

    // True while there is a row to read.
    bool step();
    // Steps a statement that must not return rows.
    void run();
    void reset();

    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::string text(int column) const; // NULL reads as ""
    bool isNull(int column) const;
    // SQLite's storage class of the value: SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, ...
    int type(int column) const;
    std::vector<unsigned char> blob(int column) const;
    int columnCount() const;
    std::string columnName(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// The first column of the first row, or nullopt when there is no row.
std::optional<std::int64_t> queryInt(sqlite3* db, std::string_view sql);

} // namespace glidepath::storage::detail
