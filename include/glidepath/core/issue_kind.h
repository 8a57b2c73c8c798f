#pragma once

// A problem with a value as data: the kind of problem (a stable id such as "text.too_long") and
// the values it names, in order. Core and io still write English words of their own (for logs,
// JSON output and callers without Qt) from the same pattern that report/issue_text.h translates,
// so the words in every language come from one kind and one set of values.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::core {

// One kind of problem and its English words. In the pattern %1-%9 stand for the values; %L
// stands for every value after the highest numbered one, joined as a list ("a, b or c").
struct IssueKind
{
    std::string_view id;
    std::string_view english;
};

// The pattern with its values filled in. A placeholder without a value is left out; the list
// separators are parameters so that a translation can use its own words.
std::string fillIssuePattern(std::string_view pattern, const std::vector<std::string>& values,
                             std::string_view separator = ", ",
                             std::string_view lastSeparator = " or ");

// The English words of kind id from table, or "" when the table has no such kind.
std::string issueEnglish(std::span<const IssueKind> table, std::string_view id,
                         const std::vector<std::string>& values);

} // namespace glidepath::core
