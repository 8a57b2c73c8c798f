// How long reading a big library file and importing it take: 10,000 synthetic exercises, about
// 150 times the built-in library. BM_StreamingImportAgainstFloor measures the import as
// "glidepath-cli library import" runs it (streamed, issue 12) against a floor in the same run.

#include "../support/synthetic_library.h"

#include <glidepath/core/text_fold.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/library_stream.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <time.h>
#include <unistd.h>

#include <array>
#include <filesystem>
#include <nlohmann/json.hpp>
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

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

template <typename E> std::string joinedNames(const std::vector<E>& values)
{
    std::string out;
    for (const E value : values) {
        out += (out.empty() ? "" : " ") + std::string(core::toString(value));
    }
    return out;
}

std::string joinedLines(const std::vector<std::string>& lines)
{
    std::string out;
    for (const std::string& line : lines) {
        out += (out.empty() ? "" : "\n") + line;
    }
    return out;
}

void check(sqlite3* db, int rc)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        throw std::runtime_error(sqlite3_errmsg(db));
    }
}

// The floor: what any importer of this file must do at the least. The whole file parsed by
// nlohmann/json into a tree (no checks), then the same rows written with prepared statements in
// one transaction into the same schema: the exercise, its seven lists and its search index row.
// No validation, no clash or ladder checks, no pointers or lines for errors.
void rawImport(sqlite3* db, const std::string& text, const std::vector<core::Exercise>& exercises)
{
    const nlohmann::json document = nlohmann::json::parse(text);
    benchmark::DoNotOptimize(document);
    check(db, sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr));
    sqlite3_stmt* insert = nullptr;
    check(db, sqlite3_prepare_v2(
                  db,
                  "INSERT INTO exercises (id, name, summary, category, phase_min, phase_max, "
                  "position, knee_flexion, impact, laterality, sets, reps, hold_seconds, tempo, "
                  "rest_seconds, min_sets, max_sets, min_reps, max_reps, min_hold_seconds, "
                  "max_hold_seconds, easier, harder, builtin, hidden, illustration, name_key, "
                  "load_kind, load_level, max_load_level) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                  "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, "
                  "0, 0, NULL, ?24, ?25, ?26, ?27)",
                  -1, &insert, nullptr));
    const std::array<std::pair<const char*, const char*>, 7> tables{{
        {"exercise_instructions", "text"},
        {"exercise_cues", "text"},
        {"exercise_muscles", "muscle"},
        {"exercise_regions", "region"},
        {"exercise_equipment", "equipment"},
        {"exercise_precautions", "precaution"},
        {"exercise_goals", "goal"},
    }};
    std::array<sqlite3_stmt*, 7> children{};
    for (std::size_t t = 0; t < tables.size(); ++t) {
        const std::string sql = std::string("INSERT INTO ") + tables[t].first +
                                " (exercise_rid, position, " + tables[t].second +
                                ") VALUES (?, ?, ?)";
        check(db, sqlite3_prepare_v2(db, sql.c_str(), -1, &children[t], nullptr));
    }
    sqlite3_stmt* search = nullptr;
    check(db, sqlite3_prepare_v2(db,
                                 "INSERT INTO exercise_search (rowid, name, target, muscles, "
                                 "summary, cues) VALUES (?, ?, ?, ?, ?, ?)",
                                 -1, &search, nullptr));
    const auto bindText = [](sqlite3_stmt* s, int i, const std::string& value) {
        sqlite3_bind_text(s, i, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    };
    for (const core::Exercise& e : exercises) {
        sqlite3_reset(insert);
        bindText(insert, 1, e.id);
        bindText(insert, 2, e.name);
        bindText(insert, 3, e.summary);
        bindText(insert, 4, std::string(core::toString(e.category)));
        sqlite3_bind_int(insert, 5, e.phaseMin);
        sqlite3_bind_int(insert, 6, e.phaseMax);
        bindText(insert, 7, std::string(core::toString(e.position)));
        bindText(insert, 8, std::string(core::toString(e.kneeFlexion)));
        bindText(insert, 9, std::string(core::toString(e.impact)));
        bindText(insert, 10, std::string(core::toString(e.laterality)));
        sqlite3_bind_int(insert, 11, e.dose.sets);
        sqlite3_bind_int(insert, 12, e.dose.reps);
        sqlite3_bind_int(insert, 13, e.dose.holdSeconds);
        bindText(insert, 14, e.dose.tempo);
        sqlite3_bind_int(insert, 15, e.dose.restSeconds);
        sqlite3_bind_int(insert, 16, e.limits.minSets);
        sqlite3_bind_int(insert, 17, e.limits.maxSets);
        sqlite3_bind_int(insert, 18, e.limits.minReps);
        sqlite3_bind_int(insert, 19, e.limits.maxReps);
        sqlite3_bind_int(insert, 20, e.limits.minHoldSeconds);
        sqlite3_bind_int(insert, 21, e.limits.maxHoldSeconds);
        if (e.easier.empty()) {
            sqlite3_bind_null(insert, 22);
        } else {
            bindText(insert, 22, e.easier);
        }
        if (e.harder.empty()) {
            sqlite3_bind_null(insert, 23);
        } else {
            bindText(insert, 23, e.harder);
        }
        bindText(insert, 24, core::foldForSorting(e.name));
        bindText(insert, 25, std::string(core::toString(e.dose.loadKind)));
        sqlite3_bind_int(insert, 26, e.dose.loadLevel);
        sqlite3_bind_int(insert, 27, e.limits.maxLoadLevel);
        check(db, sqlite3_step(insert));
        const sqlite3_int64 rid = sqlite3_last_insert_rowid(db);
        const std::array<std::vector<std::string>, 7> lists{
            e.instructions,
            e.cues,
            [&] {
                std::vector<std::string> out;
                for (const auto m : e.muscles) {
                    out.emplace_back(core::toString(m));
                }
                return out;
            }(),
            [&] {
                std::vector<std::string> out;
                for (const auto r : e.regions) {
                    out.emplace_back(core::toString(r));
                }
                return out;
            }(),
            [&] {
                std::vector<std::string> out;
                for (const auto q : e.equipment) {
                    out.emplace_back(core::toString(q));
                }
                return out;
            }(),
            [&] {
                std::vector<std::string> out;
                for (const auto p : e.precautions) {
                    out.emplace_back(core::toString(p));
                }
                return out;
            }(),
            [&] {
                std::vector<std::string> out;
                for (const auto g : e.goals) {
                    out.emplace_back(core::toString(g));
                }
                return out;
            }(),
        };
        for (std::size_t t = 0; t < lists.size(); ++t) {
            for (std::size_t i = 0; i < lists[t].size(); ++i) {
                sqlite3_reset(children[t]);
                sqlite3_bind_int64(children[t], 1, rid);
                sqlite3_bind_int64(children[t], 2, static_cast<sqlite3_int64>(i));
                bindText(children[t], 3, lists[t][i]);
                check(db, sqlite3_step(children[t]));
            }
        }
        sqlite3_reset(search);
        sqlite3_bind_int64(search, 1, rid);
        bindText(search, 2, e.name);
        bindText(search, 3,
                 e.muscles.empty() ? std::string() : std::string(core::toString(e.muscles[0])));
        bindText(search, 4, joinedNames(e.muscles));
        bindText(search, 5, e.summary);
        bindText(search, 6, joinedLines(e.cues));
        check(db, sqlite3_step(search));
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(search);
    for (sqlite3_stmt* child : children) {
        sqlite3_finalize(child);
    }
    check(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr));
}

// Ours, as "glidepath-cli library import FILE" runs it once the file is read: the links of the
// library already there, then the document streamed exercise by exercise into one transaction,
// every exercise validated (once, by the stream), ladders checked at the end.
storage::ImportSummary streamedImport(storage::Database& db, const std::string& text)
{
    storage::ExerciseRepository repository(db);
    const std::vector<core::ExerciseLinks> existing = repository.links();
    storage::ImportSummary summary;
    db.transaction([&] {
        storage::ExerciseImport import(db, storage::ClashPolicy::Fail);
        io::streamLibrary(text, existing, [&](std::size_t, core::Exercise&& exercise) {
            exercise.builtin = false;
            import.addValidated(std::move(exercise));
        });
        summary = import.finish();
    });
    return summary;
}

// Both into fresh databases with the built-in library (made outside the timing), alternating;
// thread CPU time, so other work on the machine counts less.
void BM_StreamingImportAgainstFloor(benchmark::State& state)
{
    const std::string& text = libraryText();
    const std::vector<core::Exercise>& exercises = parsedExercises();
    TempFolder folder;
    int round = 0;
    double ours = 0;
    double floor = 0;
    const auto freshDatabase = [&](const std::string& name) {
        const auto path = folder.path() / (name + std::to_string(round) + ".db");
        auto db = storage::Database::open(path);
        const io::LibraryDocument& builtins = io::builtinLibrary();
        storage::ExerciseRepository(*db).seedBuiltins(builtins.exercises, builtins.libraryVersion);
        return db;
    };
    for (auto _ : state) {
        state.PauseTiming();
        auto oursDb = freshDatabase("ours-");
        auto floorDb = freshDatabase("floor-");
        ++round;
        state.ResumeTiming();

        double start = threadCpuMs();
        const storage::ImportSummary summary = streamedImport(*oursDb, text);
        ours += threadCpuMs() - start;
        start = threadCpuMs();
        rawImport(floorDb->handle(), text, exercises);
        floor += threadCpuMs() - start;

        state.PauseTiming();
        if (summary.added != kExercises) {
            state.SkipWithError("not every exercise was added");
        }
        oursDb.reset();
        floorDb.reset();
        std::filesystem::remove_all(folder.path());
        std::filesystem::create_directories(folder.path());
        state.ResumeTiming();
    }
    const auto n = static_cast<double>(state.iterations());
    state.counters["ours_ms"] = ours / n;
    state.counters["floor_ms"] = floor / n;
    state.counters["ratio"] = floor > 0 ? ours / floor : 0;
    state.counters["file_MB"] = static_cast<double>(text.size()) / 1e6;
}
BENCHMARK(BM_StreamingImportAgainstFloor)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
