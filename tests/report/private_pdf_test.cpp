// Handout PDFs hold health data: they are written owner-only (0600) whatever the umask, also
// when they replace a world-readable file.

#include "report/sample_plan.h"

#include <glidepath/report/handout_renderer.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

namespace glidepath::report {
namespace {

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

mode_t modeOf(const QString& path)
{
    struct stat info
    {};
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
    return info.st_mode & 0777;
}

TEST(PrivatePdf, HomeRoutineAndClinicianSummaryAreOwnerOnlyUnderUmask000)
{
    const ScopedUmask open(0);
    QTemporaryDir dir;
    const QString routine = dir.filePath(QStringLiteral("routine.pdf"));
    const QString summary = dir.filePath(QStringLiteral("summary.pdf"));
    writeHomeRoutinePdf(routine.toStdString(), testing::sampleData(), {});
    writeClinicianSummaryPdf(summary.toStdString(), testing::sampleData(), {}, {});
    EXPECT_EQ(modeOf(routine), 0600U);
    EXPECT_EQ(modeOf(summary), 0600U);
}

TEST(PrivatePdf, ReplacingAWorldReadablePdfMakesItOwnerOnly)
{
    const ScopedUmask open(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("routine.pdf"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther);
    writeHomeRoutinePdf(path.toStdString(), testing::sampleData(), {});
    EXPECT_EQ(modeOf(path), 0600U);
}

} // namespace
} // namespace glidepath::report
