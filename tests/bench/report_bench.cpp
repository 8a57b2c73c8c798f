// Handout rendering speed: a four-week plan (four weekly plans of seven days) to PDF, both the
// home routine and the clinician summary, written to a temporary directory.

#include "../report/sample_plan.h"

#include <glidepath/report/handout_renderer.h>

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

using namespace glidepath;

std::vector<report::HandoutData> fourWeeks()
{
    std::vector<report::HandoutData> weeks;
    for (int week = 0; week < 4; ++week) {
        report::HandoutData data = report::testing::sampleData();
        data.plan = report::testing::samplePlan(report::testing::day(2025, 3, 3) +
                                                std::chrono::days{7 * week});
        weeks.push_back(std::move(data));
    }
    return weeks;
}

void homeRoutineFourWeeks(benchmark::State& state)
{
    const auto weeks = fourWeeks();
    report::HandoutOptions options;
    options.largePrint = state.range(0) != 0;
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("home.pdf")).toStdString();
    for (auto _ : state) {
        for (const report::HandoutData& week : weeks) {
            report::writeHomeRoutinePdf(path, week, options);
        }
    }
    state.SetItemsProcessed(state.iterations() * 4);
}
BENCHMARK(homeRoutineFourWeeks)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void clinicianSummaryFourWeeks(benchmark::State& state)
{
    const auto weeks = fourWeeks();
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("summary.pdf")).toStdString();
    for (auto _ : state) {
        for (const report::HandoutData& week : weeks) {
            report::writeClinicianSummaryPdf(path, week, {});
        }
    }
    state.SetItemsProcessed(state.iterations() * 4);
}
BENCHMARK(clinicianSummaryFourWeeks)->Unit(benchmark::kMillisecond);

// Layout and painting alone, into memory: what the print preview pays per refresh.
void homeRoutineOneWeekInMemory(benchmark::State& state)
{
    const report::HandoutData data = report::testing::sampleData();
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        report::preparePagedDevice(writer, {});
        benchmark::DoNotOptimize(report::renderHomeRoutine(writer, data, {}));
    }
}
BENCHMARK(homeRoutineOneWeekInMemory)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    // Rendering needs a QGuiApplication; the benchmark runs headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
