// The clinic server lists a search exactly as SQLite does: the same rows in the same order, page
// by page, whichever way the server reads each stage (walking the library in order for common
// words, gathering through its GIN index for rare ones, one statement for a text the first rows
// never hold). The library is larger than the rows the server surveys, and the exercises that
// make a text rare come last, so every way is taken.

#include "backend_fixture.h"
#include "pg_connection.h"
#include "query.h"
#include "storage_test_support.h"
#include "support/synthetic_library.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

using namespace glidepath;
using namespace glidepath::storage;

namespace {

// Exercises the synthetic names never make, added after the rest (so none is among the rows
// the server surveys first): a name holding a muscle's words, accented names, and a rare word
// in a cue before the one name that holds it (the name must still come first).
std::vector<core::Exercise> namedExercises()
{
    std::vector<core::Exercise> out = test::namedSyntheticExercises(
        {"Standing glute med lift", "Plié squat hold", "Relevé with plié", "Wall slide",
         "Zigzag hop drill", "Grand plié at the wall"},
        11);
    out[1].hidden = true; // a hidden name that starts with the text
    out[3].cues.push_back("Finish as in the zigzag drill");
    return out;
}

std::vector<core::Exercise> library()
{
    auto exercises = test::makeSyntheticLibrary(1500, 2024);
    for (std::size_t i = 0; i < exercises.size(); i += 97) {
        exercises[i].hidden = true;
    }
    for (auto& e : namedExercises()) {
        exercises.push_back(std::move(e));
    }
    return exercises;
}

std::vector<std::string> ids(const std::vector<ExerciseListRow>& rows)
{
    std::vector<std::string> out;
    for (const auto& row : rows) {
        out.push_back(row.id);
    }
    return out;
}

// Every row of the list, read a page at a time as the Library page does.
std::vector<std::string> wholeList(const ExerciseRepository& repo, const ExerciseQuery& query)
{
    std::vector<std::string> out;
    for (int offset = 0;; offset += 300) {
        const auto page = ids(repo.rows(query, offset, 300));
        out.insert(out.end(), page.begin(), page.end());
        if (page.size() < 300) {
            return out;
        }
    }
}

class ExerciseSearchParityTest : public test::BackendTest
{};

TEST_P(ExerciseSearchParityTest, ServerListsEverySearchAsSqliteDoes)
{
    const auto exercises = library();
    ExerciseRepository server(*m_db);
    server.importExercises(exercises, ClashPolicy::Fail);
    const auto file = Database::open(m_dir.file("reference.db"));
    ExerciseRepository sqlite(*file);
    sqlite.importExercises(exercises, ClashPolicy::Fail);

    // Common words and prefixes, muscles, rare and accented words, words of cues only, words
    // found only in different columns ("bridge" in names, "adductor" in muscles), none.
    const std::vector<std::string> texts{
        "s",      "st",    "clam", "glute med", "vmo",   "adductor",    "band",
        "hip",    "gesäß", "plié", "PLIE",      "drill", "knee tracks", "bridge adductor",
        "pelvis", "zzqx",  "Café"};
    for (const bool hidden : {false, true}) {
        for (const bool filtered : {false, true}) {
            for (const auto& text : texts) {
                ExerciseQuery query;
                query.text = text;
                query.filter.includeHidden = hidden;
                if (filtered) {
                    query.filter.category = core::Category::Strength;
                }
                SCOPED_TRACE(text + (hidden ? ", hidden included" : "") +
                             (filtered ? ", strength only" : ""));
                const auto expected = wholeList(sqlite, query);
                EXPECT_EQ(wholeList(server, query), expected);
                EXPECT_EQ(server.countMatching(query), static_cast<int>(expected.size()));
                // The Library page's first window, and one that starts inside a later stage.
                EXPECT_EQ(ids(server.rows(query, 0, 100)), ids(sqlite.rows(query, 0, 100)));
                EXPECT_EQ(ids(server.rows(query, 7, 40)), ids(sqlite.rows(query, 7, 40)));
                if (!expected.empty()) {
                    const std::string& last = expected.back();
                    EXPECT_EQ(server.positionOf(query, last),
                              static_cast<int>(expected.size()) - 1);
                }
            }
        }
    }
    ExerciseQuery rare;
    rare.text = "drill";
    EXPECT_EQ(ids(server.rows(rare, 0, 10)), (std::vector<std::string>{"named-4", "named-3"}))
        << "the name that holds a rare word before the cue that does";
    rare.text = "plie";
    EXPECT_EQ(ids(server.rows(rare, 0, 10)), (std::vector<std::string>{"named-2", "named-5"}))
        << "the hidden name that starts with the text is left out; the others by key";
}

// A keystroke's first page costs one statement on the server when the names fill it, and when
// the text is rare or found nowhere (names, survey and gathered matches in one).
TEST_P(ExerciseSearchParityTest, AKeystrokesFirstPageOfARareTextIsOneRoundTrip)
{
    ExerciseRepository server(*m_db);
    server.importExercises(library(), ClashPolicy::Fail);
    const detail::PgConnection& connection = m_db->session()->server();
    for (const char* text : {"s", "drill", "plié", "zzqx", "Café"}) {
        ExerciseQuery query;
        query.text = text;
        const std::uint64_t before = connection.roundTrips();
        const auto rows = server.rows(query, 0, 100);
        EXPECT_EQ(connection.roundTrips() - before, 1U) << text << ": " << rows.size() << " rows";
    }
}

} // namespace

// Only the server has something to compare; its run is skipped without a test server.
INSTANTIATE_TEST_SUITE_P(Backends, ExerciseSearchParityTest,
                         ::testing::Values(test::Backend::Server), test::backendName);
