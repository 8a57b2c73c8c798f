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

// A WHERE fragment for a filter and the values it binds, in order.
struct FilterSql
{
    std::string where;
    std::vector<SqlValue> values;
};

// Placeholders are numbered from firstIndex ("?3"), so the fragment can sit anywhere in a
// statement that numbers its other parameters explicitly.
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

} // namespace

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

// Ties in any order fall back to the name shown in the list's language, so pages stay stable.
std::string byName(const std::string& language)
{
    return detail::shownNameKeySql(language) + ", e.name, e.id";
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

namespace {

// True when the filter asks for nothing but (maybe) leaving hidden exercises out: then a stage
// ranked in the search index need not read the exercises table at all.
bool onlyHiddenFilter(const ExerciseFilter& f)
{
    return !f.category && !f.phase && !f.region && !f.equipment && !f.position && !f.precaution;
}

// A stage that lists the matches of an FTS5 expression (bound as ?1) in the index's order,
// leaving out the names that start with the text (?2..?3) when skipNamePrefix.
ListSql indexStage(const Session* db, const ExerciseQuery& query, const std::string& match,
                   const std::string& key, const std::string& keyEnd, bool skipNamePrefix)
{
    ListSql out;
    out.whereValues.emplace_back(match);
    std::string where = indexMatchSql(db, 1);
    const std::string language = listLanguage(query.filter.language);
    if (skipNamePrefix) {
        where += language.empty()
                     ? " AND s.rowid NOT IN (SELECT rid FROM exercises WHERE "
                       "name_key >= ?2 AND name_key < ?3)"
                     : " AND s.rowid NOT IN (" + shownNamePrefixSql(language, 2, 3) + ")";
        out.whereValues.emplace_back(key);
        out.whereValues.emplace_back(keyEnd);
    }
    if (onlyHiddenFilter(query.filter)) {
        out.from = "exercise_search s";
        if (!query.filter.includeHidden) {
            where += " AND s.rowid NOT IN (" + hiddenRidsSql(db) + ")";
        }
    } else {
        const FilterSql filter =
            filterSql(query.filter, 1 + static_cast<int>(out.whereValues.size()));
        out.from = "exercise_search s JOIN exercises e ON e.rid = s.rowid";
        where += " AND " + filter.where;
        out.whereValues.insert(out.whereValues.end(), filter.values.begin(), filter.values.end());
    }
    out.where = where;
    out.indexOrder = true;
    out.matchesText = true;
    return out;
}

} // namespace

namespace {

// The name keys that start with the text: from key up to (not including) keyEnd.
struct NameRange
{
    std::string key;
    std::string keyEnd;
};

NameRange nameRange(const Session* db, const ExerciseQuery& query)
{
    NameRange out;
    out.key = core::foldForSorting(query.text);
    // No UTF-8 text holds the byte 0xFF, so every key starting with key sorts below this one.
    // The server takes valid UTF-8 only: there the highest code point, U+10FFFF, which no name
    // holds, ends the range (its keys are compared bytewise too, COLLATE "C").
    out.keyEnd = out.key + (db->isServer() ? "\xF4\x8F\xBF\xBF" : "\xFF");
    return out;
}

} // namespace

bool hasStagesAfterNames(const Session* db, const ExerciseQuery& query)
{
    return query.order == ExerciseOrder::Relevance && !searchQuery(db, query.text).empty();
}

ListSql firstStage(const Session* db, const ExerciseQuery& query)
{
    if (!hasStagesAfterNames(db, query)) {
        return listSql(db, query);
    }
    // A clinician looks for a name first, then for what an exercise works. The stages, each
    // leaving out what an earlier one listed (the search index's columns weigh in this order):
    // 1. names that start with the text, in name order (the exact name is the first of them:
    //    "clam" puts Clamshell before Clamshell with band);
    // 2. other names that hold every word;
    // 3. exercises whose main muscle is every word ("glute med" lists Clamshell before the
    //    exercises that only mention the muscle);
    // 4. exercises with every word among their other muscles;
    // 5. every other match (purpose, cues, or words spread over several columns).
    // Stage 1 is a range of the name index; stages 2-5 (stagesAfterNames) are listed in the
    // search index's order, which is the library's own order (the shipped library's is its
    // teaching order). Every stage stops reading at the end of a page, so a keystroke costs a
    // page, not a ranking of every match: a short prefix that matches the whole library costs
    // the same as a rare word.
    const NameRange range = nameRange(db, query);
    ListSql names;
    const FilterSql namesFilter = filterSql(query.filter, 3);
    names.from = "exercises e";
    // In another language, the names that start with the text are the names a reader sees.
    const std::string language = listLanguage(query.filter.language);
    names.where = language.empty() ? "e.name_key >= ?1 AND e.name_key < ?2 AND " + namesFilter.where
                                   : "e.rid IN (" + shownNamePrefixSql(language, 1, 2) + ") AND " +
                                         namesFilter.where;
    names.whereValues = {range.key, range.keyEnd};
    names.whereValues.insert(names.whereValues.end(), namesFilter.values.begin(),
                             namesFilter.values.end());
    names.orderBy = byName(language);
    return names;
}

std::vector<ListSql> stagesAfterNames(Session* db, const ExerciseQuery& query, std::int64_t wanted)
{
    const std::string fts = searchQuery(db, query.text);
    const NameRange range = nameRange(db, query);
    const std::string& key = range.key;
    const std::string& keyEnd = range.keyEnd;
    // Stages 2-4 need every word in one of name, target or muscles; an exercise that has each
    // word in any of those columns is a cheaper test (stops at the first) that every one of
    // them fails when none has. Then the rest is simply every match in the index's order.
    // The server's index has the same columns as weights: A name, B target, C other muscles.
    const std::string all = fts;
    std::string name;
    std::string target;
    std::string muscles;
    std::string anyOf;
    if (db->isServer()) {
        name = "(" + serverQuery(query.text, "A") + ")";
        target = "(" + serverQuery(query.text, "B") + ")";
        muscles = "(" + serverQuery(query.text, "C") + ")";
        anyOf = serverQuery(query.text, "ABC");
    } else {
        const auto in = [&](std::string_view column) {
            return "(" + std::string(column) + " : (" + fts + "))";
        };
        name = in("name");
        target = in("target");
        muscles = in("muscles");
        anyOf = "{name target muscles} : (" + fts + ")";
    }
    // FTS5 says "a NOT b"; a tsquery says "a & !b".
    const std::string notWord = db->isServer() ? " & !" : " NOT ";
    const std::array<std::string, 4> matches{
        name, target + notWord + name, "(" + muscles + notWord + name + ")" + notWord + target,
        "(((" + all + ")" + notWord + name + ")" + notWord + target + ")" + notWord + muscles};

    if (!db->isServer()) {
        Query any(db, "SELECT 1 FROM exercise_search s WHERE " + indexMatchSql(db, 1) + " LIMIT 1");
        any.bind(1, anyOf);
        if (!any.step()) {
            return {indexStage(db, query, fts, key, keyEnd, true)};
        }
        return {indexStage(db, query, matches[0], key, keyEnd, true),
                indexStage(db, query, matches[1], key, keyEnd, false),
                indexStage(db, query, matches[2], key, keyEnd, false),
                indexStage(db, query, matches[3], key, keyEnd, false)};
    }

    const IndexSurvey survey = surveyServerIndex(db, fts, anyOf, matches);
    if (!survey.wholeIndex && survey.matches == 0) {
        // Not one of the first rows matches: the text is rare (or found nowhere). Its matches
        // are gathered through the GIN index in one statement and listed tier by tier, in the
        // same order the stages give.
        ListSql rare = indexStage(db, query, fts, key, keyEnd, true);
        rare.gather = true;
        const int first = rare.nextIndex();
        rare.tier = "CASE WHEN " + indexMatchSql(db, first) + " THEN 0 WHEN " +
                    indexMatchSql(db, first + 1) + " THEN 1 WHEN " + indexMatchSql(db, first + 2) +
                    " THEN 2 ELSE 3 END";
        rare.orderValues = {name, target, muscles};
        return {rare};
    }
    if (survey.namesOrMuscles == 0 && (survey.wholeIndex || !anyServerMatch(db, anyOf))) {
        ListSql rest = indexStage(db, query, fts, key, keyEnd, true);
        rest.gather = shouldGather(survey, survey.matches, wanted);
        return {rest};
    }
    std::vector<ListSql> stages;
    for (std::size_t i = 0; i < matches.size(); ++i) {
        ListSql& stage =
            stages.emplace_back(indexStage(db, query, matches[i], key, keyEnd, i == 0));
        stage.gather = shouldGather(survey, survey.stages[i], wanted);
    }
    return stages;
}

std::vector<ListSql> stagedSql(Session* db, const ExerciseQuery& query)
{
    std::vector<ListSql> stages{firstStage(db, query)};
    if (hasStagesAfterNames(db, query)) {
        for (ListSql& stage :
             stagesAfterNames(db, query, std::numeric_limits<std::int64_t>::max() / kSurveyRows)) {
            stages.push_back(std::move(stage));
        }
    }
    return stages;
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
