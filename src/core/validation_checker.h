#pragma once

// Internal to core's validation files: the collector of issues and the text checks they share.

#include <glidepath/core/enum_names.h>
#include <glidepath/core/field_issue.h>
#include <glidepath/core/validation.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::core::detail {

// Number of code points, or -1 when the bytes are not valid UTF-8.
long utf8Length(std::string_view text);

// Why text holds a character no Glidepath text may hold, as a kind ("text.line_break",
// "text.carriage_return", "text.control_character") and the code point's name ("U+001B"); an
// empty kind when it holds none.
struct ControlProblem
{
    std::string kind;
    std::string codePoint;
};
ControlProblem findControlCharacter(std::string_view text, TextLines lines);

// The issue at field for a control character in text, or nullopt when it holds none. subject
// names the text as a value word of the renderer ("the name": "the name contains a line break;
// ..."); with an empty subject the words name none ("contains a line break; ...").
std::optional<FieldIssue> controlCharacterIssue(std::string field, std::string_view text,
                                                TextLines lines, std::string_view subject);

// Every name of enum E, in the order of its table, as the values of a list (%L).
template <typename E> std::vector<std::string> enumNames()
{
    return nameList<E>();
}

class Checker
{
public:
    Checker(std::vector<ValidationIssue>& out, std::string exerciseId)
        : m_out(out), m_id(std::move(exerciseId))
    {}

    // One issue of kind (one of validationIssueKinds()) with its values; the English words are
    // made from the kind's pattern.
    void add(std::string field, std::string_view kind, std::vector<std::string> values = {});
    // A field issue (its kind one of fieldIssueKinds()) as a validation issue at field.
    void addIssue(std::string field, FieldIssue issue)
    {
        m_out.push_back({m_id, std::move(field), std::move(issue.message), std::move(issue.kind),
                         std::move(issue.values)});
    }
    // Valid UTF-8, no control character, not blank, at most maxLength characters. what names the
    // text in the English words ("name", "a step"); the renderer translates it.
    void text(const std::string& field, std::string_view value, long maxLength,
              std::string_view what, TextLines lines = TextLines::One);

    void range(const std::string& field, int value, int low, int high);

    template <typename E> void known(const std::string& field, E value)
    {
        if (toString(value).empty()) {
            add(field, "value.unknown", enumNames<E>());
        }
    }

    // Each entry a known name, no entry twice.
    template <typename E> void list(const std::string& field, const std::vector<E>& values)
    {
        for (std::size_t i = 0; i < values.size(); ++i) {
            const std::string itemField = field + "/" + std::to_string(i);
            if (toString(values[i]).empty()) {
                add(itemField, "value.unknown", enumNames<E>());
                continue;
            }
            if (std::find(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(i),
                          values[i]) != values.begin() + static_cast<std::ptrdiff_t>(i)) {
                add(itemField, "list.twice", {std::string(toString(values[i]))});
            }
        }
    }

private:
    std::vector<ValidationIssue>& m_out;
    std::string m_id;
};

// An issue not collected by a Checker (the library-wide checks).
ValidationIssue makeIssue(std::string exerciseId, std::string field, std::string_view kind,
                          std::vector<std::string> values);

} // namespace glidepath::core::detail
