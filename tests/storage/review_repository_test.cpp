#include "backend_fixture.h"
#include "storage_test_support.h"

#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/review_repository.h>

#include <gtest/gtest.h>

#include <regex>

using namespace glidepath;
using namespace glidepath::storage;
using glidepath::test::expectError;
using glidepath::test::TempDir;

namespace {

core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

class ReviewRepositoryTest : public test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        ClientRecord client;
        client.profile.name = "Robin";
        client.profile.conditions = {core::Condition::GeneralKneePain};
        m_clientId = ClientRepository(*m_db).create(client);
        m_reviews = std::make_unique<ReviewRepository>(*m_db);
    }
    std::int64_t rows() { return BackendTest::rows("clinician_reviews"); }

    std::int64_t m_clientId = 0;
    std::unique_ptr<ReviewRepository> m_reviews;
};

} // namespace

TEST_P(ReviewRepositoryTest, AddListFindUpdateRemove)
{
    const core::ClinicianReview later{day(2026, 11, 20), "Dr Okafor", "Aspirated; cleared."};
    const core::ClinicianReview earlier{day(2026, 11, 13), "J. Park (physio)", ""};
    const StoredReview a = m_reviews->add(m_clientId, later);
    const StoredReview b = m_reviews->add(m_clientId, earlier);
    EXPECT_GT(a.id, 0);
    EXPECT_NE(a.id, b.id);
    EXPECT_TRUE(std::regex_match(a.createdAt, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")))
        << a.createdAt;

    const auto all = m_reviews->reviews(m_clientId);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].review, earlier); // oldest date first, whatever the order of recording
    EXPECT_EQ(all[1].review, later);
    EXPECT_EQ(all[1].createdAt, a.createdAt);
    EXPECT_EQ(all[1].clientId, m_clientId);

    core::ClinicianReview changed = later;
    changed.note = "Seen again; fine.";
    m_reviews->update(a.id, changed);
    EXPECT_EQ(m_reviews->find(a.id)->review, changed);

    m_reviews->remove(b.id);
    EXPECT_FALSE(m_reviews->find(b.id));
    EXPECT_EQ(m_reviews->reviews(m_clientId).size(), 1u);
    expectError(StorageError::Kind::NotFound, [&] { m_reviews->remove(b.id); });
    expectError(StorageError::Kind::NotFound, [&] { m_reviews->update(b.id, changed); });
}

TEST_P(ReviewRepositoryTest, RestorePutsBackTheSameIdAndTime)
{
    const StoredReview stored =
        m_reviews->add(m_clientId, {day(2026, 11, 20), "Dr Okafor", "Cleared."});
    m_reviews->remove(stored.id);
    m_reviews->restore(stored);
    const auto back = m_reviews->find(stored.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->review, stored.review);
    EXPECT_EQ(back->createdAt, stored.createdAt);
    expectError(StorageError::Kind::Conflict, [&] { m_reviews->restore(stored); });
    EXPECT_EQ(rows(), 1);
}

TEST_P(ReviewRepositoryTest, InvalidReviewsAreRefusedByFieldAndStoreNothing)
{
    core::ClinicianReview review{day(2026, 11, 20), "   ", std::string(5000, 'x')};
    const auto error =
        expectError(StorageError::Kind::Invalid, [&] { m_reviews->add(m_clientId, review); });
    ASSERT_EQ(error.issues().size(), 2u);
    EXPECT_EQ(error.issues()[0].field, "clinician");
    EXPECT_EQ(error.issues()[1].field, "note");
    review = {core::Date{std::chrono::days{-1'000'000}}, "Dr Okafor", ""};
    const auto dateError =
        expectError(StorageError::Kind::Invalid, [&] { m_reviews->add(m_clientId, review); });
    ASSERT_EQ(dateError.issues().size(), 1u);
    EXPECT_EQ(dateError.issues()[0].field, "date");
    EXPECT_EQ(rows(), 0);
}

TEST_P(ReviewRepositoryTest, AMissingClientIsNotFound)
{
    expectError(StorageError::Kind::NotFound, [&] {
        m_reviews->add(m_clientId + 100, {day(2026, 11, 20), "Dr Okafor", ""});
    });
    EXPECT_EQ(rows(), 0);
}

TEST_P(ReviewRepositoryTest, RemovingTheClientRemovesTheirReviews)
{
    m_reviews->add(m_clientId, {day(2026, 11, 20), "Dr Okafor", ""});
    ClientRepository(*m_db).remove(m_clientId);
    EXPECT_EQ(rows(), 0);
    EXPECT_TRUE(m_reviews->reviews(m_clientId).empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, ReviewRepositoryTest, test::kBothBackends, test::backendName);
