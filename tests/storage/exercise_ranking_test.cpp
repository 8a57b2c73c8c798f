// Search ranking on real libraries: the shipped one and a synthetic library of 10,000 exercises.
// A clinician who types a name wants that exercise first; one who types a muscle wants the
// exercises that target it before those that only mention it.

#include "backend_fixture.h"
#include "storage_test_support.h"
#include "support/synthetic_library.h"

#include <glidepath/io/library_format.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace glidepath;
using namespace glidepath::storage;
using core::Muscle;
using glidepath::test::TempDir;

namespace {

std::vector<std::string> rankedIds(const ExerciseRepository& repo, const std::string& text,
                                   int limit)
{
    ExerciseQuery query;
    query.text = text;
    std::vector<std::string> ids;
    for (const auto& row : repo.rows(query, 0, limit)) {
        ids.push_back(row.id);
    }
    return ids;
}

std::ptrdiff_t positionIn(const std::vector<std::string>& ids, const std::string& id)
{
    const auto it = std::find(ids.begin(), ids.end(), id);
    return it == ids.end() ? static_cast<std::ptrdiff_t>(ids.size()) : it - ids.begin();
}

class BuiltinRankingTest : public test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        m_repo = std::make_unique<ExerciseRepository>(*m_db);
        const auto& shipped = io::builtinLibrary();
        m_repo->seedBuiltins(shipped.exercises, shipped.libraryVersion);
    }

    std::vector<std::string> ranked(const std::string& text)
    {
        return rankedIds(*m_repo, text, 1000);
    }

    std::unique_ptr<ExerciseRepository> m_repo;
};

TEST_P(BuiltinRankingTest, GluteMedListsGluteusMediusExercisesBeforeThoseThatOnlyInvolveIt)
{
    const auto ids = ranked("glute med");
    ASSERT_FALSE(ids.empty());
    EXPECT_EQ(ids.front(), "clamshell");
    for (const std::string later : {"marching-walk", "side-plank"}) {
        EXPECT_LT(positionIn(ids, "clamshell"), positionIn(ids, later)) << later;
        EXPECT_LT(positionIn(ids, "side-lying-hip-abduction"), positionIn(ids, later)) << later;
    }
    // Every exercise whose main muscle is the gluteus medius comes before every other match.
    bool pastTargets = false;
    for (const auto& id : ids) {
        const bool target = m_repo->find(id)->muscles.front() == Muscle::GluteMed;
        EXPECT_FALSE(target && pastTargets) << id << " targets the muscle but comes late";
        pastTargets = pastTargets || !target;
    }
    EXPECT_EQ(ranked("gluteus medius"), ids) << "the anatomical name ranks the same";
}

TEST_P(BuiltinRankingTest, ExactNameFirstThenNamePrefixThenOtherNames)
{
    const auto clam = ranked("clam");
    ASSERT_GE(clam.size(), 3u);
    EXPECT_EQ(clam[0], "clamshell");
    EXPECT_EQ(clam[1], "clamshell-band");
    EXPECT_EQ(clam[2], "side-plank-clam") << "a name holding the word comes next";
    EXPECT_EQ(ranked("Clamshell").front(), "clamshell");
    EXPECT_EQ(ranked("side plank").front(), "side-plank");
}

TEST_P(BuiltinRankingTest, MuscleWordsListTheMusclesExercisesBeforeMereMentions)
{
    const std::map<std::string, Muscle> words{
        {"vmo", Muscle::Vmo}, {"adductor", Muscle::Adductors}, {"quads", Muscle::Quadriceps}};
    for (const auto& [word, muscle] : words) {
        const auto ids = ranked(word);
        ASSERT_FALSE(ids.empty()) << word;
        bool pastMuscle = false;
        for (const auto& id : ids) {
            const auto e = m_repo->find(id);
            const bool works = core::contains(e->muscles, muscle);
            EXPECT_FALSE(works && pastMuscle) << word << ": " << id << " comes late";
            pastMuscle = pastMuscle || !works;
        }
    }
    EXPECT_EQ(ranked("adductor").front(), "half-kneeling-adductor-hold") << "a name first";
}

// At 10,000 exercises the tiers hold across pages: names that start with the text, then other
// names, then main muscles, then the rest, and pages of the window join up without a gap.
class SyntheticRankingTest : public test::BackendTest
{};

TEST_P(SyntheticRankingTest, TiersHoldAcrossPagesOfALargeLibrary)
{
    ExerciseRepository repo(*m_db);
    const auto library = test::makeSyntheticLibrary(10000, 2024);
    repo.importExercises(library, ClashPolicy::Fail);
    std::map<std::string, const core::Exercise*> byId;
    for (const auto& e : library) {
        byId[e.id] = &e;
    }

    ExerciseQuery query;
    query.text = "glute med";
    const int count = repo.countMatching(query);
    ASSERT_GT(count, 300);
    std::vector<std::string> ids;
    for (int offset = 0; offset < count; offset += 128) {
        for (const auto& row : repo.rows(query, offset, 128)) {
            ids.push_back(row.id);
        }
    }
    ASSERT_EQ(static_cast<int>(ids.size()), count) << "pages join up without gaps or repeats";
    int tier = 0;
    for (const auto& id : ids) {
        const core::Exercise& e = *byId.at(id);
        const int mine = e.name.rfind("Glute med", 0) == 0                             ? 0
                         : !e.muscles.empty() && e.muscles.front() == Muscle::GluteMed ? 2
                                                                                       : 3;
        ASSERT_GE(mine, tier) << id << " comes after a better match";
        tier = mine;
    }

    query.text = "clam";
    const auto clam = repo.rows(query, 0, 128);
    ASSERT_FALSE(clam.empty());
    EXPECT_EQ(clam.front().name, "Clamshell") << "the exact name before Clamshell with band";
    bool pastPrefix = false;
    for (const auto& row : clam) {
        const bool prefix = row.name.rfind("Clamshell", 0) == 0;
        EXPECT_FALSE(prefix && pastPrefix) << row.name;
        pastPrefix = pastPrefix || !prefix;
    }
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, BuiltinRankingTest, test::kBothBackends, test::backendName);
INSTANTIATE_TEST_SUITE_P(Backends, SyntheticRankingTest, test::kBothBackends, test::backendName);
