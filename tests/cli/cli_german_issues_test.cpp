// glidepath-cli names what is wrong in a file in the language it speaks: which field, which line
// and why, in German with --language de and exactly as before in English.

#include "cli/cli_folder_fixture.h"
#include "support/process_runner.h"

#include <glidepath/io/format_error.h>
#include <glidepath/io/library_format.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace glidepath {
namespace {

namespace fs = std::filesystem;
using test::ProcessResult;

class CliGermanIssues : public test::CliFolderTest
{
protected:
    // A library of one built-in exercise (renamed) with a dumbbell load whose equipment is not
    // listed, and one cue only.
    std::string badLibrary() const
    {
        nlohmann::json doc = nlohmann::json::parse(io::writeLibrary(io::builtinLibrary()));
        nlohmann::json exercise = doc["exercises"][0];
        exercise["id"] = "zz-mine";
        exercise["easier"] = nullptr;
        exercise["harder"] = nullptr;
        exercise["dose"]["load"] = "dumbbell";
        exercise["dose"]["load_level"] = 2;
        exercise["dose_limits"]["max_load_level"] = 10;
        exercise["cues"] = {"Only one"};
        doc["exercises"] = nlohmann::json::array({exercise});
        doc.erase("translations");
        return writeFile("bad.json", doc.dump(2));
    }
};

int lineOf(const std::string& text, const std::string& needle)
{
    const auto at = text.find(needle);
    return at == std::string::npos
               ? 0
               : 1 + static_cast<int>(
                         std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

TEST_F(CliGermanIssues, ALibraryImportNamesFieldLineAndWhyInGerman)
{
    const std::string file = badLibrary();
    std::ifstream in(file);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const int loadLine = lineOf(text, "\"load\": \"dumbbell\"");
    ASSERT_GT(loadLine, 0);

    const auto german = run({"--language", "de", "library", "import", file});
    EXPECT_EQ(german.exitCode, 1);
    EXPECT_NE(
        german.err.find(file +
                        ": /exercises/0/dose/load („zz-mine“): die Gewichtsart dumbbell braucht "
                        "„dumbbell“ unter equipment (Zeile " +
                        std::to_string(loadLine) + ")"),
        std::string::npos)
        << german.err;
    EXPECT_NE(german.err.find(
                  "/exercises/0/cues („zz-mine“): braucht 2 bis 10 Hinweise, nicht 1 (Zeile "),
              std::string::npos)
        << german.err;

    // English reads as it always did.
    const auto english = run({"library", "import", file});
    EXPECT_NE(english.err.find(file +
                               ": /exercises/0/dose/load (“zz-mine”): load kind dumbbell needs "
                               "'dumbbell' in equipment (line " +
                               std::to_string(loadLine) + ")"),
              std::string::npos)
        << english.err;
}

TEST_F(CliGermanIssues, APlanRequestNamesItsProblemsInGerman)
{
    std::ifstream in(std::string(GLIDEPATH_SOURCE_DIR) + "/data/examples/steady-week.request.json");
    nlohmann::json request = nlohmann::json::parse(in);
    request["week_start"] = "23.11.2026";
    request["client"]["sessions_per_week"] = "four";
    const std::string file = writeFile("request.json", request.dump(2));

    const auto german = run({"--language", "de", "plan", "--request", file});
    EXPECT_EQ(german.exitCode, 1);
    EXPECT_NE(german.err.find("/week_start: muss ein Kalenderdatum in der Form JJJJ-MM-TT sein, "
                              "gefunden: \"23.11.2026\" (Zeile "),
              std::string::npos)
        << german.err;
    EXPECT_NE(german.err.find("/client/sessions_per_week: muss eine ganze Zahl von "),
              std::string::npos)
        << german.err;
    EXPECT_EQ(german.err.find("must be"), std::string::npos) << german.err;
}

} // namespace
} // namespace glidepath
