#pragma once

// Helpers shared by the io format tests: edit a good document in one place and collect the
// issues the parser names for it.

#include <glidepath/io/format_error.h>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace glidepath::test {

// One mistake to make in a good document: `from` replaced by `to` should give an issue at
// `pointer` whose message contains `message`.
struct Mistake
{
    std::string_view from;
    std::string_view to;
    std::string_view pointer;
    std::string_view message;
};

// text with the first `from` replaced by `to`; fails the test when `from` is not in it.
inline std::string replaced(std::string_view text, std::string_view from, std::string_view to)
{
    std::string out(text);
    const auto at = out.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) {
        out.replace(at, from.size(), to);
    }
    return out;
}

// The issues of the FormatError parse(json) throws; fails the test when it accepts json.
template <typename Parse>
std::vector<io::FormatIssue> issuesFrom(Parse parse, const std::string& json)
{
    try {
        parse(json);
    } catch (const io::FormatError& error) {
        return error.issues();
    }
    ADD_FAILURE() << "no error for:\n" << json;
    return {};
}

// The first issue at pointer; else an empty one, failing the test with the issues there are.
inline io::FormatIssue issueAt(const std::vector<io::FormatIssue>& issues, std::string_view pointer)
{
    for (const io::FormatIssue& issue : issues) {
        if (issue.pointer == pointer) {
            return issue;
        }
    }
    std::string all;
    for (const io::FormatIssue& issue : issues) {
        all += io::describe(issue) + "\n";
    }
    ADD_FAILURE() << "no issue at " << pointer << "; got:\n" << all;
    return {};
}

} // namespace glidepath::test
