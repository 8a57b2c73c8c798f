#pragma once

#include <glidepath/core/validation.h>

#include <cstdint>
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
        ClinicServer      // a postgresql:// address where a file is needed (an app that cannot
                          // use a server yet, a backup or restore); nothing was opened or changed
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

// A save based on a version of a record that is no longer the stored one: someone else (another
// desk, another window) saved it in between. Kind::Conflict; nothing was changed. Says who saved
// it last and when, for "reload" or "keep mine as a new one".
class StaleRecordError : public StorageError
{
public:
    StaleRecordError(const std::string& message, std::int64_t storedVersion, std::string changedBy,
                     std::string changedAt)
        : StorageError(Kind::Conflict, message), m_storedVersion(storedVersion),
          m_changedBy(std::move(changedBy)), m_changedAt(std::move(changedAt))
    {}

    std::int64_t storedVersion() const { return m_storedVersion; }
    // The server role (or, in a file, the computer's login name); empty when unknown (a record
    // not saved since the upgrade that started keeping it).
    const std::string& changedBy() const { return m_changedBy; }
    // ISO 8601 UTC, "2026-12-06T22:30:00Z"; empty when unknown.
    const std::string& changedAt() const { return m_changedAt; }

private:
    std::int64_t m_storedVersion;
    std::string m_changedBy;
    std::string m_changedAt;
};

// An error reported by a PostgreSQL clinic server: the message holds the server's own words and
// its SQLSTATE; sqlState() gives the code alone ("40001"), empty when the connection itself
// failed before the server could say anything.
// ServerError::sqlState() of a connection refused for want of a (right) password: the app asks.
inline constexpr const char* kPasswordSqlState = "28P01";

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
