// The desktop app's --help and --version answer without a display (a terminal over SSH, a
// package's install check), and a wrong argument is a usage error, not a crash.
#include "support/process_runner.h"

#include <gtest/gtest.h>

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

} // namespace
