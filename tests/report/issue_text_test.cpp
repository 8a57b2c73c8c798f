// The words of validation and format problems: every kind core and io report has a pattern here
// that reads, untranslated, exactly as their own English message, and a German translation that
// keeps the field, the line and the values.

#include <glidepath/core/client.h>
#include <glidepath/core/field_issue.h>
#include <glidepath/core/pose.h>
#include <glidepath/core/validation.h>
#include <glidepath/io/builtin_data.h>
#include <glidepath/io/format_error.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/io/rules_format.h>
#include <glidepath/report/issue_text.h>

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTranslator>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

namespace glidepath::report {
namespace {

std::vector<core::IssueKind> allKinds()
{
    std::vector<core::IssueKind> kinds;
    for (const core::IssueKind& kind : core::validationIssueKinds()) {
        kinds.push_back(kind);
    }
    for (const core::IssueKind& kind : core::fieldIssueKinds()) {
        kinds.push_back(kind);
    }
    for (const core::IssueKind& kind : io::formatIssueKinds()) {
        kinds.push_back(kind);
    }
    return kinds;
}

// Values that no word table holds, so each must show up as written.
std::vector<std::string> sampleValues()
{
    return {"v1x", "v2x", "v3x", "v4x", "v5x", "v6x"};
}

TEST(IssueText, EveryKindHasEnglishWordsEqualToCoreAndIo)
{
    std::set<std::string_view> seen;
    for (const core::IssueKind& kind : allKinds()) {
        EXPECT_TRUE(seen.insert(kind.id).second) << "kind " << kind.id << " is listed twice";
        EXPECT_EQ(issuePattern(kind.id).toStdString(), std::string(kind.english)) << kind.id;
        // Untranslated, the renderer's words are the message core and io write.
        const std::vector<std::string> values = sampleValues();
        EXPECT_EQ(issueText(kind.id, values, "unused").toStdString(),
                  core::fillIssuePattern(kind.english, values))
            << kind.id;
    }
}

TEST(IssueText, AnIssueWithoutAKindShowsItsMessage)
{
    EXPECT_EQ(issueText("", {}, "as written"), QStringLiteral("as written"));
    EXPECT_EQ(issueText("no.such.kind", {"x"}, "as written"), QStringLiteral("as written"));
}

TEST(IssueText, EnglishDescriptionIsIoDescribe)
{
    io::FormatIssue issue = io::formatIssue("/exercises/0/name", "field.not_text", {"a list"});
    issue.line = 12;
    EXPECT_EQ(describeIssue(issue).toStdString(), io::describe(issue));
    issue.subject = "my-clamshell";
    EXPECT_EQ(describeIssue(issue).toStdString(), io::describe(issue));
    EXPECT_EQ(
        describeIssue(issue),
        QStringLiteral("/exercises/0/name (“my-clamshell”): must be text, got a list (line 12)"));
    issue.subject.clear();
    issue.pointer.clear();
    issue.column = 3;
    EXPECT_EQ(describeIssue(issue).toStdString(), io::describe(issue));
}

class GermanIssueText : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(
            m_translator.load(QStringLiteral("glidepath_de"), QStringLiteral(GLIDEPATH_QM_DIR)));
        QCoreApplication::installTranslator(&m_translator);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QTranslator m_translator;
};

// Each kind in German: its own words (not the English), with the field, the line and every value.
TEST_F(GermanIssueText, EveryKindHasGermanWordsNamingFieldLineAndValues)
{
    for (const core::IssueKind& kind : allKinds()) {
        const QString english = issuePattern(kind.id);
        const QString german =
            QCoreApplication::translate("IssueText", english.toUtf8().constData());
        EXPECT_NE(german, english) << kind.id << " has no German words";

        io::FormatIssue issue;
        issue.pointer = "/exercises/4/dose/sets";
        issue.line = 37;
        issue.kind = std::string(kind.id);
        issue.values = sampleValues();
        const QString text = describeIssue(issue);
        EXPECT_TRUE(text.startsWith(QStringLiteral("/exercises/4/dose/sets: "))) << kind.id;
        EXPECT_TRUE(text.endsWith(QStringLiteral("(Zeile 37)"))) << text.toStdString();
        const std::string pattern(kind.english);
        for (char n = '1'; n <= '9'; ++n) {
            if (pattern.find(std::string("%") + n) != std::string::npos) {
                const QString value = QString::fromStdString(sampleValues()[std::size_t(n - '1')]);
                EXPECT_TRUE(text.contains(value)) << kind.id << ": " << text.toStdString();
            }
        }
    }
}

// A real import: a German reader learns which field, which line and why, in German.
TEST_F(GermanIssueText, ALibraryImportErrorReadsInGerman)
{
    nlohmann::json doc = nlohmann::json::parse(io::writeLibrary(io::builtinLibrary()));
    doc["exercises"][0]["dose"]["sets"] = 0;
    doc["exercises"][1]["dose"]["load"] = "dumbbell";
    doc["exercises"][1]["dose"]["load_level"] = 2;
    doc["exercises"][1]["dose_limits"]["max_load_level"] = 10;
    doc["exercises"][2]["cues"] = {"Nur einer"};
    doc["exercises"][3]["position"] = "upside_down";
    try {
        io::parseLibrary(doc.dump(2));
        FAIL() << "the library should be refused";
    } catch (const io::FormatError& error) {
        QStringList lines;
        for (const io::FormatIssue& issue : error.issues()) {
            lines << describeIssue(issue);
        }
        const QString all = lines.join(QLatin1Char('\n'));
        // Each problem names its exercise's id in German quotation marks.
        const auto at = [&doc](int index, const char* field) {
            return QStringLiteral("/exercises/%1/%2 („%3“): ")
                .arg(index)
                .arg(QString::fromUtf8(field))
                .arg(QString::fromStdString(doc["exercises"][index]["id"].get<std::string>()));
        };
        EXPECT_TRUE(all.contains(at(1, "dose/load") + QStringLiteral("die Gewichtsart dumbbell "
                                                                     "braucht „dumbbell“ unter "
                                                                     "equipment (Zeile ")))
            << all.toStdString();
        EXPECT_TRUE(all.contains(at(2, "cues") +
                                 QStringLiteral("braucht 2 bis 10 Hinweise, nicht 1 (Zeile ")))
            << all.toStdString();
        EXPECT_TRUE(
            all.contains(at(3, "position") + QStringLiteral("muss einer dieser Werte sein: ")))
            << all.toStdString();
        EXPECT_TRUE(all.contains(QStringLiteral(" oder "))) << all.toStdString();
        EXPECT_FALSE(all.contains(QStringLiteral("must "))) << all.toStdString();
    }
}

// Every problem of one document, described in German and joined by lines.
QString germanProblems(const io::FormatError& error)
{
    QStringList lines;
    for (const io::FormatIssue& issue : error.issues()) {
        lines << describeIssue(issue);
    }
    return lines.join(QLatin1Char('\n'));
}

// JSON syntax errors: the parser's English taken apart and said again in German, with the line,
// the column, what was read and what belongs there.
TEST_F(GermanIssueText, JsonSyntaxErrorsReadInGerman)
{
    const std::vector<std::pair<std::string, QString>> cases{
        {"{\"format\": \"x\"\n \"version\": 3}",
         QStringLiteral(
             "Zeile 2, Spalte 2: Fehler im JSON-Aufbau bei einem Objekt: ein Text in "
             "Anführungszeichen steht hier unerwartet; an dieser Stelle gehört '}' hin")},
        {"{\"format\": [1, 2}",
         QStringLiteral("Fehler im JSON-Aufbau bei einer Liste: '}' steht hier unerwartet; an "
                        "dieser Stelle gehört ']' hin")},
        {"{\"format\": ",
         QStringLiteral("Fehler im JSON-Aufbau bei einem Wert: die Datei endet zu früh; es fehlt "
                        "noch „[“, „{“ oder ein Wert")},
        {"{\"format\": -x}", QStringLiteral("ungültige Zahl: nach „-“ muss eine Ziffer folgen")},
        {"{\"format\": \"a\nb\"}",
         QStringLiteral("ein Text enthält das Steuerzeichen U+000A (LF); schreiben Sie es als "
                        "\\u000A oder \\n (zuletzt gelesen: „")},
    };
    for (const auto& [text, expected] : cases) {
        try {
            io::parseLibrary(text);
            ADD_FAILURE() << text << " should be refused";
        } catch (const io::FormatError& error) {
            const QString german = germanProblems(error);
            EXPECT_TRUE(german.contains(expected)) << german.toStdString();
            EXPECT_FALSE(german.contains(QStringLiteral("syntax"))) << german.toStdString();
            EXPECT_FALSE(german.contains(QStringLiteral("expected"))) << german.toStdString();
            EXPECT_FALSE(german.contains(QStringLiteral("parsing"))) << german.toStdString();
            EXPECT_TRUE(german.startsWith(QStringLiteral("Zeile "))) << german.toStdString();
        }
    }
}

// The rules file's own checks name the rule, its field and why, in German.
TEST_F(GermanIssueText, ARulesFileIsCheckedInGerman)
{
    nlohmann::json rules = nlohmann::json::parse(io::builtinRulesJson());
    rules["rules"]["light.red.trend"]["rise_points"] = 1;
    rules["rules"]["light.amber.trend"]["rise_points"] = 3;
    rules["rules"]["log.next_morning"]["light"] = "green";
    try {
        io::parseRules(rules.dump(2));
        FAIL() << "the rules should be refused";
    } catch (const io::FormatError& error) {
        const QString german = germanProblems(error);
        EXPECT_TRUE(german.contains(QStringLiteral("/rules/light.red.trend/rise_points: darf nicht "
                                                   "unter rise_points von light.amber.trend "
                                                   "liegen (3) (Zeile ")))
            << german.toStdString();
        EXPECT_TRUE(german.contains(QStringLiteral("/rules/log.next_morning/light: muss „amber“ "
                                                   "oder „red“ sein, gefunden: „green“ (Zeile ")))
            << german.toStdString();
        EXPECT_FALSE(german.contains(QStringLiteral("must"))) << german.toStdString();
    }
}

// A saved plan's reasons read back with typed values; a value that is wrong is explained in
// German like any other field, and the English message stays as it was.
TEST_F(GermanIssueText, ASavedPlansReasonValuesAreCheckedInGerman)
{
    QFile file(QStringLiteral(GLIDEPATH_SOURCE_DIR "/data/examples/steady-week.plan.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    nlohmann::json plan = nlohmann::json::parse(file.readAll().toStdString());
    plan["decision"]["reasons"][0]["values"]["pain"] = {{"pain", "four"}};
    plan["decision"]["reasons"][1]["values"]["hold_above"] = {{"colour", 2}};
    plan["decision"]["reasons"][2]["values"] = {
        {"strength_days", {{"list", {{{"date", "23.11.2026"}}}}}}};
    try {
        io::parsePlan(plan.dump(2));
        FAIL() << "the plan should be refused";
    } catch (const io::FormatError& error) {
        const QString german = germanProblems(error);
        EXPECT_TRUE(german.contains(QStringLiteral("/decision/reasons/0/values/pain: „pain“ muss "
                                                   "eine ganze Zahl sein, gefunden: ")))
            << german.toStdString();
        EXPECT_TRUE(german.contains(QStringLiteral("unbekannte Art von Wert „colour“")))
            << german.toStdString();
        EXPECT_TRUE(german.contains(QStringLiteral("„date“ muss ein Kalenderdatum in der Form "
                                                   "JJJJ-MM-TT sein")))
            << german.toStdString();
        EXPECT_FALSE(german.contains(QStringLiteral("must"))) << german.toStdString();
        EXPECT_NE(std::string(error.what()).find("\"pain\" must be a whole number, got"),
                  std::string::npos)
            << error.what();
    }
}

// Core's checks of a client's record and a picture: every problem is a kind the renderer words.
TEST_F(GermanIssueText, ClientAndPictureChecksReadInGerman)
{
    core::ClientProfile profile;
    profile.name = "Anna\t";
    profile.sessionsPerWeek = 9;
    profile.age = 130;
    QStringList lines;
    for (const core::FieldIssue& issue : core::validateProfile(profile)) {
        EXPECT_FALSE(issue.kind.empty()) << issue.field << ": " << issue.message;
        lines << QString::fromStdString(issue.field) + QStringLiteral(": ") + issueText(issue);
    }
    const QString german = lines.join(QLatin1Char('\n'));
    EXPECT_TRUE(german.contains(QStringLiteral("name: der Name enthält das Steuerzeichen U+0009")))
        << german.toStdString();
    EXPECT_TRUE(german.contains(QStringLiteral("sessions_per_week: muss zwischen 2 und 7 liegen, "
                                               "nicht bei 9")))
        << german.toStdString();
    EXPECT_TRUE(
        german.contains(QStringLiteral("conditions: wählen Sie mindestens eine Beschwerde")))
        << german.toStdString();

    core::Illustration figure = core::defaultIllustration(core::Position::Supine);
    figure.end.at(core::Joint::RightToe) = {500, 0};
    const auto issues = core::validateIllustration(figure);
    ASSERT_FALSE(issues.empty());
    for (const core::FieldIssue& issue : issues) {
        EXPECT_FALSE(issue.kind.empty()) << issue.field << ": " << issue.message;
        EXPECT_FALSE(issueText(issue).contains(QStringLiteral("must"))) << issue.message;
    }
}

TEST_F(GermanIssueText, OurWordsInValuesAreTranslatedTheFilesKeysAreNot)
{
    EXPECT_EQ(issueText("text.empty", {"a step"}, ""),
              QStringLiteral("ein Schritt darf nicht leer sein"));
    EXPECT_EQ(issueText("field.not_text", {"a list"}, ""),
              QStringLiteral("muss Text sein, gefunden: eine Liste"));
    EXPECT_TRUE(issueText("neighbour.self", {"harder"}, "").contains(QStringLiteral("„harder“")));
}

} // namespace
} // namespace glidepath::report
