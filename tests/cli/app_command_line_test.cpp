// The desktop app's --help and --version answer without a display (a terminal over SSH, a
// package's install check), and a wrong argument is a usage error, not a crash. Its start loads
// no SVG library or plugin.
#include "support/process_runner.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

namespace {

using glidepath::test::EnvironmentChanges;
using glidepath::test::runProcess;

const EnvironmentChanges kNoDisplay{{"DISPLAY", std::nullopt},
                                    {"WAYLAND_DISPLAY", std::nullopt},
                                    {"QT_QPA_PLATFORM", std::nullopt}};

TEST(AppCommandLine, VersionNeedsNoDisplay)
{
    const auto result = runProcess(GLIDEPATH_APP_PATH, {"--version"}, kNoDisplay);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out.rfind("Glidepath ", 0), 0U) << result.out;
}

TEST(AppCommandLine, HelpNeedsNoDisplayAndNamesTheFileArgument)
{
    const auto result = runProcess(GLIDEPATH_APP_PATH, {"--help"}, kNoDisplay);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("--database"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("FILE"), std::string::npos) << result.out;
}

TEST(AppCommandLine, WithoutADisplayTheAppSaysWhatToDoInsteadOfCrashing)
{
    const auto result = runProcess(GLIDEPATH_APP_PATH, {}, kNoDisplay);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("no display"), std::string::npos) << result.err;
}

TEST(AppCommandLine, StartingTheWindowLoadsNoSvgLibraryOrPlugin)
{
    // Qt Svg and its icon-engine and image plugins would be mapped and relocated before the
    // first paint (docs/performance.md): the icons are PNGs, and the style's own images are read
    // without asking every image plugin. The dynamic loader lists every object it loads.
    namespace fs = std::filesystem;
    const fs::path dir =
        fs::temp_directory_path() / ("glidepath-svgfree-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir / "config");
    const auto result = runProcess(
        GLIDEPATH_APP_PATH,
        {"--measure-startup", "--mode", "clinician", "--database", (dir / "start.db").string()},
        {{"QT_QPA_PLATFORM", "offscreen"},
         {"HOME", dir.string()},
         {"XDG_CONFIG_HOME", (dir / "config").string()},
         {"XDG_DATA_HOME", (dir / "data").string()},
         {"LD_DEBUG", "files"}});
    fs::remove_all(dir);
    ASSERT_EQ(result.exitCode, 0) << result.err.substr(0, 2000);
    EXPECT_NE(result.out.find("startup: usable window"), std::string::npos) << result.out;
    ASSERT_NE(result.err.find("libQt6Widgets"), std::string::npos) << "LD_DEBUG said nothing";
    for (const char* library : {"libQt6Svg", "/libqsvg.so", "/libqsvgicon.so"}) {
        EXPECT_EQ(result.err.find(library), std::string::npos) << library << " was loaded";
    }
}

// The start-up figure is for measuring (--measure-startup) only: an ordinary start, here stopped
// after a few seconds, prints nothing of it to the terminal it was started from.
TEST(AppCommandLine, AnOrdinaryStartPrintsNoStartUpFigure)
{
    namespace fs = std::filesystem;
    const fs::path dir =
        fs::temp_directory_path() / ("glidepath-quiet-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir / "config");
    const auto result = runProcess("/usr/bin/timeout",
                                   {"-s", "TERM", "8", GLIDEPATH_APP_PATH, "--mode", "clinician",
                                    "--database", (dir / "start.db").string()},
                                   {{"QT_QPA_PLATFORM", "offscreen"},
                                    {"HOME", dir.string()},
                                    {"XDG_CONFIG_HOME", (dir / "config").string()},
                                    {"XDG_DATA_HOME", (dir / "data").string()}});
    const bool started = fs::exists(dir / "start.db");
    fs::remove_all(dir);
    EXPECT_EQ(result.exitCode, 124) << "still running when stopped: " << result.err;
    EXPECT_TRUE(started) << "the app made its database";
    EXPECT_EQ(result.out.find("startup:"), std::string::npos) << result.out;
}

} // namespace
