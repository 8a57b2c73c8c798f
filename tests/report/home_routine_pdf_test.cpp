// Renders home-routine handouts to PDF and reads them back with poppler.

#include "report/pdf_probe.h"
#include "report/sample_plan.h"

#include <glidepath/report/handout_renderer.h>
#include <glidepath/report/handout_text.h>

#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

namespace glidepath::report {
namespace {

using testing::normalised;
using testing::pdfInfo;
using testing::pdfPages;
using testing::pdfText;

class HomeRoutinePdf : public ::testing::Test
{
protected:
    QString write(const HandoutData& data, const HandoutOptions& options, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        writeHomeRoutinePdf(path.toStdString(), data, options);
        return path;
    }

    static QString n(const QString& text) { return normalised(text); }

    QTemporaryDir m_dir;
};

TEST_F(HomeRoutinePdf, A4PagesCarryNameAndPageNumbers)
{
    const QString path = write(testing::sampleData(), {}, QStringLiteral("a4.pdf"));
    const testing::PdfInfo info = pdfInfo(path);
    EXPECT_NEAR(info.width, 595.0, 1.0);
    EXPECT_NEAR(info.height, 842.0, 1.0);
    // Cover, the exercises in two columns and the log: sane, not sprawling.
    EXPECT_GE(info.pages, 3);
    EXPECT_LE(info.pages, 9);

    const std::vector<QString> pages = pdfPages(path);
    ASSERT_EQ(static_cast<int>(pages.size()), info.pages);
    for (int i = 0; i < info.pages; ++i) {
        const QString& page = pages[static_cast<std::size_t>(i)];
        EXPECT_TRUE(page.contains(QStringLiteral("Alex Morgan"))) << "page " << i + 1;
        EXPECT_TRUE(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(info.pages)))
            << "page " << i + 1;
    }
}

TEST_F(HomeRoutinePdf, WeeklyLogListsEveryExerciseOnItsOwnPage)
{
    const HandoutData data = testing::sampleData();
    const std::vector<QString> pages = pdfPages(write(data, {}, QStringLiteral("log.pdf")));
    ASSERT_FALSE(pages.empty());
    const QString& log = pages.back();
    EXPECT_TRUE(log.contains(QStringLiteral("Weekly log")));
    EXPECT_TRUE(log.contains(QStringLiteral("Pain during the session (0 to 10)")));
    EXPECT_TRUE(log.contains(QStringLiteral("Worse the next morning?")));
    EXPECT_TRUE(log.contains(QStringLiteral("At the end of the week")));
    for (const core::Exercise& exercise : data.exercises) {
        EXPECT_TRUE(testing::hasText(log, QString::fromStdString(exercise.name))) << exercise.name;
    }
    // Five session days, each with a pain box and a Y / N.
    EXPECT_EQ(testing::countOf(log, QStringLiteral("/10")), 5);
    EXPECT_EQ(log.count(QRegularExpression(QStringLiteral("Y ?/ ?N"))), 5);
    for (std::size_t i = 0; i + 1 < pages.size(); ++i) {
        EXPECT_FALSE(pages[i].contains(QStringLiteral("Weekly log"))) << "page " << i + 1;
    }
}

TEST_F(HomeRoutinePdf, LetterPaper)
{
    HandoutOptions options;
    options.paper = PaperSize::Letter;
    const testing::PdfInfo info =
        pdfInfo(write(testing::sampleData(), options, QStringLiteral("letter.pdf")));
    EXPECT_NEAR(info.width, 612.0, 1.0);
    EXPECT_NEAR(info.height, 792.0, 1.0);
}

TEST_F(HomeRoutinePdf, LargePrintEnlargesText)
{
    const HandoutData data = testing::sampleData();
    HandoutOptions large;
    large.largePrint = true;
    const QString normalPath = write(data, {}, QStringLiteral("normal.pdf"));
    const QString largePath = write(data, large, QStringLiteral("large.pdf"));
    EXPECT_GT(pdfInfo(largePath).pages, pdfInfo(normalPath).pages);
    const double normalHeight = testing::medianWordHeight(normalPath);
    const double largeHeight = testing::medianWordHeight(largePath);
    ASSERT_GT(normalHeight, 0.0);
    // Body text goes from 10.5 pt to 16 pt: the typical word box grows by about half.
    EXPECT_GT(largeHeight / normalHeight, 1.4);
    // And every word of it is still there.
    const QString text = pdfText(largePath);
    for (const core::Exercise& exercise : data.exercises) {
        EXPECT_TRUE(testing::hasText(text, QString::fromStdString(exercise.name))) << exercise.name;
    }
    EXPECT_TRUE(testing::hasText(text, disclaimerText()));
    EXPECT_TRUE(text.contains(QStringLiteral("Weekly log")));
}

TEST_F(HomeRoutinePdf, TwoPerRowPrintsEverythingOnFewerPages)
{
    const HandoutData data = testing::sampleData();
    HandoutOptions two;
    two.exercisesPerRow = 2;
    two.compactRepeats = false;
    HandoutOptions one;
    one.compactRepeats = false;
    const QString twoPath = write(data, two, QStringLiteral("two.pdf"));
    const QString onePath = write(data, one, QStringLiteral("one.pdf"));
    const QString text = pdfText(twoPath);
    for (const core::Exercise& exercise : data.exercises) {
        EXPECT_TRUE(testing::hasText(text, QString::fromStdString(exercise.name))) << exercise.name;
    }
    EXPECT_LE(pdfInfo(twoPath).pages, pdfInfo(onePath).pages);
}

TEST_F(HomeRoutinePdf, ReferralPlanPrintsAdviceAndNoExercises)
{
    HandoutData data = testing::sampleData();
    data.plan = testing::referPlan();
    // Even if a plan carried exercises, a referral must not print them.
    data.plan.days[0].kind = core::DayKind::Strength;
    data.plan.days[0].exercises = testing::samplePlan().days[0].exercises;
    const QString path = write(data, {}, QStringLiteral("refer.pdf"));
    EXPECT_EQ(pdfInfo(path).pages, 1);
    const QString text = pdfText(path);
    EXPECT_TRUE(testing::hasText(text, referralHeadline()));
    EXPECT_TRUE(text.contains(QStringLiteral("A knee that locks or will not straighten needs to be "
                                             "checked")));
    EXPECT_TRUE(text.contains(QStringLiteral("You answered yes to")));
    EXPECT_TRUE(testing::hasText(text, disclaimerText()));
    for (const core::Exercise& exercise : data.exercises) {
        EXPECT_FALSE(testing::hasText(text, QString::fromStdString(exercise.name)))
            << exercise.name;
    }
    EXPECT_FALSE(text.contains(QStringLiteral("Weekly log")));
    EXPECT_FALSE(text.contains(QStringLiteral("Stop if")));
    EXPECT_FALSE(text.contains(QStringLiteral("How much pain is OK?")));
}

TEST_F(HomeRoutinePdf, ReferralWithoutAdviceStillTellsWhatToDo)
{
    HandoutData data;
    data.plan = testing::referPlan();
    data.plan.advice.clear();
    const QString text = pdfText(write(data, {}, QStringLiteral("refer-bare.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Book an appointment with your doctor or "
                                             "physiotherapist")));
    EXPECT_TRUE(text.contains(QStringLiteral("My routine")))
        << "no name anywhere: the default title";
}

TEST_F(HomeRoutinePdf, AllRestWeekHasCoverOnly)
{
    HandoutData data = testing::sampleData();
    for (core::PlanDay& day : data.plan.days) {
        day.kind = core::DayKind::Rest;
        day.exercises.clear();
    }
    const QString path = write(data, {}, QStringLiteral("rest.pdf"));
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("No exercise sessions are planned this week.")));
    EXPECT_FALSE(text.contains(QStringLiteral("Weekly log")));
    EXPECT_LE(pdfInfo(path).pages, 2);
}

TEST_F(HomeRoutinePdf, LongLogRepeatsItsHeaderOnTheNextPage)
{
    HandoutData data = testing::sampleData();
    HandoutOptions options;
    options.largePrint = true;
    for (int i = 0; i < 30; ++i) {
        data.plan.days[1].exercises.push_back(testing::planned(
            "extra-" + std::to_string(i), "Extra exercise " + std::to_string(i), 2, 10, 0, "", 30));
    }
    const std::vector<QString> pages = pdfPages(write(data, options, QStringLiteral("long.pdf")));
    int logPages = 0;
    bool inLog = false;
    int lastRow = 0;
    for (const QString& page : pages) {
        inLog = inLog || page.contains(QStringLiteral("Weekly log"));
        if (inLog) {
            ++logPages;
            // pdftotext may read a short row between the header's words, so they are looked for
            // one by one.
            for (const QString& word : {QStringLiteral("Exercise"), QStringLiteral("Mon 3"),
                                        QStringLiteral("Tue 4"), QStringLiteral("Sun 9")}) {
                EXPECT_TRUE(page.contains(word))
                    << "log page " << logPages << " lacks the day header's " << word.toStdString();
            }
            lastRow += page.count(QStringLiteral("Extra exercise 29"));
        }
    }
    EXPECT_GE(logPages, 2);
    EXPECT_GE(lastRow, 1);
    // The intro asks for the log back, not for "this page" of it.
    QString all;
    for (const QString& page : pages) {
        all += page + QLatin1Char(' ');
    }
    EXPECT_TRUE(n(all).contains(QStringLiteral("Bring this log to your next check-in.")));
    EXPECT_FALSE(n(all).contains(QStringLiteral("this page")));
    // The end-of-week questions never open a page alone: the log's last row goes with them.
    EXPECT_TRUE(pages.back().contains(QStringLiteral("Worse the next morning?")));
    EXPECT_TRUE(pages.back().contains(QStringLiteral("At the end of the week")));
}

TEST_F(HomeRoutinePdf, FontsAreEmbedded)
{
    const QString path = write(testing::sampleData(), {}, QStringLiteral("fonts.pdf"));
    const QString fonts = testing::runTool(QStringLiteral("pdffonts"), {path});
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2) << fonts.toStdString();
    std::set<QString> families;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList columns = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 5);
        EXPECT_EQ(columns[columns.size() - 5], QStringLiteral("yes")) << lines[i].toStdString();
        families.insert(columns[0].section(QLatin1Char('-'), 0, 0));
    }
    EXPECT_EQ(families.size(), 1u) << "one type family: " << fonts.toStdString();
}

TEST_F(HomeRoutinePdf, RenderReturnsThePageCount)
{
    const QString path = m_dir.filePath(QStringLiteral("direct.pdf"));
    int pages = 0;
    {
        QPdfWriter writer(path);
        preparePagedDevice(writer, {});
        pages = renderHomeRoutine(writer, testing::sampleData(), {});
    }
    EXPECT_EQ(pdfInfo(path).pages, pages);
}

TEST_F(HomeRoutinePdf, WriteFailureNamesTheFileAndLeavesNothing)
{
    const std::string missing = m_dir.filePath(QStringLiteral("no-such-dir/out.pdf")).toStdString();
    try {
        writeHomeRoutinePdf(missing, testing::sampleData(), {});
        FAIL() << "expected an error";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find(missing), std::string::npos) << error.what();
    }
    EXPECT_FALSE(QFile::exists(QString::fromStdString(missing)));

    EXPECT_THROW(writeHomeRoutinePdf(m_dir.path().toStdString(), testing::sampleData(), {}),
                 std::runtime_error);
    EXPECT_THROW(writeHomeRoutinePdf("", testing::sampleData(), {}), std::runtime_error);
}

TEST_F(HomeRoutinePdf, RewritingReplacesTheFileWhole)
{
    const QString path = m_dir.filePath(QStringLiteral("again.pdf"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(200000, 'x'));
    }
    writeHomeRoutinePdf(path.toStdString(), testing::sampleData(), {});
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_FALSE(bytes.contains(QByteArray(1000, 'x')));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).size(), 1) << "no temporary file left";
}

} // namespace
} // namespace glidepath::report
