#include "backend_fixture.h"
#include "storage_test_support.h"
#include "support/synthetic_library.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>

using namespace glidepath;
using namespace glidepath::storage;
using core::Exercise;
using glidepath::test::expectError;
using glidepath::test::readBytes;
using glidepath::test::sampleExercise;
using glidepath::test::TempDir;

namespace {

std::vector<std::string> idsOf(const std::vector<Exercise>& exercises)
{
    std::vector<std::string> ids;
    for (const auto& e : exercises) {
        ids.push_back(e.id);
    }
    return ids;
}

using Ids = std::vector<std::string>;

bool hasIssue(const StorageError& error, const std::string& exerciseId, const std::string& field)
{
    const auto& issues = error.issues();
    return std::any_of(issues.begin(), issues.end(), [&](const core::ValidationIssue& issue) {
        return issue.exerciseId == exerciseId && issue.field == field;
    });
}

// A small library with one distinguishing attribute per exercise, for the filters.
std::vector<Exercise> filterLibrary()
{
    using namespace core;
    std::vector<Exercise> out;
    auto clam = sampleExercise("clamshell", "Clamshell");
    clam.equipment = {Equipment::Band};
    out.push_back(clam);

    auto squat = sampleExercise("mini-squat", "Mini-squat");
    squat.category = Category::Strength;
    squat.position = Position::Standing;
    squat.regions = {Region::Knee, Region::Hip};
    squat.muscles = {Muscle::Quadriceps, Muscle::GluteMax};
    squat.kneeFlexion = KneeFlexion::Moderate;
    squat.equipment = {Equipment::Chair};
    squat.phaseMin = 1;
    squat.phaseMax = 3;
    out.push_back(squat);

    auto kneel = sampleExercise("half-kneeling-hold", "Half-kneeling adductor hold");
    kneel.category = Category::Strength;
    kneel.position = Position::HalfKneeling;
    kneel.regions = {Region::Hip, Region::Core};
    kneel.muscles = {Muscle::Adductors};
    kneel.equipment = {Equipment::Pad, Equipment::Ball};
    kneel.precautions = {Precaution::Kneeling};
    kneel.phaseMin = 2;
    kneel.phaseMax = 2;
    kneel.dose = {3, 0, 20, "", 30};
    kneel.limits = {1, 5, 0, 0, 10, 45};
    out.push_back(kneel);

    auto hop = sampleExercise("pogo-hops", "Pogo hops");
    hop.category = Category::Landing;
    hop.position = Position::Standing;
    hop.regions = {Region::Ankle, Region::Knee};
    hop.muscles = {Muscle::Calves, Muscle::Quadriceps};
    hop.impact = Impact::High;
    hop.equipment = {Equipment::None};
    hop.precautions = {Precaution::Impact, Precaution::Balance};
    hop.phaseMin = 4;
    hop.phaseMax = 4;
    out.push_back(hop);
    return out;
}

class ExerciseRepositoryTest : public test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        m_repository = std::make_unique<ExerciseRepository>(*m_db);
    }

    void reopen()
    {
        m_repository.reset();
        m_db.reset();
        m_db = openDatabase();
        m_repository = std::make_unique<ExerciseRepository>(*m_db);
    }
    void close()
    {
        m_repository.reset();
        m_db.reset();
    }

    std::int64_t rows(const std::string& sql) { return queryInt(sql); }

    ExerciseRepository& repo() { return *m_repository; }

    std::filesystem::path m_path = m_dir.file("glidepath.db");
    std::unique_ptr<ExerciseRepository> m_repository;
};

} // namespace

TEST_P(ExerciseRepositoryTest, CreateAndFindRoundTripEveryField)
{
    auto easier = sampleExercise("glute-set", "Glute set");
    repo().create(easier);
    auto e = filterLibrary()[2]; // lists of several entries, a pure hold, precautions
    e.easier = "glute-set";
    e.dose.tempo = "";
    e.hidden = true;
    // Schema 9: goal tags and the load.
    e.goals = {core::Goal::Walking, core::Goal::DailyLiving};
    e.dose.loadKind = core::LoadKind::AnkleWeight;
    e.equipment.push_back(core::Equipment::AnkleWeight); // a load needs its equipment listed
    e.dose.loadLevel = 2;
    e.limits.maxLoadLevel = 6;
    repo().create(e);
    const auto found = repo().find(e.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(*found, e);
    EXPECT_FALSE(repo().find("no-such-id"));
    EXPECT_EQ(repo().count(), 2);
    EXPECT_EQ(repo().count(false), 1);
    EXPECT_TRUE(m_db->integrityProblems().empty());
}

TEST_P(ExerciseRepositoryTest, TallyCountsBuiltinCustomAndHiddenWithoutReadingExercises)
{
    auto builtin = sampleExercise("bridge", "Bridge");
    repo().seedBuiltins({builtin}, 1);
    repo().create(sampleExercise("clamshell", "Clamshell"));
    repo().create(sampleExercise("side-plank", "Side plank"));
    repo().setHidden("side-plank", true);
    repo().setHidden("bridge", true);
    const std::size_t before = repo().rowsRead();
    const ExerciseTally tally = repo().tally();
    EXPECT_EQ(tally.builtin, 1);
    EXPECT_EQ(tally.custom, 2);
    EXPECT_EQ(tally.hidden, 2);
    EXPECT_EQ(repo().rowsRead(), before) << "db check counts in SQL, never loads the library";
}

TEST_P(ExerciseRepositoryTest, CreateRefusesInvalidExerciseAndStoresNothing)
{
    auto e = sampleExercise("clamshell", "Clamshell");
    e.dose.sets = 0;
    const auto error = expectError(StorageError::Kind::Invalid, [&] { repo().create(e); });
    EXPECT_TRUE(hasIssue(error, "clamshell", "dose/sets"));
    EXPECT_EQ(repo().count(), 0);
}

TEST_P(ExerciseRepositoryTest, CreateRefusesDuplicateIdAndBuiltinFlag)
{
    repo().create(sampleExercise("clamshell", "Clamshell"));
    expectError(StorageError::Kind::Conflict,
                [&] { repo().create(sampleExercise("clamshell", "Other")); });
    auto builtin = sampleExercise("other", "Other");
    builtin.builtin = true;
    const auto error = expectError(StorageError::Kind::Invalid, [&] { repo().create(builtin); });
    EXPECT_TRUE(hasIssue(error, "other", "builtin"));
    EXPECT_EQ(repo().count(), 1);
    EXPECT_EQ(repo().find("clamshell")->name, "Clamshell");
}

TEST_P(ExerciseRepositoryTest, LinksMustNameStoredExercises)
{
    auto e = sampleExercise("clamshell", "Clamshell");
    e.harder = "side-plank";
    const auto error = expectError(StorageError::Kind::Invalid, [&] { repo().create(e); });
    EXPECT_TRUE(hasIssue(error, "clamshell", "harder"));
    EXPECT_EQ(repo().count(), 0);
    repo().create(sampleExercise("side-plank", "Side plank"));
    repo().create(e);
    EXPECT_EQ(repo().find("clamshell")->harder, "side-plank");
}

TEST_P(ExerciseRepositoryTest, LadderLoopsAreRefused)
{
    repo().create(sampleExercise("aa", "A"));
    auto b = sampleExercise("bb", "B");
    b.easier = "aa";
    repo().create(b);
    auto c = sampleExercise("cc", "C");
    c.easier = "bb";
    repo().create(c);

    // aa -> harder cc would put cc above aa, but cc is already above aa: fine. Making cc easier
    // than aa closes a loop.
    auto a = *repo().find("aa");
    a.easier = "cc";
    const auto error = expectError(StorageError::Kind::Invalid, [&] { repo().update(a); });
    EXPECT_FALSE(error.issues().empty());
    EXPECT_TRUE(repo().find("aa")->easier.empty()) << "the refused update left no trace";

    // A pure harder loop.
    a = *repo().find("aa");
    auto cc = *repo().find("cc");
    cc.harder = "aa";
    expectError(StorageError::Kind::Invalid, [&] { repo().update(cc); });
    EXPECT_TRUE(repo().find("cc")->harder.empty());

    // Consistent links are fine.
    a.harder = "bb";
    repo().update(a);
    EXPECT_EQ(repo().find("aa")->harder, "bb");
}

TEST_P(ExerciseRepositoryTest, UpdateReplacesFieldsListsAndSearchText)
{
    repo().create(sampleExercise("clamshell", "Clamshell"));
    auto e = *repo().find("clamshell");
    e.name = "Banded clam";
    e.cues = {"Heels together", "Open like a book", "Slow return"};
    e.muscles = {core::Muscle::Tfl};
    e.regions = {core::Region::Hip, core::Region::Core};
    repo().update(e);
    EXPECT_EQ(*repo().find("clamshell"), e);
    EXPECT_EQ(idsOf(repo().search("banded")), Ids{"clamshell"});
    EXPECT_TRUE(repo().search("clamshell").empty()) << "the old name is gone from the index";
    EXPECT_EQ(idsOf(repo().search("book")), Ids{"clamshell"});
    EXPECT_EQ(rows("SELECT count(*) FROM exercise_cues"), 3);

    auto missing = sampleExercise("missing", "Missing");
    expectError(StorageError::Kind::NotFound, [&] { repo().update(missing); });
    e.summary = "";
    expectError(StorageError::Kind::Invalid, [&] { repo().update(e); });
}

TEST_P(ExerciseRepositoryTest, RemoveDeletesRowsAndClearsLinksToIt)
{
    repo().create(sampleExercise("clamshell", "Clamshell"));
    auto b = sampleExercise("side-plank", "Side plank");
    b.easier = "clamshell";
    repo().create(b);
    repo().remove("clamshell");
    EXPECT_FALSE(repo().find("clamshell"));
    EXPECT_TRUE(repo().find("side-plank")->easier.empty());
    EXPECT_TRUE(repo().search("clam").empty());
    EXPECT_EQ(rows("SELECT count(*) FROM exercise_cues"), 2);
    EXPECT_EQ(rows("SELECT count(*) FROM exercise_search"), 1);
    expectError(StorageError::Kind::NotFound, [&] { repo().remove("clamshell"); });
    EXPECT_TRUE(m_db->integrityProblems().empty());
}

TEST_P(ExerciseRepositoryTest, BuiltinsCanOnlyBeHiddenOrDuplicated)
{
    auto shipped = sampleExercise("clamshell", "Clamshell");
    repo().seedBuiltins({shipped}, 1);
    auto stored = *repo().find("clamshell");
    EXPECT_TRUE(stored.builtin);

    auto edited = stored;
    edited.name = "My clamshell";
    expectError(StorageError::Kind::ReadOnly, [&] { repo().update(edited); });
    edited.builtin = false; // pretending it is custom does not help
    expectError(StorageError::Kind::ReadOnly, [&] { repo().update(edited); });
    expectError(StorageError::Kind::ReadOnly, [&] { repo().remove("clamshell"); });
    EXPECT_EQ(repo().find("clamshell")->name, "Clamshell");

    repo().setHidden("clamshell", true);
    EXPECT_TRUE(repo().find("clamshell")->hidden);
    repo().setHidden("clamshell", false);
    EXPECT_FALSE(repo().find("clamshell")->hidden);
    expectError(StorageError::Kind::NotFound, [&] { repo().setHidden("nope", true); });
}

TEST_P(ExerciseRepositoryTest, DuplicateMakesAnEditableCopyWithAFreshId)
{
    auto shipped = sampleExercise("clamshell", "Clamshell");
    repo().seedBuiltins({sampleExercise("side-plank", "Side plank"), shipped}, 1);
    repo().setHidden("clamshell", true);

    const auto copy = repo().duplicate("clamshell");
    EXPECT_EQ(copy.id, "clamshell-copy");
    EXPECT_EQ(copy.name, "Clamshell (copy)");
    EXPECT_FALSE(copy.builtin);
    EXPECT_FALSE(copy.hidden);
    EXPECT_EQ(*repo().find("clamshell-copy"), copy);
    auto expected = shipped;
    expected.id = copy.id;
    expected.name = copy.name;
    EXPECT_EQ(copy, expected) << "everything else is copied";

    EXPECT_EQ(repo().duplicate("clamshell").id, "clamshell-copy-2");
    EXPECT_EQ(repo().duplicate("clamshell").id, "clamshell-copy-3");
    EXPECT_EQ(repo().duplicate("clamshell-copy").id, "clamshell-copy-copy");

    // The copy is custom: it can be edited and removed.
    auto edited = copy;
    edited.name = "My clamshell";
    repo().update(edited);
    repo().remove("clamshell-copy-2");
    expectError(StorageError::Kind::NotFound, [&] { repo().duplicate("nope"); });
}

TEST_P(ExerciseRepositoryTest, DuplicateKeepsIdsAndNamesWithinLimits)
{
    const std::string longId(64, 'a');
    auto e = sampleExercise(longId, std::string(80, 'N'));
    repo().create(e);
    const auto copy = repo().duplicate(longId);
    EXPECT_LE(copy.id.size(), 64u);
    EXPECT_TRUE(core::isValidSlug(copy.id)) << copy.id;
    EXPECT_EQ(copy.id, std::string(59, 'a') + "-copy");
    EXPECT_EQ(copy.name, std::string(73, 'N') + " (copy)");
    EXPECT_NE(repo().duplicate(longId).id, copy.id);
}

TEST_P(ExerciseRepositoryTest, ListHidesHiddenUnlessAsked)
{
    for (const auto& e : filterLibrary()) {
        repo().create(e);
    }
    repo().setHidden("mini-squat", true);
    EXPECT_EQ(idsOf(repo().list()), (Ids{"clamshell", "half-kneeling-hold", "pogo-hops"}));
    ExerciseFilter all;
    all.includeHidden = true;
    EXPECT_EQ(idsOf(repo().list(all)),
              (Ids{"clamshell", "half-kneeling-hold", "mini-squat", "pogo-hops"}));
}

TEST_P(ExerciseRepositoryTest, ListIsOrderedByNameIgnoringCase)
{
    repo().create(sampleExercise("b-ex", "bridge"));
    repo().create(sampleExercise("a-ex", "Calf raise"));
    repo().create(sampleExercise("c-ex", "Abduction"));
    EXPECT_EQ(idsOf(repo().list()), (Ids{"c-ex", "b-ex", "a-ex"}));
}

TEST_P(ExerciseRepositoryTest, EachFilter)
{
    using namespace core;
    for (const auto& e : filterLibrary()) {
        repo().create(e);
    }
    const auto listed = [&](auto set) {
        ExerciseFilter filter;
        set(filter);
        auto viaList = idsOf(repo().list(filter));
        // search with empty text and with a word they all share must agree with list
        EXPECT_EQ(idsOf(repo().search("", filter)), viaList);
        return viaList;
    };
    EXPECT_EQ(listed([](auto& f) { f.category = Category::Strength; }),
              (Ids{"half-kneeling-hold", "mini-squat"}));
    EXPECT_EQ(listed([](auto& f) { f.category = Category::Mobility; }), Ids{});
    EXPECT_EQ(listed([](auto& f) { f.phase = 2; }),
              (Ids{"clamshell", "half-kneeling-hold", "mini-squat"}));
    EXPECT_EQ(listed([](auto& f) { f.phase = 4; }), Ids{"pogo-hops"});
    EXPECT_EQ(listed([](auto& f) { f.phase = 3; }), Ids{"mini-squat"});
    EXPECT_EQ(listed([](auto& f) { f.region = Region::Knee; }), (Ids{"mini-squat", "pogo-hops"}));
    EXPECT_EQ(listed([](auto& f) { f.region = Region::Core; }), Ids{"half-kneeling-hold"});
    EXPECT_EQ(listed([](auto& f) { f.equipment = Equipment::Ball; }), Ids{"half-kneeling-hold"});
    EXPECT_EQ(listed([](auto& f) { f.equipment = Equipment::None; }), Ids{"pogo-hops"});
    EXPECT_EQ(listed([](auto& f) { f.position = Position::Standing; }),
              (Ids{"mini-squat", "pogo-hops"}));
    EXPECT_EQ(listed([](auto& f) { f.precaution = Precaution::Kneeling; }),
              Ids{"half-kneeling-hold"});
    EXPECT_EQ(listed([](auto& f) { f.precaution = Precaution::Balance; }), Ids{"pogo-hops"});
    EXPECT_EQ(listed([](auto& f) {
                  f.region = Region::Knee;
                  f.position = Position::Standing;
                  f.phase = 2;
              }),
              Ids{"mini-squat"});
}

TEST_P(ExerciseRepositoryTest, ListFiltersUseTheirIndexes)
{
    if (onServer()) {
        GTEST_SKIP() << "SQLite's query plans; the server's indexes are the same columns";
    }
    const auto plan = [&](const std::string& sql) {
        sqlite3_stmt* stmt = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(m_db->handle(), ("EXPLAIN QUERY PLAN " + sql).c_str(), -1,
                                     &stmt, nullptr),
                  SQLITE_OK);
        std::string out;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            out += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3));
            out += "\n";
        }
        sqlite3_finalize(stmt);
        return out;
    };
    for (const auto& [table, column, index] :
         {std::tuple<std::string, std::string, std::string>{"exercise_regions", "region",
                                                            "exercise_regions_by_region"},
          {"exercise_equipment", "equipment", "exercise_equipment_by_equipment"},
          {"exercise_precautions", "precaution", "exercise_precautions_by_precaution"}}) {
        const auto text = plan("SELECT e.id FROM exercises e WHERE e.rid IN (SELECT exercise_rid "
                               "FROM " +
                               table + " WHERE " + column + " = 'x')");
        EXPECT_NE(text.find(index), std::string::npos) << text;
    }
}

TEST_P(ExerciseRepositoryTest, LargeResultsLoadTheSameAsSmallOnes)
{
    // Above a few hundred rows, lists are loaded by one pass per child table.
    const auto library = test::makeSyntheticLibrary(600, 11);
    repo().importExercises(library, ClashPolicy::Fail);
    ExerciseFilter all;
    all.includeHidden = true;
    const auto listed = repo().list(all);
    ASSERT_EQ(listed.size(), library.size());
    for (const auto& e : listed) {
        const auto it = std::find_if(library.begin(), library.end(),
                                     [&](const Exercise& x) { return x.id == e.id; });
        ASSERT_NE(it, library.end());
        EXPECT_EQ(e, *it);
        EXPECT_EQ(*repo().find(e.id), e);
    }
}

// --- import --------------------------------------------------------------------------------

TEST_P(ExerciseRepositoryTest, ImportAddsExercisesLinkedInAnyOrder)
{
    auto a = sampleExercise("aa", "A");
    auto b = sampleExercise("bb", "B");
    a.harder = "bb"; // names an exercise that comes later in the import
    b.easier = "aa";
    b.builtin = true; // an exported built-in arrives as a custom exercise
    const auto summary = repo().importExercises({a, b}, ClashPolicy::Fail);
    EXPECT_EQ(summary.added, 2);
    EXPECT_EQ(summary.replaced, 0);
    EXPECT_EQ(summary.skipped, 0);
    EXPECT_EQ(*repo().find("aa"), a);
    EXPECT_FALSE(repo().find("bb")->builtin);
    EXPECT_EQ(repo().clashingIds({a, sampleExercise("cc", "C")}), Ids{"aa"});
}

TEST_P(ExerciseRepositoryTest, AnImportOneByOneStoresAsItGoesAndChecksLaddersAtTheEnd)
{
    repo().create(sampleExercise("kept", "Kept"));
    auto a = sampleExercise("aa", "A");
    auto b = sampleExercise("bb", "B");
    a.harder = "bb"; // forward: bb is added after aa
    b.easier = "aa";
    m_db->transaction([&] {
        ExerciseImport import(*m_db, ClashPolicy::Fail);
        import.add(a);
        EXPECT_TRUE(repo().find("aa")) << "stored at once, before the rest has come";
        import.add(b);
        const ImportSummary summary = import.finish();
        EXPECT_EQ(summary.added, 2);
    });
    EXPECT_EQ(*repo().find("aa"), a);
    EXPECT_EQ(repo().links().size(), 3u);
    const auto links = repo().links();
    const auto bb = std::find_if(links.begin(), links.end(),
                                 [](const core::ExerciseLinks& e) { return e.id == "bb"; });
    ASSERT_NE(bb, links.end());
    EXPECT_EQ(bb->easier, "aa");
    EXPECT_TRUE(bb->harder.empty());
}

TEST_P(ExerciseRepositoryTest, AnImportOfValidatedExercisesStoresThemAndStillRefusesARepeatedId)
{
    // addValidated skips only core::validateExercise (the stream has run it); the repeated id,
    // the clash policy and the ladder check at the end still apply.
    auto a = sampleExercise("aa", "A");
    a.builtin = true; // what a file says about itself does not make a built-in
    const auto error = expectError(StorageError::Kind::Invalid, [&] {
        m_db->transaction([&] {
            ExerciseImport import(*m_db, ClashPolicy::Fail);
            import.addValidated(a);
            EXPECT_TRUE(repo().find("aa"));
            import.addValidated(sampleExercise("aa", "A again"));
        });
    });
    EXPECT_TRUE(hasIssue(error, "aa", "id"));
    EXPECT_FALSE(repo().find("aa"));

    m_db->transaction([&] {
        ExerciseImport import(*m_db, ClashPolicy::Fail);
        import.addValidated(a);
        EXPECT_EQ(import.finish().added, 1);
    });
    EXPECT_FALSE(repo().find("aa")->builtin);
    EXPECT_EQ(repo().find("aa")->name, "A");
}

TEST_P(ExerciseRepositoryTest, AnImportOneByOneIsUndoneWithItsTransaction)
{
    repo().create(sampleExercise("kept", "Kept"));
    const std::int64_t searchRows = rows("SELECT count(*) FROM exercise_search");
    auto dangling = sampleExercise("cc", "C");
    dangling.harder = "nowhere";
    const auto error = expectError(StorageError::Kind::Invalid, [&] {
        m_db->transaction([&] {
            ExerciseImport import(*m_db, ClashPolicy::Fail);
            import.add(sampleExercise("aa", "A"));
            import.add(dangling);
            import.finish();
        });
    });
    EXPECT_TRUE(hasIssue(error, "cc", "harder"));
    EXPECT_FALSE(repo().find("aa"));
    EXPECT_EQ(repo().count(), 1);
    EXPECT_EQ(rows("SELECT count(*) FROM exercise_search"), searchRows);

    // A clash without a policy is only recorded; finish() refuses the import.
    expectError(StorageError::Kind::Conflict, [&] {
        m_db->transaction([&] {
            ExerciseImport import(*m_db, ClashPolicy::Fail);
            import.add(sampleExercise("aa", "A"));
            import.add(sampleExercise("kept", "Kept again"));
            EXPECT_EQ(import.clashes(), Ids{"kept"});
            import.finish();
        });
    });
    EXPECT_FALSE(repo().find("aa"));
    EXPECT_EQ(repo().find("kept")->name, "Kept");
}

TEST_P(ExerciseRepositoryTest, ImportClashPolicies)
{
    repo().create(sampleExercise("aa", "Old A"));
    repo().seedBuiltins({sampleExercise("shipped", "Shipped")}, 1);
    auto newA = sampleExercise("aa", "New A");
    auto c = sampleExercise("cc", "C");

    expectError(StorageError::Kind::Conflict, [&] {
        repo().importExercises({c, newA}, ClashPolicy::Fail);
    });
    EXPECT_FALSE(repo().find("cc"));

    auto skip = repo().importExercises({c, newA}, ClashPolicy::Skip);
    EXPECT_EQ(skip.added, 1);
    EXPECT_EQ(skip.skipped, 1);
    EXPECT_EQ(repo().find("aa")->name, "Old A");

    auto replace = repo().importExercises({newA}, ClashPolicy::Replace);
    EXPECT_EQ(replace.replaced, 1);
    EXPECT_EQ(repo().find("aa")->name, "New A");

    // A custom exercise cannot replace a built-in...
    auto fake = sampleExercise("shipped", "Fake");
    expectError(StorageError::Kind::ReadOnly,
                [&] { repo().importExercises({fake}, ClashPolicy::Replace); });
    EXPECT_EQ(repo().find("shipped")->name, "Shipped");
    // ...and an exported copy of the built-in is simply already there.
    fake.builtin = true;
    const auto again = repo().importExercises({fake}, ClashPolicy::Replace);
    EXPECT_EQ(again.skipped, 1);
    EXPECT_EQ(repo().find("shipped")->name, "Shipped");
}

TEST_P(ExerciseRepositoryTest, FailedImportsLeaveTheFileByteIdentical)
{
    repo().seedBuiltins(test::makeSyntheticLibrary(50, 3), 1);
    repo().create(sampleExercise("aa", "A"));
    // The file's bytes; on a server, what every table holds (and the audit, which would name
    // any write that was kept).
    const auto state = [&] {
        if (!onServer()) {
            return readBytes(m_path);
        }
        std::string out;
        for (const char* table :
             {"exercises", "exercise_cues", "exercise_search", "meta", "audit"}) {
            out += std::to_string(rows("SELECT count(*) FROM " + std::string(table))) + " ";
        }
        return out + std::to_string(rows("SELECT coalesce(sum(row_version), 0) FROM exercises"));
    };
    close();
    if (onServer()) {
        reopen();
    }
    const std::string before = state();
    if (onServer()) {
        close();
    }

    auto invalid = sampleExercise("bad", "Bad");
    invalid.dose.reps = 99;
    auto dangling = sampleExercise("dangling", "Dangling");
    dangling.harder = "nowhere";
    auto loopA = sampleExercise("loop-a", "Loop A");
    auto loopB = sampleExercise("loop-b", "Loop B");
    loopA.harder = "loop-b";
    loopB.harder = "loop-a";
    auto into = sampleExercise("into-aa", "Into A");
    into.harder = "aa";
    auto replacesA = sampleExercise("aa", "A");
    replacesA.easier = "into-aa";
    replacesA.harder = "into-aa";
    std::vector<Exercise> good;
    for (int i = 0; i < 30; ++i) {
        good.push_back(sampleExercise("good-" + std::to_string(i), "Good " + std::to_string(i)));
    }

    struct Case
    {
        std::string name;
        std::vector<Exercise> incoming;
        ClashPolicy policy;
        StorageError::Kind kind;
    };
    const auto with = [&](const Exercise& extra) {
        auto all = good;
        all.push_back(extra);
        return all;
    };
    const std::vector<Case> cases{
        {"invalid exercise", with(invalid), ClashPolicy::Fail, StorageError::Kind::Invalid},
        {"dangling link", with(dangling), ClashPolicy::Fail, StorageError::Kind::Invalid},
        {"loop",
         [&] {
             auto all = with(loopA);
             all.push_back(loopB);
             return all;
         }(),
         ClashPolicy::Fail, StorageError::Kind::Invalid},
        {"loop through a stored exercise",
         [&] {
             auto all = with(into);
             all.push_back(replacesA);
             return all;
         }(),
         ClashPolicy::Replace, StorageError::Kind::Invalid},
        {"clash", with(sampleExercise("aa", "A again")), ClashPolicy::Fail,
         StorageError::Kind::Conflict},
        {"duplicate in the file", with(good.front()), ClashPolicy::Replace,
         StorageError::Kind::Invalid},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        reopen();
        const int before_count = repo().count();
        expectError(c.kind, [&] { repo().importExercises(c.incoming, c.policy); });
        EXPECT_EQ(repo().count(), before_count);
        EXPECT_FALSE(repo().find("good-0"));
        if (onServer()) {
            EXPECT_EQ(state(), before) << "the server's tables changed";
        }
        close();
        if (!onServer()) {
            EXPECT_EQ(state(), before) << "the database file changed";
        }
    }
}

TEST_P(ExerciseRepositoryTest, ImportReportsEveryProblemWithItsExercise)
{
    auto bad1 = sampleExercise("bad-one", "Bad one");
    bad1.phaseMin = 9;
    auto bad2 = sampleExercise("bad-two", "Bad two");
    bad2.cues.clear();
    const auto error = expectError(StorageError::Kind::Invalid, [&] {
        repo().importExercises({bad1, sampleExercise("fine", "Fine"), bad2}, ClashPolicy::Fail);
    });
    EXPECT_TRUE(hasIssue(error, "bad-one", "phase_min"));
    EXPECT_TRUE(hasIssue(error, "bad-two", "cues"));
}

// --- seeding -------------------------------------------------------------------------------

TEST_P(ExerciseRepositoryTest, SeedingOnFirstRunThenOnlyForNewerVersions)
{
    EXPECT_EQ(repo().builtinLibraryVersion(), 0);
    auto library = filterLibrary();
    const auto first = repo().seedBuiltins(library, 3);
    EXPECT_EQ(first.previousVersion, 0);
    EXPECT_EQ(first.currentVersion, 3);
    EXPECT_EQ(first.added, 4);
    EXPECT_EQ(repo().builtinLibraryVersion(), 3);
    for (const auto& e : repo().list()) {
        EXPECT_TRUE(e.builtin) << e.id;
    }

    library[0].name = "Changed";
    for (const int version : {3, 2}) {
        const auto same = repo().seedBuiltins(library, version);
        EXPECT_EQ(same.previousVersion, 3);
        EXPECT_EQ(same.currentVersion, 3);
        EXPECT_EQ(same.added + same.updated + same.removed, 0);
        EXPECT_EQ(repo().find("clamshell")->name, "Clamshell");
    }
}

TEST_P(ExerciseRepositoryTest, UpgradeUpdatesBuiltinsAndNeverTouchesCustomExercises)
{
    auto v1 = filterLibrary();
    repo().seedBuiltins(v1, 1);
    repo().setHidden("mini-squat", true);

    // The user's own exercises, one linking to a built-in that the next version drops.
    auto custom = sampleExercise("my-clam", "My clam");
    custom.harder = "half-kneeling-hold";
    repo().create(custom);
    auto lonely = sampleExercise("my-lonely", "My lonely");
    repo().create(lonely);
    const auto customBefore = *repo().find("my-clam");
    const auto lonelyBefore = *repo().find("my-lonely");

    // Version 2: mini-squat changes, pogo-hops and half-kneeling-hold are dropped, two are new
    // (one of them with the id of the user's exercise).
    std::vector<Exercise> v2{v1[0], v1[1]};
    v2[1].name = "Mini-squat to chair";
    v2[1].cues.push_back("Touch the chair lightly");
    v2.push_back(sampleExercise("side-plank", "Side plank"));
    v2.push_back(sampleExercise("my-lonely", "Shipped lonely"));
    v2[2].easier = "clamshell";

    const auto summary = repo().seedBuiltins(v2, 2);
    EXPECT_EQ(summary.previousVersion, 1);
    EXPECT_EQ(summary.currentVersion, 2);
    EXPECT_EQ(summary.added, 1);
    EXPECT_EQ(summary.updated, 2);
    EXPECT_EQ(summary.removed, 1);      // pogo-hops
    EXPECT_EQ(summary.keptAsCustom, 1); // half-kneeling-hold, linked from my-clam
    EXPECT_EQ(summary.skippedIds, Ids{"my-lonely"});

    const auto squat = *repo().find("mini-squat");
    EXPECT_EQ(squat.name, "Mini-squat to chair");
    EXPECT_EQ(squat.cues.size(), 3u);
    EXPECT_TRUE(squat.hidden) << "the user's hidden flag survives the update";
    EXPECT_TRUE(squat.builtin);
    EXPECT_FALSE(repo().find("pogo-hops"));
    const auto kept = *repo().find("half-kneeling-hold");
    EXPECT_FALSE(kept.builtin);
    EXPECT_EQ(*repo().find("my-clam"), customBefore);
    EXPECT_EQ(*repo().find("my-lonely"), lonelyBefore);
    EXPECT_EQ(repo().find("side-plank")->easier, "clamshell");
    EXPECT_EQ(repo().builtinLibraryVersion(), 2);
    EXPECT_TRUE(m_db->integrityProblems().empty());
    EXPECT_TRUE(repo().search("pogo").empty());
}

TEST_P(ExerciseRepositoryTest, InvalidBuiltinLibraryIsRefusedWhole)
{
    auto library = filterLibrary();
    library[1].harder = "missing";
    const auto error =
        expectError(StorageError::Kind::Invalid, [&] { repo().seedBuiltins(library, 1); });
    EXPECT_TRUE(hasIssue(error, "mini-squat", "harder"));
    EXPECT_EQ(repo().count(), 0);
    EXPECT_EQ(repo().builtinLibraryVersion(), 0);
}

TEST_P(ExerciseRepositoryTest, SeedsASyntheticLibraryWithLadders)
{
    const auto library = test::makeSyntheticLibrary(300, 5);
    ASSERT_TRUE(core::validateLibrary(library).empty());
    const auto summary = repo().seedBuiltins(library, 1);
    EXPECT_EQ(summary.added, 300);
    EXPECT_EQ(repo().count(), 300);
    for (const auto& e : library) {
        auto stored = repo().find(e.id);
        ASSERT_TRUE(stored);
        auto expected = e;
        expected.builtin = true;
        EXPECT_EQ(*stored, expected);
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, ExerciseRepositoryTest, test::kBothBackends, test::backendName);
