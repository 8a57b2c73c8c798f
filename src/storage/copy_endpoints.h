#pragma once

// Private to glidepath_storage: the two ends of db copy. A SQLite file and a clinic server each
// read a table in key order and write rows, so copyDatabase moves rows between any two of them
// without knowing which is which.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace glidepath::storage::detail {

// One value as both sides store it: NULL, a whole number, a real number or text.
using CopyValue = std::variant<std::monostate, std::int64_t, double, std::string>;
using CopyRow = std::vector<CopyValue>;

struct TableShape
{
    std::string name;
    std::vector<std::string> columns;
    std::vector<std::string> key; // the primary key's columns, in key order
};

class CopyEndpoint
{
public:
    virtual ~CopyEndpoint() = default;

    // What to call it in messages (the path, or the URL without secrets).
    virtual std::string describe() const = 0;

    // Reading: work runs in one read-only snapshot.
    virtual void readSnapshot(const std::function<void()>& work) = 0;
    // Calls row for each row of the table, in key order, with the shape's columns.
    virtual void readRows(const TableShape& shape,
                          const std::function<void(const CopyRow&)>& row) = 0;
    virtual std::int64_t count(const std::string& table) = 0;

    // Writing: work runs in one transaction; an exception rolls everything back.
    virtual void writeTransaction(const std::function<void()>& work) = 0;
    virtual void insert(const TableShape& shape, const CopyRow& row) = 0;
    // After the last row, in the same transaction: what the target derives from the rows (the
    // server's id sequences, the SQLite search index).
    virtual void finishWrite(const std::vector<TableShape>& shapes) = 0;
};

// Opens `where` (a path or a postgresql:// URL) to read from; it must exist and hold a current
// Glidepath schema.
std::unique_ptr<CopyEndpoint> openCopySource(const std::string& where);
// Opens `where` to write to: a missing file is created, a server database without Glidepath's
// schema gets it (in a transaction of its own, before the copy).
std::unique_ptr<CopyEndpoint> openCopyTarget(const std::string& where);

// The shapes of the copied tables, read from the SQLite schema itself (an in-memory database
// migrated to the version the server mirrors), so a column is never forgotten.
std::vector<TableShape> copyShapes();

} // namespace glidepath::storage::detail
