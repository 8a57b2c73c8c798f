// The home routine in German: Glidepath's German translation loaded (the .qm built with the UI)
// and the built-in library's German text laid over the exercises, as the desktop does. The key
// patient-facing places must carry no English: headings, the pain guide, the exercise cards'
// names, steps and cues, the log page, and the built-in exercises named in the engine's reasons.

#include "report/pdf_probe.h"
#include "report/referral_sheet_check.h"
#include "report/sample_plan.h"

#include <glidepath/core/date.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/report/handout_renderer.h>
#include <glidepath/report/handout_text.h>
#include <glidepath/report/reason_text.h>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

namespace glidepath::report {
namespace {

using testing::normalised;
using testing::pdfText;

class GermanHandout : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(
            m_translator.load(QStringLiteral("glidepath_de"), QStringLiteral(GLIDEPATH_QM_DIR)));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    void TearDown() override
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }

    QTranslator m_translator;
    QTemporaryDir m_dir;
};

TEST_F(GermanHandout, KeyPlacesHaveNoEnglish)
{
    const io::LibraryDocument& library = io::builtinLibrary();
    HandoutData data;
    data.plan = testing::samplePlan();
    for (const core::Exercise& exercise : library.exercises) {
        data.exercises.push_back(library.localized(exercise, "de"));
    }
    std::vector<std::string> englishNames;
    std::vector<std::string> germanNames;
    std::vector<std::string> englishCues;
    std::vector<std::string> germanCues;
    for (core::PlanDay& day : data.plan.days) {
        for (core::PlannedExercise& planned : day.exercises) {
            const auto found =
                std::find_if(library.exercises.begin(), library.exercises.end(),
                             [&](const core::Exercise& e) { return e.id == planned.id; });
            if (found == library.exercises.end()) {
                continue; // the sample's own exercises (not built in) stay English
            }
            const core::Exercise german = library.localized(*found, "de");
            englishNames.push_back(found->name);
            germanNames.push_back(german.name);
            englishCues.push_back(found->cues.front());
            germanCues.push_back(german.cues.front());
            planned.name = german.name; // as the desktop's handout data does
        }
    }
    ASSERT_GE(germanNames.size(), 3u) << "the sample plan should use built-in exercises";
    data.profile = testing::sampleProfile();
    data.clientName = "Erika Muster";
    data.rules = core::ProgressionRules{};

    const QString path = m_dir.filePath(QStringLiteral("de.pdf"));
    HandoutOptions options;
    writeHomeRoutinePdf(path.toStdString(), data, options);
    const QString text = normalised(pdfText(path));

    for (const char* german :
         {"ÜBUNGSPROGRAMM FÜR ZU HAUSE", "Diese Woche", "Wie viel Schmerz ist in Ordnung?",
          "Wochenprotokoll", "Was Sie wann machen", "Sie brauchen:"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(german))) << "missing: " << german;
    }
    for (const char* english :
         {"HOME EXERCISE ROUTINE", "This week", "How much pain is OK?", "Weekly log",
          "What to do when", "Stop if", "Your week at a glance", "Tick each exercise", "Monday",
          "Pain at rest", "Reps or hold", "You need:"}) {
        EXPECT_FALSE(text.contains(QString::fromUtf8(english))) << "English left: " << english;
    }
    for (std::size_t i = 0; i < germanNames.size(); ++i) {
        EXPECT_TRUE(text.contains(normalised(QString::fromStdString(germanNames[i]))))
            << "German name missing: " << germanNames[i];
        EXPECT_FALSE(text.contains(normalised(QString::fromStdString(englishCues[i]))))
            << "English cue left: " << englishCues[i];
    }
    EXPECT_TRUE(text.contains(QStringLiteral("März"))) << "dates in German";
}

// A shipped example week in German, as the desktop prints it: the built-in library's German
// text and the planned exercises' German names.
HandoutData germanExample(const char* example)
{
    QFile file(QStringLiteral(GLIDEPATH_SOURCE_DIR "/data/examples/%1.plan.json")
                   .arg(QString::fromUtf8(example)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << example;
    const QByteArray json = file.readAll();
    const io::LibraryDocument& library = io::builtinLibrary();
    HandoutData data;
    data.plan =
        io::parsePlan(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    for (const core::Exercise& exercise : library.exercises) {
        data.exercises.push_back(library.localized(exercise, "de"));
    }
    for (core::PlanDay& day : data.plan.days) {
        for (core::PlannedExercise& planned : day.exercises) {
            for (const core::Exercise& german : data.exercises) {
                if (german.id == planned.id) {
                    planned.name = german.name;
                }
            }
        }
    }
    data.clientName = "Erika Muster";
    return data;
}

TEST_F(GermanHandout, TheDisclaimerNeverStandsAlone)
{
    // German runs longer than English: the disclaimer must still share its page with the
    // safety box it belongs to, in every size and paper.
    const QString disclaimer = normalised(disclaimerText());
    const QString stop = normalised(QString::fromUtf8("Hören Sie mit jeder Übung auf"));
    const QString easeOff = normalised(QString::fromUtf8("Treten Sie ein paar Tage kürzer"));
    for (const char* example : {"steady-week", "flare-up", "ready-to-progress"}) {
        const HandoutData data = germanExample(example);
        for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
            for (const bool large : {false, true}) {
                SCOPED_TRACE(std::string(example) + (large ? " large" : " normal") +
                             (paper == PaperSize::A4 ? " A4" : " Letter"));
                HandoutOptions options;
                options.paper = paper;
                options.largePrint = large;
                const QString path = m_dir.filePath(QStringLiteral("%1-%2-%3.pdf")
                                                        .arg(QString::fromUtf8(example))
                                                        .arg(static_cast<int>(paper))
                                                        .arg(large));
                writeHomeRoutinePdf(path.toStdString(), data, options);
                const std::vector<QString> pages = testing::pdfPages(path);
                int found = 0;
                for (const QString& page : pages) {
                    if (page.contains(disclaimer.left(40))) {
                        ++found;
                        // The safety box may continue on a new page between its two
                        // paragraphs; the disclaimer goes with its last one.
                        EXPECT_TRUE(page.contains(stop) || page.contains(easeOff))
                            << "the disclaimer left its box";
                    }
                }
                EXPECT_EQ(found, 1);
            }
        }
    }
}

TEST_F(GermanHandout, EquipmentKeepsItsCapitalInsideASentence)
{
    const HandoutData data = germanExample("steady-week");
    const QString path = m_dir.filePath(QStringLiteral("kit.pdf"));
    writeHomeRoutinePdf(path.toStdString(), data, {});
    const QString text = normalised(pdfText(path));
    EXPECT_TRUE(text.contains(QString::fromUtf8("Sie brauchen: Matte"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QRegularExpression(QString::fromUtf8("Sie brauchen: \\p{Ll}"))));
    // The log may run over two pages, so it is asked for as the log, not as "this page".
    EXPECT_TRUE(
        text.contains(QString::fromUtf8("Bringen Sie das Protokoll zum nächsten Termin mit.")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QString::fromUtf8("diese Seite"))) << text.toStdString();
    EXPECT_EQ(equipmentInSentence(core::Equipment::Chair), QString::fromUtf8("Stuhl"));
    EXPECT_EQ(equipmentInSentence(core::Equipment::Band), QString::fromUtf8("Band"));
}

// The day table reads its days the German way ("Mo, 23. November"), a repeated day names its
// exercises by number, and the stop list keeps the capital of "Ihr Knie".
TEST_F(GermanHandout, DaysAndStopListReadAsGerman)
{
    const HandoutData data = germanExample("steady-week");
    const QString path = m_dir.filePath(QStringLiteral("days.pdf"));
    writeHomeRoutinePdf(path.toStdString(), data, {});
    const QString text = normalised(pdfText(path));
    EXPECT_TRUE(text.contains(QString::fromUtf8("Mo, 23. November"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromUtf8("Wie am Montag: Übungen 1, 2, 3 und 4")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromUtf8("Ihr Knie knickt weg"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QString::fromUtf8("ihr Knie"))) << text.toStdString();
}

// A plan stores the English names; a reason that names a built-in exercise reads it in German,
// in both registers, and a user's own exercise keeps the name it was written with.
TEST_F(GermanHandout, ReasonsNameBuiltInExercisesInGerman)
{
    const std::string german = io::builtinLibrary().localizedName("clamshell", "Clamshell", "de");
    ASSERT_NE(german, "Clamshell");
    const core::Reason painful{"log.painful",
                               {{"exercise", core::value::exercise("clamshell", "Clamshell", 6)},
                                {"date", core::value::date(*core::parseIsoDate("2026-12-07"))}}};
    for (const Register reg : {Register::Client, Register::Clinician}) {
        const QString text = reasonText(painful, reg);
        EXPECT_TRUE(text.contains(QString::fromStdString(german))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Clamshell hat"))) << text.toStdString();
    }
    const core::Reason own{"log.painful",
                           {{"exercise", core::value::exercise("my-wall-sit", "Wall sit", 5)}}};
    EXPECT_TRUE(reasonText(own, Register::Client).contains(QStringLiteral("Wall sit")));
}

// The hold after the sets: German puts the verb last ("2 Sätze × 50 s halten").
TEST_F(GermanHandout, AHoldAfterTheSetsReadsAsGerman)
{
    const core::PlannedExercise p =
        testing::planned("x", "X", 2, 0, 50, "", 0, core::WorkSide::Both);
    const QString dose = doseLine(p, core::Laterality::Bilateral, TimedWork::None)
                             .replace(QChar(0x00a0), QLatin1Char(' '));
    EXPECT_TRUE(dose.startsWith(QString::fromUtf8("2 Sätze × 50 s halten"))) << dose.toStdString();
}

// Timed walking reads as German walking ("2 × 4 Min. gehen"), not as a hold.
TEST_F(GermanHandout, TimedWalkingAndRunningReadAsGerman)
{
    const auto plainText = [](QString text) {
        return text.replace(QChar(0x00a0), QLatin1Char(' ')).toStdString();
    };
    core::PlannedExercise walk = testing::planned("brisk-walk", "Brisk walk", 2, 0, 240, "", 30);
    EXPECT_EQ(plainText(workText(walk, TimedWork::Walk)), "2 × 4 Min. gehen");
    const std::string line =
        plainText(doseLine(walk, core::Laterality::Bilateral, TimedWork::Walk));
    EXPECT_EQ(line.rfind("2 × 4 Min. gehen · ", 0), 0u) << line;
    EXPECT_EQ(line.find("halten"), std::string::npos) << line;
    walk.sets = 1;
    EXPECT_EQ(plainText(workText(walk, TimedWork::Walk)), "4 Min. gehen");
    walk.sets = 3;
    EXPECT_EQ(plainText(workText(walk, TimedWork::Walk)), "3 × 4 Min. gehen");
    const core::PlannedExercise run =
        testing::planned("walk-run-intervals", "Walk-run intervals", 1, 6, 60, "", 60);
    EXPECT_EQ(plainText(workText(run, TimedWork::Run)), "6 × 1 Min. laufen");
    EXPECT_EQ(plainText(restText(run, TimedWork::Run)), "Pause 1 Min. zwischen den Laufrunden");
    walk.sets = 2;
    EXPECT_EQ(plainText(restText(walk, TimedWork::Walk)), "Pause 30 s zwischen den Gehrunden");
}

// Movement kept up (the Hundred's arm pumps) reads as moving, never as "halten".
TEST_F(GermanHandout, MovementKeptUpReadsAsGerman)
{
    const auto plainText = [](QString text) {
        return text.replace(QChar(0x00a0), QLatin1Char(' ')).toStdString();
    };
    core::PlannedExercise hundred = testing::planned("hundred", "Hundred", 2, 0, 50, "", 45);
    EXPECT_EQ(plainText(workText(hundred, TimedWork::Move)), "2 × 50 s durchgehend bewegen");
    const std::string line =
        plainText(doseLine(hundred, core::Laterality::Bilateral, TimedWork::Move));
    EXPECT_EQ(line.rfind("2 × 50 s durchgehend bewegen · Pause 45 s zwischen den Durchgängen", 0),
              0u)
        << line;
    EXPECT_EQ(line.find("halten"), std::string::npos) << line;
    hundred.sets = 1;
    EXPECT_EQ(plainText(workText(hundred, TimedWork::Move)), "50 s durchgehend bewegen");
    hundred.sets = 3;
    EXPECT_EQ(plainText(workText(hundred, TimedWork::Move)), "3 × 50 s durchgehend bewegen");
}

// The clinician's reason for a step of movement kept up reads as moving in German too.
TEST_F(GermanHandout, ReasonsReadMovementKeptUpAsMoving)
{
    const core::Reason step{
        "dose.progress",
        {{"case", core::value::word("step")},
         {"change", core::value::word("hold")},
         {"change_from", core::value::number(40)},
         {"change_to", core::value::number(50)},
         {"timing", core::value::word("continuous")},
         {"dose", core::value::list(
                      {core::value::number(2), core::value::number(0), core::value::number(50)})}}};
    const std::string text = reasonText(step, Register::Clinician).toStdString();
    EXPECT_NE(text.find("in Bewegung 40 s → 50 s"), std::string::npos) << text;
    EXPECT_NE(text.find("2 × 50 s in Bewegung"), std::string::npos) << text;
    EXPECT_EQ(text.find("Halten"), std::string::npos) << text;
}

// The surgery limits name the clearances and weight bearing in German, not in the engine's words.
TEST_F(GermanHandout, SurgeryLimitsNameEveryClearanceInGerman)
{
    const core::Reason limits{
        "surgery.clearance",
        {{"max_phase", core::value::number(1)},
         {"operation", core::value::word("knee_replacement")},
         {"weight_bearing", core::value::word("partial")},
         {"weeks", core::value::number(7)},
         {"not_cleared", core::value::words({"kneeling", "deep_knee_bend", "impact_landing",
                                             "pivoting", "running"})}}};
    const std::string text = reasonText(limits, Register::Clinician).toStdString();
    for (const char* english : {"partial", "kneeling", "pivoting", "running"}) {
        EXPECT_EQ(text.find(english), std::string::npos) << english << ": " << text;
    }
}

TEST_F(GermanHandout, TheReferralSheetsFirstBulletIsNotItsBoldLineAgain)
{
    testing::expectReferralSheetSaysPauseOnce();
}

TEST(EnglishHandout, EquipmentIsLowerCaseInsideASentence)
{
    EXPECT_EQ(equipmentInSentence(core::Equipment::Chair), QStringLiteral("chair"));
    EXPECT_EQ(nounInSentence(QStringLiteral("Band")), QStringLiteral("band"));
}

} // namespace
} // namespace glidepath::report
