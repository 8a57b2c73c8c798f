#pragma once

#include <glidepath/core/field_issue.h>
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
    // The record the problem is in, in the document's own words (an exercise's id), so that a
    // person finds it without counting list items; empty when the pointer says enough.
    std::string subject{};

    bool operator==(const FormatIssue&) const = default;
};

// Every kind of problem io's readers report themselves, with its English pattern.
std::span<const core::IssueKind> formatIssueKinds();
// An issue of kind (formatIssueKinds()) at pointer, its message made from the kind's pattern.
FormatIssue formatIssue(std::string pointer, std::string_view kind,
                        std::vector<std::string> values = {});
// The issue a core::ValidationIssue makes at pointer.
FormatIssue formatIssue(std::string pointer, const core::ValidationIssue& issue);
// The issue a core::FieldIssue (a client's, a check-in's, a log's, a template's) makes at pointer.
FormatIssue formatIssue(std::string pointer, const core::FieldIssue& issue);

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

// A file that could not be read or written. what() is the English words ("cannot read a.json: No
// such file or directory"); the parts are kept so that report/issue_text.h can say the same in
// the UI's language.
class FileError : public std::runtime_error
{
public:
    enum class Reason
    {
        System,      // systemError() says why (errno)
        Folder,      // the path is a folder
        TooLarge,    // larger than maxBytes()
        NotAFileName // the path ends in a folder separator
    };

    FileError(std::string path, bool writing, Reason reason, int systemError = 0,
              std::size_t maxBytes = 0);
    const std::string& path() const { return m_path; }
    bool writing() const { return m_writing; }
    Reason reason() const { return m_reason; }
    int systemError() const { return m_systemError; }
    std::size_t maxBytes() const { return m_maxBytes; }

private:
    std::string m_path;
    bool m_writing = false;
    Reason m_reason = Reason::System;
    int m_systemError = 0;
    std::size_t m_maxBytes = 0;
};

// Reads a whole file of at most maxBytes; throws FileError naming the file when it cannot, or
// when the file is larger (before reading it).
std::string readTextFile(const std::string& path, std::size_t maxBytes = kMaxDocumentBytes);
// Writes via a temporary file and rename, so a failed write never leaves half a file. The file
// is created readable and writable by its owner only (0600), whatever the umask: everything
// Glidepath exports is health data.
void writeTextFileAtomically(const std::string& path, const std::string& text);

} // namespace glidepath::io
