#pragma once

#include <glidepath/core/client.h>
#include <glidepath/storage/database.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace glidepath::storage {

struct StoredReview
{
    std::int64_t id = 0; // 0 until stored
    std::int64_t clientId = 0;
    core::ClinicianReview review;
    std::string createdAt; // ISO 8601 UTC, when the review was recorded
};

// Clinicians' records that a client was seen and cleared after a referral (who, when, a note).
// The planning service hands them to the engine with every request. Deleting a client removes
// them (cascade). Every write validates (StorageError::Invalid with issues named "date",
// "clinician", "note"), needs the client to exist (NotFound) and runs in one transaction.
class ReviewRepository
{
public:
    explicit ReviewRepository(Database& db) : m_db(db) {}

    static constexpr std::size_t kMaxClinicianLength = 200;
    static constexpr std::size_t kMaxNoteLength = 4000;
    // The issues add/update would refuse: a clinician's name is required, both texts have a
    // maximum length, the date must be a real one.
    static std::vector<core::FieldIssue> validate(const core::ClinicianReview& review);

    // Oldest first (by date, then in the order they were recorded).
    std::vector<StoredReview> reviews(std::int64_t clientId) const;
    std::optional<StoredReview> find(std::int64_t reviewId) const;
    // Returns the stored review with its new id and creation time.
    StoredReview add(std::int64_t clientId, const core::ClinicianReview& review);
    void update(std::int64_t reviewId, const core::ClinicianReview& review);
    void remove(std::int64_t reviewId);
    // Puts back a review removed earlier with its id and creation time (undo); Conflict when the
    // id is taken.
    void restore(const StoredReview& stored);

private:
    Database& m_db;
};

} // namespace glidepath::storage
