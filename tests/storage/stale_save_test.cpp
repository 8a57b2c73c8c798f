// Concurrent editing without lost updates (issue 14): every editable record carries its row
// version; a save based on an older version than the stored one is refused, naming who saved it
// last and when, and changes nothing. Check-ins and logs added from two desks both survive.

#include "client_record_fixture.h"
#include "storage_test_support.h"

#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/exercise_texts.h>
#include <glidepath/storage/template_repository.h>
#include <glidepath/storage/tracking_repository.h>

#include <gtest/gtest.h>

#include <thread>

using namespace glidepath;
using namespace glidepath::storage;
using namespace glidepath::test::records;

namespace {

core::PlanTemplate planTemplate(const std::string& name)
{
    core::PlanTemplate t;
    t.name = name;
    t.phase = 1;
    t.days.resize(7);
    return t;
}

class StaleSaveTest : public test::ClientRecordTest
{};

// The refusal, checked the same way for every kind of record.
template <typename Save> StaleRecordError expectStale(Save save)
{
    try {
        save();
    } catch (const StaleRecordError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Conflict);
        return error;
    } catch (const std::exception& other) {
        ADD_FAILURE() << "expected a stale save to be refused, got: " << other.what();
        throw;
    }
    ADD_FAILURE() << "a save based on a stale version went through";
    throw std::logic_error("no refusal");
}

} // namespace

TEST_P(StaleSaveTest, AClientSavedOverANewerVersionIsRefusedSayingWhoAndWhen)
{
    ClientRepository clients(*m_db);
    const std::int64_t id = clients.create(client("Robin"));
    ClientRecord mine = *clients.find(id);
    ClientRecord theirs = *clients.find(id);
    EXPECT_EQ(mine.rowVersion, 1);
    EXPECT_FALSE(mine.updatedBy.empty());
    EXPECT_EQ(mine.updatedAt.size(), 20u) << mine.updatedAt; // 2026-12-06T22:30:00Z

    theirs.profile.notes = "theirs";
    clients.update(theirs, theirs.rowVersion);
    const ClientRecord stored = *clients.find(id);
    EXPECT_EQ(stored.rowVersion, 2);

    mine.profile.notes = "mine";
    const StaleRecordError error = expectStale([&] { clients.update(mine, mine.rowVersion); });
    EXPECT_EQ(error.storedVersion(), 2);
    EXPECT_EQ(error.changedBy(), stored.updatedBy);
    EXPECT_EQ(error.changedAt(), stored.updatedAt);
    EXPECT_NE(std::string(error.what()).find(stored.updatedBy), std::string::npos) << error.what();
    EXPECT_EQ(clients.find(id)->profile.notes, "theirs") << "the refused save changed something";
    EXPECT_EQ(clients.find(id)->rowVersion, 2);

    // Reloading gives the version to save over; a save without one goes through (undo).
    mine.rowVersion = clients.find(id)->rowVersion;
    clients.update(mine, mine.rowVersion);
    EXPECT_EQ(clients.find(id)->profile.notes, "mine");
    clients.update(theirs);
    EXPECT_EQ(clients.find(id)->profile.notes, "theirs");
    EXPECT_EQ(clients.find(id)->rowVersion, 4);
}

TEST_P(StaleSaveTest, AMissingClientIsStillNotFoundWithOrWithoutAVersion)
{
    ClientRepository clients(*m_db);
    ClientRecord ghost = client("Ghost");
    ghost.id = 999;
    test::expectError(StorageError::Kind::NotFound, [&] { clients.update(ghost, 1); });
    test::expectError(StorageError::Kind::NotFound, [&] { clients.update(ghost); });
}

TEST_P(StaleSaveTest, CheckInsAndTemplatesRefuseStaleSavesToo)
{
    ClientRepository clients(*m_db);
    const std::int64_t id = clients.create(client("Sam"));
    const std::int64_t checkInId = clients.addCheckIn(id, checkIn("2026-12-01", 2));
    const StoredCheckIn read = clients.checkIns(id).front();
    EXPECT_EQ(read.rowVersion, 1);
    clients.updateCheckIn(checkInId, checkIn("2026-12-01", 3), read.rowVersion);
    expectStale([&] { clients.updateCheckIn(checkInId, checkIn("2026-12-01", 7), 1); });
    EXPECT_EQ(clients.checkIns(id).front().checkIn.painActivity, 3);
    EXPECT_EQ(clients.checkIns(id).front().rowVersion, 2);

    TemplateRepository templates(*m_db);
    const std::int64_t templateId = templates.create(planTemplate("Early knee"));
    const StoredTemplate stored = *templates.find(templateId);
    EXPECT_EQ(stored.rowVersion, 1);
    templates.update(templateId, planTemplate("Early knee, gentler"), stored.rowVersion);
    expectStale([&] { templates.update(templateId, planTemplate("Mine"), stored.rowVersion); });
    EXPECT_EQ(templates.find(templateId)->plan.name, "Early knee, gentler");
}

// An exercise's texts in other languages are part of it: their save is versioned like the
// English one, and either refuses a save based on the version before the other.
TEST_P(StaleSaveTest, AnExercisesTextsSavedOverANewerVersionAreRefusedSayingWhoAndWhen)
{
    ExerciseRepository exercises(*m_db);
    ExerciseTextRepository texts(*m_db);
    exercises.create(test::sampleExercise("side-lift", "Side lift"));
    const std::int64_t read = exercises.stamp("side-lift")->rowVersion;
    core::ExerciseText german;
    german.name = "Seitheben";
    // Another desk on the server (on a file, the one writer saves twice).
    const std::unique_ptr<Database> other = onServer() ? openDatabase() : nullptr;
    ExerciseTextRepository(other ? *other : *m_db).replace("side-lift", {{"de", german}}, read);
    const ExerciseStamp saved = *exercises.stamp("side-lift");
    EXPECT_EQ(saved.rowVersion, read + 1);
    EXPECT_FALSE(saved.updatedBy.empty());
    EXPECT_FALSE(saved.updatedAt.empty());

    core::ExerciseText mine;
    mine.name = "Seitliches Heben";
    const StaleRecordError error = expectStale([&] {
        texts.replace("side-lift", {{"de", mine}}, read);
    });
    EXPECT_EQ(error.storedVersion(), saved.rowVersion);
    EXPECT_EQ(error.changedBy(), saved.updatedBy);
    EXPECT_EQ(error.changedAt(), saved.updatedAt);
    EXPECT_EQ(texts.find("side-lift").at("de").name, "Seitheben") << "the refused save changed it";
    EXPECT_EQ(exercises.stamp("side-lift")->rowVersion, saved.rowVersion);

    // The English form that read the exercise before the texts were saved is asked too.
    core::Exercise english = *exercises.find("side-lift");
    english.name = "Side leg lift";
    expectStale([&] { exercises.update(english, read); });
    EXPECT_EQ(exercises.find("side-lift")->name, "Side lift");

    // Mine over theirs, based on the version just seen; a save without one goes through (undo).
    texts.replace("side-lift", {{"de", mine}}, error.storedVersion());
    EXPECT_EQ(texts.find("side-lift").at("de").name, "Seitliches Heben");
    EXPECT_EQ(exercises.stamp("side-lift")->rowVersion, saved.rowVersion + 1);
    texts.replace("side-lift", {{"de", german}});
    EXPECT_EQ(texts.find("side-lift").at("de").name, "Seitheben");
    test::expectError(StorageError::Kind::NotFound, [&] {
        texts.replace("no-such", {{"de", german}}, 1);
    });
}

TEST_P(StaleSaveTest, SummariesSayWhoChangedAClientLast)
{
    ClientRepository clients(*m_db);
    const std::int64_t id = clients.create(client("Kim"));
    const auto summaries = clients.summaries();
    ASSERT_EQ(summaries.size(), 1u);
    EXPECT_EQ(summaries[0].updatedBy, clients.find(id)->updatedBy);
    EXPECT_FALSE(summaries[0].updatedBy.empty());
    EXPECT_EQ(summaries[0].updatedAt, clients.find(id)->updatedAt);
}

TEST_P(StaleSaveTest, TwoDesksEditingOneClientOnTheServer)
{
    if (!onServer()) {
        GTEST_SKIP() << "a file has one writer at a time (DatabaseLock)";
    }
    auto otherDesk = openDatabase();
    ClientRepository here(*m_db);
    ClientRepository there(*otherDesk);
    const std::int64_t id = here.create(client("Alex"));
    ClientRecord mine = *here.find(id);
    ClientRecord theirs = *there.find(id);
    theirs.profile.age = 52;
    there.update(theirs, theirs.rowVersion);
    mine.profile.age = 25;
    const StaleRecordError error = expectStale([&] { here.update(mine, mine.rowVersion); });
    EXPECT_EQ(error.changedBy(), "glidepath_test"); // the server role the other desk uses
    EXPECT_EQ(here.find(id)->profile.age, 52);
}

TEST_P(StaleSaveTest, CheckInsAndLogsFromTwoDesksForOneClientAllSurvive)
{
    if (!onServer()) {
        GTEST_SKIP() << "a file has one writer at a time (DatabaseLock)";
    }
    const std::int64_t id = ClientRepository(*m_db).create(client("Jo"));
    constexpr int kEach = 15;
    const auto desk = [&](int first, std::string& failure) {
        try {
            auto db = openDatabase();
            ClientRepository clients(*db);
            TrackingRepository tracking(*db);
            for (int i = 0; i < kEach; ++i) {
                clients.addCheckIn(id, checkIn("2026-12-01", (first + i) % 10));
                core::SessionLog log;
                log.date = day("2026-12-02");
                log.note = "desk " + std::to_string(first) + " #" + std::to_string(i);
                core::LoggedExercise entry;
                entry.exerciseId = "bridge";
                entry.setsDone = 2;
                log.entries = {entry};
                tracking.addSessionLog(id, log);
            }
        } catch (const std::exception& error) {
            failure = error.what();
        }
    };
    std::string failureA;
    std::string failureB;
    std::thread a([&] { desk(0, failureA); });
    std::thread b([&] { desk(100, failureB); });
    a.join();
    b.join();
    EXPECT_EQ(failureA, "");
    EXPECT_EQ(failureB, "");
    EXPECT_EQ(ClientRepository(*m_db).checkIns(id).size(), 2u * kEach);
    EXPECT_EQ(TrackingRepository(*m_db).sessionLogs(id).size(), 2u * kEach);
    EXPECT_EQ(rows("session_logs"), 2 * kEach);
}

INSTANTIATE_TEST_SUITE_P(Backends, StaleSaveTest, test::kBothBackends, test::backendName);
