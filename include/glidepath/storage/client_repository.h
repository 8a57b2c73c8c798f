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
    std::vector<core::RedFlag> screeningRedFlags; // answers to the screening questions
    bool personal = false;                        // the single profile used in personal (home) mode
};

struct StoredCheckIn
{
    std::int64_t id = 0;
    std::int64_t clientId = 0;
    core::CheckIn checkIn;
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

    std::vector<ClientRecord> list(std::string_view search = {}) const; // by name
    std::optional<ClientRecord> find(std::int64_t id) const;
    // The personal-mode profile, created on first use with the given name.
    ClientRecord personalClient(const std::string& defaultName);
    std::int64_t create(const ClientRecord& client); // returns the new id
    void update(const ClientRecord& client);
    void remove(std::int64_t id);

    std::vector<StoredCheckIn> checkIns(std::int64_t clientId) const; // oldest first
    std::int64_t addCheckIn(std::int64_t clientId, const core::CheckIn& checkIn);
    void updateCheckIn(std::int64_t checkInId, const core::CheckIn& checkIn);
    void removeCheckIn(std::int64_t checkInId);

    StoredPlan savePlan(std::int64_t clientId, const core::Plan& plan);
    std::vector<StoredPlan> plans(std::int64_t clientId) const; // newest week first, then version
    std::optional<StoredPlan> latestPlan(std::int64_t clientId) const;
    std::optional<StoredPlan> findPlan(std::int64_t planId) const;

private:
    Database& m_db;
};

} // namespace glidepath::storage
