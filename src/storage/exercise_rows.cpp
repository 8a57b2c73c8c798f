#include "exercise_rows.h"

#include "exercise_search_index.h"
#include "exercise_text_sql.h"
#include "repository_support.h"

#include <glidepath/core/text_fold.h>

#include <algorithm>
#include <deque>
#include <set>
#include <unordered_map>

namespace glidepath::storage::detail {

using core::Exercise;

const std::string_view kExerciseColumns =
    "e.rid, e.id, e.name, e.summary, e.category, e.phase_min, e.phase_max, e.position, "
    "e.knee_flexion, e.impact, e.laterality, e.sets, e.reps, e.hold_seconds, e.tempo, "
    "e.rest_seconds, e.min_sets, e.max_sets, e.min_reps, e.max_reps, e.min_hold_seconds, "
    "e.max_hold_seconds, e.easier, e.harder, e.builtin, e.hidden, e.illustration, e.load_kind, "
    "e.load_level, e.max_load_level, e.timing";

namespace {

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

} // namespace

ExerciseRow readExerciseRow(const Query& s)
{
    ExerciseRow row;
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
    e.timing = parseStored<core::Timing>(s.text(30), "timing");
    return row;
}

// Fills in the lists of rows read from the exercises table. Rows are looked up one by one
// through the primary keys, unless they are a large share of the table: then one ordered pass
// over each child table is cheaper than that many lookups.
void loadLists(Session* db, std::vector<ExerciseRow>& rows)
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
        Query select(db, sql);
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
            Query select(db, "SELECT exercise_rid, " + std::string(kChildTables[t].column) +
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

std::vector<Exercise> exercisesOf(std::vector<ExerciseRow>& rows)
{
    std::vector<Exercise> out;
    out.reserve(rows.size());
    for (ExerciseRow& row : rows) {
        out.push_back(std::move(row.exercise));
    }
    return out;
}

// The exercise's fields as ?1..?31 (name_key ?27; load ?28..?30; timing ?31), then who saved it
// and when as ?32 and ?33 (the server's trigger writes its own).
constexpr std::string_view kWrittenColumns =
    "id, name, summary, category, phase_min, phase_max, position, knee_flexion, impact, "
    "laterality, sets, reps, hold_seconds, tempo, rest_seconds, min_sets, max_sets, min_reps, "
    "max_reps, min_hold_seconds, max_hold_seconds, easier, harder, builtin, hidden, illustration, "
    "name_key, load_kind, load_level, max_load_level, timing, row_updated_by, row_updated_at";
constexpr int kWrittenCount = 33;

namespace {

std::string updateSql(bool basedOn)
{
    std::string sql = "UPDATE exercises SET ";
    std::string_view columns = kWrittenColumns;
    int index = 1;
    while (!columns.empty()) {
        const std::size_t comma = columns.find(", ");
        const std::string_view column = columns.substr(0, comma);
        sql += (index > 1 ? ", " : "") + std::string(column) + " = ?" + std::to_string(index);
        ++index;
        columns = comma == std::string_view::npos ? std::string_view() : columns.substr(comma + 2);
    }
    sql += ", row_version = row_version + 1 WHERE rid = ?" + std::to_string(kWrittenCount + 1);
    if (basedOn) {
        sql += " AND row_version = ?" + std::to_string(kWrittenCount + 2);
    }
    return sql;
}

} // namespace

namespace {

// On the server, each list of an exercise is written in one statement for all seven tables
// (data-modifying WITH clauses), the lists bound as arrays: one round trip instead of one per
// entry, which is what an import of thousands costs on a network.
std::string serverListsSql(bool remove)
{
    std::string sql;
    for (std::size_t t = 0; t < kChildTables.size(); ++t) {
        const std::string table(kChildTables[t].table);
        const std::string statement =
            remove ? "DELETE FROM " + table + " WHERE exercise_rid = ?1"
                   : "INSERT INTO " + table + " (exercise_rid, position, " +
                         std::string(kChildTables[t].column) + ") SELECT ?1, u.o - 1, u.v FROM " +
                         "unnest(CAST(?" + std::to_string(t + 2) +
                         " AS text[])) WITH ORDINALITY AS u (v, o)";
        if (t + 1 == kChildTables.size()) {
            sql += (t ? " " : "") + statement;
        } else {
            sql += (t ? ", " : "WITH ") + std::string(1, static_cast<char>('a' + t)) + " AS (" +
                   statement + ")";
        }
    }
    return sql;
}

} // namespace

ExerciseWriter::ExerciseWriter(Session* db, bool batch)
    : m_db(db), m_batch(batch),
      m_insert(db, "INSERT INTO exercises (" + std::string(kWrittenColumns) + ") VALUES (" +
                       placeholders(kWrittenCount) + ") RETURNING rid"),
      m_update(db, updateSql(false))
{
    if (db->isServer()) {
        m_deleteLists = std::make_unique<Query>(db, serverListsSql(true));
        m_insertLists = std::make_unique<Query>(db, serverListsSql(false));
        return;
    }
    for (const auto& child : kChildTables) {
        m_deleteChildren.emplace_back(std::make_unique<Query>(
            db, "DELETE FROM " + std::string(child.table) + " WHERE exercise_rid = ?"));
        m_insertChild.emplace_back(std::make_unique<Query>(
            db, "INSERT INTO " + std::string(child.table) + " (exercise_rid, position, " +
                    std::string(child.column) + ") VALUES (?, ?, ?)"));
    }
    if (!db->isServer()) {
        m_deleteSearch = std::make_unique<Query>(db, "DELETE FROM exercise_search WHERE rowid = ?");
        // The exercise's other languages (stored texts) stay in its row of the index.
        m_insertSearch = std::make_unique<Query>(
            db, "INSERT INTO exercise_search (rowid, name, target, muscles, summary, cues) VALUES "
                "(?1, ?2 || " +
                    otherLanguagesSql("name", "?1") + ", ?3, ?4, ?5 || " +
                    otherLanguagesSql("summary", "?1") + ", ?6 || " +
                    otherLanguagesSql("cues", "?1") + ")");
    }
}

ExerciseWriter::~ExerciseWriter() = default;

std::int64_t ExerciseWriter::insert(const Exercise& e)
{
    m_insert.reset();
    bindFields(m_insert, e);
    const std::int64_t rid = m_insert.insertedId();
    writeLists(rid, e, false);
    return rid;
}

void throwStaleExercise(Session* db, std::int64_t rid, std::string_view id,
                        std::optional<std::int64_t> basedOn)
{
    Query stamp(db, "SELECT " + rowStampColumns(db) + " FROM exercises WHERE rid = ?");
    stamp.bind(1, rid);
    if (!stamp.step() || !basedOn) {
        throwExerciseNotFound(id);
    }
    std::string message = "the exercise '" + std::string(id) +
                          "' was changed since it was read (version " + std::to_string(*basedOn) +
                          ", now " + std::to_string(stamp.int64(0)) + ")";
    if (!stamp.text(1).empty()) {
        message += " by " + stamp.text(1);
    }
    if (!stamp.text(2).empty()) {
        message += " at " + stamp.text(2);
    }
    message += "; nothing was saved: reload it, or save yours as a new one";
    throw StaleRecordError(message, stamp.int64(0), stamp.text(1), stamp.text(2));
}

void ExerciseWriter::update(std::int64_t rid, const Exercise& e,
                            std::optional<std::int64_t> basedOnVersion)
{
    if (basedOnVersion && !m_updateBasedOn) {
        m_updateBasedOn = std::make_unique<Query>(m_db, updateSql(true));
    }
    Query& update = basedOnVersion ? *m_updateBasedOn : m_update;
    update.reset();
    bindFields(update, e);
    update.bind(kWrittenCount + 1, rid);
    if (basedOnVersion) {
        update.bind(kWrittenCount + 2, *basedOnVersion);
    }
    update.run();
    if (update.changes() == 0) {
        throwStaleExercise(m_db, rid, e.id, basedOnVersion);
    }
    writeLists(rid, e, true);
}

void ExerciseWriter::bindFields(Query& s, const Exercise& e) const
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
    s.bind(27, core::foldForSorting(e.name));
    s.bind(28, core::toString(e.dose.loadKind)).bind(29, e.dose.loadLevel);
    s.bind(30, e.limits.maxLoadLevel).bind(31, core::toString(e.timing));
    bindRowStamp(s, 32);
}

void ExerciseWriter::writeLists(std::int64_t rid, const Exercise& e, bool replace)
{
    const Lists lists = listsOf(e);
    if (m_db->isServer()) {
        if (replace) {
            m_deleteLists->reset();
            m_deleteLists->bind(1, rid).run();
        }
        m_insertLists->reset();
        m_insertLists->bind(1, rid);
        for (std::size_t t = 0; t < kChildTables.size(); ++t) {
            m_insertLists->bind(static_cast<int>(t) + 2, arrayLiteral(lists[t]));
        }
        m_insertLists->run();
        if (m_batch) {
            m_pendingSearch.push_back(rid);
        } else {
            writeServerSearchRow(m_db, rid);
        }
        return;
    }
    for (std::size_t t = 0; t < kChildTables.size(); ++t) {
        if (replace) {
            m_deleteChildren[t]->reset();
            m_deleteChildren[t]->bind(1, rid).run();
        }
        for (std::size_t i = 0; i < lists[t].size(); ++i) {
            Query& insert = *m_insertChild[t];
            insert.reset();
            insert.bind(1, rid).bind(2, static_cast<std::int64_t>(i)).bind(3, lists[t][i]);
            insert.run();
        }
    }
    if (m_batch) {
        // Written by finish(). Once FTS5 has a row in the transaction, every later statement
        // that may abort (each insert here) makes it write its pending words out as a segment
        // of their own; row by row, 10,000 exercises made 10,000 tiny segments to merge.
        m_pendingSearch.push_back(rid);
        return;
    }
    if (replace) {
        m_deleteSearch->reset();
        m_deleteSearch->bind(1, rid).run();
    }
    m_insertSearch->reset();
    m_insertSearch->bind(1, rid).bind(2, e.name).bind(3, targetText(e.muscles));
    m_insertSearch->bind(4, otherMusclesText(e.muscles)).bind(5, e.summary);
    m_insertSearch->bind(6, joinedLines(e.cues));
    m_insertSearch->run();
}

void ExerciseWriter::finish()
{
    if (m_db->isServer()) {
        writeServerSearchRows(m_db->server(), &m_pendingSearch);
    } else {
        // Runs of consecutive rids, one pair of statements each: a new import is one run.
        std::sort(m_pendingSearch.begin(), m_pendingSearch.end());
        for (std::size_t i = 0; i < m_pendingSearch.size();) {
            std::size_t end = i + 1;
            while (end < m_pendingSearch.size() &&
                   m_pendingSearch[end] <= m_pendingSearch[end - 1] + 1) {
                ++end;
            }
            writeSearchRows(m_db, m_pendingSearch[i], m_pendingSearch[end - 1]);
            i = end;
        }
    }
    m_pendingSearch.clear();
}

std::optional<StoredKey> storedKey(Session* db, std::string_view id)
{
    Query select(db, "SELECT rid, builtin FROM exercises WHERE id = ?");
    select.bind(1, id);
    if (!select.step()) {
        return std::nullopt;
    }
    return StoredKey{select.int64(0), select.integer(1) != 0};
}

void deleteExercise(Session* db, std::int64_t rid)
{
    Query search(db, "DELETE FROM exercise_search WHERE rowid = ?");
    search.bind(1, rid).run();
    Query remove(db, "DELETE FROM exercises WHERE rid = ?");
    remove.bind(1, rid).run();
}

void throwExerciseNotFound(std::string_view id)
{
    throw StorageError(StorageError::Kind::NotFound,
                       "there is no exercise with the id '" + std::string(id) + "'");
}

void throwInvalidExercise(const std::string& what, std::vector<core::ValidationIssue> issues)
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
        throwInvalidExercise("the exercise '" + e.id + "' is not valid", std::move(issues));
    }
}

void checkNeighboursExist(Session* db, const Exercise& e)
{
    std::vector<core::ValidationIssue> issues;
    Query select(db, "SELECT 1 FROM exercises WHERE id = ?");
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
        throwInvalidExercise("the exercise '" + e.id + "' links to a missing exercise",
                             std::move(issues));
    }
}

void checkLadderAround(Session* db, std::string_view id)
{
    // Walked one exercise at a time (a ladder is a handful): the same plain lookups on both
    // backends, each through an index (by id, easier, harder).
    Query self(db, "SELECT id, easier, harder FROM exercises WHERE id = ?");
    Query linkedTo(db, "SELECT id, easier, harder FROM exercises WHERE easier = ?1 OR harder = ?1");
    std::vector<core::ExerciseLinks> records;
    std::set<std::string> seen{std::string(id)};
    std::set<std::string> read;
    std::deque<std::string> queue{std::string(id)};
    const auto reach = [&](const std::string& next) {
        if (!next.empty() && seen.insert(next).second) {
            queue.push_back(next);
        }
    };
    const auto keep = [&](const Query& row) {
        core::ExerciseLinks links{row.text(0), row.text(1), row.text(2)};
        if (read.insert(links.id).second) {
            records.push_back(links);
        }
        reach(links.id);
        reach(links.easier);
        reach(links.harder);
    };
    while (!queue.empty()) {
        const std::string current = queue.front();
        queue.pop_front();
        self.reset();
        self.bind(1, current);
        while (self.step()) {
            keep(self);
        }
        linkedTo.reset();
        linkedTo.bind(1, current);
        while (linkedTo.step()) {
            keep(linkedTo);
        }
    }
    auto issues = core::validateLinks(records);
    if (!issues.empty()) {
        throwInvalidExercise("the easier/harder links of '" + std::string(id) +
                                 "' would break a ladder",
                             std::move(issues));
    }
}

void checkAllLadders(Session* db, const std::string& what)
{
    Query select(db, "SELECT id, easier, harder FROM exercises");
    std::vector<core::ExerciseLinks> records;
    while (select.step()) {
        records.push_back({select.text(0), select.text(1), select.text(2)});
    }
    auto issues = core::validateLinks(records);
    if (!issues.empty()) {
        throwInvalidExercise(what, std::move(issues));
    }
}

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

} // namespace glidepath::storage::detail
