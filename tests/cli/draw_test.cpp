// glidepath-cli library draw: the real binary writes an exercise's picture as SVG or PNG.

#include "support/process_runner.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace glidepath {
namespace {

namespace fs = std::filesystem;

std::string readBytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

std::uint32_t bigEndian(const std::string& bytes, std::size_t at)
{
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        value = (value << 8) | static_cast<unsigned char>(bytes.at(at + i));
    }
    return value;
}

class CliDraw : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = fs::temp_directory_path() /
                ("glidepath-draw-test-" + std::to_string(::getpid()) + "-" + info->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    test::ProcessResult run(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--database", (m_dir / "test.db").string(), "--create"});
        return test::runProcess(GLIDEPATH_CLI_PATH, args,
                                {{"GLIDEPATH_DB", std::nullopt}, {"HOME", m_dir.string()}});
    }

    fs::path m_dir;
};

TEST_F(CliDraw, WritesAnSvgDrawingOfTheExercise)
{
    const fs::path out = m_dir / "clam.svg";
    const auto result = run({"library", "draw", "clamshell-band", out.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("clamshell-band"), std::string::npos) << result.out;
    const std::string svg = readBytes(out);
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    EXPECT_NE(svg.find("</svg>"), std::string::npos);
    EXPECT_NE(svg.find("<title>Clamshell with band</title>"), std::string::npos)
        << svg.substr(0, 600);
    // Vector strokes, not an embedded bitmap: crisp at any size.
    EXPECT_NE(svg.find("<path"), std::string::npos);
    EXPECT_EQ(svg.find("<image"), std::string::npos);
}

TEST_F(CliDraw, WritesAPngOfTheAskedWidth)
{
    const fs::path out = m_dir / "squat.PNG";
    const auto result = run({"library", "draw", "mini-squat", out.string(), "--size", "300"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const std::string png = readBytes(out);
    ASSERT_GT(png.size(), 33u);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_EQ(png.substr(12, 4), "IHDR");
    EXPECT_EQ(bigEndian(png, 16), 300u); // width
    EXPECT_GT(bigEndian(png, 20), 40u);  // height follows the drawing
    EXPECT_LT(bigEndian(png, 20), 300u);
}

TEST_F(CliDraw, UnknownIdIsBadInputAndWritesNothing)
{
    const fs::path out = m_dir / "none.png";
    const auto result = run({"library", "draw", "no-such-exercise", out.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("no exercise has the id \"no-such-exercise\""), std::string::npos)
        << result.err;
    EXPECT_FALSE(fs::exists(out));
}

// A drawing that cannot be written says why in one line of its own (Qt's painters would only
// print warnings of theirs) and leaves no file behind.
TEST_F(CliDraw, AnUnwritableFileIsBadInputWithItsReason)
{
    for (const std::string name : {"clam.svg", "clam.png"}) {
        const fs::path out = m_dir / "no-such-folder" / name;
        const auto result = run({"library", "draw", "clamshell-band", out.string()});
        EXPECT_EQ(result.exitCode, 1) << name;
        EXPECT_NE(result.err.find("could not write " + out.string() + ": "), std::string::npos)
            << result.err;
        EXPECT_EQ(result.err.find("QPainter"), std::string::npos) << result.err;
        EXPECT_EQ(result.err.find("QSvgPaintEngine"), std::string::npos) << result.err;
        EXPECT_FALSE(fs::exists(out.parent_path())) << name;
    }
}

TEST_F(CliDraw, UsageErrorsExitWithTwo)
{
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"library", "draw", "quad-set", (m_dir / "x.jpg").string()}, "must end in .svg or .png"},
        {{"library", "draw", "quad-set"}, "OUT.svg or OUT.png"},
        {{"library", "draw", "quad-set", (m_dir / "x.png").string(), "--size", "12"},
         "--size must be a whole number of pixels from 32 to 4096"},
        {{"library", "draw", "quad-set", (m_dir / "x.png").string(), "--size", "big"},
         "--size must be"},
    };
    for (const auto& [args, expected] : cases) {
        const auto result = run(args);
        EXPECT_EQ(result.exitCode, 2) << args.back();
        EXPECT_NE(result.err.find(expected), std::string::npos) << result.err;
        EXPECT_NE(result.err.find("Usage: glidepath-cli"), std::string::npos);
    }
    EXPECT_FALSE(fs::exists(m_dir / "x.png"));
    EXPECT_FALSE(fs::exists(m_dir / "test.db")) << "a usage error must not create the database";
}

TEST_F(CliDraw, HelpDescribesTheCommand)
{
    const auto result = run({"library", "draw", "--help"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_NE(result.out.find("library draw ID OUT.svg|OUT.png [--size PX]"), std::string::npos);
    const auto overview = run({"library", "--help"});
    EXPECT_NE(overview.out.find("draw "), std::string::npos);
}

} // namespace
} // namespace glidepath
