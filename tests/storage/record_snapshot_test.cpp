#include "backend_fixture.h"
#include "storage_test_support.h"

#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/record_snapshot.h>
#include <glidepath/storage/review_repository.h>
#include <glidepath/storage/tracking_repository.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace glidepath;
using namespace glidepath::storage;
using glidepath::test::expectError;
using glidepath::test::TempDir;

namespace {

core::Date day(const char* iso)
{
    return *core::parseIsoDate(iso);
}

// A client with something in every table that hangs off clients.
class RecordSnapshotTest : public test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        clients.emplace(*db);
        tracking.emplace(*db);
        ClientRecord record;
        record.profile.name = "Sam";
        record.profile.conditions = {core::Condition::PostSurgery,
                                     core::Condition::PatellofemoralPain};
        record.profile.goals = {core::Goal::Stairs};
        record.profile.equipment = {core::Equipment::Band};
        record.profile.surgery = core::Surgery{core::Operation::KneeArthroscopy,
                                               day("2026-10-01"),
                                               core::WeightBearing::Full,
                                               {core::SurgicalClearance::Kneeling}};
        record.profile.precautions = {core::ClientPrecaution::HipReplacementPrecautions};
        record.profile.hipBalance.backPain = true;
        record.screeningAnsweredNo = {core::RedFlag::LockedKnee};
        sam = clients->create(record);
        other = clients->create([] {
            ClientRecord o;
            o.profile.name = "Alex";
            o.profile.conditions = {core::Condition::PatellofemoralPain};
            return o;
        }());

        core::CheckIn checkIn;
        checkIn.date = day("2026-12-01");
        checkIn.painActivity = 3;
        checkIn.adherence = 0.5;
        checkIn.painfulExercises = {{"step-down", 4}};
        checkInId = clients->addCheckIn(sam, checkIn);

        core::Plan plan;
        plan.weekStart = day("2026-12-07");
        plan.decision.reasons = {core::Reason("light.green")};
        plan.advice = {core::Reason("advice.pain_limits")};
        for (int d = 0; d < 7; ++d) {
            core::PlanDay planDay;
            planDay.date = plan.weekStart + std::chrono::days(d);
            if (d == 0) {
                planDay.kind = core::DayKind::Strength;
                planDay.estimatedMinutes = 12;
                planDay.exercises = {{"bridge", "Bridge", 3, 10, 0, "2-1-3", 45,
                                      core::WorkSide::Both, core::Reason("exercise.new")}};
            }
            plan.days.push_back(planDay);
        }
        plan.overrides = {{"remove", 0, "clamshell", "", "Removed Clamshell"}};
        planId = clients->savePlan(sam, plan).id;

        core::SessionLog log;
        log.date = day("2026-12-07");
        log.sessionPain = 2;
        core::LoggedExercise entry;
        entry.exerciseId = "bridge";
        entry.setsDone = 3;
        log.entries = {entry};
        logId = tracking->addSessionLog(sam, log);

        core::PsfsAssessment psfs;
        psfs.date = day("2026-12-02");
        psfs.items = {{"Stairs", 4}, {"Running", 2}, {"Kneeling", 5}};
        psfsId = tracking->addPsfs(sam, psfs);

        ReviewRepository(*db).add(sam, {day("2026-12-03"), "Dr Who", "Cleared."});
    }

    std::int64_t count(const std::string& table) { return rows(table); }

    std::unique_ptr<Database>& db = m_db;
    std::optional<ClientRepository> clients;
    std::optional<TrackingRepository> tracking;
    std::int64_t sam = 0;
    std::int64_t other = 0;
    std::int64_t checkInId = 0;
    std::int64_t planId = 0;
    std::int64_t logId = 0;
    std::int64_t psfsId = 0;
};

} // namespace

TEST_P(RecordSnapshotTest, EveryTableThatHangsOffClientsIsKeptWithTheClient)
{
    if (onServer()) {
        GTEST_SKIP() << "reads SQLite's schema; the server mirrors it table for table";
    }
    // Walk the foreign keys from clients; a table added later without a line in the snapshot's
    // list would be silently lost by an undo of "delete client".
    std::set<std::string> reached{"clients"};
    bool grew = true;
    while (grew) {
        grew = false;
        sqlite3_stmt* tables = nullptr;
        sqlite3_prepare_v2(db->handle(),
                           "SELECT m.name, f.\"table\" FROM sqlite_master m, "
                           "pragma_foreign_key_list(m.name) f WHERE m.type = 'table'",
                           -1, &tables, nullptr);
        while (sqlite3_step(tables) == SQLITE_ROW) {
            const std::string child = reinterpret_cast<const char*>(sqlite3_column_text(tables, 0));
            const std::string parent =
                reinterpret_cast<const char*>(sqlite3_column_text(tables, 1));
            if (reached.count(parent) && !reached.count(child)) {
                reached.insert(child);
                grew = true;
            }
        }
        sqlite3_finalize(tables);
    }
    reached.insert("plan_exercises"); // refers to plan_days
    const auto covered = RecordSnapshot::tables(RecordKind::Client);
    for (const std::string& table : reached) {
        EXPECT_NE(std::find(covered.begin(), covered.end(), table), covered.end()) << table;
    }
}

TEST_P(RecordSnapshotTest, ADeletedClientComesBackWithTheSameIdsAndEveryChild)
{
    const auto before = clients->find(sam);
    const auto checkInsBefore = clients->checkIns(sam);
    const auto plansBefore = clients->plans(sam);
    const auto logsBefore = tracking->sessionLogs(sam);
    const auto psfsBefore = tracking->psfsAssessments(sam);

    const auto snapshot = RecordSnapshot::remove(*db, RecordKind::Client, sam);
    EXPECT_GT(snapshot.rowCount(), 10u);
    EXPECT_FALSE(clients->find(sam));
    EXPECT_EQ(count("check_ins"), 0);
    EXPECT_EQ(count("plan_exercises"), 0);
    EXPECT_EQ(count("client_surgery"), 0);
    EXPECT_EQ(count("clinician_reviews"), 0);
    EXPECT_TRUE(clients->find(other)); // only Sam's rows go

    snapshot.restore(*db);
    const auto after = clients->find(sam);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->profile, before->profile);
    EXPECT_EQ(after->screeningAnsweredNo, before->screeningAnsweredNo);
    ASSERT_EQ(clients->checkIns(sam).size(), 1u);
    EXPECT_EQ(clients->checkIns(sam)[0].id, checkInsBefore[0].id);
    EXPECT_EQ(clients->checkIns(sam)[0].checkIn, checkInsBefore[0].checkIn);
    ASSERT_EQ(clients->plans(sam).size(), 1u);
    EXPECT_EQ(clients->plans(sam)[0].plan, plansBefore[0].plan);
    EXPECT_EQ(clients->plans(sam)[0].savedAt, plansBefore[0].savedAt);
    EXPECT_EQ(tracking->sessionLogs(sam)[0].log, logsBefore[0].log);
    EXPECT_EQ(tracking->psfsAssessments(sam)[0].id, psfsBefore[0].id);
    EXPECT_EQ(ReviewRepository(*db).reviews(sam).size(), 1u);
    EXPECT_TRUE(db->integrityProblems().empty());
}

TEST_P(RecordSnapshotTest, EachKindOfChildComesBackAlone)
{
    for (const auto& [kind, id] :
         {std::pair{RecordKind::CheckIn, checkInId}, std::pair{RecordKind::Plan, planId},
          std::pair{RecordKind::SessionLog, logId}, std::pair{RecordKind::Psfs, psfsId}}) {
        const auto snapshot = RecordSnapshot::remove(*db, kind, id);
        snapshot.restore(*db);
    }
    EXPECT_EQ(clients->checkIns(sam)[0].id, checkInId);
    EXPECT_EQ(clients->checkIns(sam)[0].checkIn.painfulExercises.size(), 1u);
    EXPECT_EQ(clients->plans(sam)[0].plan.overrides.size(), 1u);
    EXPECT_EQ(clients->plans(sam)[0].plan.days[0].exercises.size(), 1u);
    EXPECT_EQ(tracking->sessionLogs(sam)[0].log.entries.size(), 1u);
    EXPECT_EQ(tracking->psfsAssessments(sam)[0].assessment.items.size(), 3u);
}

TEST_P(RecordSnapshotTest, RestoreRefusesATakenIdOrAGoneClientAndChangesNothing)
{
    const auto snapshot = RecordSnapshot::take(*db, RecordKind::CheckIn, checkInId);
    expectError(StorageError::Kind::Conflict, [&] { snapshot.restore(*db); });
    EXPECT_EQ(count("check_in_painful_exercises"), 1);

    const auto log = RecordSnapshot::remove(*db, RecordKind::SessionLog, logId);
    clients->remove(sam);
    expectError(StorageError::Kind::NotFound, [&] { log.restore(*db); });
    EXPECT_EQ(count("session_logs"), 0);
    EXPECT_EQ(count("session_log_entries"), 0);

    expectError(StorageError::Kind::NotFound,
                [&] { RecordSnapshot::take(*db, RecordKind::Plan, 9999); });
}

INSTANTIATE_TEST_SUITE_P(Backends, RecordSnapshotTest, test::kBothBackends, test::backendName);
