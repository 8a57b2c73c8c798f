// glidepath-cli's library in German: search and order by the German names, imports that keep
// their translations, and the result lines of import and draw.

#include "cli/cli_folder_fixture.h"
#include "support/process_runner.h"

#include <glidepath/core/text_fold.h>
#include <glidepath/io/library_format.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace glidepath {
namespace {

namespace fs = std::filesystem;
using test::ProcessResult;

core::Exercise ownExercise()
{
    core::Exercise e;
    e.id = "zz-own-bridge";
    e.name = "Own bridge";
    e.summary = "A bridge made up for this test.";
    e.instructions = {"Lie on your back with both knees bent.", "Lift the hips, then lower."};
    e.cues = {"Ribs stay down", "Weight on both feet"};
    e.category = core::Category::Strength;
    e.position = core::Position::Supine;
    e.regions = {core::Region::Hip};
    e.muscles = {core::Muscle::GluteMax};
    e.kneeFlexion = core::KneeFlexion::Low;
    e.equipment = {core::Equipment::Mat};
    e.dose = {3, 10, 0, "", 45};
    e.limits = {1, 3, 8, 15, 0, 0};
    return e;
}

core::ExerciseText germanText()
{
    core::ExerciseText text;
    text.name = "Äußerst eigene Brücke";
    text.summary = "Eine Brücke nur für diesen Test.";
    text.instructions = {"Legen Sie sich auf den Rücken.", "Heben Sie das Becken an."};
    text.cues = {"Rippen bleiben unten", "Gewicht auf beiden Füßen"};
    return text;
}

class CliGermanLibrary : public test::CliFolderTest
{
protected:
    std::string ownLibrary() const
    {
        io::LibraryDocument document;
        document.exercises = {ownExercise()};
        document.translations[ownExercise().id]["de"] = germanText();
        return writeFile("own.json", io::writeLibrary(document));
    }
};

std::vector<std::string> idsInJson(const std::string& text)
{
    std::vector<std::string> ids;
    const nlohmann::json document = nlohmann::json::parse(text);
    for (const auto& exercise : document.at("exercises")) {
        ids.push_back(exercise.at("id").get<std::string>());
    }
    return ids;
}

TEST_F(CliGermanLibrary, GermanWordsFindBuiltInsAndListsSortByTheGermanNames)
{
    const auto muschel = run({"--language", "de", "library", "search", "Muschel"});
    ASSERT_EQ(muschel.exitCode, 0) << muschel.err;
    EXPECT_EQ(muschel.out.rfind("Clamshell (Muschel)", 0), std::string::npos); // a header first
    EXPECT_NE(muschel.out.find("Clamshell (Muschel)  "), std::string::npos) << muschel.out;
    // A German muscle word, and an English word with the German CLI.
    const auto waden = run({"--language", "de", "library", "search", "Wadenmuskel", "--json"});
    ASSERT_EQ(waden.exitCode, 0) << waden.err;
    EXPECT_FALSE(idsInJson(waden.out).empty()) << waden.out;
    const auto clam = run({"--language", "de", "library", "search", "clamshell", "--json"});
    ASSERT_FALSE(idsInJson(clam.out).empty()) << clam.out;
    EXPECT_EQ(idsInJson(clam.out).front(), "clamshell");

    // The list is in the order of the names it shows, Ä with A and ß as ss.
    const auto list = run({"--language", "de", "library", "list", "--json"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    const io::LibraryDocument& builtins = io::builtinLibrary();
    std::vector<std::string> keys;
    for (const std::string& id : idsInJson(list.out)) {
        keys.push_back(core::foldForSorting(builtins.localizedName(id, id, "de")));
    }
    ASSERT_GT(keys.size(), 10u);
    EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
    const auto english = run({"library", "list", "--json"});
    EXPECT_NE(idsInJson(english.out), idsInJson(list.out)); // English sorts otherwise
}

TEST_F(CliGermanLibrary, AnImportKeepsItsTranslationsAndAnExportWritesThemBack)
{
    const std::string file = ownLibrary();
    const auto imported = run({"--language", "de", "library", "import", file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(imported.out, file + " importiert: 1 hinzugefügt, 0 ersetzt, 0 übersprungen.\n");

    const auto show = run({"--language", "de", "library", "show", "zz-own-bridge"});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    EXPECT_NE(show.out.find("Äußerst eigene Brücke  (zz-own-bridge)"), std::string::npos)
        << show.out;
    EXPECT_NE(show.out.find("Heben Sie das Becken an."), std::string::npos) << show.out;
    const auto english = run({"library", "show", "zz-own-bridge"});
    EXPECT_NE(english.out.find("Own bridge  (zz-own-bridge)"), std::string::npos) << english.out;

    const auto found = run({"--language", "de", "library", "search", "äußerst", "--json"});
    EXPECT_EQ(idsInJson(found.out), std::vector<std::string>{"zz-own-bridge"}) << found.out;
    // Sorted by its German name: among the A's, not the O's.
    const auto list = run({"--language", "de", "library", "list", "--json"});
    const std::vector<std::string> ids = idsInJson(list.out);
    const auto at = std::find(ids.begin(), ids.end(), "zz-own-bridge");
    ASSERT_NE(at, ids.end());
    EXPECT_LT(at - ids.begin(), 10) << list.out;

    const fs::path exported = m_dir / "exported.json";
    const auto written = run({"library", "export", exported.string()});
    ASSERT_EQ(written.exitCode, 0) << written.err;
    std::ifstream in(exported);
    std::stringstream text;
    text << in.rdbuf();
    const io::LibraryDocument back = io::parseLibrary(text.str());
    ASSERT_EQ(back.exercises.size(), 1u);
    EXPECT_EQ(back.exercises[0].name, "Own bridge");
    EXPECT_EQ(back.translations.at("zz-own-bridge").at("de"), germanText());
}

TEST_F(CliGermanLibrary, ImportAndDrawSayWhatTheyDidInGerman)
{
    const std::string file = ownLibrary();
    ASSERT_EQ(run({"library", "import", file}).exitCode, 0);
    const auto again = run({"--language", "de", "library", "import", file});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("1 Übung hat eine ID, die es in der Bibliothek schon gibt: "
                             "zz-own-bridge"),
              std::string::npos)
        << again.err;
    EXPECT_NE(again.err.find("Es wurde nichts importiert."), std::string::npos) << again.err;
    const auto skipped = run({"--language", "de", "library", "import", file, "--on-clash", "skip"});
    EXPECT_EQ(skipped.out, file + " importiert: 0 hinzugefügt, 0 ersetzt, 1 übersprungen.\n");

    const fs::path picture = m_dir / "clam.svg";
    const auto drawn = run({"--language", "de", "library", "draw", "clamshell", picture.string()});
    ASSERT_EQ(drawn.exitCode, 0) << drawn.err;
    EXPECT_EQ(drawn.out.rfind("Clamshell (Muschel) (clamshell) gezeichnet in " + picture.string() +
                                  ", 640 × ",
                              0),
              0u)
        << drawn.out;
    const auto bad = run({"--language", "de", "library", "draw", "clamshell", "clam.gif"});
    EXPECT_NE(bad.err.find("die Ausgabedatei muss auf .svg oder .png enden"), std::string::npos)
        << bad.err;
}

} // namespace
} // namespace glidepath
