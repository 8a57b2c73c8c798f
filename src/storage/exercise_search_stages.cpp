// The stages of a text search by relevance on either backend (exercise_sql.h): the names that
// start with the text, then the search index's tiers, and on the server how each is read.

#include "exercise_search_index.h"
#include "exercise_search_survey.h"
#include "exercise_sql.h"
#include "exercise_text_sql.h"

#include <glidepath/core/text_fold.h>

#include <algorithm>
#include <array>
#include <limits>

namespace glidepath::storage::detail {

namespace {

// What a stage matches in the search index "s": a condition whose values bind from ?1.
struct StageMatch
{
    std::string sql;
    std::vector<SqlValue> values;
};

// The index against one query (FTS5 expression or tsquery).
StageMatch indexMatch(const Session* db, const std::string& match)
{
    return {indexMatchSql(db, 1), {match}};
}

// On the server, the words of one weight ('a' names, 'b' main muscle, 'c' other muscles) through
// their own GIN index (server step 17), leaving out the rows of the tsquery earlier (the tiers
// listed before) when it is not empty. The same rows as doc @@ 'word':*A ..., but the index
// holds only that weight's words, so a word common elsewhere costs nothing here.
StageMatch weightMatch(char weight, const std::string& words, const std::string& earlier)
{
    StageMatch out{"ts_filter(s.doc, '{" + std::string(1, weight) +
                       "}') @@ to_tsquery('simple', ?1)",
                   {words}};
    if (!earlier.empty()) {
        // NOT: only tested on the rows the weight's index gave, never looked up in an index.
        out.sql += " AND NOT s.doc @@ to_tsquery('simple', ?2)";
        out.values.emplace_back(earlier);
    }
    return out;
}

// A stage that lists the matches in the index's order, leaving out the names that start with
// the text when skipNamePrefix.
ListSql indexStage(const Session* db, const ExerciseQuery& query, const StageMatch& match,
                   const std::string& key, const std::string& keyEnd, bool skipNamePrefix)
{
    ListSql out;
    out.whereValues = match.values;
    std::string where = match.sql;
    const std::string language = listLanguage(query.filter.language);
    if (skipNamePrefix) {
        const int low = 1 + static_cast<int>(out.whereValues.size());
        const std::string lowParam = "?" + std::to_string(low);
        const std::string highParam = "?" + std::to_string(low + 1);
        where +=
            language.empty()
                ? " AND s.rowid NOT IN (SELECT rid FROM exercises WHERE name_key >= " + lowParam +
                      " AND name_key < " + highParam + ")"
                : " AND s.rowid NOT IN (" + shownNamePrefixSql(language, low, low + 1) + ")";
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

SearchTexts searchTexts(const Session* db, const ExerciseQuery& query)
{
    SearchTexts out;
    out.fts = searchQuery(db, query.text);
    const std::string& fts = out.fts;
    // Stages 2-4 need every word in one of name, target or muscles; an exercise that has each
    // word in any of those columns is a cheaper test (stops at the first) that every one of
    // them fails when none has. Then the rest is simply every match in the index's order.
    // The server's index has the same columns as weights: A name, B target, C other muscles.
    if (db->isServer()) {
        out.name = "(" + serverQuery(query.text, "A") + ")";
        out.target = "(" + serverQuery(query.text, "B") + ")";
        out.muscles = "(" + serverQuery(query.text, "C") + ")";
        out.anyOf = serverQuery(query.text, "ABC");
    } else {
        const auto in = [&](std::string_view column) {
            return "(" + std::string(column) + " : (" + fts + "))";
        };
        out.name = in("name");
        out.target = in("target");
        out.muscles = in("muscles");
        out.anyOf = "{name target muscles} : (" + fts + ")";
    }
    // FTS5 says "a NOT b"; a tsquery says "a & !b".
    const std::string notWord = db->isServer() ? " & !" : " NOT ";
    const std::string& name = out.name;
    const std::string& target = out.target;
    const std::string& muscles = out.muscles;
    out.matches = {
        name, target + notWord + name, "(" + muscles + notWord + name + ")" + notWord + target,
        "(((" + fts + ")" + notWord + name + ")" + notWord + target + ")" + notWord + muscles};
    return out;
}

ListSql rareStage(const Session* db, const ExerciseQuery& query, const SearchTexts& texts)
{
    // Every match but the names that start with the text, gathered through the GIN index in
    // one statement and listed tier by tier, in the same order the stages give.
    const NameRange range = nameRange(db, query);
    ListSql rare = indexStage(db, query, indexMatch(db, texts.fts), range.key, range.keyEnd, true);
    rare.gather = true;
    const int first = rare.nextIndex();
    rare.tier = "CASE WHEN " + indexMatchSql(db, first) + " THEN 0 WHEN " +
                indexMatchSql(db, first + 1) + " THEN 1 WHEN " + indexMatchSql(db, first + 2) +
                " THEN 2 ELSE 3 END";
    rare.orderValues = {texts.name, texts.target, texts.muscles};
    return rare;
}

std::vector<ListSql> stagesAfterNames(Session* db, const ExerciseQuery& query, std::int64_t wanted,
                                      const IndexSurvey* surveyed)
{
    const SearchTexts texts = searchTexts(db, query);
    const std::string& fts = texts.fts;
    const std::string& name = texts.name;
    const std::string& target = texts.target;
    const std::string& anyOf = texts.anyOf;
    const std::array<std::string, 4>& matches = texts.matches;
    const NameRange range = nameRange(db, query);
    const std::string& key = range.key;
    const std::string& keyEnd = range.keyEnd;

    if (!db->isServer()) {
        Query any(db, "SELECT 1 FROM exercise_search s WHERE " + indexMatchSql(db, 1) + " LIMIT 1");
        any.bind(1, anyOf);
        if (!any.step()) {
            return {indexStage(db, query, indexMatch(db, fts), key, keyEnd, true)};
        }
        std::vector<ListSql> stages;
        for (std::size_t i = 0; i < matches.size(); ++i) {
            stages.push_back(
                indexStage(db, query, indexMatch(db, matches[i]), key, keyEnd, i == 0));
        }
        return stages;
    }

    const IndexSurvey survey = surveyed ? *surveyed : surveyServerIndex(db, fts, anyOf, matches);
    if (rareText(survey)) {
        // Not one of the first rows matches: the text is rare (or found nowhere).
        return {rareStage(db, query, texts)};
    }
    // With no row holding the words among names, nor main muscles, nor other muscles, stages
    // 2-4 are empty and the rest is every match (the probe is the one left for words spread
    // over several of those columns).
    const bool noneInOneWeight = std::all_of(survey.noneOfWeight.begin(), survey.noneOfWeight.end(),
                                             [](bool v) { return v; });
    if (noneInOneWeight ||
        (survey.namesOrMuscles == 0 && (survey.wholeIndex || !anyServerMatch(db, anyOf)))) {
        ListSql rest = indexStage(db, query, indexMatch(db, fts), key, keyEnd, true);
        rest.gather = shouldGather(survey, survey.matches, wanted);
        return {rest};
    }
    // A stage gathered by name or muscle reads the GIN index of that weight's words alone: the
    // index of all words would hand over every row that holds them anywhere ("glute med" is in
    // a fifth of the synthetic library's muscles and in none of its names).
    const std::array<std::string, 3> earlier{"", name, "(" + name + " | " + target + ")"};
    std::vector<ListSql> stages;
    for (std::size_t i = 0; i < matches.size(); ++i) {
        if (i < survey.noneOfWeight.size() && survey.noneOfWeight[i]) {
            continue; // no row holds the words there: the stage is empty
        }
        const bool gather = shouldGather(survey, survey.stages[i], wanted);
        const StageMatch match = gather && i < earlier.size()
                                     ? weightMatch("abc"[i], fts, earlier[i])
                                     : indexMatch(db, matches[i]);
        ListSql& stage = stages.emplace_back(indexStage(db, query, match, key, keyEnd, i == 0));
        stage.gather = gather;
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

} // namespace glidepath::storage::detail
