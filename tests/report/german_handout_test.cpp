// The home routine in German: Glidepath's German translation loaded (the .qm built with the UI)
// and the built-in library's German text laid over the exercises, as the desktop does. The key
// patient-facing places must carry no English: headings, the pain guide, the exercise cards'
// names, steps and cues, the log page. (The engine's reasons and advice are English until the
// reason renderer is translated.)

#include "report/pdf_probe.h"
#include "report/sample_plan.h"

#include <glidepath/io/library_format.h>
#include <glidepath/report/handout_renderer.h>

#include <QCoreApplication>
#include <QLocale>
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
         {"HOME EXERCISE ROUTINE", "This week", "How much pain is OK?", "Weekly log", "What to do when",
          "Stop if", "Your week at a glance", "Tick each exercise", "Monday", "Pain at rest",
          "Reps or hold", "You need:"}) {
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

} // namespace
} // namespace glidepath::report
