// A client's change history (issue 14) on both backends: the server lists every add, change and
// delete from its audit table, one entry per save of a record (a profile save that rewrites the
// surgery record is one change); a file says only who saved each record last and when, and says
// that this is all it knows.

#include "client_record_fixture.h"
#include "storage_test_support.h"

#include <glidepath/storage/change_history.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/record_snapshot.h>
#include <glidepath/storage/review_repository.h>
#include <glidepath/storage/tracking_repository.h>

#include <gtest/gtest.h>

#include <algorithm>

using namespace glidepath;
using namespace glidepath::storage;
using namespace glidepath::test::records;

namespace {

// After a knee replacement, with a hip-balance answer: a profile save writes three records.
ClientRecord operated(const std::string& name)
{
    ClientRecord c = client(name, core::Condition::PostSurgery);
    core::Surgery surgery;
    surgery.operation = core::Operation::KneeReplacement;
    surgery.date = day("2026-10-05");
    c.profile.surgery = surgery;
    c.profile.hipBalance.sitsForLongPeriods = true;
    return c;
}

core::Plan referral(const char* weekStart)
{
    core::Plan plan;
    plan.weekStart = day(weekStart);
    plan.decision.action = core::Action::Refer;
    plan.decision.light = core::Light::None;
    return plan;
}

core::SessionLog sessionLog(const char* date)
{
    core::SessionLog log;
    log.date = day(date);
    core::LoggedExercise done;
    done.exerciseId = "quad-set";
    done.setsDone = 2;
    log.entries = {done};
    return log;
}

const HistoryEntry* find(const ClientHistory& history, HistoryRecord record, HistoryAction action,
                         std::int64_t id)
{
    const auto it =
        std::find_if(history.entries.begin(), history.entries.end(), [&](const HistoryEntry& e) {
            return e.record == record && e.action == action && e.recordId == id;
        });
    return it == history.entries.end() ? nullptr : &*it;
}

bool newestFirst(const ClientHistory& history)
{
    return std::is_sorted(history.entries.begin(), history.entries.end(),
                          [](const HistoryEntry& a, const HistoryEntry& b) { return a.at > b.at; });
}

class ChangeHistoryTest : public test::ClientRecordTest
{};

} // namespace

TEST_P(ChangeHistoryTest, ListsTheClientsRecordsNewestFirstWithWhoAndWhen)
{
    ClientRepository clients(*m_db);
    const std::int64_t robin = clients.create(operated("Robin"));
    const std::int64_t other = clients.create(operated("Sam"));
    const std::int64_t first = clients.addCheckIn(robin, checkIn("2026-11-30", 3));
    const std::int64_t edited = clients.addCheckIn(robin, checkIn("2026-12-03", 4));
    clients.updateCheckIn(edited, checkIn("2026-12-03", 5));
    const std::int64_t others = clients.addCheckIn(other, checkIn("2026-12-01", 2)); // not listed
    const StoredPlan plan = clients.savePlan(robin, referral("2026-12-07"));
    const StoredPlan again = clients.savePlan(robin, referral("2026-12-07"));
    core::ClinicianReview seen;
    seen.date = day("2026-12-04");
    seen.clinician = "Dr Vega";
    const std::int64_t review = ReviewRepository(*m_db).add(robin, seen).id;

    const ClientHistory history = clientHistory(*m_db, robin);
    EXPECT_EQ(history.everyChange, onServer());
    EXPECT_TRUE(newestFirst(history));
    for (const HistoryEntry& entry : history.entries) {
        EXPECT_EQ(entry.at.size(), 20U) << entry.at; // 2026-12-03T09:15:00Z
        EXPECT_FALSE(entry.record == HistoryRecord::Profile && entry.recordId == other);
        EXPECT_FALSE(entry.record == HistoryRecord::CheckIn && entry.recordId == others);
    }

    const HistoryEntry* added = find(history, HistoryRecord::CheckIn, HistoryAction::Added, first);
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->date, day("2026-11-30"));
    EXPECT_FALSE(added->by.empty()) << "a server role or the computer's login name";

    const HistoryEntry* changed =
        find(history, HistoryRecord::CheckIn, HistoryAction::Changed, edited);
    ASSERT_NE(changed, nullptr);
    EXPECT_EQ(changed->date, day("2026-12-03"));

    const HistoryEntry* version2 =
        find(history, HistoryRecord::Plan, HistoryAction::Added, again.id);
    ASSERT_NE(version2, nullptr);
    EXPECT_EQ(version2->date, day("2026-12-07"));
    EXPECT_EQ(version2->planVersion, 2);
    ASSERT_NE(find(history, HistoryRecord::Plan, HistoryAction::Added, plan.id), nullptr);
    ASSERT_NE(find(history, HistoryRecord::Review, HistoryAction::Added, review), nullptr);

    if (onServer()) {
        // Every save: the first check-in's own add as well as its change, the client's add.
        EXPECT_NE(find(history, HistoryRecord::CheckIn, HistoryAction::Added, edited), nullptr);
        EXPECT_NE(find(history, HistoryRecord::Profile, HistoryAction::Added, robin), nullptr);
        EXPECT_EQ(changed->by, added->by);
        EXPECT_EQ(changed->saves, 0);
        // Six records added and one changed, each save listed once.
        EXPECT_EQ(history.entries.size(), 7U);
    } else {
        // A file keeps the last save of each record: the edited check-in appears once, changed
        // on its second save; plans have no author there, a review names its clinician.
        EXPECT_EQ(find(history, HistoryRecord::CheckIn, HistoryAction::Added, edited), nullptr);
        EXPECT_EQ(changed->saves, 2);
        EXPECT_EQ(version2->by, "");
        EXPECT_EQ(find(history, HistoryRecord::Review, HistoryAction::Added, review)->by,
                  "Dr Vega");
        EXPECT_EQ(history.entries.size(), 6U); // profile, 2 check-ins, 2 plans, 1 review
    }
}

TEST_P(ChangeHistoryTest, AProfileSaveIsOneChangeThoughItRewritesTheSurgeryRecord)
{
    ClientRepository clients(*m_db);
    const std::int64_t id = clients.create(operated("Robin"));
    ClientRecord record = *clients.find(id);
    record.profile.age = 58;
    clients.update(record);

    const ClientHistory history = clientHistory(*m_db, id);
    ASSERT_FALSE(history.entries.empty());
    const HistoryEntry& newest = history.entries.front();
    EXPECT_EQ(newest.record, HistoryRecord::Profile);
    EXPECT_EQ(newest.action, HistoryAction::Changed);
    EXPECT_EQ(newest.recordId, id);
    if (onServer()) {
        ASSERT_EQ(history.entries.size(), 2U) << "the add and the change, nothing for the surgery";
        EXPECT_EQ(history.entries[1].action, HistoryAction::Added);
    } else {
        ASSERT_EQ(history.entries.size(), 1U);
        EXPECT_EQ(newest.saves, 2);
    }
}

TEST_P(ChangeHistoryTest, DeletionsAreListedOnlyWhereTheyAreRecorded)
{
    ClientRepository clients(*m_db);
    TrackingRepository tracking(*m_db);
    const std::int64_t id = clients.create(operated("Robin"));
    const std::int64_t other = clients.create(operated("Sam"));
    const std::int64_t kept = tracking.addSessionLog(id, sessionLog("2026-12-02"));
    const std::int64_t gone = tracking.addSessionLog(id, sessionLog("2026-12-03"));
    const std::int64_t checkInGone = clients.addCheckIn(id, checkIn("2026-11-03", 4));
    const StoredPlan planGone = clients.savePlan(id, referral("2026-11-30"));
    const std::int64_t othersGone = clients.addCheckIn(other, checkIn("2026-11-04", 2));
    // Deleted and put back with the same id (undo of a delete): both steps are on the record.
    RecordSnapshot::remove(*m_db, RecordKind::SessionLog, kept).restore(*m_db);
    // Deleted for good: only the audit still says whose they were.
    tracking.removeSessionLog(gone);
    clients.removeCheckIn(checkInGone);
    RecordSnapshot::remove(*m_db, RecordKind::Plan, planGone.id);
    clients.removeCheckIn(othersGone);

    const ClientHistory history = clientHistory(*m_db, id);
    if (onServer()) {
        const HistoryEntry* deleted =
            find(history, HistoryRecord::SessionLog, HistoryAction::Deleted, kept);
        ASSERT_NE(deleted, nullptr);
        EXPECT_EQ(deleted->date, day("2026-12-02"));
        EXPECT_NE(find(history, HistoryRecord::SessionLog, HistoryAction::Added, kept), nullptr);
        // A record gone for good is listed as added and deleted, with the date it had.
        const HistoryEntry* log =
            find(history, HistoryRecord::SessionLog, HistoryAction::Deleted, gone);
        ASSERT_NE(log, nullptr);
        EXPECT_EQ(log->date, day("2026-12-03"));
        EXPECT_NE(find(history, HistoryRecord::SessionLog, HistoryAction::Added, gone), nullptr);
        const HistoryEntry* check =
            find(history, HistoryRecord::CheckIn, HistoryAction::Deleted, checkInGone);
        ASSERT_NE(check, nullptr);
        EXPECT_EQ(check->date, day("2026-11-03"));
        EXPECT_EQ(check->by, history.entries.front().by);
        EXPECT_FALSE(check->by.empty());
        const HistoryEntry* plan =
            find(history, HistoryRecord::Plan, HistoryAction::Deleted, planGone.id);
        ASSERT_NE(plan, nullptr);
        EXPECT_EQ(plan->date, day("2026-11-30"));
        EXPECT_EQ(plan->planVersion, 1);
        // The newest change is the last deletion of Robin's records, not Sam's check-in.
        EXPECT_EQ(history.entries.front().record, HistoryRecord::Plan);
        EXPECT_EQ(find(history, HistoryRecord::CheckIn, HistoryAction::Deleted, othersGone),
                  nullptr);
        EXPECT_EQ(find(history, HistoryRecord::CheckIn, HistoryAction::Added, othersGone), nullptr);
        EXPECT_TRUE(newestFirst(history));
    } else {
        // A file keeps no time for session logs and no trace of what was deleted: none is
        // listed, rather than a guessed one.
        for (const HistoryEntry& entry : history.entries) {
            EXPECT_NE(entry.record, HistoryRecord::SessionLog);
            EXPECT_NE(entry.action, HistoryAction::Deleted);
            EXPECT_FALSE(entry.record == HistoryRecord::CheckIn && entry.recordId == checkInGone);
            EXPECT_FALSE(entry.record == HistoryRecord::Plan && entry.recordId == planGone.id);
        }
    }
}

TEST_P(ChangeHistoryTest, AMissingClientIsNotFoundAndAReadOnlyHandleReads)
{
    test::expectError(StorageError::Kind::NotFound, [&] { clientHistory(*m_db, 4242); });
    ClientRepository clients(*m_db);
    const std::int64_t id = clients.create(operated("Robin"));
    const auto reader = openDatabase(Access::ReadOnly);
    EXPECT_EQ(clientHistory(*reader, id).entries.size(), clientHistory(*m_db, id).entries.size());
}

INSTANTIATE_TEST_SUITE_P(Backends, ChangeHistoryTest, test::kBothBackends, test::backendName);
