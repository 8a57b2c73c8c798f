// How long reading a big library file and importing it take: 10,000 synthetic exercises, about
// 150 times the built-in library.

#include "../support/synthetic_library.h"

#include <glidepath/io/library_format.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace {

using namespace glidepath;

constexpr int kExercises = 10'000;
constexpr unsigned kSeed = 20240611;

// Built once: the document as a file would hold it.
const std::string& libraryText()
{
    static const std::string text = [] {
        io::LibraryDocument document;
        document.exercises = test::makeSyntheticLibrary(kExercises, kSeed);
        return io::writeLibrary(document);
    }();
    return text;
}

const std::vector<core::Exercise>& parsedExercises()
{
    static const std::vector<core::Exercise> exercises = io::parseLibrary(libraryText()).exercises;
    return exercises;
}

class TempFolder
{
public:
    TempFolder()
        : m_path(std::filesystem::temp_directory_path() /
                 ("glidepath-import-bench-" + std::to_string(::getpid())))
    {
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~TempFolder() { std::filesystem::remove_all(m_path); }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

void BM_ParseLibrary(benchmark::State& state)
{
    const std::string& text = libraryText();
    for (auto _ : state) {
        io::LibraryDocument document = io::parseLibrary(text);
        benchmark::DoNotOptimize(document);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(text.size()));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * kExercises);
    state.counters["file_MB"] = static_cast<double>(text.size()) / 1e6;
}
BENCHMARK(BM_ParseLibrary)->Unit(benchmark::kMillisecond);

void BM_WriteLibrary(benchmark::State& state)
{
    io::LibraryDocument document;
    document.exercises = parsedExercises();
    for (auto _ : state) {
        std::string text = io::writeLibrary(document);
        benchmark::DoNotOptimize(text);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * kExercises);
}
BENCHMARK(BM_WriteLibrary)->Unit(benchmark::kMillisecond);

// importExercises into a fresh database (created and migrated outside the timing): one
// transaction with validation of the whole resulting library, clash checks and the FTS index.
void BM_ImportIntoFreshDatabase(benchmark::State& state)
{
    const std::vector<core::Exercise>& exercises = parsedExercises();
    TempFolder folder;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const auto path = folder.path() / ("import-" + std::to_string(round++) + ".db");
        auto db = storage::Database::open(path);
        storage::ExerciseRepository repository(*db);
        state.ResumeTiming();

        const storage::ImportSummary summary =
            repository.importExercises(exercises, storage::ClashPolicy::Fail);

        state.PauseTiming();
        if (summary.added != kExercises) {
            state.SkipWithError("not every exercise was added");
        }
        db.reset();
        std::filesystem::remove(path);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * kExercises);
}
BENCHMARK(BM_ImportIntoFreshDatabase)->Unit(benchmark::kMillisecond)->Iterations(5);

// What "glidepath-cli library import FILE" does after reading the file: parse against the
// library already there (the built-ins) and import.
void BM_ParseAndImportLikeTheCli(benchmark::State& state)
{
    const std::string& text = libraryText();
    TempFolder folder;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const auto path = folder.path() / ("cli-" + std::to_string(round++) + ".db");
        auto db = storage::Database::open(path);
        storage::ExerciseRepository repository(*db);
        const io::LibraryDocument& builtins = io::builtinLibrary();
        repository.seedBuiltins(builtins.exercises, builtins.libraryVersion);
        state.ResumeTiming();

        storage::ExerciseFilter all;
        all.includeHidden = true;
        const auto existing = repository.list(all);
        const io::LibraryDocument document = io::parseLibrary(text, existing);
        const storage::ImportSummary summary =
            repository.importExercises(document.exercises, storage::ClashPolicy::Fail);

        state.PauseTiming();
        if (summary.added != kExercises) {
            state.SkipWithError("not every exercise was added");
        }
        db.reset();
        std::filesystem::remove(path);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * kExercises);
}
BENCHMARK(BM_ParseAndImportLikeTheCli)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

BENCHMARK_MAIN();
