// The plan as terminal text (glidepath-cli plan --format text): the decision, its reasons in the
// clinician's words with the rule id to look up, the advice, each day and each exercise's dose;
// in German when the German translation is installed.

#include <glidepath/core/date.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/report/plan_text.h>
#include <glidepath/report/reason_text.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

namespace glidepath::report {
namespace {

core::Plan samplePlan()
{
    core::Plan plan;
    plan.weekStart = *core::parseIsoDate("2026-11-23");
    plan.decision = {core::Action::Hold,
                     core::Light::Amber,
                     2,
                     0,
                     {core::Reason("action.hold.amber"),
                      core::Reason("light.amber.exercise_pain", {{"pain", core::value::pain(4)}})}};
    plan.decision.reasons[0].text = "Amber week."; // stored words of an older plan
    plan.advice = {core::Reason("advice.one_change")};
    for (int i = 0; i < 7; ++i) {
        core::PlanDay day;
        day.date = plan.weekStart + std::chrono::days(i);
        plan.days.push_back(day);
    }
    plan.days[0].kind = core::DayKind::Strength;
    plan.days[0].estimatedMinutes = 12;
    plan.days[0].exercises = {{"clamshell", "Clamshell", 3, 10, 3, "2-0-3", 45,
                               core::WorkSide::Both, core::Reason("exercise.new")},
                              {"side-plank", "Side plank", 2, 0, 20, "", 30, core::WorkSide::Each,
                               core::Reason("exercise.new")}};
    plan.days[0].exercises[0].loadKind = core::LoadKind::Band;
    plan.days[0].exercises[0].loadLevel = 2;
    plan.overrides = {{"swap", 0, "wall-sit", "clamshell", "Swapped Wall sit for Clamshell"}};
    return plan;
}

TEST(PlanText, ShowsTheDecisionReasonsAdviceDaysAndDoses)
{
    const std::string text = planText(samplePlan()).toStdString();
    EXPECT_NE(text.find("Plan for the week of Monday 23 November 2026\n"), std::string::npos)
        << text;
    EXPECT_NE(text.find("Decision: HOLD (light amber, phase 2)"), std::string::npos) << text;
    EXPECT_NE(text.find("  - Amber week. [action.hold.amber]"), std::string::npos) << text;
    EXPECT_NE(text.find("[light.amber.exercise_pain]"), std::string::npos) << text;
    EXPECT_NE(text.find("Advice:\n  - "), std::string::npos) << text;
    EXPECT_NE(text.find("Mon 2026-11-23  strength, about 12 min"), std::string::npos) << text;
    EXPECT_NE(
        text.find("  1. Clamshell: 3 × 10 with a 3 s hold, tempo 2-0-3, medium band, rest 45 s"),
        std::string::npos)
        << text;
    EXPECT_NE(text.find("  2. Side plank: 2 × 20 s hold, rest 30 s, each side"), std::string::npos)
        << text;
    EXPECT_NE(text.find("Tue 2026-11-24  rest"), std::string::npos) << text;
    EXPECT_NE(text.find("Changes made by the clinician:\n  - Swapped Wall sit for Clamshell"),
              std::string::npos)
        << text;
}

TEST(PlanText, SpeaksGermanWithTheGermanTranslation)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral("glidepath_de"), QStringLiteral(GLIDEPATH_QM_DIR)));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const std::string text = planText(samplePlan()).toStdString();
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());

    const std::string clamshell = io::builtinLibrary().localizedName("clamshell", "", "de");
    ASSERT_FALSE(clamshell.empty());
    EXPECT_NE(text.find("  1. " + clamshell + ": 3 × 10"), std::string::npos) << text;
    EXPECT_EQ(text.find("Plan for the week of"), std::string::npos) << text;
    // The heading's date as German readers write it, not ISO; the day lines keep ISO for scripts.
    EXPECT_EQ(text.rfind("Plan für die Woche vom Montag, 23. November 2026\n", 0), 0u) << text;
    EXPECT_NE(text.find("2026-11-23  Kraft"), std::string::npos) << text;
    EXPECT_EQ(text.find("Decision:"), std::string::npos) << text;
    EXPECT_EQ(text.find("each side"), std::string::npos) << text;
    EXPECT_EQ(text.find("strength, about"), std::string::npos) << text;
    EXPECT_NE(text.find("[action.hold.amber]"), std::string::npos) << "rule ids stay";
}

// Knee-bend and impact levels are words of the vocabulary: in German they read as German.
TEST(PlanText, KneeBendAndImpactLevelsReadInTheTextsLanguage)
{
    const core::Reason caps("action.regress", {{"max_flexion", core::value::word("low")},
                                               {"max_impact", core::value::word("none")}});
    const std::string english = reasonText(caps, Register::Clinician).toStdString();
    EXPECT_NE(english.find("kept to low and impact to none"), std::string::npos) << english;

    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral("glidepath_de"), QStringLiteral(GLIDEPATH_QM_DIR)));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const std::string german = reasonText(caps, Register::Clinician).toStdString();
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
    EXPECT_NE(german.find("auf gering begrenzt"), std::string::npos) << german;
    EXPECT_EQ(german.find(" low"), std::string::npos) << german;
    EXPECT_EQ(german.find("Nichts"), std::string::npos) << german;
}

} // namespace
} // namespace glidepath::report
