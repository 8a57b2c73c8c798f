#include "query.h"

#include "libpq_api.h"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <stdexcept>

namespace glidepath::storage::detail {

const std::string& Session::prepared(const std::string& serverSql, int parameterCount)
{
    const auto found = m_prepared.find(serverSql);
    if (found != m_prepared.end()) {
        return found->second;
    }
    // Prepared once per connection: the server plans each repository statement once, not on
    // every call (a plan saves hundreds of rows through a handful of statements).
    std::string name = "gp_" + std::to_string(m_prepared.size() + 1);
    m_server->prepare(name, serverSql, parameterCount);
    return m_prepared.emplace(serverSql, std::move(name)).first->second;
}

void Session::exec(std::string_view sql)
{
    if (m_server) {
        m_server->execScript(sql);
    } else {
        detail::exec(m_sqlite, sql);
    }
}

namespace {

// sql with each placeholder outside literals, quoted names and comments replaced by what
// `write` makes of its number (0 for a bare "?").
template <typename Write> std::string rewritePlaceholders(std::string_view sql, Write write)
{
    std::string out;
    out.reserve(sql.size() + 16);
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            // A literal or quoted name runs to its closing quote; a doubled quote stays inside.
            const std::size_t end = sql.find(c, i + 1);
            const std::size_t stop = end == std::string_view::npos ? sql.size() : end + 1;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const std::size_t end = sql.find('\n', i);
            const std::size_t stop = end == std::string_view::npos ? sql.size() : end;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '?') {
            std::size_t digits = i + 1;
            while (digits < sql.size() && sql[digits] >= '0' && sql[digits] <= '9') {
                ++digits;
            }
            const int number =
                digits == i + 1 ? 0 : std::stoi(std::string(sql.substr(i + 1, digits - i - 1)));
            out += write(number);
            i = digits - 1;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

std::string toServerPlaceholders(std::string_view sql, int& count)
{
    count = 0;
    return rewritePlaceholders(sql, [&count](int number) {
        if (number == 0) {
            return '$' + std::to_string(++count);
        }
        count = std::max(count, number);
        return '$' + std::to_string(number);
    });
}

std::string renumberPlaceholders(std::string_view sql, int by)
{
    return rewritePlaceholders(sql, [by](int number) {
        if (number == 0) {
            throw std::logic_error("an unnumbered placeholder cannot be renumbered");
        }
        return '?' + std::to_string(number + by);
    });
}

Query::Query(Session* db, std::string_view sql, Planning planning) : m_db(db), m_planning(planning)
{
    if (!db->isServer()) {
        m_sqlite = std::make_unique<Statement>(db->sqlite(), sql);
        return;
    }
    int count = 0;
    m_serverSql = toServerPlaceholders(sql, count);
    m_params.resize(static_cast<std::size_t>(count));
}

Query::~Query() = default;

namespace {

void checkIndex(std::size_t index, std::size_t count)
{
    if (index < 1 || index > count) {
        throw StorageError(StorageError::Kind::Io,
                           "cannot bind a value: parameter " + std::to_string(index) +
                               " of a statement with " + std::to_string(count));
    }
}

} // namespace

Query& Query::bind(int index, std::int64_t value)
{
    if (m_sqlite) {
        m_sqlite->bind(index, value);
        return *this;
    }
    checkIndex(static_cast<std::size_t>(index), m_params.size());
    m_params[static_cast<std::size_t>(index) - 1] = std::to_string(value);
    return *this;
}

Query& Query::bind(int index, double value)
{
    if (m_sqlite) {
        m_sqlite->bind(index, value);
        return *this;
    }
    checkIndex(static_cast<std::size_t>(index), m_params.size());
    // The shortest text that reads back as the same double, as the server writes float8.
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_params[static_cast<std::size_t>(index) - 1] =
        error == std::errc() ? std::string(buffer, end) : std::to_string(value);
    return *this;
}

Query& Query::bind(int index, std::string_view value)
{
    if (m_sqlite) {
        m_sqlite->bind(index, value);
        return *this;
    }
    checkIndex(static_cast<std::size_t>(index), m_params.size());
    m_params[static_cast<std::size_t>(index) - 1] = std::string(value);
    return *this;
}

Query& Query::bind(int index, const std::vector<unsigned char>& bytes)
{
    if (m_sqlite) {
        m_sqlite->bindBlob(index, bytes);
        return *this;
    }
    // The server's schema has no binary columns; bytes go as the text they hold.
    return bind(index, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

Query& Query::bindNull(int index)
{
    if (m_sqlite) {
        m_sqlite->bindNull(index);
        return *this;
    }
    checkIndex(static_cast<std::size_t>(index), m_params.size());
    m_params[static_cast<std::size_t>(index) - 1].reset();
    return *this;
}

Query& Query::bindOptional(int index, std::string_view value)
{
    return value.empty() ? bindNull(index) : bind(index, value);
}

Query& Query::bindOptional(int index, const std::optional<std::int64_t>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

void Query::execute()
{
    if (m_planning == Planning::EachRun) {
        m_result.emplace(m_db->server().exec(m_serverSql, m_params));
    } else {
        const std::string& name = m_db->prepared(m_serverSql, static_cast<int>(m_params.size()));
        m_result.emplace(m_db->server().execPrepared(name, m_params));
    }
    m_row = -1;
    const char* tuples = libpq().PQcmdTuples(m_result->raw());
    m_changes = tuples && *tuples ? std::strtoll(tuples, nullptr, 10) : 0;
}

bool Query::step()
{
    if (m_sqlite) {
        const bool row = m_sqlite->step();
        if (!row) {
            m_changes = sqlite3_changes(m_db->sqlite());
        }
        return row;
    }
    if (!m_result) {
        execute();
    }
    ++m_row;
    return m_row < m_result->rows();
}

void Query::run()
{
    while (step()) {
    }
}

std::int64_t Query::insertedId()
{
    if (!step()) {
        throw StorageError(StorageError::Kind::Io, "a new row's id did not come back");
    }
    const std::int64_t id = int64(0);
    run();
    return id;
}

void Query::reset()
{
    if (m_sqlite) {
        m_sqlite->reset();
        return;
    }
    m_result.reset();
    m_row = -1;
    for (PgParam& param : m_params) {
        param.reset();
    }
}

std::int64_t Query::int64(int column) const
{
    if (m_sqlite) {
        return m_sqlite->int64(column);
    }
    if (m_result->isNull(m_row, column)) {
        return 0; // as SQLite reads NULL
    }
    // A boolean expression (EXISTS, a comparison) comes back as t or f.
    const std::string value = m_result->text(m_row, column);
    if (value == "t" || value == "f") {
        return value == "t" ? 1 : 0;
    }
    return m_result->int64(m_row, column);
}

double Query::real(int column) const
{
    if (m_sqlite) {
        return m_sqlite->real(column);
    }
    return m_result->isNull(m_row, column) ? 0.0 : m_result->real(m_row, column);
}

std::string Query::text(int column) const
{
    if (m_sqlite) {
        return m_sqlite->text(column);
    }
    return m_result->text(m_row, column);
}

bool Query::isNull(int column) const
{
    if (m_sqlite) {
        return m_sqlite->isNull(column);
    }
    return m_result->isNull(m_row, column);
}

int Query::columnCount()
{
    if (m_sqlite) {
        return m_sqlite->columnCount();
    }
    if (!m_result) {
        execute();
    }
    return m_result->columns();
}

std::string Query::columnName(int column)
{
    if (m_sqlite) {
        return m_sqlite->columnName(column);
    }
    if (!m_result) {
        execute();
    }
    return libpq().PQfname(m_result->raw(), column);
}

Query::Type Query::type(int column) const
{
    if (m_sqlite) {
        switch (m_sqlite->type(column)) {
        case SQLITE_INTEGER:
            return Type::Integer;
        case SQLITE_FLOAT:
            return Type::Real;
        case SQLITE_TEXT:
            return Type::Text;
        case SQLITE_BLOB:
            return Type::Blob;
        default:
            return Type::Null;
        }
    }
    if (m_result->isNull(m_row, column)) {
        return Type::Null;
    }
    switch (m_result->type(column)) {
    case PgResult::Type::Integer:
        return Type::Integer;
    case PgResult::Type::Real:
        return Type::Real;
    default:
        return Type::Text;
    }
}

std::vector<unsigned char> Query::blob(int column) const
{
    if (m_sqlite) {
        return m_sqlite->blob(column);
    }
    const std::string bytes = m_result->text(m_row, column);
    return {bytes.begin(), bytes.end()};
}

std::optional<std::int64_t> queryInt(Session* db, std::string_view sql)
{
    Query query(db, sql);
    if (!query.step()) {
        return std::nullopt;
    }
    return query.int64(0);
}

} // namespace glidepath::storage::detail
