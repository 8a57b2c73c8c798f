// Page counts and fullness of the home routine in English and German, normal and large print,
// and the clinician summary's function (PSFS) chart.

#include "report/pdf_probe.h"
#include "report/sample_plan.h"

#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/report/handout_renderer.h>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

namespace glidepath::report {
namespace {

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

class HandoutPages : public ::testing::TestWithParam<bool> // German?
{
protected:
    void SetUp() override
    {
        if (GetParam()) {
            ASSERT_TRUE(m_translator.load(QStringLiteral("glidepath_de"),
                                          QStringLiteral(GLIDEPATH_QM_DIR)));
            QCoreApplication::installTranslator(&m_translator);
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        }
    }
    void TearDown() override
    {
        if (GetParam()) {
            QCoreApplication::removeTranslator(&m_translator);
            QLocale::setDefault(QLocale::c());
        }
    }
    QString write(const QString& example, PaperSize paper, bool large)
    {
        HandoutOptions options;
        options.paper = paper;
        options.largePrint = large;
        const QString path = m_dir.filePath(
            QStringLiteral("%1-%2-%3.pdf").arg(example).arg(static_cast<int>(paper)).arg(large));
        writeHomeRoutinePdf(path.toStdString(), exampleData(example, GetParam()), options);
        return path;
    }

    QTranslator m_translator;
    QTemporaryDir m_dir;
};

const QStringList kExamples{QStringLiteral("steady-week"), QStringLiteral("flare-up"),
                            QStringLiteral("ready-to-progress"), QStringLiteral("red-flag-week")};

TEST_P(HandoutPages, ATypicalWeekIsFourA4PagesAndLargePrintAboutTwiceAsLong)
{
    for (const QString& example : kExamples) {
        for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
            SCOPED_TRACE(example.toStdString() + (paper == PaperSize::A4 ? " A4" : " Letter"));
            const int normal = testing::pdfInfo(write(example, paper, false)).pages;
            const int large = testing::pdfInfo(write(example, paper, true)).pages;
            // Three strength and two mobility days (steady-week, flare-up): four A4 pages,
            // whatever the language; Letter is 6 % shorter and may take a fifth in German.
            if (example == QStringLiteral("steady-week") || example == QStringLiteral("flare-up")) {
                EXPECT_LE(normal, paper == PaperSize::A4 || !GetParam() ? 4 : 5);
            }
            // Ready-to-progress has 16 exercises, not a typical week.
            EXPECT_LE(normal, GetParam() ? 6 : 5);
            // Cards continue between their steps, so large print is about twice as long. German
            // words are longer still, and so is a week of 16 exercises: up to one page more.
            const bool typical = example != QStringLiteral("ready-to-progress");
            EXPECT_LE(large, 2 * normal + (GetParam() || !typical ? 2 : 1));
        }
    }
}

TEST_P(HandoutPages, NoPageUnderAQuarterFullExceptTheLast)
{
    for (const QString& example : kExamples) {
        for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
            for (const bool large : {false, true}) {
                SCOPED_TRACE(example.toStdString() + (large ? " large" : " normal") +
                             (paper == PaperSize::A4 ? " A4" : " Letter"));
                const QString path = write(example, paper, large);
                const std::vector<double> fullness =
                    testing::pageFullness(path, testing::pdfInfo(path).height);
                for (std::size_t i = 0; i + 1 < fullness.size(); ++i) {
                    EXPECT_GE(fullness[i], 0.25) << "page " << i + 1;
                }
            }
        }
    }
}

TEST_P(HandoutPages, ACardThatContinuesSaysWhichCardItIs)
{
    // Large print splits cards between their steps; a piece that opens a page names its card,
    // and no card's steps are lost or repeated.
    const QString path = write(QStringLiteral("steady-week"), PaperSize::A4, true);
    const QString text = testing::normalised(testing::pdfText(path));
    const QString continued =
        GetParam() ? QStringLiteral("(Fortsetzung)") : QStringLiteral("(continued)");
    EXPECT_GE(testing::countOf(text, continued), 1);
    const HandoutData data = exampleData(QStringLiteral("steady-week"), GetParam());
    const core::Exercise* first = nullptr;
    for (const core::Exercise& exercise : data.exercises) {
        if (exercise.id == data.plan.days.front().exercises.front().id) {
            first = &exercise;
        }
    }
    ASSERT_NE(first, nullptr);
    // The later steps run at the card's full width, away from the picture's labels.
    const auto& steps = first->instructions;
    ASSERT_GE(steps.size(), 3u);
    for (std::size_t i = steps.size() - 2; i < steps.size(); ++i) {
        EXPECT_EQ(testing::countOf(text, testing::normalised(QString::fromStdString(steps[i]))), 1)
            << steps[i];
    }
}

INSTANTIATE_TEST_SUITE_P(EnglishAndGerman, HandoutPages, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& info) {
                             return info.param ? "German" : "English";
                         });

TEST(ClinicianSummaryPsfs, ChartedWhenAssessmentsArePassedAndOnlyThen)
{
    QTemporaryDir dir;
    HandoutData data = testing::sampleData();
    const QString without = dir.filePath(QStringLiteral("without.pdf"));
    writeClinicianSummaryPdf(without.toStdString(), data, HandoutOptions{});
    const QString caption = QStringLiteral("Function (patient-specific functional scale)");
    EXPECT_FALSE(testing::hasText(testing::pdfText(without), caption));

    data.psfs = {{core::Date{std::chrono::sys_days{std::chrono::year{2026} / 11 / 2}},
                  {{"Walking down stairs", 3}, {"Kneeling", 2}, {"Getting up from the floor", 4}}},
                 {core::Date{std::chrono::sys_days{std::chrono::year{2026} / 11 / 16}},
                  {{"Walking down stairs", 5}, {"Kneeling", 4}, {"Getting up from the floor", 6}}}};
    const QString with = dir.filePath(QStringLiteral("with.pdf"));
    writeClinicianSummaryPdf(with.toStdString(), data, HandoutOptions{});
    const QString text = testing::pdfText(with);
    EXPECT_TRUE(testing::hasText(text, caption));
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Average of the activities")));
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Baseline 3.0")));
    // Baseline 3.0 and a meaningful change of 2 points: the target line is at 5.0.
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Meaningful change: 5.0")));
    // No page of the summary ends after a lone heading or chart.
    const std::vector<double> fullness = testing::pageFullness(with, testing::pdfInfo(with).height);
    for (std::size_t i = 0; i + 1 < fullness.size(); ++i) {
        EXPECT_GE(fullness[i], 0.25) << "page " << i + 1;
    }
}

} // namespace
} // namespace glidepath::report
