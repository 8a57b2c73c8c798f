// One QApplication for the whole ui_tests binary (gtest_main owns main(), so it is made by a
// GoogleTest environment registered at static-initialisation time). Settings and data go to a
// fresh temporary folder of this process, never to the user's real configuration nor to a file
// another test process shares.

#include "application_setup.h"
#include "language.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

namespace {

class QtEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        m_home = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(m_home->isValid());
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
        qunsetenv("GLIDEPATH_DB");
        QStandardPaths::setTestModeEnabled(true);
        // Test mode alone puts QSettings in ~/.qttest/config, one file for every ui_tests process
        // on the machine: another run's SetUp (QSettings().clear()) or window then removes or
        // changes what a test just saved (the mode, the last page, the editor's width). Each
        // process keeps its own, in its temporary folder, before any QSettings is made.
        const QString config = m_home->filePath(QStringLiteral("config"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
        m_app = std::make_unique<QApplication>(m_argc, m_argv);
        QApplication::setOrganizationName(QStringLiteral("GlidepathTests"));
        QApplication::setApplicationName(QStringLiteral("ui_tests"));
        QSettings().clear();
        // The English the app shows: its plural forms ("1 session", "2 sessions") come from the
        // English translation file, which the app loads at start as it does any other language.
        glidepath::ui::initResources();
        glidepath::ui::language::saveChoice(QStringLiteral("en"));
        glidepath::ui::language::install(*m_app);
        QSettings().clear();
    }

    void TearDown() override
    {
        m_app.reset();
        m_home.reset();
    }

private:
    int m_argc = 1;
    char m_name[9] = "ui_tests";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QApplication> m_app;
};

[[maybe_unused]] ::testing::Environment* const qtEnvironment =
    ::testing::AddGlobalTestEnvironment(new QtEnvironment);

} // namespace
