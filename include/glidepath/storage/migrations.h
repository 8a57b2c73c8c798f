#pragma once

// The schema history. Each step moves PRAGMA user_version from version - 1 to version in its own
// transaction. Steps are never edited once released: a schema change is a new step at the end.
// Public so that tests can build a database as an older release left it.

#include <cstdint>
#include <span>
#include <string_view>

struct sqlite3;

namespace glidepath::storage {

// PRAGMA application_id of every Glidepath database: the bytes "GLDP".
inline constexpr std::int32_t kApplicationId = 0x474C4450;

struct Migration
{
    int version;                  // the user_version after this step
    std::string_view description; // what the step adds, for logs and messages
    std::string_view sql;         // the statements of the step (no BEGIN/COMMIT)
};

std::span<const Migration> migrations();

// Applies every step above the database's user_version up to targetVersion, each in its own
// BEGIN IMMEDIATE transaction that also sets user_version (and application_id). A failing step
// is rolled back and throws StorageError; earlier steps stay applied. The connection must not be
// inside a transaction.
void migrate(sqlite3* db, int targetVersion);

} // namespace glidepath::storage
