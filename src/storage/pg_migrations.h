#pragma once

// Private to glidepath_storage: the schema history of a clinic server (PostgreSQL), numbered on
// its own (the server's version 1 mirrors the SQLite schema at version 13, step 14 SQLite's 14;
// steps 16 and 17 are the server's own search index, which SQLite has in its own form; step 18
// mirrors SQLite's 16; step 19, the client named in each audit row, is the server's own). The
// version is kept in the table glidepath_schema, one row per applied step.

#include "pg_connection.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace glidepath::storage::detail {

struct ServerMigration
{
    int version;
    std::string_view description;
    std::string_view sql; // statements of the step, without BEGIN/COMMIT
    // Rows our own code derives from the tables (the search index), written after sql in the
    // same transaction; nullptr for most steps.
    void (*fill)(PgConnection&) = nullptr;
};

std::span<const ServerMigration> serverMigrations();
// Step 19's statements (pg_audit_clients.cpp).
std::string_view auditClientsStepSql();
int currentServerSchemaVersion();

// The SQLite schema db copy works with: the server's tables mirror it column for column (its
// version 14 from step 1 and 14, version 16's exercise timing from step 18), except version 15's
// row versions and stamps, which db copy leaves to each side (the server's triggers keep its own).
inline constexpr int kCopyKnowsSqliteVersion = 16;

// The key of the advisory lock every migrating program takes: "GLDP" and 1.
inline constexpr std::int64_t kSchemaLockKey = 0x474C445000000001;

// The server's schema version: 0 for a database Glidepath never set up.
int serverSchemaVersion(PgConnection& connection);

struct ServerMigrationResult
{
    int from = 0; // the version found
    int to = 0;   // the version left; equal to from when there was nothing to do
};

// Brings the server's schema up to date in one transaction, under pg_advisory_xact_lock, so that
// of several programs starting at once one migrates and the others wait and find it done. A
// server with a newer schema throws StorageError(Kind::TooNew), a database holding tables that
// are not Glidepath's throws Kind::NotGlidepath; both are left untouched. Needs a role that may
// create tables unless the schema is current (then it writes nothing). upTo > 0 stops after that
// step (tests build a server as an older Glidepath left it); 0 runs every step.
ServerMigrationResult migrateServer(PgConnection& connection, int upTo = 0);

} // namespace glidepath::storage::detail
