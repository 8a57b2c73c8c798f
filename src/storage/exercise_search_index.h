#pragma once

// Private to glidepath_storage: the exercise search index on both backends. On SQLite it is the
// FTS5 table exercise_search (columns name, target, muscles, summary, cues); on a clinic server
// it is the table exercise_search (rowid = the exercise's rid, doc = a weighted tsvector: name
// A, main muscle B, other muscles C, summary and cues D) with a GIN index. The server's words are
// split and folded by our own code (core::foldForSorting), so no server extension (unaccent) is
// needed and the plain clinic role can write them; the same code folds what is typed.

#include "query.h"

#include <glidepath/core/exercise.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::storage::detail {

class PgConnection;

// The words of user text, split the way both indexes split (letters and digits of any script;
// punctuation, symbols and invalid UTF-8 separate), at most 16.
std::vector<std::string> searchWords(std::string_view text);

// User text as an FTS5 query of quoted prefix terms ("clam ban" -> "clam"* "ban"*); empty when
// the text holds no word. User text never becomes query syntax.
std::string ftsQuery(std::string_view text);

// User text as a server tsquery whose every word must match as a prefix with one of weights
// ("" any, "A" the name, "ABC" name or muscles): "'clam':*A & 'ban':*A". The words are folded;
// only letters and digits reach the query, so user text never becomes query syntax. Empty when
// the text holds no word.
std::string serverQuery(std::string_view text, std::string_view weights);

// The match condition of the search index "s" against parameter ?index: an FTS5 MATCH, or the
// server's doc @@ tsquery (GIN).
std::string indexMatchSql(const Session* db, int index);

// The search index's text for an exercise's muscles: the first (the main target) goes to the
// target column, the others to muscles. Each muscle is written with the words clinicians use
// for it ("glute med gluteus medius"), so any of them finds it.
std::string muscleWords(std::string_view storedMuscle);
std::string targetText(const std::vector<core::Muscle>& muscles);
std::string otherMusclesText(const std::vector<core::Muscle>& muscles);
std::string joinedLines(const std::vector<std::string>& parts);

// Writes the server's search row of the exercise with row id rid from what is stored (its name,
// summary, muscles, cues and texts in other languages), replacing any row it had.
void writeServerSearchRow(Session* db, std::int64_t rid);
// Every exercise's server search row, from the tables (after db copy, or the migration that
// brought the index): the index is emptied first.
void rebuildServerSearch(PgConnection& server);
// The same for the exercises with these row ids only (after an import), in a few statements.
void writeServerSearchRows(PgConnection& server, const std::vector<std::int64_t>* rids);
// An array literal of texts for a server parameter (CAST(? AS text[])): every element
// double-quoted, quotes and backslashes escaped.
std::string arrayLiteral(const std::vector<std::string>& values);

// Registers the functions SQLite's schema steps use to fill derived columns:
// glidepath_fold(text) (core::foldForSorting) and glidepath_muscle_words(stored muscle name).
void registerSqlFunctions(sqlite3* db);

} // namespace glidepath::storage::detail
