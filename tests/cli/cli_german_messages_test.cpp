// glidepath-cli in German says what went wrong in German, every time: broken JSON, a bad
// template, a client's or a session log's bad values, an unknown option, a file that is not
// there. Each message still names where (the field, the line) and why, and holds none of the
// English words the English messages use; English reads as it always did.

#include "cli/cli_folder_fixture.h"
#include "support/process_runner.h"

#include <glidepath/core/plan_template.h>
#include <glidepath/io/library_format.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace glidepath {
namespace {

namespace fs = std::filesystem;
using test::ProcessResult;

class CliGermanMessages : public test::CliFolderTest
{
protected:
    // In German unless asked otherwise.
    ProcessResult run(std::vector<std::string> args, bool german = true) const
    {
        if (german) {
            args.insert(args.begin(), {"--language", "de"});
        }
        return CliFolderTest::run(std::move(args));
    }

    static nlohmann::json steadyRequest()
    {
        std::ifstream in(std::string(GLIDEPATH_SOURCE_DIR) +
                         "/data/examples/steady-week.request.json");
        return nlohmann::json::parse(in);
    }
};

// The English words the English messages are made of; none may be left in a German one.
void expectNoEnglish(const std::string& text)
{
    for (const char* word : {"expected", "line ", "must ", "field ", "unexpected", "syntax error",
                             "cannot ", "while parsing", "is not", "needs ", "No such file"}) {
        EXPECT_EQ(text.find(word), std::string::npos) << "\"" << word << "\" in:\n" << text;
    }
}

TEST_F(CliGermanMessages, BrokenJsonNamesLineColumnAndWhatIsMissingInGerman)
{
    // Line 3 lacks the comma after "format"'s value; line 5 closes a list that was never opened.
    const std::string missingComma =
        writeFile("comma.json", "{\n  \"format\": \"glidepath-library\",\n  \"version\": 3\n"
                                "  \"exercises\": []\n}\n");
    const auto german = run({"library", "import", missingComma});
    EXPECT_EQ(german.exitCode, 1);
    EXPECT_NE(german.err.find(missingComma + ": Zeile 4, Spalte 3: Fehler im JSON-Aufbau bei "
                                             "einem Objekt: ein Text in Anführungszeichen steht "
                                             "hier unerwartet"),
              std::string::npos)
        << german.err;
    expectNoEnglish(german.err);

    const std::string cut = writeFile("cut.json", "{\n  \"format\": \"glidepath-library\",\n");
    const auto ended = run({"library", "import", cut});
    EXPECT_NE(ended.err.find(cut + ": Zeile 3, Spalte 1: Fehler im JSON-Aufbau bei einem "
                                   "Feldnamen: die Datei endet zu früh; es fehlt noch ein Text in "
                                   "Anführungszeichen"),
              std::string::npos)
        << ended.err;
    expectNoEnglish(ended.err);

    const std::string literal = writeFile("literal.json", "{\"format\": tru}\n");
    const auto badWord = run({"library", "import", literal});
    EXPECT_NE(badWord.err.find(literal + ": Zeile 1, Spalte "), std::string::npos) << badWord.err;
    EXPECT_NE(
        badWord.err.find(
            "Fehler im JSON-Aufbau bei einem Wert: ein ungültiges Wort (erlaubt sind nur true, "
            "false und null) (zuletzt gelesen: „"),
        std::string::npos)
        << badWord.err;
    expectNoEnglish(badWord.err);

    // English keeps the parser's words.
    const auto english = run({"library", "import", missingComma}, false);
    EXPECT_NE(english.err.find(missingComma + ": line 4, column 3: syntax error while parsing "
                                              "object - unexpected string literal; expected '}'"),
              std::string::npos)
        << english.err;
}

TEST_F(CliGermanMessages, ATemplateInALibraryFileIsRefusedInGerman)
{
    io::LibraryDocument document;
    document.exercises = {io::builtinLibrary().exercises.front()};
    document.exercises.front().easier.clear();
    document.exercises.front().harder.clear();
    core::PlanTemplate plan;
    plan.name = "Knie Woche 1";
    plan.phase = 1;
    plan.days.resize(7);
    core::PlannedExercise planned;
    planned.id = document.exercises.front().id;
    planned.name = document.exercises.front().name;
    planned.sets = 2;
    planned.reps = 10;
    plan.days[0].exercises.push_back(planned); // on a rest day
    document.templates.push_back(plan);
    const std::string file = writeFile("template.json", io::writeLibrary(document));

    const auto german = run({"library", "import", file});
    EXPECT_EQ(german.exitCode, 1);
    EXPECT_NE(german.err.find("/templates/0/days/0/kind: ist ein Ruhetag, enthält aber Übungen"),
              std::string::npos)
        << german.err;
    EXPECT_NE(german.err.find("(Zeile "), std::string::npos) << german.err;
    expectNoEnglish(german.err);

    const auto english = run({"library", "import", file}, false);
    EXPECT_NE(english.err.find("/templates/0/days/0/kind: is a rest day but lists exercises"),
              std::string::npos)
        << english.err;
}

TEST_F(CliGermanMessages, AClientsAndASessionLogsBadValuesAreNamedInGerman)
{
    nlohmann::json request = steadyRequest();
    request["client"]["name"] = "Anna\x1b[31m";
    request["session_logs"] = nlohmann::json::array(
        {{{"date", "2026-11-18"},
          {"entries",
           {{{"exercise", "clamshell"}, {"status", "skipped"}, {"sets_done", 2}},
            {{"exercise", "clamshell"}, {"status", "done"}, {"sets_done", 0}}}}}});
    const std::string file = writeFile("request.json", request.dump(2));

    const auto german = run({"plan", "--request", file});
    EXPECT_EQ(german.exitCode, 1);
    for (const char* expected :
         {"/client/name: der Name enthält das Steuerzeichen U+001B (Zeile ",
          "/session_logs/0/entries/0/sets_done: eine ausgelassene Übung hat keine erledigten Sätze",
          "/session_logs/0/entries/1/exercise: „clamshell“ ist in einer Einheit zweimal "
          "eingetragen",
          "/session_logs/0/entries/1/sets_done: eine erledigte Übung hat mindestens 1 Satz"}) {
        EXPECT_NE(german.err.find(expected), std::string::npos) << expected << "\n" << german.err;
    }
    expectNoEnglish(german.err);

    const auto english = run({"plan", "--request", file}, false);
    EXPECT_NE(english.err.find("/client/name: the name contains the control character U+001B"),
              std::string::npos)
        << english.err;
    EXPECT_NE(english.err.find("a skipped exercise has no sets done"), std::string::npos)
        << english.err;
}

TEST_F(CliGermanMessages, AMissingFileAndAnUnknownOptionAreReportedInGerman)
{
    const std::string missing = (m_dir / "nirgends.json").string();
    const auto german = run({"plan", "--request", missing});
    EXPECT_EQ(german.exitCode, 1);
    EXPECT_NE(german.err.find(missing + " kann nicht gelesen werden: diese Datei oder diesen "
                                        "Ordner gibt es nicht"),
              std::string::npos)
        << german.err;
    expectNoEnglish(german.err);

    const auto folder = run({"library", "import", m_dir.string()});
    EXPECT_NE(folder.err.find("kann nicht gelesen werden: das ist ein Ordner, keine Datei"),
              std::string::npos)
        << folder.err;
    expectNoEnglish(folder.err);

    const auto option = run({"plan", "--requets", missing});
    EXPECT_EQ(option.exitCode, 2);
    EXPECT_NE(option.err.find("--requets"), std::string::npos) << option.err;
    expectNoEnglish(option.err.substr(0, option.err.find('\n')));

    const auto english = run({"plan", "--request", missing}, false);
    EXPECT_NE(english.err.find("cannot read " + missing + ": No such file or directory"),
              std::string::npos)
        << english.err;
}

TEST_F(CliGermanMessages, AFileThatIsNoDatabaseIsRefusedInGerman)
{
    const std::string notDatabase = writeFile("notes.db", "just some notes, not SQLite\n");
    const auto german = test::runProcess(
        GLIDEPATH_CLI_PATH, {"--language", "de", "--database", notDatabase, "library", "list"},
        {{"GLIDEPATH_DB", std::nullopt},
         {"HOME", m_dir.string()},
         {"XDG_DATA_HOME", (m_dir / "xdg").string()}});
    EXPECT_NE(german.exitCode, 0);
    EXPECT_NE(german.err.find(notDatabase + ": das ist keine Glidepath-Datenbank"),
              std::string::npos)
        << german.err;
    expectNoEnglish(german.err);
}

// The options before the command are read before --language: on a German system their
// problems are said in German too, an unknown --language included.
TEST_F(CliGermanMessages, OptionsBeforeTheCommandAreRefusedInTheSystemsLanguage)
{
    const test::EnvironmentChanges german{{"GLIDEPATH_DB", std::nullopt},
                                          {"LANGUAGE", "de"},
                                          {"LANG", "de_DE.UTF-8"},
                                          {"HOME", m_dir.string()}};
    const ProcessResult language =
        test::runProcess(GLIDEPATH_CLI_PATH, {"--language", "fr", "library", "list"}, german);
    EXPECT_EQ(language.exitCode, 2);
    EXPECT_NE(language.err.find("unbekannte Sprache „fr“ (en oder de verwenden)"),
              std::string::npos)
        << language.err;
    const ProcessResult option =
        test::runProcess(GLIDEPATH_CLI_PATH, {"--databse", "x.db", "library", "list"}, german);
    EXPECT_EQ(option.exitCode, 2);
    EXPECT_NE(option.err.find("unbekannte Option --databse"), std::string::npos) << option.err;
    EXPECT_EQ(option.err.find("unknown"), std::string::npos) << option.err;
    EXPECT_EQ(option.err.find("did you mean"), std::string::npos) << option.err;
}

// LANGUAGE=de with LANG=C.UTF-8 (a German desktop language over a C locale, as in many
// containers): dates are German too, not C's English names.
TEST_F(CliGermanMessages, DatesAreGermanWhenOnlyLanguageSaysGerman)
{
    const ProcessResult plan = test::runProcess(
        GLIDEPATH_CLI_PATH,
        {"plan", "--request",
         std::string(GLIDEPATH_SOURCE_DIR) + "/data/examples/flare-up.request.json"},
        {{"GLIDEPATH_DB", std::nullopt}, {"LANGUAGE", "de"}, {"LANG", "C.UTF-8"}});
    ASSERT_EQ(plan.exitCode, 0) << plan.err;
    EXPECT_NE(plan.out.find("Mo., 16. Nov. 2026"), std::string::npos) << plan.out;
    EXPECT_EQ(plan.out.find("Mon,"), std::string::npos) << plan.out;
}

// db backup: the missing file and a backup that cannot be written are said in German.
TEST_F(CliGermanMessages, ABackupThatCannotBeWrittenIsReportedInGerman)
{
    const ProcessResult missing = run({"db", "backup"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("es fehlt: die Sicherungsdatei"), std::string::npos) << missing.err;
    const ProcessResult unwritable = run({"db", "backup", "/proc/no-such-folder/copy.db"});
    EXPECT_NE(unwritable.exitCode, 0);
    EXPECT_NE(unwritable.err.find("lässt sich nicht anlegen, lesen oder schreiben"),
              std::string::npos)
        << unwritable.err;
    expectNoEnglish(unwritable.err);
}

} // namespace
} // namespace glidepath
