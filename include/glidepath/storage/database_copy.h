#pragma once

// Moving a whole practice between a SQLite file and a clinic server (PostgreSQL), either way.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::storage {

struct CopiedTable
{
    std::string table;
    std::int64_t rows = 0;
};

struct CopyResult
{
    std::vector<CopiedTable> tables; // in the order they were copied
    std::int64_t totalRows() const;
};

// Copies every table of a practice database, every row with its ids, from `from` to `to`; each is
// a SQLite file path or a postgresql:// (postgres://) URL. The source is read in one consistent
// snapshot and may be in use. The target must hold no data (a missing file is created, a new
// server database gets the schema); a non-empty one throws StorageError(Kind::Conflict) and is
// not touched. Everything is written in one transaction of the target, and each table's rows are
// counted on both sides before it commits: any failure or mismatch rolls it all back (the target
// stays empty) and throws StorageError naming the table.
CopyResult copyDatabase(const std::string& from, const std::string& to);

// The tables db copy moves, parents before children. The SQLite full-text index is not among
// them: a SQLite target rebuilds it from the copied exercises.
std::span<const std::string_view> copiedTables();

} // namespace glidepath::storage
