// The list windows of ExerciseRepository: a page of rows, the count and a row's position, each
// reading only what a list shows, so the Library page costs the same at 100 or 100,000 exercises.

#include "exercise_search_index.h"
#include "exercise_sql.h"
#include "exercise_text_sql.h"
#include "repository_support.h"

#include <glidepath/storage/exercise_repository.h>

#include <sstream>

namespace glidepath::storage {

using detail::parseStored;
using detail::Query;

namespace {

// The name and summary in the list's language, so a row shows what its place in the order says.
std::string listColumns(const detail::Session* db, const ExerciseQuery& query)
{
    const std::string language = detail::listLanguage(query.filter.language);
    return "e.id, " + detail::shownNameSql(language) + ", " + detail::shownSummarySql(language) +
           ", e.category, e.phase_min, e.phase_max, e.knee_flexion, e.impact, "
           "e.builtin, e.hidden, " +
           detail::equipmentListSql(db);
}

ExerciseListRow readListRow(const Query& s)
{
    ExerciseListRow row;
    row.id = s.text(0);
    row.name = s.text(1);
    row.summary = s.text(2);
    row.category = parseStored<core::Category>(s.text(3), "category");
    row.phaseMin = s.integer(4);
    row.phaseMax = s.integer(5);
    row.kneeFlexion = parseStored<core::KneeFlexion>(s.text(6), "knee flexion");
    row.impact = parseStored<core::Impact>(s.text(7), "impact");
    row.builtin = s.integer(8) != 0;
    row.hidden = s.integer(9) != 0;
    std::istringstream equipment(s.text(10));
    for (std::string item; equipment >> item;) {
        row.equipment.push_back(parseStored<core::Equipment>(item, "equipment"));
    }
    return row;
}

} // namespace

std::vector<ExerciseListRow> ExerciseRepository::rows(const ExerciseQuery& query, int offset,
                                                      int limit) const
{
    if (limit <= 0) {
        return {};
    }
    std::vector<ExerciseListRow> out;
    out.reserve(static_cast<std::size_t>(std::min(limit, 1024)));
    detail::Session* db = m_db.session();
    const std::string columns = listColumns(db, query);
    detail::forPage(db, query, std::max(offset, 0), limit, columns,
                    [&](const Query& select) { out.push_back(readListRow(select)); });
    m_rowsRead += out.size();
    return out;
}

int ExerciseRepository::countMatching(const ExerciseQuery& query) const
{
    detail::Session* db = m_db.session();
    const ExerciseFilter& f = query.filter;
    const bool onlyHiddenFilter =
        !f.category && !f.phase && !f.region && !f.equipment && !f.position && !f.precaution;
    if (onlyHiddenFilter) {
        // Counted without reading a row of the exercises table: the search index (or the
        // table's own count) less the hidden exercises, which have an index of their own.
        const std::string match = detail::searchQuery(db, query.text);
        const std::string hidden =
            f.includeHidden ? std::string() : " s.rowid NOT IN (" + detail::hiddenRidsSql(db) + ")";
        if (match.empty()) {
            return static_cast<int>(
                detail::queryInt(db, "SELECT (SELECT count(*) FROM exercises)" +
                                         (f.includeHidden ? std::string()
                                                          : " - (SELECT count(*) FROM (" +
                                                                detail::hiddenRidsSql(db) + ") h)"))
                    .value_or(0));
        }
        Query select(db,
                     "SELECT count(*) FROM exercise_search s WHERE " +
                         detail::indexMatchSql(db, 1) +
                         (hidden.empty() ? std::string() : " AND" + hidden),
                     detail::Planning::EachRun);
        select.bind(1, match);
        return select.step() ? select.integer(0) : 0;
    }
    const detail::ListSql sql = detail::listSql(db, query);
    Query select(db, "SELECT count(*) FROM " + sql.from + " WHERE " + sql.where, sql.planning());
    sql.bind(select, false);
    return select.step() ? select.integer(0) : 0;
}

std::optional<int> ExerciseRepository::positionOf(const ExerciseQuery& query,
                                                  std::string_view id) const
{
    int row = 0;
    detail::Session* db = m_db.session();
    for (const detail::ListSql& sql : detail::stagedSql(db, query)) {
        Query select(db, detail::pageSelect(sql, "e.id", 0), sql.planning());
        sql.bind(select, true);
        for (; select.step(); ++row) {
            if (select.text(0) == id) {
                return row;
            }
        }
    }
    return std::nullopt;
}

std::unordered_map<std::string, std::string>
ExerciseRepository::namesOf(const std::vector<std::string>& ids) const
{
    std::unordered_map<std::string, std::string> names;
    Query select(m_db.session(), "SELECT name FROM exercises WHERE id = ?");
    for (const std::string& id : ids) {
        if (names.count(id)) {
            continue;
        }
        select.reset();
        select.bind(1, id);
        if (select.step()) {
            names.emplace(id, select.text(0));
            ++m_rowsRead;
        }
    }
    return names;
}

} // namespace glidepath::storage
