#pragma once

#include <glidepath/core/plan_template.h>
#include <glidepath/storage/database.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::storage {

struct StoredTemplate
{
    std::int64_t id = 0;   // 0 until stored
    std::string createdAt; // ISO 8601 UTC
    core::PlanTemplate plan;
    // As in ClientRecord: the stored version, who saved it last and when.
    std::int64_t rowVersion = 0;
    std::string updatedBy;
    std::string updatedAt;
};

// Named weeks of exercises to start plans from. They belong to no client. Every write validates
// with core::validateTemplate (StorageError::Invalid with issues), refuses a second template of
// the same name, ignoring case (Conflict, naming it), and runs in one transaction.
class TemplateRepository
{
public:
    explicit TemplateRepository(Database& db) : m_db(db) {}

    // By name, ignoring case.
    std::vector<StoredTemplate> list() const;
    std::optional<StoredTemplate> find(std::int64_t id) const;
    std::optional<StoredTemplate> findByName(std::string_view name) const;
    std::int64_t create(const core::PlanTemplate& plan); // returns the new id
    // Replaces name, note, phase and days (NotFound for a missing id). Given basedOnVersion (the
    // StoredTemplate's rowVersion), a template saved by someone else since is refused with
    // StaleRecordError and nothing changes.
    void update(std::int64_t id, const core::PlanTemplate& plan,
                std::optional<std::int64_t> basedOnVersion = {});
    void remove(std::int64_t id); // NotFound for a missing id

private:
    Database& m_db;
};

} // namespace glidepath::storage
