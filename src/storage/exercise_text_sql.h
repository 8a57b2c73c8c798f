#pragma once

// Private to glidepath_storage: how the per-language text of exercises (exercise_texts, schema
// version 14) is written and joins the search index and the name order. Kept apart from the
// exercise repository so that the English row and its other languages stay separate jobs.

#include "query.h"

#include <glidepath/storage/exercise_texts.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace glidepath::storage::detail {

// Replaces the texts of the exercise with row id rid and writes its search row again, so the
// new words are found at once (unless searchRow is false: a server batch writes it later).
// Runs inside the caller's transaction; throws StorageError Invalid (nothing written) for a
// text that fails core::validateExerciseText.
void writeExerciseTexts(Session* db, std::int64_t rid, const std::string& exerciseId,
                        const ExerciseTexts& texts, bool searchRow = true);

// SQL for the search index's column from the texts of the exercise whose rid is ridSql: a line
// feed and each language's value of column (name, summary or cues), or '' when there is none.
std::string otherLanguagesSql(std::string_view column, std::string_view ridSql);

// Every exercise's search row from the tables, texts included, as the repository writes it
// (for db copy, which fills the tables directly). The index must be empty. SQLite's FTS5 index;
// the server's is rebuildServerSearch (exercise_search_index.h).
void rebuildSearchIndex(sqlite3* db);
// The SQLite search rows of the exercises whose rids run from first to last (both included),
// from the tables, replacing any row they had: one statement each way for a whole import, so
// FTS5 gathers the words of many exercises before it writes a segment (issue 12).
void writeSearchRows(Session* db, std::int64_t first, std::int64_t last);

// The language of a list's names: "" for English (or no language), else a code such as "de"
// or "pt-BR" that is safe to write into SQL as it is (anything else counts as English).
std::string listLanguage(std::string_view language);

// The sort key of the name an exercise "e" shows in language (English where it has no name
// there): e.name_key for English.
std::string shownNameKeySql(const std::string& language);
// The rids of exercises whose shown name's key is from ?lowIndex up to (not including)
// ?highIndex, for a language other than English.
std::string shownNamePrefixSql(const std::string& language, int lowIndex, int highIndex);
// The name and summary an exercise "e" shows in language, as two result columns.
std::string shownNameSql(const std::string& language);
std::string shownSummarySql(const std::string& language);

} // namespace glidepath::storage::detail
