// The CLI never writes raw control characters to the terminal: data it shows, such as a file
// name in an error, has them escaped.

#include "support/process_runner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

namespace glidepath {
namespace {

namespace fs = std::filesystem;

bool hasControlCharacters(const std::string& text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F) {
            return true;
        }
        if (byte == 0xC2 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9F) {
                return true;
            }
        }
    }
    return false;
}

TEST(TerminalOutput, ControlCharactersInAFileNameAreEscapedInTheError)
{
    const fs::path dir =
        fs::temp_directory_path() / ("glidepath-cli-terminal-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string name = (dir / "evil\x1b[2J\r\x07\xC2\x9Bname.json").string();
    const test::ProcessResult result = test::runProcess(
        GLIDEPATH_CLI_PATH, {"--database", (dir / "test.db").string(), "plan", name},
        {{"GLIDEPATH_DB", std::nullopt}, {"HOME", dir.string()}});
    fs::remove_all(dir);
    EXPECT_NE(result.exitCode, 0);
    EXPECT_FALSE(hasControlCharacters(result.err)) << result.err;
    EXPECT_FALSE(hasControlCharacters(result.out)) << result.out;
    EXPECT_NE(result.err.find("evil\\u001b[2J\\u000d\\u0007\\u009bname.json"), std::string::npos)
        << result.err;
}

TEST(TerminalOutput, UnicodeTextPassesUnchanged)
{
    const fs::path dir =
        fs::temp_directory_path() / ("glidepath-cli-terminal-u-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string name = (dir / "café – 90°\xC2\xA0x.json").string();
    const test::ProcessResult result = test::runProcess(
        GLIDEPATH_CLI_PATH, {"--database", (dir / "test.db").string(), "plan", name},
        {{"GLIDEPATH_DB", std::nullopt}, {"HOME", dir.string()}});
    fs::remove_all(dir);
    EXPECT_NE(result.err.find("café – 90°\xC2\xA0x.json"), std::string::npos) << result.err;
}

} // namespace
} // namespace glidepath
