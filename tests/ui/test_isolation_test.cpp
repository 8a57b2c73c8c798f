// The ui_tests processes that run at once on one machine (several checkouts, CI jobs) must not
// share state: a settings file in common lets one run's SetUp clear what another's test just
// saved, and the second fails now and then.

#include <QDir>
#include <QSettings>

#include <gtest/gtest.h>

namespace {

TEST(TestIsolation, SettingsAreKeptInThisProcesssOwnFolder)
{
    const QString own = QDir::cleanPath(qEnvironmentVariable("XDG_CONFIG_HOME"));
    ASSERT_FALSE(own.isEmpty());
    const QString file = QDir::cleanPath(QSettings().fileName());
    EXPECT_TRUE(file.startsWith(own + QLatin1Char('/')))
        << file.toStdString() << " is not under " << own.toStdString();
}

} // namespace
