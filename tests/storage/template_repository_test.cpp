#include "backend_fixture.h"
#include "storage_test_support.h"

#include <glidepath/core/plan_template.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/record_snapshot.h>
#include <glidepath/storage/template_repository.h>

#include <gtest/gtest.h>

using namespace glidepath;
using namespace glidepath::storage;
using glidepath::test::expectError;
using glidepath::test::TempDir;

namespace {

core::PlannedExercise planned(const std::string& id, int sets, int reps)
{
    core::PlannedExercise p;
    p.id = id;
    p.name = id + " name";
    p.sets = sets;
    p.reps = reps;
    p.tempo = "2-1-3";
    p.restSeconds = 45;
    p.side = core::WorkSide::Each;
    p.reason =
        core::Reason("exercise.new", {{"exercise", core::value::exercise(id, id + " name")}});
    p.loadKind = core::LoadKind::Band; // a template keeps the load with the dose
    p.loadLevel = 2;
    return p;
}

core::PlanTemplate runnerTemplate(const std::string& name = "PFP runner, phase 1")
{
    core::PlanTemplate t;
    t.name = name;
    t.note = "Runners with knee pain on stairs.\nStart here.";
    t.phase = 1;
    t.days.resize(7);
    t.days[0] = {
        core::DayKind::Strength, 22, {planned("clamshell", 3, 12), planned("bridge", 2, 10)}};
    t.days[2] = {core::DayKind::Mobility, 10, {planned("hip-flexor-stretch", 1, 0)}};
    t.days[2].exercises[0].holdSeconds = 30;
    t.days[4] = {core::DayKind::Strength, 18, {planned("step-down", 3, 8)}};
    return t;
}

class TemplateRepositoryTest : public test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        templates.emplace(*db);
    }

    std::int64_t count(const std::string& table) { return rows(table); }

    std::unique_ptr<Database>& db = m_db;
    std::optional<TemplateRepository> templates;
};

} // namespace

TEST_P(TemplateRepositoryTest, RoundTripsEveryFieldOfEveryDay)
{
    const auto plan = runnerTemplate();
    const auto id = templates->create(plan);
    const auto found = templates->find(id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->plan, plan);
    EXPECT_FALSE(found->createdAt.empty());
    EXPECT_EQ(templates->findByName("pfp RUNNER, phase 1")->id, id);
    EXPECT_EQ(count("template_exercises"), 4);
}

TEST_P(TemplateRepositoryTest, ListsByNameIgnoringCase)
{
    templates->create(runnerTemplate("hip, phase 2"));
    templates->create(runnerTemplate("Ankle"));
    templates->create(runnerTemplate("Gluteal tendinopathy"));
    const auto list = templates->list();
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].plan.name, "Ankle");
    EXPECT_EQ(list[1].plan.name, "Gluteal tendinopathy");
    EXPECT_EQ(list[2].plan.name, "hip, phase 2");
}

TEST_P(TemplateRepositoryTest, RefusesInvalidTemplatesAndChangesNothing)
{
    auto blank = runnerTemplate("  ");
    const auto error = expectError(StorageError::Kind::Invalid, [&] { templates->create(blank); });
    ASSERT_FALSE(error.issues().empty());
    EXPECT_EQ(error.issues().front().field, "name");

    auto restWithWork = runnerTemplate();
    restWithWork.days[1].exercises.push_back(planned("bridge", 2, 10));
    const auto rest =
        expectError(StorageError::Kind::Invalid, [&] { templates->create(restWithWork); });
    EXPECT_EQ(rest.issues().front().field, "days/1/kind");

    auto noSets = runnerTemplate();
    noSets.days[0].exercises[1].sets = 0;
    const auto sets = expectError(StorageError::Kind::Invalid, [&] { templates->create(noSets); });
    EXPECT_EQ(sets.issues().front().field, "days/0/exercises/1/sets");

    EXPECT_EQ(count("templates"), 0);
    EXPECT_EQ(count("template_days"), 0);
}

TEST_P(TemplateRepositoryTest, RefusesASecondTemplateOfTheSameName)
{
    const auto first = templates->create(runnerTemplate("PFP runner"));
    expectError(StorageError::Kind::Conflict,
                [&] { templates->create(runnerTemplate("pfp RUNNER")); });
    const auto second = templates->create(runnerTemplate("Other"));
    expectError(StorageError::Kind::Conflict,
                [&] { templates->update(second, runnerTemplate("PFP Runner")); });
    EXPECT_EQ(templates->find(second)->plan.name, "Other");
    // Renaming a template to its own name in other letters is fine.
    templates->update(first, runnerTemplate("PFP RUNNER"));
    EXPECT_EQ(templates->find(first)->plan.name, "PFP RUNNER");
}

TEST_P(TemplateRepositoryTest, UpdateReplacesTheDaysAndRemoveTakesThemAway)
{
    const auto id = templates->create(runnerTemplate());
    auto changed = runnerTemplate("Renamed");
    changed.days[0].exercises.pop_back();
    changed.days[6] = {core::DayKind::Strength, 15, {planned("wall-sit", 2, 0)}};
    changed.days[6].exercises[0].holdSeconds = 20;
    templates->update(id, changed);
    EXPECT_EQ(templates->find(id)->plan, changed);

    templates->remove(id);
    EXPECT_FALSE(templates->find(id));
    EXPECT_EQ(count("template_days"), 0);
    EXPECT_EQ(count("template_exercises"), 0);
    expectError(StorageError::Kind::NotFound, [&] { templates->remove(id); });
    expectError(StorageError::Kind::NotFound, [&] { templates->update(id, changed); });
}

TEST_P(TemplateRepositoryTest, ADeletedTemplateComesBackWithItsIdThroughASnapshot)
{
    const auto id = templates->create(runnerTemplate());
    const auto before = templates->find(id);
    const auto snapshot = RecordSnapshot::remove(*db, RecordKind::Template, id);
    EXPECT_FALSE(templates->find(id));
    snapshot.restore(*db);
    const auto after = templates->find(id);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->plan, before->plan);
    EXPECT_EQ(after->createdAt, before->createdAt);
}

TEST(PlanTemplate, FromAPlanKeepsTheWeekAndDatesItAgainForAnyWeek)
{
    core::Plan plan;
    plan.weekStart = *core::parseIsoDate("2026-12-07");
    plan.decision.phase = 2;
    for (int d = 0; d < 7; ++d) {
        core::PlanDay day;
        day.date = plan.weekStart + std::chrono::days(d);
        if (d == 1) {
            day.kind = core::DayKind::Strength;
            day.estimatedMinutes = 20;
            day.exercises = {planned("bridge", 3, 10)};
        }
        plan.days.push_back(day);
    }
    const auto t = core::templateFromPlan(plan, "Hip, phase 2", "note");
    EXPECT_EQ(t.phase, 2);
    EXPECT_TRUE(core::validateTemplate(t).empty());
    const auto days = core::templateDays(t, *core::parseIsoDate("2027-01-04"));
    ASSERT_EQ(days.size(), 7u);
    EXPECT_EQ(days[1].date, *core::parseIsoDate("2027-01-05"));
    EXPECT_EQ(days[1].exercises, plan.days[1].exercises);
    EXPECT_EQ(days[1].kind, core::DayKind::Strength);
}

INSTANTIATE_TEST_SUITE_P(Backends, TemplateRepositoryTest, test::kBothBackends, test::backendName);
