#pragma once

// Private to glidepath_storage: how the server chooses to read each stage of a search. The
// server's search index weighs a word by where it stands (name, main muscle, ...) but its GIN
// index only knows the word, so no plan suits every text: walking the library in key order and
// testing each row stops early when matches are common but reads all of it when a stage has
// none ("glute med" among names), and the GIN index finds rare words at once but must fetch
// every row that holds a common word. The server's own estimates cannot tell the two apart
// (they ignore weights), so the first rows of the index are surveyed instead, in one short
// statement, and each stage is read the way its share of those rows makes cheaper.

#include "query.h"

#include <array>
#include <cstdint>
#include <string>

namespace glidepath::storage::detail {

// How many rows of the search index (the first in key order) a survey reads.
inline constexpr int kSurveyRows = 500;

struct IndexSurvey
{
    // The index holds no more rows than were surveyed: every count below is exact.
    bool wholeIndex = false;
    // Rows matching the text anywhere, and those with every word in name or muscles.
    int matches = 0;
    int namesOrMuscles = 0;
    // Rows in each of the stages after the names that start with the text.
    std::array<int, 4> stages{};
    // For the name, main-muscle and other-muscle stages that no surveyed row is in: whether no
    // row at all holds every word among that weight's words (asked through the weight's own GIN
    // index, server step 17), so the stage is left out without a statement of its own. Not asked
    // (false) when no surveyed row matches: no stage is read apart then.
    std::array<bool, 3> noneOfWeight{};
};

// Surveys the first kSurveyRows rows of the server's search index for the tsqueries all (every
// word anywhere, no weights), namesOrMuscles and the four stages.
IndexSurvey surveyServerIndex(Session* db, const std::string& all,
                              const std::string& namesOrMuscles,
                              const std::array<std::string, 4>& stages);

// The survey as one SELECT of kSurveyColumns columns (always one row), binding ?1 all, ?2
// namesOrMuscles and ?3..?6 the stages; readSurvey reads its columns from `first` on. For a
// statement that surveys along with other work (the server's first page of a search).
inline constexpr int kSurveyColumns = 10;
std::string surveySql();
IndexSurvey readSurvey(const Query& row, int first);
// Whether a survey says that no surveyed row matches in a library larger than the survey: the
// text is rare (or found nowhere), and its matches are gathered in one statement.
inline bool rareText(const IndexSurvey& survey)
{
    return !survey.wholeIndex && survey.matches == 0;
}

// Whether any row matches the tsquery, asked through the GIN index (for a text the survey found
// in no name or muscle: a walk would read the whole library to say no).
bool anyServerMatch(Session* db, const std::string& match);

// Whether a stage with this many surveyed rows is cheaper gathered through the GIN index than
// walked, for a page that needs `wanted` of its rows: a walk is expected to test
// wanted * kSurveyRows / hits rows, which past a budget costs more than gathering.
bool shouldGather(const IndexSurvey& survey, int hits, std::int64_t wanted);

} // namespace glidepath::storage::detail
