#pragma once

// Private to glidepath_storage: a thin RAII layer over libpq, like statement.h over SQLite. Only
// parameterised statements carry values (text parameters, typed by the server from the column
// they go into); every failure becomes a ServerError with the server's message and SQLSTATE.

#include <glidepath/storage/server_login.h>
#include <glidepath/storage/server_url.h>
#include <glidepath/storage/storage_error.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace glidepath::storage::detail {

// One parameter: text in the server's input syntax, or nullopt for NULL.
using PgParam = std::optional<std::string>;

class PgResult
{
public:
    explicit PgResult(pg_result* result) : m_result(result) {}
    ~PgResult();
    PgResult(PgResult&& other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    PgResult& operator=(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    std::string text(int row, int column) const; // NULL reads as ""
    std::int64_t int64(int row, int column) const;
    double real(int row, int column) const;
    // The column's type as the server names it in pg_type (int8, float8, text, ...).
    enum class Type
    {
        Integer,
        Real,
        Text
    };
    Type type(int column) const;
    pg_result* raw() const { return m_result; }

private:
    pg_result* m_result;
};

class PgConnection
{
public:
    // Connects; a failure throws ServerError(Kind::Io) naming the server (never a password).
    explicit PgConnection(const ServerUrl& url);
    // With a typed password (server_login.h): it goes to libpq and nowhere else. A login that
    // needs a password it was not given, or whose password is refused, throws ServerError with
    // sqlState() == kPasswordSqlState.
    explicit PgConnection(const ServerLogin& login);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    const ServerUrl& url() const { return m_url; }

    // One statement with $1, $2, ... parameters.
    PgResult exec(std::string_view sql, const std::vector<PgParam>& params = {});
    // A fixed script of several statements without parameters (schema steps).
    void execScript(std::string_view sql);
    // Prepares a named statement for execPrepared (many rows of one shape); errors name it, so
    // name it after what it writes.
    void prepare(const std::string& name, std::string_view sql, int parameterCount);
    PgResult execPrepared(const std::string& name, const std::vector<PgParam>& params);

    // Runs work in BEGIN ... COMMIT (isolation as given, e.g. "REPEATABLE READ READ ONLY");
    // any exception rolls back and is rethrown. A serialization failure or deadlock (SQLSTATE
    // 40001, 40P01), in work or at COMMIT, rolls back and runs work again, at most maxAttempts
    // times in all, so work must do nothing but database work. Inside a transaction already,
    // work joins it (the outer call retries).
    void transaction(const std::function<void()>& work, int maxAttempts = kDefaultAttempts,
                     std::string_view isolation = {});
    bool inTransaction() const;
    // Statements sent to the server so far (each a round trip): tests check that a keystroke's
    // search costs what it should.
    std::uint64_t roundTrips() const { return m_roundTrips; }

    // The server closed the connection or it broke (a restart, pg_terminate_backend, the
    // network): every statement fails until reconnect().
    bool isLost() const;
    // Connects again with the same settings (and the password libpq already holds); throws
    // ServerError(Kind::Io) when the server still cannot be reached. Prepared statements and
    // session settings are gone with the old connection: the caller prepares again.
    void reconnect();

    static constexpr int kDefaultAttempts = 3;

private:
    void setUpSession();
    [[noreturn]] void fail(pg_result* result, std::string_view context) const;
    PgResult check(pg_result* result, std::string_view context) const;

    pg_conn* m_conn = nullptr;
    ServerUrl m_url;
    std::uint64_t m_roundTrips = 0;
};

// Maps an SQLSTATE to the StorageError kind a caller can act on.
StorageError::Kind kindForSqlState(std::string_view sqlState);

// An identifier from the schema (a table or column name), double-quoted for SQL. Only names of
// letters, digits and underscores are accepted: these never come from users.
std::string quotedIdentifier(std::string_view name);

} // namespace glidepath::storage::detail
