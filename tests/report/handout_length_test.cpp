// How long the home routine is and how its pages are filled, for every example plan on A4 and
// Letter, in English and German, in normal and large print: large print at most about twice as
// long as normal print, a typical week four A4 pages, German no longer than English, and no page
// that holds only a heading, the small print or a single line. Laid out without painting (the
// layout is what decides the pages; the PDF tests check that the PDF has the same count).

#include "../../src/report/document.h"
#include "report/german_scope.h"
#include "report/pdf_probe.h"

#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/report/handout_renderer.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <tuple>

namespace glidepath::report {
namespace {

const QStringList kExamples{QStringLiteral("steady-week"), QStringLiteral("flare-up"),
                            QStringLiteral("ready-to-progress"), QStringLiteral("red-flag-week")};

HandoutData exampleData(const QString& example, bool german)
{
    QFile file(QStringLiteral(GLIDEPATH_SOURCE_DIR "/data/examples/%1.plan.json").arg(example));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << example.toStdString();
    const QByteArray json = file.readAll();
    const io::LibraryDocument& library = io::builtinLibrary();
    HandoutData data;
    data.plan =
        io::parsePlan(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    for (const core::Exercise& exercise : library.exercises) {
        data.exercises.push_back(german ? library.localized(exercise, "de") : exercise);
    }
    if (german) {
        library.localizePlanNames(data.plan, "de");
    }
    return data;
}

using German = test::GermanScope;

using Laid = detail::LaidOutPages;

Laid layOut(const HandoutData& data, PaperSize paper, bool large)
{
    HandoutOptions options;
    options.paper = paper;
    options.largePrint = large;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    preparePagedDevice(writer, options);
    return detail::layOutHomeRoutine(writer, data, options);
}

using Key = std::tuple<QString, bool /*German*/, PaperSize, bool /*large*/>;

std::string nameOf(const Key& key)
{
    const auto& [example, german, paper, large] = key;
    return example.toStdString() + (german ? " German" : " English") +
           (paper == PaperSize::A4 ? " A4" : " Letter") + (large ? " large" : " normal");
}

class HandoutLength : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_laid = new std::map<Key, Laid>;
        for (const bool german : {false, true}) {
            std::unique_ptr<German> language = german ? std::make_unique<German>() : nullptr;
            for (const QString& example : kExamples) {
                const HandoutData data = exampleData(example, german);
                for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
                    for (const bool large : {false, true}) {
                        (*s_laid)[{example, german, paper, large}] = layOut(data, paper, large);
                    }
                }
            }
        }
        std::ostringstream table;
        table << "pages (normal / large):\n";
        for (const QString& example : kExamples) {
            for (const bool german : {false, true}) {
                table << "  " << example.toStdString() << (german ? " de" : " en");
                for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
                    table << (paper == PaperSize::A4 ? "  A4 " : "  Letter ")
                          << pages({example, german, paper, false}) << " / "
                          << pages({example, german, paper, true});
                }
                table << "\n";
            }
        }
        if (qEnvironmentVariableIsSet("GLIDEPATH_DUMP_PAGES")) {
            for (const auto& [key, laid] : *s_laid) {
                table << nameOf(key) << ":";
                for (const detail::PageContent& page : laid.pages) {
                    table << " "
                          << static_cast<int>((page.content + page.headings + page.smallPrint) /
                                              laid.bodyLine);
                }
                table << "\n";
            }
        }
        std::cout << table.str();
    }
    static void TearDownTestSuite()
    {
        delete s_laid;
        s_laid = nullptr;
    }
    static int pages(const Key& key) { return static_cast<int>(s_laid->at(key).pages.size()); }

    static std::map<Key, Laid>* s_laid;
};

std::map<Key, Laid>* HandoutLength::s_laid = nullptr;

TEST_F(HandoutLength, LargePrintIsAtMostAboutTwiceAsLong)
{
    for (const auto& [key, laid] : *s_laid) {
        const auto& [example, german, paper, large] = key;
        if (large) {
            // German too: its longer words may not push large print past the limit.
            const int normal = pages({example, german, paper, false});
            EXPECT_LE(static_cast<int>(laid.pages.size()), 2 * normal + 1) << nameOf(key);
        }
    }
}

TEST_F(HandoutLength, ATypicalWeekIsFourA4PagesInEitherLanguage)
{
    // Three strength and two mobility days.
    for (const QString& example : {QStringLiteral("steady-week"), QStringLiteral("flare-up")}) {
        for (const bool german : {false, true}) {
            const Key key{example, german, PaperSize::A4, false};
            EXPECT_LE(pages(key), 4) << nameOf(key);
        }
    }
}

TEST_F(HandoutLength, TheSixteenExerciseWeekIsFiveA4PagesInEitherLanguage)
{
    // German "Wdh." and the narrower day column keep the long week at the English length.
    for (const bool german : {false, true}) {
        const Key key{QStringLiteral("ready-to-progress"), german, PaperSize::A4, false};
        EXPECT_LE(pages(key), 5) << nameOf(key);
    }
}

TEST_F(HandoutLength, GermanIsAtMostOnePageLongerThanEnglish)
{
    // Longer words cost the German reader at most a page in normal print (the week of 16
    // exercises fits five A4 pages like English; on Letter it still takes six).
    for (const QString& example : kExamples) {
        for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
            const Key german{example, true, paper, false};
            EXPECT_LE(pages(german), pages({example, false, paper, false}) + 1) << nameOf(german);
        }
    }
}

TEST_F(HandoutLength, NoPageHoldsOnlyAHeadingTheSmallPrintOrOneLine)
{
    for (const auto& [key, laid] : *s_laid) {
        for (std::size_t i = 0; i < laid.pages.size(); ++i) {
            const detail::PageContent& page = laid.pages[i];
            const std::string where = nameOf(key) + ", page " + std::to_string(i + 1) + " of " +
                                      std::to_string(laid.pages.size());
            // More than a line and a half of real content: not a heading, not the disclaimer,
            // not a lone line.
            EXPECT_GT(page.content, 1.5 * laid.bodyLine)
                << where << ": content " << page.content << ", headings " << page.headings
                << ", small print " << page.smallPrint;
            // And every page but the last at least a quarter full.
            if (i + 1 < laid.pages.size()) {
                EXPECT_GE(page.content + page.headings + page.smallPrint, 0.25 * laid.pageHeight)
                    << where;
            }
        }
    }
}

TEST_F(HandoutLength, TheLayoutPagesAreThePdfPages)
{
    // The laid-out count is the printed one (one case per language and print size).
    QTemporaryDir dir;
    for (const bool german : {false, true}) {
        std::unique_ptr<German> language = german ? std::make_unique<German>() : nullptr;
        const HandoutData data = exampleData(QStringLiteral("ready-to-progress"), german);
        for (const bool large : {false, true}) {
            HandoutOptions options;
            options.paper = PaperSize::Letter;
            options.largePrint = large;
            const QString path =
                dir.filePath(QStringLiteral("handout-%1-%2.pdf").arg(german).arg(large));
            writeHomeRoutinePdf(path.toStdString(), data, options);
            const Key key{QStringLiteral("ready-to-progress"), german, PaperSize::Letter, large};
            EXPECT_EQ(testing::pdfInfo(path).pages, pages(key)) << nameOf(key);
        }
    }
}

} // namespace
} // namespace glidepath::report
