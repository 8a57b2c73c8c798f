// glidepath-cli as a whole process: `library show ID` and `library search WORDS` on libraries of
// 1,000 and 100,000 exercises (the floor of each is the same command at 1,000, run alternately
// in the same benchmark), and `library import` of 10,000 exercises with its peak memory against
// the size of the JSON file. Child CPU time and peak resident memory come from wait4.
// Run a Release build: build/release/tests/bench/cli_bench

#include "../support/synthetic_library.h"
#include "child_process.h"

#include <glidepath/io/library_format.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace glidepath;

namespace {

using Usage = bench::ChildUsage;

Usage run(const std::vector<std::string>& args)
{
    return bench::runChild(args);
}

class Files : public bench::TempFolder
{
public:
    Files() : TempFolder("glidepath-cli-bench-") {}

    std::string database(int size)
    {
        const auto path = dir() / ("library-" + std::to_string(size) + ".db");
        if (!std::filesystem::exists(path)) {
            auto db = storage::Database::open(path);
            storage::ExerciseRepository(*db).importExercises(test::makeSyntheticLibrary(size, 2024),
                                                             storage::ClashPolicy::Fail);
        }
        return path.string();
    }

    std::string libraryFile(int size)
    {
        const auto path = dir() / ("library-" + std::to_string(size) + ".json");
        if (!std::filesystem::exists(path)) {
            io::LibraryDocument document;
            document.exercises = test::makeSyntheticLibrary(size, 7);
            std::ofstream(path) << io::writeLibrary(document);
        }
        return path.string();
    }
};

Files& files()
{
    static Files instance;
    return instance;
}

// The same command at 1,000 (the floor) and at range(0) exercises, alternately.
void againstSmall(benchmark::State& state, std::vector<std::string> command)
{
    const std::string small = files().database(1000);
    const std::string large = files().database(static_cast<int>(state.range(0)));
    const std::string id = test::makeSyntheticLibrary(1, 2024).front().id; // in both
    for (auto& arg : command) {
        if (arg == "ID") {
            arg = id;
        }
    }
    const auto withDatabase = [&](const std::string& path) {
        std::vector<std::string> args{GLIDEPATH_CLI_PATH, "--database", path};
        args.insert(args.end(), command.begin(), command.end());
        return args;
    };
    double ours = 0;
    double floor = 0;
    for (auto _ : state) {
        ours += run(withDatabase(large)).cpuMs;
        floor += run(withDatabase(small)).cpuMs;
    }
    const auto n = static_cast<double>(state.iterations());
    state.counters["large_ms"] = ours / n;
    state.counters["at_1000_ms"] = floor / n;
    state.counters["ratio"] = floor > 0 ? ours / floor : 0;
}

void import(benchmark::State& state)
{
    const std::string file = files().libraryFile(static_cast<int>(state.range(0)));
    const double fileMiB = static_cast<double>(std::filesystem::file_size(file)) / (1024 * 1024);
    Usage total;
    double peak = 0;
    double floorPeak = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const auto db = files().dir() / "import.db";
        std::filesystem::remove(db);
        std::filesystem::remove(db.string() + "-wal");
        std::filesystem::remove(db.string() + "-shm");
        // The constant: the same process showing nothing (opening an empty database).
        floorPeak = run({GLIDEPATH_CLI_PATH, "--create", "--database", db.string(), "library",
                         "list", "--category", "gait"})
                        .peakMiB;
        state.ResumeTiming();
        const Usage usage = run(
            {GLIDEPATH_CLI_PATH, "--create", "--database", db.string(), "library", "import", file});
        total.cpuMs += usage.cpuMs;
        peak = std::max(peak, usage.peakMiB);
    }
    state.counters["cpu_ms"] = total.cpuMs / static_cast<double>(state.iterations());
    state.counters["peak_MiB"] = peak;
    state.counters["file_MiB"] = fileMiB;
    state.counters["idle_peak_MiB"] = floorPeak;
    state.counters["peak_over_file"] = (peak - floorPeak) / fileMiB;
}

} // namespace

BENCHMARK_CAPTURE(againstSmall, library_show, std::vector<std::string>{"library", "show", "ID"})
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(againstSmall, library_search_clam,
                  std::vector<std::string>{"library", "search", "clam"})
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(againstSmall, library_search_st,
                  std::vector<std::string>{"library", "search", "st"})
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK(import)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
