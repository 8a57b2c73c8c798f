#include "storage_test_support.h"

#include <glidepath/io/library_format.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/migrations.h>
#include <glidepath/storage/review_repository.h>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>

using namespace glidepath;
using namespace glidepath::storage;
using glidepath::test::RawDb;
using glidepath::test::TempDir;

namespace {

// The rows a version 1 release wrote for one built-in and one custom exercise, in plain SQL.
constexpr const char* kVersion1Data = R"sql(
INSERT INTO meta (key, value) VALUES ('builtin_library_version', '3');
INSERT INTO exercises (rid, id, name, summary, category, phase_min, phase_max, position,
    knee_flexion, impact, laterality, sets, reps, hold_seconds, tempo, rest_seconds, min_sets,
    max_sets, min_reps, max_reps, min_hold_seconds, max_hold_seconds, easier, harder, builtin,
    hidden)
VALUES
    (1, 'glute-set', 'Glute set', 'Squeezes the buttocks while lying still.', 'activation', 1, 2,
     'supine', 'none', 'none', 'bilateral', 2, 10, 5, '', 30, 1, 3, 8, 15, 3, 10, NULL,
     'pelvic-curl', 1, 1),
    (2, 'pelvic-curl', 'Pelvic curl', 'Rolls the spine up into a bridge.', 'strength', 1, 3,
     'supine', 'low', 'none', 'bilateral', 3, 10, 3, '2-1-3', 45, 1, 3, 8, 15, 0, 10,
     'glute-set', NULL, 0, 0);
INSERT INTO exercise_instructions VALUES (1, 0, 'Lie on your back.'), (1, 1, 'Squeeze and hold.'),
    (2, 0, 'Lie on your back, knees bent.'), (2, 1, 'Peel the hips up.');
INSERT INTO exercise_cues VALUES (1, 0, 'Breathe easily'), (1, 1, 'No arching'),
    (2, 0, 'Weight even on both feet'), (2, 1, 'Ribs soft');
INSERT INTO exercise_muscles VALUES (1, 0, 'glute_max'), (2, 0, 'glute_max'),
    (2, 1, 'hamstrings');
INSERT INTO exercise_regions VALUES (1, 0, 'hip'), (2, 0, 'hip'), (2, 1, 'core');
INSERT INTO exercise_equipment VALUES (1, 0, 'none'), (2, 0, 'mat');
INSERT INTO exercise_search (rowid, name, summary, cues, muscles) VALUES
    (1, 'Glute set', 'Squeezes the buttocks while lying still.', 'Breathe easily
No arching', 'glute max'),
    (2, 'Pelvic curl', 'Rolls the spine up into a bridge.', 'Weight even on both feet
Ribs soft', 'glute max
hamstrings');
)sql";

core::Exercise expectedPelvicCurl()
{
    using namespace core;
    Exercise e;
    e.id = "pelvic-curl";
    e.name = "Pelvic curl";
    e.summary = "Rolls the spine up into a bridge.";
    e.instructions = {"Lie on your back, knees bent.", "Peel the hips up."};
    e.cues = {"Weight even on both feet", "Ribs soft"};
    e.category = Category::Strength;
    e.phaseMin = 1;
    e.phaseMax = 3;
    e.position = Position::Supine;
    e.regions = {Region::Hip, Region::Core};
    e.muscles = {Muscle::GluteMax, Muscle::Hamstrings};
    e.kneeFlexion = KneeFlexion::Low;
    e.impact = Impact::None;
    e.equipment = {Equipment::Mat};
    e.laterality = Laterality::Bilateral;
    e.dose = {3, 10, 3, "2-1-3", 45};
    e.limits = {1, 3, 8, 15, 0, 10};
    e.easier = "glute-set";
    return e;
}

// Table and index definitions, by name, to compare a migrated schema with a fresh one.
std::map<std::string, std::string> schemaOf(sqlite3* db)
{
    std::map<std::string, std::string> out;
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT name, coalesce(sql, '') FROM sqlite_schema", -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        out[reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))] =
            reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1));
    }
    sqlite3_finalize(stmt);
    return out;
}

} // namespace

TEST(Migrations, StepsAreNumberedInOrder)
{
    // Numbers may leave gaps (a number reserved for another change); the runner applies the
    // steps in order, so they must only rise.
    const auto steps = migrations();
    ASSERT_FALSE(steps.empty());
    EXPECT_EQ(steps[0].version, 1);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (i > 0) {
            EXPECT_GT(steps[i].version, steps[i - 1].version);
        }
        EXPECT_FALSE(steps[i].description.empty());
        EXPECT_FALSE(steps[i].sql.empty());
    }
    EXPECT_EQ(Database::currentSchemaVersion(), steps.back().version);
}

TEST(Migrations, ClientsComeInTheirOwnStep)
{
    const auto steps = migrations();
    ASSERT_GE(steps.size(), 2u);
    EXPECT_EQ(steps[0].sql.find("CREATE TABLE clients"), std::string_view::npos);
    EXPECT_NE(steps[1].sql.find("CREATE TABLE clients"), std::string_view::npos);
}

TEST(Migrations, EveryOlderVersionUpgradesToTheSameSchemaAsAFreshDatabase)
{
    TempDir dir;
    std::map<std::string, std::string> fresh;
    {
        auto db = Database::open(dir.file("fresh.db"));
        fresh = schemaOf(db->handle());
    }
    for (const Migration& step : migrations()) {
        const int version = step.version;
        if (version == Database::currentSchemaVersion()) {
            break;
        }
        SCOPED_TRACE("from version " + std::to_string(version));
        const auto path = dir.file("v" + std::to_string(version) + ".db");
        {
            RawDb raw(path);
            migrate(raw.get(), version);
            EXPECT_EQ(raw.integer("PRAGMA user_version"), version);
            EXPECT_EQ(raw.integer("PRAGMA application_id"), kApplicationId);
        }
        auto db = Database::open(path);
        EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
        EXPECT_EQ(schemaOf(db->handle()), fresh);
        EXPECT_TRUE(db->integrityProblems().empty());
    }
}

TEST(Migrations, Version1DataSurvivesTheUpgrade)
{
    TempDir dir;
    const auto path = dir.file("v1.db");
    {
        RawDb raw(path);
        migrate(raw.get(), 1);
        raw.exec("BEGIN; " + std::string(kVersion1Data) + " COMMIT;");
        ASSERT_EQ(raw.integer("SELECT count(*) FROM exercises"), 2);
        ASSERT_EQ(raw.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'clients'"), 0);
    }
    auto db = Database::open(path);
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
    ExerciseRepository exercises(*db);
    EXPECT_EQ(exercises.count(), 2);
    // Version 14 steps the library version back by one, so the next seeding brings the
    // built-ins' texts in other languages.
    EXPECT_EQ(exercises.builtinLibraryVersion(), 2);
    const auto curl = exercises.find("pelvic-curl");
    ASSERT_TRUE(curl);
    EXPECT_EQ(*curl, expectedPelvicCurl());
    const auto set = exercises.find("glute-set");
    ASSERT_TRUE(set);
    EXPECT_TRUE(set->builtin);
    EXPECT_TRUE(set->hidden);
    EXPECT_EQ(set->harder, "pelvic-curl");
    // The search index came along too.
    const auto found = exercises.search("pelv");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].id, "pelvic-curl");
    EXPECT_EQ(exercises.search("hamstr").size(), 1u);

    // And the new tables work.
    ClientRepository clients(*db);
    storage::ClientRecord client;
    client.profile.name = "Sam";
    client.profile.conditions = {core::Condition::PatellofemoralPain};
    const auto id = clients.create(client);
    EXPECT_TRUE(clients.find(id));
    EXPECT_TRUE(db->integrityProblems().empty());
}

TEST(Migrations, EveryOlderVersionGetsNameKeysAndTheMuscleSearchOfVersion8)
{
    TempDir dir;
    for (const Migration& step : migrations()) {
        const int version = step.version;
        if (version >= 8) {
            break;
        }
        SCOPED_TRACE("from version " + std::to_string(version));
        const auto path = dir.file("v" + std::to_string(version) + "-data.db");
        {
            RawDb raw(path);
            migrate(raw.get(), 1);
            raw.exec("BEGIN; " + std::string(kVersion1Data) +
                     " UPDATE exercises SET name = 'Élan curl' WHERE id = 'pelvic-curl';"
                     " COMMIT;");
            migrate(raw.get(), version);
        }
        auto db = Database::open(path);
        ExerciseRepository exercises(*db);
        // Names are ordered by their folded key: "Élan" sorts as "elan", before "Glute".
        ExerciseQuery all;
        all.filter.includeHidden = true;
        const auto rows = exercises.rows(all, 0, 10);
        ASSERT_EQ(rows.size(), 2u);
        EXPECT_EQ(rows[0].id, "pelvic-curl");
        EXPECT_EQ(rows[1].id, "glute-set");
        // The main muscle is searchable by the words clinicians use for it.
        ExerciseQuery gluteus = all;
        gluteus.text = "gluteus maximus";
        EXPECT_EQ(exercises.countMatching(gluteus), 2);
        ExerciseQuery hamstrings = all;
        hamstrings.text = "hamstr";
        const auto found = exercises.rows(hamstrings, 0, 10);
        ASSERT_EQ(found.size(), 1u);
        EXPECT_EQ(found[0].id, "pelvic-curl");
        EXPECT_EQ(found[0].equipment, std::vector<core::Equipment>{core::Equipment::Mat});
        EXPECT_TRUE(db->integrityProblems().empty());
    }
}

TEST(Migrations, Version3PlansSurviveAndStartWithoutAGreenStreak)
{
    TempDir dir;
    const auto path = dir.file("v3.db");
    {
        RawDb raw(path);
        migrate(raw.get(), 3);
        raw.exec("BEGIN;"
                 "INSERT INTO clients (id, name, side, sessions_per_week, minutes_per_session)"
                 " VALUES (1, 'Robin', 'left', 3, 20);"
                 "INSERT INTO plans (id, client_id, week_start, version, saved_at, action, light,"
                 " phase) VALUES (7, 1, '2026-11-23', 1, '2026-11-20T09:00:00Z', 'progress',"
                 " 'green', 2);"
                 "COMMIT;");
    }
    auto db = Database::open(path);
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
    ClientRepository clients(*db);
    const auto plan = clients.findPlan(7);
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->plan.decision.phase, 2);
    EXPECT_EQ(plan->plan.decision.action, core::Action::Progress);
    EXPECT_EQ(plan->plan.decision.greenWeeksInPhase, 0);
}

// Every version before the pictures (1 to 4) keeps its exercises, which read back without a
// picture; seeding the shipped library then gives every built-in its pose, keeps the hidden
// flag, and a custom exercise stays without one (it draws its position's default).
TEST(Migrations, ExercisesFromEveryOlderVersionGainTheirPicturesWhenTheLibraryIsSeeded)
{
    TempDir dir;
    for (const Migration& step : migrations()) {
        if (step.version >= 7) {
            break;
        }
        SCOPED_TRACE("from version " + std::to_string(step.version));
        const auto path = dir.file("pictures-v" + std::to_string(step.version) + ".db");
        {
            RawDb raw(path);
            migrate(raw.get(), step.version);
            raw.exec("BEGIN; " + std::string(kVersion1Data) + " COMMIT;");
            // Installed databases were seeded with library version 1, the last one without
            // pictures.
            raw.exec("UPDATE meta SET value = '1' WHERE key = 'builtin_library_version';");
        }
        auto db = Database::open(path);
        ExerciseRepository exercises(*db);
        const auto before = exercises.find("glute-set");
        ASSERT_TRUE(before);
        EXPECT_FALSE(before->illustration);

        const io::LibraryDocument& shipped = io::builtinLibrary();
        exercises.seedBuiltins(shipped.exercises, shipped.libraryVersion);
        const auto after = exercises.find("glute-set");
        ASSERT_TRUE(after);
        ASSERT_TRUE(after->illustration);
        EXPECT_TRUE(after->hidden);
        const auto shippedSet =
            std::find_if(shipped.exercises.begin(), shipped.exercises.end(),
                         [](const core::Exercise& e) { return e.id == "glute-set"; });
        ASSERT_NE(shippedSet, shipped.exercises.end());
        EXPECT_EQ(after->illustration, shippedSet->illustration);
        const auto custom = exercises.find("pelvic-curl");
        ASSERT_TRUE(custom);
        EXPECT_FALSE(custom->builtin);
        EXPECT_FALSE(custom->illustration);
        EXPECT_TRUE(db->integrityProblems().empty());
    }
}

// Before version 5 only the "yes" screening answers were stored (the form started every question
// at "no"), so after the upgrade those stay answered yes and every other question is unanswered.
TEST(Migrations, ScreeningFromEveryOlderVersionKeepsYesAnswersAndAsksTheRestAgain)
{
    TempDir dir;
    for (int version = 2; version < 5; ++version) {
        SCOPED_TRACE("from version " + std::to_string(version));
        const auto path = dir.file("screening-v" + std::to_string(version) + ".db");
        {
            RawDb raw(path);
            migrate(raw.get(), version);
            raw.exec("BEGIN;"
                     "INSERT INTO clients (id, name, side, sessions_per_week, minutes_per_session)"
                     " VALUES (1, 'Robin', 'left', 3, 20), (2, 'Kim', 'both', 3, 20);"
                     "INSERT INTO client_conditions VALUES (1, 0, 'patellofemoral_pain'),"
                     " (2, 0, 'hip_imbalance');"
                     "INSERT INTO client_red_flags VALUES (1, 0, 'locked_knee');"
                     "COMMIT;");
        }
        auto db = Database::open(path);
        EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
        ClientRepository clients(*db);
        const auto robin = clients.find(1);
        ASSERT_TRUE(robin);
        EXPECT_EQ(robin->screeningRedFlags, std::vector<core::RedFlag>{core::RedFlag::LockedKnee});
        EXPECT_TRUE(robin->screeningAnsweredNo.empty());
        EXPECT_EQ(
            core::unansweredRedFlags(robin->screeningRedFlags, robin->screeningAnsweredNo).size(),
            core::allValues<core::RedFlag>().size() - 1);
        const auto kim = clients.find(2);
        ASSERT_TRUE(kim);
        EXPECT_TRUE(kim->screeningRedFlags.empty());
        EXPECT_EQ(core::unansweredRedFlags(kim->screeningRedFlags, kim->screeningAnsweredNo).size(),
                  core::allValues<core::RedFlag>().size());
        // Answering the rest now is stored.
        auto answered = *kim;
        answered.screeningAnsweredNo = core::unansweredRedFlags(kim->screeningRedFlags, {});
        clients.update(answered);
        EXPECT_EQ(clients.find(2)->screeningAnsweredNo, answered.screeningAnsweredNo);
        EXPECT_TRUE(db->integrityProblems().empty());
    }
}

TEST(Migrations, AFailingStepIsRolledBackAndEarlierStepsStay)
{
    TempDir dir;
    const auto path = dir.file("blocked.db");
    {
        RawDb raw(path);
        migrate(raw.get(), 1);
        // Something in the way of step 2.
        raw.exec("CREATE TABLE clients (something_else TEXT)");
        try {
            migrate(raw.get(), 2);
            FAIL() << "step 2 should fail";
        } catch (const StorageError& error) {
            EXPECT_NE(std::string(error.what()).find("version 2"), std::string::npos)
                << error.what();
        }
        EXPECT_EQ(raw.integer("PRAGMA user_version"), 1);
        EXPECT_EQ(raw.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'check_ins'"), 0);
        EXPECT_TRUE(sqlite3_get_autocommit(raw.get()));
    }
}

TEST(Migrations, MigrateStopsAtTheTarget)
{
    TempDir dir;
    RawDb raw(dir.file("partial.db"));
    migrate(raw.get(), 0);
    EXPECT_EQ(raw.integer("PRAGMA user_version"), 0);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM sqlite_schema"), 0);
    migrate(raw.get(), 1);
    EXPECT_EQ(raw.integer("PRAGMA user_version"), 1);
    migrate(raw.get(), 1); // again: nothing to do
    EXPECT_EQ(raw.integer("PRAGMA user_version"), 1);
}

TEST(Migrations, Version4ClientsGetNoSurgeryNoPrecautionsAndUnansweredHipQuestions)
{
    TempDir dir;
    const auto path = dir.file("v4.db");
    {
        RawDb raw(path);
        migrate(raw.get(), 4);
        raw.exec("BEGIN;"
                 "INSERT INTO clients (id, name, side, sessions_per_week, minutes_per_session)"
                 " VALUES (1, 'Robin', 'left', 3, 20);"
                 "INSERT INTO client_conditions VALUES (1, 0, 'post_surgery');"
                 "COMMIT;");
        ASSERT_EQ(raw.integer("SELECT count(*) FROM sqlite_schema WHERE name = "
                              "'clinician_reviews'"),
                  0);
    }
    auto db = Database::open(path);
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
    ClientRepository clients(*db);
    auto robin = clients.find(1);
    ASSERT_TRUE(robin);
    EXPECT_FALSE(robin->profile.surgery);
    EXPECT_TRUE(robin->profile.precautions.empty());
    EXPECT_EQ(robin->profile.hipBalance, core::HipBalanceCheck{});
    EXPECT_TRUE(ReviewRepository(*db).reviews(1).empty());

    // The new fields and table work on the upgraded file.
    robin->profile.surgery = core::Surgery{core::Operation::AclReconstruction,
                                           *core::parseIsoDate("2026-09-01"),
                                           core::WeightBearing::Full,
                                           {core::SurgicalClearance::Running}};
    robin->profile.hipBalance.backPain = false;
    clients.update(*robin);
    EXPECT_EQ(clients.find(1)->profile, robin->profile);
    ReviewRepository(*db).add(1, {*core::parseIsoDate("2026-11-02"), "Dr Lee", "Seen."});
    EXPECT_EQ(ReviewRepository(*db).reviews(1).size(), 1u);
    EXPECT_TRUE(db->integrityProblems().empty());
}

// Version 16: an exercise's time is held still or kept moving. A version 15 file's exercises all
// read as held, as they did; seeding the shipped library (version 4) then marks the built-ins
// whose time is movement, and a custom exercise keeps what its owner gave it.
TEST(Migrations, Version15ExercisesReadAsHeldAndSeedingMarksTheBuiltinsThatMove)
{
    TempDir dir;
    const auto path = dir.file("v15.db");
    {
        RawDb raw(path);
        migrate(raw.get(), 15);
        raw.exec("BEGIN; " + std::string(kVersion1Data) + " COMMIT;");
        raw.exec("UPDATE meta SET value = '3' WHERE key = 'builtin_library_version';");
        ASSERT_EQ(raw.integer("SELECT count(*) FROM pragma_table_info('exercises') WHERE name = "
                              "'timing'"),
                  0);
    }
    auto db = Database::open(path);
    EXPECT_EQ(db->schemaVersion(), 16);
    ExerciseRepository exercises(*db);
    EXPECT_EQ(exercises.find("pelvic-curl")->timing, core::Timing::Hold);
    EXPECT_EQ(exercises.find("glute-set")->timing, core::Timing::Hold);

    const io::LibraryDocument& shipped = io::builtinLibrary();
    ASSERT_GE(shipped.libraryVersion, 4);
    exercises.seedBuiltins(shipped.exercises, shipped.libraryVersion);
    for (const char* id : {"hundred", "modified-hundred", "kneecap-glides", "brisk-walk"}) {
        const auto stored = exercises.find(id);
        ASSERT_TRUE(stored) << id;
        EXPECT_EQ(stored->timing, core::Timing::Continuous) << id;
    }
    EXPECT_EQ(exercises.find("wall-sit")->timing, core::Timing::Hold);
    EXPECT_EQ(exercises.find("pelvic-curl")->timing, core::Timing::Hold); // custom: as it was

    // A custom exercise can be saved as moving, and reads back so.
    auto curl = *exercises.find("pelvic-curl");
    curl.timing = core::Timing::Continuous;
    exercises.update(curl);
    EXPECT_EQ(exercises.find("pelvic-curl")->timing, core::Timing::Continuous);
    EXPECT_TRUE(db->integrityProblems().empty());
}

// The column holds one of the two words and nothing else, whoever writes to the file.
TEST(Migrations, Version16RefusesATimingItDoesNotKnow)
{
    TempDir dir;
    RawDb raw(dir.file("v16.db"));
    migrate(raw.get(), 16);
    raw.exec("BEGIN; " + std::string(kVersion1Data) + " COMMIT;");
    EXPECT_EQ(raw.integer("SELECT count(*) FROM exercises WHERE timing = 'hold'"), 2);
    EXPECT_NE(sqlite3_exec(raw.get(), "UPDATE exercises SET timing = 'moving' WHERE rid = 1",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM exercises WHERE timing = 'hold'"), 2);
}
