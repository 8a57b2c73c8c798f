#include "exercise_search_index.h"

#include "pg_connection.h"

#include <glidepath/core/enum_names.h>
#include <glidepath/core/text_fold.h>

#include <array>
#include <map>
#include <utility>

namespace glidepath::storage::detail {

namespace {

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

// Text as the server's index takes it: its words folded (lowercase, no accents, "ß" as "ss"),
// one space apart, so the server's parser sees nothing but plain words.
void appendFoldedWords(std::string& out, std::string_view text)
{
    for (const auto& word : searchWords(text)) {
        const std::string folded = core::foldForSorting(word);
        if (!folded.empty()) {
            out += out.empty() ? "" : " ";
            out += folded;
        }
    }
}

// The four weighted parts of a server search row, from an exercise's stored texts.
struct ServerDoc
{
    std::string name;    // A: the name in every language
    std::string target;  // B: the main muscle's words
    std::string muscles; // C: the other muscles' words
    std::string rest;    // D: summary and cues in every language

    void addMuscle(std::int64_t position, std::string_view stored)
    {
        appendFoldedWords(position == 0 ? target : muscles, muscleWords(stored));
    }
};

// The doc column from parameters ?first (name) .. ?first+3 (rest).
std::string serverDocSql(int first)
{
    std::string out;
    constexpr std::array<char, 4> kWeights{'A', 'B', 'C', 'D'};
    for (int i = 0; i < 4; ++i) {
        out += (i ? " || " : "") + std::string("setweight(to_tsvector('simple', ?") +
               std::to_string(first + i) + "), '" + kWeights[static_cast<std::size_t>(i)] + "')";
    }
    return out;
}

} // namespace

std::string arrayLiteral(const std::vector<std::string>& values)
{
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        out += i ? ",\"" : "\"";
        for (const char c : values[i]) {
            if (c == '"' || c == '\\') {
                out += '\\';
            }
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

// Splits user text into words the way the index does. Quotes, operators (AND, OR, NOT, NEAR),
// column filters (':'), '-', '^', '*' and brackets all end up as separators, so user text can
// never become query syntax. Invalid UTF-8 bytes count as separators.
std::vector<std::string> searchWords(std::string_view text)
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
    return words;
}

// "clam ban" -> "clam"* "ban"*: each word quoted, so nothing in it is an operator.
std::string ftsQuery(std::string_view text)
{
    std::string query;
    for (const auto& word : searchWords(text)) {
        query += (query.empty() ? "\"" : " \"") + word + "\"*";
    }
    return query;
}

std::string serverQuery(std::string_view text, std::string_view weights)
{
    std::string query;
    for (const auto& word : searchWords(text)) {
        const std::string folded = core::foldForSorting(word);
        if (folded.empty()) {
            continue;
        }
        // Only letters and digits are left, so the quotes cannot be closed from inside.
        query += (query.empty() ? "'" : " & '") + folded + "':*";
        query += weights;
    }
    return query;
}

std::string indexMatchSql(const Session* db, int index)
{
    const std::string placeholder = "?" + std::to_string(index);
    return db->isServer() ? "s.doc @@ to_tsquery('simple', " + placeholder + ")"
                          : "exercise_search MATCH " + placeholder;
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
        {"deep_rotators",
         "deep rotators hip rotators piriformis tiefe hüftrotatoren außenrotatoren"},
        {"adductors",
         "adductors adductor inner thigh groin adduktoren oberschenkelinnenseite leiste"},
        {"hip_flexors", "hip flexors iliopsoas hüftbeuger"},
        {"quadriceps", "quadriceps quads quadrizeps oberschenkelvorderseite"},
        {"vmo", "vmo vastus medialis oblique innerer quadrizeps"},
        {"hamstrings", "hamstrings ischiocrurale muskulatur oberschenkelrückseite"},
        {"calves", "calves calf gastrocnemius soleus waden wade wadenmuskel"},
        {"tfl", "tfl tensor fasciae latae schenkelbindenspanner"},
        {"deep_abdominals",
         "deep abdominals transversus abdominis core tiefe bauchmuskeln bauchmuskulatur rumpf"},
        {"obliques", "obliques schräge bauchmuskeln"},
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

void writeServerSearchRow(Session* db, std::int64_t rid)
{
    ServerDoc doc;
    Query exercise(db, "SELECT name, summary FROM exercises WHERE rid = ?");
    exercise.bind(1, rid);
    if (!exercise.step()) {
        return;
    }
    appendFoldedWords(doc.name, exercise.text(0));
    appendFoldedWords(doc.rest, exercise.text(1));
    Query muscles(db, "SELECT position, muscle FROM exercise_muscles WHERE exercise_rid = ? "
                      "ORDER BY position");
    muscles.bind(1, rid);
    while (muscles.step()) {
        doc.addMuscle(muscles.int64(0), muscles.text(1));
    }
    Query cues(db, "SELECT text FROM exercise_cues WHERE exercise_rid = ? ORDER BY position");
    cues.bind(1, rid);
    while (cues.step()) {
        appendFoldedWords(doc.rest, cues.text(0));
    }
    Query texts(db, "SELECT name, summary, cues FROM exercise_texts WHERE exercise_rid = ? "
                    "ORDER BY language");
    texts.bind(1, rid);
    while (texts.step()) {
        appendFoldedWords(doc.name, texts.text(0));
        appendFoldedWords(doc.rest, texts.text(1));
        appendFoldedWords(doc.rest, texts.text(2));
    }
    Query write(db, "INSERT INTO exercise_search (rowid, doc) VALUES (?1, " + serverDocSql(2) +
                        ") ON CONFLICT (rowid) DO UPDATE SET doc = excluded.doc");
    write.bind(1, rid).bind(2, doc.name).bind(3, doc.target).bind(4, doc.muscles);
    write.bind(5, doc.rest).run();
}

void rebuildServerSearch(PgConnection& server)
{
    writeServerSearchRows(server, nullptr);
}

void writeServerSearchRows(PgConnection& server, const std::vector<std::int64_t>* rids)
{
    // Four ordered passes over the tables instead of four lookups per exercise: a library of
    // 100,000 is indexed in seconds.
    std::vector<PgParam> only;
    std::string where;
    if (rids) {
        if (rids->empty()) {
            return;
        }
        std::vector<std::string> texts;
        texts.reserve(rids->size());
        for (const std::int64_t rid : *rids) {
            texts.push_back(std::to_string(rid));
        }
        only.emplace_back(arrayLiteral(texts));
        where = " WHERE exercise_rid = ANY($1::bigint[])";
    }
    std::map<std::int64_t, ServerDoc> docs;
    {
        const PgResult rows =
            server.exec("SELECT rid, name, summary FROM exercises" +
                            (rids ? std::string(" WHERE rid = ANY($1::bigint[])") : std::string()),
                        only);
        for (int r = 0; r < rows.rows(); ++r) {
            ServerDoc& doc = docs[rows.int64(r, 0)];
            appendFoldedWords(doc.name, rows.text(r, 1));
            appendFoldedWords(doc.rest, rows.text(r, 2));
        }
    }
    {
        const PgResult rows = server.exec("SELECT exercise_rid, position, muscle FROM "
                                          "exercise_muscles" +
                                              where + " ORDER BY exercise_rid, position",
                                          only);
        for (int r = 0; r < rows.rows(); ++r) {
            docs[rows.int64(r, 0)].addMuscle(rows.int64(r, 1), rows.text(r, 2));
        }
    }
    {
        const PgResult rows = server.exec("SELECT exercise_rid, text FROM exercise_cues" + where +
                                              " ORDER BY exercise_rid, position",
                                          only);
        for (int r = 0; r < rows.rows(); ++r) {
            appendFoldedWords(docs[rows.int64(r, 0)].rest, rows.text(r, 1));
        }
    }
    {
        const PgResult rows = server.exec("SELECT exercise_rid, name, summary, cues FROM "
                                          "exercise_texts" +
                                              where + " ORDER BY exercise_rid, language",
                                          only);
        for (int r = 0; r < rows.rows(); ++r) {
            ServerDoc& doc = docs[rows.int64(r, 0)];
            appendFoldedWords(doc.name, rows.text(r, 1));
            appendFoldedWords(doc.rest, rows.text(r, 2));
            appendFoldedWords(doc.rest, rows.text(r, 3));
        }
    }
    if (rids) {
        server.exec("DELETE FROM exercise_search WHERE rowid = ANY($1::bigint[])", only);
    } else {
        server.exec("DELETE FROM exercise_search");
    }
    const std::string insert =
        "INSERT INTO exercise_search (rowid, doc) SELECT u.r, " +
        std::string("setweight(to_tsvector('simple', u.a), 'A') || "
                    "setweight(to_tsvector('simple', u.b), 'B') || "
                    "setweight(to_tsvector('simple', u.c), 'C') || "
                    "setweight(to_tsvector('simple', u.d), 'D') ") +
        "FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[]) "
        "AS u (r, a, b, c, d)";
    constexpr std::size_t kBatch = 5000;
    std::array<std::vector<std::string>, 5> columns;
    const auto flush = [&] {
        if (columns[0].empty()) {
            return;
        }
        std::vector<PgParam> params;
        for (auto& column : columns) {
            params.emplace_back(arrayLiteral(column));
            column.clear();
        }
        server.exec(insert, params);
    };
    for (const auto& entry : docs) {
        const ServerDoc& doc = entry.second;
        columns[0].push_back(std::to_string(entry.first));
        columns[1].push_back(doc.name);
        columns[2].push_back(doc.target);
        columns[3].push_back(doc.muscles);
        columns[4].push_back(doc.rest);
        if (columns[0].size() == kBatch) {
            flush();
        }
    }
    flush();
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
