#pragma once

// Private to glidepath_storage: the row-reading and error helpers the repositories share, so a
// corrupt value or a missing row is reported the same way whichever table it came from.

#include "query.h"

#include <glidepath/core/client.h>
#include <glidepath/core/date.h>
#include <glidepath/core/enum_names.h>
#include <glidepath/core/plan.h>
#include <glidepath/core/reason.h>
#include <glidepath/storage/storage_error.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace glidepath::storage::detail {

// A stored enum name read back; an unknown name means the file was edited or damaged.
template <typename E> E parseStored(const std::string& text, std::string_view what)
{
    if (const auto value = core::parseEnum<E>(text)) {
        return *value;
    }
    throw StorageError(StorageError::Kind::Corrupt,
                       "the database holds an unknown " + std::string(what) + " '" + text + "'");
}

// Every row the bound statement returns, each read by read(db, statement).
template <typename Read> auto readRows(Session* db, Query& select, Read read)
{
    std::vector<std::invoke_result_t<Read, Session*, const Query&>> out;
    while (select.step()) {
        out.push_back(read(db, select));
    }
    return out;
}

// The first row the bound statement returns, read by read(db, statement), or nullopt.
template <typename Read> auto readFirstRow(Session* db, Query& select, Read read)
{
    using Row = std::invoke_result_t<Read, Session*, const Query&>;
    if (!select.step()) {
        return std::optional<Row>();
    }
    return std::optional<Row>(read(db, select));
}

// Now as an ISO 8601 UTC timestamp, "2026-03-02T09:15:00Z" (when a row was saved).
std::string utcTimestamp();

// A stored ISO date read back, or StorageError::Kind::Corrupt.
core::Date parseStoredDate(const std::string& text);

// StorageError::Kind::Invalid naming the first five issues in its message and carrying them all.
[[noreturn]] void throwInvalid(const std::string& what, std::vector<core::FieldIssue> fieldIssues);

// StorageError::Kind::NotFound: "there is no <what> with the id <id>".
[[noreturn]] void throwNotFound(std::string_view what, std::int64_t id);

// Throws NotFound unless the client exists.
void requireClient(Session* db, std::int64_t clientId);

// Deletes the row with this id from the table (children go by ON DELETE CASCADE); throws NotFound
// naming `what` when there was no such row.
void deleteById(Session* db, std::string_view table, std::int64_t id, std::string_view what);

// --- row versions (schema 15; the server's triggers keep the same columns) -------------------

// Who saves now: on a file the computer's login name (one person's database), on a server what
// its trigger records anyway (the role), so the value bound there is only a placeholder.
std::string savedBy();
// The columns row_version, row_updated_by, row_updated_at of a table, read as integer, text and
// ISO 8601 UTC text on both backends.
std::string rowStampColumns(Session* db);
// " , row_version = row_version + 1, row_updated_by = ?, row_updated_at = ?" for an UPDATE's SET
// list, binding the two values from `first` on (the server's trigger sets its own).
inline constexpr std::string_view kRowStampSet =
    ", row_version = row_version + 1, row_updated_by = ?, row_updated_at = ?";
void bindRowStamp(Query& statement, int first);
// After an UPDATE of `table` by id (and, when basedOn is given, row_version = basedOn) changed no
// row: NotFound when there is no such row, otherwise StaleRecordError saying who saved it last.
[[noreturn]] void throwStaleOrMissing(Session* db, std::string_view table, std::string_view what,
                                      std::int64_t id, std::optional<std::int64_t> basedOn);

// A planned exercise's columns, the same in plan_exercises and template_exercises, in this
// order: bindPlannedExercise binds them from parameter `first` on, readPlannedExercise reads
// them from result column `first` on.
inline constexpr std::string_view kPlannedExerciseColumns =
    "exercise_id, name, sets, reps, hold_seconds, tempo, rest_seconds, side, reason, load_kind, "
    "load_level";
inline constexpr int kPlannedExerciseColumnCount = 11;
// "?, ?, ?" with `count` parameters.
std::string placeholders(int count);
void bindPlannedExercise(Query& statement, int first, const core::PlannedExercise& planned);
core::PlannedExercise readPlannedExercise(const Query& row, int first);

// Reasons are stored in their text columns as core::encodeReason writes them. Plans saved
// before reasons were data hold words there: those are kept as stored words (Reason::text),
// with the rule column's id when there is one.
core::Reason storedReason(const std::string& stored, const std::string& rule = {});

} // namespace glidepath::storage::detail
