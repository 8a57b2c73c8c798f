// The Library page's costs, each measured against its floor in the same run on the same
// database: a search keystroke (count + first block of list rows, as ExerciseTableModel asks)
// against a bare ranked FTS5 query with a limit through the sqlite3 C API, browsing by name
// against a bare indexed select, and Database::open against a bare sqlite3_open_v2. Each
// benchmark alternates ours and the floor in every iteration and reports both CPU times (thread
// CPU, so other work on the machine counts less) and their ratio.
// Run a Release build: build/release/tests/bench/list_bench

#include "../support/synthetic_library.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <time.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <memory>
#include <random>

using namespace glidepath;
using namespace glidepath::storage;

namespace {

constexpr int kBlockRows = 128; // ExerciseTableModel::kBlockRows

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

class Databases
{
public:
    ~Databases()
    {
        m_repositories.clear();
        m_databases.clear();
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }

    std::filesystem::path pathFor(int size)
    {
        forSize(size);
        return m_dir / ("bench-" + std::to_string(size) + ".db");
    }

    ExerciseRepository& forSize(int size)
    {
        if (m_dir.empty()) {
            std::random_device entropy;
            m_dir = std::filesystem::temp_directory_path() /
                    ("glidepath-list-bench-" + std::to_string(::getpid()) + "-" +
                     std::to_string(entropy()));
            std::filesystem::create_directories(m_dir);
        }
        auto it = m_repositories.find(size);
        if (it == m_repositories.end()) {
            auto db = Database::open(m_dir / ("bench-" + std::to_string(size) + ".db"));
            auto repository = std::make_unique<ExerciseRepository>(*db);
            repository->importExercises(test::makeSyntheticLibrary(size, 2024), ClashPolicy::Fail);
            m_databases[size] = std::move(db);
            it = m_repositories.emplace(size, std::move(repository)).first;
        }
        return *it->second;
    }

    sqlite3* handle(int size)
    {
        forSize(size);
        return m_databases.at(size)->handle();
    }

private:
    std::filesystem::path m_dir;
    std::map<int, std::unique_ptr<Database>> m_databases;
    std::map<int, std::unique_ptr<ExerciseRepository>> m_repositories;
};

Databases& databases()
{
    static Databases instance;
    return instance;
}

// The same words as ExerciseRepository would search for: every word a quoted prefix.
std::string prefixQuery(const std::string& text)
{
    std::string query;
    std::string word;
    const auto flush = [&] {
        if (!word.empty()) {
            query += (query.empty() ? "\"" : " \"") + word + "\"*";
        }
        word.clear();
    };
    for (const char c : text) {
        if (c == ' ') {
            flush();
        } else {
            word += c;
        }
    }
    flush();
    return query;
}

// The floor of a search: a ranked FTS5 query with a limit, rowids only, no join, no count.
int rawRankedQuery(sqlite3* db, const std::string& match)
{
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT rowid FROM exercise_search WHERE exercise_search MATCH ?"
                       " ORDER BY rank LIMIT ?",
                       -1, &stmt, nullptr);
    sqlite3_bind_text(stmt, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(stmt, 2, kBlockRows);
    int rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        benchmark::DoNotOptimize(sqlite3_column_int64(stmt, 0));
        ++rows;
    }
    sqlite3_finalize(stmt);
    return rows;
}

// The floor of browsing: the first rows of the name index, names only.
int rawFirstByName(sqlite3* db)
{
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, name FROM exercises ORDER BY name_key, name, id LIMIT ?", -1,
                       &stmt, nullptr);
    sqlite3_bind_int(stmt, 1, kBlockRows);
    int rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        benchmark::DoNotOptimize(sqlite3_column_text(stmt, 1));
        ++rows;
    }
    sqlite3_finalize(stmt);
    return rows;
}

struct Pair
{
    double ours = 0;
    double floor = 0;
    void report(benchmark::State& state) const
    {
        const auto n = static_cast<double>(state.iterations());
        state.counters["ours_ms"] = ours / n;
        state.counters["floor_ms"] = floor / n;
        state.counters["ratio"] = floor > 0 ? ours / floor : 0;
    }
};

// One search keystroke as the Library page runs it: the count, then the first block of rows.
void keystroke(benchmark::State& state, const char* text)
{
    const int size = static_cast<int>(state.range(0));
    const ExerciseRepository& repository = databases().forSize(size);
    sqlite3* db = databases().handle(size);
    ExerciseQuery query;
    query.text = text;
    const std::string match = prefixQuery(text);
    Pair pair;
    int count = 0;
    for (auto _ : state) {
        double start = threadCpuMs();
        count = repository.countMatching(query);
        auto rows = repository.rows(query, 0, kBlockRows);
        benchmark::DoNotOptimize(rows);
        pair.ours += threadCpuMs() - start;
        start = threadCpuMs();
        benchmark::DoNotOptimize(rawRankedQuery(db, match));
        pair.floor += threadCpuMs() - start;
    }
    pair.report(state);
    state.counters["matches"] = count;
}

// The Library page's first window with no search: the count and the first block by name.
void browse(benchmark::State& state)
{
    const int size = static_cast<int>(state.range(0));
    const ExerciseRepository& repository = databases().forSize(size);
    sqlite3* db = databases().handle(size);
    const ExerciseQuery query;
    Pair pair;
    for (auto _ : state) {
        double start = threadCpuMs();
        benchmark::DoNotOptimize(repository.countMatching(query));
        auto rows = repository.rows(query, 0, kBlockRows);
        benchmark::DoNotOptimize(rows);
        pair.ours += threadCpuMs() - start;
        start = threadCpuMs();
        benchmark::DoNotOptimize(rawFirstByName(db));
        pair.floor += threadCpuMs() - start;
    }
    pair.report(state);
}

// A block deep in the list, as a scroll to the middle asks for it.
void scrollToMiddle(benchmark::State& state)
{
    const int size = static_cast<int>(state.range(0));
    const ExerciseRepository& repository = databases().forSize(size);
    const ExerciseQuery query;
    for (auto _ : state) {
        auto rows = repository.rows(query, size / 2, kBlockRows);
        benchmark::DoNotOptimize(rows);
    }
}

// Database::open of an existing file (inspection, WAL, migration check) against the bare
// sqlite3_open_v2 and one read of the schema version.
void openExisting(benchmark::State& state)
{
    const auto path = databases().pathFor(static_cast<int>(state.range(0)));
    Pair pair;
    for (auto _ : state) {
        double start = threadCpuMs();
        {
            auto db = Database::open(path);
            benchmark::DoNotOptimize(db->schemaVersion());
        }
        pair.ours += threadCpuMs() - start;
        start = threadCpuMs();
        sqlite3* raw = nullptr;
        sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &stmt, nullptr);
        sqlite3_step(stmt);
        benchmark::DoNotOptimize(sqlite3_column_int(stmt, 0));
        sqlite3_finalize(stmt);
        sqlite3_close_v2(raw);
        pair.floor += threadCpuMs() - start;
    }
    pair.report(state);
}

void sizes(benchmark::internal::Benchmark* b)
{
    b->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond);
}

} // namespace

BENCHMARK_CAPTURE(keystroke, clam, "clam")->Apply(sizes);
BENCHMARK_CAPTURE(keystroke, st, "st")->Apply(sizes);
BENCHMARK_CAPTURE(keystroke, glute_med, "glute med")->Apply(sizes);
BENCHMARK_CAPTURE(keystroke, vmo, "vmo")->Apply(sizes);
BENCHMARK_CAPTURE(keystroke, adductor, "adductor")->Apply(sizes);
BENCHMARK_CAPTURE(keystroke, knee_tracks, "knee tracks")->Apply(sizes);
BENCHMARK(browse)->Apply(sizes);
BENCHMARK(scrollToMiddle)->Apply(sizes);
BENCHMARK(openExisting)->Apply(sizes);

BENCHMARK_MAIN();
