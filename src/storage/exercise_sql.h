#pragma once

// Private to glidepath_storage: the SQL that lists and searches exercises, shared by the
// repository's full reads (list, search) and its list windows (rows, countMatching), so every
// way of listing ranks and orders the same.

#include "exercise_search_survey.h"
#include "query.h"

#include <glidepath/core/exercise.h>
#include <glidepath/storage/exercise_repository.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace glidepath::storage::detail {

using SqlValue = std::variant<std::int64_t, std::string>;

// The parts of a SELECT that lists a query's exercises as "e" (and the search index as
// exercise_search s when there is text), on either backend (exercise_search_index.h). where binds
// ?1..?whereValues.size(); orderBy binds the numbers after those (orderValues), so a count can use
// from and where alone.
struct ListSql
{
    std::string from;
    std::string where;
    std::vector<SqlValue> whereValues;
    std::string orderBy;
    std::vector<SqlValue> orderValues;
    // Set for a stage listed in the search index's own order (the library's order): from is
    // "exercise_search s" (joined to exercises e only when a filter needs it), so a page is
    // chosen by reading the index alone, stops after the page, and only its rows are read from
    // the exercises table (see pageSelect). orderBy is unused then.
    bool indexOrder = false;
    // How the server reads such a stage's page (SQLite's FTS5 index reads its matches either
    // way). Walking the rows in key order and testing each stops at the page's end: cheap when
    // matches are common, a read of the whole library when there are none. Gathering first
    // collects the stage's matches through the search index (GIN) and then orders them: cheap
    // when they are few. stagesAfterNames chooses per stage from a survey of the first rows.
    bool gather = false;
    // For a gathered stage that holds every tier of a search at once (rare words): the tier of
    // row s, ordered before the key. Binds orderValues.
    std::string tier;
    // Set when where matches the search index: the server plans such a statement with its
    // values each time, as a plan made for a common word reads the whole library for a rare one.
    bool matchesText = false;

    int nextIndex() const { return 1 + static_cast<int>(whereValues.size() + orderValues.size()); }
    // Binds where's values, and order's too when withOrder.
    void bind(Query& statement, bool withOrder) const;
    Planning planning() const { return matchesText ? Planning::EachRun : Planning::Once; }
};

// A WHERE fragment for a filter and the values it binds, in order. Placeholders are numbered
// from firstIndex ("?3"), so the fragment can sit anywhere in a statement that numbers its other
// parameters explicitly.
struct FilterSql
{
    std::string where;
    std::vector<SqlValue> values;
};
FilterSql filterSql(const ExerciseFilter& filter, int firstIndex);
// True when the filter asks for nothing but (maybe) leaving hidden exercises out: then a stage
// ranked in the search index need not read the exercises table at all.
bool onlyHiddenFilter(const ExerciseFilter& filter);
// The name order in a list's language (ties in any order fall back to it, so pages stay stable).
std::string byName(const std::string& language);

// The whole list in one statement (counting, column orders).
ListSql listSql(const Session* db, const ExerciseQuery& query);
// The list as stages read one after the other: for a text search by relevance, the names that
// start with the text and then every other match (stagesAfterNames); otherwise just listSql.
std::vector<ListSql> stagedSql(Session* db, const ExerciseQuery& query);
// The first stage alone: the names that start with the text for a text search by relevance,
// else the whole list; and whether stagesAfterNames follow it.
ListSql firstStage(const Session* db, const ExerciseQuery& query);
bool hasStagesAfterNames(const Session* db, const ExerciseQuery& query);
// The stages after the names that start with the text, for a page that needs up to `wanted`
// of their rows. db is asked once whether any exercise has every word in its name or muscles:
// when none has (words of purpose and cues, such as "knee tracks"), those stages would all be
// empty and are left out, so the search index is read once instead of once per empty stage.
// On the server the first rows of the index are surveyed too (one short statement, unless
// `surveyed` gives the survey already made): each stage whose matches are rare there is gathered
// through the search index instead of walked (see ListSql::gather), and a text no surveyed row
// matches is listed in one gathered statement (rareStage).
std::vector<ListSql> stagesAfterNames(Session* db, const ExerciseQuery& query, std::int64_t wanted,
                                      const IndexSurvey* surveyed = nullptr);
int countOf(Session* db, const ListSql& sql);

// A text search's index queries on db's backend: every word anywhere (fts), with every word in
// the name, the main muscle or the other muscles, in any of those (anyOf), and the four stages
// after the names, each leaving out the ones before.
struct SearchTexts
{
    std::string fts;
    std::string name;
    std::string target;
    std::string muscles;
    std::string anyOf;
    std::array<std::string, 4> matches;
};
SearchTexts searchTexts(const Session* db, const ExerciseQuery& query);
// Every match after the names that start with the text, gathered in one stage ordered by tier.
ListSql rareStage(const Session* db, const ExerciseQuery& query, const SearchTexts& texts);

// "SELECT columns ..." of one stage's rows in order, columns naming the exercise as "e".
// With limitIndex > 0 it ends in "LIMIT ?limitIndex OFFSET ?limitIndex+1".
std::string pageSelect(const ListSql& sql, std::string_view columns, int limitIndex);

// The first page of a server search by relevance in one statement (a keystroke's round trip):
// the names that start with the text; when they leave room, the survey of the index (never
// run when the names fill the page); and, when the survey finds the text rare, its other matches
// gathered and ordered by tier. Each row holds the columns, then kFirstPageStatusColumns more:
// a part (0 names, 1 other matches) and, for the one status row the statement adds when the
// names leave room (part 2, no exercise), the survey's columns (readSurvey).
inline constexpr int kFirstPageStatusColumns = 1 + kSurveyColumns;
struct FirstPageSql
{
    std::string sql;
    std::vector<SqlValue> values; // ?1.., then the page's size at ?limitIndex
    int limitIndex = 0;
};
FirstPageSql serverFirstPageSql(const Session* db, const ExerciseQuery& query,
                                std::string_view columns);

// Reads rows offset..offset+limit of a query across its stages, selecting columns (naming the
// exercise "e") and handing each row to read(const Query&).
template <typename Read>
void forPage(Session* db, const ExerciseQuery& query, int offset, int limit,
             std::string_view columns, Read read)
{
    const auto fetch = [&](const ListSql& sql, int from, int count) {
        const int limitIndex = sql.nextIndex();
        Query select(db, pageSelect(sql, columns, limitIndex), sql.planning());
        sql.bind(select, true);
        select.bind(limitIndex, count).bind(limitIndex + 1, from);
        int rows = 0;
        while (select.step()) {
            read(select);
            ++rows;
        }
        return rows;
    };
    const bool staged = hasStagesAfterNames(db, query);
    std::optional<IndexSurvey> surveyed;
    if (staged && db->isServer() && offset == 0) {
        // A keystroke's first page in one round trip: names, survey and rare matches at once.
        const FirstPageSql first = serverFirstPageSql(db, query, columns);
        Query select(db, first.sql, Planning::EachRun);
        int index = 1;
        for (const SqlValue& value : first.values) {
            std::visit([&](const auto& v) { select.bind(index++, v); }, value);
        }
        select.bind(first.limitIndex, limit);
        int rows = 0;
        while (select.step()) {
            const int status = select.columnCount() - kFirstPageStatusColumns;
            if (select.integer(status) == 2) {
                surveyed = readSurvey(select, status + 1);
                continue;
            }
            read(select);
            ++rows;
        }
        // No status row: the names filled the page. A rare text's matches came with them.
        if (!surveyed || rareText(*surveyed)) {
            return;
        }
        limit -= rows;
    } else {
        const ListSql first = firstStage(db, query);
        const int read = fetch(first, offset, limit);
        limit -= read;
        if (limit <= 0 || !staged) {
            return;
        }
        // Rows of a stage before offset were skipped; the next stage starts after the rest. From
        // the first row on (the first page of every search) nothing was skipped, and counting an
        // empty stage would read the search index once more for nothing.
        if (read == 0 && offset > 0) {
            offset = std::max(0, offset - countOf(db, first));
        } else {
            offset = 0;
        }
    }
    // Only now are the other stages worked out: a page filled by the names that start with the
    // text (what typing a name gives) never reads the search index at all.
    const std::vector<ListSql> stages = stagesAfterNames(
        db, query, static_cast<std::int64_t>(offset) + limit, surveyed ? &*surveyed : nullptr);
    for (std::size_t i = 0; i < stages.size() && limit > 0; ++i) {
        const int stageRead = fetch(stages[i], offset, limit);
        limit -= stageRead;
        if (limit <= 0 || i + 1 == stages.size()) {
            break;
        }
        offset = stageRead > 0 || offset == 0 ? 0 : std::max(0, offset - countOf(db, stages[i]));
    }
}

// The equipment of exercise "e" as one text, names in stored order, one space apart.
std::string equipmentListSql(const Session* db);
// The rids of hidden exercises, through their partial index.
std::string hiddenRidsSql(const Session* db);
// User text as the search index's query on db's backend (ftsQuery or serverQuery, every word in
// any column); empty when the text holds no word.
std::string searchQuery(const Session* db, std::string_view text);

} // namespace glidepath::storage::detail
