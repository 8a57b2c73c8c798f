// The schema runner: the list of steps and migrate(), which applies them in order. The SQL of
// the steps is in migration_sql_*.cpp.

#include "exercise_search_index.h"
#include "migration_sql.h"
#include "statement.h"

#include <glidepath/storage/migrations.h>
#include <glidepath/storage/storage_error.h>

#include <array>
#include <string>

namespace glidepath::storage {

namespace {

int userVersion(sqlite3* db)
{
    return static_cast<int>(detail::queryInt(db, "PRAGMA user_version").value_or(0));
}

} // namespace

std::span<const Migration> migrations()
{
    namespace sql = detail::migration_sql;
    // Built on first use rather than at start-up, so that it can never be read before the SQL
    // constants of the other files are set, whatever order static initialisation takes.
    static const std::array<Migration, 16> kMigrations{{
        {1, "exercise library with full-text search", sql::kVersion1},
        {2, "clients, check-ins and plans", sql::kVersion2},
        {3, "session logs and PSFS assessments", sql::kVersion3},
        {4, "green-week streak kept with saved plans", sql::kVersion4},
        {5, "screening questions answered no are recorded", sql::kVersion5},
        {6, "surgery, precautions, hip-balance check and clinician reviews", sql::kVersion6},
        {7, "exercise illustrations", sql::kVersion7},
        {8, "sort keys for names and a search index that ranks muscles", sql::kVersion8},
        {9, "exercise loads and goal tags, and the load of planned exercises", sql::kVersion9},
        {10, "a search index with prefix lists for words of up to six letters", sql::kVersion10},
        {11, "plan templates", sql::kVersion11},
        {12, "session logs record a worse next morning", sql::kVersion12},
        {13, "a clinician-set date for each client's next review", sql::kVersion13},
        {14, "exercise texts in other languages, searched and sorted in their language",
         sql::kVersion14},
        {15, "row versions and who saved each record last", sql::kVersion15},
        {16, "exercise time held still or kept moving", sql::kVersion16},
    }};
    return kMigrations;
}

void migrate(sqlite3* db, int targetVersion)
{
    detail::registerSqlFunctions(db);
    for (const Migration& step : migrations()) {
        if (step.version > targetVersion) {
            break;
        }
        if (userVersion(db) >= step.version) {
            continue;
        }
        detail::exec(db, "BEGIN IMMEDIATE");
        try {
            // Another process may have migrated between the check above and the lock.
            if (userVersion(db) < step.version) {
                detail::exec(db, step.sql);
                detail::exec(db, "PRAGMA user_version = " + std::to_string(step.version) +
                                     "; PRAGMA application_id = " + std::to_string(kApplicationId));
            }
            detail::exec(db, "COMMIT");
        } catch (const StorageError& error) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw StorageError(error.kind(), "could not upgrade the database to version " +
                                                 std::to_string(step.version) + " (" +
                                                 std::string(step.description) +
                                                 "): " + error.what());
        }
    }
}

} // namespace glidepath::storage
