#pragma once

// Internal helpers of the io layer for reading versioned JSON documents while collecting every
// problem instead of stopping at the first one.

#include <glidepath/core/enum_names.h>
#include <glidepath/io/format_error.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::io::detail {

// Parses text; on any problem adds one issue and returns nullopt. Before parsing it refuses
// text past kMaxDocumentBytes, UTF-16 and UTF-32 (with or without a byte order mark) and nesting
// deeper than kMaxNestingDepth; it accepts a UTF-8 byte order mark. A syntax error has a line
// and column; a number too large to read has its pointer and line.
std::optional<nlohmann::json> parseJson(std::string_view text, std::vector<FormatIssue>& issues);

// "UTF-16 (little-endian)" and the like when text (its first four bytes are enough) is not
// UTF-8; checkBeforeParsing refuses it.
std::optional<std::string> otherEncoding(std::string_view text);

// parseJson's two halves, for readers that parse with a SAX handler of their own: the checks
// made before parsing (returns the text without its byte order mark, or nullopt with one issue),
// and the issue for an error the parser reported.
std::optional<std::string_view> checkBeforeParsing(std::string_view text,
                                                   std::vector<FormatIssue>& issues);
struct ParseFailure
{
    std::size_t position = 0; // 1-based index of the last byte read
    std::string token;
    int id = 0;
    std::string what;
    std::string pointer; // of the value being read
};
FormatIssue parseFailureIssue(std::string_view text, const ParseFailure& failure);

// Adds line numbers to issues that carry a pointer, and reports keys that appear twice in one
// object (the parser would silently keep the last). text must be syntactically valid JSON. Both
// are one linear pass over the text.
void locateIssues(std::string_view text, std::vector<FormatIssue>& issues);
std::vector<FormatIssue> duplicateKeys(std::string_view text);

// Stable sort into document order; issues without a line go last.
void sortByLine(std::vector<FormatIssue>& issues);
// Locates and sorts the issues, then throws them as a FormatError.
[[noreturn]] void fail(std::string_view text, std::vector<FormatIssue> issues);

// "the file is 20.5 MB; Glidepath reads documents of up to 16 MB"; nullopt within the limit.
std::optional<std::string> sizeProblem(std::size_t bytes);

// An nlohmann exception's message without its "[json.exception.type_error.302] " tag.
std::string withoutExceptionTag(const std::string& what);

// Runs read(); any nlohmann exception that escapes it (a reader asked a value for the wrong type)
// becomes a FormatError in our words rather than the library's raw text.
template <typename Read> auto guarded(Read read) -> decltype(read())
{
    try {
        return read();
    } catch (const nlohmann::json::exception& error) {
        throw FormatError(
            {{"", "could not read the document: " + withoutExceptionTag(error.what()), 0, 0}});
    }
}

// RFC 6901 escaping of one reference token ("a/b" -> "a~1b").
std::string pointerToken(std::string_view key);

// A short description of a JSON value for "got ..." in messages: `"three"`, `2.5`, `a list`.
std::string describeValue(const nlohmann::json& value);

// The candidate closest to word by edit distance, when it is close enough to be a likely typo.
std::optional<std::string> closestMatch(std::string_view word,
                                        const std::vector<std::string>& candidates);

// Checks {"format": ..., "version": ...} at the top of a document. Returns false (with issues)
// when the rest of the document should not be read: another format or another version. Versions
// from oldest (0: only version itself) up to version are accepted.
bool checkHeader(const nlohmann::json& root, std::string_view format, int version,
                 std::string_view what, std::vector<FormatIssue>& issues, int oldest = 0);

enum class Presence
{
    Required,
    Optional
};

// Reads the fields of one JSON object. Each read names a field as known; finish() reports every
// field that was never read as unknown, with a suggestion when it looks like a typo.
class ObjectReader
{
public:
    // Reports an issue when value is not an object; all reads then do nothing.
    ObjectReader(const nlohmann::json& value, std::string pointer,
                 std::vector<FormatIssue>& issues);

    bool isObject() const { return m_object != nullptr; }
    const std::string& pointer() const { return m_pointer; }
    std::string pointerTo(std::string_view key) const
    {
        return m_pointer + "/" + pointerToken(key);
    }

    // Every read returns true when the field was present and valid and out was set. An integer
    // outside the range is still stored in out (so later checks see it) but reported.
    bool readString(std::string_view key, std::string& out, Presence presence = Presence::Required);
    bool readInt(std::string_view key, int& out, int min, int max,
                 Presence presence = Presence::Required);
    bool readBool(std::string_view key, bool& out, Presence presence = Presence::Required);
    // A string, or null meaning "none" (stored as ""); describes the expected value as `what`.
    bool readNullableString(std::string_view key, std::string& out, std::string_view what,
                            Presence presence = Presence::Required);
    // A list of strings; each non-string element is reported and skipped.
    bool readStringList(std::string_view key, std::vector<std::string>& out,
                        Presence presence = Presence::Required);

    template <typename E>
    bool readEnum(std::string_view key, E& out, Presence presence = Presence::Required)
    {
        const nlohmann::json* value = field(key, presence);
        if (value == nullptr) {
            return false;
        }
        return parseEnumValue(*value, pointerTo(key), out);
    }

    template <typename E>
    bool readEnumList(std::string_view key, std::vector<E>& out,
                      Presence presence = Presence::Required)
    {
        const nlohmann::json* value = field(key, presence);
        if (value == nullptr) {
            return false;
        }
        if (!value->is_array()) {
            std::vector<std::string> values{describeValue(*value)};
            const std::vector<std::string> names = namesOf<E>();
            values.insert(values.end(), names.begin(), names.end());
            addIssue(pointerTo(key), "enum.not_list", std::move(values));
            return false;
        }
        out.clear();
        bool ok = true;
        for (std::size_t i = 0; i < value->size(); ++i) {
            E item{};
            const std::string itemPointer = pointerTo(key) + "/" + std::to_string(i);
            if (parseEnumValue((*value)[i], itemPointer, item)) {
                if (core::contains(out, item)) {
                    addIssue(itemPointer, "enum.twice", {std::string(core::toString(item))});
                    ok = false;
                } else {
                    out.push_back(item);
                }
            } else {
                ok = false;
            }
        }
        return ok;
    }

    // A list field of any items, for the caller to read item by item; nullptr when missing or
    // not a list (reported).
    const nlohmann::json* readList(std::string_view key, Presence presence = Presence::Required);

    // A number, whole or not, from min to max; out is set only when it is valid.
    bool readNumber(std::string_view key, double& out, double min, double max,
                    Presence presence = Presence::Required);
    // Any value, taken as a known field, for the caller to check; nullptr when missing (reported
    // when required).
    const nlohmann::json* readValue(std::string_view key, Presence presence = Presence::Required);

    // A nested object field; the child reader reports its own unknown fields on finish().
    ObjectReader child(std::string_view key, Presence presence = Presence::Required);

    void finish();

private:
    // A reader for a field that is absent or not an object; its reads do nothing.
    ObjectReader(std::string pointer, std::vector<FormatIssue>& issues);

    const nlohmann::json* field(std::string_view key, Presence presence);
    // An issue of kind (io::formatIssueKinds()) with its values.
    void addIssue(std::string pointer, std::string_view kind, std::vector<std::string> values = {});
    bool enumProblem(const nlohmann::json& value, const std::string& pointer,
                     const std::vector<std::string>& names);

    template <typename E> static std::vector<std::string> namesOf()
    {
        std::vector<std::string> names;
        for (const auto& entry : core::EnumNames<E>::table) {
            names.emplace_back(entry.second);
        }
        return names;
    }

    template <typename E>
    bool parseEnumValue(const nlohmann::json& value, const std::string& pointer, E& out)
    {
        if (value.is_string()) {
            if (auto parsed = core::parseEnum<E>(value.get_ref<const std::string&>())) {
                out = *parsed;
                return true;
            }
        }
        return enumProblem(value, pointer, namesOf<E>());
    }

    const nlohmann::json* m_object = nullptr;
    std::string m_pointer;
    std::vector<FormatIssue>& m_issues;
    std::vector<std::string> m_known;
};

} // namespace glidepath::io::detail
