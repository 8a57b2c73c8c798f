#pragma once

#include <glidepath/core/session_log.h>
#include <glidepath/storage/database.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace glidepath::storage {

struct StoredSessionLog
{
    std::int64_t id = 0; // 0 until stored
    std::int64_t clientId = 0;
    core::SessionLog log;
};

struct StoredPsfs
{
    std::int64_t id = 0;
    std::int64_t clientId = 0;
    core::PsfsAssessment assessment;
};

// An inclusive range of dates; an open end reaches as far as the data does.
struct DateRange
{
    std::optional<core::Date> from;
    std::optional<core::Date> to;
};

// Session logs and PSFS assessments of clients. Deleting a client removes them (cascade).
// Every write validates with core::validateSessionLog / core::validatePsfs (StorageError::Invalid
// with issues), needs the client to exist (NotFound) and runs in one transaction.
class TrackingRepository
{
public:
    explicit TrackingRepository(Database& db) : m_db(db) {}

    // Oldest first (by date, then in the order they were added).
    std::vector<StoredSessionLog> sessionLogs(std::int64_t clientId, DateRange range = {}) const;
    std::optional<StoredSessionLog> findSessionLog(std::int64_t logId) const;
    std::int64_t addSessionLog(std::int64_t clientId, const core::SessionLog& log);
    void updateSessionLog(std::int64_t logId, const core::SessionLog& log);
    void removeSessionLog(std::int64_t logId);
    // Replaces every log of the client dated within range by logs, all or nothing: how the weekly
    // grid saves a whole week. Each log must be dated within range (Invalid otherwise), so that a
    // second save of the same week cannot leave a stray copy outside it. Returns the new ids in
    // the order of logs.
    std::vector<std::int64_t> replaceSessionLogs(std::int64_t clientId, DateRange range,
                                                 const std::vector<core::SessionLog>& logs);

    // Oldest first.
    std::vector<StoredPsfs> psfsAssessments(std::int64_t clientId) const;
    std::optional<StoredPsfs> findPsfs(std::int64_t assessmentId) const;
    std::int64_t addPsfs(std::int64_t clientId, const core::PsfsAssessment& assessment);
    void updatePsfs(std::int64_t assessmentId, const core::PsfsAssessment& assessment);
    void removePsfs(std::int64_t assessmentId);

private:
    Database& m_db;
};

} // namespace glidepath::storage
