// The application shell: pages and mode, restored window state, menus that follow what can be
// done, database switching, start-up options and the Progress page.

#include "models/check_in_table_model.h"
#include "models/exercise_table_model.h"
#include "settings.h"
#include "ui_fixture.h"
#include "widgets/library/library_page.h"
#include "widgets/main/about_dialog.h"
#include "widgets/main/document_dialog.h"
#include "widgets/main/mode_dialog.h"
#include "widgets/main/preferences_dialog.h"
#include "widgets/progress/progress_page.h"

#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

#include <fstream>

namespace glidepath::test {
namespace {

using Page = ui::MainWindow::Page;

core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / m / d};
}

class MainWindowTest : public UiTest
{
protected:
    QListWidget* sidebar() { return find<QListWidget>("sidebar"); }
    bool clientsRowHidden() { return sidebar()->isRowHidden(static_cast<int>(Page::Clients)); }
};

TEST_F(MainWindowTest, OpeningTheWindowReadsAPageOfTheLibraryNotAllOfIt)
{
    // A large library: start-up must not read it all (once for the table, the editor's pickers,
    // the check-in form and the progress names, as it once did).
    const core::Exercise base = context().exercises().find("clamshell").value();
    std::vector<core::Exercise> many;
    for (int i = 0; i < 3000; ++i) {
        core::Exercise e = base;
        e.id = "bulk-" + std::to_string(i);
        e.name = "Bulk drill " + std::to_string(i);
        e.builtin = false;
        e.easier.clear();
        e.harder.clear();
        many.push_back(std::move(e));
    }
    context().exercises().importExercises(many, storage::ClashPolicy::Fail);
    const int stored = context().exercises().count(false);
    const std::size_t before = context().exercises().rowsRead();

    window();
    QApplication::processEvents();
    const std::size_t read = context().exercises().rowsRead() - before;
    EXPECT_LE(read, static_cast<std::size_t>(2 * ui::ExerciseTableModel::kBlockRows + 8))
        << "rows read to open the window";
    auto* library = window().libraryPage();
    EXPECT_EQ(library->model()->rowCount(), stored) << "the true count, past 500";
    EXPECT_TRUE(find<QLabel>("libraryCount")->text().contains(QString::number(stored)));
    // Every page can be opened.
    for (Page page : {Page::Clients, Page::Plan, Page::Progress, Page::Library}) {
        window().showPage(page);
    }
}

TEST_F(MainWindowTest, SidebarSwitchesPages)
{
    EXPECT_EQ(window().currentPage(), Page::Library);
    sidebar()->setCurrentRow(static_cast<int>(Page::Progress));
    EXPECT_EQ(window().currentPage(), Page::Progress);
    action("actionPage3")->trigger(); // Ctrl+3
    EXPECT_EQ(window().currentPage(), Page::Plan);
    EXPECT_EQ(sidebar()->currentRow(), static_cast<int>(Page::Plan));
    EXPECT_TRUE(find<QWidget>("planToolBar")->isVisible());
    EXPECT_FALSE(find<QWidget>("libraryToolBar")->isVisible());
}

TEST_F(MainWindowTest, OnlyThePageShownIsBuiltAtStartTheOthersWhenFirstShown)
{
    // Start-up time and memory: the window opens with the page it shows, not all four.
    EXPECT_EQ(window().currentPage(), Page::Library);
    EXPECT_TRUE(window().isPageBuilt(Page::Library));
    for (Page page : {Page::Clients, Page::Plan, Page::Progress}) {
        EXPECT_FALSE(window().isPageBuilt(page)) << static_cast<int>(page);
    }
    EXPECT_EQ(window().findChild<QWidget*>(QStringLiteral("clientSearch")), nullptr);
    EXPECT_FALSE(action("actionPrint")->isEnabled()) << "no plan shown yet";

    sidebar()->setCurrentRow(static_cast<int>(Page::Progress));
    EXPECT_TRUE(window().isPageBuilt(Page::Progress));
    EXPECT_EQ(window().currentPage(), Page::Progress);
    action("actionPage2")->trigger(); // Ctrl+2
    EXPECT_TRUE(window().isPageBuilt(Page::Clients));
    EXPECT_NE(find<QWidget>("clientSearch"), nullptr);
    EXPECT_FALSE(window().isPageBuilt(Page::Plan));
    // Edit ▸ Find on the Clients page goes to its search, as before.
    action("actionFind")->trigger();
    EXPECT_EQ(window().currentPage(), Page::Clients);
}

TEST_F(MainWindowTest, TheLastClientIsChosenAgainWithoutOpeningTheClientsPage)
{
    storage::ClientRecord client;
    client.profile.name = "Ada";
    client.profile.conditions = {core::Condition::PatellofemoralPain};
    answerScreening(client);
    const std::int64_t id = context().clients().create(client);
    window();
    context().setCurrentClientId(id); // chosen on any page is remembered
    closeWindow();
    context().setCurrentClientId(-1);

    window();
    EXPECT_EQ(context().currentClientId(), id);
    EXPECT_FALSE(window().isPageBuilt(Page::Clients));
    // The pages built later start with that client.
    window().showPage(Page::Progress);
    EXPECT_EQ(find<QLabel>("progressTitle")->text(), QStringLiteral("Progress of Ada"));
    window().showPage(Page::Clients);
    const QModelIndexList selected =
        find<QTableView>("clientList")->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
}

TEST_F(MainWindowTest, PersonalModeHidesClientsAndWorksOnThePersonalProfile)
{
    EXPECT_FALSE(clientsRowHidden());
    window().showPage(Page::Clients);
    ASSERT_EQ(window().currentPage(), Page::Clients);

    ui::PreferencesDialog::setNextAnswer(ui::AppMode::Personal);
    window().editPreferences();
    EXPECT_EQ(context().mode(), ui::AppMode::Personal);
    EXPECT_TRUE(clientsRowHidden());
    EXPECT_FALSE(window().isPageAvailable(Page::Clients));
    EXPECT_NE(window().currentPage(), Page::Clients) << "left the hidden page";
    EXPECT_EQ(ui::settings::savedMode(), ui::AppMode::Personal) << "remembered for next time";
    const auto personal = context().clients().find(context().currentClientId());
    ASSERT_TRUE(personal.has_value());
    EXPECT_TRUE(personal->personal);
    window().showPage(Page::Clients);
    EXPECT_NE(window().currentPage(), Page::Clients) << "cannot be reached by shortcut either";
    EXPECT_TRUE(find<QLabel>("databaseLabel")->text().contains(QStringLiteral("Personal")));

    ui::PreferencesDialog::setNextAnswer(std::nullopt); // cancelled: nothing changes
    window().editPreferences();
    EXPECT_EQ(context().mode(), ui::AppMode::Personal);

    ui::PreferencesDialog::setNextAnswer(ui::AppMode::Clinician);
    window().editPreferences();
    EXPECT_FALSE(clientsRowHidden());
    EXPECT_EQ(context().currentClientId(), -1);
}

TEST_F(MainWindowTest, WindowGeometryAndLastPageAreRestored)
{
    window().resize(1111, 777);
    window().showPage(Page::Progress);
    window().close();
    closeWindow();

    EXPECT_EQ(window().currentPage(), Page::Progress);
    EXPECT_EQ(window().size(), QSize(1111, 777));
}

TEST_F(MainWindowTest, AFirstStartOnASmallScreenTakesAllOfItSoThePagesFit)
{
    // The offscreen screen (800×800) is smaller than the pages are laid out for: 92 % of it
    // would cut them off, so a first start takes all of it (no less than the window's minimum).
    closeWindow();
    QSettings().remove(ui::settings::kGeometry);
    const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size();
    ASSERT_LT(available.width() * 0.92, 1024) << "the test needs a small screen";
    EXPECT_GE(window().width(), available.width());
    EXPECT_EQ(window().height(), available.height());
}

TEST_F(MainWindowTest, ALastPageHiddenByTheModeIsNotRestored)
{
    window().showPage(Page::Clients);
    window().close();
    closeWindow();
    context().setMode(ui::AppMode::Personal);
    EXPECT_EQ(window().currentPage(), Page::Library);
}

TEST_F(MainWindowTest, AFirstStartInPersonalModeOpensOnThePlan)
{
    closeWindow();
    QSettings().remove(ui::settings::kLastPage);
    context().setMode(ui::AppMode::Personal);
    EXPECT_EQ(window().currentPage(), Page::Plan) << "a person at home starts at their own plan";
}

TEST_F(MainWindowTest, PrintAndPdfNeedAPlan)
{
    EXPECT_FALSE(action("actionPrint")->isEnabled());
    EXPECT_FALSE(action("actionExportPdf")->isEnabled());
}

TEST_F(MainWindowTest, PrintAndPdfWorkBeforeThePlanPageIsShown)
{
    storage::ClientRecord client;
    client.profile.name = "Bea";
    client.profile.conditions = {core::Condition::PatellofemoralPain};
    answerScreening(client);
    const std::int64_t id = context().clients().create(client);
    core::Plan plan;
    plan.weekStart = day(2025, 3, 3);
    for (int d = 0; d < 7; ++d) {
        plan.days.push_back({plan.weekStart + std::chrono::days{d}, core::DayKind::Rest, 0, {}});
    }
    context().clients().savePlan(id, plan);
    window();
    context().setCurrentClientId(id);

    // The window opens on the Library: the Plan page is not built, yet the newest saved plan
    // can be printed from the start.
    ASSERT_FALSE(window().isPageBuilt(Page::Plan));
    EXPECT_TRUE(action("actionPrint")->isEnabled());
    EXPECT_TRUE(action("actionExportPdf")->isEnabled());

    // A red flag answered yes at a check-in supersedes it: not handed out, and the tooltip says
    // why.
    core::CheckIn checkIn;
    checkIn.date = day(2025, 3, 9);
    checkIn.redFlags = {core::RedFlag::LockedKnee};
    context().clients().addCheckIn(id, checkIn);
    emit context().changes().checkInsChanged(id);
    EXPECT_FALSE(window().isPageBuilt(Page::Plan));
    EXPECT_FALSE(action("actionPrint")->isEnabled());
    EXPECT_TRUE(action("actionPrint")->toolTip().contains(QStringLiteral("superseded")));

    // Another client without a plan: nothing to print.
    storage::ClientRecord other;
    other.profile.name = "Cal";
    other.profile.conditions = {core::Condition::GeneralKneePain};
    answerScreening(other);
    context().setCurrentClientId(context().clients().create(other));
    EXPECT_FALSE(action("actionExportPdf")->isEnabled());
    EXPECT_FALSE(window().isPageBuilt(Page::Plan));
}

TEST_F(MainWindowTest, ExerciseActionsFollowTheSelection)
{
    window().libraryPage()->selectExercise("clamshell");
    EXPECT_TRUE(action("actionDuplicateExercise")->isEnabled());
    EXPECT_FALSE(action("actionDeleteExercise")->isEnabled()) << "built-in";
    action("actionDuplicateExercise")->trigger();
    EXPECT_EQ(window().libraryPage()->currentExerciseId(), "clamshell-copy");
    EXPECT_TRUE(action("actionDeleteExercise")->isEnabled());
}

TEST_F(MainWindowTest, StandardShortcutsAreBound)
{
    EXPECT_EQ(action("actionUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(action("actionRedo")->shortcut(), QKeySequence(QKeySequence::Redo));
    EXPECT_EQ(action("actionOpenDatabase")->shortcut(), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(action("actionPrint")->shortcut(), QKeySequence(QKeySequence::Print));
    EXPECT_EQ(action("actionQuit")->shortcut(), QKeySequence(QKeySequence::Quit));
    EXPECT_EQ(action("actionNewExercise")->shortcut(), QKeySequence(QKeySequence::New));
    EXPECT_EQ(action("actionFind")->shortcut(), QKeySequence(QKeySequence::Find));
}

TEST_F(MainWindowTest, OpeningAnotherDatabaseSwitchesEverythingAndClearsUndo)
{
    window().libraryPage()->selectExercise("clamshell");
    action("actionDuplicateExercise")->trigger();
    ASSERT_EQ(context().undoStack()->count(), 1);

    const QString other = tempPath(QStringLiteral("other.db"));
    ui::FileDialog::setNextFileName(other);
    window().newDatabase();
    EXPECT_EQ(QString::fromStdString(context().database().path().string()), other);
    EXPECT_EQ(context().undoStack()->count(), 0);
    EXPECT_FALSE(context().exercises().find("clamshell-copy").has_value());
    EXPECT_GT(window().libraryPage()->model()->rowCount(), 50) << "seeded with the built-ins";
    EXPECT_TRUE(window().windowTitle().contains(QStringLiteral("other.db")));

    // A file that is not a Glidepath database is refused, left untouched, and nothing changes.
    const QString foreign = tempPath(QStringLiteral("notes.db"));
    {
        std::ofstream out(foreign.toStdString());
        out << "shopping list\n";
    }
    ui::FileDialog::setNextFileName(foreign);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    window().openDatabase();
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("not a Glidepath database")));
    EXPECT_EQ(QString::fromStdString(context().database().path().string()), other);
    QFile file(foreign);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("shopping list\n"));
}

TEST_F(MainWindowTest, ExportThenImportALibraryRoundTripsAndUndoes)
{
    core::Exercise custom = storeCustom("clamshell", "my-clamshell");
    emit context().changes().exercisesChanged();
    const QString file = tempPath(QStringLiteral("mine.json"));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes); // "My exercises"
    ui::FileDialog::setNextFileName(file);
    window().exportLibrary();
    ASSERT_TRUE(QFile::exists(file));

    context().exercises().remove(custom.id);
    emit context().changes().exercisesChanged();
    ui::FileDialog::setNextFileName(file);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok); // the summary
    window().importLibrary();
    EXPECT_EQ(context().exercises().find(custom.id), custom);
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("Added 1")));

    action("actionUndo")->trigger();
    EXPECT_FALSE(context().exercises().find(custom.id).has_value());
}

TEST_F(MainWindowTest, ABrokenLibraryFileIsRefusedWithItsProblems)
{
    const QString file = tempPath(QStringLiteral("broken.json"));
    {
        std::ofstream out(file.toStdString());
        out << R"({"format": "glidepath-library", "version": 1, "library_version": 1,
                   "exercises": [{"id": "Bad Id"}]})";
    }
    const int before = context().exercises().count();
    ui::FileDialog::setNextFileName(file);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    window().importLibrary();
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("/exercises/0")))
        << ui::MessageBox::lastText().toStdString();
    EXPECT_EQ(context().exercises().count(), before);
}

TEST_F(MainWindowTest, AboutSaysPlainlyThatItIsNotMedicalAdvice)
{
    const QString text = ui::AboutDialog::disclaimer();
    EXPECT_TRUE(text.contains(QStringLiteral("does not diagnose")));
    EXPECT_TRUE(text.contains(QStringLiteral("not a substitute")));
}

TEST_F(MainWindowTest, ProgressPageShowsTheCurrentClientsCheckIns)
{
    auto* progress = window().progressPage();
    EXPECT_EQ(progress->model()->rowCount(), 0);
    EXPECT_EQ(find<QLabel>("progressEmptyTitle")->text(), QStringLiteral("No client selected"));

    storage::ClientRecord client;
    client.profile.name = "Ada";
    client.profile.conditions = {core::Condition::PatellofemoralPain};
    const std::int64_t id = context().clients().create(client);
    core::CheckIn week1;
    week1.date = core::Date{std::chrono::year{2025} / 2 / 24};
    week1.painExercise = 5;
    week1.adherence = 0.5;
    core::CheckIn week2 = week1;
    week2.date = core::Date{std::chrono::year{2025} / 3 / 3};
    week2.painExercise = 3;
    week2.adherence = 1.0;
    context().clients().addCheckIn(id, week1);
    context().clients().addCheckIn(id, week2);
    context().setCurrentClientId(id);

    EXPECT_EQ(progress->model()->rowCount(), 2);
    const QString summary = progress->summaryText();
    EXPECT_TRUE(summary.contains(QStringLiteral("3/10, down from 5"))) << summary.toStdString();
    // No plan was ever saved: the check-ins' figures count no planned sessions (issue 13).
    EXPECT_FALSE(summary.contains(QStringLiteral("75%"))) << summary.toStdString();
}

TEST_F(MainWindowTest, HelpShowsTheClinicalRulesBuiltIntoTheApp)
{
    const ui::DocumentDialog rules(QStringLiteral("Clinical rules"),
                                   QStringLiteral(":/docs/clinical-rules.md"));
    EXPECT_TRUE(rules.hasDocument());
    EXPECT_FALSE(rules.browser()->toPlainText().isEmpty());
    const ui::DocumentDialog missing(QStringLiteral("Missing"), QStringLiteral(":/docs/none.md"));
    EXPECT_FALSE(missing.hasDocument());
    EXPECT_TRUE(missing.browser()->toPlainText().contains(QStringLiteral("not included")));
}

TEST(StartupOptions, ParsesDatabaseAndMode)
{
    QString error;
    const auto options = ui::parseCommandLine(
        {QStringLiteral("glidepath"), QStringLiteral("--database"), QStringLiteral("/tmp/x.db"),
         QStringLiteral("--mode"), QStringLiteral("personal")},
        &error);
    ASSERT_TRUE(options.has_value()) << error.toStdString();
    EXPECT_EQ(options->databasePath, QStringLiteral("/tmp/x.db"));
    EXPECT_EQ(options->mode, ui::AppMode::Personal);
    EXPECT_EQ(ui::chooseDatabasePath(*options), std::filesystem::path("/tmp/x.db"));

    EXPECT_FALSE(
        ui::parseCommandLine(
            {QStringLiteral("glidepath"), QStringLiteral("--mode"), QStringLiteral("boss")}, &error)
            .has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("boss")));
}

TEST(StartupOptions, EnvironmentThenDefaultWhenNoOption)
{
    QSettings().remove(ui::settings::kLastDatabase);
    qputenv("GLIDEPATH_DB", "/tmp/from-env.db");
    EXPECT_EQ(ui::chooseDatabasePath({}), std::filesystem::path("/tmp/from-env.db"));
    qunsetenv("GLIDEPATH_DB");
    EXPECT_EQ(ui::chooseDatabasePath({}), storage::defaultDatabasePath());
}

TEST(FirstRun, TheModeQuestionCanBeAnsweredByTests)
{
    ui::ModeDialog::setNextAnswer(ui::AppMode::Personal);
    EXPECT_EQ(ui::ModeDialog::ask(), ui::AppMode::Personal);
    ui::ModeDialog dialog;
    EXPECT_FALSE(dialog.choice().has_value());
    EXPECT_NE(dialog.findChild<QWidget*>(QStringLiteral("clinicianModeButton")), nullptr);
    EXPECT_NE(dialog.findChild<QWidget*>(QStringLiteral("personalModeButton")), nullptr);
}

} // namespace
} // namespace glidepath::test
