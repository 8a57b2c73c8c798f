// Desktop start-up against its floor, in the same run: `glidepath --measure-startup` (the real
// program, from exec to the end of the first paint of the main window, then it quits) and a bare
// Qt Widgets window timed the same way (bare_window), run alternately. The databases hold the
// built-in library, plus 10,000 or 100,000 synthetic exercises; each run opens a fresh copy with
// fresh settings, as a first start on that database. Wall time, child CPU time and peak resident
// memory (wait4) of both, and their ratios.
// Without DISPLAY or WAYLAND_DISPLAY the offscreen platform is used. For the time to the window
// mapped on an X display and the memory 2 s later, see ../shared/tools/startup-ratio
// (docs/performance.md).
// Run a Release build: build/release/tests/bench/startup_bench

#include "child_process.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace bench = glidepath::bench;

namespace {

using Usage = bench::ChildUsage;

// Runs args with HOME (and the config folder) at home, so every run starts with no settings.
Usage run(const std::vector<std::string>& args, const std::filesystem::path& home)
{
    std::vector<std::string> env;
    for (char** entry = environ; *entry; ++entry) {
        const std::string_view text(*entry);
        if (!text.starts_with("HOME=") && !text.starts_with("XDG_CONFIG_HOME=")) {
            env.emplace_back(text);
        }
    }
    env.push_back("HOME=" + home.string());
    env.push_back("XDG_CONFIG_HOME=" + (home / "config").string());
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!display || !*display) && (!wayland || !*wayland) && !std::getenv("QT_QPA_PLATFORM")) {
        env.emplace_back("QT_QPA_PLATFORM=offscreen");
    }
    return bench::runChild(args, std::move(env));
}

class Files : public bench::TempFolder
{
public:
    Files() : TempFolder("glidepath-startup-bench-") {}

    // The built-in library plus `synthetic` exercises, made by glidepath-synthetic-database in its
    // own process: a child's peak memory (wait4) starts from its parent's at the spawn, so this
    // process must never hold a large library itself.
    std::filesystem::path database(int synthetic)
    {
        const auto path = dir() / ("template-" + std::to_string(synthetic) + ".db");
        if (!std::filesystem::exists(path)) {
            run({GLIDEPATH_SYNTHETIC_DATABASE_PATH, path.string(), std::to_string(synthetic)},
                dir());
        }
        return path;
    }
};

Files& files()
{
    static Files instance;
    return instance;
}

// range(0): synthetic exercises on top of the built-in library.
void windowAgainstBareQt(benchmark::State& state)
{
    const std::filesystem::path tmpl = files().database(static_cast<int>(state.range(0)));
    const std::filesystem::path copy = files().dir() / "run.db";
    const std::filesystem::path home = files().dir() / "home";
    Usage ours;
    Usage floor;
    double peak = 0;
    double floorPeak = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::filesystem::remove_all(home);
        std::filesystem::create_directories(home);
        std::filesystem::remove(copy.string() + "-wal");
        std::filesystem::remove(copy.string() + "-shm");
        std::filesystem::remove(copy.string() + ".lock");
        // A copy without its lock file: a clean shutdown, as a file copied in or opened again.
        std::filesystem::copy_file(tmpl, copy, std::filesystem::copy_options::overwrite_existing);
        state.ResumeTiming();
        const Usage app = run({GLIDEPATH_APP_PATH, "--measure-startup", "--mode", "clinician",
                               "--database", copy.string()},
                              home);
        state.PauseTiming();
        const Usage bare = run({GLIDEPATH_FLOOR_PATH}, home);
        state.ResumeTiming();
        ours.wallMs += app.wallMs;
        ours.cpuMs += app.cpuMs;
        floor.wallMs += bare.wallMs;
        floor.cpuMs += bare.cpuMs;
        peak = std::max(peak, app.peakMiB);
        floorPeak = std::max(floorPeak, bare.peakMiB);
    }
    const auto n = static_cast<double>(state.iterations());
    state.counters["ours_ms"] = ours.wallMs / n;
    state.counters["floor_ms"] = floor.wallMs / n;
    state.counters["ratio"] = floor.wallMs > 0 ? ours.wallMs / floor.wallMs : 0;
    state.counters["ours_cpu_ms"] = ours.cpuMs / n;
    state.counters["floor_cpu_ms"] = floor.cpuMs / n;
    state.counters["cpu_ratio"] = floor.cpuMs > 0 ? ours.cpuMs / floor.cpuMs : 0;
    state.counters["peak_MiB"] = peak;
    state.counters["floor_peak_MiB"] = floorPeak;
    state.counters["peak_ratio"] = floorPeak > 0 ? peak / floorPeak : 0;
}

} // namespace

BENCHMARK(windowAgainstBareQt)
    ->Arg(0)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);

BENCHMARK_MAIN();
