// Renders the shipped example plans (data/examples/*.plan.json) with the built-in library.
// The examples come from the engine's work: when none are there yet, the test is skipped.

#include "report/pdf_probe.h"
#include "report/referral_sheet_check.h"

#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/report/handout_renderer.h>
#include <glidepath/report/handout_text.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace glidepath::report {
namespace {

TEST(ExamplePlansPdf, EveryExamplePlanPrintsItsExercisesOrItsReferral)
{
    const QDir examples(QStringLiteral(GLIDEPATH_SOURCE_DIR "/data/examples"));
    const QStringList files =
        examples.entryList({QStringLiteral("*.plan.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        GTEST_SKIP() << "no example plans in data/examples yet";
    }
    const std::vector<core::Exercise>& library = io::builtinLibrary().exercises;
    QTemporaryDir dir;
    for (const QString& name : files) {
        SCOPED_TRACE(name.toStdString());
        QFile file(examples.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        const core::Plan plan = io::parsePlan(std::string_view(json.constData(), json.size()));

        for (const bool large : {false, true}) {
            HandoutOptions options;
            options.clientName = "Example Client";
            options.largePrint = large;
            const QString path = dir.filePath(
                name + (large ? QStringLiteral(".large.pdf") : QStringLiteral(".pdf")));
            writeHomeRoutinePdf(path.toStdString(), plan, library, options);
            const testing::PdfInfo info = testing::pdfInfo(path);
            EXPECT_NEAR(info.width, 595.0, 1.0);
            EXPECT_GE(info.pages, 1);
            EXPECT_LE(info.pages, large ? 24 : 12);
            const QString text = testing::pdfText(path);
            EXPECT_TRUE(testing::hasText(text, disclaimerText()));
            for (const core::PlanDay& day : plan.days) {
                for (const core::PlannedExercise& planned : day.exercises) {
                    const bool shown = testing::hasText(text, QString::fromStdString(planned.name));
                    if (plan.decision.action == core::Action::Refer) {
                        EXPECT_FALSE(shown) << planned.name;
                    } else {
                        EXPECT_TRUE(shown) << planned.name;
                    }
                }
            }
            if (plan.decision.action == core::Action::Refer) {
                EXPECT_EQ(info.pages, 1);
                EXPECT_TRUE(testing::hasText(text, referralHeadline()));
            } else if (std::any_of(plan.days.begin(), plan.days.end(),
                                   [](const core::PlanDay& d) { return !d.exercises.empty(); })) {
                EXPECT_TRUE(text.contains(QStringLiteral("Weekly log")));
            }
        }
    }
}

TEST(ExamplePlansPdf, TheReferralSheetsFirstBulletIsNotItsBoldLineAgain)
{
    testing::expectReferralSheetSaysPauseOnce();
}

// The steady week's brisk walk reads as walking on the handout, not as a four-minute hold.
TEST(ExamplePlansPdf, TheSteadyWeeksWalkReadsAsWalking)
{
    QFile file(QStringLiteral(GLIDEPATH_SOURCE_DIR "/data/examples/steady-week.plan.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const core::Plan plan = io::parsePlan(std::string_view(json.constData(), json.size()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("steady.pdf"));
    writeHomeRoutinePdf(path.toStdString(), plan, io::builtinLibrary().exercises, {});
    const QString text = testing::pdfText(path);
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Walk 4 min, twice"))) << text.toStdString();
    EXPECT_FALSE(testing::hasText(text, QStringLiteral("hold 4 min"))) << text.toStdString();
    // The rest falls between the walks, not between "sets".
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("rest 30 s between walks")))
        << text.toStdString();
    // The modified Hundred pumps the arms for its time: it keeps moving, it is no hold.
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Keep moving for 50 s, twice")))
        << text.toStdString();
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("rest 45 s between rounds")))
        << text.toStdString();
    EXPECT_FALSE(testing::hasText(text, QStringLiteral("hold 50 s"))) << text.toStdString();
}

// The clinician summary lists the week's doses in the same words.
TEST(ExamplePlansPdf, TheSteadyWeeksSummaryReadsTheHundredAsMoving)
{
    QFile file(QStringLiteral(GLIDEPATH_SOURCE_DIR "/data/examples/steady-week.plan.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    HandoutData data;
    data.plan = io::parsePlan(std::string_view(json.constData(), json.size()));
    data.exercises = io::builtinLibrary().exercises;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    writeClinicianSummaryPdf(path.toStdString(), data, {});
    const QString text = testing::pdfText(path);
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Keep moving for 50 s, twice")))
        << text.toStdString();
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Walk 4 min, twice"))) << text.toStdString();
    EXPECT_FALSE(testing::hasText(text, QStringLiteral("hold 50 s"))) << text.toStdString();
}

} // namespace
} // namespace glidepath::report
