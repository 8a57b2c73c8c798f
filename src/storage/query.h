#pragma once

// Private to glidepath_storage: the one way the repositories talk to either backend. SQL is
// written once, portably, with ? placeholders (translated to $1, $2, ... for the server); where
// the two dialects must differ, Session says which backend it is and the repository branches
// in one place. Values are bound and read the same way on both.

#include "pg_connection.h"
#include "statement.h"

#include <glidepath/storage/storage_error.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace glidepath::storage::detail {

enum class Backend
{
    Sqlite,
    Server
};

// One open connection of a Database: an SQLite handle or a clinic server's PgConnection (not
// owned). Holds the server's prepared statements, one per distinct SQL text.
class Session
{
public:
    explicit Session(sqlite3* db) : m_sqlite(db) {}
    explicit Session(PgConnection* server) : m_server(server) {}
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    Backend backend() const { return m_server ? Backend::Server : Backend::Sqlite; }
    bool isServer() const { return m_server != nullptr; }
    sqlite3* sqlite() const { return m_sqlite; }
    PgConnection& server() const { return *m_server; }

    // The name of the server's prepared statement for this (already translated) SQL, preparing
    // it on first use.
    const std::string& prepared(const std::string& serverSql, int parameterCount);

    // expr compared and sorted ignoring case: COLLATE NOCASE (ASCII letters) on SQLite, lower()
    // on the server (every letter; its indexes are on lower()). Both sides of a comparison take
    // it: nocase("name") + " = " + nocase("?").
    std::string nocase(std::string_view expr) const
    {
        return m_server ? "lower(" + std::string(expr) + ")"
                        : std::string(expr) + " COLLATE NOCASE";
    }

    // Runs statements that return no rows and take no parameters.
    void exec(std::string_view sql);

private:
    sqlite3* m_sqlite = nullptr;
    PgConnection* m_server = nullptr;
    std::unordered_map<std::string, std::string> m_prepared;
};

// "?" placeholders as $1, $2, ... ("?3" as $3) outside string literals, quoted names and
// comments; sets count to the number of parameters.
std::string toServerPlaceholders(std::string_view sql, int& count);
// sql with every numbered placeholder "?N" renumbered to "?N+by", so that statements numbered
// from ?1 each can share one parameter list (std::logic_error for a bare "?").
std::string renumberPlaceholders(std::string_view sql, int by);

// How the server plans a statement: Once, prepared on first use and reused (the server may
// then settle on one plan for every value); or EachRun, planned afresh with the values bound,
// for statements whose best plan depends on them (a search for a rare word and for a common
// one need different plans: one reads the search index, the other walks the table in order).
// SQLite plans every statement once either way.
enum class Planning
{
    Once,
    EachRun
};

// A statement on either backend; the interface of Statement. On the server the statement runs
// at the first step() or run(), with the values bound so far; reset() makes it ready to run
// again with new values.
class Query
{
public:
    Query(Session* db, std::string_view sql, Planning planning = Planning::Once);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(int index, std::int64_t value);
    Query& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Query& bind(int index, bool value) { return bind(index, value ? 1 : 0); }
    Query& bind(int index, double value);
    Query& bind(int index, std::string_view value);
    Query& bind(int index, const std::string& value)
    {
        return bind(index, std::string_view(value));
    }
    Query& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Query& bind(int index, const std::vector<unsigned char>& bytes);
    Query& bindNull(int index);
    // Empty text is stored as NULL (for optional references such as easier/harder).
    Query& bindOptional(int index, std::string_view value);
    Query& bindOptional(int index, const std::optional<std::int64_t>& value);

    bool step();
    void run();
    // Runs an INSERT ... RETURNING id (portable: SQLite has RETURNING since 3.35) and gives the
    // new row's id.
    std::int64_t insertedId();
    void reset();
    // How many rows the last run inserted, changed or deleted.
    std::int64_t changes() const { return m_changes; }

    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::string text(int column) const; // NULL reads as ""
    bool isNull(int column) const;

    // The result's shape, for copying rows column by column (on the server this runs the
    // statement if it has not run yet).
    int columnCount();
    std::string columnName(int column);
    enum class Type
    {
        Null,
        Integer,
        Real,
        Text,
        Blob
    };
    Type type(int column) const;
    std::vector<unsigned char> blob(int column) const;

private:
    void execute();

    Session* m_db;
    std::unique_ptr<Statement> m_sqlite;
    // The server's side: translated SQL, parameters by position, the result and the row read.
    std::string m_serverSql;
    std::vector<PgParam> m_params;
    std::optional<PgResult> m_result;
    Planning m_planning = Planning::Once;
    int m_row = -1;
    std::int64_t m_changes = 0;
};

// The first column of the first row, or nullopt when there is no row.
std::optional<std::int64_t> queryInt(Session* db, std::string_view sql);

} // namespace glidepath::storage::detail
