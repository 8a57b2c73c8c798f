#pragma once

// Private to glidepath_storage: how an exercise is kept in rows (the exercises table, one child
// table per list, its search row) and read back, and the checks every write makes, on either
// backend. The repository's operations (exercise_repository.cpp) and imports and seeding
// (exercise_import.cpp) are built on these.

#include "query.h"

#include <glidepath/core/exercise.h>
#include <glidepath/core/validation.h>
#include <glidepath/storage/storage_error.h>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::storage::detail {

// The exercise columns readRow reads, naming the table "e".
extern const std::string_view kExerciseColumns;

struct ExerciseRow
{
    std::int64_t rid = 0;
    core::Exercise exercise;
};

// One row selected with kExerciseColumns, without its lists.
ExerciseRow readExerciseRow(const Query& s);
// Fills in the lists of rows read from the exercises table.
void loadLists(Session* db, std::vector<ExerciseRow>& rows);
std::vector<core::Exercise> exercisesOf(std::vector<ExerciseRow>& rows);

// Prepared statements for writing exercises, one or many (imports, seeding). Each write also
// writes the exercise's search row.
class ExerciseWriter
{
public:
    // In a batch (imports, seeding), the search rows are written by finish(), for every
    // exercise written, in a few statements (texts stored in between included), on both
    // backends; until then the exercises written are not found by a search. Otherwise each
    // write writes its search row.
    explicit ExerciseWriter(Session* db, bool batch = false);
    ~ExerciseWriter();
    ExerciseWriter(const ExerciseWriter&) = delete;
    ExerciseWriter& operator=(const ExerciseWriter&) = delete;

    std::int64_t insert(const core::Exercise& e);
    // Raises the row version. With basedOnVersion, a row saved since (another row version) is
    // left alone and StaleRecordError says who saved it and when.
    void update(std::int64_t rid, const core::Exercise& e,
                std::optional<std::int64_t> basedOnVersion = std::nullopt);

    void finish();

private:
    void bindFields(Query& s, const core::Exercise& e) const;
    void writeLists(std::int64_t rid, const core::Exercise& e, bool replace);

    Session* m_db;
    bool m_batch = false;
    std::vector<std::int64_t> m_pendingSearch;
    std::unique_ptr<Query> m_deleteLists; // the server's: every list in one statement
    std::unique_ptr<Query> m_insertLists;
    Query m_insert;
    Query m_update;
    std::unique_ptr<Query> m_updateBasedOn;
    std::unique_ptr<Query> m_deleteSearch;
    std::unique_ptr<Query> m_insertSearch; // SQLite's index, one row at a time (not a batch)
    std::vector<std::unique_ptr<Query>> m_deleteChildren;
    std::vector<std::unique_ptr<Query>> m_insertChild;
};

struct StoredKey
{
    std::int64_t rid = 0;
    bool builtin = false;
};
std::optional<StoredKey> storedKey(Session* db, std::string_view id);

// Deletes the exercise and its search row. Child rows go by ON DELETE CASCADE, links from other
// exercises by ON DELETE SET NULL.
void deleteExercise(Session* db, std::int64_t rid);

[[noreturn]] void throwExerciseNotFound(std::string_view id);
// After a save of the exercise with row id rid (and id `id`) based on basedOn changed no row:
// NotFound when it is gone or no version was given, otherwise StaleRecordError saying who saved
// it last and when.
[[noreturn]] void throwStaleExercise(Session* db, std::int64_t rid, std::string_view id,
                                     std::optional<std::int64_t> basedOn);
[[noreturn]] void throwInvalidExercise(const std::string& what,
                                       std::vector<core::ValidationIssue> issues);
void validateOrThrow(const core::Exercise& e);
// The neighbours an exercise names must be stored already.
void checkNeighboursExist(Session* db, const core::Exercise& e);
// Checks the ladder an exercise belongs to (everything linked to it either way) after a write.
void checkLadderAround(Session* db, std::string_view id);
void checkAllLadders(Session* db, const std::string& what);

// Cuts text to at most maxCodePoints code points without splitting a UTF-8 sequence.
std::string truncateUtf8(const std::string& text, std::size_t maxCodePoints);

} // namespace glidepath::storage::detail
