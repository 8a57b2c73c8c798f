#include "exercise_sql.h"
#include "exercise_text_sql.h"
#include "repository_support.h"

#include <glidepath/core/text_fold.h>
#include <glidepath/core/validation.h>
#include <glidepath/storage/exercise_repository.h>

#include <algorithm>
#include <array>
#include <limits>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <variant>

namespace glidepath::storage {

using core::Exercise;
using detail::ftsQuery;
using detail::parseStored;
using detail::Statement;

namespace {

constexpr std::string_view kLibraryVersionKey = "builtin_library_version";

constexpr std::string_view kColumns =
    "e.rid, e.id, e.name, e.summary, e.category, e.phase_min, e.phase_max, e.position, "
    "e.knee_flexion, e.impact, e.laterality, e.sets, e.reps, e.hold_seconds, e.tempo, "
    "e.rest_seconds, e.min_sets, e.max_sets, e.min_reps, e.max_reps, e.min_hold_seconds, "
    "e.max_hold_seconds, e.easier, e.harder, e.builtin, e.hidden, e.illustration, e.load_kind, "
    "e.load_level, e.max_load_level";

// The child tables holding an exercise's lists, in the order Lists below uses.
struct ChildTable
{
    std::string_view table;
    std::string_view column;
};
constexpr std::array<ChildTable, 7> kChildTables{{
    {"exercise_instructions", "text"},
    {"exercise_cues", "text"},
    {"exercise_muscles", "muscle"},
    {"exercise_regions", "region"},
    {"exercise_equipment", "equipment"},
    {"exercise_precautions", "precaution"},
    {"exercise_goals", "goal"},
}};

template <typename E> std::vector<std::string> names(const std::vector<E>& values)
{
    std::vector<std::string> out;
    out.reserve(values.size());
    for (const E value : values) {
        out.emplace_back(core::toString(value));
    }
    return out;
}

template <typename E>
std::vector<E> parseList(const std::vector<std::string>& texts, std::string_view what)
{
    std::vector<E> out;
    out.reserve(texts.size());
    for (const auto& text : texts) {
        out.push_back(parseStored<E>(text, what));
    }
    return out;
}

// An exercise's lists as stored text, one entry per child table.
using Lists = std::array<std::vector<std::string>, kChildTables.size()>;

Lists listsOf(const Exercise& e)
{
    return {
        e.instructions,       e.cues,        names(e.muscles), names(e.regions), names(e.equipment),
        names(e.precautions), names(e.goals)};
}

void applyLists(Exercise& e, Lists& lists)
{
    e.instructions = std::move(lists[0]);
    e.cues = std::move(lists[1]);
    e.muscles = parseList<core::Muscle>(lists[2], "muscle");
    e.regions = parseList<core::Region>(lists[3], "region");
    e.equipment = parseList<core::Equipment>(lists[4], "equipment");
    e.precautions = parseList<core::Precaution>(lists[5], "precaution");
    e.goals = parseList<core::Goal>(lists[6], "goal");
}

struct Row
{
    std::int64_t rid = 0;
    Exercise exercise;
};

Row readRow(const Statement& s)
{
    Row row;
    row.rid = s.int64(0);
    Exercise& e = row.exercise;
    e.id = s.text(1);
    e.name = s.text(2);
    e.summary = s.text(3);
    e.category = parseStored<core::Category>(s.text(4), "category");
    e.phaseMin = s.integer(5);
    e.phaseMax = s.integer(6);
    e.position = parseStored<core::Position>(s.text(7), "position");
    e.kneeFlexion = parseStored<core::KneeFlexion>(s.text(8), "knee flexion");
    e.impact = parseStored<core::Impact>(s.text(9), "impact");
    e.laterality = parseStored<core::Laterality>(s.text(10), "laterality");
    e.dose.sets = s.integer(11);
    e.dose.reps = s.integer(12);
    e.dose.holdSeconds = s.integer(13);
    e.dose.tempo = s.text(14);
    e.dose.restSeconds = s.integer(15);
    e.limits.minSets = s.integer(16);
    e.limits.maxSets = s.integer(17);
    e.limits.minReps = s.integer(18);
    e.limits.maxReps = s.integer(19);
    e.limits.minHoldSeconds = s.integer(20);
    e.limits.maxHoldSeconds = s.integer(21);
    e.easier = s.text(22);
    e.harder = s.text(23);
    e.builtin = s.integer(24) != 0;
    e.hidden = s.integer(25) != 0;
    if (!s.isNull(26)) {
        // A picture that cannot be read is left out rather than failing the whole exercise:
        // the exercise then draws its position's default figure.
        e.illustration = core::decodeIllustration(s.text(26));
    }
    e.dose.loadKind = parseStored<core::LoadKind>(s.text(27), "load kind");
    e.dose.loadLevel = s.integer(28);
    e.limits.maxLoadLevel = s.integer(29);
    return row;
}

// Fills in the lists of rows read from the exercises table. Rows are looked up one by one
// through the primary keys, unless they are a large share of the table: then one ordered pass
// over each child table is cheaper than that many lookups.
void loadLists(sqlite3* db, std::vector<Row>& rows)
{
    if (rows.empty()) {
        return;
    }
    std::vector<Lists> lists(rows.size());
    const auto highestRid = detail::queryInt(db, "SELECT max(rid) FROM exercises").value_or(0);
    const bool fewRows = static_cast<std::int64_t>(rows.size()) * 8 < highestRid;
    if (fewRows) {
        // One statement gathers all six lists of an exercise: one bind and step loop per row.
        std::string sql;
        for (std::size_t t = 0; t < kChildTables.size(); ++t) {
            sql += (t ? " UNION ALL " : "") + ("SELECT " + std::to_string(t) + ", position, ") +
                   std::string(kChildTables[t].column) + " FROM " +
                   std::string(kChildTables[t].table) + " WHERE exercise_rid = ?1";
        }
        // Rows are placed by their stored position, so no ORDER BY (and no sorter) is needed.
        Statement select(db, sql);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            select.reset();
            select.bind(1, rows[r].rid);
            while (select.step()) {
                auto& list = lists[r][static_cast<std::size_t>(select.int64(0))];
                const auto position = static_cast<std::size_t>(select.int64(1));
                if (position >= list.size()) {
                    list.resize(position + 1);
                }
                list[position] = select.text(2);
            }
        }
    } else {
        std::unordered_map<std::int64_t, std::size_t> byRid;
        byRid.reserve(rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r) {
            byRid.emplace(rows[r].rid, r);
        }
        for (std::size_t t = 0; t < kChildTables.size(); ++t) {
            Statement select(db, "SELECT exercise_rid, " + std::string(kChildTables[t].column) +
                                     " FROM " + std::string(kChildTables[t].table) +
                                     " ORDER BY exercise_rid, position");
            while (select.step()) {
                const auto it = byRid.find(select.int64(0));
                if (it != byRid.end()) {
                    lists[it->second][t].push_back(select.text(1));
                }
            }
        }
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        applyLists(rows[r].exercise, lists[r]);
    }
}

std::vector<Exercise> exercisesOf(std::vector<Row>& rows)
{
    std::vector<Exercise> out;
    out.reserve(rows.size());
    for (Row& row : rows) {
        out.push_back(std::move(row.exercise));
    }
    return out;
}

// Prepared statements for writing many exercises in one go (imports, seeding).
class Writer
{
public:
    explicit Writer(sqlite3* db)
        : m_db(db),
          m_insert(db, "INSERT INTO exercises (id, name, summary, category, phase_min, "
                       "phase_max, position, knee_flexion, impact, laterality, sets, "
                       "reps, hold_seconds, tempo, rest_seconds, min_sets, max_sets, "
                       "min_reps, max_reps, min_hold_seconds, max_hold_seconds, easier, "
                       "harder, builtin, hidden, illustration, name_key, load_kind, load_level, "
                       "max_load_level) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                       "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, "
                       "?26, ?27, ?29, ?30, ?31)"),
          m_update(db, "UPDATE exercises SET id = ?1, name = ?2, summary = ?3, category = ?4, "
                       "phase_min = ?5, phase_max = ?6, position = ?7, knee_flexion = ?8, "
                       "impact = ?9, laterality = ?10, sets = ?11, reps = ?12, hold_seconds = ?13, "
                       "tempo = ?14, rest_seconds = ?15, min_sets = ?16, max_sets = ?17, "
                       "min_reps = ?18, max_reps = ?19, min_hold_seconds = ?20, "
                       "max_hold_seconds = ?21, easier = ?22, harder = ?23, builtin = ?24, "
                       "hidden = ?25, illustration = ?26, name_key = ?28, load_kind = ?29, "
                       "load_level = ?30, max_load_level = ?31 WHERE rid = ?27"),
          m_deleteSearch(db, "DELETE FROM exercise_search WHERE rowid = ?"),
          // The exercise's other languages (stored texts) stay in its row of the index.
          m_insertSearch(db, "INSERT INTO exercise_search (rowid, name, target, muscles, summary, "
                             "cues) VALUES (?1, ?2 || " +
                                 detail::otherLanguagesSql("name", "?1") + ", ?3, ?4, ?5 || " +
                                 detail::otherLanguagesSql("summary", "?1") + ", ?6 || " +
                                 detail::otherLanguagesSql("cues", "?1") + ")")
    {
        for (const auto& child : kChildTables) {
            m_deleteChildren.emplace_back(std::make_unique<Statement>(
                db, "DELETE FROM " + std::string(child.table) + " WHERE exercise_rid = ?"));
            m_insertChild.emplace_back(std::make_unique<Statement>(
                db, "INSERT INTO " + std::string(child.table) + " (exercise_rid, position, " +
                        std::string(child.column) + ") VALUES (?, ?, ?)"));
        }
    }

    std::int64_t insert(const Exercise& e)
    {
        m_insert.reset();
        bindFields(m_insert, e);
        m_insert.bind(27, core::foldForSorting(e.name));
        m_insert.run();
        const std::int64_t rid = sqlite3_last_insert_rowid(m_db);
        writeLists(rid, e, false);
        return rid;
    }

    void update(std::int64_t rid, const Exercise& e)
    {
        m_update.reset();
        bindFields(m_update, e);
        m_update.bind(27, rid).bind(28, core::foldForSorting(e.name));
        m_update.run();
        writeLists(rid, e, true);
    }

private:
    static void bindFields(Statement& s, const Exercise& e)
    {
        s.bind(1, e.id).bind(2, e.name).bind(3, e.summary);
        s.bind(4, core::toString(e.category)).bind(5, e.phaseMin).bind(6, e.phaseMax);
        s.bind(7, core::toString(e.position)).bind(8, core::toString(e.kneeFlexion));
        s.bind(9, core::toString(e.impact)).bind(10, core::toString(e.laterality));
        s.bind(11, e.dose.sets).bind(12, e.dose.reps).bind(13, e.dose.holdSeconds);
        s.bind(14, e.dose.tempo).bind(15, e.dose.restSeconds);
        s.bind(16, e.limits.minSets).bind(17, e.limits.maxSets).bind(18, e.limits.minReps);
        s.bind(19, e.limits.maxReps).bind(20, e.limits.minHoldSeconds);
        s.bind(21, e.limits.maxHoldSeconds);
        s.bindOptional(22, e.easier).bindOptional(23, e.harder);
        s.bind(24, e.builtin).bind(25, e.hidden);
        if (e.illustration) {
            s.bind(26, core::encodeIllustration(*e.illustration));
        } else {
            s.bindNull(26);
        }
        s.bind(29, core::toString(e.dose.loadKind)).bind(30, e.dose.loadLevel);
        s.bind(31, e.limits.maxLoadLevel);
    }

    void writeLists(std::int64_t rid, const Exercise& e, bool replace)
    {
        const Lists lists = listsOf(e);
        for (std::size_t t = 0; t < kChildTables.size(); ++t) {
            if (replace) {
                m_deleteChildren[t]->reset();
                m_deleteChildren[t]->bind(1, rid).run();
            }
            for (std::size_t i = 0; i < lists[t].size(); ++i) {
                Statement& insert = *m_insertChild[t];
                insert.reset();
                insert.bind(1, rid).bind(2, static_cast<std::int64_t>(i)).bind(3, lists[t][i]);
                insert.run();
            }
        }
        if (replace) {
            m_deleteSearch.reset();
            m_deleteSearch.bind(1, rid).run();
        }
        m_insertSearch.reset();
        m_insertSearch.bind(1, rid).bind(2, e.name).bind(3, detail::targetText(e.muscles));
        m_insertSearch.bind(4, detail::otherMusclesText(e.muscles)).bind(5, e.summary);
        m_insertSearch.bind(6, detail::joinedLines(e.cues));
        m_insertSearch.run();
    }

    sqlite3* m_db;
    Statement m_insert;
    Statement m_update;
    Statement m_deleteSearch;
    Statement m_insertSearch;
    std::vector<std::unique_ptr<Statement>> m_deleteChildren;
    std::vector<std::unique_ptr<Statement>> m_insertChild;
};

struct StoredKey
{
    std::int64_t rid = 0;
    bool builtin = false;
};

std::optional<StoredKey> storedKey(sqlite3* db, std::string_view id)
{
    Statement select(db, "SELECT rid, builtin FROM exercises WHERE id = ?");
    select.bind(1, id);
    if (!select.step()) {
        return std::nullopt;
    }
    return StoredKey{select.int64(0), select.integer(1) != 0};
}

// Child rows go by ON DELETE CASCADE, links from other exercises by ON DELETE SET NULL.
void deleteExercise(sqlite3* db, std::int64_t rid)
{
    Statement search(db, "DELETE FROM exercise_search WHERE rowid = ?");
    search.bind(1, rid).run();
    Statement remove(db, "DELETE FROM exercises WHERE rid = ?");
    remove.bind(1, rid).run();
}

[[noreturn]] void throwNotFound(std::string_view id)
{
    throw StorageError(StorageError::Kind::NotFound,
                       "there is no exercise with the id '" + std::string(id) + "'");
}

[[noreturn]] void throwInvalid(const std::string& what, std::vector<core::ValidationIssue> issues)
{
    std::string message = what;
    for (std::size_t i = 0; i < issues.size() && i < 5; ++i) {
        message += (i == 0 ? ": " : "; ") +
                   (issues[i].exerciseId.empty() ? std::string() : issues[i].exerciseId + " ") +
                   issues[i].field + ": " + issues[i].message;
    }
    if (issues.size() > 5) {
        message += "; and " + std::to_string(issues.size() - 5) + " more";
    }
    throw StorageError(StorageError::Kind::Invalid, message, std::move(issues));
}

void validateOrThrow(const Exercise& e)
{
    auto issues = core::validateExercise(e);
    if (!issues.empty()) {
        throwInvalid("the exercise '" + e.id + "' is not valid", std::move(issues));
    }
}

// The neighbours an exercise names must be stored already.
void checkNeighboursExist(sqlite3* db, const Exercise& e)
{
    std::vector<core::ValidationIssue> issues;
    Statement select(db, "SELECT 1 FROM exercises WHERE id = ?");
    for (const auto& [field, target] :
         {std::pair<std::string, const std::string&>{"easier", e.easier}, {"harder", e.harder}}) {
        if (target.empty()) {
            continue;
        }
        select.reset();
        select.bind(1, target);
        if (!select.step()) {
            issues.push_back({e.id, field, "no exercise has the id '" + target + "'"});
        }
    }
    if (!issues.empty()) {
        throwInvalid("the exercise '" + e.id + "' links to a missing exercise", std::move(issues));
    }
}

// Only id, easier and harder are read: what core::validateLinks needs.
std::vector<Exercise> linksOf(Statement& select)
{
    std::vector<Exercise> out;
    while (select.step()) {
        Exercise e;
        e.id = select.text(0);
        e.easier = select.text(1);
        e.harder = select.text(2);
        out.push_back(std::move(e));
    }
    return out;
}

// The same, as ids only: the ladder checks read every exercise of a database.
std::vector<core::ExerciseLinks> linkRecordsOf(Statement& select)
{
    std::vector<core::ExerciseLinks> out;
    while (select.step()) {
        out.push_back({select.text(0), select.text(1), select.text(2)});
    }
    return out;
}

// Checks the ladder an exercise belongs to (everything linked to it either way) after a write.
void checkLadderAround(sqlite3* db, std::string_view id)
{
    Statement select(db, R"sql(
        WITH RECURSIVE ladder(id) AS (
            SELECT ?1
            UNION SELECT x.harder FROM exercises x JOIN ladder l ON x.id = l.id
                  WHERE x.harder IS NOT NULL
            UNION SELECT x.easier FROM exercises x JOIN ladder l ON x.id = l.id
                  WHERE x.easier IS NOT NULL
            UNION SELECT x.id FROM exercises x JOIN ladder l ON x.harder = l.id
            UNION SELECT x.id FROM exercises x JOIN ladder l ON x.easier = l.id
        )
        SELECT e.id, e.easier, e.harder FROM exercises e JOIN ladder USING (id))sql");
    select.bind(1, id);
    auto issues = core::validateLinks(linkRecordsOf(select));
    if (!issues.empty()) {
        throwInvalid("the easier/harder links of '" + std::string(id) + "' would break a ladder",
                     std::move(issues));
    }
}

void checkAllLadders(sqlite3* db, const std::string& what)
{
    Statement select(db, "SELECT id, easier, harder FROM exercises");
    auto issues = core::validateLinks(linkRecordsOf(select));
    if (!issues.empty()) {
        throwInvalid(what, std::move(issues));
    }
}

// Cuts text to at most maxCodePoints code points without splitting a UTF-8 sequence.
std::string truncateUtf8(const std::string& text, std::size_t maxCodePoints)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (count == maxCodePoints) {
                return text.substr(0, i);
            }
            ++count;
        }
    }
    return text;
}

} // namespace

std::optional<Exercise> ExerciseRepository::find(std::string_view id) const
{
    Statement select(m_db.handle(),
                     "SELECT " + std::string(kColumns) + " FROM exercises e WHERE e.id = ?");
    select.bind(1, id);
    if (!select.step()) {
        return std::nullopt;
    }
    std::vector<Row> rows{readRow(select)};
    ++m_rowsRead;
    loadLists(m_db.handle(), rows);
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
    std::vector<Row> rows;
    detail::forPage(m_db.handle(), query, 0, limit > 0 ? limit : std::numeric_limits<int>::max(),
                    [&](const detail::ListSql& sql, int offset, int count) {
                        const int limitIndex = sql.nextIndex();
                        Statement select(m_db.handle(),
                                         detail::pageSelect(sql, kColumns, limitIndex));
                        sql.bind(select, true);
                        select.bind(limitIndex, count).bind(limitIndex + 1, offset);
                        const std::size_t before = rows.size();
                        while (select.step()) {
                            rows.push_back(readRow(select));
                        }
                        return static_cast<int>(rows.size() - before);
                    });
    m_rowsRead += rows.size();
    loadLists(m_db.handle(), rows);
    return exercisesOf(rows);
}

int ExerciseRepository::count(bool includeHidden) const
{
    return static_cast<int>(
        detail::queryInt(m_db.handle(), includeHidden
                                            ? "SELECT count(*) FROM exercises"
                                            : "SELECT count(*) FROM exercises WHERE hidden = 0")
            .value_or(0));
}

ExerciseTally ExerciseRepository::tally() const
{
    Statement select(m_db.handle(), "SELECT coalesce(sum(builtin <> 0), 0), "
                                    "coalesce(sum(builtin = 0), 0), coalesce(sum(hidden <> 0), 0) "
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
        throwInvalid("only the shipped library can add built-in exercises",
                     {{exercise.id, "builtin", "a new exercise is always a custom one"}});
    }
    validateOrThrow(exercise);
    m_db.transaction([&] {
        sqlite3* db = m_db.handle();
        if (storedKey(db, exercise.id)) {
            throw StorageError(StorageError::Kind::Conflict,
                               "an exercise with the id '" + exercise.id + "' already exists");
        }
        checkNeighboursExist(db, exercise);
        Writer(db).insert(exercise);
        checkLadderAround(db, exercise.id);
    });
}

void ExerciseRepository::update(const Exercise& exercise)
{
    validateOrThrow(exercise);
    m_db.transaction([&] {
        sqlite3* db = m_db.handle();
        const auto stored = storedKey(db, exercise.id);
        if (!stored) {
            throwNotFound(exercise.id);
        }
        if (stored->builtin || exercise.builtin) {
            throw StorageError(StorageError::Kind::ReadOnly,
                               "'" + exercise.id +
                                   "' is a built-in exercise and cannot be edited; duplicate it "
                                   "to make an editable copy");
        }
        checkNeighboursExist(db, exercise);
        Writer(db).update(stored->rid, exercise);
        checkLadderAround(db, exercise.id);
    });
}

void ExerciseRepository::remove(std::string_view id)
{
    m_db.transaction([&] {
        sqlite3* db = m_db.handle();
        const auto stored = storedKey(db, id);
        if (!stored) {
            throwNotFound(id);
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
        Statement update(m_db.handle(), "UPDATE exercises SET hidden = ? WHERE id = ?");
        update.bind(1, hidden).bind(2, id).run();
        if (sqlite3_changes(m_db.handle()) == 0) {
            throwNotFound(id);
        }
    });
}

Exercise ExerciseRepository::duplicate(std::string_view id)
{
    Exercise copy;
    m_db.transaction([&] {
        sqlite3* db = m_db.handle();
        auto original = find(id);
        if (!original) {
            throwNotFound(id);
        }
        copy = std::move(*original);
        // "<id>-copy", then "<id>-copy-2", ...; the base is shortened so the slug stays <= 64.
        Statement exists(db, "SELECT 1 FROM exercises WHERE id = ?");
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
        Writer(db).insert(copy);
        checkLadderAround(db, copy.id);
    });
    return copy;
}

std::vector<std::string>
ExerciseRepository::clashingIds(const std::vector<Exercise>& incoming) const
{
    std::vector<std::string> clashes;
    Statement select(m_db.handle(), "SELECT 1 FROM exercises WHERE id = ?");
    for (const Exercise& e : incoming) {
        select.reset();
        select.bind(1, e.id);
        if (select.step()) {
            clashes.push_back(e.id);
        }
    }
    return clashes;
}

std::vector<Exercise> ExerciseRepository::links() const
{
    Statement select(m_db.handle(), "SELECT id, easier, harder FROM exercises");
    return linksOf(select);
}

ImportSummary ExerciseRepository::importExercises(const std::vector<Exercise>& incoming,
                                                  ClashPolicy policy, const LibraryTexts& texts)
{
    // Every problem of the exercises themselves at once, before anything is written.
    std::vector<core::ValidationIssue> issues;
    std::unordered_set<std::string> seen;
    for (const Exercise& e : incoming) {
        auto own = core::validateExercise(e);
        issues.insert(issues.end(), own.begin(), own.end());
        if (!seen.insert(e.id).second) {
            issues.push_back({e.id, "id", "the id '" + e.id + "' appears more than once"});
        }
    }
    if (!issues.empty()) {
        throwInvalid("the import was refused and nothing was changed", std::move(issues));
    }

    ImportSummary summary;
    m_db.transaction([&] {
        ExerciseImport import(m_db, policy);
        for (const Exercise& e : incoming) {
            const auto found = texts.find(e.id);
            import.add(e, found == texts.end() ? ExerciseTexts{} : found->second);
        }
        summary = import.finish();
    });
    return summary;
}

struct ExerciseImport::State
{
    State(sqlite3* db, ClashPolicy policy)
        : db(db), policy(policy), writer(db),
          stored(db, "SELECT rid, builtin FROM exercises WHERE id = ?")
    {}

    sqlite3* db;
    ClashPolicy policy;
    Writer writer;
    Statement stored;
    std::unordered_set<std::string> seen;
    std::vector<std::string> clashes;
    std::vector<std::string> builtinClashes;
    ImportSummary summary;
};

ExerciseImport::ExerciseImport(Database& db, ClashPolicy policy)
    : m_state(std::make_unique<State>(db.handle(), policy))
{}

ExerciseImport::~ExerciseImport() = default;

void ExerciseImport::add(const Exercise& incoming, const ExerciseTexts& texts)
{
    State& state = *m_state;
    validateOrThrow(incoming);
    if (!state.seen.insert(incoming.id).second) {
        throwInvalid("the import was refused and nothing was changed",
                     {{incoming.id, "id", "the id '" + incoming.id + "' appears more than once"}});
    }
    state.stored.reset();
    state.stored.bind(1, incoming.id);
    std::optional<StoredKey> stored;
    if (state.stored.step()) {
        stored = StoredKey{state.stored.int64(0), state.stored.integer(1) != 0};
    }
    if (stored) {
        state.clashes.push_back(incoming.id);
        if (stored->builtin && !incoming.builtin && state.policy == ClashPolicy::Replace) {
            state.builtinClashes.push_back(incoming.id);
        }
        if (state.policy == ClashPolicy::Fail || !state.builtinClashes.empty()) {
            return; // refused by finish(); nothing more is worth writing
        }
        if (state.policy == ClashPolicy::Skip || stored->builtin) {
            ++state.summary.skipped;
            return;
        }
    }
    Exercise e = incoming;
    e.builtin = false;
    const std::int64_t rid = stored ? stored->rid : state.writer.insert(e);
    if (stored) {
        state.writer.update(stored->rid, e);
        ++state.summary.replaced;
    } else {
        ++state.summary.added;
    }
    if (!texts.empty() || stored) {
        detail::writeExerciseTexts(state.db, rid, e.id, texts);
    }
}

const std::vector<std::string>& ExerciseImport::clashes() const
{
    return m_state->clashes;
}

const std::vector<std::string>& ExerciseImport::builtinClashes() const
{
    return m_state->builtinClashes;
}

ImportSummary ExerciseImport::finish()
{
    const State& state = *m_state;
    const auto joined = [](const std::vector<std::string>& ids) {
        std::string out;
        for (std::size_t i = 0; i < ids.size() && i < 10; ++i) {
            out += (i ? ", " : "") + ids[i];
        }
        return ids.size() > 10 ? out + ", …" : out;
    };
    if (state.policy == ClashPolicy::Fail && !state.clashes.empty()) {
        throw StorageError(StorageError::Kind::Conflict,
                           "these exercises already exist: " + joined(state.clashes) +
                               "; nothing was imported");
    }
    if (!state.builtinClashes.empty()) {
        throw StorageError(StorageError::Kind::ReadOnly, "built-in exercises cannot be replaced: " +
                                                             joined(state.builtinClashes) +
                                                             "; nothing was imported");
    }
    checkAllLadders(state.db, "the import was refused and nothing was changed");
    return state.summary;
}

int ExerciseRepository::builtinLibraryVersion() const
{
    Statement select(m_db.handle(), "SELECT value FROM meta WHERE key = ?");
    select.bind(1, kLibraryVersionKey);
    if (!select.step()) {
        return 0;
    }
    const std::string text = select.text(0);
    try {
        return std::stoi(text);
    } catch (const std::exception&) {
        throw StorageError(StorageError::Kind::Corrupt,
                           "the stored library version '" + text + "' is not a number");
    }
}

SeedSummary ExerciseRepository::seedBuiltins(const std::vector<Exercise>& builtins,
                                             int libraryVersion, const LibraryTexts& texts)
{
    SeedSummary summary;
    summary.previousVersion = builtinLibraryVersion();
    summary.currentVersion = summary.previousVersion;
    if (libraryVersion <= summary.previousVersion) {
        return summary;
    }
    auto issues = core::validateLibrary(builtins);
    if (!issues.empty()) {
        throwInvalid("the built-in library is not valid", std::move(issues));
    }

    m_db.transaction([&] {
        sqlite3* db = m_db.handle();
        Writer writer(db);
        std::set<std::string> shipped;
        for (const Exercise& incoming : builtins) {
            shipped.insert(incoming.id);
            Exercise e = incoming;
            e.builtin = true;
            const auto stored = storedKey(db, e.id);
            std::int64_t rid = 0;
            if (!stored) {
                e.hidden = false;
                rid = writer.insert(e);
                ++summary.added;
            } else if (!stored->builtin) {
                summary.skippedIds.push_back(e.id); // the user's own exercise keeps the id
                continue;
            } else {
                Statement hidden(db, "SELECT hidden FROM exercises WHERE rid = ?");
                hidden.bind(1, stored->rid);
                e.hidden = hidden.step() && hidden.integer(0) != 0;
                rid = stored->rid;
                writer.update(rid, e);
                ++summary.updated;
            }
            const auto found = texts.find(e.id);
            detail::writeExerciseTexts(db, rid, e.id,
                                       found == texts.end() ? ExerciseTexts{} : found->second);
        }

        // Built-ins no longer shipped. Those a custom exercise links to (directly, or through
        // another one kept for that reason) become custom; the rest are removed.
        std::set<std::string> dropped;
        {
            Statement select(db, "SELECT id FROM exercises WHERE builtin = 1");
            while (select.step()) {
                if (!shipped.count(select.text(0))) {
                    dropped.insert(select.text(0));
                }
            }
        }
        Statement linkedFromCustom(db, "SELECT 1 FROM exercises WHERE builtin = 0 AND "
                                       "(easier = ?1 OR harder = ?1) LIMIT 1");
        Statement makeCustom(db, "UPDATE exercises SET builtin = 0 WHERE id = ?");
        for (bool changed = true; changed;) {
            changed = false;
            for (auto it = dropped.begin(); it != dropped.end();) {
                linkedFromCustom.reset();
                linkedFromCustom.bind(1, *it);
                if (linkedFromCustom.step()) {
                    makeCustom.reset();
                    makeCustom.bind(1, *it).run();
                    ++summary.keptAsCustom;
                    it = dropped.erase(it);
                    changed = true;
                } else {
                    ++it;
                }
            }
        }
        for (const auto& id : dropped) {
            deleteExercise(db, storedKey(db, id)->rid);
            ++summary.removed;
        }

        Statement version(db, "INSERT INTO meta (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        version.bind(1, kLibraryVersionKey).bind(2, std::to_string(libraryVersion)).run();
    });
    summary.currentVersion = libraryVersion;
    return summary;
}

} // namespace glidepath::storage
