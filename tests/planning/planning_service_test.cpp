#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/io/builtin_data.h>
#include <glidepath/planning/planning_service.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/review_repository.h>
#include <glidepath/storage/storage_error.h>
#include <glidepath/storage/tracking_repository.h>

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <random>

using namespace glidepath;
using glidepath::test::day;

namespace {

class PlanningServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::random_device entropy;
        m_dir = std::filesystem::temp_directory_path() /
                ("glidepath-planning-test-" + std::to_string(::getpid()) + "-" +
                 std::to_string(entropy()));
        std::filesystem::create_directories(m_dir);
        m_db = storage::Database::open(m_dir / "planning.db");
        storage::ClientRecord record;
        record.profile = test::fullyEquippedClient();
        core::Surgery surgery;
        surgery.operation = core::Operation::KneeArthroscopy;
        surgery.date = day(2026, 9, 1);
        surgery.clearances = {core::SurgicalClearance::DeepKneeBend};
        record.profile.surgery = surgery;
        record.profile.precautions = {core::ClientPrecaution::Hypermobility};
        record.profile.hipBalance.sitsForLongPeriods = true;
        record.screeningRedFlags = {};
        m_clientId = storage::ClientRepository(*m_db).create(record);
        m_profile = record.profile;
    }
    void TearDown() override
    {
        m_db.reset();
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }

    core::Plan storedPlan(core::Date weekStart, int phase)
    {
        core::Plan plan;
        plan.weekStart = weekStart;
        plan.decision.phase = phase;
        for (int i = 0; i < 7; ++i) {
            core::PlanDay d;
            d.date = weekStart + std::chrono::days{i};
            plan.days.push_back(d);
        }
        return plan;
    }

    std::filesystem::path m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::int64_t m_clientId = 0;
    core::ClientProfile m_profile;
};

core::SessionLog logOn(core::Date date, int pain)
{
    core::SessionLog log;
    log.date = date;
    log.sessionPain = pain;
    core::LoggedExercise e;
    e.exerciseId = "clamshell";
    e.setsDone = 2;
    log.entries = {e};
    return log;
}

} // namespace

TEST_F(PlanningServiceTest, TheRequestCarriesEverythingStoredForTheWeek)
{
    const core::Date week = day(2026, 11, 30); // a Monday
    storage::ClientRepository clients(*m_db);
    // Check-ins added out of date order come back oldest first.
    clients.addCheckIn(m_clientId, test::greenCheckIn(day(2026, 11, 27)));
    clients.addCheckIn(m_clientId, test::greenCheckIn(day(2026, 11, 20)));
    storage::TrackingRepository tracking(*m_db);
    tracking.addSessionLog(m_clientId, logOn(day(2026, 11, 16), 1)); // two weeks before: left out
    tracking.addSessionLog(m_clientId, logOn(day(2026, 11, 24), 2));
    tracking.addSessionLog(m_clientId, logOn(day(2026, 11, 29), 3));
    tracking.addSessionLog(m_clientId, logOn(day(2026, 11, 30), 4)); // the week itself: left out
    storage::ReviewRepository reviews(*m_db);
    reviews.add(m_clientId, {day(2026, 11, 26), "Dr Okafor", "Cleared."});
    reviews.add(m_clientId, {day(2026, 11, 12), "J. Park", "Seen."});
    reviews.add(m_clientId, {day(2026, 12, 10), "Later", "After the week starts."});

    const planning::PlanningService service(*m_db);
    const core::PlanRequest request = service.buildRequest(m_clientId, week);
    EXPECT_EQ(request.weekStart, week);
    EXPECT_EQ(request.client, m_profile); // surgery, precautions and hip check included
    ASSERT_EQ(request.checkins.size(), 2u);
    EXPECT_EQ(request.checkins[0].date, day(2026, 11, 20));
    EXPECT_EQ(request.checkins[1].date, day(2026, 11, 27));
    ASSERT_EQ(request.sessionLogs.size(), 2u);
    EXPECT_EQ(request.sessionLogs[0].sessionPain, 2);
    EXPECT_EQ(request.sessionLogs[1].sessionPain, 3);
    ASSERT_EQ(request.reviews.size(), 2u);
    EXPECT_EQ(request.reviews[0].clinician, "J. Park");
    EXPECT_EQ(request.reviews[1].clinician, "Dr Okafor");
    EXPECT_FALSE(request.previousPlan);
}

TEST_F(PlanningServiceTest, LastWeekIsTheNewestVersionOfTheLatestEarlierWeek)
{
    storage::ClientRepository clients(*m_db);
    clients.savePlan(m_clientId, storedPlan(day(2026, 11, 16), 1));
    clients.savePlan(m_clientId, storedPlan(day(2026, 11, 23), 2));
    clients.savePlan(m_clientId, storedPlan(day(2026, 11, 23), 3)); // version 2 of that week
    clients.savePlan(m_clientId, storedPlan(day(2026, 11, 30), 4)); // the week being re-planned

    const planning::PlanningService service(*m_db);
    const auto request = service.buildRequest(m_clientId, day(2026, 11, 30));
    ASSERT_TRUE(request.previousPlan);
    EXPECT_EQ(request.previousPlan->weekStart, day(2026, 11, 23));
    EXPECT_EQ(request.previousPlan->decision.phase, 3);
}

TEST_F(PlanningServiceTest, PlanWeekIsTheEnginesPlanForTheBuiltRequest)
{
    storage::ClientRepository(*m_db).addCheckIn(m_clientId, test::greenCheckIn(day(2026, 11, 27)));
    const auto library = test::makeTestLibrary();
    const core::ProgressionRules rules;
    const planning::PlanningService service(*m_db);
    const core::Date week = day(2026, 11, 30);
    const core::Plan plan = service.planWeek(m_clientId, week, library, rules);
    EXPECT_EQ(plan, core::generatePlan(service.buildRequest(m_clientId, week), library, rules));
    EXPECT_EQ(plan.weekStart, week);
    EXPECT_EQ(plan.days.size(), 7u);
}

TEST_F(PlanningServiceTest, AlternativesKeepToTheEnginesLimits)
{
    storage::ClientRepository clients(*m_db);
    // A client with nothing at home: nothing that needs equipment may be added.
    auto record = *clients.find(m_clientId);
    record.profile.equipment.clear();
    clients.update(record);
    const auto library = test::makeTestLibrary();
    const planning::PlanningService service(*m_db);
    const auto alternatives =
        service.alternatives(m_clientId, day(2026, 11, 30), library, core::ProgressionRules{});
    ASSERT_TRUE(alternatives);
    const auto addable = alternatives->addable();
    ASSERT_FALSE(addable.empty());
    for (const core::Exercise* exercise : addable) {
        EXPECT_TRUE(alternatives->isUsable(*exercise)) << exercise->id;
        for (const core::Equipment item : exercise->equipment) {
            EXPECT_EQ(item, core::Equipment::None) << exercise->id;
        }
    }
    bool someExcluded = false;
    for (const core::Exercise& exercise : library) {
        if (!alternatives->isUsable(exercise)) {
            someExcluded = true;
            EXPECT_FALSE(alternatives->exclusionReason(exercise).empty()) << exercise.id;
        }
    }
    EXPECT_TRUE(someExcluded);
}

TEST_F(PlanningServiceTest, AnUnknownClientIsNotFound)
{
    const planning::PlanningService service(*m_db);
    try {
        service.buildRequest(m_clientId + 7, day(2026, 11, 30));
        FAIL() << "expected NotFound";
    } catch (const storage::StorageError& error) {
        EXPECT_EQ(error.kind(), storage::StorageError::Kind::NotFound);
    }
}

TEST(PlanningNextMonday, IsAlwaysTheFollowingMonday)
{
    EXPECT_EQ(planning::nextMonday(day(2026, 12, 2)), day(2026, 12, 7));  // a Wednesday
    EXPECT_EQ(planning::nextMonday(day(2026, 12, 6)), day(2026, 12, 7));  // a Sunday
    EXPECT_EQ(planning::nextMonday(day(2026, 12, 7)), day(2026, 12, 14)); // a Monday
}
