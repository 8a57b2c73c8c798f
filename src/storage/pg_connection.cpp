#include "pg_connection.h"

#include "libpq_api.h"

#include <glidepath/storage/server_login.h>
#include <glidepath/storage/server_probe.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <random>
#include <thread>

namespace glidepath::storage::detail {

namespace {

// pg_type oids of the built-in types the schema uses (src/include/catalog/pg_type.dat).
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kNumeric = 1700;

std::string trimmed(const char* text)
{
    std::string out = text ? text : "";
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) {
        out.pop_back();
    }
    return out;
}

std::string where(const ServerUrl& url)
{
    return url.toString();
}

} // namespace

StorageError::Kind kindForSqlState(std::string_view state)
{
    using Kind = StorageError::Kind;
    if (state == "53100") {
        return Kind::DiskFull;
    }
    if (state == "40001" || state == "40P01" || state == "23505") {
        return Kind::Conflict;
    }
    if (state.substr(0, 2) == "23" || state.substr(0, 2) == "22") {
        return Kind::Invalid; // a check, a foreign key, NOT NULL, a value of the wrong form
    }
    if (state == "42501" || state == "25006") {
        return Kind::ReadOnlyDatabase; // a read-only role, or a read-only transaction
    }
    if (state == "55P03") {
        return Kind::Locked;
    }
    return Kind::Io;
}

std::string quotedIdentifier(std::string_view name)
{
    const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
    if (!plain) {
        throw StorageError(StorageError::Kind::Invalid,
                           "not a schema name: \"" + std::string(name) + "\"");
    }
    return "\"" + std::string(name) + "\"";
}

PgResult::~PgResult()
{
    libpq().PQclear(m_result);
}

PgResult& PgResult::operator=(PgResult&& other) noexcept
{
    if (this != &other) {
        libpq().PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

int PgResult::rows() const
{
    return libpq().PQntuples(m_result);
}

int PgResult::columns() const
{
    return libpq().PQnfields(m_result);
}

bool PgResult::isNull(int row, int column) const
{
    return libpq().PQgetisnull(m_result, row, column) != 0;
}

std::string PgResult::text(int row, int column) const
{
    return std::string(libpq().PQgetvalue(m_result, row, column),
                       static_cast<std::size_t>(libpq().PQgetlength(m_result, row, column)));
}

std::int64_t PgResult::int64(int row, int column) const
{
    const std::string value = text(row, column);
    std::int64_t out = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (error != std::errc() || end != value.data() + value.size()) {
        throw StorageError(StorageError::Kind::Corrupt,
                           "the server sent \"" + value + "\" where a whole number belongs");
    }
    return out;
}

double PgResult::real(int row, int column) const
{
    const std::string value = text(row, column);
    double out = 0;
    // The server writes float8 in the shortest text that reads back to the same double
    // (extra_float_digits 1, the default since PostgreSQL 12), so this is exact.
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (error != std::errc() || end != value.data() + value.size()) {
        throw StorageError(StorageError::Kind::Corrupt,
                           "the server sent \"" + value + "\" where a number belongs");
    }
    return out;
}

PgResult::Type PgResult::type(int column) const
{
    switch (libpq().PQftype(m_result, column)) {
    case kInt2:
    case kInt4:
    case kInt8:
        return Type::Integer;
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return Type::Real;
    default:
        return Type::Text;
    }
}

PgConnection::PgConnection(const ServerUrl& url) : PgConnection(ServerLogin{url, {}}) {}

PgConnection::PgConnection(const ServerLogin& login) : m_url(login.url)
{
    const ServerUrl& url = login.url;
    // The typed password (if any) reaches libpq here and is kept nowhere else.
    const auto settings = libpqSettings(login);
    std::vector<const char*> keys;
    std::vector<const char*> values;
    for (const auto& setting : settings) {
        keys.push_back(setting.first.c_str());
        values.push_back(setting.second.c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = libpq().PQconnectdbParams(keys.data(), values.data(), 0);
    if (m_conn == nullptr || libpq().PQstatus(m_conn) != CONNECTION_OK) {
        const std::string message =
            m_conn ? trimmed(libpq().PQerrorMessage(m_conn)) : std::string("out of memory");
        // A login that wants a password (none typed, none in .pgpass) or refused the one given
        // carries SQLSTATE 28P01 (invalid_password), so that the app can ask for one.
        const ServerProbe::Reach reach =
            m_conn ? classifyConnectFailure(message, libpq().PQconnectionNeedsPassword(m_conn) != 0,
                                            libpq().PQconnectionUsedPassword(m_conn) != 0)
                   : ServerProbe::Reach::Other;
        const bool password = reach == ServerProbe::Reach::PasswordNeeded ||
                              reach == ServerProbe::Reach::WrongPassword;
        libpq().PQfinish(m_conn);
        m_conn = nullptr;
        throw ServerError(StorageError::Kind::Io,
                          "cannot connect to the clinic server " + where(url) + ": " + message,
                          password ? kPasswordSqlState : "");
    }
    setUpSession();
}

void PgConnection::setUpSession()
{
    // The server's notices ("already exists, skipping") are not for the user's terminal.
    libpq().PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
    // Times are compared and shown in UTC, as the SQLite database keeps them.
    check(libpq().PQexec(m_conn, "SET TIME ZONE 'UTC'"), "cannot set up the connection");
}

bool PgConnection::isLost() const
{
    return m_conn == nullptr || libpq().PQstatus(m_conn) == CONNECTION_BAD;
}

void PgConnection::reconnect()
{
    // PQreset keeps the settings the connection was made with, the typed password among them,
    // so nothing secret has to be kept elsewhere for this.
    libpq().PQreset(m_conn);
    if (libpq().PQstatus(m_conn) != CONNECTION_OK) {
        throw ServerError(StorageError::Kind::Io,
                          "cannot connect to the clinic server " + where(m_url) +
                              " again: " + trimmed(libpq().PQerrorMessage(m_conn)),
                          "");
    }
    setUpSession();
}

PgConnection::~PgConnection()
{
    libpq().PQfinish(m_conn);
}

void PgConnection::fail(pg_result* result, std::string_view context) const
{
    std::string state;
    std::string message;
    if (result != nullptr) {
        const char* code = libpq().PQresultErrorField(result, PG_DIAG_SQLSTATE);
        state = code ? code : "";
        message = trimmed(libpq().PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
        const std::string detail =
            trimmed(libpq().PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL));
        if (!detail.empty()) {
            message += " (" + detail + ")";
        }
        libpq().PQclear(result);
    }
    if (message.empty()) {
        message = trimmed(libpq().PQerrorMessage(m_conn));
    }
    const bool lost = libpq().PQstatus(m_conn) == CONNECTION_BAD;
    std::string text = std::string(context) + ": " + message;
    if (!state.empty()) {
        text += " [SQLSTATE " + state + "]";
    }
    if (lost) {
        text += "; the connection to " + where(m_url) + " was lost";
    }
    throw ServerError(state.empty() ? StorageError::Kind::Io : kindForSqlState(state), text, state);
}

PgResult PgConnection::check(pg_result* result, std::string_view context) const
{
    const ExecStatusType status = result ? libpq().PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        fail(result, context);
    }
    return PgResult(result);
}

namespace {

struct ParamArrays
{
    explicit ParamArrays(const std::vector<PgParam>& params)
    {
        values.reserve(params.size());
        for (const PgParam& param : params) {
            values.push_back(param ? param->c_str() : nullptr);
        }
    }
    int count() const { return static_cast<int>(values.size()); }
    std::vector<const char*> values;
};

std::string firstLine(std::string_view sql)
{
    const auto start = sql.find_first_not_of(" \n");
    sql = start == std::string_view::npos ? std::string_view() : sql.substr(start);
    return std::string(sql.substr(0, std::min<std::size_t>(sql.find('\n'), 60)));
}

} // namespace

PgResult PgConnection::exec(std::string_view sql, const std::vector<PgParam>& params)
{
    const std::string statement(sql);
    const ParamArrays arrays(params);
    ++m_roundTrips;
    return check(libpq().PQexecParams(m_conn, statement.c_str(), arrays.count(), nullptr,
                                      arrays.values.data(), nullptr, nullptr, 0),
                 "the clinic server refused \"" + firstLine(sql) + "\"");
}

void PgConnection::execScript(std::string_view sql)
{
    const std::string script(sql);
    ++m_roundTrips;
    check(libpq().PQexec(m_conn, script.c_str()), "the clinic server refused a schema step");
}

void PgConnection::prepare(const std::string& name, std::string_view sql, int parameterCount)
{
    const std::string statement(sql);
    ++m_roundTrips;
    check(libpq().PQprepare(m_conn, name.c_str(), statement.c_str(), parameterCount, nullptr),
          "the clinic server refused \"" + firstLine(sql) + "\"");
}

PgResult PgConnection::execPrepared(const std::string& name, const std::vector<PgParam>& params)
{
    const ParamArrays arrays(params);
    ++m_roundTrips;
    return check(libpq().PQexecPrepared(m_conn, name.c_str(), arrays.count(), arrays.values.data(),
                                        nullptr, nullptr, 0),
                 "the clinic server refused a row of " + name);
}

bool PgConnection::inTransaction() const
{
    return libpq().PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

namespace {

// Before running a transaction again after a serialization failure: a random wait that grows with
// each attempt, so that the desks whose transactions collided do not collide again at once (the
// clinic load benchmark gave up on one write in twelve when every desk retried straight away).
void backOff(int attempt)
{
    thread_local std::minstd_rand random{std::random_device{}()};
    const int ceilingMs = std::min(2 << std::min(attempt, 6), 100);
    std::uniform_int_distribution<int> wait(1, ceilingMs);
    std::this_thread::sleep_for(std::chrono::milliseconds(wait(random)));
}

} // namespace

void PgConnection::transaction(const std::function<void()>& work, int maxAttempts,
                               std::string_view isolation)
{
    if (inTransaction()) {
        work();
        return;
    }
    const std::string begin = isolation.empty() ? std::string("BEGIN")
                                                : "BEGIN ISOLATION LEVEL " + std::string(isolation);
    for (int attempt = 1;; ++attempt) {
        try {
            exec(begin);
            work();
            // COMMIT of a transaction an error already ended answers ROLLBACK, not an error:
            // that happens when work caught a failure and carried on, and nothing was saved.
            const PgResult committed = exec("COMMIT");
            if (std::string_view(libpq().PQcmdStatus(committed.raw())) == "ROLLBACK") {
                throw ServerError(StorageError::Kind::Io,
                                  "the clinic server rolled the changes back after an earlier "
                                  "error; nothing was saved",
                                  "");
            }
            return;
        } catch (const ServerError& error) {
            // ROLLBACK on a lost connection fails too; what counts is the error that came first.
            libpq().PQclear(libpq().PQexec(m_conn, "ROLLBACK"));
            const bool connected = libpq().PQstatus(m_conn) == CONNECTION_OK;
            if (!error.retryable() || !connected || attempt >= maxAttempts) {
                throw;
            }
            backOff(attempt);
        } catch (...) {
            libpq().PQclear(libpq().PQexec(m_conn, "ROLLBACK"));
            throw;
        }
    }
}

} // namespace glidepath::storage::detail
