// The text-level half of reading a document: the limits checked before any parsing and the parse
// itself. The parser's errors are worded in json_syntax_error.cpp, the lines of issues found
// after parsing in json_issue_lines.cpp.

#include "json_reader.h"
#include "json_text.h"

#include <algorithm>

namespace glidepath::io::detail {

namespace {

using Json = nlohmann::json;

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
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

// A file that is not text at all, so that opening a database or a PDF as a document says so
// instead of quoting the parser's complaint about its first unreadable byte. Text never holds a
// NUL byte (JSON must escape it), so one NUL anywhere makes the file binary; the files people are
// likely to pick by mistake are named. Runs after otherEncoding, which explains the NULs of
// UTF-16 and UTF-32 text.
std::optional<FormatIssue> binaryIssue(std::string_view text)
{
    if (text.starts_with(std::string_view("SQLite format 3\0", 16))) {
        return formatIssue("", "document.database");
    }
    if (text.find('\0') == std::string_view::npos) {
        return std::nullopt;
    }
    for (const auto& [signature, name] : {std::pair{std::string_view("%PDF"), "PDF"},
                                          std::pair{std::string_view("PK\x03\x04"), "ZIP"},
                                          std::pair{std::string_view("\x89PNG"), "PNG"}}) {
        if (text.starts_with(signature)) {
            return formatIssue("", "document.other_file", {name});
        }
    }
    return formatIssue("", "document.binary");
}

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
    if (auto binary = binaryIssue(text)) {
        issues.push_back(std::move(*binary));
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

} // namespace glidepath::io::detail
