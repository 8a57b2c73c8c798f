#include "exercise_rows.h"
#include "exercise_search_index.h"
#include "exercise_text_sql.h"
#include "repository_support.h"

#include <glidepath/core/field_issue.h>
#include <glidepath/core/text_fold.h>
#include <glidepath/core/validation.h>
#include <glidepath/storage/storage_error.h>

#include <cctype>

namespace glidepath::storage {

namespace detail {

namespace {

// Steps and cues are kept in one column each, joined by U+001F: no Glidepath text may hold a
// control character (core::validateExerciseText), so the separator can never be part of one.
constexpr char kSeparator = '\x1f';

std::string joined(const std::vector<std::string>& parts)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            out += kSeparator;
        }
        out += parts[i];
    }
    return out;
}

std::vector<std::string> split(const std::string& text)
{
    std::vector<std::string> parts;
    if (text.empty()) {
        return parts;
    }
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(kSeparator, start);
        parts.push_back(text.substr(start, end - start));
        if (end == std::string::npos) {
            return parts;
        }
        start = end + 1;
    }
}

// "de", "fr", "pt-BR": two or three lowercase letters, and a region of two capitals.
bool isLanguageCode(std::string_view code)
{
    const std::size_t dash = code.find('-');
    const std::string_view language = code.substr(0, dash);
    if (language.size() < 2 || language.size() > 3) {
        return false;
    }
    for (const char c : language) {
        if (c < 'a' || c > 'z') {
            return false;
        }
    }
    if (dash == std::string_view::npos) {
        return true;
    }
    const std::string_view region = code.substr(dash + 1);
    return region.size() == 2 && region[0] >= 'A' && region[0] <= 'Z' && region[1] >= 'A' &&
           region[1] <= 'Z';
}

core::ExerciseText readText(const Query& s, int first)
{
    core::ExerciseText text;
    text.name = s.text(first);
    text.summary = s.text(first + 1);
    text.instructions = split(s.text(first + 2));
    text.cues = split(s.text(first + 3));
    return text;
}

// The search row of exercises whose rid matches where, English first, then the other
// languages of the name, summary and cues. Muscle words hold every language's words already.
std::string searchRowSql(std::string_view where)
{
    return R"sql(
INSERT INTO exercise_search (rowid, name, target, muscles, summary, cues)
SELECT e.rid, e.name || )sql" +
           otherLanguagesSql("name", "e.rid") + R"sql(,
       coalesce((SELECT glidepath_muscle_words(m.muscle) FROM exercise_muscles m
                 WHERE m.exercise_rid = e.rid AND m.position = 0), ''),
       coalesce((SELECT group_concat(w, char(10)) FROM
                   (SELECT glidepath_muscle_words(m.muscle) AS w FROM exercise_muscles m
                    WHERE m.exercise_rid = e.rid AND m.position > 0 ORDER BY m.position)), ''),
       e.summary || )sql" +
           otherLanguagesSql("summary", "e.rid") + R"sql(,
       coalesce((SELECT group_concat(t, char(10)) FROM
                   (SELECT c.text AS t FROM exercise_cues c
                    WHERE c.exercise_rid = e.rid ORDER BY c.position)), '') || )sql" +
           otherLanguagesSql("cues", "e.rid") + "\nFROM exercises e WHERE " + std::string(where) +
           " ORDER BY e.rid";
}

std::string textOf(const std::string& language, std::string_view column)
{
    return "(SELECT nullif(t." + std::string(column) +
           ", '') FROM exercise_texts t WHERE t.exercise_rid = e.rid AND t.language = '" +
           language + "')";
}

} // namespace

std::string otherLanguagesSql(std::string_view column, std::string_view ridSql)
{
    // A cue list's separator is no word character, so the index splits the cues at it.
    return "coalesce((SELECT char(10) || group_concat(" + std::string(column) +
           ", char(10)) FROM exercise_texts WHERE exercise_rid = " + std::string(ridSql) + "), '')";
}

void writeExerciseTexts(Session* db, std::int64_t rid, const std::string& exerciseId,
                        const ExerciseTexts& texts, bool searchRow)
{
    std::vector<core::ValidationIssue> issues;
    for (const auto& [language, text] : texts) {
        if (!isLanguageCode(language)) {
            core::FieldIssue code =
                core::fieldIssue("translations/" + language, "language.code", {language});
            issues.push_back({exerciseId, code.field, code.message, code.kind, code.values});
            continue;
        }
        const auto found = core::validateExerciseText(exerciseId, "translations/" + language, text);
        issues.insert(issues.end(), found.begin(), found.end());
    }
    if (!issues.empty()) {
        const std::string message = "the texts of '" + exerciseId +
                                    "' are not valid: " + issues.front().field + ": " +
                                    issues.front().message;
        throw StorageError(StorageError::Kind::Invalid, message, std::move(issues));
    }
    Query remove(db, "DELETE FROM exercise_texts WHERE exercise_rid = ?");
    remove.bind(1, rid).run();
    Query insert(db, "INSERT INTO exercise_texts (exercise_rid, language, name, summary, "
                     "instructions, cues, name_key) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto& [language, text] : texts) {
        insert.reset();
        insert.bind(1, rid).bind(2, language).bind(3, text.name).bind(4, text.summary);
        insert.bind(5, joined(text.instructions)).bind(6, joined(text.cues));
        insert.bind(7, text.name.empty() ? std::string() : core::foldForSorting(text.name));
        insert.run();
    }
    if (!searchRow) {
        return;
    }
    if (db->isServer()) {
        writeServerSearchRow(db, rid);
        return;
    }
    Query search(db, "DELETE FROM exercise_search WHERE rowid = ?");
    search.bind(1, rid).run();
    Query row(db, searchRowSql("e.rid = ?1"));
    row.bind(1, rid).run();
}

void rebuildSearchIndex(sqlite3* db)
{
    Statement all(db, searchRowSql("1 = 1"));
    all.run();
}

void writeSearchRows(Session* db, std::int64_t first, std::int64_t last)
{
    Query remove(db, "DELETE FROM exercise_search WHERE rowid BETWEEN ?1 AND ?2");
    remove.bind(1, first).bind(2, last).run();
    Query insert(db, searchRowSql("e.rid BETWEEN ?1 AND ?2"));
    insert.bind(1, first).bind(2, last).run();
}

std::string listLanguage(std::string_view language)
{
    return language.empty() || language == "en" || !isLanguageCode(language)
               ? std::string()
               : std::string(language);
}

std::string shownNameKeySql(const std::string& language)
{
    if (language.empty()) {
        return "e.name_key";
    }
    return "coalesce(" + textOf(language, "name_key") + ", e.name_key)";
}

std::string shownNamePrefixSql(const std::string& language, int lowIndex, int highIndex)
{
    const std::string low = "?" + std::to_string(lowIndex);
    const std::string high = "?" + std::to_string(highIndex);
    // The names of the language, and the English names of exercises that have none in it.
    return "SELECT exercise_rid FROM exercise_texts WHERE language = '" + language +
           "' AND name_key >= " + low + " AND name_key < " + high +
           " UNION ALL SELECT x.rid FROM exercises x WHERE x.name_key >= " + low +
           " AND x.name_key < " + high +
           " AND NOT EXISTS (SELECT 1 FROM exercise_texts u WHERE u.exercise_rid = x.rid AND "
           "u.language = '" +
           language + "' AND u.name_key <> '')";
}

std::string shownNameSql(const std::string& language)
{
    return language.empty() ? "e.name" : "coalesce(" + textOf(language, "name") + ", e.name)";
}

std::string shownSummarySql(const std::string& language)
{
    return language.empty() ? "e.summary"
                            : "coalesce(" + textOf(language, "summary") + ", e.summary)";
}

} // namespace detail

ExerciseTexts ExerciseTextRepository::find(std::string_view id) const
{
    detail::Query select(m_db.session(),
                         "SELECT t.language, t.name, t.summary, t.instructions, t.cues "
                         "FROM exercise_texts t JOIN exercises e ON e.rid = t.exercise_rid "
                         "WHERE e.id = ? ORDER BY t.language");
    select.bind(1, id);
    ExerciseTexts texts;
    while (select.step()) {
        texts.emplace(select.text(0), detail::readText(select, 1));
    }
    return texts;
}

LibraryTexts ExerciseTextRepository::all() const
{
    detail::Query select(m_db.session(),
                         "SELECT e.id, t.language, t.name, t.summary, t.instructions, t.cues "
                         "FROM exercise_texts t JOIN exercises e ON e.rid = t.exercise_rid");
    LibraryTexts texts;
    while (select.step()) {
        texts[select.text(0)].emplace(select.text(1), detail::readText(select, 2));
    }
    return texts;
}

void ExerciseTextRepository::replace(std::string_view id, const ExerciseTexts& texts,
                                     std::optional<std::int64_t> basedOnVersion)
{
    m_db.transaction([&] {
        detail::Session* db = m_db.session();
        detail::Query select(db, "SELECT rid FROM exercises WHERE id = ?");
        select.bind(1, id);
        if (!select.step()) {
            throw StorageError(StorageError::Kind::NotFound,
                               "there is no exercise with the id '" + std::string(id) + "'");
        }
        const std::int64_t rid = select.int64(0);
        // The texts are part of the exercise: saving them is a save of it, so another desk's
        // form based on the version before is asked about rather than saved over them, and the
        // server's audit names who changed the translation. (On the server its trigger stamps the
        // row itself; the values bound are placeholders there.)
        std::string sql = "UPDATE exercises SET " + std::string(detail::kRowStampSet.substr(2)) +
                          " WHERE rid = ?";
        if (basedOnVersion) {
            sql += " AND row_version = ?";
        }
        detail::Query stamp(db, sql);
        detail::bindRowStamp(stamp, 1);
        stamp.bind(3, rid);
        if (basedOnVersion) {
            stamp.bind(4, *basedOnVersion);
        }
        stamp.run();
        if (stamp.changes() == 0) {
            detail::throwStaleExercise(db, rid, id, basedOnVersion);
        }
        detail::writeExerciseTexts(db, rid, std::string(id), texts);
    });
}

} // namespace glidepath::storage
