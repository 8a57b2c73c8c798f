#pragma once

#include <glidepath/core/validation.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace glidepath::storage {

class StorageError : public std::runtime_error
{
public:
    enum class Kind
    {
        NotGlidepath, // the file is some other SQLite database or not SQLite at all
        Corrupt,
        TooNew, // written by a newer Glidepath; never modified
        Io,     // cannot open, create, read or write
        NotFound,
        Conflict, // duplicate id and the like
        ReadOnly, // built-in exercises cannot be edited or deleted
        Invalid,  // the value failed core validation; see issues()
        Locked,   // another Glidepath process holds the database for writing
        ReadOnlyDatabase, // the file or its folder cannot be written (permissions, read-only disk)
        DiskFull  // no space left to save; nothing was saved
    };

    StorageError(Kind kind, const std::string& message,
                 std::vector<core::ValidationIssue> issues = {})
        : std::runtime_error(message), m_kind(kind), m_issues(std::move(issues))
    {}

    Kind kind() const { return m_kind; }
    const std::vector<core::ValidationIssue>& issues() const { return m_issues; }

private:
    Kind m_kind;
    std::vector<core::ValidationIssue> m_issues;
};

} // namespace glidepath::storage
