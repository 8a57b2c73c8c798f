// The exercise library's operations, on either backend: reading, searching and the writes a
// clinician makes one exercise at a time. Imports and the built-in library are in
// exercise_import.cpp, the rows themselves in exercise_rows.cpp.

#include "exercise_rows.h"
#include "exercise_sql.h"
#include "repository_support.h"

#include <glidepath/storage/exercise_repository.h>

#include <algorithm>
#include <limits>

namespace glidepath::storage {

using core::Exercise;
using namespace detail;

std::optional<Exercise> ExerciseRepository::find(std::string_view id) const
{
    Query select(m_db.session(),
                 "SELECT " + std::string(kExerciseColumns) + " FROM exercises e WHERE e.id = ?");
    select.bind(1, id);
    if (!select.step()) {
        return std::nullopt;
    }
    std::vector<ExerciseRow> rows{readExerciseRow(select)};
    ++m_rowsRead;
    loadLists(m_db.session(), rows);
    return std::move(rows.front().exercise);
}

std::vector<Exercise> ExerciseRepository::list(const ExerciseFilter& filter) const
{
    return search("", filter, 0); // no text: by name
}

std::vector<Exercise> ExerciseRepository::search(std::string_view text,
                                                 const ExerciseFilter& filter, int limit) const
{
    ExerciseQuery query;
    query.text = std::string(text);
    query.filter = filter;
    std::vector<ExerciseRow> rows;
    detail::forPage(m_db.session(), query, 0, limit > 0 ? limit : std::numeric_limits<int>::max(),
                    kExerciseColumns,
                    [&](const Query& select) { rows.push_back(readExerciseRow(select)); });
    m_rowsRead += rows.size();
    loadLists(m_db.session(), rows);
    return exercisesOf(rows);
}

int ExerciseRepository::count(bool includeHidden) const
{
    return static_cast<int>(
        detail::queryInt(m_db.session(), includeHidden
                                             ? "SELECT count(*) FROM exercises"
                                             : "SELECT count(*) FROM exercises WHERE hidden = 0")
            .value_or(0));
}

ExerciseTally ExerciseRepository::tally() const
{
    // CASE, not a sum of comparisons: the server has no arithmetic on booleans.
    Query select(m_db.session(),
                 "SELECT coalesce(sum(CASE WHEN builtin <> 0 THEN 1 ELSE 0 END), 0), "
                 "coalesce(sum(CASE WHEN builtin = 0 THEN 1 ELSE 0 END), 0), "
                 "coalesce(sum(CASE WHEN hidden <> 0 THEN 1 ELSE 0 END), 0) "
                 "FROM exercises");
    ExerciseTally tally;
    if (select.step()) {
        tally.builtin = select.integer(0);
        tally.custom = select.integer(1);
        tally.hidden = select.integer(2);
    }
    return tally;
}

void ExerciseRepository::create(const Exercise& exercise)
{
    if (exercise.builtin) {
        throwInvalidExercise("only the shipped library can add built-in exercises",
                             {{exercise.id, "builtin", "a new exercise is always a custom one"}});
    }
    validateOrThrow(exercise);
    m_db.transaction([&] {
        Session* db = m_db.session();
        if (storedKey(db, exercise.id)) {
            throw StorageError(StorageError::Kind::Conflict,
                               "an exercise with the id '" + exercise.id + "' already exists");
        }
        checkNeighboursExist(db, exercise);
        ExerciseWriter(db).insert(exercise);
        checkLadderAround(db, exercise.id);
    });
}

void ExerciseRepository::update(const Exercise& exercise,
                                std::optional<std::int64_t> basedOnVersion)
{
    validateOrThrow(exercise);
    m_db.transaction([&] {
        Session* db = m_db.session();
        const auto stored = storedKey(db, exercise.id);
        if (!stored) {
            throwExerciseNotFound(exercise.id);
        }
        if (stored->builtin || exercise.builtin) {
            throw StorageError(StorageError::Kind::ReadOnly,
                               "'" + exercise.id +
                                   "' is a built-in exercise and cannot be edited; duplicate it "
                                   "to make an editable copy");
        }
        checkNeighboursExist(db, exercise);
        ExerciseWriter(db).update(stored->rid, exercise, basedOnVersion);
        checkLadderAround(db, exercise.id);
    });
}

std::optional<ExerciseStamp> ExerciseRepository::stamp(std::string_view id) const
{
    Session* db = m_db.session();
    Query select(db, "SELECT " + rowStampColumns(db) + " FROM exercises WHERE id = ?");
    select.bind(1, id);
    if (!select.step()) {
        return std::nullopt;
    }
    return ExerciseStamp{select.int64(0), select.text(1), select.text(2)};
}

void ExerciseRepository::remove(std::string_view id)
{
    m_db.transaction([&] {
        Session* db = m_db.session();
        const auto stored = storedKey(db, id);
        if (!stored) {
            throwExerciseNotFound(id);
        }
        if (stored->builtin) {
            throw StorageError(StorageError::Kind::ReadOnly,
                               "'" + std::string(id) +
                                   "' is a built-in exercise and cannot be deleted; hide it "
                                   "instead");
        }
        deleteExercise(db, stored->rid);
    });
}

void ExerciseRepository::setHidden(std::string_view id, bool hidden)
{
    m_db.transaction([&] {
        Query update(m_db.session(), "UPDATE exercises SET hidden = ?" + std::string(kRowStampSet) +
                                         " WHERE id = ?");
        update.bind(1, hidden);
        bindRowStamp(update, 2);
        update.bind(4, id).run();
        if (update.changes() == 0) {
            throwExerciseNotFound(id);
        }
    });
}

Exercise ExerciseRepository::duplicate(std::string_view id)
{
    Exercise copy;
    m_db.transaction([&] {
        Session* db = m_db.session();
        auto original = find(id);
        if (!original) {
            throwExerciseNotFound(id);
        }
        copy = std::move(*original);
        // "<id>-copy", then "<id>-copy-2", ...; the base is shortened so the slug stays <= 64.
        Query exists(db, "SELECT 1 FROM exercises WHERE id = ?");
        for (int n = 1;; ++n) {
            const std::string suffix = n == 1 ? "-copy" : "-copy-" + std::to_string(n);
            std::string base(id.substr(0, std::min<std::size_t>(id.size(), 64 - suffix.size())));
            while (!base.empty() && base.back() == '-') {
                base.pop_back();
            }
            const std::string candidate = base + suffix;
            exists.reset();
            exists.bind(1, candidate);
            if (!exists.step()) {
                copy.id = candidate;
                break;
            }
        }
        const std::string suffix = " (copy)";
        copy.name = truncateUtf8(copy.name, 80 - suffix.size()) + suffix;
        copy.builtin = false;
        copy.hidden = false;
        validateOrThrow(copy);
        ExerciseWriter(db).insert(copy);
        checkLadderAround(db, copy.id);
    });
    return copy;
}

std::vector<std::string>
ExerciseRepository::clashingIds(const std::vector<Exercise>& incoming) const
{
    std::vector<std::string> clashes;
    Query select(m_db.session(), "SELECT 1 FROM exercises WHERE id = ?");
    for (const Exercise& e : incoming) {
        select.reset();
        select.bind(1, e.id);
        if (select.step()) {
            clashes.push_back(e.id);
        }
    }
    return clashes;
}

std::vector<core::ExerciseLinks> ExerciseRepository::links() const
{
    Query select(m_db.session(), "SELECT id, easier, harder FROM exercises");
    std::vector<core::ExerciseLinks> out;
    while (select.step()) {
        out.push_back({select.text(0), select.text(1), select.text(2)});
    }
    return out;
}

} // namespace glidepath::storage
