// File ▸ Back Up Database…, File ▸ Restore from Backup…, the daily check and backup, and the
// real CLI beside the real window after Qt has sniffed the database's files.

#include "support/process_runner.h"
#include "ui_fixture.h"
#include "widgets/main/database_menu.h"

#include <glidepath/storage/backup.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>

#include <QMimeDatabase>
#include <QSignalSpy>
#include <QUndoStack>

#include <unistd.h>

using namespace glidepath;

namespace {

bool backupHolds(const QString& path, const std::string& id)
{
    storage::OpenOptions options;
    options.access = storage::Access::ReadOnly;
    const auto db = storage::Database::open(path.toStdString(), options);
    return storage::ExerciseRepository(*db).find(id).has_value();
}

class DatabaseMenuTest : public test::UiTest
{
};

} // namespace

TEST_F(DatabaseMenuTest, BackUpWritesACompleteCopyWhereTheUserChose)
{
    storeCustom("clamshell", "my-clam");
    const QString target = tempPath(QStringLiteral("copy.db"));
    ui::FileDialog::setNextFileName(target);
    action("actionBackUpDatabase")->trigger();
    ASSERT_TRUE(QFileInfo::exists(target));
    EXPECT_TRUE(backupHolds(target, "my-clam"));
}

TEST_F(DatabaseMenuTest, RestoreReplacesTheContentAndEveryViewReloads)
{
    storeCustom("clamshell", "early-clam");
    const QString monday = tempPath(QStringLiteral("monday.db"));
    context().database().backupTo(monday.toStdString());
    storeCustom("pelvic-curl", "late-bridge");
    window();
    QSignalSpy reloaded(&context().changes(), &ui::ChangeNotifier::exercisesChanged);

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(window().databaseMenu()->restoreFrom(monday));
    EXPECT_TRUE(context().exercises().find("early-clam").has_value());
    EXPECT_FALSE(context().exercises().find("late-bridge").has_value());
    EXPECT_GE(reloaded.count(), 1);
    EXPECT_EQ(context().undoStack()->count(), 0);
    const auto kept = storage::listBackups(context().database().path());
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_TRUE(backupHolds(QString::fromStdString(kept[0].path.string()), "late-bridge"));
}

TEST_F(DatabaseMenuTest, ACancelledRestoreChangesNothing)
{
    const QString monday = tempPath(QStringLiteral("monday.db"));
    context().database().backupTo(monday.toStdString());
    storeCustom("pelvic-curl", "late-bridge");
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window().databaseMenu()->restoreFrom(monday));
    EXPECT_TRUE(context().exercises().find("late-bridge").has_value());
    EXPECT_TRUE(storage::listBackups(context().database().path()).empty());
}

TEST_F(DatabaseMenuTest, TheDailyCheckAndBackupRunOffTheWindowOncePerDay)
{
    storeCustom("clamshell", "my-clam");
    QSignalSpy finished(window().databaseMenu(), &ui::DatabaseMenu::dailyBackupFinished);
    window().databaseMenu()->startDailyBackup();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.at(0).at(1).toString().isEmpty()) << finished.at(0).at(1).toString().toStdString();
    const QString made = finished.at(0).at(0).toString();
    ASSERT_FALSE(made.isEmpty());
    EXPECT_TRUE(backupHolds(made, "my-clam"));

    window().databaseMenu()->startDailyBackup();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.at(1).at(0).toString().isEmpty()) << "one backup a day";
}

// Qt's file dialogs sniff the MIME type of every file in the folder they show, opening and
// closing the database, its -wal and its -shm in the app's process: that drops all of SQLite's
// POSIX locks. The CLI must still not be able to write under the app, and must still read.
TEST_F(DatabaseMenuTest, AfterQtSniffsTheDatabaseFilesTheCliCannotWriteButCanRead)
{
    storeCustom("clamshell", "app-clam");
    QMimeDatabase mime;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        mime.mimeTypeForFile(QString::fromStdString(dbPath()) + QLatin1String(suffix),
                             QMimeDatabase::MatchContent);
    }
    const test::EnvironmentChanges env{{"GLIDEPATH_DB", std::nullopt},
                                       {"XDG_DATA_HOME", tempPath(QStringLiteral("xdg")).toStdString()}};
    const std::string exported = tempPath(QStringLiteral("export.json")).toStdString();
    const auto exportResult = test::runProcess(
        GLIDEPATH_CLI_PATH, {"--database", dbPath(), "library", "export", exported}, env);
    ASSERT_EQ(exportResult.exitCode, 0) << exportResult.err;

    const auto import = test::runProcess(
        GLIDEPATH_CLI_PATH, {"--database", dbPath(), "library", "import", exported, "--on-clash",
                             "replace"},
        env);
    EXPECT_EQ(import.exitCode, 1);
    EXPECT_NE(import.err.find("is open in Glidepath (pid " + std::to_string(::getpid()) + ")"),
              std::string::npos)
        << import.err;
    const auto show = test::runProcess(
        GLIDEPATH_CLI_PATH, {"--database", dbPath(), "library", "show", "app-clam"}, env);
    EXPECT_EQ(show.exitCode, 0) << show.err;

    // The app keeps working and keeps everything.
    storeCustom("pelvic-curl", "later-bridge");
    EXPECT_TRUE(context().exercises().find("app-clam").has_value());
    EXPECT_TRUE(context().database().integrityProblems().empty());
}
