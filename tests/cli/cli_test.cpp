// Runs the real glidepath-cli binary against temporary databases.

#include "support/process_runner.h"

#include <glidepath/io/library_format.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

namespace glidepath {
namespace {

namespace fs = std::filesystem;
using test::ProcessResult;

std::string readBytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

void writeBytes(const fs::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

core::Exercise customExercise(const std::string& id, const std::string& name)
{
    core::Exercise e;
    e.id = id;
    e.name = name;
    e.summary = "An exercise made up for the command-line tests.";
    e.instructions = {"Lie on your back with both knees bent.",
                      "Lift the hips, pause, and lower slowly."};
    e.cues = {"Ribs stay down", "Weight even on both feet"};
    e.category = core::Category::Strength;
    e.phaseMin = 1;
    e.phaseMax = 2;
    e.position = core::Position::Supine;
    e.regions = {core::Region::Hip};
    e.muscles = {core::Muscle::GluteMax, core::Muscle::Hamstrings};
    e.kneeFlexion = core::KneeFlexion::Low;
    e.equipment = {core::Equipment::Mat};
    e.dose = {3, 10, 3, "2-1-3", 45};
    e.limits = {1, 3, 8, 15, 0, 10};
    return e;
}

// Three custom exercises: a two-step ladder and a landing drill that needs a step.
std::vector<core::Exercise> customExercises()
{
    core::Exercise bridge = customExercise("zz-cli-bridge", "Zebra bridge");
    core::Exercise march = customExercise("zz-cli-march", "Zebra bridge march");
    bridge.harder = march.id;
    march.easier = bridge.id;
    march.laterality = core::Laterality::Alternating;
    march.phaseMin = 2;
    march.phaseMax = 3;
    core::Exercise hop = customExercise("zz-cli-hop", "Zebra step-down hop");
    hop.category = core::Category::Landing;
    hop.phaseMin = 3;
    hop.phaseMax = 4;
    hop.position = core::Position::Standing;
    hop.regions = {core::Region::Knee, core::Region::Ankle};
    hop.muscles = {core::Muscle::Quadriceps, core::Muscle::Calves};
    hop.kneeFlexion = core::KneeFlexion::Moderate;
    hop.impact = core::Impact::Low;
    hop.equipment = {core::Equipment::Step};
    hop.laterality = core::Laterality::Unilateral;
    hop.dose = {2, 6, 0, "", 60};
    hop.limits = {1, 3, 4, 10, 0, 0};
    hop.precautions = {core::Precaution::Impact, core::Precaution::Balance};
    return {bridge, march, hop};
}

std::string libraryText(const std::vector<core::Exercise>& exercises)
{
    io::LibraryDocument document;
    document.exercises = exercises;
    return io::writeLibrary(document);
}

std::set<std::string> idsInJson(const std::string& text)
{
    std::set<std::string> ids;
    // Kept in a variable: a range-for over parse(text).at(...) would outlive the parsed value.
    const nlohmann::json document = nlohmann::json::parse(text);
    for (const auto& exercise : document.at("exercises")) {
        ids.insert(exercise.at("id").get<std::string>());
    }
    return ids;
}

class Cli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = fs::temp_directory_path() /
                ("glidepath-cli-test-" + std::to_string(::getpid()) + "-" + info->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_db = m_dir / "test.db";
    }
    void TearDown() override { fs::remove_all(m_dir); }

    // The environment never points at the user's real database.
    test::EnvironmentChanges environment() const
    {
        return {{"GLIDEPATH_DB", std::nullopt},
                {"HOME", m_dir.string()},
                {"XDG_DATA_HOME", (m_dir / "xdg").string()}};
    }

    ProcessResult runRaw(const std::vector<std::string>& args,
                         test::EnvironmentChanges changes = {}) const
    {
        test::EnvironmentChanges env = environment();
        for (auto& [name, value] : changes) {
            env[name] = value;
        }
        return test::runProcess(GLIDEPATH_CLI_PATH, args, env);
    }

    ProcessResult run(std::vector<std::string> args) const
    {
        // --create: the test database does not exist before the first command.
        args.insert(args.begin(), {"--database", m_db.string(), "--create"});
        return runRaw(args);
    }

    std::string writeFile(const std::string& name, const std::string& text) const
    {
        const fs::path path = m_dir / name;
        writeBytes(path, text);
        return path.string();
    }

    void importCustoms() const
    {
        const auto result =
            run({"library", "import", writeFile("customs.json", libraryText(customExercises()))});
        ASSERT_EQ(result.exitCode, 0) << result.err;
    }

    fs::path m_dir;
    fs::path m_db;
};

TEST_F(Cli, HelpForEveryCommandAndSubcommand)
{
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"--help"}, "Usage: glidepath-cli [--database PATH] [--language CODE] COMMAND"},
        {{"-h"}, "Usage: glidepath-cli [--database PATH] [--language CODE] COMMAND"},
        {{"library", "--help"}, "library SUBCOMMAND"},
        {{"library", "list", "--help"}, "library list [--category C]"},
        {{"library", "search", "--help"}, "library search TEXT"},
        {{"library", "show", "--help"}, "library show ID"},
        {{"library", "import", "--help"}, "library import FILE [--on-clash skip|replace]"},
        {{"library", "export", "--help"}, "library export FILE"},
        {{"db", "--help"}, "db SUBCOMMAND"},
        {{"db", "check", "--help"}, "db check"},
        {{"plan", "--help"}, "plan --request FILE"},
    };
    for (const auto& [args, expected] : cases) {
        const auto result = run(args);
        EXPECT_EQ(result.exitCode, 0) << args.front() << " " << args.back();
        EXPECT_NE(result.out.find(expected), std::string::npos) << result.out;
        EXPECT_TRUE(result.err.empty()) << result.err;
    }
    EXPECT_FALSE(fs::exists(m_db)) << "help must not create the database";
}

TEST_F(Cli, PlanHelpListsEveryOption)
{
    const auto result = run({"plan", "--help"});
    for (const char* option : {"--request", "--client", "--week", "--library", "--format", "--pdf",
                               "--summary", "--large-print", "--paper"}) {
        EXPECT_NE(result.out.find(option), std::string::npos) << option;
    }
}

TEST_F(Cli, Version)
{
    const auto result = runRaw({"--version"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out.rfind("glidepath-cli ", 0), 0u);
    EXPECT_NE(result.out.find('.'), std::string::npos) << result.out;
}

TEST_F(Cli, UsageErrorsExitWithTwoAndExplain)
{
    struct Case
    {
        std::vector<std::string> args;
        std::string message;
        std::string usage;
    };
    const std::vector<Case> cases = {
        {{}, "missing command", "Usage: glidepath-cli [--database PATH] [--language CODE] COMMAND"},
        {{"libary"},
         "unknown command \"libary\" (did you mean library?)",
         "Run 'glidepath-cli --help' for more."},
        {{"--colour"}, "unknown option --colour", "Run 'glidepath-cli --help' for more."},
        {{"library"}, "missing subcommand", "library SUBCOMMAND"},
        {{"library", "lsit"},
         "unknown subcommand \"lsit\" (did you mean list?)",
         "library SUBCOMMAND"},
        {{"library", "list", "--colour", "red"}, "unknown option --colour", "library list"},
        {{"library", "list", "--categry", "gait"}, "(did you mean --category?)", "library list"},
        {{"library", "list", "--category"}, "--category needs a value", "library list"},
        {{"library", "list", "--category", "strenght"},
         "--category must be one of activation, strength, motor_control, mobility, landing or "
         "gait, not \"strenght\" (did you mean strength?)",
         "library list"},
        {{"library", "list", "--phase", "5"}, "--phase must be 1, 2, 3 or 4", "library list"},
        {{"library", "list", "--json=yes"}, "--json takes no value", "library list"},
        {{"library", "list", "extra"}, "unexpected argument \"extra\"", "library list"},
        {{"library", "search"}, "missing the TEXT to search for", "library search"},
        {{"library", "show"}, "missing the ID of the exercise to show", "library show"},
        {{"library", "show", "a", "b"}, "unexpected argument \"b\"", "library show"},
        {{"library", "import"}, "missing the FILE to import", "library import"},
        {{"library", "import", "x.json", "--on-clash", "sometimes"},
         "--on-clash must be skip or replace, not \"sometimes\"",
         "library import"},
        {{"library", "export"}, "missing the FILE to write", "library export"},
        {{"db"}, "missing subcommand", "db SUBCOMMAND"},
        {{"db", "chek"}, "unknown subcommand \"chek\" (did you mean check?)", "db SUBCOMMAND"},
        {{"plan"},
         "give one of --request FILE, --requests FILE.jsonl or --client ID|NAME",
         "plan --request FILE"},
        {{"plan", "--request", "r.json", "--format", "xml"},
         "--format must be json or text",
         "plan --request FILE"},
        {{"plan", "--request", "r.json", "--paper", "a5"},
         "--paper must be a4 or letter",
         "plan --request FILE"},
        {{"plan", "--request", "r.json", "--pdf"}, "--pdf needs a value", "plan --request FILE"},
    };
    for (const Case& c : cases) {
        std::string shown;
        for (const auto& arg : c.args) {
            shown += arg + " ";
        }
        const auto result = run(c.args);
        EXPECT_EQ(result.exitCode, 2) << shown << "\n" << result.err;
        EXPECT_NE(result.err.find(c.message), std::string::npos) << shown << "\n" << result.err;
        EXPECT_NE(result.err.find(c.usage), std::string::npos) << shown << "\n" << result.err;
        EXPECT_TRUE(result.out.empty()) << shown;
    }
    EXPECT_FALSE(fs::exists(m_db)) << "a usage error must not create the database";
}

// A usage error says what is wrong, how the command is written and where to read more: the
// message, the command's first usage form and one "Run ... --help" line, not the whole help.
TEST_F(Cli, UsageErrorsShowOneUsageFormNotTheWholeHelp)
{
    const auto option = run({"library", "list", "--colour", "red"});
    EXPECT_EQ(option.exitCode, 2);
    EXPECT_EQ(option.err,
              "glidepath-cli library list: unknown option --colour\n"
              "Usage: glidepath-cli [--database PATH] library list [--category C] [--phase N] "
              "[--region R]\n"
              "                                                   [--equipment E] [--hidden] "
              "[--json]\n"
              "Run 'glidepath-cli library list --help' for more.\n");

    const auto value = run({"plan", "--request", "r.json", "--pdf"});
    EXPECT_EQ(value.exitCode, 2);
    EXPECT_EQ(value.err.rfind("glidepath-cli plan: --pdf needs a value\nUsage: glidepath-cli plan "
                              "--request FILE",
                              0),
              0u)
        << value.err;
    // Only the first form, with its continuation lines; not the batch or client forms.
    EXPECT_EQ(value.err.find("--requests FILE.jsonl"), std::string::npos) << value.err;
    EXPECT_EQ(value.err.find("Options:"), std::string::npos) << value.err;
    EXPECT_TRUE(value.err.ends_with("Run 'glidepath-cli plan --help' for more.\n")) << value.err;

    for (const std::vector<std::string>& args : {std::vector<std::string>{"--colour"},
                                                 {},
                                                 {"db", "chek"},
                                                 {"db", "backup"},
                                                 {"library"},
                                                 {"library", "show"}}) {
        const auto result = run(args);
        EXPECT_EQ(result.exitCode, 2);
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 3) << result.err;
        EXPECT_EQ(result.err.find("Options:"), std::string::npos) << result.err;
        EXPECT_EQ(result.err.find("Commands:"), std::string::npos) << result.err;
        EXPECT_EQ(result.err.find("Subcommands:"), std::string::npos) << result.err;
        EXPECT_NE(result.err.find("--help' for more.\n"), std::string::npos) << result.err;
    }
    EXPECT_NE(run({"db", "backup"}).err.find("Run 'glidepath-cli db backup --help' for more."),
              std::string::npos);
}

TEST_F(Cli, PlanWithAnUnreadableRequestIsBadInput)
{
    const auto result = run({"plan", "--request", (m_dir / "missing.json").string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_FALSE(result.err.empty());
}

TEST_F(Cli, ListShowsTheBuiltInLibraryInAnAlignedTable)
{
    importCustoms();
    const auto result = run({"library", "list"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    std::istringstream lines(result.out);
    std::string header;
    std::string rule;
    std::getline(lines, header);
    std::getline(lines, rule);
    std::size_t last = 0;
    for (const char* column :
         {"Name", "ID", "Category", "Phases", "Knee flexion", "Impact", "Equipment"}) {
        const auto at = header.find(column);
        ASSERT_NE(at, std::string::npos) << column;
        EXPECT_TRUE(at == 0 || at > last) << column;
        last = at;
    }
    EXPECT_EQ(rule.find_first_not_of("- "), std::string::npos) << rule;

    // Columns line up: the id of every row starts where the ID heading does.
    const auto idColumn = header.find("ID");
    std::string line;
    int rows = 0;
    bool sawHop = false;
    while (std::getline(lines, line) && !line.empty()) {
        ++rows;
        if (line.find("zz-cli-hop") != std::string::npos) {
            sawHop = true;
            EXPECT_NE(line.find("Landing"), std::string::npos) << line;
            EXPECT_NE(line.find("3-4"), std::string::npos) << line;
            EXPECT_NE(line.find("Moderate"), std::string::npos) << line;
            EXPECT_NE(line.find("Step"), std::string::npos) << line;
            // Names are plain ASCII here, so byte offsets equal columns.
            EXPECT_EQ(line.find("zz-cli-hop"), idColumn) << line;
        }
    }
    EXPECT_TRUE(sawHop);
    const int expected = static_cast<int>(io::builtinLibrary().exercises.size()) + 3;
    EXPECT_EQ(rows, expected);
    EXPECT_NE(result.out.find(std::to_string(expected) + " exercises"), std::string::npos);
}

TEST_F(Cli, ListFiltersCombine)
{
    importCustoms();
    const auto landing = run({"library", "list", "--category", "landing", "--json"});
    ASSERT_EQ(landing.exitCode, 0) << landing.err;
    const nlohmann::json landingJson = nlohmann::json::parse(landing.out);
    for (const auto& exercise : landingJson.at("exercises")) {
        EXPECT_EQ(exercise.at("category"), "landing");
    }
    EXPECT_EQ(idsInJson(landing.out).count("zz-cli-hop"), 1u);
    EXPECT_EQ(idsInJson(landing.out).count("zz-cli-bridge"), 0u);

    const auto phaseTwoWithMat =
        run({"library", "list", "--phase", "2", "--equipment", "mat", "--json"});
    ASSERT_EQ(phaseTwoWithMat.exitCode, 0) << phaseTwoWithMat.err;
    const auto ids = idsInJson(phaseTwoWithMat.out);
    EXPECT_EQ(ids.count("zz-cli-bridge"), 1u);
    EXPECT_EQ(ids.count("zz-cli-march"), 1u);
    EXPECT_EQ(ids.count("zz-cli-hop"), 0u);
    const nlohmann::json phaseTwoJson = nlohmann::json::parse(phaseTwoWithMat.out);
    for (const auto& exercise : phaseTwoJson.at("exercises")) {
        EXPECT_LE(exercise.at("phase_min").get<int>(), 2);
        EXPECT_GE(exercise.at("phase_max").get<int>(), 2);
    }

    const auto ankle = run({"library", "list", "--region", "ankle", "--phase", "1", "--json"});
    ASSERT_EQ(ankle.exitCode, 0) << ankle.err;
    EXPECT_EQ(idsInJson(ankle.out).count("zz-cli-hop"), 0u) << "phase 1 is below the hop";
}

TEST_F(Cli, HiddenExercisesAreListedOnlyWhenAskedFor)
{
    auto exercises = customExercises();
    exercises[2].hidden = true;
    ASSERT_EQ(run({"library", "import", writeFile("hidden.json", libraryText(exercises))}).exitCode,
              0);
    EXPECT_EQ(idsInJson(run({"library", "list", "--json"}).out).count("zz-cli-hop"), 0u);
    const auto withHidden = run({"library", "list", "--hidden"});
    EXPECT_NE(withHidden.out.find("Zebra step-down hop (hidden)"), std::string::npos);
}

TEST_F(Cli, SearchFindsByWordPrefixes)
{
    importCustoms();
    const auto result = run({"library", "search", "zebr", "marc"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("zz-cli-march"), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find("zz-cli-hop"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("1 exercise"), std::string::npos) << result.out;

    const auto json = run({"library", "search", "zebra", "--json"});
    EXPECT_EQ(idsInJson(json.out),
              (std::set<std::string>{"zz-cli-bridge", "zz-cli-march", "zz-cli-hop"}));

    const auto none = run({"library", "search", "xylophone"});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_NE(none.out.find("No exercises match \"xylophone\"."), std::string::npos);
}

TEST_F(Cli, ShowPrintsEveryFieldReadably)
{
    importCustoms();
    const auto result = run({"library", "show", "zz-cli-march"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const std::vector<std::string> expected = {
        "Zebra bridge march  (zz-cli-march)",
        "Custom exercise",
        "An exercise made up for the command-line tests.",
        "Category:       Strength",
        "Phases:         2-3",
        "Position:       Lying on the back",
        "Regions:        Hip",
        "Muscles:        Gluteus maximus (main), Hamstrings",
        "Knee flexion:   Low",
        "Impact:         None",
        "Equipment:      Mat",
        "Laterality:     Alternating legs",
        "Dose:           3 × 10, 3 s hold, tempo 2-1-3, rest 45 s",
        "Dose limits:    sets 1-3, reps 8-15, hold 0-10 s",
        "Easier:         Zebra bridge (zz-cli-bridge)",
        "Harder:         none",
        "Precautions:    none",
        "  1. Lie on your back with both knees bent.",
        "  2. Lift the hips, pause, and lower slowly.",
        "  - Ribs stay down",
        "  - Weight even on both feet",
    };
    for (const std::string& text : expected) {
        EXPECT_NE(result.out.find(text), std::string::npos) << text << "\n" << result.out;
    }
    const auto hop = run({"library", "show", "zz-cli-hop"});
    EXPECT_NE(hop.out.find("Dose:           2 × 6, rest 60 s"), std::string::npos) << hop.out;
    EXPECT_NE(hop.out.find("Precautions:    Impact, Balance"), std::string::npos) << hop.out;
}

// The Hundred's time is movement kept up (the library says so): shown as moving, not a hold.
TEST_F(Cli, ShowNamesMovementKeptUpAsMoving)
{
    const auto hundred = run({"library", "show", "hundred"});
    ASSERT_EQ(hundred.exitCode, 0) << hundred.err;
    EXPECT_NE(hundred.out.find("Dose:           1 × 60 s moving, rest 45 s"), std::string::npos)
        << hundred.out;
    const auto plank = run({"library", "show", "forearm-plank"});
    ASSERT_EQ(plank.exitCode, 0) << plank.err;
    EXPECT_NE(plank.out.find("s hold"), std::string::npos) << plank.out;
    // An export writes it, in the library format's current version.
    const auto exported = run({"library", "export", (m_dir / "all.json").string(), "--all"});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    const nlohmann::json document = nlohmann::json::parse(readBytes(m_dir / "all.json"));
    EXPECT_EQ(document.at("version"), io::kLibraryFormatVersion);
    for (const auto& exercise : document.at("exercises")) {
        const bool moves = exercise.contains("timing");
        const std::string id = exercise.at("id");
        EXPECT_EQ(moves, id == "hundred" || id == "modified-hundred" || id == "kneecap-glides" ||
                             id == "brisk-walk" || id == "walk-run-intervals")
            << id;
    }
}

// With --language de a built-in exercise is shown in German (its name, steps and the words of
// every field); the ids and a user's own exercise stay as written.
TEST_F(Cli, ShowAndListSpeakGermanWhenAsked)
{
    importCustoms();
    const auto show = run({"--language", "de", "library", "show", "clamshell-band"});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    const std::string german = io::builtinLibrary().localizedName("clamshell-band", "", "de");
    ASSERT_FALSE(german.empty());
    for (const std::string& text :
         {german + "  (clamshell-band)", std::string("Eingebaute Übung"), std::string("Kategorie:"),
          std::string("Seitenlage"), std::string("(Hauptmuskel)"), std::string("leichtes Band"),
          std::string("Anleitung:"), std::string("Hinweise:")}) {
        EXPECT_NE(show.out.find(text), std::string::npos) << text << "\n" << show.out;
    }
    for (const char* english : {"Category:", "Side-lying", "Built-in exercise", "Instructions:"}) {
        EXPECT_EQ(show.out.find(english), std::string::npos) << english << "\n" << show.out;
    }
    // Values line up after the longest German label.
    const auto at = [&](const std::string& label) {
        const auto line = show.out.rfind('\n', show.out.find(label + ":")) + 1;
        return show.out.find_first_not_of(' ', show.out.find(':', line) + 1) - line;
    };
    EXPECT_EQ(at("Kategorie"), at("Dosisgrenzen"));

    const auto own = run({"--language", "de", "library", "show", "zz-cli-march"});
    EXPECT_NE(own.out.find("Zebra bridge march  (zz-cli-march)"), std::string::npos) << own.out;
    EXPECT_NE(own.out.find("Eigene Übung"), std::string::npos) << own.out;

    const auto list = run({"--language", "de", "library", "list", "--category", "landing"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    EXPECT_NE(list.out.find("Kategorie"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("Landen"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find(" Übungen"), std::string::npos) << list.out;
    const auto bad = run({"--language", "de", "library", "list", "--phase", "7"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("--phase muss 1, 2, 3 oder 4 sein"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("Aufruf: glidepath-cli [--database PFAD] library list"),
              std::string::npos)
        << bad.err;
    EXPECT_TRUE(bad.err.ends_with(
        "Geben Sie 'glidepath-cli library list --help' ein, um mehr zu erfahren.\n"))
        << bad.err;
    EXPECT_EQ(bad.err.find("Optionen:"), std::string::npos) << bad.err;
    EXPECT_EQ(bad.err.find("--help  "), std::string::npos) << bad.err;
}

TEST_F(Cli, ShowJsonIsTheLibraryFormat)
{
    importCustoms();
    const auto result = run({"library", "show", "zz-cli-hop", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const io::LibraryDocument document = io::parseLibrary(result.out);
    ASSERT_EQ(document.exercises.size(), 1u);
    EXPECT_EQ(document.exercises[0], customExercises()[2]);
}

TEST_F(Cli, ShowUnknownIdIsBadInputWithASuggestion)
{
    importCustoms();
    const auto result = run({"library", "show", "zz-cli-hpo"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("no exercise has the id \"zz-cli-hpo\" (did you mean zz-cli-hop?)"),
              std::string::npos)
        << result.err;
}

TEST_F(Cli, ImportReportsWhatItDidAndClashesNeedAPolicy)
{
    const std::string file = writeFile("customs.json", libraryText(customExercises()));
    const auto first = run({"library", "import", file});
    ASSERT_EQ(first.exitCode, 0) << first.err;
    EXPECT_EQ(first.out, "Imported " + file + ": 3 added, 0 replaced, 0 skipped.\n");

    const std::string before = readBytes(m_db);
    const auto again = run({"library", "import", file});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("3 exercises have ids already in the library: "), std::string::npos)
        << again.err;
    for (const char* id : {"zz-cli-bridge", "zz-cli-march", "zz-cli-hop"}) {
        EXPECT_NE(again.err.find(id), std::string::npos) << id;
    }
    EXPECT_NE(again.err.find("--on-clash skip"), std::string::npos);
    EXPECT_NE(again.err.find("--on-clash replace"), std::string::npos);
    EXPECT_EQ(readBytes(m_db), before);

    const auto skipped = run({"library", "import", file, "--on-clash", "skip"});
    ASSERT_EQ(skipped.exitCode, 0) << skipped.err;
    EXPECT_EQ(skipped.out, "Imported " + file + ": 0 added, 0 replaced, 3 skipped.\n");

    auto changed = customExercises();
    changed[0].name = "Zebra bridge, renamed";
    changed.push_back(customExercise("zz-cli-new", "Zebra newcomer"));
    const std::string changedFile = writeFile("changed.json", libraryText(changed));
    const auto replaced = run({"library", "import", changedFile, "--on-clash=replace"});
    ASSERT_EQ(replaced.exitCode, 0) << replaced.err;
    EXPECT_EQ(replaced.out, "Imported " + changedFile + ": 1 added, 3 replaced, 0 skipped.\n");
    EXPECT_NE(run({"library", "show", "zz-cli-bridge"}).out.find("Zebra bridge, renamed"),
              std::string::npos);
}

TEST_F(Cli, ImportListsEveryProblemAndChangesNothing)
{
    importCustoms();
    const std::string before = readBytes(m_db);

    nlohmann::json document = nlohmann::json::parse(
        libraryText({customExercise("zz-cli-a", "A"), customExercise("zz-cli-b", "B")}));
    document["exercises"][1]["dose"]["sets"] = 0;
    document["exercises"][0]["dose"]["hold_second"] = 4;
    document["exercises"][1]["category"] = "cardio";
    const std::string file = writeFile("broken.json", document.dump(2));

    const auto result = run({"library", "import", file});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find(
                  file +
                  ": /exercises/1/dose/sets (“zz-cli-b”): must be a whole number from 1 to 10, "
                  "got 0 (line "),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find(file + ": /exercises/0/dose/hold_second (“zz-cli-a”): unknown field "
                                     "\"hold_second\" (did you mean \"hold_seconds\"?)"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find(file + ": /exercises/1/category (“zz-cli-b”): must be one of"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("3 problems; nothing was imported"), std::string::npos) << result.err;
    EXPECT_TRUE(result.out.empty());
    EXPECT_EQ(readBytes(m_db), before) << "a failed import must leave the database untouched";
    EXPECT_EQ(run({"library", "show", "zz-cli-a"}).exitCode, 1);
}

TEST_F(Cli, ImportReportsSyntaxErrorsWithLineAndColumn)
{
    importCustoms();
    const std::string before = readBytes(m_db);
    const std::string file =
        writeFile("syntax.json", "{\n  \"format\": \"glidepath-library\",\n  \"version\": 1,,\n}");
    const auto result = run({"library", "import", file});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find(file + ": line 3, column 16: syntax error"), std::string::npos)
        << result.err;
    EXPECT_EQ(readBytes(m_db), before);
}

TEST_F(Cli, ImportOfABadExerciseInTheMiddleOfALongFileChangesNothing)
{
    importCustoms();
    const std::string before = readBytes(m_db);
    // The exercises before the bad one are stored as the file is read: the transaction they
    // went into must be rolled back.
    std::vector<core::Exercise> many;
    for (int i = 0; i < 60; ++i) {
        many.push_back(customExercise("zz-many-" + std::to_string(i), "Many " + std::to_string(i)));
    }
    nlohmann::json document = nlohmann::json::parse(libraryText(many));
    document["exercises"][40]["knee_flexion"] = "deep";
    const std::string text = document.dump(2);
    const std::string file = writeFile("middle.json", text);

    const auto result = run({"library", "import", file});
    EXPECT_EQ(result.exitCode, 1);
    const auto at = text.find("\"knee_flexion\": \"deep\"");
    ASSERT_NE(at, std::string::npos);
    const int line =
        1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
    EXPECT_NE(result.err.find(file + ": /exercises/40/knee_flexion (“zz-many-40”): must be one of"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("(line " + std::to_string(line) + ")"), std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("1 problem; nothing was imported"), std::string::npos) << result.err;
    EXPECT_EQ(readBytes(m_db), before);
    EXPECT_EQ(run({"library", "show", "zz-many-0"}).exitCode, 1) << "exercise 0 was rolled back";
}

TEST_F(Cli, ImportFollowsLadderLinksToExercisesLaterInTheFile)
{
    // The easier exercise comes first and names its harder neighbour, which comes later.
    const auto exercises = customExercises();
    ASSERT_EQ(exercises[0].harder, exercises[1].id);
    const auto result =
        run({"library", "import", writeFile("forward.json", libraryText(exercises))});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(run({"library", "show", "zz-cli-bridge"})
                  .out.find("Harder:         Zebra bridge march (zz-cli-march)"),
              std::string::npos)
        << run({"library", "show", "zz-cli-bridge"}).out;
}

TEST_F(Cli, ImportOfAFileCutOffMidwayIsRefusedWithTheLine)
{
    importCustoms();
    const std::string before = readBytes(m_db);
    std::vector<core::Exercise> many;
    for (int i = 0; i < 10; ++i) {
        many.push_back(customExercise("zz-cut-" + std::to_string(i), "Cut " + std::to_string(i)));
    }
    const std::string whole = libraryText(many);
    const std::string cut = whole.substr(0, whole.find("\"zz-cut-7\""));
    const std::string file = writeFile("cut.json", cut);
    const int lastLine = 1 + static_cast<int>(std::count(cut.begin(), cut.end(), '\n'));

    const auto result = run({"library", "import", file});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find(file + ": line " + std::to_string(lastLine) + ", column "),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("nothing was imported"), std::string::npos) << result.err;
    EXPECT_EQ(readBytes(m_db), before);
    EXPECT_EQ(run({"library", "show", "zz-cut-0"}).exitCode, 1);
}

TEST_F(Cli, ImportOfAMissingFileOrAnotherFormatIsBadInput)
{
    const auto missing = run({"library", "import", (m_dir / "nope.json").string()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("cannot read " + (m_dir / "nope.json").string()), std::string::npos)
        << missing.err;

    const std::string file =
        writeFile("rules.json", R"({"format": "glidepath-rules", "version": 1})");
    const auto wrong = run({"library", "import", file});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_NE(wrong.err.find(file + ": /format: must be \"glidepath-library\""), std::string::npos)
        << wrong.err;
}

TEST_F(Cli, ImportMayLinkToExercisesAlreadyInTheLibrary)
{
    if (io::builtinLibrary().exercises.empty()) {
        GTEST_SKIP() << "the built-in library is empty in this build";
    }
    const core::Exercise& builtin = io::builtinLibrary().exercises.front();
    auto exercises = customExercises();
    exercises[0].easier = builtin.id; // a branch off a built-in ladder
    const auto result =
        run({"library", "import", writeFile("linked.json", libraryText(exercises))});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(run({"library", "show", "zz-cli-bridge"})
                  .out.find("Easier:         " + builtin.name + " (" + builtin.id + ")"),
              std::string::npos);

    // A link to an id that is nowhere is still an error.
    exercises[2].harder = "zz-cli-nowhere";
    exercises[0].id = "zz-cli-bridge-two";
    exercises[1].easier = "zz-cli-bridge-two";
    exercises[1].id = "zz-cli-march-two";
    exercises[0].harder = "zz-cli-march-two";
    exercises[2].id = "zz-cli-hop-two";
    const std::string before = readBytes(m_db);
    const std::string file = writeFile("dangling.json", libraryText(exercises));
    const auto dangling = run({"library", "import", file});
    EXPECT_EQ(dangling.exitCode, 1);
    EXPECT_NE(dangling.err.find(file +
                                ": /exercises/2/harder (“zz-cli-hop-two”): no exercise has the id "
                                "'zz-cli-nowhere'"),
              std::string::npos)
        << dangling.err;
    EXPECT_EQ(readBytes(m_db), before);
}

TEST_F(Cli, ImportCannotReplaceBuiltInExercises)
{
    if (io::builtinLibrary().exercises.empty()) {
        GTEST_SKIP() << "the built-in library is empty in this build";
    }
    importCustoms();
    core::Exercise copy = io::builtinLibrary().exercises.front();
    copy.builtin = false;
    copy.easier.clear();
    copy.harder.clear();
    copy.name += " (my version)";
    const std::string file = writeFile("builtin.json", libraryText({copy}));
    const std::string before = readBytes(m_db);

    const auto replace = run({"library", "import", file, "--on-clash", "replace"});
    EXPECT_EQ(replace.exitCode, 1);
    EXPECT_NE(replace.err.find("built-in exercises cannot be replaced: " + copy.id),
              std::string::npos)
        << replace.err;
    EXPECT_EQ(readBytes(m_db), before);

    const auto skip = run({"library", "import", file, "--on-clash", "skip"});
    EXPECT_EQ(skip.exitCode, 0) << skip.err;
    EXPECT_EQ(skip.out, "Imported " + file + ": 0 added, 0 replaced, 1 skipped.\n");
}

TEST_F(Cli, ExportThenImportElsewhereGivesTheSameLibrary)
{
    auto exercises = customExercises();
    exercises[1].hidden = true;
    ASSERT_EQ(run({"library", "import", writeFile("in.json", libraryText(exercises))}).exitCode, 0);
    const std::string exported = (m_dir / "out.json").string();
    const auto result = run({"library", "export", exported});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out, "Exported 3 exercises to " + exported + ".\n");

    // Only the custom exercises, hidden ones included, and none marked built-in.
    const io::LibraryDocument document = io::parseLibrary(readBytes(exported));
    ASSERT_EQ(document.exercises.size(), 3u);
    for (const core::Exercise& exercise : document.exercises) {
        EXPECT_FALSE(exercise.builtin);
        const auto original = std::find_if(exercises.begin(), exercises.end(),
                                           [&](const auto& e) { return e.id == exercise.id; });
        ASSERT_NE(original, exercises.end());
        EXPECT_EQ(exercise, *original);
    }

    // Into a second, fresh database, and out again: the same file.
    const fs::path other = m_dir / "other.db";
    const auto imported =
        runRaw({"--database", other.string(), "--create", "library", "import", exported});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    const std::string again = (m_dir / "again.json").string();
    ASSERT_EQ(runRaw({"--database", other.string(), "library", "export", again}).exitCode, 0);
    EXPECT_EQ(readBytes(again), readBytes(exported));
}

TEST_F(Cli, ExportAllIncludesTheBuiltIns)
{
    const std::string file = (m_dir / "all.json").string();
    const auto result = run({"library", "export", file, "--all"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const io::LibraryDocument document = io::parseLibrary(readBytes(file));
    EXPECT_EQ(document.exercises.size(), io::builtinLibrary().exercises.size());
    for (const core::Exercise& exercise : document.exercises) {
        EXPECT_TRUE(exercise.builtin);
    }

    const auto none = run({"library", "export", (m_dir / "none.json").string()});
    EXPECT_NE(none.out.find("Exported 0 exercises"), std::string::npos);
    EXPECT_NE(none.out.find("--all"), std::string::npos);
}

TEST_F(Cli, ExportToAnUnwritablePlaceIsBadInput)
{
    const auto result =
        run({"library", "export", (m_dir / "no-such-folder" / "out.json").string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("cannot write"), std::string::npos) << result.err;
}

TEST_F(Cli, DbCheckOnAHealthyDatabase)
{
    importCustoms();
    const auto result = run({"db", "check"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Database:         " + m_db.string()), std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("(current)"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Integrity:        ok"), std::string::npos) << result.out;
    const std::size_t builtins = io::builtinLibrary().exercises.size();
    EXPECT_NE(result.out.find("Exercises:        " + std::to_string(builtins + 3) + " (" +
                              std::to_string(builtins) + " built-in, 3 custom, 0 hidden)"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("Clients:          0"), std::string::npos) << result.out;
}

TEST_F(Cli, DbCheckAndHelpInGerman)
{
    importCustoms();
    const auto result = run({"--language", "de", "db", "check"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    // Labels pad by characters, so "Integrität:" lines up with the others despite its "ä".
    EXPECT_NE(result.out.find("Integrität:       in Ordnung"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Datenbank:        " + m_db.string()), std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("3 eigene, 0 ausgeblendet)"), std::string::npos) << result.out;
    const auto help = run({"--language", "de", "db", "backup", "--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("Aufruf: glidepath-cli [--database PFAD] db backup DATEI"),
              std::string::npos)
        << help.out;
    const auto missing = runRaw(
        {"--language", "de", "--database", (m_dir / "nowhere.db").string(), "library", "list"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("gibt es keine Datenbank"), std::string::npos) << missing.err;
}

TEST_F(Cli, DbCheckRefusesAForeignFileAndLeavesItAlone)
{
    const std::string text = "name,sets\nbridge,3\n";
    writeBytes(m_db, text);
    const auto result = run({"db", "check"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find(m_db.string()), std::string::npos) << result.err;
    EXPECT_EQ(readBytes(m_db), text);

    // The other commands refuse it the same way.
    const auto list = run({"library", "list"});
    EXPECT_EQ(list.exitCode, 1);
    EXPECT_EQ(readBytes(m_db), text);
}

TEST_F(Cli, DbCheckOfAMissingFileDoesNotCreateIt)
{
    const auto result = run({"db", "check"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("no database at " + m_db.string()), std::string::npos);
    EXPECT_FALSE(fs::exists(m_db));
}

TEST_F(Cli, DatabaseOptionWinsOverEnvironmentWhichWinsOverTheDefault)
{
    const fs::path fromEnv = m_dir / "env.db";
    const fs::path fromOption = m_dir / "option.db";
    ASSERT_EQ(runRaw({"--database", fromOption.string(), "--create", "library", "list"},
                     {{"GLIDEPATH_DB", fromEnv.string()}})
                  .exitCode,
              0);
    EXPECT_TRUE(fs::exists(fromOption));
    EXPECT_FALSE(fs::exists(fromEnv));

    ASSERT_EQ(
        runRaw({"--create", "library", "list"}, {{"GLIDEPATH_DB", fromEnv.string()}}).exitCode, 0);
    EXPECT_TRUE(fs::exists(fromEnv));

    const fs::path defaultPath = m_dir / "xdg" / "glidepath" / "glidepath.db";
    EXPECT_FALSE(fs::exists(defaultPath));
    ASSERT_EQ(runRaw({"library", "list"}).exitCode, 0);
    EXPECT_TRUE(fs::exists(defaultPath));

    // After the subcommand too.
    const fs::path late = m_dir / "late.db";
    ASSERT_EQ(runRaw({"library", "list", "--database", late.string(), "--create"}).exitCode, 0);
    EXPECT_TRUE(fs::exists(late));
}

TEST_F(Cli, AMistypedDatabasePathIsReportedNotCreated)
{
    const fs::path typo = m_dir / "clinic" / "glidepth.db";
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"--database", typo.string(), "library", "list"},
             {"--database", typo.string(), "library", "import", "x.json"},
             {"library", "show", "clamshell"}}) {
        const auto result = runRaw(args, {{"GLIDEPATH_DB", typo.string()}});
        EXPECT_EQ(result.exitCode, 1) << result.err;
        EXPECT_NE(result.err.find("there is no database at " + typo.string()), std::string::npos)
            << result.err;
        EXPECT_NE(result.err.find("--create"), std::string::npos) << result.err;
    }
    EXPECT_FALSE(fs::exists(m_dir / "clinic"));
}

} // namespace
} // namespace glidepath
