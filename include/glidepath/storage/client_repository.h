#pragma once

#include <glidepath/core/client.h>
#include <glidepath/core/plan.h>
#include <glidepath/storage/database.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::storage {

struct ClientRecord
{
    std::int64_t id = 0; // 0 until stored
    core::ClientProfile profile;
    std::vector<core::RedFlag> screeningRedFlags; // screening questions answered yes
    // Screening questions answered no. A question in neither list has not been asked yet (every
    // client stored before schema version 5 starts that way but for its yes answers): see
    // core::unansweredRedFlags.
    std::vector<core::RedFlag> screeningAnsweredNo;
    bool personal = false; // the single profile used in personal (home) mode
    // As read: the stored version (raised by every save), who saved it last (a server role, or
    // the computer's login name in a file; empty before schema 15) and when (ISO 8601 UTC).
    // Pass rowVersion to update() to refuse a save over someone else's newer one.
    std::int64_t rowVersion = 0;
    std::string updatedBy;
    std::string updatedAt;
};

// What the Clients page lists and sorts by, for one client: enough to search by name,
// condition and next review, and to tell who needs attention (core::assessAttention).
struct ClientSummary
{
    std::int64_t id = 0;
    std::string name;
    int age = 0;
    bool personal = false;
    std::vector<core::Condition> conditions;
    std::optional<core::Date> nextReview;         // the clinician's date, when set
    std::vector<core::RedFlag> screeningRedFlags; // answered yes
    std::optional<core::Date> newestCheckIn;      // newest by date, then by order of entry
    std::vector<core::RedFlag> newestCheckInRedFlags;
    std::optional<core::Date> currentPlanWeekStart; // the newest week with a saved plan
    std::string updatedBy; // who saved the profile last ("last changed by"); see ClientRecord
    std::string updatedAt;
};

struct StoredCheckIn
{
    std::int64_t id = 0;
    std::int64_t clientId = 0;
    core::CheckIn checkIn;
    std::int64_t rowVersion = 0; // as in ClientRecord
    std::string updatedBy;
    std::string updatedAt;
};

struct StoredPlan
{
    std::int64_t id = 0;
    std::int64_t clientId = 0;
    int version = 1;     // 1, 2, ... per client and week: saving again keeps earlier versions
    std::string savedAt; // ISO 8601 UTC timestamp
    core::Plan plan;
};

// Clients, their check-ins and saved plans. Deleting a client removes all of their data.
class ClientRepository
{
public:
    explicit ClientRepository(Database& db) : m_db(db) {}

    // Clients whose name contains search (ASCII case-insensitive), ordered by name.
    std::vector<ClientRecord> list(std::string_view search = {}) const; // by name
    std::optional<ClientRecord> find(std::int64_t id) const;
    // How many clients there are (the personal profile too), without reading any.
    int count() const;
    // Every client (the personal profile too), in no particular order, read with a fixed number
    // of queries whatever the number of clients: the Clients page reads it on every change.
    std::vector<ClientSummary> summaries() const;
    // The personal-mode profile, created on first use with the given name. A new one has only
    // the name and defaults (no condition yet), so it does not pass core::validateProfile until
    // the person completes it.
    ClientRecord personalClient(const std::string& defaultName);
    // create/update run core::validateProfile (and check the screening flags for repeats and
    // for a question answered both yes and no):
    // StorageError::Invalid with issues. A second personal profile is a Conflict; update and
    // remove of a missing id are NotFound.
    //
    // Stale saves: given basedOnVersion (the rowVersion the edit started from), update refuses
    // with StaleRecordError (Kind::Conflict, saying who saved it last and when) when the stored
    // version is another, and changes nothing. Without it the save goes through whatever is
    // stored (undo, and callers that read and write in one go).
    std::int64_t create(const ClientRecord& client); // returns the new id
    void update(const ClientRecord& client, std::optional<std::int64_t> basedOnVersion = {});
    void remove(std::int64_t id); // with all check-ins and plans

    // Check-ins are validated with core::validateCheckIn; the client must exist (NotFound).
    std::vector<StoredCheckIn> checkIns(std::int64_t clientId) const; // oldest first
    std::int64_t addCheckIn(std::int64_t clientId, const core::CheckIn& checkIn);
    // Stale saves as for update(): basedOnVersion is the StoredCheckIn's rowVersion.
    void updateCheckIn(std::int64_t checkInId, const core::CheckIn& checkIn,
                       std::optional<std::int64_t> basedOnVersion = {});
    void removeCheckIn(std::int64_t checkInId);

    // Saving a plan for a week that already has one stores the next version beside it.
    StoredPlan savePlan(std::int64_t clientId, const core::Plan& plan);
    // Newest week first; within a week the newest version first.
    std::vector<StoredPlan> plans(std::int64_t clientId) const;
    std::optional<StoredPlan> latestPlan(std::int64_t clientId) const;
    std::optional<StoredPlan> findPlan(std::int64_t planId) const;

private:
    Database& m_db;
};

} // namespace glidepath::storage
