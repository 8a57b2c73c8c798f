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

// What a full exercise card prints for its dose: one cell each.
QStringList cardDose(const core::PlannedExercise& planned, const core::Exercise& exercise)
{
    QString tempo = tempoInWords(planned.tempo);
    if (planned.tempo.empty()) {
        tempo =
            planned.reps == 0 ? QStringLiteral("Steady hold") : QStringLiteral("Smooth and steady");
    }
    return {QString::number(planned.sets), repsOrHoldText(planned.reps, planned.holdSeconds), tempo,
            durationText(planned.restSeconds), sideText(planned.side, exercise.laterality)};
}

// The text of the card titled "number. name" in the section of day: from the title to the end
// of its stop box, spaces and hyphens removed.
QString cardText(const QString& text, core::Date day, int number, const std::string& name)
{
    static const QRegularExpression ignored(QStringLiteral("[-\\s]"));
    QString flat = text;
    flat.remove(ignored);
    QString heading = weekdayName(day) + dayMonth(day);
    heading.remove(ignored);
    QString title = QStringLiteral("%1. %2").arg(number).arg(QString::fromStdString(name));
    title.remove(ignored);
    const qsizetype section = flat.indexOf(heading);
    if (section < 0) {
        return {};
    }
    const qsizetype start = flat.indexOf(title, section);
    if (start < 0) {
        return {};
    }
    const qsizetype end = flat.indexOf(QStringLiteral("Stopif"), start);
    return flat.mid(start, end < 0 ? -1 : end - start);
}

TEST_F(HomeRoutinePdf, A4PagesCarryNameAndPageNumbers)
{
    const QString path = write(testing::sampleData(), {}, QStringLiteral("a4.pdf"));
    const testing::PdfInfo info = pdfInfo(path);
    EXPECT_NEAR(info.width, 595.0, 1.0);
    EXPECT_NEAR(info.height, 842.0, 1.0);
    // Cover, five session days (three with full cards) and the log: sane, not sprawling.
    EXPECT_GE(info.pages, 4);
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

TEST_F(HomeRoutinePdf, CoverExplainsTheWeekPainAndWarningSigns)
{
    const HandoutData data = testing::sampleData();
    const std::vector<QString> pages = pdfPages(write(data, {}, QStringLiteral("cover.pdf")));
    ASSERT_FALSE(pages.empty());
    const QString& cover = pages.front();
    EXPECT_TRUE(cover.contains(QStringLiteral("Week of 3 to 9 March 2025")));
    EXPECT_TRUE(testing::hasText(cover, phaseInWords(2)));
    EXPECT_TRUE(testing::hasText(cover, decisionForClient(data.plan.decision)));
    EXPECT_TRUE(cover.contains(QStringLiteral("Pain during exercise was 2/10 or less and settled "
                                              "by the next morning.")));
    EXPECT_FALSE(cover.contains(QStringLiteral("limit 2"))) << "bracketed detail is for clinicians";
    EXPECT_TRUE(cover.contains(QStringLiteral("Walk on flat ground on rest days")));
    EXPECT_TRUE(cover.contains(QStringLiteral("How much pain is OK?")));
    EXPECT_TRUE(cover.contains(QStringLiteral("Green: 0 to 2")));
    EXPECT_TRUE(cover.contains(QStringLiteral("Amber: 3 to 5")));
    EXPECT_TRUE(cover.contains(QStringLiteral("Red: above 5")));
    EXPECT_TRUE(cover.contains(QStringLiteral("Tenderness that lingers into the next day")));
    EXPECT_TRUE(cover.contains(QStringLiteral("Pain at night that is worse than usual")));
    EXPECT_TRUE(cover.contains(QStringLiteral("New swelling around the knee")));
    EXPECT_TRUE(testing::hasText(cover, disclaimerText()));
    EXPECT_FALSE(cover.contains(QStringLiteral("Prepared by")));
}

TEST_F(HomeRoutinePdf, PainLimitsFollowTheRules)
{
    HandoutData data = testing::sampleData();
    data.rules.greenMaxExercisePain = 3;
    data.rules.amberMaxExercisePain = 4;
    const QString text = pdfText(write(data, {}, QStringLiteral("limits.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Green: 0 to 3")));
    EXPECT_TRUE(text.contains(QStringLiteral("Amber: 4 ")));
    EXPECT_TRUE(text.contains(QStringLiteral("Red: above 4")));
    EXPECT_TRUE(text.contains(QStringLiteral("Pain goes above 4 out of 10")));
    EXPECT_FALSE(text.contains(QStringLiteral("Pain goes above 5 out of 10")));
}

TEST_F(HomeRoutinePdf, EveryExerciseAndDoseIsPrinted)
{
    const HandoutData data = testing::sampleData();
    const QString text = pdfText(write(data, {}, QStringLiteral("doses.pdf")));
    std::map<std::string, const core::Exercise*> library;
    for (const core::Exercise& e : data.exercises) {
        library[e.id] = &e;
    }
    std::map<std::string, std::pair<const core::PlannedExercise*, QString>> first;
    for (const core::PlanDay& day : data.plan.days) {
        for (const core::PlannedExercise& planned : day.exercises) {
            SCOPED_TRACE(planned.id + " on " + core::toIsoString(day.date));
            EXPECT_TRUE(testing::hasText(text, QString::fromStdString(planned.name)));
            const core::Exercise& exercise = *library.at(planned.id);
            const auto seen = first.find(planned.id);
            const bool repeat = seen != first.end() && seen->second.first->sets == planned.sets &&
                                seen->second.first->reps == planned.reps &&
                                seen->second.first->holdSeconds == planned.holdSeconds &&
                                seen->second.first->tempo == planned.tempo &&
                                seen->second.first->restSeconds == planned.restSeconds &&
                                seen->second.first->side == planned.side;
            if (repeat) {
                EXPECT_TRUE(testing::hasText(
                    text, QStringLiteral("As on %1: %2")
                              .arg(seen->second.second, doseLine(planned, exercise.laterality))));
            } else {
                const int number = static_cast<int>(&planned - day.exercises.data()) + 1;
                const QString card = cardText(text, day.date, number, planned.name);
                ASSERT_FALSE(card.isEmpty());
                for (const QString& cell : cardDose(planned, exercise)) {
                    EXPECT_TRUE(testing::hasText(card, cell)) << cell.toStdString();
                }
                for (const std::string& cue : exercise.cues) {
                    EXPECT_TRUE(testing::hasText(text, QString::fromStdString(cue)));
                }
                if (seen == first.end()) {
                    first[planned.id] = {&planned, weekdayName(day.date)};
                }
            }
        }
    }
    // Saturday's sit-to-stand has a different dose: printed in full, not "as on Monday".
    EXPECT_TRUE(text.contains(QStringLiteral("12 reps")));
}

TEST_F(HomeRoutinePdf, SessionDaysHaveTheirOwnSections)
{
    const QString text = pdfText(write(testing::sampleData(), {}, QStringLiteral("days.pdf")));
    for (const char* heading : {"Monday 3 March", "Tuesday 4 March", "Thursday 6 March",
                                "Friday 7 March", "Saturday 8 March"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Session 5 of 5")));
    EXPECT_FALSE(text.contains(QStringLiteral("Wednesday 5 March"))) << "rest days get no section";
}

TEST_F(HomeRoutinePdf, StopIfGuidanceIncludesPrecautions)
{
    const QString text = pdfText(write(testing::sampleData(), {}, QStringLiteral("stop.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sharp or stabbing pain")));
    EXPECT_TRUE(text.contains(QStringLiteral("Pain goes above 5 out of 10")));
    EXPECT_TRUE(text.contains(QStringLiteral("Your knee gives way or locks")));
    // bird-dog and the kneeling exercises carry the kneeling precaution; mini-squat deep flexion.
    EXPECT_TRUE(text.contains(QStringLiteral("Kneeling presses on a sore kneecap")));
    EXPECT_TRUE(text.contains(QStringLiteral("Pain builds as the knee bends further")));
    EXPECT_TRUE(text.contains(QStringLiteral("You feel unsteady")));
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

TEST_F(HomeRoutinePdf, CompactRepeatsKeepTheHandoutShort)
{
    const HandoutData data = testing::sampleData();
    HandoutOptions full;
    full.compactRepeats = false;
    const QString compactPath = write(data, {}, QStringLiteral("compact.pdf"));
    const QString fullPath = write(data, full, QStringLiteral("full.pdf"));
    const QString compact = pdfText(compactPath);
    const QString every = pdfText(fullPath);
    // Six strength + three mobility exercises, and Saturday's changed sit-to-stand: ten cards.
    EXPECT_EQ(testing::countOf(compact, QStringLiteral("Stop if")), 10);
    // Thursday repeats all six of Monday; Saturday five (its sit-to-stand changed).
    EXPECT_EQ(testing::countOf(compact, QStringLiteral("As on Monday")), 6 + 5);
    EXPECT_EQ(testing::countOf(compact, QStringLiteral("As on Tuesday")), 3);
    // Every session in full: 3 × 6 + 2 × 3.
    EXPECT_EQ(testing::countOf(every, QStringLiteral("Stop if")), 24);
    EXPECT_EQ(testing::countOf(every, QStringLiteral("As on")), 0);
    EXPECT_GT(pdfInfo(fullPath).pages, pdfInfo(compactPath).pages);
}

TEST_F(HomeRoutinePdf, NoExerciseIsSplitAcrossPages)
{
    for (const int perRow : {1, 2}) {
        for (const bool large : {false, true}) {
            HandoutOptions options;
            options.exercisesPerRow = perRow;
            options.largePrint = large;
            options.compactRepeats = false;
            const std::vector<QString> pages =
                pdfPages(write(testing::sampleData(), options, QStringLiteral("split.pdf")));
            int cards = 0;
            for (std::size_t i = 0; i < pages.size(); ++i) {
                // A card opens with its dose labels and ends with its stop box: both on one page.
                const int starts = testing::countOf(pages[i], QStringLiteral("Reps or hold"));
                const int ends = testing::countOf(pages[i], QStringLiteral("Stop if"));
                EXPECT_EQ(starts, ends)
                    << "page " << i + 1 << " per row " << perRow << " large " << large;
                cards += ends;
            }
            EXPECT_EQ(cards, 24);
        }
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
    EXPECT_TRUE(text.contains(QStringLiteral("You said the knee locks")));
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

TEST_F(HomeRoutinePdf, UnknownExerciseStillPrintsWithoutPicture)
{
    HandoutData data = testing::sampleData();
    data.plan.days[0].exercises.push_back(
        testing::planned("own-exercise", "Towel slide", 2, 12, 0, "1-0-1", 20));
    const QString text = pdfText(write(data, {}, QStringLiteral("unknown.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("7. Towel slide")));
    EXPECT_TRUE(text.contains(QStringLiteral("Up 1 s, down 1 s")));
    EXPECT_TRUE(text.contains(QStringLiteral("20 s")));
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
    for (const QString& page : pages) {
        inLog = inLog || page.contains(QStringLiteral("Weekly log"));
        if (inLog) {
            ++logPages;
            EXPECT_TRUE(page.contains(QStringLiteral("Exercise Mon 3 Tue 4")))
                << "log page " << logPages << " lacks the day header";
        }
    }
    EXPECT_GE(logPages, 2);
    EXPECT_TRUE(pages.back().contains(QStringLiteral("Extra exercise 29")));
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

TEST_F(HomeRoutinePdf, ConvenienceCallTakesPlanAndLibrary)
{
    const std::vector<core::Exercise> library = testing::sampleLibrary();
    HandoutOptions options;
    options.clientName = "Jordan Reyes";
    options.paper = PaperSize::Letter;
    const QString path = m_dir.filePath(QStringLiteral("cli.pdf"));
    writeHomeRoutinePdf(path.toStdString(), testing::samplePlan(), library, options);
    const testing::PdfInfo info = pdfInfo(path);
    EXPECT_NEAR(info.width, 612.0, 1.0);
    const std::vector<QString> pages = pdfPages(path);
    for (const QString& page : pages) {
        EXPECT_TRUE(page.contains(QStringLiteral("Jordan Reyes")));
    }
    // Cues come from the library.
    EXPECT_TRUE(pdfText(path).contains(QStringLiteral("Nose over toes as you rise")));
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
