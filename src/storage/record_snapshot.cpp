#include "query.h"
#include "repository_support.h"

#include <glidepath/storage/record_snapshot.h>

#include <string_view>
#include <utility>

namespace glidepath::storage {
namespace {

struct TableSpec
{
    std::string_view table;
    std::string_view where; // ?1 is the record's id
};

// Parents first, so that restore satisfies every foreign key as it goes; deleting the first row
// takes the rest with it (ON DELETE CASCADE).
constexpr std::string_view kCheckInsOf =
    "check_in_id IN (SELECT id FROM check_ins WHERE client_id = ?1)";
constexpr std::string_view kPlansOf = "plan_id IN (SELECT id FROM plans WHERE client_id = ?1)";
constexpr std::string_view kLogsOf = "log_id IN (SELECT id FROM session_logs WHERE client_id = ?1)";
constexpr std::string_view kPsfsOf =
    "assessment_id IN (SELECT id FROM psfs_assessments WHERE client_id = ?1)";

std::vector<TableSpec> specs(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Client:
        return {{"clients", "id = ?1"},
                {"client_conditions", "client_id = ?1"},
                {"client_goals", "client_id = ?1"},
                {"client_equipment", "client_id = ?1"},
                {"client_red_flags", "client_id = ?1"},
                {"client_red_flags_no", "client_id = ?1"},
                {"client_surgery", "client_id = ?1"},
                {"client_surgical_clearances", "client_id = ?1"},
                {"client_precautions", "client_id = ?1"},
                {"client_hip_balance", "client_id = ?1"},
                {"check_ins", "client_id = ?1"},
                {"check_in_painful_exercises", kCheckInsOf},
                {"check_in_red_flags", kCheckInsOf},
                {"plans", "client_id = ?1"},
                {"plan_reasons", kPlansOf},
                {"plan_advice", kPlansOf},
                {"plan_days", kPlansOf},
                {"plan_exercises", kPlansOf},
                {"plan_overrides", kPlansOf},
                {"session_logs", "client_id = ?1"},
                {"session_log_entries", kLogsOf},
                {"psfs_assessments", "client_id = ?1"},
                {"psfs_items", kPsfsOf},
                {"clinician_reviews", "client_id = ?1"}};
    case RecordKind::CheckIn:
        return {{"check_ins", "id = ?1"},
                {"check_in_painful_exercises", "check_in_id = ?1"},
                {"check_in_red_flags", "check_in_id = ?1"}};
    case RecordKind::Plan:
        return {{"plans", "id = ?1"},
                {"plan_reasons", "plan_id = ?1"},
                {"plan_advice", "plan_id = ?1"},
                {"plan_days", "plan_id = ?1"},
                {"plan_exercises", "plan_id = ?1"},
                {"plan_overrides", "plan_id = ?1"}};
    case RecordKind::SessionLog:
        return {{"session_logs", "id = ?1"}, {"session_log_entries", "log_id = ?1"}};
    case RecordKind::Psfs:
        return {{"psfs_assessments", "id = ?1"}, {"psfs_items", "assessment_id = ?1"}};
    case RecordKind::Template:
        return {{"templates", "id = ?1"},
                {"template_days", "template_id = ?1"},
                {"template_exercises", "template_id = ?1"}};
    }
    return {};
}

std::string_view describeKind(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Client:
        return "client";
    case RecordKind::CheckIn:
        return "check-in";
    case RecordKind::Plan:
        return "saved plan";
    case RecordKind::SessionLog:
        return "session log";
    case RecordKind::Psfs:
        return "PSFS assessment";
    case RecordKind::Template:
        return "plan template";
    }
    return "record";
}

RecordSnapshot::Value readValue(const detail::Query& row, int column)
{
    switch (row.type(column)) {
    case detail::Query::Type::Integer:
        return row.int64(column);
    case detail::Query::Type::Real:
        return row.real(column);
    case detail::Query::Type::Text:
        return row.text(column);
    case detail::Query::Type::Blob:
        return row.blob(column);
    default:
        return std::monostate{};
    }
}

void bindValue(detail::Query& statement, int index, const RecordSnapshot::Value& value)
{
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
        statement.bind(index, *number);
    } else if (const auto* real = std::get_if<double>(&value)) {
        statement.bind(index, *real);
    } else if (const auto* text = std::get_if<std::string>(&value)) {
        statement.bind(index, *text);
    } else if (const auto* blob = std::get_if<std::vector<unsigned char>>(&value)) {
        statement.bind(index, *blob);
    } else {
        statement.bindNull(index);
    }
}

} // namespace

std::vector<std::string> RecordSnapshot::tables(RecordKind kind)
{
    std::vector<std::string> out;
    for (const TableSpec& spec : specs(kind)) {
        out.emplace_back(spec.table);
    }
    return out;
}

std::size_t RecordSnapshot::rowCount() const
{
    std::size_t count = 0;
    for (const Table& table : m_tables) {
        count += table.rows.size();
    }
    return count;
}

RecordSnapshot RecordSnapshot::take(Database& db, RecordKind kind, std::int64_t id)
{
    RecordSnapshot snapshot;
    snapshot.m_kind = kind;
    snapshot.m_id = id;
    detail::Session* session = db.session();
    for (const TableSpec& spec : specs(kind)) {
        detail::Query select(session, "SELECT * FROM " + std::string(spec.table) + " WHERE " +
                                          std::string(spec.where));
        select.bind(1, id);
        Table table;
        table.name = spec.table;
        const int columns = select.columnCount();
        for (int c = 0; c < columns; ++c) {
            table.columns.push_back(select.columnName(c));
        }
        while (select.step()) {
            std::vector<Value> row;
            row.reserve(static_cast<std::size_t>(columns));
            for (int c = 0; c < columns; ++c) {
                row.push_back(readValue(select, c));
            }
            table.rows.push_back(std::move(row));
        }
        if (snapshot.m_tables.empty() && table.rows.empty()) {
            detail::throwNotFound(describeKind(kind), id);
        }
        snapshot.m_tables.push_back(std::move(table));
    }
    return snapshot;
}

RecordSnapshot RecordSnapshot::remove(Database& db, RecordKind kind, std::int64_t id)
{
    RecordSnapshot snapshot;
    db.transaction([&] {
        snapshot = take(db, kind, id);
        const TableSpec parent = specs(kind).front();
        detail::Query remove(db.session(), "DELETE FROM " + std::string(parent.table) + " WHERE " +
                                               std::string(parent.where));
        remove.bind(1, id).run();
    });
    return snapshot;
}

void RecordSnapshot::restore(Database& db) const
{
    db.transaction([&] {
        detail::Session* session = db.session();
        const TableSpec parent = specs(m_kind).front();
        detail::Query exists(session, "SELECT 1 FROM " + std::string(parent.table) + " WHERE " +
                                          std::string(parent.where));
        exists.bind(1, m_id);
        if (exists.step()) {
            throw StorageError(StorageError::Kind::Conflict,
                               "a " + std::string(describeKind(m_kind)) + " with the id " +
                                   std::to_string(m_id) + " exists again");
        }
        if (m_kind != RecordKind::Client && m_kind != RecordKind::Template) {
            // Every other record belongs to a client, whose column comes right after the id.
            const Table& first = m_tables.front();
            for (std::size_t c = 0; c < first.columns.size(); ++c) {
                if (first.columns[c] == "client_id" && !first.rows.empty()) {
                    detail::requireClient(session, std::get<std::int64_t>(first.rows[0][c]));
                }
            }
        }
        for (const Table& table : m_tables) {
            if (table.rows.empty()) {
                continue;
            }
            std::string sql = "INSERT INTO " + table.name + " (";
            std::string marks;
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                sql += (c ? ", \"" : "\"") + table.columns[c] + "\"";
                marks += c ? ", ?" : "?";
            }
            sql += ") VALUES (" + marks + ")";
            detail::Query insert(session, sql);
            for (const std::vector<Value>& row : table.rows) {
                insert.reset();
                for (std::size_t c = 0; c < row.size(); ++c) {
                    bindValue(insert, static_cast<int>(c + 1), row[c]);
                }
                insert.run();
            }
        }
    });
}

} // namespace glidepath::storage
