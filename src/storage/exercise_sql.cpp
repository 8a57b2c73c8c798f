#include "exercise_sql.h"

#include "exercise_text_sql.h"

#include <glidepath/core/enum_names.h>
#include <glidepath/core/text_fold.h>

#include <array>
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
        out.where = "1";
    }
    return out;
}

// True for a code point that unicode61 treats as part of a word. ASCII is exact; beyond ASCII,
// the common punctuation and symbol blocks are separators and everything else (letters of all
// scripts) is part of a word. A symbol outside those blocks would only make the search miss,
// never break it: every term is quoted.
bool isWordCodePoint(std::uint32_t cp)
{
    if (cp < 0x80) {
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
    const bool separator = (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
                           (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
                           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
                           (cp >= 0xFFF0 && cp <= 0xFFFF) || cp >= 0x1F000;
    return !separator;
}

} // namespace

// Splits user text into words the way the index does and writes each as a quoted prefix term:
// "clam ban" -> "clam"* "ban"*. Quotes, operators (AND, OR, NOT, NEAR), column filters (':'),
// '-', '^', '*' and brackets all end up as separators or inside quotes, so user text can never
// become query syntax. Invalid UTF-8 bytes count as separators.
std::string ftsQuery(std::string_view text)
{
    constexpr std::size_t kMaxTerms = 16;
    std::vector<std::string> words;
    std::string current;
    const auto flush = [&] {
        if (!current.empty() && words.size() < kMaxTerms) {
            words.push_back(current);
        }
        current.clear();
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const auto [cp, length] = core::decodeUtf8At(text, i);
        if (length == 0) {
            flush();
            ++i;
            continue;
        }
        if (isWordCodePoint(cp)) {
            current.append(text.substr(i, length));
        } else {
            flush();
        }
        i += length;
    }
    flush();
    std::string query;
    for (const auto& word : words) {
        query += (query.empty() ? "\"" : " \"") + word + "\"*";
    }
    return query;
}

std::string muscleWords(std::string_view storedMuscle)
{
    // The enum name first (as the JSON format spells it, with spaces), then the words people
    // type for the same muscle, in English and in German (the app's and the CLI's languages; the
    // German ones as the German labels name it, and "ss" for "ß" as Swiss readers write it).
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 13> kWords{{
        {"glute_max", "glute max gluteus maximus buttock großer gesäßmuskel gesässmuskel gesäß"},
        {"glute_med", "glute med gluteus medius mittlerer gesäßmuskel gesässmuskel gesäß"},
        {"glute_min", "glute min gluteus minimus kleiner gesäßmuskel gesässmuskel gesäß"},
        {"deep_rotators", "deep rotators hip rotators piriformis tiefe hüftrotatoren außenrotatoren"},
        {"adductors", "adductors adductor inner thigh groin adduktoren oberschenkelinnenseite leiste"},
        {"hip_flexors", "hip flexors iliopsoas hüftbeuger"},
        {"quadriceps", "quadriceps quads quadrizeps oberschenkelvorderseite"},
        {"vmo", "vmo vastus medialis oblique innerer quadrizeps"},
        {"hamstrings ischiocrurale muskulatur oberschenkelrückseite", "hamstrings"},
        {"calves", "calves calf gastrocnemius soleus waden wade wadenmuskel"},
        {"tfl", "tfl tensor fasciae latae schenkelbindenspanner"},
        {"deep_abdominals", "deep abdominals transversus abdominis core tiefe bauchmuskeln bauchmuskulatur rumpf"},
        {"obliques schräge bauchmuskeln", "obliques"},
    }};
    for (const auto& [name, words] : kWords) {
        if (name == storedMuscle) {
            return std::string(words);
        }
    }
    std::string words(storedMuscle);
    for (char& c : words) {
        c = c == '_' ? ' ' : c;
    }
    return words;
}

std::string targetText(const std::vector<core::Muscle>& muscles)
{
    return muscles.empty() ? std::string() : muscleWords(core::toString(muscles.front()));
}

std::string otherMusclesText(const std::vector<core::Muscle>& muscles)
{
    std::string out;
    for (std::size_t i = 1; i < muscles.size(); ++i) {
        if (!out.empty()) {
            out += '\n';
        }
        out += muscleWords(core::toString(muscles[i]));
    }
    return out;
}

std::string joinedLines(const std::vector<std::string>& parts)
{
    std::string out;
    for (const auto& part : parts) {
        if (!out.empty()) {
            out += '\n';
        }
        out += part;
    }
    return out;
}

void ListSql::bind(Statement& statement, bool withOrder) const
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

std::string columnOrder(ExerciseOrder order, bool descending, const std::string& language)
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
        return meaningOrder<core::KneeFlexion>("e.knee_flexion") + dir + ", " +
               byNameOrder;
    case ExerciseOrder::Impact:
        return meaningOrder<core::Impact>("e.impact") + dir + ", " + byNameOrder;
    case ExerciseOrder::Equipment:
        return "(SELECT group_concat(equipment, ' ') FROM exercise_equipment q"
               " WHERE q.exercise_rid = e.rid)" +
               dir + ", " + byNameOrder;
    }
    return byNameOrder;
}

} // namespace

ListSql listSql(const ExerciseQuery& query)
{
    ListSql out;
    const std::string fts = ftsQuery(query.text);
    if (fts.empty()) {
        // No word in the text (blank, or only punctuation): everything is listed.
        const FilterSql filter = filterSql(query.filter, 1);
        out.from = "exercises e";
        out.where = filter.where;
        out.whereValues = filter.values;
        out.orderBy = columnOrder(query.order, query.descending, listLanguage(query.filter.language));
        return out;
    }
    const FilterSql filter = filterSql(query.filter, 2);
    out.from = "exercise_search s JOIN exercises e ON e.rid = s.rowid";
    out.where = "exercise_search MATCH ?1 AND " + filter.where;
    out.whereValues.emplace_back(fts);
    out.whereValues.insert(out.whereValues.end(), filter.values.begin(), filter.values.end());
    if (query.order != ExerciseOrder::Relevance) {
        out.orderBy = columnOrder(query.order, query.descending, listLanguage(query.filter.language));
        return out;
    }
    // Relevance with text is listed in stages (stagedSql); this order is a fallback only.
    out.orderBy = "bm25(exercise_search, 10.0, 6.0, 3.0, 2.0, 1.0), " +
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
ListSql indexStage(const ExerciseQuery& query, const std::string& match, const std::string& key,
                   const std::string& keyEnd, bool skipNamePrefix)
{
    ListSql out;
    out.whereValues.emplace_back(match);
    std::string where = "exercise_search MATCH ?1";
    const std::string language = listLanguage(query.filter.language);
    if (skipNamePrefix) {
        where += language.empty() ? " AND s.rowid NOT IN (SELECT rid FROM exercises WHERE "
                                    "name_key >= ?2 AND name_key < ?3)"
                                  : " AND s.rowid NOT IN (" + shownNamePrefixSql(language, 2, 3) +
                                        ")";
        out.whereValues.emplace_back(key);
        out.whereValues.emplace_back(keyEnd);
    }
    if (onlyHiddenFilter(query.filter)) {
        out.from = "exercise_search s";
        if (!query.filter.includeHidden) {
            where += " AND s.rowid NOT IN (SELECT rid FROM exercises INDEXED BY exercises_hidden "
                     "WHERE hidden = 1)";
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
    return out;
}

} // namespace

std::vector<ListSql> stagedSql(sqlite3* db, const ExerciseQuery& query)
{
    const std::string fts = ftsQuery(query.text);
    if (fts.empty() || query.order != ExerciseOrder::Relevance) {
        return {listSql(query)};
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
    // Stage 1 is a range of the name index; stages 2-5 are listed in the search index's order,
    // which is the library's own order (the shipped library's is its teaching order). Every
    // stage stops reading at the end of a page, so a keystroke costs a page, not a ranking of
    // every match: a short prefix that matches the whole library costs the same as a rare word.
    const std::string key = core::foldForSorting(query.text);
    // No UTF-8 text holds the byte 0xFF, so every key starting with key sorts below this one.
    const std::string keyEnd = key + "\xFF";
    std::vector<ListSql> stages;
    ListSql& names = stages.emplace_back();
    const FilterSql namesFilter = filterSql(query.filter, 3);
    names.from = "exercises e";
    // In another language, the names that start with the text are the names a reader sees.
    const std::string language = listLanguage(query.filter.language);
    names.where = language.empty() ? "e.name_key >= ?1 AND e.name_key < ?2 AND " + namesFilter.where
                                   : "e.rid IN (" + shownNamePrefixSql(language, 1, 2) + ") AND " +
                                         namesFilter.where;
    names.whereValues = {key, keyEnd};
    names.whereValues.insert(names.whereValues.end(), namesFilter.values.begin(),
                             namesFilter.values.end());
    names.orderBy = byName(language);

    const auto in = [&](std::string_view column) {
        return "(" + std::string(column) + " : (" + fts + "))";
    };
    const std::string name = in("name");
    const std::string target = in("target");
    const std::string muscles = in("muscles");
    // Stages 1-4 need every word in one of name, target or muscles; an exercise that has each
    // word in any of those columns is a cheaper test (stops at the first) that every one of
    // them fails when none has. Then the rest is simply every match in the index's order.
    Statement any(db, "SELECT 1 FROM exercise_search WHERE exercise_search MATCH ?1 LIMIT 1");
    any.bind(1, "{name target muscles} : (" + fts + ")");
    if (!any.step()) {
        stages.push_back(indexStage(query, fts, key, keyEnd, true));
        return stages;
    }
    stages.push_back(indexStage(query, name, key, keyEnd, true));
    stages.push_back(indexStage(query, target + " NOT " + name, key, keyEnd, false));
    stages.push_back(
        indexStage(query, "(" + muscles + " NOT " + name + ") NOT " + target, key, keyEnd, false));
    stages.push_back(
        indexStage(query, "(((" + fts + ") NOT " + name + ") NOT " + target + ") NOT " + muscles,
                   key, keyEnd, false));
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
    // The page is chosen from the index; the outer query reads only its rows, in the same order.
    return "SELECT " + std::string(columns) + " FROM (SELECT s.rowid AS r FROM " + sql.from +
           " WHERE " + sql.where + " ORDER BY s.rowid" + limit +
           ") p JOIN exercises e ON e.rid = p.r ORDER BY p.r";
}

int countOf(sqlite3* db, const ListSql& sql)
{
    Statement select(db, "SELECT count(*) FROM " + sql.from + " WHERE " + sql.where);
    sql.bind(select, false);
    return select.step() ? select.integer(0) : 0;
}

namespace {

void foldFunction(sqlite3_context* context, int, sqlite3_value** values)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    const std::string folded = core::foldForSorting(
        text ? std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(values[0])))
             : std::string_view());
    sqlite3_result_text(context, folded.c_str(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

void muscleWordsFunction(sqlite3_context* context, int, sqlite3_value** values)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    const std::string words = muscleWords(text ? text : "");
    sqlite3_result_text(context, words.c_str(), static_cast<int>(words.size()), SQLITE_TRANSIENT);
}

} // namespace

void registerSqlFunctions(sqlite3* db)
{
    constexpr int kFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function(db, "glidepath_fold", 1, kFlags, nullptr, foldFunction, nullptr,
                            nullptr);
    sqlite3_create_function(db, "glidepath_muscle_words", 1, kFlags, nullptr, muscleWordsFunction,
                            nullptr, nullptr);
}

} // namespace glidepath::storage::detail
