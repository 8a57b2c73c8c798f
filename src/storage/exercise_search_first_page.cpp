// The first page of a search by relevance on the server in one statement (serverFirstPageSql):
// a keystroke whose text matches few exercises or none used to take three round trips (the names
// that start with it, a survey of the index, its gathered matches), each waiting for a CPU on a
// busy server; now it takes one, ranked exactly as the stages rank it.

#include "exercise_sql.h"

namespace glidepath::storage::detail {

namespace {

// ", NULL::bigint AS c0, ..." once per survey column: the rows of exercises carry no survey
// (the first part of a UNION names the columns).
std::string noSurvey()
{
    std::string out;
    for (int i = 0; i < kSurveyColumns; ++i) {
        out += ", NULL::bigint AS c" + std::to_string(i);
    }
    return out;
}

} // namespace

FirstPageSql serverFirstPageSql(const Session* db, const ExerciseQuery& query,
                                std::string_view columns)
{
    const ListSql names = firstStage(db, query);
    const SearchTexts texts = searchTexts(db, query);
    const ListSql rare = rareStage(db, query, texts);

    FirstPageSql out;
    out.values = names.whereValues;
    const int surveyFrom = static_cast<int>(out.values.size());
    out.values.insert(out.values.end(), {texts.fts, texts.anyOf, texts.matches[0], texts.matches[1],
                                         texts.matches[2], texts.matches[3]});
    const int rareFrom = static_cast<int>(out.values.size());
    out.values.insert(out.values.end(), rare.whereValues.begin(), rare.whereValues.end());
    out.values.insert(out.values.end(), rare.orderValues.begin(), rare.orderValues.end());
    out.limitIndex = static_cast<int>(out.values.size()) + 1;
    const std::string limit = "?" + std::to_string(out.limitIndex);
    const std::string roomLeft = "(SELECT count(*) FROM n) < " + limit;

    std::string surveyColumns;
    std::string surveyNames;
    for (int i = 0; i < kSurveyColumns; ++i) {
        surveyColumns += ", v.c" + std::to_string(i);
        surveyNames += (i == 0 ? "c" : ", c") + std::to_string(i);
    }
    std::string statusColumns = "p.part";
    for (int i = 0; i < kSurveyColumns; ++i) {
        statusColumns += ", p.c" + std::to_string(i);
    }

    // n: the page's names that start with the text, in name order (as the names stage).
    // v: the survey, read only when the names leave room (a CTE runs when first read, and the
    //    status row's and g's conditions read no column, so the server tests them first).
    // g: every other match of a rare text, gathered through the GIN index with its tier, read
    //    only when the survey found the text rare; MATERIALIZED as the rare stage's own.
    // Each row of the page reads its columns by key (LATERAL, kept apart by its LIMIT): joined
    // as a whole, the server expects as many rows as a common text has matches and merges with
    // the whole table (40 ms for "st").
    out.sql =
        "WITH n AS MATERIALIZED (SELECT e.rid AS r, row_number() OVER (ORDER BY " + names.orderBy +
        ") AS k FROM " + names.from + " WHERE " + names.where + " ORDER BY " + names.orderBy +
        " LIMIT " + limit + "), v (" + surveyNames + ") AS MATERIALIZED (" +
        renumberPlaceholders(surveySql(), surveyFrom) +
        "), g AS MATERIALIZED (SELECT s.rowid AS r, " + renumberPlaceholders(rare.tier, rareFrom) +
        " AS t FROM " + rare.from + " WHERE " + renumberPlaceholders(rare.where, rareFrom) +
        ") SELECT c.*, " + statusColumns + " FROM (SELECT 0 AS part, n.k AS o, n.r AS r" +
        noSurvey() + " FROM n UNION ALL SELECT 1, x.t, x.r" + noSurvey() +
        " FROM (SELECT g.r, g.t FROM g WHERE " + roomLeft +
        " AND (SELECT v.c0 >= " + std::to_string(kSurveyRows) +
        " AND v.c1 = 0 FROM v) ORDER BY g.t, g.r LIMIT " + limit +
        " - (SELECT count(*) FROM n)) x UNION ALL SELECT 2, NULL, NULL" + surveyColumns +
        " FROM v WHERE " + roomLeft + ") p LEFT JOIN LATERAL (SELECT " + std::string(columns) +
        " FROM exercises e WHERE e.rid = p.r LIMIT 1) c ON true ORDER BY p.part, p.o, p.r";
    return out;
}

} // namespace glidepath::storage::detail
