#include "repository_support.h"

#include <glidepath/storage/review_repository.h>

namespace glidepath::storage {

using detail::parseStoredDate;
using detail::Query;
using detail::readFirstRow;
using detail::readRows;
using detail::requireClient;
using detail::Session;
using detail::throwInvalid;

namespace {

constexpr std::string_view kColumns = "id, client_id, date, clinician, note, created_at";

StoredReview readReview(detail::Session* /*db*/, const Query& row)
{
    StoredReview stored;
    stored.id = row.int64(0);
    stored.clientId = row.int64(1);
    stored.review.date = parseStoredDate(row.text(2));
    stored.review.clinician = row.text(3);
    stored.review.note = row.text(4);
    stored.createdAt = row.text(5);
    return stored;
}

void validateOrThrow(const core::ClinicianReview& review)
{
    auto issues = ReviewRepository::validate(review);
    if (!issues.empty()) {
        throwInvalid("the clinician review is not valid", std::move(issues));
    }
}

bool blank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

std::vector<core::FieldIssue> ReviewRepository::validate(const core::ClinicianReview& review)
{
    std::vector<core::FieldIssue> issues;
    if (core::parseIsoDate(core::toIsoString(review.date)) != review.date) {
        issues.push_back(core::fieldIssue("date", "date.year_range"));
    }
    if (blank(review.clinician)) {
        issues.push_back(core::fieldIssue("clinician", "review.clinician"));
    } else if (review.clinician.size() > kMaxClinicianLength) {
        issues.push_back(
            core::fieldIssue("clinician", "text.at_most", {std::to_string(kMaxClinicianLength)}));
    }
    if (review.note.size() > kMaxNoteLength) {
        issues.push_back(
            core::fieldIssue("note", "text.at_most", {std::to_string(kMaxNoteLength)}));
    }
    return issues;
}

std::vector<StoredReview> ReviewRepository::reviews(std::int64_t clientId) const
{
    Session* db = m_db.session();
    Query select(db, "SELECT " + std::string(kColumns) +
                         " FROM clinician_reviews WHERE client_id = ? ORDER BY date, id");
    select.bind(1, clientId);
    return readRows(db, select, readReview);
}

std::optional<StoredReview> ReviewRepository::find(std::int64_t reviewId) const
{
    Session* db = m_db.session();
    Query select(db, "SELECT " + std::string(kColumns) + " FROM clinician_reviews WHERE id = ?");
    select.bind(1, reviewId);
    return readFirstRow(db, select, readReview);
}

StoredReview ReviewRepository::add(std::int64_t clientId, const core::ClinicianReview& review)
{
    validateOrThrow(review);
    StoredReview stored;
    m_db.transaction([&] {
        Session* db = m_db.session();
        requireClient(db, clientId);
        stored.clientId = clientId;
        stored.review = review;
        stored.createdAt = detail::utcTimestamp();
        Query insert(db, "INSERT INTO clinician_reviews (client_id, date, clinician, note, "
                         "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id");
        insert.bind(1, clientId).bind(2, core::toIsoString(review.date));
        insert.bind(3, review.clinician).bind(4, review.note);
        stored.id = insert.bind(5, stored.createdAt).insertedId();
    });
    return stored;
}

void ReviewRepository::update(std::int64_t reviewId, const core::ClinicianReview& review)
{
    validateOrThrow(review);
    m_db.transaction([&] {
        Session* db = m_db.session();
        Query update(db, "UPDATE clinician_reviews SET date = ?, clinician = ?, note = ? "
                         "WHERE id = ?");
        update.bind(1, core::toIsoString(review.date)).bind(2, review.clinician);
        update.bind(3, review.note).bind(4, reviewId).run();
        if (update.changes() == 0) {
            detail::throwNotFound("clinician review", reviewId);
        }
    });
}

void ReviewRepository::remove(std::int64_t reviewId)
{
    m_db.transaction([&] {
        detail::deleteById(m_db.session(), "clinician_reviews", reviewId, "clinician review");
    });
}

void ReviewRepository::restore(const StoredReview& stored)
{
    validateOrThrow(stored.review);
    m_db.transaction([&] {
        Session* db = m_db.session();
        requireClient(db, stored.clientId);
        Query taken(db, "SELECT 1 FROM clinician_reviews WHERE id = ?");
        taken.bind(1, stored.id);
        if (taken.step()) {
            throw StorageError(StorageError::Kind::Conflict, "a clinician review with the id " +
                                                                 std::to_string(stored.id) +
                                                                 " already exists");
        }
        Query insert(db, "INSERT INTO clinician_reviews (id, client_id, date, clinician, note, "
                         "created_at) VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, stored.id).bind(2, stored.clientId);
        insert.bind(3, core::toIsoString(stored.review.date)).bind(4, stored.review.clinician);
        insert.bind(5, stored.review.note).bind(6, stored.createdAt).run();
    });
}

} // namespace glidepath::storage
