// The list windows of ExerciseRepository (rows, countMatching, positionOf, namesOf) and the
// ranking and name order every list shares.

#include "backend_fixture.h"
#include "storage_test_support.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <gtest/gtest.h>

#include <set>

using namespace glidepath;
using namespace glidepath::storage;
using core::Muscle;
using glidepath::test::sampleExercise;
using glidepath::test::TempDir;

namespace {

using Ids = std::vector<std::string>;

Ids idsOf(const std::vector<ExerciseListRow>& rows)
{
    Ids ids;
    for (const auto& row : rows) {
        ids.push_back(row.id);
    }
    return ids;
}

class ExerciseListTest : public test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        m_repo = std::make_unique<ExerciseRepository>(*m_db);
    }

    void add(const std::string& id, const std::string& name, std::vector<Muscle> muscles,
             const std::string& summary = "Works the hip with the knee kept comfortable.",
             std::vector<std::string> cues = {"Keep the pelvis still", "Move slowly"})
    {
        auto e = sampleExercise(id, name);
        e.muscles = std::move(muscles);
        e.summary = summary;
        e.cues = std::move(cues);
        m_repo->create(e);
    }

    Ids ranked(const std::string& text, int limit = 100)
    {
        ExerciseQuery query;
        query.text = text;
        return idsOf(m_repo->rows(query, 0, limit));
    }

    ExerciseRepository& repo() { return *m_repo; }

    std::unique_ptr<ExerciseRepository> m_repo;
};

TEST_P(ExerciseListTest, ExactNameComesFirstThenShortestNamePrefix)
{
    // Many exercises mention clams in their cues; the bm25 of a long name is low.
    for (int i = 0; i < 12; ++i) {
        add("cue-clam-" + std::to_string(i), "Side hold " + std::to_string(i), {Muscle::GluteMed},
            "Holds a side plank.", {"Clam the knees", "Clamshell feeling"});
    }
    add("clamshell-band", "Clamshell with band", {Muscle::GluteMed});
    add("clamshell", "Clamshell", {Muscle::GluteMed});
    add("clamshell-band-heavy", "Clamshell with heavy band", {Muscle::GluteMed});

    const Ids clam = ranked("clam", 3);
    EXPECT_EQ(clam, (Ids{"clamshell", "clamshell-band", "clamshell-band-heavy"}));
    EXPECT_EQ(ranked("clamshell", 1), Ids{"clamshell"});
    EXPECT_EQ(ranked("CLAMSHELL with band", 1), Ids{"clamshell-band"}) << "case is folded";
}

TEST_P(ExerciseListTest, MuscleWordsFindExercisesThatTargetTheMuscleFirst)
{
    // Distractors: "glute" in the name with another main muscle, "med" words in the summary.
    for (int i = 0; i < 40; ++i) {
        add("glute-bridge-" + std::to_string(i), "Glute bridge " + std::to_string(i),
            {Muscle::GluteMax, Muscle::GluteMed}, "A medium effort for the medial knee.");
    }
    add("clamshell", "Clamshell", {Muscle::GluteMed, Muscle::DeepRotators});
    add("side-lying-abduction", "Side-lying leg lift", {Muscle::GluteMed});
    add("terminal-knee-extension", "Terminal knee extension", {Muscle::Vmo, Muscle::Quadriceps});
    add("mini-squat", "Mini squat", {Muscle::Quadriceps, Muscle::Vmo});
    add("adductor-squeeze", "Ball squeeze", {Muscle::Adductors});
    add("copenhagen", "Short lever side plank", {Muscle::Obliques, Muscle::Adductors});

    const std::set<std::string> targetGluteMed{"clamshell", "side-lying-abduction"};
    const Ids gluteMed = ranked("glute med", 2);
    EXPECT_EQ(std::set<std::string>(gluteMed.begin(), gluteMed.end()), targetGluteMed);
    EXPECT_EQ(ranked("gluteus medius", 2).size(), 2u) << "the anatomical name works too";

    EXPECT_EQ(ranked("vmo").front(), "terminal-knee-extension");
    EXPECT_EQ(ranked("vmo").size(), 2u);
    EXPECT_EQ(ranked("vastus medialis").front(), "terminal-knee-extension");
    EXPECT_EQ(ranked("adductor"), (Ids{"adductor-squeeze", "copenhagen"}));
    EXPECT_EQ(ranked("inner thigh").front(), "adductor-squeeze");
}

TEST_P(ExerciseListTest, NamesSortWithAccentsAndCaseFolded)
{
    add("zercher", "Zercher hold", {Muscle::Quadriceps});
    add("eventail-b", "Éventail b", {Muscle::Quadriceps});
    add("eventail-a", "eventail a", {Muscle::Quadriceps});
    add("angle", "Ångström lunge", {Muscle::Quadriceps});
    add("bridge", "bridge", {Muscle::GluteMax});
    add("strasse", "Straße walk", {Muscle::Calves});
    add("stretch", "Stretch", {Muscle::HipFlexors});

    ExerciseQuery byName;
    EXPECT_EQ(
        idsOf(repo().rows(byName, 0, 100)),
        (Ids{"angle", "bridge", "eventail-a", "eventail-b", "strasse", "stretch", "zercher"}));
    byName.order = ExerciseOrder::Name;
    byName.descending = true;
    EXPECT_EQ(idsOf(repo().rows(byName, 0, 2)), (Ids{"zercher", "stretch"}));
    // Full reads use the same order.
    EXPECT_EQ(repo().list().front().id, "angle");
    EXPECT_EQ(repo().list()[2].id, "eventail-a");
}

TEST_P(ExerciseListTest, WindowsCoverTheWholeListWithTheTrueCount)
{
    std::vector<core::Exercise> many;
    for (int i = 0; i < 700; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "Exercise %04d", i);
        many.push_back(sampleExercise("exercise-" + std::to_string(i), name));
    }
    repo().importExercises(many, ClashPolicy::Fail);

    ExerciseQuery all;
    EXPECT_EQ(repo().countMatching(all), 700) << "no cap at 500";
    std::set<std::string> seen;
    for (int offset = 0; offset < 700; offset += 128) {
        for (const auto& row : repo().rows(all, offset, 128)) {
            EXPECT_TRUE(seen.insert(row.id).second) << row.id << " listed twice";
        }
    }
    EXPECT_EQ(seen.size(), 700u);
    EXPECT_EQ(repo().rows(all, 699, 10).size(), 1u);
    EXPECT_EQ(repo().rows(all, 699, 10).front().name, "Exercise 0699");
    EXPECT_EQ(repo().positionOf(all, "exercise-650"), 650);
    EXPECT_EQ(repo().positionOf(all, "no-such"), std::nullopt);

    ExerciseQuery text;
    text.text = "exercise";
    EXPECT_EQ(repo().countMatching(text), 700);
    text.filter.phase = 4; // sampleExercise covers phases 1-2
    EXPECT_EQ(repo().countMatching(text), 0);
}

TEST_P(ExerciseListTest, ColumnOrdersAskTheDatabase)
{
    auto hard = sampleExercise("hard", "Alpha");
    hard.kneeFlexion = core::KneeFlexion::High;
    hard.precautions = {core::Precaution::DeepKneeFlexion};
    hard.phaseMin = 3;
    hard.phaseMax = 4;
    auto none = sampleExercise("none", "Beta");
    none.kneeFlexion = core::KneeFlexion::None;
    auto moderate = sampleExercise("moderate", "Gamma");
    moderate.kneeFlexion = core::KneeFlexion::Moderate;
    repo().importExercises({hard, none, moderate}, ClashPolicy::Fail);

    ExerciseQuery query;
    query.order = ExerciseOrder::KneeFlexion;
    EXPECT_EQ(idsOf(repo().rows(query, 0, 10)), (Ids{"none", "moderate", "hard"}))
        << "by meaning, not alphabet";
    query.descending = true;
    EXPECT_EQ(idsOf(repo().rows(query, 0, 10)), (Ids{"hard", "moderate", "none"}));
    query.order = ExerciseOrder::Phases;
    EXPECT_EQ(repo().rows(query, 0, 1).front().id, "hard");
}

TEST_P(ExerciseListTest, ListRowsCarryWhatTheTableShows)
{
    auto e = sampleExercise("clamshell", "Clamshell");
    e.equipment = {core::Equipment::Mat, core::Equipment::Band};
    repo().create(e);
    repo().setHidden("clamshell", true);
    ExerciseQuery query;
    EXPECT_TRUE(repo().rows(query, 0, 10).empty()) << "hidden ones need includeHidden";
    query.filter.includeHidden = true;
    const auto rows = repo().rows(query, 0, 10);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].name, "Clamshell");
    EXPECT_EQ(rows[0].summary, e.summary);
    EXPECT_EQ(rows[0].equipment, e.equipment);
    EXPECT_EQ(rows[0].kneeFlexion, e.kneeFlexion);
    EXPECT_TRUE(rows[0].hidden);
    EXPECT_FALSE(rows[0].builtin);
}

TEST_P(ExerciseListTest, NamesOfReadsOnlyTheIdsAsked)
{
    add("clamshell", "Clamshell", {Muscle::GluteMed});
    add("bridge", "Bridge", {Muscle::GluteMax});
    const std::size_t before = repo().rowsRead();
    const auto names = repo().namesOf({"bridge", "missing", "bridge"});
    EXPECT_EQ(names.size(), 1u);
    EXPECT_EQ(names.at("bridge"), "Bridge");
    EXPECT_EQ(repo().rowsRead() - before, 1u);
}

TEST_P(ExerciseListTest, RenamingKeepsTheSortKeyAndIndexInStep)
{
    add("one", "Zebra walk", {Muscle::Calves});
    add("two", "Bear crawl", {Muscle::Quadriceps});
    auto renamed = *repo().find("one");
    renamed.name = "Ant walk";
    repo().update(renamed);
    ExerciseQuery query;
    EXPECT_EQ(idsOf(repo().rows(query, 0, 10)), (Ids{"one", "two"}));
    query.text = "ant";
    EXPECT_EQ(idsOf(repo().rows(query, 0, 10)), Ids{"one"});
    query.text = "zebra";
    EXPECT_TRUE(repo().rows(query, 0, 10).empty());
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, ExerciseListTest, test::kBothBackends, test::backendName);
