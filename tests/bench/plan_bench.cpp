// Plan generation speed: the shipped library, and synthetic libraries of growing size to show
// that the engine grows linearly with the library. Run by hand (never by ctest), in a release
// build; figures are in docs/performance.md.

#include "../support/synthetic_library.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/rules_format.h>

#include <benchmark/benchmark.h>

namespace {

using namespace glidepath;

core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

core::CheckIn checkIn(core::Date date, int exercisePain)
{
    core::CheckIn c;
    c.date = date;
    c.painRest = 1;
    c.painActivity = 3;
    c.painExercise = exercisePain;
    c.adherence = 0.9;
    return c;
}

// A typical second week: a client with a previous plan and a new check-in. exercisePain picks the
// path: 1 progresses (the most work: every step is tried against the budget), 7 steps back.
core::PlanRequest typicalRequest(std::span<const core::Exercise> library, int exercisePain)
{
    core::PlanRequest request;
    request.client.conditions = {core::Condition::PatellofemoralPain};
    request.client.side = core::Side::Left;
    request.client.goals = {core::Goal::Stairs, core::Goal::Running};
    request.client.equipment = {core::Equipment::Mat, core::Equipment::Band, core::Equipment::Step,
                                core::Equipment::Chair, core::Equipment::Wall};
    request.client.sessionsPerWeek = 5;
    request.client.minutesPerSession = 30;
    request.weekStart = day(2026, 11, 16);
    request.previousPlan = core::generatePlan(request, library, io::builtinRules());
    request.weekStart = day(2026, 11, 23);
    request.checkins = {checkIn(day(2026, 11, 15), 1), checkIn(day(2026, 11, 22), exercisePain)};
    return request;
}

void runPlans(benchmark::State& state, std::span<const core::Exercise> library,
              const core::PlanRequest& request)
{
    const core::ProgressionRules& rules = io::builtinRules();
    for (auto _ : state) {
        core::Plan plan = core::generatePlan(request, library, rules);
        benchmark::DoNotOptimize(plan);
    }
    state.SetComplexityN(static_cast<int64_t>(library.size()));
}

void BM_PlanBuiltinLibraryProgress(benchmark::State& state)
{
    const auto& library = io::builtinLibrary().exercises;
    runPlans(state, library, typicalRequest(library, 1));
}
BENCHMARK(BM_PlanBuiltinLibraryProgress)->Unit(benchmark::kMicrosecond);

void BM_PlanBuiltinLibraryStepBack(benchmark::State& state)
{
    const auto& library = io::builtinLibrary().exercises;
    runPlans(state, library, typicalRequest(library, 7));
}
BENCHMARK(BM_PlanBuiltinLibraryStepBack)->Unit(benchmark::kMicrosecond);

void BM_PlanBuiltinLibraryFirstWeek(benchmark::State& state)
{
    const auto& library = io::builtinLibrary().exercises;
    core::PlanRequest request = typicalRequest(library, 1);
    request.previousPlan.reset();
    request.checkins.clear();
    runPlans(state, library, request);
}
BENCHMARK(BM_PlanBuiltinLibraryFirstWeek)->Unit(benchmark::kMicrosecond);

void BM_PlanSyntheticLibrary(benchmark::State& state)
{
    const std::vector<core::Exercise> library =
        test::makeSyntheticLibrary(static_cast<int>(state.range(0)), 42u);
    runPlans(state, library, typicalRequest(library, 1));
}
BENCHMARK(BM_PlanSyntheticLibrary)
    ->Arg(1000)
    ->Arg(2000)
    ->Arg(5000)
    ->Arg(10000)
    ->Unit(benchmark::kMicrosecond)
    ->Complexity(benchmark::oN);

} // namespace

BENCHMARK_MAIN();
