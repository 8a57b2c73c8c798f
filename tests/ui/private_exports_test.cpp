// The progress CSV exports hold health data: written owner-only (0600) whatever the umask.

#include "models/progress_csv.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

namespace glidepath::ui {
namespace {

mode_t modeOf(const QString& path)
{
    struct stat info
    {};
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
    return info.st_mode & 0777;
}

TEST(PrivateExports, CsvIsOwnerOnlyUnderUmask000EvenOverAWorldReadableFile)
{
    const mode_t previous = ::umask(0);
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("logs.csv"));
    EXPECT_TRUE(writeTextFile(fresh, QStringLiteral("a,b\r\n")).isEmpty());
    const QString existing = dir.filePath(QStringLiteral("checkins.csv"));
    {
        QFile old(existing);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    }
    QFile::setPermissions(existing, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther | QFileDevice::WriteOther);
    EXPECT_TRUE(writeTextFile(existing, QStringLiteral("c\r\n")).isEmpty());
    ::umask(previous);
    EXPECT_EQ(modeOf(fresh), 0600U);
    EXPECT_EQ(modeOf(existing), 0600U);
}

} // namespace
} // namespace glidepath::ui
