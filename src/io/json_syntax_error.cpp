// The parser's syntax errors in our terms: where the offending token starts, and its words as an
// issue's kind and values so that the renderer can say them in another language.

#include "json_reader.h"
#include "json_text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace glidepath::io::detail {

namespace {

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

} // namespace

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

} // namespace glidepath::io::detail
