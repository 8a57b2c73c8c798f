// Exercise search and filtered lists over 1k, 10k and 100k synthetic exercises. Each database is
// built once per size (import in one transaction) in a private temporary folder that is removed
// at exit. Run a Release build: build/<dir>/tests/bench/search_bench

#include "../support/synthetic_library.h"

#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <memory>
#include <random>

using namespace glidepath;
using namespace glidepath::storage;

namespace {

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
                    ("glidepath-search-bench-" + std::to_string(::getpid()) + "-" +
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

void searchText(benchmark::State& state, const char* text)
{
    auto& repository = databases().forSize(static_cast<int>(state.range(0)));
    std::size_t results = 0;
    for (auto _ : state) {
        auto found = repository.search(text, {}, 500);
        results = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["results"] = static_cast<double>(results);
}

void searchFiltered(benchmark::State& state)
{
    auto& repository = databases().forSize(static_cast<int>(state.range(0)));
    ExerciseFilter filter;
    filter.region = core::Region::Knee;
    filter.phase = 2;
    std::size_t results = 0;
    for (auto _ : state) {
        auto found = repository.search("squat", filter, 500);
        results = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["results"] = static_cast<double>(results);
}

// The full list for a filter, every matching exercise loaded with its lists (no limit).
void listFiltered(benchmark::State& state, ExerciseFilter filter)
{
    auto& repository = databases().forSize(static_cast<int>(state.range(0)));
    std::size_t results = 0;
    for (auto _ : state) {
        auto found = repository.list(filter);
        results = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["results"] = static_cast<double>(results);
}

// The first page by name with a filter, as the library view asks for it.
void browseFiltered(benchmark::State& state)
{
    auto& repository = databases().forSize(static_cast<int>(state.range(0)));
    ExerciseFilter filter;
    filter.equipment = core::Equipment::Band;
    filter.precaution = core::Precaution::Balance;
    std::size_t results = 0;
    for (auto _ : state) {
        auto found = repository.search("", filter, 200);
        results = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["results"] = static_cast<double>(results);
}

void findOne(benchmark::State& state)
{
    const int size = static_cast<int>(state.range(0));
    auto& repository = databases().forSize(size);
    const auto library = test::makeSyntheticLibrary(1, 2024); // same first id as the database
    for (auto _ : state) {
        benchmark::DoNotOptimize(repository.find(library.front().id));
    }
}

// Opening an existing database: inspection (header, quick_check) and the read-write connection.
void openExisting(benchmark::State& state)
{
    const auto path = databases().pathFor(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto db = Database::open(path);
        benchmark::DoNotOptimize(db->schemaVersion());
    }
}

ExerciseFilter precautionFilter()
{
    ExerciseFilter f;
    f.precaution = core::Precaution::Kneeling;
    return f;
}

ExerciseFilter regionEquipmentFilter()
{
    ExerciseFilter f;
    f.region = core::Region::Ankle;
    f.equipment = core::Equipment::Step;
    return f;
}

void sizes(benchmark::internal::Benchmark* b)
{
    b->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond);
}

} // namespace

BENCHMARK_CAPTURE(searchText, one_word_clam, "clam")->Apply(sizes);
BENCHMARK_CAPTURE(searchText, two_prefixes_clam_ban, "clam ban")->Apply(sizes);
BENCHMARK_CAPTURE(searchText, short_prefix_st, "st")->Apply(sizes);
BENCHMARK_CAPTURE(searchText, muscle_glute_med, "glute med")->Apply(sizes);
BENCHMARK_CAPTURE(searchText, cue_words_knee_tracks, "knee tracks")->Apply(sizes);
BENCHMARK_CAPTURE(searchText, no_match_zebra, "zebra")->Apply(sizes);
BENCHMARK(searchFiltered)->Apply(sizes);
BENCHMARK(browseFiltered)->Apply(sizes);
BENCHMARK_CAPTURE(listFiltered, kneeling_precaution, precautionFilter())->Apply(sizes);
BENCHMARK_CAPTURE(listFiltered, ankle_and_step, regionEquipmentFilter())->Apply(sizes);
BENCHMARK(findOne)->Apply(sizes);
BENCHMARK(openExisting)->Apply(sizes);

BENCHMARK_MAIN();
