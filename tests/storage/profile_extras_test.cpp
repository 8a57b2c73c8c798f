// The profile fields of the post-surgery pathway (schema version 6): surgery with clearances,
// precautions and the hip-balance self-check, stored with the client and read back equal.

#include "backend_fixture.h"
#include "storage_test_support.h"

#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>

#include <gtest/gtest.h>

using namespace glidepath;
using namespace glidepath::storage;
using glidepath::test::expectError;
using glidepath::test::TempDir;

namespace {

core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

ClientRecord postSurgeryClient()
{
    ClientRecord c;
    c.profile.name = "Ali";
    c.profile.conditions = {core::Condition::PostSurgery};
    c.profile.side = core::Side::Left;
    c.profile.age = 67;
    core::Surgery surgery;
    surgery.operation = core::Operation::KneeReplacement;
    surgery.date = day(2026, 10, 5);
    surgery.weightBearing = core::WeightBearing::Partial;
    surgery.clearances = {core::SurgicalClearance::DeepKneeBend, core::SurgicalClearance::Kneeling};
    c.profile.surgery = surgery;
    c.profile.precautions = {core::ClientPrecaution::FallInLastYear,
                             core::ClientPrecaution::Osteoporosis};
    c.profile.hipBalance.sitsForLongPeriods = true;
    c.profile.hipBalance.doesHipBalanceWork = false; // the other two stay unanswered
    return c;
}

class ProfileExtrasTest : public test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        m_repo = std::make_unique<ClientRepository>(*m_db);
    }

    std::unique_ptr<ClientRepository> m_repo;
};

} // namespace

TEST_P(ProfileExtrasTest, SurgeryPrecautionsAndHipBalanceRoundTrip)
{
    const ClientRecord client = postSurgeryClient();
    const auto id = m_repo->create(client);
    const auto found = m_repo->find(id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->profile, client.profile);
    ASSERT_TRUE(found->profile.surgery);
    // Order of the clearances is kept as entered.
    EXPECT_EQ(found->profile.surgery->clearances.front(), core::SurgicalClearance::DeepKneeBend);
    EXPECT_FALSE(found->profile.hipBalance.backPain.has_value());
    EXPECT_EQ(found->profile.hipBalance.doesHipBalanceWork, std::optional<bool>(false));
    // list() reads the same fields.
    const auto listed = m_repo->list();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].profile, client.profile);
}

TEST_P(ProfileExtrasTest, AProfileWithoutThemStoresNothingExtraAndReadsBackEmpty)
{
    ClientRecord client = postSurgeryClient();
    client.profile.surgery.reset();
    client.profile.precautions.clear();
    client.profile.hipBalance = {};
    client.profile.conditions = {core::Condition::PatellofemoralPain};
    const auto id = m_repo->create(client);
    EXPECT_EQ(rows("client_surgery"), 0);
    EXPECT_EQ(rows("client_precautions"), 0);
    EXPECT_EQ(rows("client_hip_balance"), 0);
    const auto found = m_repo->find(id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->profile, client.profile);
}

TEST_P(ProfileExtrasTest, UpdateReplacesAndClearsTheExtras)
{
    const auto id = m_repo->create(postSurgeryClient());
    auto record = *m_repo->find(id);
    record.profile.surgery->clearances = {core::SurgicalClearance::Running};
    record.profile.surgery->weightBearing = core::WeightBearing::Full;
    record.profile.precautions = {core::ClientPrecaution::Pregnancy};
    record.profile.hipBalance.backPain = true;
    m_repo->update(record);
    EXPECT_EQ(m_repo->find(id)->profile, record.profile);
    EXPECT_EQ(rows("client_surgical_clearances"), 1);

    record.profile.surgery.reset();
    record.profile.precautions.clear();
    record.profile.hipBalance = {};
    m_repo->update(record);
    EXPECT_EQ(m_repo->find(id)->profile, record.profile);
    EXPECT_EQ(rows("client_surgery"), 0);
    EXPECT_EQ(rows("client_surgical_clearances"), 0); // they go with the surgery
    EXPECT_EQ(rows("client_precautions"), 0);
    EXPECT_EQ(rows("client_hip_balance"), 0);
    EXPECT_TRUE(m_db->integrityProblems().empty());
}

TEST_P(ProfileExtrasTest, RepeatedOrUnknownValuesAreRefusedByFieldAndChangeNothing)
{
    const auto id = m_repo->create(postSurgeryClient());
    const auto before = *m_repo->find(id);
    auto record = before;
    record.profile.surgery->clearances = {core::SurgicalClearance::Running,
                                          core::SurgicalClearance::Running};
    record.profile.precautions = {core::ClientPrecaution::Pregnancy,
                                  static_cast<core::ClientPrecaution>(99)};
    record.profile.surgery->operation = static_cast<core::Operation>(42);
    const auto error = expectError(StorageError::Kind::Invalid, [&] { m_repo->update(record); });
    std::vector<std::string> fields;
    for (const auto& issue : error.issues()) {
        fields.push_back(issue.field);
    }
    EXPECT_NE(std::find(fields.begin(), fields.end(), "surgery/clearances/1"), fields.end());
    EXPECT_NE(std::find(fields.begin(), fields.end(), "precautions/1"), fields.end());
    EXPECT_NE(std::find(fields.begin(), fields.end(), "surgery/operation"), fields.end());
    EXPECT_EQ(m_repo->find(id)->profile, before.profile);
}

TEST_P(ProfileExtrasTest, RemovingTheClientRemovesTheExtras)
{
    const auto id = m_repo->create(postSurgeryClient());
    ASSERT_GT(rows("client_surgical_clearances"), 0);
    m_repo->remove(id);
    for (const char* table : {"client_surgery", "client_surgical_clearances", "client_precautions",
                              "client_hip_balance"}) {
        EXPECT_EQ(rows(table), 0) << table;
    }
}

TEST_P(ProfileExtrasTest, ACorruptStoredValueIsReportedNotGuessed)
{
    const auto id = m_repo->create(postSurgeryClient());
    exec("UPDATE client_surgery SET weight_bearing = 'hopping' WHERE client_id = " +
         std::to_string(id));
    const auto error = expectError(StorageError::Kind::Corrupt, [&] { m_repo->find(id); });
    EXPECT_NE(std::string(error.what()).find("hopping"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, ProfileExtrasTest, test::kBothBackends, test::backendName);
