#pragma once

#include <glidepath/core/issue_kind.h>
#include <glidepath/core/validation.h>

#include <cstddef>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::io {

// Limits every reader applies before trusting its input, so that no file can hang Glidepath or
// eat its memory. The largest real document (a library of a few thousand exercises) is a few
// megabytes and nests six levels deep.
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{16} << 20; // 16 MB
inline constexpr int kMaxNestingDepth = 64;
// A FormatError lists at most this many problems, then says how many more there were.
inline constexpr std::size_t kMaxListedIssues = 50;

// One problem in a document: where (a JSON pointer such as "/exercises/3/dose/sets"; for syntax
// errors the line and column in the text) and why.
// message is the English words; kind and values are the same finding as data (a kind of
// formatIssueKinds() or of core::validationIssueKinds(); empty for findings that only have
// words), from which report/issue_text.h makes the words in the UI's language.
struct FormatIssue
{
    std::string pointer;
    std::string message;
    int line = 0;   // 1-based, 0 when unknown
    int column = 0; // 1-based, in characters; set for syntax errors, 0 otherwise
    std::string kind{};
    std::vector<std::string> values{};

    bool operator==(const FormatIssue&) const = default;
};

// Every kind of problem io's readers report themselves, with its English pattern.
std::span<const core::IssueKind> formatIssueKinds();
// An issue of kind (formatIssueKinds()) at pointer, its message made from the kind's pattern.
FormatIssue formatIssue(std::string pointer, std::string_view kind,
                        std::vector<std::string> values = {});
// The issue a core::ValidationIssue makes at pointer.
FormatIssue formatIssue(std::string pointer, const core::ValidationIssue& issue);

class FormatError : public std::runtime_error
{
public:
    // Keeps the first kMaxListedIssues issues and, when there were more, one last issue saying
    // how many were left out.
    explicit FormatError(std::vector<FormatIssue> issues);
    const std::vector<FormatIssue>& issues() const { return m_issues; }
    // How many problems the document had, listed or not.
    std::size_t total() const { return m_total; }

private:
    std::vector<FormatIssue> m_issues;
    std::size_t m_total = 0;
};

// "/exercises/3/dose/sets: must be a whole number from 1 to 10, got 0 (line 12)";
// a syntax error without a pointer reads "line 3, column 7: ...".
std::string describe(const FormatIssue& issue);

// Reads a whole file of at most maxBytes; throws std::runtime_error naming the file when it
// cannot, or when the file is larger (before reading it).
std::string readTextFile(const std::string& path, std::size_t maxBytes = kMaxDocumentBytes);
// Writes via a temporary file and rename, so a failed write never leaves half a file. The file
// is created readable and writable by its owner only (0600), whatever the umask: everything
// Glidepath exports is health data.
void writeTextFileAtomically(const std::string& path, const std::string& text);

} // namespace glidepath::io
