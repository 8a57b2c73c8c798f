// glidepath-cli plan --pdf: the handout is written without a display, for a request or for a
// plan saved in the database, and the PDF really holds the plan (read back with poppler).

#include "support/process_runner.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace glidepath {
namespace {

namespace fs = std::filesystem;

std::string example(const std::string& name)
{
    return std::string(GLIDEPATH_SOURCE_DIR) + "/data/examples/" + name + ".request.json";
}

// No display at all, as on a server: the CLI must not need one.
const test::EnvironmentChanges kHeadless{{"DISPLAY", std::nullopt},
                                         {"WAYLAND_DISPLAY", std::nullopt},
                                         {"QT_QPA_PLATFORM", std::nullopt}};

class CliHandout : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() /
                ("glidepath-cli-handout-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    test::ProcessResult cli(const std::vector<std::string>& args)
    {
        return test::runProcess(GLIDEPATH_CLI_PATH, args, kHeadless);
    }
    static std::string pdfText(const fs::path& pdf)
    {
        const auto result = test::runProcess("/usr/bin/pdftotext", {pdf.string(), "-"});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return result.out;
    }
    static std::string pdfInfo(const fs::path& pdf)
    {
        const auto result = test::runProcess("/usr/bin/pdfinfo", {pdf.string()});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return result.out;
    }
    // pdftotext may break a long name over two lines and gives ligatures as one character;
    // compare without spaces and hyphens, with ligatures spelt out.
    static std::string squeeze(std::string text)
    {
        for (const auto& [ligature, letters] : {std::pair<std::string, std::string>{"\uFB01", "fi"},
                                                {"\uFB02", "fl"},
                                                {"\uFB00", "ff"}}) {
            for (auto at = text.find(ligature); at != std::string::npos; at = text.find(ligature)) {
                text.replace(at, ligature.size(), letters);
            }
        }
        std::string out;
        for (const char c : text) {
            if (c != ' ' && c != '\n' && c != '-' && c != '\f') {
                out += c;
            }
        }
        return out;
    }

    fs::path m_dir;
};

TEST_F(CliHandout, WritesTheHomeRoutineOfARequestWithoutADisplay)
{
    const fs::path pdf = m_dir / "routine.pdf";
    const auto result = cli(
        {"plan", "--request", example("steady-week"), "--format", "json", "--pdf", pdf.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    // Standard output stays the plan alone, so it can be piped into a file as JSON.
    const core::Plan plan = io::parsePlan(result.out);
    EXPECT_NE(result.err.find("Wrote the home routine to"), std::string::npos) << result.err;
    ASSERT_TRUE(fs::exists(pdf));

    const std::string text = squeeze(pdfText(pdf));
    int names = 0;
    for (const auto& day : plan.days) {
        for (const auto& exercise : day.exercises) {
            EXPECT_NE(text.find(squeeze(exercise.name)), std::string::npos) << exercise.name;
            ++names;
        }
    }
    EXPECT_GT(names, 0);
    EXPECT_NE(pdfInfo(pdf).find("595 x 842"), std::string::npos) << "A4 by default";
}

TEST_F(CliHandout, LetterPaperAndLargePrintAreHonoured)
{
    const fs::path normal = m_dir / "normal.pdf";
    const fs::path large = m_dir / "large.pdf";
    ASSERT_EQ(cli({"plan", "--request", example("steady-week"), "--pdf", normal.string(), "--paper",
                   "letter"})
                  .exitCode,
              0);
    ASSERT_EQ(cli({"plan", "--request", example("steady-week"), "--pdf", large.string(), "--paper",
                   "letter", "--large-print"})
                  .exitCode,
              0);
    EXPECT_NE(pdfInfo(normal).find("612 x 792"), std::string::npos);
    auto pages = [&](const fs::path& pdf) {
        const std::string info = pdfInfo(pdf);
        const auto at = info.find("Pages:");
        return std::stoi(info.substr(at + 6));
    };
    EXPECT_GT(pages(large), pages(normal)) << "large print needs more room";
}

TEST_F(CliHandout, ARedFlagWeekPrintsTheReferralAndNoExercises)
{
    const fs::path pdf = m_dir / "refer.pdf";
    const auto result = cli(
        {"plan", "--request", example("red-flag-week"), "--format", "json", "--pdf", pdf.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const core::Plan plan = io::parsePlan(result.out);
    ASSERT_EQ(plan.decision.action, core::Action::Refer);
    const std::string text = pdfText(pdf);
    EXPECT_EQ(text.find("Sets"), std::string::npos);
    EXPECT_FALSE(plan.advice.empty());
}

TEST_F(CliHandout, AnUnwritablePdfIsBadInputAndNamesTheFile)
{
    const std::string target = (m_dir / "no-such-folder" / "routine.pdf").string();
    const auto result = cli({"plan", "--request", example("steady-week"), "--pdf", target});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("cannot write the handout"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("routine.pdf"), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find("cannot write the handout: cannot write"), std::string::npos)
        << "said once, not twice: " << result.err;
}

TEST_F(CliHandout, ASavedPlanIsShownAndPrintedByClientNameOrNumber)
{
    const fs::path dbPath = m_dir / "clinic.db";
    const core::PlanRequest request =
        io::parsePlanRequest(io::readTextFile(example("steady-week")));
    const core::Plan plan = core::generatePlan(request, io::builtinLibrary().exercises);
    std::int64_t id = 0;
    {
        auto db = storage::Database::open(dbPath);
        storage::ClientRepository clients(*db);
        storage::ClientRecord client;
        client.profile = request.client;
        client.profile.name = "Robin Ash";
        id = clients.create(client);
        clients.savePlan(id, plan);
    }
    const fs::path pdf = m_dir / "summary.pdf";
    const auto byName = cli({"--database", dbPath.string(), "plan", "--client", "robin ash",
                             "--format", "json", "--pdf", pdf.string(), "--summary"});
    ASSERT_EQ(byName.exitCode, 0) << byName.err;
    EXPECT_EQ(io::parsePlan(byName.out), plan);
    EXPECT_NE(byName.err.find("clinician summary"), std::string::npos);
    EXPECT_NE(squeeze(pdfText(pdf)).find("RobinAsh"), std::string::npos);

    const auto byNumber = cli({"--database", dbPath.string(), "plan", "--client",
                               std::to_string(id), "--week", core::toIsoString(plan.weekStart)});
    EXPECT_EQ(byNumber.exitCode, 0) << byNumber.err;
    EXPECT_NE(byNumber.out.find("Plan for the week of"), std::string::npos);

    const auto otherWeek = cli(
        {"--database", dbPath.string(), "plan", "--client", "Robin Ash", "--week", "2020-01-06"});
    EXPECT_EQ(otherWeek.exitCode, 1);
    EXPECT_NE(otherWeek.err.find("no saved plan for the week of 2020-01-06"), std::string::npos)
        << otherWeek.err;

    const auto nobody = cli({"--database", dbPath.string(), "plan", "--client", "Nobody"});
    EXPECT_EQ(nobody.exitCode, 1);
    EXPECT_NE(nobody.err.find("no client named \"Nobody\""), std::string::npos) << nobody.err;

    const auto badWeek =
        cli({"--database", dbPath.string(), "plan", "--client", "Robin Ash", "--week", "23/11"});
    EXPECT_EQ(badWeek.exitCode, 1);
    EXPECT_NE(badWeek.err.find("YYYY-MM-DD"), std::string::npos);
}

TEST_F(CliHandout, ASavedPlanSupersededByARedFlagIsNotPrinted)
{
    const fs::path dbPath = m_dir / "flagged.db";
    const core::PlanRequest request =
        io::parsePlanRequest(io::readTextFile(example("steady-week")));
    const core::Plan plan = core::generatePlan(request, io::builtinLibrary().exercises);
    ASSERT_NE(plan.decision.action, core::Action::Refer);
    {
        auto db = storage::Database::open(dbPath);
        storage::ClientRepository clients(*db);
        storage::ClientRecord client;
        client.profile = request.client;
        client.profile.name = "Robin Ash";
        const auto id = clients.create(client);
        clients.savePlan(id, plan);
        core::CheckIn checkIn;
        checkIn.date = plan.weekStart + std::chrono::days(6);
        checkIn.redFlags = {core::RedFlag::LockedKnee};
        clients.addCheckIn(id, checkIn);
    }
    const fs::path pdf = m_dir / "stopped.pdf";
    const auto result = cli(
        {"--database", dbPath.string(), "plan", "--client", "Robin Ash", "--pdf", pdf.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("superseded"), std::string::npos) << result.err;
    // The flag in the words the client was asked, never its id.
    EXPECT_NE(result.err.find("Does the knee lock, or can you not straighten it fully?"),
              std::string::npos)
        << result.err;
    EXPECT_EQ(result.err.find("locked_knee"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(pdf));

    const auto german = cli({"--language", "de", "--database", dbPath.string(), "plan", "--client",
                             "Robin Ash", "--pdf", pdf.string()});
    EXPECT_EQ(german.exitCode, 1);
    EXPECT_NE(german.err.find("gilt nicht mehr"), std::string::npos) << german.err;
    EXPECT_EQ(german.err.find("superseded"), std::string::npos) << german.err;
    EXPECT_FALSE(fs::exists(pdf));
}

TEST_F(CliHandout, RequestAndClientTogetherOrNeitherIsAUsageError)
{
    const auto both = cli({"plan", "--request", example("steady-week"), "--client", "Robin"});
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_NE(both.err.find("one of --request FILE, --requests FILE.jsonl or --client"),
              std::string::npos);
    EXPECT_EQ(cli({"plan"}).exitCode, 2);
    EXPECT_EQ(cli({"plan", "--request", example("steady-week"), "--week", "2026-11-23"}).exitCode,
              2);
}

TEST_F(CliHandout, HandoutOptionsReachTheHandout)
{
    const fs::path pdf = m_dir / "routine.pdf";
    const auto result = cli({"plan", "--request", example("flare-up"), "--pdf", pdf.string(),
                             "--per-row", "2", "--clinician", "Sam Patel", "--phone",
                             "020 7946 0000", "--next-appointment", "2026-12-07 10:30"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const std::string text = pdfText(pdf);
    EXPECT_NE(text.find("Sam Patel"), std::string::npos);
    EXPECT_NE(text.find("Monday 7 December at 10:30"), std::string::npos);
    EXPECT_NE(text.find("Weekly log"), std::string::npos);
    EXPECT_NE(pdfInfo(pdf).find("Author:          Sam Patel"), std::string::npos);

    const auto off = cli({"plan", "--request", example("flare-up"), "--pdf", pdf.string(),
                          "--no-log", "--clinician", "Sam Patel", "--clinician-block", "off"});
    ASSERT_EQ(off.exitCode, 0) << off.err;
    const std::string without = pdfText(pdf);
    EXPECT_EQ(without.find("Sam Patel"), std::string::npos);
    EXPECT_EQ(without.find("Weekly log"), std::string::npos);
}

TEST_F(CliHandout, BadHandoutOptionsAreUsageErrorsNamingTheOption)
{
    const fs::path pdf = m_dir / "routine.pdf";
    for (const auto& [option, value] : std::vector<std::pair<std::string, std::string>>{
             {"--per-row", "3"},
             {"--clinician-block", "maybe"},
             {"--next-appointment", "7 December"},
             {"--next-appointment", "2026-12-07 25:00"}}) {
        const auto result =
            cli({"plan", "--request", example("flare-up"), "--pdf", pdf.string(), option, value});
        EXPECT_EQ(result.exitCode, 2) << option << " " << value;
        EXPECT_NE(result.err.find(option), std::string::npos) << result.err;
        EXPECT_FALSE(fs::exists(pdf));
    }
}

// German from --language or the system's language: the plan's reasons, the handout's words and
// the built-in exercises' names, with German dates; English stays the default.
TEST_F(CliHandout, GermanComesFromTheLanguageOptionOrTheSystem)
{
    const fs::path pdf = m_dir / "de.pdf";
    const auto byOption = cli({"--language", "de", "plan", "--request", example("steady-week"),
                               "--format", "json", "--pdf", pdf.string()});
    ASSERT_EQ(byOption.exitCode, 0) << byOption.err;
    EXPECT_NE(byOption.err.find("Übungsprogramm für zu Hause geschrieben"), std::string::npos)
        << byOption.err;
    EXPECT_EQ(byOption.err.find("XDG_RUNTIME_DIR"), std::string::npos) << byOption.err;
    const core::Plan plan = io::parsePlan(byOption.out);
    ASSERT_FALSE(plan.decision.reasons.empty());
    EXPECT_NE(byOption.out.find("Mo., 23. Nov. 2026"), std::string::npos)
        << "reasons' dates in German";
    const std::string text = pdfText(pdf);
    EXPECT_NE(text.find("ÜBUNGSPROGRAMM FÜR ZU HAUSE"), std::string::npos);
    EXPECT_NE(text.find("23. bis 29. November 2026"), std::string::npos) << text.substr(0, 400);
    EXPECT_EQ(text.find("HOME EXERCISE ROUTINE"), std::string::npos);
    const io::LibraryDocument& library = io::builtinLibrary();
    int german = 0;
    for (const auto& day : plan.days) {
        for (const auto& exercise : day.exercises) {
            const std::string name = library.localizedName(exercise.id, exercise.name, "de");
            if (name != exercise.name) {
                EXPECT_NE(squeeze(text).find(squeeze(name)), std::string::npos) << name;
                ++german;
            }
        }
    }
    EXPECT_GT(german, 0) << "the built-in exercises have German names";

    const fs::path bySystem = m_dir / "system.pdf";
    const auto system =
        test::runProcess(GLIDEPATH_CLI_PATH,
                         {"plan", "--request", example("steady-week"), "--pdf", bySystem.string()},
                         {{"DISPLAY", std::nullopt}, {"LANG", "de_AT.UTF-8"}});
    ASSERT_EQ(system.exitCode, 0) << system.err;
    EXPECT_NE(pdfText(bySystem).find("ÜBUNGSPROGRAMM FÜR ZU HAUSE"), std::string::npos);

    const auto english = cli({"plan", "--request", example("steady-week"), "--pdf", pdf.string()});
    ASSERT_EQ(english.exitCode, 0) << english.err;
    EXPECT_NE(pdfText(pdf).find("HOME EXERCISE ROUTINE"), std::string::npos);
}

TEST_F(CliHandout, AnUnknownLanguageIsAUsageErrorThatNamesTheChoices)
{
    const auto result = cli({"--language", "xx", "plan", "--request", example("steady-week")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("unknown language \"xx\" (use en or de)"), std::string::npos)
        << result.err;
    EXPECT_TRUE(result.out.empty());
    const auto help = cli({"--language=de", "--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("Aufruf: glidepath-cli"), std::string::npos) << help.out;
}

// The plan command's help and its usage errors follow the language too, naming the option.
TEST_F(CliHandout, ThePlanCommandSpeaksGermanWhenAsked)
{
    const auto help = cli({"--language", "de", "plan", "--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("Aufruf: glidepath-cli plan --request DATEI"), std::string::npos)
        << help.out;
    EXPECT_NE(help.out.find("--per-row 1|2"), std::string::npos) << "options keep their names";

    const auto badPaper =
        cli({"--language", "de", "plan", "--request", example("steady-week"), "--paper", "a5"});
    EXPECT_EQ(badPaper.exitCode, 2);
    EXPECT_NE(badPaper.err.find("--paper muss a4 oder letter sein, nicht „a5“"), std::string::npos)
        << badPaper.err;

    const auto unknown =
        cli({"--language", "de", "plan", "--request", example("steady-week"), "--pdff", "x"});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("unbekannte Option --pdff (meinten Sie"), std::string::npos)
        << unknown.err;

    const fs::path bad = m_dir / "bad.request.json";
    {
        std::ofstream(bad) << "{\"version\": 2}";
    }
    const auto invalid = cli({"--language", "de", "plan", "--request", bad.string()});
    EXPECT_EQ(invalid.exitCode, 1);
    EXPECT_NE(invalid.err.find("Planungsanfrage"), std::string::npos) << invalid.err;
}

} // namespace
} // namespace glidepath
