// The home routine v2 on the shipped example requests' plans: page counts, fullness of pages,
// every step printed, plain words only, metadata and bookmarks, greyscale-safe pain zones.

#include "../../src/report/client_wording.h"
#include "../../src/report/home_routine_parts.h"
#include "report/pdf_probe.h"
#include "report/sample_plan.h"

#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/report/handout_renderer.h>
#include <glidepath/report/handout_text.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <map>

namespace glidepath::report {
namespace {

core::Plan examplePlan(const QString& name)
{
    QFile file(QStringLiteral(GLIDEPATH_SOURCE_DIR "/data/examples/%1.plan.json").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "missing example " << name.toStdString();
        return {};
    }
    const QByteArray json = file.readAll();
    return io::parsePlan(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
}

const QStringList kExamples{QStringLiteral("steady-week"), QStringLiteral("flare-up"),
                            QStringLiteral("ready-to-progress"), QStringLiteral("red-flag-week")};

class HandoutV2 : public ::testing::Test
{
protected:
    QString write(const QString& example, PaperSize paper, bool large,
                  int perRow = HandoutOptions{}.exercisesPerRow)
    {
        HandoutOptions options;
        options.paper = paper;
        options.largePrint = large;
        options.exercisesPerRow = perRow;
        const QString path = m_dir.filePath(QStringLiteral("%1-%2-%3-%4.pdf")
                                                .arg(example)
                                                .arg(paper == PaperSize::A4 ? 4 : 0)
                                                .arg(large)
                                                .arg(perRow));
        writeHomeRoutinePdf(path.toStdString(), examplePlan(example),
                            io::builtinLibrary().exercises, options);
        return path;
    }
    QTemporaryDir m_dir;
};

using testing::pageFullness;

TEST_F(HandoutV2, PageCountsOfTheExamples)
{
    // A typical week (three strength and two mobility days, up to about a dozen distinct
    // exercises: flare-up 8, steady-week 11) is four pages in normal print, A4 and Letter: cover
    // with the day table, the exercises in two columns, the log. Ready-to-progress has 16
    // distinct exercises, twice a typical week's: it takes five (docs/user-guide.md says so).
    const std::map<QString, int> normal{{QStringLiteral("flare-up"), 4},
                                        {QStringLiteral("steady-week"), 4},
                                        {QStringLiteral("ready-to-progress"), 5},
                                        {QStringLiteral("red-flag-week"), 1}};
    for (const QString& example : kExamples) {
        for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
            SCOPED_TRACE(example.toStdString() + (paper == PaperSize::A4 ? " A4" : " Letter"));
            const int pages = testing::pdfInfo(write(example, paper, false)).pages;
            const int large = testing::pdfInfo(write(example, paper, true)).pages;
            EXPECT_LE(pages, normal.at(example));
            EXPECT_GE(pages, 1);
            // Large print: cards continue between their steps, so it is about twice as long.
            EXPECT_LE(large, pages * 2 + 1);
        }
    }
}

TEST_F(HandoutV2, OneExercisePerRowStillPrintsEveryExercise)
{
    // The one-column layout (the print dialog's choice) is longer but complete.
    const QString one = write(QStringLiteral("steady-week"), PaperSize::A4, false, 1);
    const QString two = write(QStringLiteral("steady-week"), PaperSize::A4, false, 2);
    EXPECT_GE(testing::pdfInfo(one).pages, testing::pdfInfo(two).pages);
    EXPECT_TRUE(
        testing::hasText(testing::pdfText(one), QStringLiteral("11. Breathing with a deep")));
}

TEST_F(HandoutV2, NoPageUnderAQuarterFullExceptTheLast)
{
    for (const QString& example : kExamples) {
        for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
            for (const bool large : {false, true}) {
                SCOPED_TRACE(example.toStdString() + (large ? " large" : " normal") +
                             (paper == PaperSize::A4 ? " A4" : " Letter"));
                const QString path = write(example, paper, large);
                const std::vector<double> fullness =
                    pageFullness(path, testing::pdfInfo(path).height);
                for (std::size_t i = 0; i + 1 < fullness.size(); ++i) {
                    EXPECT_GE(fullness[i], 0.25) << "page " << i + 1;
                }
            }
        }
    }
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

// A step that starts beside a picture runs on under it, so pdftotext reads the picture's
// "Start" and "End" labels into the step's words: compare without them.
QString withoutPictureLabels(QString text)
{
    static const QRegularExpression labels(QStringLiteral("\\b(Start|End)\\b"));
    return text.remove(labels);
}

TEST_F(HandoutV2, EveryExerciseIsExplainedOnceWithAllItsSteps)
{
    const std::vector<core::Exercise>& library = io::builtinLibrary().exercises;
    for (const QString& example : {QStringLiteral("steady-week"), QStringLiteral("flare-up"),
                                   QStringLiteral("ready-to-progress")}) {
        SCOPED_TRACE(example.toStdString());
        const core::Plan plan = examplePlan(example);
        for (const bool large : {false, true}) {
            const QString text = testing::pdfText(write(example, PaperSize::A4, large));
            std::set<std::string> seen;
            for (const core::PlanDay& day : plan.days) {
                for (const core::PlannedExercise& planned : day.exercises) {
                    if (!seen.insert(planned.id).second) {
                        continue;
                    }
                    const auto found =
                        std::find_if(library.begin(), library.end(),
                                     [&](const core::Exercise& e) { return e.id == planned.id; });
                    ASSERT_NE(found, library.end());
                    for (const std::string& step : found->instructions) {
                        EXPECT_TRUE(testing::hasText(withoutPictureLabels(text),
                                                     withoutPictureLabels(qs(step))))
                            << planned.id << ": " << step;
                    }
                    if (!found->easier.empty()) {
                        const auto easier = std::find_if(
                            library.begin(), library.end(),
                            [&](const core::Exercise& e) { return e.id == found->easier; });
                        ASSERT_NE(easier, library.end());
                        EXPECT_TRUE(testing::hasText(
                            text, QStringLiteral("Do the easier version instead: %1")
                                      .arg(QString::fromStdString(easier->name))))
                            << planned.id;
                    }
                }
            }
        }
    }
}

TEST_F(HandoutV2, ClientTextHasNoEngineTalk)
{
    for (const QString& example : kExamples) {
        SCOPED_TRACE(example.toStdString());
        const QString text = testing::pdfText(write(example, PaperSize::A4, false));
        EXPECT_FALSE(detail::hasEngineTalk(text))
            << detail::hasEngineTalk(text) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Stage "))) << "no phase numbers";
        EXPECT_FALSE(
            text.contains(QRegularExpression(QStringLiteral("\\b\\d{4}-\\d\\d-\\d\\d\\b"))));
    }
}

TEST_F(HandoutV2, EngineWordsAreFilteredThroughOneFunction)
{
    EXPECT_TRUE(detail::clientWording("light.red.trend",
                                      "Rest pain rose (from the check-in of 2026-11-08).")
                    .size() > 0);
    EXPECT_TRUE(detail::clientWording("week.strength_sessions", "3 strength days").isEmpty());
    EXPECT_TRUE(detail::clientWording("action.regress",
                                      "Red week: each exercise steps back about 30 % in volume.")
                    .isEmpty());
    EXPECT_TRUE(detail::clientWording("", "See you on 2026-12-07.").isEmpty());
    EXPECT_TRUE(detail::clientWording("", "Answered yes (locked_knee).").isEmpty());
    EXPECT_EQ(detail::clientWording("", "Walk on flat ground on rest days."),
              QStringLiteral("Walk on flat ground on rest days."));
}

TEST_F(HandoutV2, MetadataAndBookmarksPerDay)
{
    HandoutOptions options;
    options.clinician.name = "Sam Patel";
    options.clinician.practice = "Riverside Physio";
    options.clinician.phone = "020 7946 0000";
    options.clinician.note = "Before lunch is best.";
    options.clinician.nextAppointment = core::Date{std::chrono::year{2026} / 12 / 7};
    options.clinician.nextAppointmentTime = "10:30";
    const QString path = m_dir.filePath(QStringLiteral("meta.pdf"));
    writeHomeRoutinePdf(path.toStdString(), examplePlan(QStringLiteral("flare-up")),
                        io::builtinLibrary().exercises, options);
    const QString info = testing::runTool(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Home routine"))));
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Author:\\s+Sam Patel"))));
    EXPECT_TRUE(info.contains(QRegularExpression(
        QStringLiteral("Subject:\\s+Home exercise routine for the week of 16 to 22 November"))));
    const QString xml =
        testing::runTool(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"),
                                                       QStringLiteral("-stdout"), path});
    for (const char* title :
         {"This week", "Monday 16 November", "Tuesday 17 November", "Thursday 19 November",
          "Friday 20 November", "Your exercises", "Weekly log"}) {
        EXPECT_TRUE(xml.contains(QStringLiteral(">%1</item>").arg(QString::fromUtf8(title))))
            << title;
    }
    const QString text = testing::pdfText(path);
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Sam Patel · Riverside Physio")));
    EXPECT_TRUE(
        testing::hasText(text, QStringLiteral("Next appointment: Monday 7 December at 10:30")));
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Before lunch is best.")));

    options.clinicianBlock = false;
    options.includeLog = false;
    writeHomeRoutinePdf(path.toStdString(), examplePlan(QStringLiteral("flare-up")),
                        io::builtinLibrary().exercises, options);
    const QString without = testing::pdfText(path);
    EXPECT_FALSE(without.contains(QStringLiteral("Sam Patel")));
    EXPECT_FALSE(without.contains(QStringLiteral("Weekly log")));
}

TEST(ClinicianSummaryV2, DrawsItsOwnChartsWithoutTheApp)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    const HandoutData data = testing::sampleData();
    ASSERT_FALSE(data.checkins.empty());
    writeClinicianSummaryPdf(path.toStdString(), data, HandoutOptions{}); // no chart images
    const QString text = testing::pdfText(path);
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Pain (0 to 10) at each check-in")));
    EXPECT_TRUE(testing::hasText(text, QStringLiteral("Share of planned sessions done")));
    EXPECT_TRUE(text.contains(QStringLiteral("During exercise")));
    const QString xml =
        testing::runTool(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"),
                                                       QStringLiteral("-stdout"), path});
    EXPECT_TRUE(xml.contains(QStringLiteral(">Charts</item>")));
    // The last page is never just a chart or a heading.
    const std::vector<double> fullness = pageFullness(path, testing::pdfInfo(path).height);
    for (std::size_t i = 0; i + 1 < fullness.size(); ++i) {
        EXPECT_GE(fullness[i], 0.25) << "page " << i + 1;
    }
}

TEST(PainZones, DistinguishableInGreyscale)
{
    QImage image(300, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        for (int zone = 0; zone < 3; ++zone) {
            detail::paintZone(painter, QRectF(zone * 100.0, 0.0, 100.0, 100.0), zone, 1.5);
        }
    }
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    double mean[3] = {};
    double spread[3] = {};
    for (int zone = 0; zone < 3; ++zone) {
        double sum = 0.0;
        double squares = 0.0;
        int count = 0;
        for (int y = 5; y < 95; ++y) {
            for (int x = zone * 100 + 5; x < zone * 100 + 95; ++x) {
                const double v = qGray(grey.pixel(x, y));
                sum += v;
                squares += v * v;
                ++count;
            }
        }
        mean[zone] = sum / count;
        spread[zone] = std::sqrt(squares / count - mean[zone] * mean[zone]);
    }
    // Each zone differs from the others in brightness or in texture, clearly.
    for (int a = 0; a < 3; ++a) {
        for (int b = a + 1; b < 3; ++b) {
            EXPECT_TRUE(std::abs(mean[a] - mean[b]) > 15.0 ||
                        std::abs(spread[a] - spread[b]) > 15.0)
                << a << " vs " << b << ": " << mean[a] << "/" << spread[a] << " " << mean[b] << "/"
                << spread[b];
        }
    }
    EXPECT_LT(spread[0], 5.0) << "green is plain";
    EXPECT_GT(spread[1], 20.0) << "amber is hatched";
}

} // namespace
} // namespace glidepath::report
