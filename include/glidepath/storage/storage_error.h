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
        Conflict,         // duplicate id and the like
        ReadOnly,         // built-in exercises cannot be edited or deleted
        Invalid,          // the value failed core validation; see issues()
        Locked,           // another Glidepath process holds the database for writing
        ReadOnlyDatabase, // the file or its folder cannot be written (permissions, read-only disk)
        DiskFull,         // no space left to save; nothing was saved
        ClinicServer      // a postgresql:// address where this version needs a file (only db copy
                          // works with a clinic server yet); nothing was opened or changed
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

// An error reported by a PostgreSQL clinic server: the message holds the server's own words and
// its SQLSTATE; sqlState() gives the code alone ("40001"), empty when the connection itself
// failed before the server could say anything.
class ServerError : public StorageError
{
public:
    ServerError(Kind kind, const std::string& message, std::string sqlState)
        : StorageError(kind, message), m_sqlState(std::move(sqlState))
    {}

    const std::string& sqlState() const { return m_sqlState; }
    // A serialization failure or a deadlock: the transaction may succeed if run again.
    bool retryable() const { return m_sqlState == "40001" || m_sqlState == "40P01"; }

private:
    std::string m_sqlState;
};

} // namespace glidepath::storage
