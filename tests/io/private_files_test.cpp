// Files Glidepath writes hold health data: they are created owner-only (0600) whatever the umask,
// and files it reads are refused past the size limit without being read whole.

#include <glidepath/io/format_error.h>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

namespace glidepath::io {
namespace {

namespace fs = std::filesystem;

// Sets the umask for one test and restores it afterwards.
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask) : m_previous(::umask(mask)) {}
    ~ScopedUmask() { ::umask(m_previous); }
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
    mode_t m_previous;
};

mode_t modeOf(const fs::path& path)
{
    struct stat info
    {};
    EXPECT_EQ(::stat(path.c_str(), &info), 0) << path;
    return info.st_mode & 0777;
}

class PrivateFiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() /
                ("glidepath-private-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path m_dir;
};

TEST_F(PrivateFiles, AnExportIsOwnerOnlyUnderUmask000)
{
    const ScopedUmask open(0);
    const fs::path path = m_dir / "library.json";
    writeTextFileAtomically(path.string(), "{}\n");
    EXPECT_EQ(modeOf(path), 0600);
    EXPECT_EQ(readTextFile(path.string()), "{}\n");
}

TEST_F(PrivateFiles, ReplacingAWorldReadableFileMakesItOwnerOnly)
{
    const ScopedUmask open(0);
    const fs::path path = m_dir / "plan.json";
    std::ofstream(path) << "old";
    ::chmod(path.c_str(), 0666);
    writeTextFileAtomically(path.string(), "new");
    EXPECT_EQ(modeOf(path), 0600);
    EXPECT_EQ(readTextFile(path.string()), "new");
}

TEST_F(PrivateFiles, AFileOverTheLimitIsRefusedWithTheLimitNamed)
{
    const fs::path path = m_dir / "big.json";
    std::ofstream(path) << std::string(3000, ' ');
    EXPECT_EQ(readTextFile(path.string(), 3000).size(), 3000U);
    try {
        readTextFile(path.string(), 2 << 10);
        FAIL() << "read a file over the limit";
    } catch (const std::runtime_error& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find(path.string()), std::string::npos) << message;
        EXPECT_NE(message.find("larger than"), std::string::npos) << message;
    }
}

TEST_F(PrivateFiles, AHugeSparseFileIsRefusedWithoutReadingItAll)
{
    const fs::path path = m_dir / "sparse.json";
    std::ofstream(path).close();
    fs::resize_file(path, std::uintmax_t{8} << 30); // 8 GB of holes: reading it all would hang
    EXPECT_THROW(readTextFile(path.string()), std::runtime_error);
}

} // namespace
} // namespace glidepath::io
