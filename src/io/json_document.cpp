// The text-level half of reading a document: the limits checked before any parsing, the parse
// itself, and one linear pass over the text that finds lines for pointers and repeated keys.

#include "json_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace glidepath::io::detail {

namespace {

using Json = nlohmann::json;

// Characters (UTF-8 code points) in text, for columns that match what an editor shows.
int countCharacters(std::string_view text)
{
    return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

int lineAt(std::string_view text, std::size_t offset)
{
    const std::string_view before = text.substr(0, std::min(offset, text.size()));
    return 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
}

int columnAt(std::string_view text, std::size_t offset)
{
    const std::string_view before = text.substr(0, std::min(offset, text.size()));
    const auto lineStart = before.rfind('\n');
    return 1 + countCharacters(lineStart == std::string_view::npos ? before
                                                                   : before.substr(lineStart + 1));
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
    return withoutExceptionTag(what);
}

// The parser's names of the tokens it expects (nlohmann/json's token_type_name), longest first
// so that "'[', '{', or a literal" is not read as ending in "a literal".
constexpr std::array<std::string_view, 16> kTokenNames{"'[', '{', or a literal",
                                                       "<uninitialized>",
                                                       "true literal",
                                                       "false literal",
                                                       "null literal",
                                                       "string literal",
                                                       "number literal",
                                                       "<parse error>",
                                                       "end of input",
                                                       "unknown token",
                                                       "'['",
                                                       "'{'",
                                                       "']'",
                                                       "'}'",
                                                       "':'",
                                                       "','"};

// The parts of a syntax error in the parser's words ("syntax error while parsing object -
// unexpected ']'; expected '}'") as an issue's kind and values, so that the renderer can say it
// in another language; nullopt when the words have another shape (a newer parser), which are
// then shown as they are.
std::optional<std::pair<std::string, std::vector<std::string>>> syntaxKind(std::string_view reason)
{
    constexpr std::string_view kStart = "syntax error while parsing ";
    if (!reason.starts_with(kStart)) {
        return std::nullopt;
    }
    std::string_view rest = reason.substr(kStart.size());
    const auto dash = rest.find(" - ");
    if (dash == std::string_view::npos) {
        return std::nullopt;
    }
    std::vector<std::string> values{std::string(rest.substr(0, dash))};
    rest = rest.substr(dash + 3);
    std::optional<std::string> expected;
    for (const std::string_view name : kTokenNames) {
        const std::string tail = "; expected " + std::string(name);
        if (rest.ends_with(tail)) {
            expected = std::string(name);
            rest.remove_suffix(tail.size());
            break;
        }
    }
    const auto withExpected = [&](std::string kind) {
        if (expected) {
            values.push_back(*expected);
            kind += "_expected";
        }
        return kind;
    };
    constexpr std::string_view kUnexpected = "unexpected ";
    constexpr std::string_view kLastRead = "; last read: '";
    if (rest.starts_with(kUnexpected)) {
        const std::string_view found = rest.substr(kUnexpected.size());
        if (found == "end of input") {
            return std::pair{withExpected("json.ended"), std::move(values)};
        }
        values.emplace_back(found);
        return std::pair{withExpected("json.unexpected"), std::move(values)};
    }
    const auto last = rest.find(kLastRead);
    if (last == std::string_view::npos || !rest.ends_with('\'')) {
        return std::nullopt;
    }
    const std::string_view problem = rest.substr(0, last);
    const std::string_view lastRead =
        rest.substr(last + kLastRead.size(), rest.size() - last - kLastRead.size() - 1);
    constexpr std::string_view kControl = "invalid string: control character ";
    constexpr std::string_view kEscaped = " must be escaped to ";
    const auto escaped = problem.find(kEscaped);
    if (problem.starts_with(kControl) && escaped != std::string_view::npos) {
        // "... U+000A (LF) must be escaped to \u000A or \n": the ways to write it are a list.
        values.emplace_back(problem.substr(kControl.size(), escaped - kControl.size()));
        values.emplace_back(lastRead);
        const std::string kind = withExpected("json.control");
        std::string_view ways = problem.substr(escaped + kEscaped.size());
        const auto orAt = ways.find(" or ");
        values.emplace_back(ways.substr(0, orAt));
        if (orAt != std::string_view::npos) {
            values.emplace_back(ways.substr(orAt + 4));
        }
        return std::pair{kind, std::move(values)};
    }
    values.emplace_back(problem);
    values.emplace_back(lastRead);
    return std::pair{withExpected("json.invalid"), std::move(values)};
}

// A syntax error at line and column: the parser's words as the message (English), and as a kind
// with values when they have a shape syntaxKind knows and rebuild exactly.
FormatIssue syntaxIssue(const std::string& reason, int line, int column)
{
    FormatIssue issue{"", reason, line, column};
    if (auto kind = syntaxKind(reason)) {
        FormatIssue made = formatIssue("", kind->first, std::move(kind->second));
        if (made.message == reason) {
            issue.kind = std::move(made.kind);
            issue.values = std::move(made.values);
        }
    }
    return issue;
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

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string_view withoutBom(std::string_view text)
{
    return text.starts_with(kUtf8Bom) ? text.substr(kUtf8Bom.size()) : text;
}

} // namespace

// "UTF-16 (little-endian)" when the bytes are UTF-16 or UTF-32, by their byte order mark or,
// without one, by the zero bytes around the first character (JSON text starts with ASCII).
std::optional<std::string> otherEncoding(std::string_view text)
{
    const auto at = [&](std::size_t i) {
        return i < text.size() ? static_cast<unsigned char>(text[i]) : 0x100U;
    };
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) {
        return "UTF-32 (little-endian)";
    }
    if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) {
        return "UTF-32 (big-endian)";
    }
    if (at(0) == 0xFF && at(1) == 0xFE) {
        return "UTF-16 (little-endian)";
    }
    if (at(0) == 0xFE && at(1) == 0xFF) {
        return "UTF-16 (big-endian)";
    }
    if (text.size() >= 4 && at(0) != 0 && at(1) == 0 && at(2) == 0 && at(3) == 0) {
        return "UTF-32 (little-endian)";
    }
    if (text.size() >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0) {
        return "UTF-32 (big-endian)";
    }
    if (text.size() >= 2 && at(0) != 0 && at(1) == 0) {
        return "UTF-16 (little-endian)";
    }
    if (text.size() >= 2 && at(0) == 0 && at(1) != 0) {
        return "UTF-16 (big-endian)";
    }
    return std::nullopt;
}

namespace {

// The byte offset of the first bracket that opens level maxDepth + 1, outside strings; nullopt
// when the document stays within maxDepth. One pass, so a hostile file costs no more than its
// length, and the parser never sees nesting that could exhaust its memory or the stack.
std::optional<std::size_t> tooDeep(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth) {
                return i;
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::nullopt;
}

// Builds the document like nlohmann's own DOM parser and keeps the path to the value being read,
// so that a number the parser refuses (1e400 does not fit a double) is named by its pointer.
class TrackingParser
{
public:
    explicit TrackingParser(Json& root) : m_dom(root, false) {}

    bool null() { return scalar(m_dom.null()); }
    bool boolean(bool value) { return scalar(m_dom.boolean(value)); }
    bool number_integer(Json::number_integer_t value)
    {
        return scalar(m_dom.number_integer(value));
    }
    bool number_unsigned(Json::number_unsigned_t value)
    {
        return scalar(m_dom.number_unsigned(value));
    }
    bool number_float(Json::number_float_t value, const Json::string_t& text)
    {
        return scalar(m_dom.number_float(value, text));
    }
    bool string(Json::string_t& value) { return scalar(m_dom.string(value)); }
    bool binary(Json::binary_t& value) { return scalar(m_dom.binary(value)); }
    bool start_object(std::size_t size)
    {
        m_path.push_back({true, 0, {}});
        return m_dom.start_object(size);
    }
    bool key(Json::string_t& value)
    {
        m_path.back().key = value;
        return m_dom.key(value);
    }
    bool end_object()
    {
        m_path.pop_back();
        return scalar(m_dom.end_object());
    }
    bool start_array(std::size_t size)
    {
        m_path.push_back({false, 0, {}});
        return m_dom.start_array(size);
    }
    bool end_array()
    {
        m_path.pop_back();
        return scalar(m_dom.end_array());
    }
    bool parse_error(std::size_t position, const std::string& token,
                     const nlohmann::detail::exception& error)
    {
        m_error = Error{position, token, error.id, error.what(), pointer()};
        return m_dom.parse_error(position, token, error);
    }

    using Error = ParseFailure;
    const std::optional<Error>& error() const { return m_error; }

private:
    struct Step
    {
        bool isObject = false;
        std::size_t index = 0;
        std::string key;
    };

    // A value is complete: the next one in a list has the next index.
    bool scalar(bool ok)
    {
        if (!m_path.empty() && !m_path.back().isObject) {
            ++m_path.back().index;
        }
        return ok;
    }

    std::string pointer() const
    {
        std::string out;
        for (const Step& step : m_path) {
            out += "/" + (step.isObject ? pointerToken(step.key) : std::to_string(step.index));
        }
        return out;
    }

    nlohmann::detail::json_sax_dom_parser<Json> m_dom;
    std::vector<Step> m_path;
    std::optional<Error> m_error;
};

// Walks syntactically valid JSON once, keeping the pointer of the current value in one string
// that grows and shrinks as the walk goes, so the whole walk is linear in the text. For each
// value it calls onValue(pointer, line), and for each key that repeats within its object
// onDuplicate(pointer, line). It is iterative and stops quietly on anything unexpected rather
// than trusting its input.
class JsonWalker
{
public:
    using Callback = std::function<void(const std::string& pointer, int line)>;

    JsonWalker(std::string_view text, Callback onValue, Callback onDuplicate)
        : m_text(withoutBom(text)), m_onValue(std::move(onValue)),
          m_onDuplicate(std::move(onDuplicate))
    {}

    void run()
    {
        bool needValue = true;
        while (true) {
            skipSpace();
            if (needValue) {
                if (m_onValue) {
                    m_onValue(m_pointer, m_line);
                }
                const char c = peek();
                if (c == '{' || c == '[') {
                    ++m_pos;
                    m_stack.push_back(Frame{c == '{', 0, m_pointer.size(), {}});
                    skipSpace();
                    if (peek() == (c == '{' ? '}' : ']')) {
                        ++m_pos;
                        m_stack.pop_back();
                        needValue = false;
                    } else if (c == '{') {
                        if (!readKey()) {
                            return;
                        }
                    } else {
                        enterIndex(0);
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
                    enterIndex(++frame.index);
                }
                needValue = true;
            } else if (c == '}' || c == ']') {
                ++m_pos;
                m_pointer.resize(frame.pointerSize);
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
        std::size_t pointerSize = 0;          // length of the container's own pointer
        std::unordered_set<std::string> keys; // seen so far in this object
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

    void enterIndex(std::size_t index)
    {
        m_pointer.resize(m_stack.back().pointerSize);
        m_pointer += '/';
        m_pointer += std::to_string(index);
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
                key = Json::parse("\"" + std::string(raw) + "\"").get<std::string>();
            } catch (const Json::exception&) {
                return false;
            }
        }
        Frame& frame = m_stack.back();
        m_pointer.resize(frame.pointerSize);
        m_pointer += '/';
        m_pointer += pointerToken(key);
        if (!frame.keys.insert(std::move(key)).second && m_onDuplicate) {
            m_onDuplicate(m_pointer, m_line);
        }
        skipSpace();
        if (peek() != ':') {
            return false;
        }
        ++m_pos;
        return true;
    }

    std::string_view m_text;
    Callback m_onValue;
    Callback m_onDuplicate;
    std::size_t m_pos = 0;
    int m_line = 1;
    std::vector<Frame> m_stack;
    std::string m_pointer;
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

std::string megabytes(std::size_t bytes)
{
    const std::size_t tenths = (bytes * 10 + (1 << 20) / 2) / (1 << 20);
    return std::to_string(tenths / 10) +
           (tenths % 10 != 0 ? "." + std::to_string(tenths % 10) : "") + " MB";
}

} // namespace

std::string withoutExceptionTag(const std::string& what)
{
    // "[json.exception.type_error.302] type must be number" -> "type must be number"
    if (what.starts_with("[json.exception.")) {
        const auto close = what.find("] ");
        if (close != std::string::npos) {
            return what.substr(close + 2);
        }
    }
    return what;
}

std::optional<std::string> sizeProblem(std::size_t bytes)
{
    if (bytes <= kMaxDocumentBytes) {
        return std::nullopt;
    }
    return "the file is " + megabytes(bytes) + "; Glidepath reads documents of up to " +
           megabytes(kMaxDocumentBytes);
}

std::optional<std::string_view> checkBeforeParsing(std::string_view text,
                                                   std::vector<FormatIssue>& issues)
{
    if (auto problem = sizeProblem(text.size())) {
        issues.push_back(formatIssue("", "document.too_large",
                                     {megabytes(text.size()), megabytes(kMaxDocumentBytes)}));
        return std::nullopt;
    }
    if (auto encoding = otherEncoding(text)) {
        issues.push_back(formatIssue("", "document.encoding", {*encoding}));
        return std::nullopt;
    }
    text = withoutBom(text);
    if (isBlank(text)) {
        FormatIssue empty = formatIssue("", "document.empty");
        empty.line = empty.column = 1;
        issues.push_back(std::move(empty));
        return std::nullopt;
    }
    if (const auto deep = tooDeep(text, kMaxNestingDepth)) {
        FormatIssue issue =
            formatIssue("", "document.too_deep", {std::to_string(kMaxNestingDepth)});
        issue.line = lineAt(text, *deep);
        issue.column = columnAt(text, *deep);
        issues.push_back(std::move(issue));
        return std::nullopt;
    }
    return text;
}

FormatIssue parseFailureIssue(std::string_view text, const ParseFailure& error)
{
    // error.position is the 1-based index of the last character read, size + 1 at the end.
    std::size_t offset =
        std::min(error.position > 0 ? error.position - 1 : std::size_t{0}, text.size());
    if (error.id == 406) {
        // A number that does not fit (1e400): the pointer says which field, the line where.
        offset = tokenStart(text, offset);
        FormatIssue issue = formatIssue(error.pointer, "document.number_too_large", {error.token});
        issue.line = lineAt(text, offset);
        return issue;
    }
    const std::string reason = syntaxReason(error.what);
    if (reason.find("unexpected") != std::string::npos) {
        offset = tokenStart(text, offset); // a whole token was read before it was refused
    }
    return syntaxIssue(reason, lineAt(text, offset), columnAt(text, offset));
}

std::optional<Json> parseJson(std::string_view text, std::vector<FormatIssue>& issues)
{
    const std::optional<std::string_view> checked = checkBeforeParsing(text, issues);
    if (!checked) {
        return std::nullopt;
    }
    text = *checked;

    Json root;
    TrackingParser parser(root);
    bool parsed = false;
    try {
        parsed = Json::sax_parse(text.begin(), text.end(), &parser);
    } catch (const Json::exception& error) {
        // sax_parse reports its errors through the parser; anything else is named all the same.
        issues.push_back(
            {"", "could not read the document: " + withoutExceptionTag(error.what()), 0, 0});
        return std::nullopt;
    }
    if (parsed && !parser.error()) {
        return root;
    }
    if (!parser.error()) {
        issues.push_back(formatIssue("", "document.unreadable"));
        return std::nullopt;
    }
    issues.push_back(parseFailureIssue(text, *parser.error()));
    return std::nullopt;
}

void locateIssues(std::string_view text, std::vector<FormatIssue>& issues)
{
    // Only the pointers asked about (and their parents, for fields that are missing) are kept.
    std::unordered_map<std::string, int> lines;
    for (const FormatIssue& issue : issues) {
        if (issue.line != 0 || issue.pointer.empty()) {
            continue;
        }
        for (std::string pointer = issue.pointer;;) {
            lines.emplace(pointer, 0);
            const auto slash = pointer.rfind('/');
            if (slash == std::string::npos) {
                break;
            }
            pointer.resize(slash);
        }
    }
    if (lines.empty()) {
        return;
    }
    JsonWalker walker(text,
                      [&](const std::string& pointer, int line) {
                          if (auto found = lines.find(pointer);
                              found != lines.end() && found->second == 0) {
                              found->second = line;
                          }
                      },
                      {});
    walker.run();
    for (FormatIssue& issue : issues) {
        if (issue.line != 0 || issue.pointer.empty()) {
            continue;
        }
        // A missing field has no line of its own: use the object that should hold it.
        std::string pointer = issue.pointer;
        while (true) {
            if (auto found = lines.find(pointer); found != lines.end() && found->second != 0) {
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
        FormatIssue issue = formatIssue(pointer, "field.duplicate", {lastToken(pointer)});
        issue.line = line;
        issues.push_back(std::move(issue));
    });
    walker.run();
    return issues;
}

void sortByLine(std::vector<FormatIssue>& issues)
{
    // Document order reads best; issues without a line (rare) keep their place at the end.
    std::stable_sort(issues.begin(), issues.end(), [](const FormatIssue& a, const FormatIssue& b) {
        return (a.line == 0 ? INT_MAX : a.line) < (b.line == 0 ? INT_MAX : b.line);
    });
}

void fail(std::string_view text, std::vector<FormatIssue> issues)
{
    locateIssues(text, issues);
    sortByLine(issues);
    throw FormatError(std::move(issues));
}

} // namespace glidepath::io::detail
