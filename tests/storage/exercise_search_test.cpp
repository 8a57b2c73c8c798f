#include "backend_fixture.h"
#include "storage_test_support.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <gtest/gtest.h>

using namespace glidepath;
using namespace glidepath::storage;
using core::Exercise;
using glidepath::test::sampleExercise;
using glidepath::test::TempDir;

namespace {

using Ids = std::vector<std::string>;

Ids idsOf(const std::vector<Exercise>& exercises)
{
    Ids ids;
    for (const auto& e : exercises) {
        ids.push_back(e.id);
    }
    return ids;
}

Exercise make(const std::string& id, const std::string& name, const std::string& summary,
              std::vector<std::string> cues, std::vector<core::Muscle> muscles)
{
    auto e = sampleExercise(id, name);
    e.summary = summary;
    e.cues = std::move(cues);
    e.muscles = std::move(muscles);
    return e;
}

class ExerciseSearchTest : public test::BackendTest
{
protected:
    void SetUp() override
    {
        using core::Muscle;
        BackendTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        m_repo = std::make_unique<ExerciseRepository>(*m_db);
        m_repo->create(make("clamshell", "Clamshell", "Opens the knees like a shell.",
                            {"Heels stay together", "Pelvis still"},
                            {Muscle::GluteMed, Muscle::DeepRotators}));
        m_repo->create(make("clamshell-band", "Clamshell with band",
                            "The same shell opening against a loop.",
                            {"Band just above the knees", "Slow return"}, {Muscle::GluteMed}));
        m_repo->create(make("bridge-march", "Bridge march", "Lifts one foot at a time.",
                            {"Hips level", "Ribs soft"}, {Muscle::GluteMax, Muscle::Hamstrings}));
        m_repo->create(make("wall-sit", "Wall sit", "Holds a shallow squat.",
                            {"Think of a bridge from shoulders to knees", "Breathe"},
                            {Muscle::Quadriceps}));
        m_repo->create(make("cafe-stretch", "Café stretch", "Eases the front of the hip.",
                            {"Tall spine", "Gentle pressure"}, {Muscle::HipFlexors}));
    }

    ExerciseRepository& repo() { return *m_repo; }

    std::unique_ptr<ExerciseRepository> m_repo;
};

} // namespace

TEST_P(ExerciseSearchTest, EveryWordMatchesAsAPrefix)
{
    EXPECT_EQ(idsOf(repo().search("clam ban")), Ids{"clamshell-band"});
    EXPECT_EQ(idsOf(repo().search("ban clam")), Ids{"clamshell-band"});
    EXPECT_EQ(repo().search("clam").size(), 2u);
    EXPECT_EQ(idsOf(repo().search("CLAMSHELL WITH")), Ids{"clamshell-band"});
    EXPECT_TRUE(repo().search("clam zebra").empty());
    EXPECT_TRUE(repo().search("lamshell").empty()) << "prefixes, not substrings";
}

TEST_P(ExerciseSearchTest, SearchesSummaryCuesAndMuscles)
{
    EXPECT_EQ(idsOf(repo().search("shallow")), Ids{"wall-sit"});      // summary
    EXPECT_EQ(idsOf(repo().search("heels")), Ids{"clamshell"});       // cue
    EXPECT_EQ(idsOf(repo().search("hamstr")), Ids{"bridge-march"});   // muscle
    // Muscles by their German words too (both were once listed under the wrong key).
    EXPECT_EQ(idsOf(repo().search("ischiocrurale")), Ids{"bridge-march"});
    EXPECT_EQ(idsOf(repo().search("oberschenkelrück")), Ids{"bridge-march"});
    EXPECT_EQ(idsOf(repo().search("quadriceps")), Ids{"wall-sit"});   // muscle
    EXPECT_EQ(idsOf(repo().search("hip flex")), Ids{"cafe-stretch"}); // hip_flexors
    EXPECT_TRUE(repo().search("lie").empty()) << "instructions are not searched";
}

TEST_P(ExerciseSearchTest, IgnoresAccents)
{
    EXPECT_EQ(idsOf(repo().search("cafe")), Ids{"cafe-stretch"});
    EXPECT_EQ(idsOf(repo().search("Café")), Ids{"cafe-stretch"});
}

TEST_P(ExerciseSearchTest, NameMatchRanksAboveCueMatch)
{
    // "bridge" is the name of one exercise and only a cue of another.
    EXPECT_EQ(idsOf(repo().search("bridge")), (Ids{"bridge-march", "wall-sit"}));
    // "shell" is in both clamshell summaries; "band" in a name beats "band" in a cue.
    EXPECT_EQ(idsOf(repo().search("band")).front(), "clamshell-band");
}

TEST_P(ExerciseSearchTest, NameMatchRanksAboveCueMatchWhateverTheInsertOrder)
{
    // The cue match is stored first and has the shorter text; the name still wins.
    ExerciseRepository& repository = repo();
    for (const auto& e : repository.list()) {
        repository.remove(e.id);
    }
    repository.create(
        make("aa", "Squat", "Bends.", {"Step wide", "Step slow"}, {core::Muscle::Quadriceps}));
    repository.create(make("bb", "Lateral step with a long name for the test",
                           "Moves sideways along a line on the floor, keeping the knees soft.",
                           {"Keep the band taut", "Look ahead"}, {core::Muscle::GluteMed}));
    EXPECT_EQ(idsOf(repository.search("step")), (Ids{"bb", "aa"}));
}

TEST_P(ExerciseSearchTest, EmptyTextListsEverythingByName)
{
    EXPECT_EQ(idsOf(repo().search("")),
              (Ids{"bridge-march", "cafe-stretch", "clamshell", "clamshell-band", "wall-sit"}));
    EXPECT_EQ(idsOf(repo().search("   ")).size(), 5u);
    EXPECT_EQ(idsOf(repo().search("", {}, 2)), (Ids{"bridge-march", "cafe-stretch"}));
}

TEST_P(ExerciseSearchTest, FilterAndHiddenAndLimit)
{
    ExerciseFilter strength;
    strength.category = core::Category::Strength;
    EXPECT_TRUE(repo().search("clam", strength).empty());
    ExerciseFilter hip;
    hip.region = core::Region::Hip;
    EXPECT_EQ(repo().search("clam", hip).size(), 2u);

    repo().setHidden("clamshell", true);
    EXPECT_EQ(idsOf(repo().search("clam")), Ids{"clamshell-band"});
    ExerciseFilter all;
    all.includeHidden = true;
    EXPECT_EQ(repo().search("clam", all).size(), 2u);
    EXPECT_EQ(repo().search("clam", all, 1).size(), 1u);
    EXPECT_EQ(repo().search("clam", all, 0).size(), 2u) << "0 means no limit";
}

TEST_P(ExerciseSearchTest, HostileTextIsNeverQuerySyntax)
{
    const std::vector<std::string> hostile{
        "\"",
        "\"\"",
        "clam\"",
        "\"clam",
        "'",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "clam OR",
        "NEAR(clam band)",
        "NEAR(clam band, 2)",
        "-",
        "-clam",
        "clam -band",
        "name:clam",
        "{name summary}:clam",
        "^clam",
        "*",
        "clam*",
        "**",
        "(",
        ")",
        "(clam",
        "clam)",
        "+",
        "clam + band",
        "'); DROP TABLE exercises; --",
        "\\",
        "%",
        "_",
        "°",
        "–",
        "🙂",
        "clam 🙂",
        "\xff\xfe\xfd",
        "clam\xc3",
        std::string("clam\0band", 9),
        std::string(10000, 'x'),
        std::string(5000, '"'),
        "a b c d e f g h i j k l m n o p q r s t u v w x y z",
    };
    const int before = repo().count();
    for (const auto& text : hostile) {
        SCOPED_TRACE(text.substr(0, 40));
        EXPECT_NO_THROW(repo().search(text));
    }
    EXPECT_EQ(repo().count(), before);

    // Punctuation and operators are separators or plain words, so these all mean "clam".
    for (const char* text : {"\"clam", "clam\"", "-clam", "^clam", "clam*", "(clam", "clam)",
                             "'clam'", "clam 🙂", "clam\xc3", "*clam*", "clam:"}) {
        EXPECT_EQ(repo().search(text).size(), 2u) << text;
    }
    // "OR" is just a word every result must also contain.
    EXPECT_TRUE(repo().search("clam OR wall").empty());
    // A column filter is not obeyed: "name:clam" needs a word starting "name".
    EXPECT_TRUE(repo().search("name:clam").empty());
    EXPECT_EQ(idsOf(repo().search("clam-band")), Ids{"clamshell-band"});
}

TEST_P(ExerciseSearchTest, IndexFollowsEveryWrite)
{
    auto e = *repo().find("wall-sit");
    e.name = "Wall squat hold";
    repo().update(e);
    EXPECT_EQ(idsOf(repo().search("wall squ")), Ids{"wall-sit"});
    EXPECT_TRUE(repo().search("wall sit").empty());
    const auto copy = repo().duplicate("wall-sit");
    EXPECT_EQ(repo().search("wall squ").size(), 2u);
    repo().remove(copy.id);
    repo().remove("wall-sit");
    EXPECT_TRUE(repo().search("wall").empty());
    repo().importExercises(
        {make("wall-sit", "Wall sit", "Back again.", {"One", "Two"}, {core::Muscle::Quadriceps})},
        ClashPolicy::Fail);
    EXPECT_EQ(idsOf(repo().search("wall")), Ids{"wall-sit"});
}

INSTANTIATE_TEST_SUITE_P(Backends, ExerciseSearchTest, test::kBothBackends, test::backendName);
