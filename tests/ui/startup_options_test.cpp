// The FILE argument the desktop entry passes (%f): a database to open, or a library to import.
#include "application_setup.h"
#include "settings.h"
#include "ui_fixture.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/clients_page.h"
#include "widgets/main/recent_databases.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <filesystem>

namespace {

using namespace glidepath;

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        ADD_FAILURE() << "cannot write " << path.toStdString();
    }
    return path;
}

TEST(StartupFileArgument, ADatabaseFileIsOpenedLikeDatabaseOption)
{
    QTemporaryDir dir;
    const QString db = writeFile(dir, QStringLiteral("practice.db"),
                                 QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0'));
    QString error;
    const auto options = ui::parseCommandLine({QStringLiteral("glidepath"), db}, &error);
    ASSERT_TRUE(options.has_value()) << error.toStdString();
    EXPECT_EQ(options->databasePath, db);
    EXPECT_TRUE(options->libraryFile.isEmpty());
}

TEST(StartupFileArgument, APathThatDoesNotExistIsANewDatabase)
{
    QString error;
    const auto options = ui::parseCommandLine(
        {QStringLiteral("glidepath"), QStringLiteral("/tmp/none/new.db")}, &error);
    ASSERT_TRUE(options.has_value()) << error.toStdString();
    EXPECT_EQ(options->databasePath, QStringLiteral("/tmp/none/new.db"));
}

TEST(StartupFileArgument, ALibraryFileIsOfferedForImportIntoTheUsualDatabase)
{
    QTemporaryDir dir;
    const QString library = writeFile(dir, QStringLiteral("my-exercises.json"),
                                      "\n  {\"format\": \"glidepath-library\", \"exercises\": []}");
    QString error;
    const auto options =
        ui::parseCommandLine({QStringLiteral("glidepath"), QStringLiteral("--database"),
                              QStringLiteral("/tmp/x.db"), library},
                             &error);
    ASSERT_TRUE(options.has_value()) << error.toStdString();
    EXPECT_EQ(options->libraryFile, library);
    EXPECT_EQ(options->databasePath, QStringLiteral("/tmp/x.db"));
}

TEST(StartupFileArgument, TwoDatabasesOrTwoFilesAreAUsageError)
{
    QString error;
    EXPECT_FALSE(ui::parseCommandLine({QStringLiteral("glidepath"), QStringLiteral("--database"),
                                       QStringLiteral("/tmp/a.db"), QStringLiteral("/tmp/b.db")},
                                      &error)
                     .has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("/tmp/b.db"))) << error.toStdString();
    EXPECT_FALSE(ui::parseCommandLine({QStringLiteral("glidepath"), QStringLiteral("/tmp/a.db"),
                                       QStringLiteral("/tmp/b.db")},
                                      &error)
                     .has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("one file"))) << error.toStdString();
}

} // namespace

namespace {

TEST(RecentDatabases, NewestFirstWithoutDuplicatesAndAtMostEight)
{
    QSettings().remove(QStringLiteral("database/recent"));
    for (int i = 0; i < 10; ++i) {
        ui::RecentDatabases::add(QStringLiteral("/tmp/recent-%1.db").arg(i));
    }
    ui::RecentDatabases::add(QStringLiteral("/tmp/recent-5.db"));
    const QStringList paths = ui::RecentDatabases::paths();
    ASSERT_EQ(paths.size(), ui::RecentDatabases::kMaximum);
    EXPECT_EQ(paths.front(), QStringLiteral("/tmp/recent-5.db"));
    EXPECT_EQ(paths.count(QStringLiteral("/tmp/recent-5.db")), 1);
    EXPECT_EQ(paths.at(1), QStringLiteral("/tmp/recent-9.db"));
    EXPECT_FALSE(paths.contains(QStringLiteral("/tmp/recent-0.db")));
}

TEST(RecentDatabases, TheMenuOffersPresentFilesAndGreysOutGoneOnes)
{
    QSettings().remove(QStringLiteral("database/recent"));
    QTemporaryDir dir;
    const QString present = writeFile(dir, QStringLiteral("present.db"), "x");
    ui::RecentDatabases::add(dir.filePath(QStringLiteral("gone.db")));
    ui::RecentDatabases::add(present);
    ui::RecentDatabases recent;
    QString requested;
    QObject::connect(&recent, &ui::RecentDatabases::openRequested,
                     [&requested](const QString& path) { requested = path; });
    emit recent.menu()->aboutToShow();
    const QList<QAction*> actions = recent.menu()->actions();
    ASSERT_GE(actions.size(), 2);
    EXPECT_TRUE(actions.at(0)->isEnabled());
    EXPECT_TRUE(actions.at(0)->text().contains(QStringLiteral("present.db")));
    EXPECT_FALSE(actions.at(1)->isEnabled());
    actions.at(0)->trigger();
    EXPECT_EQ(requested, present);
    QSettings().remove(QStringLiteral("database/recent"));
}

// `glidepath --mode clinician` on a machine where the window was never closed (or on a new
// database) opens as a first start does: on Clients with a new client's profile ready to type.
class FirstStartTest : public glidepath::test::UiTest
{};

TEST_F(FirstStartTest, AFirstStartBuildsOnlyThePageItOpensOn)
{
    // Start-up time: the Library (the page restored otherwise) is not built only to be left.
    context().setMode(ui::AppMode::Clinician);
    ui::MainWindow first(context(), ui::MainWindow::Opening::FirstRun);
    first.show();
    for (auto page : {ui::MainWindow::Page::Library, ui::MainWindow::Page::Clients,
                      ui::MainWindow::Page::Plan, ui::MainWindow::Page::Progress}) {
        EXPECT_FALSE(first.isPageBuilt(page)) << static_cast<int>(page);
    }
    first.startFirstRun();
    EXPECT_EQ(first.currentPage(), ui::MainWindow::Page::Clients);
    EXPECT_TRUE(first.isPageBuilt(ui::MainWindow::Page::Clients));
    EXPECT_FALSE(first.isPageBuilt(ui::MainWindow::Page::Library));
    EXPECT_TRUE(first.clientsPage()->clientTabs()->isCreating());
}

TEST_F(FirstStartTest, ClinicianModeFromTheCommandLineOpensOnANewClientsProfile)
{
    context().setMode(ui::AppMode::Clinician); // as --mode clinician sets it, without asking
    ASSERT_TRUE(ui::isFirstStart(false, false)) << "no page was ever remembered";
    // What runApplication does once the window is shown.
    window().startFirstRun();
    EXPECT_EQ(window().currentPage(), ui::MainWindow::Page::Clients);
    ui::ClientTabs* tabs = window().clientsPage()->clientTabs();
    EXPECT_TRUE(tabs->isCreating());
    EXPECT_EQ(tabs->currentWidget(), tabs->profilePage());
    QWidget* name = tabs->profilePage()->findChild<QWidget*>(QStringLiteral("profileName"));
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), name) << "the name can be typed at once";

    // Closed on a page, the next start opens there, unless the database is a new one.
    window().showPage(ui::MainWindow::Page::Library);
    window().close();
    EXPECT_TRUE(QSettings().contains(ui::settings::kLastPage));
    EXPECT_FALSE(ui::isFirstStart(false, false));
    EXPECT_TRUE(ui::isFirstStart(false, true)) << "a new database";
    EXPECT_TRUE(ui::isFirstStart(true, false)) << "the mode was asked just now";
}

} // namespace

namespace {

using namespace glidepath;

// A clinic server address holding a password (issue 14) is refused before anything is tried: the
// password would end up in settings and the recent list. The message never repeats it, and
// nothing is made for the address.
TEST(StartupClinicServer, AServerAddressWithAPasswordIsRefusedWithoutShowingIt)
{
    QTemporaryDir dir;
    const std::filesystem::path before = std::filesystem::current_path();
    std::filesystem::current_path(dir.path().toStdString());
    const QString address = QStringLiteral("postgresql://anna:secret@db.clinic.example/practice");
    QString error;
    const auto options = ui::parseCommandLine(
        {QStringLiteral("glidepath"), QStringLiteral("--database"), address}, &error);
    ASSERT_TRUE(options.has_value()) << error.toStdString();
    const std::filesystem::path path = ui::chooseDatabasePath(*options);
    try {
        ui::openDatabase(path);
        ADD_FAILURE() << "a server address with a password was opened";
    } catch (const storage::StorageError& e) {
        EXPECT_EQ(e.kind(), storage::StorageError::Kind::Invalid);
        const QString message = ui::describeOpenError(e, QString::fromStdString(path.string()));
        EXPECT_TRUE(message.contains(QStringLiteral("password"))) << message.toStdString();
        EXPECT_TRUE(
            message.contains(QStringLiteral("postgresql://anna@db.clinic.example/practice")))
            << message.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("secret"))) << message.toStdString();
    }
    std::filesystem::current_path(before);
    EXPECT_TRUE(QDir(dir.path()).isEmpty()) << "a file or folder was made for the address";
}

} // namespace

namespace {

using namespace glidepath;

// A database in a folder the user may not write to: the message says so once, in plain words,
// without storage's own wording ("it can be read but not changed from here"), which contradicted
// the advice beside it, and names what to do.
TEST(StartupReadOnly, AReadOnlyDatabaseIsExplainedOnceWithWhatToDo)
{
    const storage::StorageError error(
        storage::StorageError::Kind::ReadOnlyDatabase,
        "cannot write beside the database '/srv/shared/practice.db' (Permission denied); it can "
        "be read but not changed from here");
    const QString message = ui::describeOpenError(error, QStringLiteral("/srv/shared/practice.db"));
    EXPECT_TRUE(message.contains(QStringLiteral("“/srv/shared/practice.db”")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("read-only"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("folder you can write to")))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("can be read but not changed")))
        << message.toStdString();
    EXPECT_EQ(message.count(QStringLiteral("practice.db")), 1) << message.toStdString();
}

} // namespace
