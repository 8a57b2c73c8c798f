#include "copy_endpoints.h"

#include "exercise_search_index.h"
#include "exercise_text_sql.h"
#include "pg_connection.h"
#include "pg_migrations.h"
#include "statement.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/database_copy.h>
#include <glidepath/storage/migrations.h>
#include <glidepath/storage/server_url.h>

#include <algorithm>
#include <charconv>
#include <map>

namespace glidepath::storage::detail {

namespace {

std::string columnList(const std::vector<std::string>& names, bool forServer)
{
    std::string out;
    for (const std::string& name : names) {
        out +=
            (out.empty() ? "" : ", ") + (forServer ? quotedIdentifier(name) : "\"" + name + "\"");
    }
    return out;
}

std::string selectSql(const TableShape& shape, bool forServer)
{
    const std::string table = forServer ? quotedIdentifier(shape.name) : "\"" + shape.name + "\"";
    return "SELECT " + columnList(shape.columns, forServer) + " FROM " + table + " ORDER BY " +
           columnList(shape.key, forServer);
}

// ---- SQLite ---------------------------------------------------------------------------------

class SqliteEndpoint final : public CopyEndpoint
{
public:
    explicit SqliteEndpoint(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

    std::string describe() const override { return m_db->path().string(); }

    void readSnapshot(const std::function<void()>& work) override
    {
        // A deferred transaction on a reader: one snapshot, whoever writes meanwhile.
        exec(m_db->handle(), "BEGIN");
        try {
            work();
        } catch (...) {
            sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
        exec(m_db->handle(), "COMMIT");
    }

    void readRows(const TableShape& shape, const std::function<void(const CopyRow&)>& row) override
    {
        Statement select(m_db->handle(), selectSql(shape, false));
        CopyRow values(shape.columns.size());
        while (select.step()) {
            for (std::size_t c = 0; c < values.size(); ++c) {
                const int column = static_cast<int>(c);
                switch (select.type(column)) {
                case SQLITE_NULL:
                    values[c] = std::monostate{};
                    break;
                case SQLITE_INTEGER:
                    values[c] = select.int64(column);
                    break;
                case SQLITE_FLOAT:
                    values[c] = select.real(column);
                    break;
                case SQLITE_TEXT:
                    values[c] = select.text(column);
                    break;
                default:
                    throw StorageError(StorageError::Kind::Corrupt,
                                       "the table " + shape.name + " of " + describe() +
                                           " holds binary data in its column " + shape.columns[c] +
                                           ", which Glidepath never writes");
                }
            }
            row(values);
        }
    }

    std::int64_t count(const std::string& table) override
    {
        return queryInt(m_db->handle(), "SELECT count(*) FROM \"" + table + "\"").value_or(0);
    }

    void writeTransaction(const std::function<void()>& work) override
    {
        m_db->transaction(work);
        m_inserts.clear();
    }

    void insert(const TableShape& shape, const CopyRow& row) override
    {
        auto found = m_inserts.find(shape.name);
        if (found == m_inserts.end()) {
            std::string marks;
            for (std::size_t i = 0; i < shape.columns.size(); ++i) {
                marks += i == 0 ? "?" : ", ?";
            }
            found = m_inserts
                        .emplace(shape.name,
                                 std::make_unique<Statement>(
                                     m_db->handle(), "INSERT INTO \"" + shape.name + "\" (" +
                                                         columnList(shape.columns, false) +
                                                         ") VALUES (" + marks + ")"))
                        .first;
        }
        Statement& statement = *found->second;
        statement.reset();
        for (std::size_t c = 0; c < row.size(); ++c) {
            const int index = static_cast<int>(c) + 1;
            if (const auto* whole = std::get_if<std::int64_t>(&row[c])) {
                statement.bind(index, *whole);
            } else if (const auto* real = std::get_if<double>(&row[c])) {
                statement.bind(index, *real);
            } else if (const auto* text = std::get_if<std::string>(&row[c])) {
                statement.bind(index, *text);
            } else {
                statement.bindNull(index);
            }
        }
        statement.run();
    }

    void finishWrite(const std::vector<TableShape>&) override
    {
        m_inserts.clear();
        // The search index as ExerciseRepository writes it, other languages included.
        exec(m_db->handle(), "DELETE FROM exercise_search");
        rebuildSearchIndex(m_db->handle());
    }

private:
    std::unique_ptr<Database> m_db;
    std::map<std::string, std::unique_ptr<Statement>> m_inserts;
};

// ---- PostgreSQL -----------------------------------------------------------------------------

std::string serverText(const CopyValue& value)
{
    if (const auto* whole = std::get_if<std::int64_t>(&value)) {
        return std::to_string(*whole);
    }
    if (const auto* real = std::get_if<double>(&value)) {
        // The shortest text that reads back as the same double: nothing is lost either way.
        char buffer[64];
        const auto written = std::to_chars(buffer, buffer + sizeof buffer, *real);
        return std::string(buffer, written.ptr);
    }
    return std::get<std::string>(value);
}

// The key of the advisory lock a copy into a server takes, so that two copies into one empty
// database cannot both find it empty: "GLDP" and 2.
constexpr std::int64_t kCopyLockKey = 0x474C445000000002;

class ServerEndpoint final : public CopyEndpoint
{
public:
    explicit ServerEndpoint(const ServerUrl& url) : m_connection(url) {}

    PgConnection& connection() { return m_connection; }

    std::string describe() const override { return m_connection.url().toString(); }

    void readSnapshot(const std::function<void()>& work) override
    {
        m_connection.transaction(work, 1, "REPEATABLE READ READ ONLY");
    }

    void readRows(const TableShape& shape, const std::function<void(const CopyRow&)>& row) override
    {
        const PgResult result = m_connection.exec(selectSql(shape, true));
        CopyRow values(shape.columns.size());
        for (int r = 0; r < result.rows(); ++r) {
            for (std::size_t c = 0; c < values.size(); ++c) {
                const int column = static_cast<int>(c);
                if (result.isNull(r, column)) {
                    values[c] = std::monostate{};
                    continue;
                }
                switch (result.type(column)) {
                case PgResult::Type::Integer:
                    values[c] = result.int64(r, column);
                    break;
                case PgResult::Type::Real:
                    values[c] = result.real(r, column);
                    break;
                case PgResult::Type::Text:
                    values[c] = result.text(r, column);
                    break;
                }
            }
            row(values);
        }
    }

    std::int64_t count(const std::string& table) override
    {
        return m_connection.exec("SELECT count(*) FROM " + quotedIdentifier(table)).int64(0, 0);
    }

    void writeTransaction(const std::function<void()>& work) override
    {
        // No retry: a copy into empty tables meets no serialization failure, and work reads
        // the source as it goes.
        m_connection.transaction(
            [&] {
                m_connection.exec("SELECT pg_advisory_xact_lock($1)",
                                  {std::to_string(kCopyLockKey)});
                work();
            },
            1);
    }

    void insert(const TableShape& shape, const CopyRow& row) override
    {
        // Prepared statements have names of their own: the table's name says which failed.
        const std::string& name = shape.name;
        if (std::find(m_prepared.begin(), m_prepared.end(), name) == m_prepared.end()) {
            std::string marks;
            for (std::size_t i = 0; i < shape.columns.size(); ++i) {
                marks += (i == 0 ? "$" : ", $") + std::to_string(i + 1);
            }
            m_connection.prepare(name,
                                 "INSERT INTO " + quotedIdentifier(shape.name) + " (" +
                                     columnList(shape.columns, true) + ") VALUES (" + marks + ")",
                                 static_cast<int>(shape.columns.size()));
            m_prepared.push_back(name);
        }
        std::vector<PgParam> params;
        params.reserve(row.size());
        for (const CopyValue& value : row) {
            if (std::holds_alternative<std::monostate>(value)) {
                params.emplace_back(std::nullopt);
            } else {
                params.emplace_back(serverText(value));
            }
        }
        m_connection.execPrepared(name, params);
    }

    void finishWrite(const std::vector<TableShape>& shapes) override
    {
        // Ids were copied as they were: each identity sequence continues after the largest, so
        // that records added later on the server get new ids.
        for (const TableShape& shape : shapes) {
            if (shape.key.size() != 1) {
                continue;
            }
            const PgResult sequence = m_connection.exec("SELECT pg_get_serial_sequence($1, $2)",
                                                        {shape.name, shape.key.front()});
            if (sequence.isNull(0, 0)) {
                continue;
            }
            m_connection.exec("SELECT setval($1::regclass, m) FROM (SELECT max(" +
                                  quotedIdentifier(shape.key.front()) + ") AS m FROM " +
                                  quotedIdentifier(shape.name) + ") AS largest WHERE m IS NOT NULL",
                              {sequence.text(0, 0)});
        }
        // The search index as ExerciseRepository writes it, other languages included.
        rebuildServerSearch(m_connection);
    }

private:
    PgConnection m_connection;
    std::vector<std::string> m_prepared;
};

void requireCurrentServer(ServerEndpoint& endpoint, bool source)
{
    const int found = serverSchemaVersion(endpoint.connection());
    const int current = currentServerSchemaVersion();
    if (found == current) {
        return;
    }
    if (found == 0 && source) {
        throw StorageError(StorageError::Kind::NotGlidepath,
                           endpoint.describe() + " holds no Glidepath data to copy");
    }
    if (found > current) {
        throw StorageError(StorageError::Kind::TooNew,
                           endpoint.describe() +
                               " was set up by a newer Glidepath (schema "
                               "version " +
                               std::to_string(found) + "); update Glidepath to copy it");
    }
    throw StorageError(StorageError::Kind::Io, endpoint.describe() +
                                                   " has the server schema version " +
                                                   std::to_string(found) + "; this version needs " +
                                                   std::to_string(current));
}

// Version 15's columns: each side keeps its own (a file counts from 1, the server's triggers stamp
// who wrote the row there), so db copy leaves them out.
bool isRowStamp(std::string_view column)
{
    return column == "row_version" || column == "row_updated_by" || column == "row_updated_at";
}

} // namespace

std::vector<TableShape> copyShapes()
{
    if (Database::currentSchemaVersion() != kCopyKnowsSqliteVersion) {
        // A new SQLite migration needs its server step and a place in copiedTables() first.
        throw StorageError(StorageError::Kind::Io,
                           "db copy knows the SQLite schema up to version " +
                               std::to_string(kCopyKnowsSqliteVersion) + ", not " +
                               std::to_string(Database::currentSchemaVersion()));
    }
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(raw);
        throw StorageError(StorageError::Kind::Io, "cannot open an in-memory database");
    }
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close_v2);
    migrate(raw, kCopyKnowsSqliteVersion);

    std::vector<std::string> schemaTables;
    Statement tables(raw, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                          "'sqlite_%' AND name NOT LIKE 'exercise_search%' ORDER BY name");
    while (tables.step()) {
        schemaTables.push_back(tables.text(0));
    }
    std::vector<std::string> listed(copiedTables().begin(), copiedTables().end());
    std::sort(listed.begin(), listed.end());
    if (listed != schemaTables) {
        throw StorageError(StorageError::Kind::Io,
                           "db copy's list of tables does not match the SQLite schema");
    }

    std::vector<TableShape> shapes;
    for (const std::string_view table : copiedTables()) {
        TableShape shape;
        shape.name = std::string(table);
        std::vector<std::pair<int, std::string>> key;
        Statement info(raw, "SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid");
        info.bind(1, table);
        while (info.step()) {
            if (isRowStamp(info.text(0))) {
                continue;
            }
            shape.columns.push_back(info.text(0));
            if (info.integer(1) > 0) {
                key.emplace_back(info.integer(1), info.text(0));
            }
        }
        std::sort(key.begin(), key.end());
        for (auto& part : key) {
            shape.key.push_back(std::move(part.second));
        }
        shapes.push_back(std::move(shape));
    }
    return shapes;
}

std::unique_ptr<CopyEndpoint> openCopySource(const std::string& where)
{
    if (isServerUrl(where)) {
        auto endpoint = std::make_unique<ServerEndpoint>(parseServerUrl(where));
        requireCurrentServer(*endpoint, true);
        return endpoint;
    }
    OpenOptions options;
    options.access = Access::ReadOnly;
    options.program = "glidepath-cli";
    return std::make_unique<SqliteEndpoint>(Database::open(where, options));
}

std::unique_ptr<CopyEndpoint> openCopyTarget(const std::string& where)
{
    if (isServerUrl(where)) {
        auto endpoint = std::make_unique<ServerEndpoint>(parseServerUrl(where));
        migrateServer(endpoint->connection());
        requireCurrentServer(*endpoint, false);
        return endpoint;
    }
    OpenOptions options;
    options.access = Access::ReadWrite;
    options.program = "glidepath-cli";
    options.create = true;
    return std::make_unique<SqliteEndpoint>(Database::open(where, options));
}

} // namespace glidepath::storage::detail
