#include "exercise_search_survey.h"

namespace glidepath::storage::detail {

namespace {

// Rows a walk may be expected to test before gathering is the better bet: a few milliseconds.
constexpr std::int64_t kWalkBudget = 20000;

std::string matchSql(int index)
{
    return "s.doc @@ to_tsquery('simple', ?" + std::to_string(index) + ")";
}

} // namespace

std::string surveySql()
{
    // Rows that miss the text are tested once (the WHERE); only matches are tested again for
    // each count. The row count is read apart, from the key index, so that the walk over the
    // first rows tests only the text.
    const std::string first = std::to_string(kSurveyRows);
    std::string sql = "SELECT (SELECT count(*) FROM (SELECT 1 FROM exercise_search LIMIT " + first +
                      ") n), count(*), count(*) FILTER (WHERE " + matchSql(2) + ")";
    for (int i = 0; i < 4; ++i) {
        sql += ", count(*) FILTER (WHERE " + matchSql(3 + i) + ")";
    }
    // Asked only for a stage with no surveyed row (a subquery in CASE runs only when reached),
    // and not when no surveyed row matches at all: then the text is rare, or the library is all
    // surveyed and the rest is every match, and no stage is left out for it. MATERIALIZED, so
    // that the server looks the words up in the index instead of walking the table for one row.
    for (int i = 0; i < 3; ++i) {
        sql += ", CASE WHEN count(*) > 0 AND count(*) FILTER (WHERE " + matchSql(3 + i) +
               ") = 0 THEN (WITH w AS MATERIALIZED (SELECT 1 FROM exercise_search x WHERE "
               "ts_filter(x.doc, '{" +
               std::string(1, "abc"[i]) +
               "}') @@ to_tsquery('simple', ?1)) SELECT count(*) FROM (SELECT 1 FROM w LIMIT 1) y) "
               "ELSE 1 END";
    }
    return sql + " FROM (SELECT doc FROM exercise_search ORDER BY rowid LIMIT " + first +
           ") s WHERE " + matchSql(1);
}

IndexSurvey readSurvey(const Query& row, int first)
{
    IndexSurvey out;
    out.wholeIndex = row.integer(first) < kSurveyRows;
    out.matches = row.integer(first + 1);
    out.namesOrMuscles = row.integer(first + 2);
    for (std::size_t i = 0; i < out.stages.size(); ++i) {
        out.stages[i] = row.integer(first + 3 + static_cast<int>(i));
    }
    for (std::size_t i = 0; i < out.noneOfWeight.size(); ++i) {
        out.noneOfWeight[i] = row.integer(first + 7 + static_cast<int>(i)) == 0;
    }
    return out;
}

IndexSurvey surveyServerIndex(Session* db, const std::string& all,
                              const std::string& namesOrMuscles,
                              const std::array<std::string, 4>& stages)
{
    Query survey(db, surveySql(), Planning::EachRun);
    survey.bind(1, all).bind(2, namesOrMuscles);
    for (std::size_t i = 0; i < stages.size(); ++i) {
        survey.bind(3 + static_cast<int>(i), stages[i]);
    }
    return survey.step() ? readSurvey(survey, 0) : IndexSurvey{};
}

bool anyServerMatch(Session* db, const std::string& match)
{
    // MATERIALIZED keeps the server from planning the match for a single row, which it does by
    // walking the table; planned for all its rows, a rare word is looked up in the GIN index.
    Query any(db,
              "WITH m AS MATERIALIZED (SELECT 1 FROM exercise_search s WHERE " + matchSql(1) +
                  ") SELECT CASE WHEN EXISTS (SELECT 1 FROM m) THEN 1 ELSE 0 END",
              Planning::EachRun);
    any.bind(1, match);
    return any.step() && any.integer(0) != 0;
}

bool shouldGather(const IndexSurvey& survey, int hits, std::int64_t wanted)
{
    if (survey.wholeIndex) {
        return false; // a library this small is read in a moment either way
    }
    return static_cast<std::int64_t>(hits) * kWalkBudget < wanted * kSurveyRows;
}

} // namespace glidepath::storage::detail
