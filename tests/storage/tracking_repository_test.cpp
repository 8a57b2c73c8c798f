#include "backend_fixture.h"
#include "storage_test_support.h"

#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/migrations.h>
#include <glidepath/storage/tracking_repository.h>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace glidepath;
using namespace glidepath::storage;
using glidepath::test::RawDb;
using glidepath::test::TempDir;

namespace {

core::Date day(const char* iso)
{
    return *core::parseIsoDate(iso);
}

core::SessionLog sampleLog(const char* iso)
{
    core::SessionLog log;
    log.date = day(iso);
    log.plannedDate = day(iso);
    log.sessionPain = 3;
    log.worseNextMorning = true;
    log.note = "Stairs felt easier; left knee ached a little after the step-downs.";
    core::LoggedExercise clam;
    clam.exerciseId = "clamshell";
    clam.status = core::LogStatus::Done;
    clam.setsDone = 3;
    clam.setsPlanned = 3;
    clam.painDuring = 1;
    clam.difficulty = core::Difficulty::TooEasy;
    core::LoggedExercise step;
    step.exerciseId = "step-down";
    step.status = core::LogStatus::Partly;
    step.setsDone = 1;
    step.setsPlanned = 3;
    step.painDuring = 6;
    step.difficulty = core::Difficulty::TooHard;
    core::LoggedExercise bridge;
    bridge.exerciseId = "bridge";
    bridge.status = core::LogStatus::Skipped;
    bridge.setsPlanned = 2;
    log.entries = {clam, step, bridge};
    return log;
}

// Only what the paper grid gives: ticks and one pain score for the session.
core::SessionLog gridLog(const char* iso, std::optional<int> pain)
{
    core::SessionLog log;
    log.date = day(iso);
    log.sessionPain = pain;
    core::LoggedExercise e;
    e.exerciseId = "mini-squat";
    e.setsDone = 2;
    log.entries = {e};
    return log;
}

core::PsfsAssessment samplePsfs(const char* iso, int shift = 0)
{
    core::PsfsAssessment a;
    a.date = day(iso);
    a.items = {{"Walking down stairs", 3 + shift},
               {"Getting up from a low chair", 5 + shift},
               {"Jogging for 20 minutes", 1 + shift}};
    return a;
}

std::int64_t addClient(ClientRepository& clients, const std::string& name)
{
    ClientRecord client;
    client.profile.name = name;
    client.profile.conditions = {core::Condition::PatellofemoralPain};
    return clients.create(client);
}

class TrackingRepositoryTest : public test::BackendTest
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
        sam = addClient(*clients, "Sam");
        alex = addClient(*clients, "Alex");
    }

    std::int64_t count(const std::string& table) { return rows(table); }

    std::unique_ptr<Database>& db = m_db;
    std::optional<ClientRepository> clients;
    std::optional<TrackingRepository> tracking;
    std::int64_t sam = 0;
    std::int64_t alex = 0;
};

template <typename Work> StorageError::Kind kindOf(Work work)
{
    try {
        work();
    } catch (const StorageError& error) {
        return error.kind();
    }
    ADD_FAILURE() << "no StorageError thrown";
    return StorageError::Kind::Io;
}

} // namespace

TEST_P(TrackingRepositoryTest, SessionLogRoundTripsEveryField)
{
    const auto log = sampleLog("2026-11-17");
    const auto id = tracking->addSessionLog(sam, log);
    EXPECT_GT(id, 0);
    const auto found = tracking->findSessionLog(id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, id);
    EXPECT_EQ(found->clientId, sam);
    EXPECT_EQ(found->log, log);

    // Not-recorded values stay not recorded.
    const auto grid = gridLog("2026-11-18", std::nullopt);
    const auto gridId = tracking->addSessionLog(sam, grid);
    const auto readBack = tracking->findSessionLog(gridId);
    ASSERT_TRUE(readBack);
    EXPECT_EQ(readBack->log, grid);
    EXPECT_FALSE(readBack->log.plannedDate);
    EXPECT_FALSE(readBack->log.sessionPain);
    EXPECT_FALSE(readBack->log.worseNextMorning);
    EXPECT_FALSE(readBack->log.entries[0].painDuring);
    EXPECT_FALSE(readBack->log.entries[0].difficulty);
}

TEST_P(TrackingRepositoryTest, ASettledNextMorningIsKeptApartFromNotRecorded)
{
    auto settled = gridLog("2026-11-18", 2);
    settled.worseNextMorning = false;
    const auto id = tracking->addSessionLog(sam, settled);
    ASSERT_EQ(tracking->findSessionLog(id)->log.worseNextMorning, false);

    settled.worseNextMorning = true;
    tracking->updateSessionLog(id, settled);
    EXPECT_EQ(tracking->findSessionLog(id)->log.worseNextMorning, true);
    settled.worseNextMorning.reset();
    tracking->updateSessionLog(id, settled);
    EXPECT_FALSE(tracking->findSessionLog(id)->log.worseNextMorning);
}

TEST_P(TrackingRepositoryTest, ListsByClientOldestFirstWithinARange)
{
    tracking->addSessionLog(sam, gridLog("2026-11-20", 2));
    tracking->addSessionLog(sam, gridLog("2026-11-16", 1));
    tracking->addSessionLog(sam, gridLog("2026-11-23", 4));
    tracking->addSessionLog(alex, gridLog("2026-11-17", 7));

    const auto all = tracking->sessionLogs(sam);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].log.date, day("2026-11-16"));
    EXPECT_EQ(all[1].log.date, day("2026-11-20"));
    EXPECT_EQ(all[2].log.date, day("2026-11-23"));

    const auto week = tracking->sessionLogs(sam, {day("2026-11-16"), day("2026-11-22")});
    ASSERT_EQ(week.size(), 2u);
    EXPECT_EQ(week[0].log.sessionPain, 1);
    EXPECT_EQ(week[1].log.sessionPain, 2);

    EXPECT_EQ(tracking->sessionLogs(sam, {day("2026-11-21"), std::nullopt}).size(), 1u);
    EXPECT_EQ(tracking->sessionLogs(sam, {std::nullopt, day("2026-11-19")}).size(), 1u);
    EXPECT_EQ(tracking->sessionLogs(alex).size(), 1u);
    EXPECT_TRUE(tracking->sessionLogs(9999).empty());
}

TEST_P(TrackingRepositoryTest, UpdateReplacesTheEntries)
{
    const auto id = tracking->addSessionLog(sam, sampleLog("2026-11-17"));
    auto changed = sampleLog("2026-11-18");
    changed.entries.pop_back();
    changed.entries[0].painDuring = 4;
    changed.note.clear();
    changed.sessionPain.reset();
    tracking->updateSessionLog(id, changed);
    EXPECT_EQ(tracking->findSessionLog(id)->log, changed);
    EXPECT_EQ(count("session_log_entries"), 2);
    EXPECT_EQ(kindOf([&] { tracking->updateSessionLog(id + 100, changed); }),
              StorageError::Kind::NotFound);
}

TEST_P(TrackingRepositoryTest, RemoveTakesTheEntriesToo)
{
    const auto id = tracking->addSessionLog(sam, sampleLog("2026-11-17"));
    EXPECT_EQ(count("session_log_entries"), 3);
    tracking->removeSessionLog(id);
    EXPECT_FALSE(tracking->findSessionLog(id));
    EXPECT_EQ(count("session_log_entries"), 0);
    EXPECT_EQ(kindOf([&] { tracking->removeSessionLog(id); }), StorageError::Kind::NotFound);
}

TEST_P(TrackingRepositoryTest, InvalidLogsAreRefusedWithFieldsAndChangeNothing)
{
    auto bad = sampleLog("2026-11-17");
    bad.entries[1].painDuring = 12;
    bad.entries[2].setsDone = 1; // skipped with a set
    try {
        tracking->addSessionLog(sam, bad);
        FAIL() << "an invalid log was stored";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Invalid);
        ASSERT_EQ(error.issues().size(), 2u);
        EXPECT_EQ(error.issues()[0].field, "entries/1/pain");
        EXPECT_EQ(error.issues()[1].field, "entries/2/sets_done");
        EXPECT_NE(std::string(error.what()).find("2026-11-17"), std::string::npos);
    }
    EXPECT_EQ(count("session_logs"), 0);

    const auto id = tracking->addSessionLog(sam, sampleLog("2026-11-17"));
    EXPECT_EQ(kindOf([&] { tracking->updateSessionLog(id, bad); }), StorageError::Kind::Invalid);
    EXPECT_EQ(tracking->findSessionLog(id)->log, sampleLog("2026-11-17"));
}

TEST_P(TrackingRepositoryTest, LogsNeedAnExistingClient)
{
    EXPECT_EQ(kindOf([&] { tracking->addSessionLog(4242, sampleLog("2026-11-17")); }),
              StorageError::Kind::NotFound);
    EXPECT_EQ(kindOf([&] { tracking->addPsfs(4242, samplePsfs("2026-11-17")); }),
              StorageError::Kind::NotFound);
    EXPECT_EQ(count("session_logs"), 0);
    EXPECT_EQ(count("psfs_assessments"), 0);
}

TEST_P(TrackingRepositoryTest, ReplacingAWeekKeepsOtherWeeksAndOtherClients)
{
    tracking->addSessionLog(sam, gridLog("2026-11-13", 1));  // the week before
    tracking->addSessionLog(sam, gridLog("2026-11-16", 5));  // replaced
    tracking->addSessionLog(sam, gridLog("2026-11-22", 5));  // replaced (last day)
    tracking->addSessionLog(alex, gridLog("2026-11-17", 7)); // someone else

    const DateRange week{day("2026-11-16"), day("2026-11-22")};
    const auto ids = tracking->replaceSessionLogs(
        sam, week, {gridLog("2026-11-17", 2), gridLog("2026-11-19", 3), gridLog("2026-11-21", 0)});
    ASSERT_EQ(ids.size(), 3u);
    const auto inWeek = tracking->sessionLogs(sam, week);
    ASSERT_EQ(inWeek.size(), 3u);
    EXPECT_EQ(inWeek[0].id, ids[0]);
    EXPECT_EQ(inWeek[1].log.sessionPain, 3);
    EXPECT_EQ(inWeek[2].log.date, day("2026-11-21"));
    EXPECT_EQ(tracking->sessionLogs(sam).size(), 4u);
    EXPECT_EQ(tracking->sessionLogs(alex).size(), 1u);

    // Saving the same week again does not pile up copies.
    tracking->replaceSessionLogs(sam, week, {gridLog("2026-11-18", 1)});
    EXPECT_EQ(tracking->sessionLogs(sam, week).size(), 1u);
    // An empty week clears it.
    tracking->replaceSessionLogs(sam, week, {});
    EXPECT_TRUE(tracking->sessionLogs(sam, week).empty());
    EXPECT_EQ(tracking->sessionLogs(sam).size(), 1u);
}

TEST_P(TrackingRepositoryTest, ReplacingAWeekIsAllOrNothing)
{
    const DateRange week{day("2026-11-16"), day("2026-11-22")};
    tracking->addSessionLog(sam, gridLog("2026-11-17", 2));
    auto bad = gridLog("2026-11-18", 2);
    bad.entries[0].exerciseId = "Not An Id";
    try {
        tracking->replaceSessionLogs(sam, week, {gridLog("2026-11-16", 1), bad});
        FAIL() << "an invalid week was stored";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Invalid);
        ASSERT_FALSE(error.issues().empty());
        EXPECT_EQ(error.issues()[0].field, "logs/1/entries/0/exercise");
    }
    try {
        tracking->replaceSessionLogs(sam, week, {gridLog("2026-11-23", 1)});
        FAIL() << "a log outside the week was stored";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Invalid);
        ASSERT_EQ(error.issues().size(), 1u);
        EXPECT_EQ(error.issues()[0].field, "logs/0/date");
    }
    EXPECT_EQ(kindOf([&] { tracking->replaceSessionLogs(777, week, {}); }),
              StorageError::Kind::NotFound);
    const auto kept = tracking->sessionLogs(sam);
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(kept[0].log.date, day("2026-11-17"));
}

TEST_P(TrackingRepositoryTest, PsfsAddListUpdateRemove)
{
    const auto second = tracking->addPsfs(sam, samplePsfs("2026-11-30", 2));
    const auto first = tracking->addPsfs(sam, samplePsfs("2026-11-16"));
    tracking->addPsfs(alex, samplePsfs("2026-11-16"));

    const auto list = tracking->psfsAssessments(sam);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].id, first);
    EXPECT_EQ(list[0].assessment, samplePsfs("2026-11-16"));
    EXPECT_EQ(list[1].id, second);
    EXPECT_EQ(list[1].clientId, sam);

    auto edited = samplePsfs("2026-11-16");
    edited.items.push_back({"Kneeling in the garden", 2});
    tracking->updatePsfs(first, edited);
    EXPECT_EQ(tracking->findPsfs(first)->assessment, edited);

    auto tooFew = edited;
    tooFew.items.resize(2);
    EXPECT_EQ(kindOf([&] { tracking->addPsfs(sam, tooFew); }), StorageError::Kind::Invalid);
    EXPECT_EQ(kindOf([&] { tracking->updatePsfs(first, tooFew); }), StorageError::Kind::Invalid);
    EXPECT_EQ(tracking->findPsfs(first)->assessment, edited);
    EXPECT_EQ(kindOf([&] { tracking->updatePsfs(9999, edited); }), StorageError::Kind::NotFound);

    tracking->removePsfs(first);
    EXPECT_FALSE(tracking->findPsfs(first));
    EXPECT_EQ(tracking->psfsAssessments(sam).size(), 1u);
    EXPECT_EQ(count("psfs_items"), 6);
    EXPECT_EQ(kindOf([&] { tracking->removePsfs(first); }), StorageError::Kind::NotFound);
}

TEST_P(TrackingRepositoryTest, DeletingAClientRemovesTheirLogsAndAssessments)
{
    tracking->addSessionLog(sam, sampleLog("2026-11-17"));
    tracking->addSessionLog(sam, gridLog("2026-11-19", 2));
    tracking->addPsfs(sam, samplePsfs("2026-11-16"));
    tracking->addSessionLog(alex, sampleLog("2026-11-18"));
    tracking->addPsfs(alex, samplePsfs("2026-11-16"));

    clients->remove(sam);
    EXPECT_TRUE(tracking->sessionLogs(sam).empty());
    EXPECT_TRUE(tracking->psfsAssessments(sam).empty());
    EXPECT_EQ(count("session_logs"), 1);
    EXPECT_EQ(count("session_log_entries"), 3); // Alex's three
    EXPECT_EQ(count("psfs_assessments"), 1);
    EXPECT_EQ(count("psfs_items"), 3);
    EXPECT_EQ(tracking->sessionLogs(alex).size(), 1u);
    EXPECT_TRUE(db->integrityProblems().empty());
}

// --- migration from version 2 ------------------------------------------------------------------

namespace {

// What a version 2 release wrote: a client with a check-in and a saved plan, in plain SQL.
constexpr const char* kVersion2Data = R"sql(
INSERT INTO clients (id, name, side, sessions_per_week, minutes_per_session, age, notes, personal)
VALUES (7, 'Robin', 'left', 4, 25, 41, 'Runs twice a week.', 0);
INSERT INTO client_conditions VALUES (7, 0, 'patellofemoral_pain');
INSERT INTO client_goals VALUES (7, 0, 'stairs');
INSERT INTO client_equipment VALUES (7, 0, 'mat'), (7, 1, 'band');
INSERT INTO check_ins (id, client_id, date, pain_rest, pain_activity, pain_exercise, next_morning,
    night_pain, swelling, adherence, difficulty)
VALUES (3, 7, '2026-11-15', 1, 4, 3, 'settled', 0, 'none', 0.75, 'right');
INSERT INTO check_in_painful_exercises VALUES (3, 'split-squat', 6);
INSERT INTO plans (id, client_id, week_start, version, saved_at, action, light, phase)
VALUES (5, 7, '2026-11-16', 1, '2026-11-15T18:00:00Z', 'hold', 'amber', 1);
INSERT INTO plan_reasons VALUES (5, 0, 'light.amber.exercise_pain', 'Exercise pain was 3/10.');
)sql";

} // namespace

TEST(TrackingMigration, TrackingTablesComeInStepThree)
{
    const auto steps = migrations();
    ASSERT_GE(steps.size(), 3u);
    EXPECT_EQ(steps[2].version, 3);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(steps[i].sql.find("session_logs"), std::string_view::npos);
    }
    EXPECT_NE(steps[2].sql.find("CREATE TABLE session_logs"), std::string_view::npos);
    EXPECT_NE(steps[2].sql.find("CREATE TABLE psfs_assessments"), std::string_view::npos);
    EXPECT_GE(Database::currentSchemaVersion(), 3);
}

TEST(TrackingMigration, Version2DataSurvivesAndTrackingWorksAfterTheUpgrade)
{
    TempDir dir;
    const auto path = dir.file("v2.db");
    {
        RawDb raw(path);
        migrate(raw.get(), 2);
        raw.exec("BEGIN; " + std::string(kVersion2Data) + " COMMIT;");
        ASSERT_EQ(raw.integer("PRAGMA user_version"), 2);
        ASSERT_EQ(raw.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'session_logs'"), 0);
    }
    auto db = Database::open(path);
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());

    ClientRepository clients(*db);
    const auto robin = clients.find(7);
    ASSERT_TRUE(robin);
    EXPECT_EQ(robin->profile.name, "Robin");
    EXPECT_EQ(robin->profile.side, core::Side::Left);
    EXPECT_EQ(robin->profile.equipment,
              (std::vector<core::Equipment>{core::Equipment::Mat, core::Equipment::Band}));
    const auto checkIns = clients.checkIns(7);
    ASSERT_EQ(checkIns.size(), 1u);
    EXPECT_EQ(checkIns[0].checkIn.painActivity, 4);
    EXPECT_DOUBLE_EQ(checkIns[0].checkIn.adherence, 0.75);
    EXPECT_EQ(checkIns[0].checkIn.painfulExercises.at("split-squat"), 6);
    const auto plan = clients.latestPlan(7);
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->plan.decision.action, core::Action::Hold);
    ASSERT_EQ(plan->plan.decision.reasons.size(), 1u);
    EXPECT_EQ(plan->plan.decision.reasons[0].rule, "light.amber.exercise_pain");
    // Saved before reasons were data: the stored words are kept, to be shown as they are.
    EXPECT_EQ(plan->plan.decision.reasons[0].text, "Exercise pain was 3/10.");
    EXPECT_TRUE(plan->plan.decision.reasons[0].values.empty());

    TrackingRepository tracking(*db);
    EXPECT_TRUE(tracking.sessionLogs(7).empty());
    const auto logId = tracking.addSessionLog(7, sampleLog("2026-11-17"));
    tracking.addPsfs(7, samplePsfs("2026-11-16"));
    EXPECT_EQ(tracking.findSessionLog(logId)->log, sampleLog("2026-11-17"));
    EXPECT_EQ(tracking.psfsAssessments(7).size(), 1u);
    EXPECT_TRUE(db->integrityProblems().empty());

    // The cascade holds on an upgraded file too.
    clients.remove(7);
    EXPECT_FALSE(tracking.findSessionLog(logId));
    EXPECT_TRUE(tracking.psfsAssessments(7).empty());
}

TEST(TrackingMigration, LogsSavedBeforeVersion12ReadAsNextMorningNotRecorded)
{
    TempDir dir;
    const auto path = dir.file("v11.db");
    {
        RawDb raw(path);
        migrate(raw.get(), 11);
        raw.exec("BEGIN; " + std::string(kVersion2Data) +
                 "INSERT INTO session_logs (id, client_id, date, session_pain, note) "
                 "VALUES (9, 7, '2026-11-17', 2, 'old');"
                 "INSERT INTO session_log_entries (log_id, position, exercise_id, status, "
                 "sets_done) VALUES (9, 0, 'clamshell', 'done', 2); COMMIT;");
    }
    auto db = Database::open(path);
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
    TrackingRepository tracking(*db);
    const auto old = tracking.findSessionLog(9);
    ASSERT_TRUE(old);
    EXPECT_EQ(old->log.sessionPain, 2);
    EXPECT_FALSE(old->log.worseNextMorning) << "an old row never recorded the next morning";
}

TEST(TrackingMigration, AFailingStepThreeLeavesVersionTwoIntact)
{
    TempDir dir;
    const auto path = dir.file("blocked.db");
    RawDb raw(path);
    migrate(raw.get(), 2);
    raw.exec("BEGIN; " + std::string(kVersion2Data) + " COMMIT;");
    raw.exec("CREATE TABLE psfs_items (something_else TEXT)"); // in the way of step 3
    try {
        migrate(raw.get(), 3);
        FAIL() << "step 3 should fail";
    } catch (const StorageError& error) {
        EXPECT_NE(std::string(error.what()).find("version 3"), std::string::npos) << error.what();
    }
    EXPECT_EQ(raw.integer("PRAGMA user_version"), 2);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'session_logs'"), 0);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM clients"), 1);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM check_ins"), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, TrackingRepositoryTest, test::kBothBackends, test::backendName);
