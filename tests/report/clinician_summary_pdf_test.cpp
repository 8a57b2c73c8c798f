// Renders clinician summaries to PDF and reads them back with poppler.

#include "report/pdf_probe.h"
#include "report/sample_plan.h"

#include <glidepath/io/library_format.h>
#include <glidepath/report/handout_renderer.h>
#include <glidepath/report/handout_text.h>
#include <glidepath/report/reason_text.h>

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

namespace glidepath::report {
namespace {

using testing::normalised;
using testing::pdfInfo;
using testing::pdfPages;
using testing::pdfText;

class ClinicianSummaryPdf : public ::testing::Test
{
protected:
    QString write(const HandoutData& data, const HandoutOptions& options,
                  std::span<const ReportChart> charts = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("summary-%1.pdf").arg(++m_count));
        writeClinicianSummaryPdf(path.toStdString(), data, options, charts);
        return path;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
};

TEST_F(ClinicianSummaryPdf, ProfileTrendDecisionPlanAndOverrides)
{
    const HandoutData data = testing::sampleData();
    const QString path = write(data, {});
    const testing::PdfInfo info = pdfInfo(path);
    EXPECT_NEAR(info.width, 595.0, 1.0);
    EXPECT_GE(info.pages, 1);
    EXPECT_LE(info.pages, 6);
    const QString text = pdfText(path);

    // Profile.
    EXPECT_TRUE(text.contains(QStringLiteral("CLINICIAN SUMMARY")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("Patellofemoral (kneecap) pain, Hip muscle imbalance")));
    EXPECT_TRUE(text.contains(QStringLiteral("Stairs, Running")));
    EXPECT_TRUE(text.contains(QStringLiteral("Mat, Band, Chair")));
    EXPECT_TRUE(text.contains(QStringLiteral("3 a week, about 25 min each")));
    EXPECT_TRUE(text.contains(QStringLiteral("stairs at work hurt most")));

    // One trend row per check-in: date, three pains, next morning, night pain, swelling, adherence.
    EXPECT_TRUE(text.contains(QStringLiteral("9 Feb 2025 3 6 5 Higher Yes Same 50%")));
    EXPECT_TRUE(text.contains(QStringLiteral("16 Feb 2025 3 5 4 Settled No None 65%")));
    EXPECT_TRUE(text.contains(QStringLiteral("2 Mar 2025 2 3 2 Settled No None 95%")));

    // The decision with every reason and its rule id, unshortened.
    EXPECT_TRUE(text.contains(QStringLiteral("Step up · Green light")));
    for (const core::Reason& reason : data.plan.decision.reasons) {
        EXPECT_TRUE(testing::hasText(text, QString::fromStdString(reason.rule))) << reason.rule;
        const QString words = reasonText(reason, Register::Clinician);
        EXPECT_TRUE(testing::hasText(text, words)) << words.toStdString();
    }

    // Every planned exercise with its dose, every override.
    for (const core::PlanDay& day : data.plan.days) {
        for (const core::PlannedExercise& planned : day.exercises) {
            EXPECT_TRUE(testing::hasText(text, QString::fromStdString(planned.name)))
                << planned.name;
            EXPECT_TRUE(testing::hasText(text, repsOrHoldText(planned.reps, planned.holdSeconds)))
                << planned.name;
        }
    }
    EXPECT_TRUE(text.contains(QStringLiteral("moved up one step: sets 2 → 3")));
    for (const core::PlanOverride& change : data.plan.overrides) {
        EXPECT_TRUE(testing::hasText(text, QString::fromStdString(change.description)))
            << change.description;
    }
    // A change names its exercises and its kind in words, not by id.
    const auto builtinName = [](const std::string& id) {
        for (const core::Exercise& exercise : io::builtinLibrary().exercises) {
            if (exercise.id == id) {
                return exercise.name;
            }
        }
        return std::string();
    };
    const std::string splitSquat = builtinName("split-squat");
    ASSERT_FALSE(splitSquat.empty());
    EXPECT_TRUE(testing::hasText(text, QString::fromStdString(splitSquat) + QStringLiteral(" →")))
        << splitSquat;
    EXPECT_FALSE(testing::hasText(text, QStringLiteral("split-squat → mini-squat")));
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Dose changed")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sat 8 March")));
    // No chart images passed: the summary draws its own charts of the check-ins.
    EXPECT_TRUE(text.contains(QStringLiteral("Charts")));
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Pain (0 to 10) at each check-in")));
}

// In German the clinician's changes name their kind and the exercises in German too.
TEST_F(ClinicianSummaryPdf, ChangesReadInGerman)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral("glidepath_de"), QStringLiteral(GLIDEPATH_QM_DIR)));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString text = pdfText(write(testing::sampleData(), {}));
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());

    const std::string miniSquat = io::builtinLibrary().localizedName("mini-squat", "", "de");
    EXPECT_TRUE(testing::hasText(text, QString::fromStdString(miniSquat))) << miniSquat;
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Getauscht"))) << text.toStdString();
    EXPECT_FALSE(testing::hasText(text, QStringLiteral("mini-squat")));
}

TEST_F(ClinicianSummaryPdf, FooterOnEveryPage)
{
    HandoutData data = testing::sampleData();
    // Enough check-ins to run over several pages.
    for (int i = 0; i < 60; ++i) {
        core::CheckIn c = data.checkins.back();
        c.date += std::chrono::days{7};
        data.checkins.push_back(c);
    }
    const QString path = write(data, {});
    const std::vector<QString> pages = pdfPages(path);
    ASSERT_GE(pages.size(), 2u);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        EXPECT_TRUE(pages[i].contains(QStringLiteral("Alex Morgan · Clinician summary")));
        EXPECT_TRUE(
            pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
    }
    // The trend table's header comes back on the page it continues on.
    EXPECT_TRUE(pages[1].contains(QStringLiteral("Date Rest pain Activity pain")));
}

TEST_F(ClinicianSummaryPdf, ChartsAppearOnlyWhenGiven)
{
    QImage chart(800, 400, QImage::Format_RGB32);
    chart.fill(Qt::white);
    {
        QPainter painter(&chart);
        painter.setPen(QPen(Qt::darkBlue, 6));
        painter.drawLine(40, 360, 760, 60);
    }
    const std::vector<ReportChart> charts{{chart, "Pain during exercise by week"},
                                          {QImage(), "An empty image is skipped"}};
    const QString path = write(testing::sampleData(), {}, charts);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Charts")));
    EXPECT_TRUE(text.contains(QStringLiteral("Pain during exercise by week")));
    EXPECT_FALSE(text.contains(QStringLiteral("An empty image is skipped")));
    const QString images =
        testing::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    // Two header lines, then one line per image.
    EXPECT_EQ(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3)
        << images.toStdString();
}

TEST_F(ClinicianSummaryPdf, ReferralAndEmptyHistory)
{
    HandoutData data = testing::sampleData();
    data.plan = testing::referPlan();
    data.checkins.clear();
    const QString text = pdfText(write(data, {}));
    EXPECT_TRUE(text.contains(QStringLiteral("No check-ins recorded yet.")));
    EXPECT_TRUE(text.contains(QStringLiteral("See a clinician first")));
    EXPECT_TRUE(text.contains(QStringLiteral("refer.red_flag")));
    EXPECT_TRUE(text.contains(QStringLiteral("No exercises: the plan is paused")));
    EXPECT_TRUE(text.contains(QStringLiteral("None: the plan is as the engine proposed it.")));
}

TEST_F(ClinicianSummaryPdf, LargePrintAndLetter)
{
    HandoutOptions options;
    options.largePrint = true;
    options.paper = PaperSize::Letter;
    const QString large = write(testing::sampleData(), options);
    const QString normal = write(testing::sampleData(), {});
    const testing::PdfInfo info = pdfInfo(large);
    EXPECT_NEAR(info.width, 612.0, 1.0);
    EXPECT_NEAR(info.height, 792.0, 1.0);
    EXPECT_GT(info.pages, pdfInfo(normal).pages);
    EXPECT_GT(testing::medianWordHeight(large) / testing::medianWordHeight(normal), 1.4);
}

} // namespace
} // namespace glidepath::report
