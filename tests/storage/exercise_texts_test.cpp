#include "backend_fixture.h"
#include "storage_test_support.h"

#include <glidepath/core/text_fold.h>
#include <glidepath/io/library_format.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/exercise_texts.h>

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

Ids rowIds(const std::vector<ExerciseListRow>& rows)
{
    Ids ids;
    for (const auto& row : rows) {
        ids.push_back(row.id);
    }
    return ids;
}

core::ExerciseText named(std::string name)
{
    core::ExerciseText text;
    text.name = std::move(name);
    return text;
}

class ExerciseTextsTest : public test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        ExerciseRepository repo(*m_db);
        // English order: Ankle, Bridge, Zebra; German order by the names shown: Äpfel (as
        // "Apfel"), Brücke, Straße (as "Strasse") before Strauch, and an exercise without a
        // German name sorts by its English one.
        repo.create(sampleExercise("zebra", "Zebra walk"));
        repo.create(sampleExercise("ankle", "Ankle circles"));
        repo.create(sampleExercise("bridge", "Bridge"));
        repo.create(sampleExercise("shrub", "Shrub reach"));
        ExerciseTextRepository texts(*m_db);
        texts.replace("zebra", {{"de", named("Äpfel pflücken")}});
        texts.replace("ankle", {{"de", named("straße überqueren")}});
        texts.replace("bridge", {{"de", named("Brücke")}});
        texts.replace("shrub", {{"de", named("Strauch greifen")}});
    }

    ExerciseQuery inGerman(std::string text = {})
    {
        ExerciseQuery query;
        query.text = std::move(text);
        query.filter.language = "de";
        return query;
    }
};

TEST_P(ExerciseTextsTest, TextsAreStoredAndReadBackWithEveryField)
{
    core::ExerciseText text;
    text.name = "Brücke mit Band";
    text.summary = "Hebt das Becken.";
    text.instructions = {"Legen Sie sich hin.", "Heben Sie das Becken.\nLangsam."};
    text.cues = {"Knie nach außen", "Ruhig atmen"};
    ExerciseTextRepository texts(*m_db);
    texts.replace("bridge", {{"de", text}, {"fr", named("Pont")}});
    const ExerciseTexts read = texts.find("bridge");
    ASSERT_EQ(read.size(), 2u);
    EXPECT_EQ(read.at("de"), text);
    EXPECT_EQ(read.at("fr"), named("Pont"));
    EXPECT_EQ(texts.all().at("bridge"), read);
    EXPECT_TRUE(texts.find("no-such").empty());
}

TEST_P(ExerciseTextsTest, BadTextsAreRefusedAndChangeNothing)
{
    ExerciseTextRepository texts(*m_db);
    const auto error = test::expectError(StorageError::Kind::Invalid, [&] {
        texts.replace("bridge", {{"de", named("Zeile\nzwei")}});
    });
    ASSERT_FALSE(error.issues().empty());
    EXPECT_EQ(error.issues().front().field, "translations/de/name");
    test::expectError(StorageError::Kind::Invalid, [&] {
        texts.replace("bridge", {{"deutsch", named("Brücke")}});
    });
    test::expectError(StorageError::Kind::NotFound, [&] {
        texts.replace("no-such", {{"de", named("Brücke")}});
    });
    EXPECT_EQ(texts.find("bridge").at("de").name, "Brücke");
}

TEST_P(ExerciseTextsTest, ListsSortByTheNameShownInTheirLanguage)
{
    ExerciseRepository repo(*m_db);
    ExerciseQuery english;
    english.order = ExerciseOrder::Name;
    EXPECT_EQ(rowIds(repo.rows(english, 0, 10)), (Ids{"ankle", "bridge", "shrub", "zebra"}));
    ExerciseQuery german = inGerman();
    german.order = ExerciseOrder::Name;
    // Ä sorts with A, ß as ss, small letters with capitals.
    EXPECT_EQ(rowIds(repo.rows(german, 0, 10)), (Ids{"zebra", "bridge", "ankle", "shrub"}));
    german.descending = true;
    EXPECT_EQ(rowIds(repo.rows(german, 0, 10)), (Ids{"shrub", "ankle", "bridge", "zebra"}));
    // The rows carry the German name; list() and search() order the same way.
    const auto rows = repo.rows(inGerman(), 0, 1);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].name, "Äpfel pflücken");
    ExerciseFilter filter;
    filter.language = "de";
    EXPECT_EQ(idsOf(repo.list(filter)), (Ids{"zebra", "bridge", "ankle", "shrub"}));
    EXPECT_EQ(repo.positionOf(german, "bridge"), 2);
}

TEST_P(ExerciseTextsTest, AnExerciseWithoutANameInTheLanguageSortsByItsEnglishName)
{
    ExerciseRepository repo(*m_db);
    repo.create(sampleExercise("calf", "Calf raise"));
    core::ExerciseText summaryOnly;
    summaryOnly.summary = "Stärkt die Waden.";
    ExerciseTextRepository(*m_db).replace("calf", {{"de", summaryOnly}});
    ExerciseFilter filter;
    filter.language = "de";
    EXPECT_EQ(idsOf(repo.list(filter)), (Ids{"zebra", "bridge", "calf", "ankle", "shrub"}));
    const auto rows = repo.rows(inGerman("calf"), 0, 10);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].name, "Calf raise");
    EXPECT_EQ(rows[0].summary, "Stärkt die Waden.");
}

TEST_P(ExerciseTextsTest, GermanWordsFindExercisesAndEnglishWordsStillDo)
{
    ExerciseRepository repo(*m_db);
    EXPECT_EQ(rowIds(repo.rows(inGerman("brück"), 0, 10)), (Ids{"bridge"}));
    EXPECT_EQ(rowIds(repo.rows(inGerman("Brucke"), 0, 10)), (Ids{"bridge"})); // no umlaut typed
    EXPECT_EQ(rowIds(repo.rows(inGerman("bridge"), 0, 10)), (Ids{"bridge"}));
    EXPECT_EQ(repo.countMatching(inGerman("pflücken")), 1);
    // Names that start with the text come first, by the name shown: "Str" starts both German
    // names, "Straße" before "Strauch".
    EXPECT_EQ(rowIds(repo.rows(inGerman("str"), 0, 10)), (Ids{"ankle", "shrub"}));
    ExerciseFilter filter;
    filter.language = "de";
    EXPECT_EQ(idsOf(repo.search("strasse", filter)), Ids{"ankle"});
}

TEST_P(ExerciseTextsTest, EditingTheEnglishExerciseKeepsItsTextsSearchable)
{
    ExerciseRepository repo(*m_db);
    Exercise bridge = *repo.find("bridge");
    bridge.summary = "Lifts the hips skyward.";
    repo.update(bridge);
    EXPECT_EQ(idsOf(repo.search("brücke")), Ids{"bridge"});
    EXPECT_EQ(idsOf(repo.search("skyward")), Ids{"bridge"});
    repo.remove("bridge");
    EXPECT_TRUE(repo.search("brücke").empty());
    EXPECT_EQ(rows("exercise_texts"), 3);
}

// Imports write every search row at the end, in one pass over the rows they wrote (issue 12):
// new exercises, replaced ones (among others, so their row ids are not one run) and the texts of
// both are found afterwards, and a replaced exercise's old words are not.
TEST_P(ExerciseTextsTest, AnImportsExercisesAndTheirTextsAreFoundOnceItIsDone)
{
    ExerciseRepository repo(*m_db);
    const auto summary = repo.importExercises({sampleExercise("ankle", "Pogo hops"),
                                               sampleExercise("new-one", "Lunge"),
                                               sampleExercise("shrub", "Tandem stance")},
                                              ClashPolicy::Replace,
                                              {{"new-one", {{"de", named("Ausfallschritt")}}},
                                               {"shrub", {{"de", named("Seiltänzerstand")}}}});
    EXPECT_EQ(summary.added, 1);
    EXPECT_EQ(summary.replaced, 2);
    EXPECT_EQ(idsOf(repo.search("pogo")), Ids{"ankle"});
    EXPECT_TRUE(repo.search("circles").empty()) << "the replaced name is gone from the index";
    EXPECT_EQ(idsOf(repo.search("lunge")), Ids{"new-one"});
    EXPECT_EQ(idsOf(repo.search("tandem")), Ids{"shrub"});
    EXPECT_TRUE(repo.search("shrub").empty());
    EXPECT_EQ(rowIds(repo.rows(inGerman("ausfall"), 0, 10)), (Ids{"new-one"}));
    EXPECT_EQ(rowIds(repo.rows(inGerman("seiltänzer"), 0, 10)), (Ids{"shrub"}));
    EXPECT_TRUE(repo.rows(inGerman("strauch"), 0, 10).empty()) << "texts replaced with it";
    // The other exercises keep their rows.
    EXPECT_EQ(idsOf(repo.search("zebra")), Ids{"zebra"});
    EXPECT_EQ(rowIds(repo.rows(inGerman("brück"), 0, 10)), (Ids{"bridge"}));
}

TEST_P(ExerciseTextsTest, GermanMuscleWordsFindTheExercisesThatWorkThem)
{
    ExerciseRepository repo(*m_db);
    Exercise calf = sampleExercise("calf", "Calf raise");
    calf.muscles = {core::Muscle::Calves};
    repo.create(calf);
    EXPECT_EQ(idsOf(repo.search("Waden")), Ids{"calf"});
}

class ExerciseTextsSeeding : public test::BackendTest
{};

TEST_P(ExerciseTextsSeeding, TheBuiltInLibrarySeedsItsGermanTextAndIsFoundByIt)
{
    storage::Database* db = m_db.get();
    const io::LibraryDocument& builtins = io::builtinLibrary();
    ExerciseRepository repo(*db);
    repo.seedBuiltins(builtins.exercises, builtins.libraryVersion, builtins.translations);
    const ExerciseTexts clamshell = ExerciseTextRepository(*db).find("clamshell");
    ASSERT_TRUE(clamshell.count("de"));
    EXPECT_EQ(clamshell.at("de"), builtins.translations.at("clamshell").at("de"));

    ExerciseFilter german;
    german.language = "de";
    const Ids muschel = idsOf(repo.search("Muschel", german));
    ASSERT_FALSE(muschel.empty());
    EXPECT_EQ(muschel.front(), "clamshell");
    EXPECT_EQ(idsOf(repo.search("clamshell", german)).front(), "clamshell");
    const Ids hundred = idsOf(repo.search("Hundred vereinfacht", german));
    ASSERT_FALSE(hundred.empty());
    // The German muscle word finds the exercises whose main muscle it is first.
    const auto gluteMed = repo.search("mittlerer Gesäßmuskel", german);
    ASSERT_FALSE(gluteMed.empty());
    EXPECT_EQ(gluteMed.front().muscles.front(), core::Muscle::GluteMed);

    // The German list is in the order of the German names.
    const auto rows = repo.rows(ExerciseQuery{{}, german, ExerciseOrder::Name, false}, 0, 1000);
    ASSERT_GT(rows.size(), 10u);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        EXPECT_LE(core::foldForSorting(rows[i - 1].name), core::foldForSorting(rows[i].name))
            << rows[i - 1].name << " / " << rows[i].name;
    }
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, ExerciseTextsTest, test::kBothBackends, test::backendName);
INSTANTIATE_TEST_SUITE_P(Backends, ExerciseTextsSeeding, test::kBothBackends, test::backendName);
