// Every built-in exercise's card, in English and German, at every card width the home routine
// uses (two columns on A4 and Letter, one card across the page, large print): no line of its
// dose or details (rest, side, days, kit) may be wider than the column it is set in. A phrase
// held together by non-breaking spaces ("hoch 3 s") or a long German word would otherwise run
// over the card's edge beside the picture. Each exercise is checked at its starting dose and
// its largest one, the same dose all week and a different dose on another day, and with each
// side it can be done on. The figures are printed for the report.

#include "../../src/report/home_routine_card.h"
#include "report/german_scope.h"

#include <glidepath/io/library_format.h>
#include <glidepath/report/handout_renderer.h>
#include <glidepath/report/handout_text.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPdfWriter>
#include <QTranslator>

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <set>

namespace glidepath::report {
namespace {

constexpr core::Date kMonday{std::chrono::year{2026} / 11 / 23};

using German = test::GermanScope;

core::PlannedExercise planned(const core::Exercise& e, bool largest, core::WorkSide side)
{
    core::PlannedExercise p;
    p.id = e.id;
    p.name = e.name;
    p.sets = largest ? std::max(e.dose.sets, e.limits.maxSets) : e.dose.sets;
    p.reps = largest && e.dose.reps > 0 ? std::max(e.dose.reps, e.limits.maxReps) : e.dose.reps;
    p.holdSeconds = largest && e.dose.holdSeconds > 0
                        ? std::max(e.dose.holdSeconds, e.limits.maxHoldSeconds)
                        : e.dose.holdSeconds;
    p.tempo = e.dose.tempo;
    p.restSeconds = e.dose.restSeconds;
    p.side = side;
    p.loadKind = e.dose.loadKind;
    p.loadLevel = largest ? std::max(e.dose.loadLevel, e.limits.maxLoadLevel) : e.dose.loadLevel;
    return p;
}

// A week with every exercise on Monday and (varying) on Wednesday at its largest dose, or the
// same dose on both days.
HandoutData weekOfEverything(const std::vector<core::Exercise>& exercises, bool varying,
                             core::WorkSide side)
{
    HandoutData data;
    data.exercises = exercises;
    data.plan.weekStart = kMonday;
    for (int d = 0; d < 7; ++d) {
        core::PlanDay day;
        day.date = kMonday + std::chrono::days(d);
        if (d == 0 || d == 2) {
            day.kind = core::DayKind::Strength;
            for (const core::Exercise& e : exercises) {
                day.exercises.push_back(planned(e, varying && d == 2, side));
            }
        }
        data.plan.days.push_back(day);
    }
    return data;
}

struct Width
{
    const char* name;
    PaperSize paper;
    bool large;
    int perRow;
};

TEST(CardTextFit, EveryDoseAndDetailLineFitsItsColumn)
{
    const io::LibraryDocument& library = io::builtinLibrary();
    const Width widths[] = {{"A4 two columns", PaperSize::A4, false, 2},
                            {"Letter two columns", PaperSize::Letter, false, 2},
                            {"A4 one across", PaperSize::A4, false, 1},
                            {"A4 large print", PaperSize::A4, true, 2},
                            {"Letter large print", PaperSize::Letter, true, 2}};
    int checked = 0;
    int shrunk = 0;
    double tightest = 1e9; // the least room left in any paragraph's column, in points
    std::string tightestText;
    std::set<std::string> shrunkTexts; // what would not fit at full size
    for (const bool german : {false, true}) {
        std::unique_ptr<German> language = german ? std::make_unique<German>() : nullptr;
        std::vector<core::Exercise> exercises;
        for (const core::Exercise& e : library.exercises) {
            exercises.push_back(german ? library.localized(e, "de") : e);
        }
        for (const Width& width : widths) {
            for (const bool varying : {false, true}) {
                for (const core::WorkSide side : {core::WorkSide::Both, core::WorkSide::Left}) {
                    const HandoutData data = weekOfEverything(exercises, varying, side);
                    HandoutOptions options;
                    options.paper = width.paper;
                    options.largePrint = width.large;
                    options.exercisesPerRow = width.perRow;
                    QBuffer buffer;
                    buffer.open(QIODevice::WriteOnly);
                    QPdfWriter writer(&buffer);
                    preparePagedDevice(writer, options);
                    const double unitsPerPoint = writer.resolution() / 72.0;
                    const auto cards = detail::homeRoutineCardTexts(writer, data, options);
                    // GLIDEPATH_CARD_PDF=folder keeps the handouts to look at.
                    if (const QString folder = qEnvironmentVariable("GLIDEPATH_CARD_PDF");
                        !folder.isEmpty() && varying && side == core::WorkSide::Both) {
                        QPdfWriter file(
                            QStringLiteral("%1/cards-%2-%3.pdf")
                                .arg(folder, german ? QStringLiteral("de") : QStringLiteral("en"))
                                .arg(QString::fromLatin1(width.name)
                                         .replace(QLatin1Char(' '), QLatin1Char('-'))));
                        preparePagedDevice(file, options);
                        renderHomeRoutine(file, data, options);
                    }
                    ASSERT_EQ(cards.size(), exercises.size());
                    for (const auto& [id, fits] : cards) {
                        EXPECT_FALSE(fits.empty()) << id;
                        // The tempo is said once, also when the dose differs from day to day
                        // (on every day's line it made Dead bug's dose six bold lines).
                        const core::Exercise* exercise = nullptr;
                        for (const core::Exercise& e : exercises) {
                            exercise = e.id == id ? &e : exercise;
                        }
                        ASSERT_NE(exercise, nullptr) << id;
                        if (!exercise->dose.tempo.empty()) {
                            const QString tempo = tempoInWords(exercise->dose.tempo).mid(1);
                            int said = 0;
                            for (const detail::CardTextFit& fit : fits) {
                                said += fit.text.contains(tempo) ? 1 : 0;
                            }
                            EXPECT_EQ(said, 1) << id << " " << tempo.toStdString();
                        }
                        for (const detail::CardTextFit& fit : fits) {
                            ++checked;
                            if (fit.shrunk) {
                                ++shrunk;
                                shrunkTexts.insert((german ? "de " : "en ") +
                                                   std::string(width.name) + " " + id + ": " +
                                                   fit.text.toStdString());
                            }
                            EXPECT_LE(fit.widest, fit.available + 0.5)
                                << (german ? "de " : "en ") << width.name << " " << id << ": \""
                                << fit.text.toStdString() << "\" is " << fit.widest / unitsPerPoint
                                << " pt in a column of " << fit.available / unitsPerPoint << " pt";
                            const double room = (fit.available - fit.widest) / unitsPerPoint;
                            if (room < tightest) {
                                tightest = room;
                                tightestText = (german ? "de " : "en ") + std::string(width.name) +
                                               " " + id + ": " + fit.text.toStdString();
                            }
                        }
                    }
                }
            }
        }
    }
    EXPECT_GT(checked, 1000);
    std::cout << "card dose/detail paragraphs checked: " << checked
              << ", set smaller to fit: " << shrunk << ", least room left: " << tightest << " pt ("
              << tightestText << ")\n";
    for (const std::string& text : shrunkTexts) {
        std::cout << "  set smaller: " << text << "\n";
    }
}

} // namespace
} // namespace glidepath::report
