#include "exercise_sql.h"

#include "exercise_search_index.h"
#include "exercise_search_survey.h"
#include "exercise_text_sql.h"

#include <glidepath/core/enum_names.h>
#include <glidepath/core/text_fold.h>

#include <array>
#include <limits>
#include <utility>

namespace glidepath::storage::detail {

namespace {

// "?N", built by appending (GCC 12 -Wrestrict false positive on "?" + std::string at -O3).
std::string param(int index)
{
    std::string out(1, '?');
    out += std::to_string(index);
    return out;
}

} // namespace

FilterSql filterSql(const ExerciseFilter& filter, int firstIndex)
{
    FilterSql out;
    const auto next = [&] { return param(firstIndex + static_cast<int>(out.values.size())); };
    std::vector<std::string> terms;
    if (!filter.includeHidden) {
        terms.emplace_back("e.hidden = 0");
    }
    if (filter.category) {
        terms.emplace_back("e.category = " + next());
        out.values.emplace_back(std::string(core::toString(*filter.category)));
    }
    if (filter.phase) {
        const std::string phase = next();
        terms.emplace_back("e.phase_min <= " + phase + " AND e.phase_max >= " + phase);
        out.values.emplace_back(std::int64_t{*filter.phase});
    }
    if (filter.position) {
        terms.emplace_back("e.position = " + next());
        out.values.emplace_back(std::string(core::toString(*filter.position)));
    }
    if (filter.region) {
        terms.emplace_back(
            "e.rid IN (SELECT exercise_rid FROM exercise_regions WHERE region = " + next() + ")");
        out.values.emplace_back(std::string(core::toString(*filter.region)));
    }
    if (filter.equipment) {
        terms.emplace_back(
            "e.rid IN (SELECT exercise_rid FROM exercise_equipment WHERE equipment = " + next() +
            ")");
        out.values.emplace_back(std::string(core::toString(*filter.equipment)));
    }
    if (filter.precaution) {
        terms.emplace_back(
            "e.rid IN (SELECT exercise_rid FROM exercise_precautions WHERE precaution = " + next() +
            ")");
        out.values.emplace_back(std::string(core::toString(*filter.precaution)));
    }
    for (const auto& term : terms) {
        out.where += (out.where.empty() ? "" : " AND ") + term;
    }
    if (out.where.empty()) {
        out.where = "1 = 1";
    }
    return out;
}

void ListSql::bind(Query& statement, bool withOrder) const
{
    int index = 1;
    const auto bindAll = [&](const std::vector<SqlValue>& values) {
        for (const auto& value : values) {
            std::visit([&](const auto& v) { statement.bind(index++, v); }, value);
        }
    };
    bindAll(whereValues);
    if (withOrder) {
        bindAll(orderValues);
    }
}

std::string byName(const std::string& language)
{
    return detail::shownNameKeySql(language) + ", e.name, e.id";
}

bool onlyHiddenFilter(const ExerciseFilter& f)
{
    return !f.category && !f.phase && !f.region && !f.equipment && !f.position && !f.precaution;
}

namespace {

template <typename E> std::string meaningOrder(std::string_view column)
{
    std::string out = "CASE " + std::string(column);
    int rank = 0;
    for (const E value : core::allValues<E>()) {
        out += " WHEN '" + std::string(core::toString(value)) + "' THEN " + std::to_string(rank++);
    }
    return out + " END";
}

std::string columnOrder(const Session* db, ExerciseOrder order, bool descending,
                        const std::string& language)
{
    const std::string dir = descending ? " DESC" : "";
    const std::string byNameOrder = byName(language);
    switch (order) {
    case ExerciseOrder::Relevance:
    case ExerciseOrder::Name:
        return detail::shownNameKeySql(language) + dir + ", e.name" + dir + ", e.id" + dir;
    case ExerciseOrder::Category:
        return meaningOrder<core::Category>("e.category") + dir + ", " + byNameOrder;
    case ExerciseOrder::Phases:
        return "e.phase_min" + dir + ", e.phase_max" + dir + ", " + byNameOrder;
    case ExerciseOrder::KneeFlexion:
        return meaningOrder<core::KneeFlexion>("e.knee_flexion") + dir + ", " + byNameOrder;
    case ExerciseOrder::Impact:
        return meaningOrder<core::Impact>("e.impact") + dir + ", " + byNameOrder;
    case ExerciseOrder::Equipment:
        return equipmentListSql(db) + dir + ", " + byNameOrder;
    }
    return byNameOrder;
}

} // namespace

std::string equipmentListSql(const Session* db)
{
    return db->isServer() ? "(SELECT string_agg(equipment, ' ' ORDER BY position) FROM "
                            "exercise_equipment q WHERE q.exercise_rid = e.rid)"
                          : "(SELECT group_concat(equipment, ' ') FROM exercise_equipment q"
                            " WHERE q.exercise_rid = e.rid)";
}

std::string hiddenRidsSql(const Session* db)
{
    // Both have a partial index of the hidden exercises; SQLite is told to use it.
    return db->isServer()
               ? "SELECT rid FROM exercises WHERE hidden = 1"
               : "SELECT rid FROM exercises INDEXED BY exercises_hidden WHERE hidden = 1";
}

std::string searchQuery(const Session* db, std::string_view text)
{
    return db->isServer() ? serverQuery(text, "") : ftsQuery(text);
}

ListSql listSql(const Session* db, const ExerciseQuery& query)
{
    ListSql out;
    const std::string fts = searchQuery(db, query.text);
    if (fts.empty()) {
        // No word in the text (blank, or only punctuation): everything is listed.
        const FilterSql filter = filterSql(query.filter, 1);
        out.from = "exercises e";
        out.where = filter.where;
        out.whereValues = filter.values;
        out.orderBy =
            columnOrder(db, query.order, query.descending, listLanguage(query.filter.language));
        return out;
    }
    const FilterSql filter = filterSql(query.filter, 2);
    out.from = "exercise_search s JOIN exercises e ON e.rid = s.rowid";
    out.where = indexMatchSql(db, 1) + " AND " + filter.where;
    out.matchesText = true;
    out.whereValues.emplace_back(fts);
    out.whereValues.insert(out.whereValues.end(), filter.values.begin(), filter.values.end());
    if (query.order != ExerciseOrder::Relevance) {
        out.orderBy =
            columnOrder(db, query.order, query.descending, listLanguage(query.filter.language));
        return out;
    }
    // Relevance with text is listed in stages (stagedSql); this order is a fallback only.
    // The server's weights mirror bm25's column weights: name 10, main muscle 6, other muscles
    // 3, summary and cues 2 and 1 (one weight, D, for both), scaled to ts_rank's {D, C, B, A}.
    out.orderBy =
        (db->isServer() ? std::string("ts_rank('{0.15, 0.3, 0.6, 1.0}', s.doc, "
                                      "to_tsquery('simple', ?1)) DESC, ")
                        : std::string("bm25(exercise_search, 10.0, 6.0, 3.0, 2.0, 1.0), ")) +
        byName(listLanguage(query.filter.language));
    return out;
}

std::string pageSelect(const ListSql& sql, std::string_view columns, int limitIndex)
{
    const std::string limit =
        limitIndex > 0 ? " LIMIT " + param(limitIndex) + " OFFSET " + param(limitIndex + 1)
                       : std::string();
    if (!sql.indexOrder) {
        return "SELECT " + std::string(columns) + " FROM " + sql.from + " WHERE " + sql.where +
               " ORDER BY " + sql.orderBy + limit;
    }
    if (sql.gather) {
        // MATERIALIZED: the matches are planned as a whole (GIN for a rare word), not for the
        // first rows of the order, which the server would find by walking the table.
        const std::string tier = sql.tier.empty() ? std::string() : ", " + sql.tier + " AS t";
        const std::string order = sql.tier.empty() ? "r" : "t, r";
        const std::string outerOrder = sql.tier.empty() ? "p.r" : "p.t, p.r";
        return "WITH m AS MATERIALIZED (SELECT s.rowid AS r" + tier + " FROM " + sql.from +
               " WHERE " + sql.where + ") SELECT " + std::string(columns) + " FROM (SELECT " +
               order + " FROM m ORDER BY " + order + limit +
               ") p JOIN exercises e ON e.rid = p.r ORDER BY " + outerOrder;
    }
    // The page is chosen from the index; the outer query reads only its rows, in the same order.
    return "SELECT " + std::string(columns) + " FROM (SELECT s.rowid AS r FROM " + sql.from +
           " WHERE " + sql.where + " ORDER BY s.rowid" + limit +
           ") p JOIN exercises e ON e.rid = p.r ORDER BY p.r";
}

int countOf(Session* db, const ListSql& sql)
{
    Query select(db, "SELECT count(*) FROM " + sql.from + " WHERE " + sql.where, sql.planning());
    sql.bind(select, false);
    return select.step() ? select.integer(0) : 0;
}

} // namespace glidepath::storage::detail
