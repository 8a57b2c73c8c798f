#include "backend_fixture.h"
#include "storage_test_support.h"

#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <regex>

using namespace glidepath;
using namespace glidepath::storage;
using glidepath::test::expectError;
using glidepath::test::TempDir;
using namespace std::chrono_literals;

namespace {

core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

ClientRecord sampleClient(const std::string& name)
{
    ClientRecord c;
    c.profile.name = name;
    c.profile.conditions = {core::Condition::PatellofemoralPain, core::Condition::HipImbalance};
    c.profile.side = core::Side::Right;
    c.profile.goals = {core::Goal::Stairs, core::Goal::Running};
    c.profile.equipment = {core::Equipment::Band, core::Equipment::Mat, core::Equipment::Step};
    c.profile.sessionsPerWeek = 4;
    c.profile.minutesPerSession = 25;
    c.profile.age = 41;
    c.profile.notes = "Runs 10 km on Sundays.\nSecond line.";
    c.screeningRedFlags = {};
    return c;
}

core::CheckIn sampleCheckIn(core::Date date)
{
    core::CheckIn c;
    c.date = date;
    c.painRest = 1;
    c.painActivity = 3;
    c.painExercise = 2;
    c.nextMorning = core::NextMorning::Higher;
    c.nightPain = true;
    c.swelling = core::Swelling::Same;
    c.adherence = 0.75;
    c.painfulExercises = {{"step-down", 4}, {"split-squat", 6}};
    c.difficulty = core::Difficulty::TooHard;
    c.redFlags = {core::RedFlag::LockedKnee, core::RedFlag::CannotBearWeight};
    return c;
}

// A reason as a plan saved before reasons were data holds it: words only.
core::Reason storedWords(std::string rule, std::string words)
{
    core::Reason reason(std::move(rule));
    reason.text = std::move(words);
    return reason;
}

core::Plan samplePlan(core::Date weekStart)
{
    core::Plan plan;
    plan.weekStart = weekStart;
    plan.decision.action = core::Action::Progress;
    plan.decision.light = core::Light::Green;
    plan.decision.phase = 2;
    plan.decision.greenWeeksInPhase = 2; // stored since schema v4; the phase gates read it back
    // Reasons are data (every kind of value, to round-trip through the text columns), and one
    // holds only the words of a plan saved before reasons were data.
    namespace value = core::value;
    plan.decision.reasons = {
        core::Reason("light.green", {{"pain", value::pain(1)},
                                     {"green_max", value::number(2)},
                                     {"since", value::date(weekStart)}}),
        core::Reason("phase.gate.1_2",
                     {{"met", value::list({value::list(
                                  {value::word("rest_pain"), value::number(2), value::pain(1)})})},
                      {"adherence", value::percent(0.75)},
                      {"clinician", value::text("Dr O'Neil, 50% \"sure\" = yes; a,b [c]")},
                      {"exercise", value::exercise("split-squat", "Split squat", 6)}}),
        storedWords("light.amber.trend", "Rest pain rose by 1 point.")};
    plan.advice = {core::Reason("advice.pain_limits",
                                {{"green_max", value::number(2)}, {"amber_max", value::number(5)}}),
                   core::Reason("advice.one_change")};
    for (int i = 0; i < 7; ++i) {
        core::PlanDay d;
        d.date = weekStart + std::chrono::days{i};
        d.kind = i % 2 == 0 ? core::DayKind::Strength
                            : (i == 3 ? core::DayKind::Mobility : core::DayKind::Rest);
        if (d.kind != core::DayKind::Rest) {
            d.estimatedMinutes = 20 + i;
            d.exercises.push_back({"pelvic-curl", "Pelvic curl", 3, 10, 3, "2-1-3", 45,
                                   core::WorkSide::Both,
                                   core::Reason("dose.progress", {{"case", value::word("step")}})});
            d.exercises.push_back({"side-plank", "Side plank", 2, 0, 20, "", 30,
                                   core::WorkSide::Each, storedWords("", "Hold for time.")});
            d.exercises.push_back({"step-down", "Step-down", 3, 8, 0, "1-0-3", 60,
                                   core::WorkSide::Right, core::Reason("edit.add")});
        }
        plan.days.push_back(d);
    }
    plan.overrides = {
        {"swap", 2, "split-squat", "mini-squat", "Swapped Split squat for Mini-squat"},
        {"remove", 4, "side-plank", "", "Removed Side plank"}};
    return plan;
}

class ClientRepositoryTest : public test::BackendTest
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

    ClientRepository& repo() { return *m_repo; }

    std::unique_ptr<ClientRepository> m_repo;
};

void expectSameClient(const ClientRecord& a, const ClientRecord& b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.profile, b.profile);
    EXPECT_EQ(a.screeningRedFlags, b.screeningRedFlags);
    EXPECT_EQ(a.screeningAnsweredNo, b.screeningAnsweredNo);
    EXPECT_EQ(a.personal, b.personal);
}

} // namespace

TEST_P(ClientRepositoryTest, CreateFindUpdateRemove)
{
    auto client = sampleClient("Alex Example");
    client.screeningRedFlags = {core::RedFlag::ConstantOrNightPain};
    client.id = 999; // ignored: the database gives the id
    const auto id = repo().create(client);
    EXPECT_GT(id, 0);
    client.id = id;
    auto found = repo().find(id);
    ASSERT_TRUE(found);
    expectSameClient(*found, client);
    EXPECT_FALSE(repo().find(id + 1));

    client.profile.name = "Alex Renamed";
    client.profile.conditions = {core::Condition::PostSurgery};
    client.profile.goals.clear();
    client.screeningRedFlags.clear();
    repo().update(client);
    expectSameClient(*repo().find(id), client);

    repo().remove(id);
    EXPECT_FALSE(repo().find(id));
    expectError(StorageError::Kind::NotFound, [&] { repo().remove(id); });
    expectError(StorageError::Kind::NotFound, [&] { repo().update(client); });
}

TEST_P(ClientRepositoryTest, ScreeningKeepsNoAnswersApartFromUnaskedQuestions)
{
    auto client = sampleClient("Sam");
    client.screeningRedFlags = {core::RedFlag::LockedKnee};
    client.screeningAnsweredNo = {core::RedFlag::HotSwollenJointFever,
                                  core::RedFlag::CannotBearWeight};
    client.id = repo().create(client);
    auto found = repo().find(client.id);
    ASSERT_TRUE(found);
    expectSameClient(*found, client);
    EXPECT_EQ(core::unansweredRedFlags(found->screeningRedFlags, found->screeningAnsweredNo).size(),
              core::allValues<core::RedFlag>().size() - 3);

    // Every question answered: nothing left unanswered.
    client.screeningAnsweredNo.clear();
    for (const core::RedFlag flag : core::allValues<core::RedFlag>()) {
        if (flag != core::RedFlag::LockedKnee) {
            client.screeningAnsweredNo.push_back(flag);
        }
    }
    repo().update(client);
    found = repo().find(client.id);
    expectSameClient(*found, client);
    EXPECT_TRUE(
        core::unansweredRedFlags(found->screeningRedFlags, found->screeningAnsweredNo).empty());

    // Answered both ways is refused and changes nothing.
    auto both = client;
    both.screeningAnsweredNo.push_back(core::RedFlag::LockedKnee);
    const auto error = expectError(StorageError::Kind::Invalid, [&] { repo().update(both); });
    ASSERT_EQ(error.issues().size(), 1u);
    EXPECT_EQ(error.issues()[0].field,
              "screening_answered_no/" + std::to_string(both.screeningAnsweredNo.size() - 1));
    expectSameClient(*repo().find(client.id), client);
}

TEST_P(ClientRepositoryTest, InvalidProfilesAreRefusedWithFields)
{
    auto client = sampleClient("Alex");
    client.profile.conditions.clear();
    client.profile.sessionsPerWeek = 9;
    client.screeningRedFlags = {core::RedFlag::LockedKnee, core::RedFlag::LockedKnee};
    const auto error = expectError(StorageError::Kind::Invalid, [&] { repo().create(client); });
    std::vector<std::string> fields;
    for (const auto& issue : error.issues()) {
        fields.push_back(issue.field);
    }
    EXPECT_EQ(fields, (std::vector<std::string>{"conditions", "sessions_per_week",
                                                "screening_red_flags/1"}));
    EXPECT_EQ(rows("clients"), 0);

    const auto id = repo().create(sampleClient("Alex"));
    auto stored = *repo().find(id);
    stored.profile.minutesPerSession = 5;
    expectError(StorageError::Kind::Invalid, [&] { repo().update(stored); });
    EXPECT_EQ(repo().find(id)->profile.minutesPerSession, 25);
}

TEST_P(ClientRepositoryTest, ListSearchesNamesByName)
{
    repo().create(sampleClient("bella Stone"));
    repo().create(sampleClient("Adam 100%_sure"));
    repo().create(sampleClient("Carla Bell"));
    const auto names = [&](std::string_view search) {
        std::vector<std::string> out;
        for (const auto& c : repo().list(search)) {
            out.push_back(c.profile.name);
        }
        return out;
    };
    using Names = std::vector<std::string>;
    EXPECT_EQ(names(""), (Names{"Adam 100%_sure", "bella Stone", "Carla Bell"}));
    EXPECT_EQ(names("bell"), (Names{"bella Stone", "Carla Bell"}));
    EXPECT_EQ(names("BELL"), (Names{"bella Stone", "Carla Bell"}));
    EXPECT_EQ(names("%"), Names{"Adam 100%_sure"}) << "% is a plain character";
    EXPECT_EQ(names("_"), Names{"Adam 100%_sure"}) << "_ is a plain character";
    EXPECT_EQ(names("0%_s"), Names{"Adam 100%_sure"});
    EXPECT_TRUE(names("zz").empty());
    EXPECT_TRUE(names("'; DROP TABLE clients; --").empty());
    EXPECT_EQ(rows("clients"), 3);
    EXPECT_EQ(repo().count(), 3);
}

TEST_P(ClientRepositoryTest, PersonalClientIsCreatedOnceAndStaysSingle)
{
    const auto first = repo().personalClient("Me");
    EXPECT_TRUE(first.personal);
    EXPECT_EQ(first.profile.name, "Me");
    EXPECT_GT(first.id, 0);
    const auto second = repo().personalClient("Someone else");
    EXPECT_EQ(second.id, first.id);
    EXPECT_EQ(second.profile.name, "Me");
    EXPECT_EQ(rows("clients"), 1);

    auto other = sampleClient("Other");
    other.personal = true;
    expectError(StorageError::Kind::Conflict, [&] { repo().create(other); });
    other.personal = false;
    other.id = repo().create(other);
    other.personal = true;
    expectError(StorageError::Kind::Conflict, [&] { repo().update(other); });

    // The personal profile can be completed and updated like any other.
    auto me = first;
    me.profile.conditions = {core::Condition::GeneralKneePain};
    repo().update(me);
    EXPECT_EQ(repo().personalClient("x").profile.conditions, me.profile.conditions);
}

TEST_P(ClientRepositoryTest, CheckInsRoundTripOldestFirst)
{
    const auto id = repo().create(sampleClient("Alex"));
    const auto later = sampleCheckIn(day(2026, 3, 9));
    auto earlier = sampleCheckIn(day(2026, 3, 2));
    earlier.painfulExercises.clear();
    earlier.redFlags.clear();
    earlier.adherence = 1.0 / 3.0;
    const auto laterId = repo().addCheckIn(id, later);
    const auto earlierId = repo().addCheckIn(id, earlier);

    auto stored = repo().checkIns(id);
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].id, earlierId);
    EXPECT_EQ(stored[0].clientId, id);
    EXPECT_EQ(stored[0].checkIn, earlier);
    EXPECT_EQ(stored[1].id, laterId);
    EXPECT_EQ(stored[1].checkIn, later);

    auto changed = later;
    changed.painExercise = 7;
    changed.painfulExercises = {{"clamshell", 1}};
    changed.redFlags = {core::RedFlag::UnexplainedWeightLoss};
    repo().updateCheckIn(laterId, changed);
    EXPECT_EQ(repo().checkIns(id)[1].checkIn, changed);
    EXPECT_EQ(rows("check_in_painful_exercises"), 1);

    repo().removeCheckIn(earlierId);
    ASSERT_EQ(repo().checkIns(id).size(), 1u);
    expectError(StorageError::Kind::NotFound, [&] { repo().removeCheckIn(earlierId); });
    expectError(StorageError::Kind::NotFound, [&] { repo().updateCheckIn(earlierId, changed); });
    expectError(StorageError::Kind::NotFound, [&] { repo().addCheckIn(id + 50, changed); });

    auto bad = later;
    bad.painRest = 12;
    bad.painfulExercises["step-down"] = 11;
    const auto error =
        expectError(StorageError::Kind::Invalid, [&] { repo().addCheckIn(id, bad); });
    EXPECT_EQ(error.issues().size(), 2u);
    EXPECT_EQ(repo().checkIns(id).size(), 1u);
    EXPECT_TRUE(repo().checkIns(id + 50).empty());
}

TEST_P(ClientRepositoryTest, PlansRoundTripEqual)
{
    const auto id = repo().create(sampleClient("Alex"));
    auto plan = samplePlan(day(2026, 3, 2));
    // Schema 9: the load of a planned exercise is kept.
    for (core::PlanDay& d : plan.days) {
        for (core::PlannedExercise& e : d.exercises) {
            e.loadKind = core::LoadKind::Band;
            e.loadLevel = 2;
            break;
        }
    }
    const auto saved = repo().savePlan(id, plan);
    EXPECT_GT(saved.id, 0);
    EXPECT_EQ(saved.clientId, id);
    EXPECT_EQ(saved.version, 1);
    EXPECT_EQ(saved.plan, plan);
    EXPECT_TRUE(
        std::regex_match(saved.savedAt, std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)")))
        << saved.savedAt;

    const auto loaded = repo().findPlan(saved.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->plan, plan);
    EXPECT_EQ(loaded->version, 1);
    EXPECT_EQ(loaded->savedAt, saved.savedAt);
    EXPECT_EQ(loaded->clientId, id);
    EXPECT_FALSE(repo().findPlan(saved.id + 100));

    // An empty plan (a referral week) round-trips too.
    core::Plan refer;
    refer.weekStart = day(2026, 3, 9);
    refer.decision.action = core::Action::Refer;
    refer.decision.light = core::Light::None;
    EXPECT_EQ(repo().findPlan(repo().savePlan(id, refer).id)->plan, refer);
}

TEST_P(ClientRepositoryTest, SavingTheSameWeekAgainAddsAVersion)
{
    const auto id = repo().create(sampleClient("Alex"));
    const auto other = repo().create(sampleClient("Bea"));
    const auto week1 = day(2026, 3, 2);
    const auto week2 = day(2026, 3, 9);
    auto plan = samplePlan(week1);
    EXPECT_EQ(repo().savePlan(id, plan).version, 1);
    plan.advice.push_back(storedWords("", "Edited by the clinician."));
    EXPECT_EQ(repo().savePlan(id, plan).version, 2);
    EXPECT_EQ(repo().savePlan(id, samplePlan(week2)).version, 1);
    EXPECT_EQ(repo().savePlan(other, samplePlan(week1)).version, 1) << "versions are per client";
    plan.overrides.clear();
    EXPECT_EQ(repo().savePlan(id, plan).version, 3);

    const auto all = repo().plans(id);
    ASSERT_EQ(all.size(), 4u);
    std::vector<std::pair<core::Date, int>> order;
    for (const auto& p : all) {
        order.emplace_back(p.plan.weekStart, p.version);
    }
    EXPECT_EQ(order, (std::vector<std::pair<core::Date, int>>{
                         {week2, 1}, {week1, 3}, {week1, 2}, {week1, 1}}));
    EXPECT_EQ(all[1].plan, plan);
    EXPECT_EQ(all[2].plan.advice.back().text, "Edited by the clinician.");

    const auto latest = repo().latestPlan(id);
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->plan.weekStart, week2);
    EXPECT_FALSE(repo().latestPlan(id + 100));
    expectError(StorageError::Kind::NotFound, [&] { repo().savePlan(id + 100, plan); });
}

TEST_P(ClientRepositoryTest, RemovingAClientRemovesAllOfTheirData)
{
    const auto keep = repo().create(sampleClient("Keep"));
    const auto gone = repo().create([] {
        auto c = sampleClient("Gone");
        c.screeningRedFlags = {core::RedFlag::LockedKnee};
        c.screeningAnsweredNo = {core::RedFlag::CannotBearWeight};
        return c;
    }());
    for (const auto id : {keep, gone}) {
        repo().addCheckIn(id, sampleCheckIn(day(2026, 3, 2)));
        repo().savePlan(id, samplePlan(day(2026, 3, 2)));
        repo().savePlan(id, samplePlan(day(2026, 3, 2)));
    }
    const std::vector<std::string> tables{"clients",
                                          "client_conditions",
                                          "client_goals",
                                          "client_equipment",
                                          "client_red_flags",
                                          "client_red_flags_no",
                                          "check_ins",
                                          "check_in_painful_exercises",
                                          "check_in_red_flags",
                                          "plans",
                                          "plan_reasons",
                                          "plan_advice",
                                          "plan_days",
                                          "plan_exercises",
                                          "plan_overrides"};
    std::map<std::string, std::int64_t> before;
    for (const auto& table : tables) {
        before[table] = rows(table);
        EXPECT_GT(before[table], 0) << table;
    }
    repo().remove(gone);
    for (const auto& table : tables) {
        if (table == "client_red_flags" || table == "client_red_flags_no") {
            EXPECT_EQ(rows(table), 0) << table; // only the removed client had flags
        } else {
            EXPECT_EQ(rows(table) * 2, before[table]) << table << ": exactly half remain";
        }
    }
    EXPECT_EQ(repo().checkIns(keep).size(), 1u);
    EXPECT_EQ(repo().plans(keep).size(), 2u);
    EXPECT_TRUE(repo().checkIns(gone).empty());
    EXPECT_TRUE(repo().plans(gone).empty());
    EXPECT_TRUE(m_db->integrityProblems().empty());
}

TEST_P(ClientRepositoryTest, EverySchemaTableHangingOffClientsCascades)
{
    if (onServer()) {
        GTEST_SKIP() << "reads SQLite's schema; the server's is checked in storage_pg_tests";
    }
    // Guards future migrations: every table with a client_id column must cascade.
    sqlite3_stmt* stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(m_db->handle(),
                                 "SELECT m.name, f.\"table\", f.on_delete FROM sqlite_schema m "
                                 "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'",
                                 -1, &stmt, nullptr),
              SQLITE_OK);
    int clientLinks = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const std::string table = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        const std::string parent = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1));
        const std::string onDelete = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 2));
        if (parent == "clients" || parent == "check_ins" || parent == "plans" ||
            parent == "plan_days" || parent == "client_surgery") {
            ++clientLinks;
            EXPECT_EQ(onDelete, "CASCADE") << table << " -> " << parent;
        }
    }
    sqlite3_finalize(stmt);
    EXPECT_GE(clientLinks, 18); // 13 before schema v6
}

INSTANTIATE_TEST_SUITE_P(Backends, ClientRepositoryTest, test::kBothBackends, test::backendName);
