// Exercise search on the clinic server at 100,000 synthetic exercises: the repository's search
// as the Library page asks for it (a window of 100 rows, ranked in tiers) against a raw ranked
// tsquery on the same server, same index and same words, in the same run (the floor); and the
// page's count of the matches, asked on every keystroke, against a raw count(*) of the same
// tsquery.
// Needs a server: GLIDEPATH_TEST_PG (scripts/pg-test-server). Run by hand in a release build:
// build/<dir>/tests/bench/server_search_bench
//
// The library is loaded with a few bulk statements (the repository's import writes one
// exercise at a time, which at 100,000 takes minutes); its search rows are then written by
// the product's own rebuildServerSearch, as after a db copy.

#include "../support/synthetic_library.h"
#include "exercise_search_index.h"
#include "pg_connection.h"

#include <glidepath/core/enum_names.h>
#include <glidepath/core/text_fold.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <array>
#include <cstdlib>
#include <map>
#include <memory>

using namespace glidepath;
using namespace glidepath::storage;

namespace {

constexpr int kSize = 100000;

class ServerLibrary
{
public:
    ServerLibrary()
    {
        const char* address = std::getenv("GLIDEPATH_TEST_PG");
        if (address == nullptr || *address == '\0') {
            return;
        }
        m_admin = parseServerUrl(address);
        m_name = "gp_search_bench_" + std::to_string(::getpid());
        detail::PgConnection admin(m_admin);
        admin.exec("CREATE DATABASE " + detail::quotedIdentifier(m_name));
        m_db = Database::open(m_admin.withDatabase(m_name));
        load();
        m_repository = std::make_unique<ExerciseRepository>(*m_db);
        addNamedExercises();
        m_raw = std::make_unique<detail::PgConnection>(m_admin.withDatabase(m_name));
        m_raw->exec("ANALYZE");
    }
    ~ServerLibrary()
    {
        m_raw.reset();
        m_repository.reset();
        m_db.reset();
        if (!m_name.empty()) {
            try {
                detail::PgConnection admin(m_admin);
                admin.exec("DROP DATABASE IF EXISTS " + detail::quotedIdentifier(m_name) +
                           " WITH (FORCE)");
            } catch (...) {
            }
        }
    }

    bool ready() const { return m_repository != nullptr; }
    ExerciseRepository& repository() { return *m_repository; }
    detail::PgConnection& raw() { return *m_raw; }

private:
    // A few exercises the synthetic names never make, written by the product's own import: one
    // is the only match for "drill", and three carry an accented word ("plié"), one of them at
    // the start of its name.
    void addNamedExercises()
    {
        m_repository->importExercises(
            test::namedSyntheticExercises({"Zigzag hop drill", "Plié squat hold",
                                           "Relevé with plié", "Grand plié at the wall"},
                                          7),
            ClashPolicy::Fail);
    }

    void load()
    {
        const auto library = test::makeSyntheticLibrary(kSize, 2024);
        detail::PgConnection server(m_admin.withDatabase(m_name));
        // Text columns, then bigint ones, as written by the loop below.
        const std::vector<std::string> texts{"id",       "name",         "summary",  "category",
                                             "position", "knee_flexion", "impact",   "laterality",
                                             "tempo",    "name_key",     "load_kind"};
        const std::vector<std::string> numbers{
            "phase_min",        "phase_max",        "sets",     "reps",     "hold_seconds",
            "rest_seconds",     "min_sets",         "max_sets", "min_reps", "max_reps",
            "min_hold_seconds", "max_hold_seconds", "builtin",  "hidden",   "load_level",
            "max_load_level"};
        std::string columns;
        std::string selected;
        std::string arrays;
        int index = 1;
        for (const auto& name : texts) {
            columns += (columns.empty() ? "" : ", ") + name;
            selected += (selected.empty() ? "u." : ", u.") + name;
            arrays += (arrays.empty() ? "$" : ", $") + std::to_string(index++) + "::text[]";
        }
        for (const auto& name : numbers) {
            columns += ", " + name;
            selected += ", u." + name + "::bigint";
            arrays += ", $" + std::to_string(index++) + "::text[]";
        }
        std::string aliases;
        for (const auto& name : texts) {
            aliases += (aliases.empty() ? "" : ", ") + name;
        }
        for (const auto& name : numbers) {
            aliases += ", " + name;
        }
        const std::string insert = "INSERT INTO exercises (" + columns + ") SELECT " + selected +
                                   " FROM unnest(" + arrays + ") AS u (" + aliases + ")";
        constexpr std::size_t kBatch = 5000;
        for (std::size_t start = 0; start < library.size(); start += kBatch) {
            std::vector<std::vector<std::string>> values(texts.size() + numbers.size());
            for (std::size_t i = start; i < std::min(library.size(), start + kBatch); ++i) {
                const core::Exercise& e = library[i];
                const std::vector<std::string> row{e.id,
                                                   e.name,
                                                   e.summary,
                                                   std::string(core::toString(e.category)),
                                                   std::string(core::toString(e.position)),
                                                   std::string(core::toString(e.kneeFlexion)),
                                                   std::string(core::toString(e.impact)),
                                                   std::string(core::toString(e.laterality)),
                                                   e.dose.tempo,
                                                   core::foldForSorting(e.name),
                                                   std::string(core::toString(e.dose.loadKind)),
                                                   std::to_string(e.phaseMin),
                                                   std::to_string(e.phaseMax),
                                                   std::to_string(e.dose.sets),
                                                   std::to_string(e.dose.reps),
                                                   std::to_string(e.dose.holdSeconds),
                                                   std::to_string(e.dose.restSeconds),
                                                   std::to_string(e.limits.minSets),
                                                   std::to_string(e.limits.maxSets),
                                                   std::to_string(e.limits.minReps),
                                                   std::to_string(e.limits.maxReps),
                                                   std::to_string(e.limits.minHoldSeconds),
                                                   std::to_string(e.limits.maxHoldSeconds),
                                                   "0",
                                                   e.hidden ? "1" : "0",
                                                   std::to_string(e.dose.loadLevel),
                                                   std::to_string(e.limits.maxLoadLevel)};
                for (std::size_t c = 0; c < row.size(); ++c) {
                    values[c].push_back(row[c]);
                }
            }
            std::vector<detail::PgParam> params;
            for (const auto& column : values) {
                params.emplace_back(detail::arrayLiteral(column));
            }
            server.exec(insert, params);
        }
        std::map<std::string, std::string> rids;
        const detail::PgResult stored = server.exec("SELECT id, rid FROM exercises");
        for (int r = 0; r < stored.rows(); ++r) {
            rids.emplace(stored.text(r, 0), stored.text(r, 1));
        }
        // The lists the search reads: muscles (main and others) and cues.
        const auto children = [&](const std::string& table, const std::string& column,
                                  const auto& listOf) {
            std::vector<std::string> ridColumn;
            std::vector<std::string> positions;
            std::vector<std::string> items;
            const auto flush = [&] {
                if (ridColumn.empty()) {
                    return;
                }
                server.exec("INSERT INTO " + table + " (exercise_rid, position, " + column +
                                ") SELECT u.r::bigint, u.p::bigint, u.v FROM unnest($1::text[], "
                                "$2::text[], $3::text[]) AS u (r, p, v)",
                            {detail::arrayLiteral(ridColumn), detail::arrayLiteral(positions),
                             detail::arrayLiteral(items)});
                ridColumn.clear();
                positions.clear();
                items.clear();
            };
            for (const core::Exercise& e : library) {
                const std::vector<std::string> list = listOf(e);
                for (std::size_t p = 0; p < list.size(); ++p) {
                    ridColumn.push_back(rids.at(e.id));
                    positions.push_back(std::to_string(p));
                    items.push_back(list[p]);
                }
                if (ridColumn.size() >= 20000) {
                    flush();
                }
            }
            flush();
        };
        children("exercise_muscles", "muscle", [](const core::Exercise& e) {
            std::vector<std::string> out;
            for (const core::Muscle m : e.muscles) {
                out.emplace_back(core::toString(m));
            }
            return out;
        });
        children("exercise_cues", "text", [](const core::Exercise& e) { return e.cues; });
        detail::rebuildServerSearch(server);
    }

    ServerUrl m_admin;
    std::string m_name;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExerciseRepository> m_repository;
    std::unique_ptr<detail::PgConnection> m_raw;
};

ServerLibrary& library()
{
    static ServerLibrary instance;
    return instance;
}

// The library, or nullptr with the benchmark skipped when there is no server.
ServerLibrary* readyLibrary(benchmark::State& state)
{
    ServerLibrary& server = library();
    if (!server.ready()) {
        state.SkipWithError("no server: set GLIDEPATH_TEST_PG (scripts/pg-test-server start)");
        return nullptr;
    }
    return &server;
}

// The Library page's first window of a search: 100 rows, ranked in tiers.
void repositorySearch(benchmark::State& state, const char* text)
{
    ServerLibrary* library = readyLibrary(state);
    if (library == nullptr) {
        return;
    }
    ServerLibrary& server = *library;
    ExerciseQuery query;
    query.text = text;
    std::size_t results = 0;
    for (auto _ : state) {
        auto rows = server.repository().rows(query, 0, 100);
        results = rows.size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["results"] = static_cast<double>(results);
}

// The floor: one ranked tsquery over the same index and words, 100 ids and names.
void rawRankedTsQuery(benchmark::State& state, const char* text)
{
    ServerLibrary* library = readyLibrary(state);
    if (library == nullptr) {
        return;
    }
    ServerLibrary& server = *library;
    const std::string query = detail::serverQuery(text, "");
    std::size_t results = 0;
    for (auto _ : state) {
        const detail::PgResult rows = server.raw().exec(
            "SELECT e.id, e.name FROM exercise_search s JOIN exercises e ON e.rid = s.rowid "
            "WHERE s.doc @@ to_tsquery('simple', $1) ORDER BY ts_rank('{0.15, 0.3, 0.6, 1.0}', "
            "s.doc, to_tsquery('simple', $1)) DESC, s.rowid LIMIT 100",
            {query});
        results = static_cast<std::size_t>(rows.rows());
        benchmark::DoNotOptimize(results);
    }
    state.counters["results"] = static_cast<double>(results);
}

// The Library's count of a search, asked on every keystroke before any row is shown: the
// repository's countMatching as the page asks it (hidden exercises left out).
void repositoryCount(benchmark::State& state, const char* text)
{
    ServerLibrary* library = readyLibrary(state);
    if (library == nullptr) {
        return;
    }
    ServerLibrary& server = *library;
    ExerciseQuery query;
    query.text = text;
    int count = 0;
    for (auto _ : state) {
        count = server.repository().countMatching(query);
        benchmark::DoNotOptimize(count);
    }
    state.counters["count"] = count;
}

// Its floor: count(*) of the same tsquery over the same index, nothing left out.
void rawCount(benchmark::State& state, const char* text)
{
    ServerLibrary* library = readyLibrary(state);
    if (library == nullptr) {
        return;
    }
    ServerLibrary& server = *library;
    const std::string query = detail::serverQuery(text, "");
    std::int64_t count = 0;
    for (auto _ : state) {
        count = server.raw()
                    .exec("SELECT count(*) FROM exercise_search s "
                          "WHERE s.doc @@ to_tsquery('simple', $1)",
                          {query})
                    .int64(0, 0);
        benchmark::DoNotOptimize(count);
    }
    state.counters["count"] = static_cast<double>(count);
}

} // namespace

// Each text against its floor, one after the other.
#define SEARCH_PAIR(label, text)                                                                   \
    BENCHMARK_CAPTURE(repositorySearch, label, text)->Unit(benchmark::kMillisecond);               \
    BENCHMARK_CAPTURE(rawRankedTsQuery, label, text)->Unit(benchmark::kMillisecond)

// The count per keystroke against its floor.
#define COUNT_PAIR(label, text)                                                                    \
    BENCHMARK_CAPTURE(repositoryCount, label, text)->Unit(benchmark::kMillisecond);                \
    BENCHMARK_CAPTURE(rawCount, label, text)->Unit(benchmark::kMillisecond)

// Each text's search and count, each beside its floor.
#define TEXT_PAIRS(label, text)                                                                    \
    SEARCH_PAIR(label, text);                                                                      \
    COUNT_PAIR(label, text)

TEXT_PAIRS(name_prefix_clam, "clam");
TEXT_PAIRS(one_letter_s, "s");
TEXT_PAIRS(two_letters_st, "st");
TEXT_PAIRS(muscle_glute_med, "glute med");
TEXT_PAIRS(muscle_vmo, "vmo");
TEXT_PAIRS(muscle_adductor, "adductor");
TEXT_PAIRS(one_match_drill, "drill");
TEXT_PAIRS(accented_plie, "plié");
TEXT_PAIRS(accented_no_match_cafe, "Café");
TEXT_PAIRS(no_match, "zzqx");

BENCHMARK_MAIN();
