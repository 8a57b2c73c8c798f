#pragma once

#include <glidepath/storage/database.h>

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace glidepath::storage {

// The stored things that can be deleted and put back whole.
enum class RecordKind
{
    Client,     // the client with everything of theirs: check-ins, plans, logs, PSFS, reviews
    CheckIn,    // one check-in with its painful exercises and red flags
    Plan,       // one saved plan version with its days, exercises, reasons, advice, overrides
    SessionLog, // one logged session with its entries
    Psfs,       // one PSFS assessment with its items
    Template    // one plan template with its days and exercises
};

// Every row of one record and of everything that hangs off it, exactly as stored, so that undo
// can put a deleted record back with the same id and the same children, and redo of an "add"
// brings back the very record the first add made (commands keep ids, so ids must not change).
// Rows are copied column by column, so a column added by a later migration is kept without this
// class knowing about it.
class RecordSnapshot
{
public:
    using Value =
        std::variant<std::monostate, std::int64_t, double, std::string, std::vector<unsigned char>>;

    // What is stored now (NotFound when there is no such record).
    static RecordSnapshot take(Database& db, RecordKind kind, std::int64_t id);
    // Takes the snapshot and deletes the record with all its children, in one transaction.
    static RecordSnapshot remove(Database& db, RecordKind kind, std::int64_t id);
    // Inserts every row back, parents first, in one transaction. Conflict when a record with
    // the same id exists again; NotFound when the record's owner (the client) has gone.
    void restore(Database& db) const;

    RecordKind kind() const { return m_kind; }
    std::int64_t id() const { return m_id; }
    // The rows kept, all tables together (for tests and to tell an empty snapshot).
    std::size_t rowCount() const;

    // The tables a record of this kind spans, parents first (for tests: every table that refers
    // to clients must be covered by Client).
    static std::vector<std::string> tables(RecordKind kind);

private:
    struct Table
    {
        std::string name;
        std::vector<std::string> columns;
        std::vector<std::vector<Value>> rows;
    };

    RecordKind m_kind = RecordKind::Client;
    std::int64_t m_id = 0;
    std::vector<Table> m_tables; // parents first
};

} // namespace glidepath::storage
