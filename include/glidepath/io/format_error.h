#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace glidepath::io {

// One problem in a document: where (a JSON pointer such as "/exercises/3/dose/sets"; for syntax
// errors the line and column in the text) and why.
struct FormatIssue
{
    std::string pointer;
    std::string message;
    int line = 0;   // 1-based, 0 when unknown
    int column = 0; // 1-based, in characters; set for syntax errors, 0 otherwise

    bool operator==(const FormatIssue&) const = default;
};

class FormatError : public std::runtime_error
{
public:
    explicit FormatError(std::vector<FormatIssue> issues);
    const std::vector<FormatIssue>& issues() const { return m_issues; }

private:
    std::vector<FormatIssue> m_issues;
};

// "/exercises/3/dose/sets: must be a whole number from 1 to 10, got 0 (line 12)";
// a syntax error without a pointer reads "line 3, column 7: ...".
std::string describe(const FormatIssue& issue);

// Reads a whole file; throws std::runtime_error naming the file when it cannot.
std::string readTextFile(const std::string& path);
// Writes via a temporary file and rename, so a failed write never leaves half a file.
void writeTextFileAtomically(const std::string& path, const std::string& text);

} // namespace glidepath::io
