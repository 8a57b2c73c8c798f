#include "copy_endpoints.h"

#include <glidepath/storage/database_copy.h>
#include <glidepath/storage/server_url.h>
#include <glidepath/storage/storage_error.h>

#include <array>
#include <filesystem>

namespace glidepath::storage {

namespace {

// Parents before children, so that every foreign key finds its row.
constexpr std::array<std::string_view, 37> kCopiedTables{
    "meta",
    "exercises",
    "exercise_instructions",
    "exercise_cues",
    "exercise_muscles",
    "exercise_regions",
    "exercise_equipment",
    "exercise_precautions",
    "exercise_goals",
    "exercise_texts",
    "clients",
    "client_conditions",
    "client_goals",
    "client_equipment",
    "client_red_flags",
    "client_red_flags_no",
    "client_surgery",
    "client_surgical_clearances",
    "client_precautions",
    "client_hip_balance",
    "check_ins",
    "check_in_painful_exercises",
    "check_in_red_flags",
    "plans",
    "plan_reasons",
    "plan_advice",
    "plan_days",
    "plan_exercises",
    "plan_overrides",
    "session_logs",
    "session_log_entries",
    "psfs_assessments",
    "psfs_items",
    "clinician_reviews",
    "templates",
    "template_days",
    "template_exercises",
};

bool sameDatabase(const std::string& from, const std::string& to)
{
    if (isServerUrl(from) || isServerUrl(to)) {
        return isServerUrl(from) && isServerUrl(to) &&
               parseServerUrl(from).toString() == parseServerUrl(to).toString();
    }
    std::error_code error;
    return std::filesystem::equivalent(from, to, error) ||
           std::filesystem::weakly_canonical(from, error) ==
               std::filesystem::weakly_canonical(to, error);
}

// The copy itself, in the source's snapshot and the target's transaction. targetHeldData is set
// when it refuses a target that is not empty (then nothing there was changed, and nothing was
// copied into it either, but it is not empty).
void copyAll(detail::CopyEndpoint& source, detail::CopyEndpoint& target,
             const std::vector<detail::TableShape>& shapes, CopyResult& result,
             bool& targetHeldData)
{
    source.readSnapshot([&] {
        target.writeTransaction([&] {
            // Checked inside the transaction that writes: nobody can fill it in between.
            std::vector<std::string> filled;
            for (const detail::TableShape& shape : shapes) {
                if (const std::int64_t rows = target.count(shape.name); rows > 0) {
                    filled.push_back(shape.name + " (" + std::to_string(rows) + ")");
                }
            }
            if (!filled.empty()) {
                targetHeldData = true;
                std::string list;
                for (std::size_t i = 0; i < filled.size() && i < 4; ++i) {
                    list += (i == 0 ? "" : ", ") + filled[i];
                }
                if (filled.size() > 4) {
                    list += ", ...";
                }
                throw StorageError(StorageError::Kind::Conflict,
                                   target.describe() + " already holds data (rows in " + list +
                                       "); db copy only copies into an empty database, so "
                                       "nothing was changed");
            }
            for (const detail::TableShape& shape : shapes) {
                std::int64_t rows = 0;
                try {
                    source.readRows(shape, [&](const detail::CopyRow& row) {
                        target.insert(shape, row);
                        ++rows;
                    });
                } catch (const StorageError& error) {
                    throw StorageError(error.kind(), "could not copy the table " + shape.name +
                                                         ": " + error.what());
                }
                result.tables.push_back({shape.name, rows});
            }
            target.finishWrite(shapes);
            for (const CopiedTable& table : result.tables) {
                const std::int64_t inSource = source.count(table.table);
                const std::int64_t inTarget = target.count(table.table);
                if (inSource != table.rows || inTarget != table.rows) {
                    throw StorageError(StorageError::Kind::Io,
                                       "the table " + table.table + " has " +
                                           std::to_string(inSource) + " rows in " +
                                           source.describe() + " but " + std::to_string(inTarget) +
                                           " in " + target.describe() + " after copying " +
                                           std::to_string(table.rows));
                }
            }
        });
    });
}

} // namespace

std::int64_t CopyResult::totalRows() const
{
    std::int64_t total = 0;
    for (const CopiedTable& table : tables) {
        total += table.rows;
    }
    return total;
}

std::span<const std::string_view> copiedTables()
{
    return kCopiedTables;
}

CopyResult copyDatabase(const std::string& from, const std::string& to)
{
    // Both addresses are checked before anything is opened or created.
    if (isServerUrl(from)) {
        parseServerUrl(from);
    }
    if (isServerUrl(to)) {
        parseServerUrl(to);
    }
    if (sameDatabase(from, to)) {
        throw StorageError(StorageError::Kind::Invalid,
                           "the source and the target are the same database");
    }
    const std::vector<detail::TableShape> shapes = detail::copyShapes();
    const std::unique_ptr<detail::CopyEndpoint> source = detail::openCopySource(from);
    const std::unique_ptr<detail::CopyEndpoint> target = detail::openCopyTarget(to);

    CopyResult result;
    bool targetHeldData = false;
    try {
        copyAll(*source, *target, shapes, result, targetHeldData);
    } catch (const StorageError& error) {
        if (targetHeldData) {
            throw;
        }
        throw StorageError(error.kind(), std::string(error.what()) + "; nothing was copied, " +
                                             target->describe() + " holds no practice data");
    }
    return result;
}

} // namespace glidepath::storage
