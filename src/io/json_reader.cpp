#include "json_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <functional>
#include <unordered_map>

namespace glidepath::io::detail {

namespace {

// Characters (UTF-8 code points) in text, for columns that match what an editor shows.
int countCharacters(std::string_view text)
{
    return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// nlohmann's message reads "[json.exception.parse_error.101] parse error at line 1, column 2:
// syntax error while parsing ..."; the position is reported separately, so keep only the reason.
std::string syntaxReason(const std::string& what)
{
    const auto start = what.find("parse error");
    if (start != std::string::npos) {
        const auto colon = what.find(": ", start);
        if (colon != std::string::npos) {
            return what.substr(colon + 2);
        }
    }
    return what;
}

// The parser refuses a token after reading all of it; editors and people want its first character.
std::size_t tokenStart(std::string_view text, std::size_t last)
{
    if (last >= text.size()) {
        return last;
    }
    if (text[last] == '"') {
        for (std::size_t i = last; i-- > 0;) {
            if (text[i] != '"') {
                continue;
            }
            std::size_t backslashes = 0;
            while (backslashes < i && text[i - 1 - backslashes] == '\\') {
                ++backslashes;
            }
            if (backslashes % 2 == 0) {
                return i;
            }
        }
        return last;
    }
    const auto inToken = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.';
    };
    if (!inToken(text[last])) {
        return last;
    }
    while (last > 0 && inToken(text[last - 1])) {
        --last;
    }
    return last;
}

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// Optimal string alignment distance: like Levenshtein, and a swap of two neighbours costs one.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) {
        d[i][0] = i;
    }
    for (std::size_t j = 0; j <= m; ++j) {
        d[0][j] = j;
    }
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[n][m];
}

// Walks syntactically valid JSON once. For each value it calls onValue(pointer, line) when asked
// to, and for each key that repeats within its object onDuplicate(pointer, line). The walk
// is iterative so deeply nested input cannot exhaust the stack, and it stops quietly on anything
// unexpected rather than trusting its input.
class JsonWalker
{
public:
    using ValueCallback = std::function<void(const std::string& pointer, int line)>;
    using DuplicateCallback = std::function<void(const std::string& pointer, int line)>;

    JsonWalker(std::string_view text, ValueCallback onValue, DuplicateCallback onDuplicate)
        : m_text(text), m_onValue(std::move(onValue)), m_onDuplicate(std::move(onDuplicate))
    {}

    void run()
    {
        bool needValue = true;
        while (true) {
            skipSpace();
            if (needValue) {
                if (m_onValue) {
                    m_onValue(currentPointer(), m_line);
                }
                const char c = peek();
                if (c == '{' || c == '[') {
                    ++m_pos;
                    m_stack.push_back(Frame{c == '{', 0, {}, {}});
                    skipSpace();
                    if (peek() == (c == '{' ? '}' : ']')) {
                        ++m_pos;
                        m_stack.pop_back();
                        needValue = false;
                    } else if (c == '{' && !readKey()) {
                        return;
                    }
                } else if (c == '"') {
                    if (!skipString()) {
                        return;
                    }
                    needValue = false;
                } else if (c == '\0') {
                    return;
                } else {
                    skipScalar();
                    needValue = false;
                }
                continue;
            }
            if (m_stack.empty()) {
                return;
            }
            const char c = peek();
            Frame& frame = m_stack.back();
            if (c == ',') {
                ++m_pos;
                if (frame.isObject) {
                    if (!readKey()) {
                        return;
                    }
                } else {
                    ++frame.index;
                }
                needValue = true;
            } else if (c == '}' || c == ']') {
                ++m_pos;
                m_stack.pop_back();
            } else {
                return;
            }
        }
    }

private:
    struct Frame
    {
        bool isObject = false;
        std::size_t index = 0;
        std::string key;
        std::vector<std::string> keys; // seen so far in this object
    };

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\n') {
                ++m_line;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            ++m_pos;
        }
    }

    // Leaves m_pos after the closing quote; returns the raw text between the quotes.
    bool skipString(std::string_view* raw = nullptr)
    {
        const std::size_t start = ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\\') {
                m_pos += 2;
                continue;
            }
            if (c == '"') {
                if (raw != nullptr) {
                    *raw = m_text.substr(start, m_pos - start);
                }
                ++m_pos;
                return true;
            }
            ++m_pos;
        }
        return false;
    }

    void skipScalar()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' ||
                c == '\r') {
                return;
            }
            ++m_pos;
        }
    }

    bool readKey()
    {
        skipSpace();
        if (peek() != '"') {
            return false;
        }
        std::string_view raw;
        if (!skipString(&raw)) {
            return false;
        }
        std::string key(raw);
        if (raw.find('\\') != std::string_view::npos) {
            // Rare: let the real parser decode the escapes.
            try {
                key = nlohmann::json::parse("\"" + std::string(raw) + "\"").get<std::string>();
            } catch (const nlohmann::json::exception&) {
                return false;
            }
        }
        Frame& frame = m_stack.back();
        frame.key = key;
        if (core::contains(frame.keys, key)) {
            if (m_onDuplicate) {
                m_onDuplicate(currentPointer(), m_line);
            }
        } else {
            frame.keys.push_back(std::move(key));
        }
        skipSpace();
        if (peek() != ':') {
            return false;
        }
        ++m_pos;
        return true;
    }

    std::string currentPointer() const
    {
        std::string pointer;
        for (const Frame& frame : m_stack) {
            pointer += '/';
            pointer += frame.isObject ? pointerToken(frame.key) : std::to_string(frame.index);
        }
        return pointer;
    }

    std::string_view m_text;
    ValueCallback m_onValue;
    DuplicateCallback m_onDuplicate;
    std::size_t m_pos = 0;
    int m_line = 1;
    std::vector<Frame> m_stack;
};

std::string lastToken(const std::string& pointer)
{
    const auto slash = pointer.rfind('/');
    std::string token = slash == std::string::npos ? pointer : pointer.substr(slash + 1);
    // Undo the RFC 6901 escaping for the message.
    std::string plain;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            plain += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            plain += token[i];
        }
    }
    return plain;
}

} // namespace

std::optional<nlohmann::json> parseJson(std::string_view text, std::vector<FormatIssue>& issues)
{
    if (isBlank(text)) {
        issues.push_back({"", "the document is empty", 1, 1});
        return std::nullopt;
    }
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& error) {
        // error.byte is the 1-based index of the last character read, size + 1 at the end.
        std::size_t offset = std::min(error.byte > 0 ? error.byte - 1 : 0, text.size());
        const std::string reason = syntaxReason(error.what());
        if (reason.find("unexpected") != std::string::npos) {
            offset = tokenStart(text, offset); // a whole token was read before it was refused
        }
        const std::string_view before = text.substr(0, offset);
        const auto lineStart = before.rfind('\n');
        const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
        const int column =
            1 + countCharacters(lineStart == std::string_view::npos ? before
                                                                    : before.substr(lineStart + 1));
        issues.push_back({"", reason, line, column});
        return std::nullopt;
    }
}

void locateIssues(std::string_view text, std::vector<FormatIssue>& issues)
{
    const bool needed = std::any_of(issues.begin(), issues.end(), [](const FormatIssue& issue) {
        return issue.line == 0 && !issue.pointer.empty();
    });
    if (!needed) {
        return;
    }
    std::unordered_map<std::string, int> lines;
    JsonWalker walker(
        text, [&](const std::string& pointer, int line) { lines.emplace(pointer, line); }, {});
    walker.run();
    for (FormatIssue& issue : issues) {
        if (issue.line != 0 || issue.pointer.empty()) {
            continue;
        }
        // A missing field has no line of its own: use the object that should hold it.
        std::string pointer = issue.pointer;
        while (true) {
            if (auto found = lines.find(pointer); found != lines.end()) {
                issue.line = found->second;
                break;
            }
            const auto slash = pointer.rfind('/');
            if (slash == std::string::npos) {
                break;
            }
            pointer.resize(slash);
        }
    }
}

std::vector<FormatIssue> duplicateKeys(std::string_view text)
{
    std::vector<FormatIssue> issues;
    JsonWalker walker(text, {}, [&](const std::string& pointer, int line) {
        issues.push_back({pointer,
                          "field \"" + lastToken(pointer) +
                              "\" appears more than once in the same object; keep only one",
                          line, 0});
    });
    walker.run();
    return issues;
}

std::string pointerToken(std::string_view key)
{
    std::string token;
    token.reserve(key.size());
    for (const char c : key) {
        if (c == '~') {
            token += "~0";
        } else if (c == '/') {
            token += "~1";
        } else {
            token += c;
        }
    }
    return token;
}

std::string describeValue(const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::array:
        return "a list";
    case nlohmann::json::value_t::string: {
        const auto& text = value.get_ref<const std::string&>();
        constexpr std::size_t kLongest = 40;
        if (text.size() > kLongest) {
            std::size_t cut = kLongest;
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
                --cut; // never cut a UTF-8 sequence in half
            }
            return nlohmann::json(text.substr(0, cut)).dump() + "...";
        }
        return value.dump();
    }
    default:
        return value.dump();
    }
}

std::optional<std::string> closestMatch(std::string_view word,
                                        const std::vector<std::string>& candidates)
{
    std::optional<std::string> best;
    std::size_t bestDistance = 0;
    std::string lowered(word);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const std::string& candidate : candidates) {
        const std::size_t distance = editDistance(lowered, candidate);
        if (!best || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // Close enough to be a typo: one edit for short words, up to a third of the word otherwise.
    const std::size_t allowed = std::clamp<std::size_t>(word.size() / 3, 1, 3);
    if (best && bestDistance <= allowed && !(bestDistance == 0 && lowered == word)) {
        return best;
    }
    return std::nullopt;
}

bool checkHeader(const nlohmann::json& root, std::string_view format, int version,
                 std::string_view what, std::vector<FormatIssue>& issues, int oldest)
{
    oldest = oldest > 0 ? oldest : version;
    if (!root.is_object()) {
        issues.push_back({"", "the document must be a JSON object {\"format\": \"" +
                                  std::string(format) + "\", ...}, got " + describeValue(root)});
        return false;
    }
    const auto formatField = root.find("format");
    if (formatField == root.end()) {
        issues.push_back({"/format", "required field is missing; this does not look like " +
                                         std::string(what) + " (expected \"format\": \"" +
                                         std::string(format) + "\")"});
        return false;
    }
    if (!formatField->is_string() || formatField->get_ref<const std::string&>() != format) {
        issues.push_back({"/format", "must be \"" + std::string(format) + "\", got " +
                                         describeValue(*formatField) + "; this is not " +
                                         std::string(what)});
        return false;
    }
    const auto versionField = root.find("version");
    if (versionField == root.end()) {
        issues.push_back({"/version", "required field is missing (this version of Glidepath reads "
                                      "version " +
                                          std::to_string(version) + ")"});
        return false;
    }
    if (!versionField->is_number_integer()) {
        issues.push_back(
            {"/version", "must be a whole number, got " + describeValue(*versionField)});
        return false;
    }
    const auto found = versionField->get<std::int64_t>();
    if (found > version) {
        issues.push_back({"/version", "the file is version " + std::to_string(found) +
                                          ", written by a newer Glidepath; this version reads "
                                          "version " +
                                          std::to_string(version) +
                                          " only. Update Glidepath to open it"});
        return false;
    }
    if (found < oldest) {
        issues.push_back({"/version", (oldest == version ? "must be " + std::to_string(version)
                                                         : "must be from " +
                                                               std::to_string(oldest) + " to " +
                                                               std::to_string(version)) +
                                          ", got " + std::to_string(found)});
        return false;
    }
    return true;
}

ObjectReader::ObjectReader(const nlohmann::json& value, std::string pointer,
                           std::vector<FormatIssue>& issues)
    : m_pointer(std::move(pointer)), m_issues(issues)
{
    if (value.is_object()) {
        m_object = &value;
    } else {
        addIssue(m_pointer, "must be an object, got " + describeValue(value));
    }
}

ObjectReader::ObjectReader(std::string pointer, std::vector<FormatIssue>& issues)
    : m_pointer(std::move(pointer)), m_issues(issues)
{}

const nlohmann::json* ObjectReader::field(std::string_view key, Presence presence)
{
    m_known.emplace_back(key);
    if (m_object == nullptr) {
        return nullptr;
    }
    const auto found = m_object->find(key);
    if (found == m_object->end()) {
        if (presence == Presence::Required) {
            addIssue(pointerTo(key), "required field is missing");
        }
        return nullptr;
    }
    return &*found;
}

void ObjectReader::addIssue(std::string pointer, std::string message)
{
    m_issues.push_back({std::move(pointer), std::move(message), 0, 0});
}

bool ObjectReader::readString(std::string_view key, std::string& out, Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return false;
    }
    if (!value->is_string()) {
        addIssue(pointerTo(key), "must be text, got " + describeValue(*value));
        return false;
    }
    out = value->get<std::string>();
    return true;
}

bool ObjectReader::readInt(std::string_view key, int& out, int min, int max, Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return false;
    }
    const std::string expected =
        "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    if (!value->is_number_integer()) {
        addIssue(pointerTo(key), expected + ", got " + describeValue(*value));
        return false;
    }
    // Non-negative numbers parse as unsigned; above INT64_MAX they cannot be in range anyway.
    std::optional<std::int64_t> number;
    if (!value->is_number_unsigned()) {
        number = value->get<std::int64_t>();
    } else if (value->get<std::uint64_t>() <= static_cast<std::uint64_t>(INT64_MAX)) {
        number = static_cast<std::int64_t>(value->get<std::uint64_t>());
    }
    if (!number || *number < min || *number > max) {
        if (number && *number >= INT32_MIN && *number <= INT32_MAX) {
            out = static_cast<int>(*number); // so that later checks see the value as written
        }
        addIssue(pointerTo(key), expected + ", got " + value->dump());
        return false;
    }
    out = value->get<int>();
    return true;
}

bool ObjectReader::readBool(std::string_view key, bool& out, Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return false;
    }
    if (!value->is_boolean()) {
        addIssue(pointerTo(key), "must be true or false, got " + describeValue(*value));
        return false;
    }
    out = value->get<bool>();
    return true;
}

bool ObjectReader::readNullableString(std::string_view key, std::string& out, std::string_view what,
                                      Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return false;
    }
    if (value->is_null()) {
        out.clear();
        return true;
    }
    if (!value->is_string()) {
        addIssue(pointerTo(key),
                 "must be " + std::string(what) + " or null, got " + describeValue(*value));
        return false;
    }
    out = value->get<std::string>();
    return true;
}

bool ObjectReader::readStringList(std::string_view key, std::vector<std::string>& out,
                                  Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return false;
    }
    if (!value->is_array()) {
        addIssue(pointerTo(key), "must be a list of text, got " + describeValue(*value));
        return false;
    }
    out.clear();
    bool ok = true;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const nlohmann::json& item = (*value)[i];
        if (item.is_string()) {
            out.push_back(item.get<std::string>());
        } else {
            addIssue(pointerTo(key) + "/" + std::to_string(i),
                     "must be text, got " + describeValue(item));
            ok = false;
        }
    }
    return ok;
}

bool ObjectReader::readNumber(std::string_view key, double& out, double min, double max,
                              Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return false;
    }
    const double number = value->is_number() ? value->get<double>() : 0.0;
    if (!value->is_number() || !(number >= min && number <= max)) {
        // Limits read as people write them: "from 0 to 1", "from 0.1 to 0.95".
        const auto plain = [](double number) {
            return std::floor(number) == number && std::abs(number) < 1e15
                       ? std::to_string(static_cast<long long>(number))
                       : nlohmann::json(number).dump();
        };
        addIssue(pointerTo(key), "must be a number from " + plain(min) + " to " + plain(max) +
                                     ", got " + describeValue(*value));
        return false;
    }
    out = number;
    return true;
}

const nlohmann::json* ObjectReader::readValue(std::string_view key, Presence presence)
{
    return field(key, presence);
}

const nlohmann::json* ObjectReader::readList(std::string_view key, Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return nullptr;
    }
    if (!value->is_array()) {
        addIssue(pointerTo(key), "must be a list, got " + describeValue(*value));
        return nullptr;
    }
    return value;
}

ObjectReader ObjectReader::child(std::string_view key, Presence presence)
{
    const nlohmann::json* value = field(key, presence);
    if (value == nullptr) {
        return ObjectReader(pointerTo(key), m_issues);
    }
    return ObjectReader(*value, pointerTo(key), m_issues);
}

void ObjectReader::finish()
{
    if (m_object == nullptr) {
        return;
    }
    for (const auto& [key, value] : m_object->items()) {
        if (core::contains(m_known, key)) {
            continue;
        }
        std::string message = "unknown field \"" + key + "\"";
        if (auto suggestion = closestMatch(key, m_known)) {
            message += " (did you mean \"" + *suggestion + "\"?)";
        } else {
            message += "; this format has no such field";
        }
        addIssue(pointerTo(key), std::move(message));
    }
}

bool ObjectReader::enumProblem(const nlohmann::json& value, const std::string& pointer,
                               const std::vector<std::string>& names)
{
    std::string accepted;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) {
            accepted += (i + 1 == names.size()) ? " or " : ", ";
        }
        accepted += names[i];
    }
    std::string message = "must be one of " + accepted + ", got " + describeValue(value);
    if (value.is_string()) {
        if (auto suggestion = closestMatch(value.get_ref<const std::string&>(), names)) {
            message += " (did you mean \"" + *suggestion + "\"?)";
        }
    }
    addIssue(pointer, std::move(message));
    return false;
}

} // namespace glidepath::io::detail
