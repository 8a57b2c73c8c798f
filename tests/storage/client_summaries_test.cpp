#include "backend_fixture.h"
#include "storage_test_support.h"

#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>

using namespace glidepath;
using namespace glidepath::storage;
using glidepath::test::TempDir;

namespace {

core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

ClientRecord client(const std::string& name)
{
    ClientRecord c;
    c.profile.name = name;
    c.profile.conditions = {core::Condition::HipImbalance, core::Condition::PatellofemoralPain};
    c.profile.age = 52;
    return c;
}

core::CheckIn checkIn(core::Date date, std::vector<core::RedFlag> flags = {})
{
    core::CheckIn c;
    c.date = date;
    c.redFlags = std::move(flags);
    return c;
}

core::Plan plan(core::Date weekStart)
{
    core::Plan p;
    p.weekStart = weekStart;
    for (int i = 0; i < 7; ++i) {
        core::PlanDay d;
        d.date = weekStart + std::chrono::days(i);
        d.kind = core::DayKind::Rest;
        p.days.push_back(d);
    }
    return p;
}

int countStatements(unsigned /*type*/, void* counter, void* /*statement*/, void* /*sql*/)
{
    ++*static_cast<int*>(counter);
    return 0;
}

class ClientSummariesTest : public test::BackendTest
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

    const ClientSummary& summaryOf(const std::vector<ClientSummary>& all, std::int64_t id)
    {
        const auto it = std::find_if(all.begin(), all.end(),
                                     [id](const ClientSummary& s) { return s.id == id; });
        EXPECT_NE(it, all.end());
        return *it;
    }

    // How many statements summaries() runs.
    int statementsForSummaries()
    {
        int count = 0;
        sqlite3_trace_v2(m_db->handle(), SQLITE_TRACE_STMT, countStatements, &count);
        const auto all = m_repo->summaries();
        sqlite3_trace_v2(m_db->handle(), 0, nullptr, nullptr);
        return count;
    }

    std::unique_ptr<ClientRepository> m_repo;
};

} // namespace

TEST_P(ClientSummariesTest, NextReviewIsStoredClearedAndReadBack)
{
    ClientRecord c = client("Mira Review");
    c.profile.nextReview = day(2026, 12, 14);
    c.id = m_repo->create(c);
    EXPECT_EQ(m_repo->find(c.id)->profile.nextReview, day(2026, 12, 14));
    c.profile.nextReview.reset();
    m_repo->update(c);
    EXPECT_FALSE(m_repo->find(c.id)->profile.nextReview.has_value());
    EXPECT_FALSE(summaryOf(m_repo->summaries(), c.id).nextReview.has_value());
}

TEST_P(ClientSummariesTest, AnImpossibleNextReviewIsRefusedWithItsField)
{
    ClientRecord c = client("Far Future");
    c.profile.nextReview = day(2300, 1, 1);
    const StorageError error =
        test::expectError(StorageError::Kind::Invalid, [&] { m_repo->create(c); });
    ASSERT_FALSE(error.issues().empty());
    EXPECT_EQ(error.issues().front().field, "next_review");
}

TEST_P(ClientSummariesTest, SummaryHoldsWhatTheListSortsBy)
{
    ClientRecord quiet = client("Quiet Client");
    quiet.id = m_repo->create(quiet);
    ClientRecord busy = client("Busy Client");
    busy.profile.nextReview = day(2026, 12, 20);
    busy.screeningRedFlags = {core::RedFlag::DvtSigns};
    busy.id = m_repo->create(busy);
    m_repo->addCheckIn(busy.id, checkIn(day(2026, 11, 30), {core::RedFlag::LockedKnee}));
    // Two on the newest date: the one entered later is the newest, as on the Plan page.
    m_repo->addCheckIn(busy.id, checkIn(day(2026, 12, 7), {core::RedFlag::WoundProblem}));
    m_repo->addCheckIn(busy.id, checkIn(day(2026, 12, 7), {core::RedFlag::CannotBearWeight,
                                                           core::RedFlag::DvtSigns}));
    m_repo->addCheckIn(busy.id, checkIn(day(2026, 12, 1)));
    m_repo->savePlan(busy.id, plan(day(2026, 11, 30)));
    m_repo->savePlan(busy.id, plan(day(2026, 12, 7)));
    m_repo->savePlan(busy.id, plan(day(2026, 11, 23)));

    const auto all = m_repo->summaries();
    ASSERT_EQ(all.size(), 2u);
    const ClientSummary& b = summaryOf(all, busy.id);
    EXPECT_EQ(b.name, "Busy Client");
    EXPECT_EQ(b.age, 52);
    EXPECT_FALSE(b.personal);
    EXPECT_EQ(b.conditions, busy.profile.conditions);
    EXPECT_EQ(b.nextReview, day(2026, 12, 20));
    EXPECT_EQ(b.screeningRedFlags, busy.screeningRedFlags);
    EXPECT_EQ(b.newestCheckIn, day(2026, 12, 7));
    EXPECT_EQ(b.newestCheckInRedFlags,
              (std::vector{core::RedFlag::CannotBearWeight, core::RedFlag::DvtSigns}));
    EXPECT_EQ(b.currentPlanWeekStart, day(2026, 12, 7));

    const ClientSummary& q = summaryOf(all, quiet.id);
    EXPECT_TRUE(q.screeningRedFlags.empty());
    EXPECT_FALSE(q.newestCheckIn.has_value());
    EXPECT_TRUE(q.newestCheckInRedFlags.empty());
    EXPECT_FALSE(q.currentPlanWeekStart.has_value());
    EXPECT_FALSE(q.nextReview.has_value());
}

TEST_P(ClientSummariesTest, TenThousandClientsAreReadWithAFixedNumberOfStatements)
{
    if (onServer()) {
        GTEST_SKIP() << "counts statements with SQLite's trace hook";
    }
    const int emptyCount = statementsForSummaries();
    // 10,000 clients written in one go, as a practice that has kept them for years.
    const int rc = sqlite3_exec(
        m_db->handle(),
        "BEGIN;"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
        "INSERT INTO clients (name, side, sessions_per_week, minutes_per_session, age, "
        "notes, personal) SELECT printf('Client %05d', i), 'both', 3, 20, 40, '', 0 "
        "FROM n;"
        "INSERT INTO client_conditions (client_id, position, condition) "
        "SELECT id, 0, 'general_knee_pain' FROM clients;"
        "INSERT INTO check_ins (client_id, date, pain_rest, pain_activity, pain_exercise, "
        "next_morning, night_pain, swelling, adherence, difficulty) "
        "SELECT id, '2026-12-01', 0, 0, 0, 'settled', 0, 'none', 1.0, 'right' "
        "FROM clients WHERE id % 2 = 0;"
        "COMMIT;",
        nullptr, nullptr, nullptr);
    ASSERT_EQ(rc, SQLITE_OK) << sqlite3_errmsg(m_db->handle());
    const ClientRecord flagged = [&] {
        ClientRecord c = client("Flagged Last");
        c.screeningRedFlags = {core::RedFlag::LockedKnee};
        c.id = m_repo->create(c);
        return c;
    }();
    m_repo->savePlan(flagged.id, plan(day(2026, 11, 30)));

    EXPECT_EQ(statementsForSummaries(), emptyCount);
    const auto all = m_repo->summaries();
    ASSERT_EQ(all.size(), 10001u);
    const auto withCheckIn = std::count_if(all.begin(), all.end(), [](const ClientSummary& s) {
        return s.newestCheckIn == day(2026, 12, 1);
    });
    EXPECT_EQ(withCheckIn, 5000);
    EXPECT_EQ(std::count_if(all.begin(), all.end(),
                            [](const ClientSummary& s) {
                                return s.conditions ==
                                       std::vector{core::Condition::GeneralKneePain};
                            }),
              10000);
    const ClientSummary& f = summaryOf(all, flagged.id);
    EXPECT_EQ(f.screeningRedFlags, flagged.screeningRedFlags);
    EXPECT_EQ(f.currentPlanWeekStart, day(2026, 11, 30));
}

INSTANTIATE_TEST_SUITE_P(Backends, ClientSummariesTest, test::kBothBackends, test::backendName);
