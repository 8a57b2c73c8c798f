// The desktop in German: the language choice, and the main window started with the German
// translation (the copy compiled into the program) showing German labels and exercise names.

#include "application_setup.h"
#include "commands/undo_command.h"
#include "exercise_language.h"
#include "language.h"
#include "models/plan_model.h"
#include "ui/ui_fixture.h"
#include "widgets/common/message_box.h"
#include "widgets/library/library_page.h"
#include "widgets/main/main_window.h"
#include "widgets/main/preferences_dialog.h"
#include "widgets/plan/plan_page.h"

#include <glidepath/core/text_fold.h>
#include <glidepath/io/library_format.h>
#include <glidepath/report/handout_renderer.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/database_lock.h>
#include <glidepath/storage/storage_error.h>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>

#include <fstream>
#include <functional>

namespace glidepath::test {
namespace {

TEST(Language, FollowsTheSystemUnlessPreferencesSayOtherwise)
{
    using ui::language::resolve;
    EXPECT_EQ(resolve({}, {QStringLiteral("de-DE"), QStringLiteral("en-US")}),
              QStringLiteral("de"));
    EXPECT_EQ(resolve({}, {QStringLiteral("de_AT")}), QStringLiteral("de"));
    EXPECT_EQ(resolve({}, {QStringLiteral("fr-FR"), QStringLiteral("de-DE")}), QStringLiteral("de"))
        << "the first language we have wins";
    EXPECT_EQ(resolve({}, {QStringLiteral("en-GB"), QStringLiteral("de-DE")}),
              QStringLiteral("en"));
    EXPECT_EQ(resolve({}, {QStringLiteral("fr-FR")}), QStringLiteral("en"));
    EXPECT_EQ(resolve(QStringLiteral("en"), {QStringLiteral("de-DE")}), QStringLiteral("en"));
    EXPECT_EQ(resolve(QStringLiteral("de"), {QStringLiteral("en-US")}), QStringLiteral("de"));
}

class GermanUi : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        ASSERT_TRUE(m_translator.load(QStringLiteral(":/i18n/glidepath_de.qm")))
            << "the German translation is compiled into the program";
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    void TearDown() override
    {
        UiTest::TearDown();
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }

    QTranslator m_translator;
};

TEST_F(GermanUi, MainWindowShowsGermanLabels)
{
    ui::MainWindow& w = window();
    QStringList menus;
    for (QAction* action : w.menuBar()->actions()) {
        menus << action->text();
    }
    EXPECT_TRUE(menus.contains(QStringLiteral("&Datei"))) << menus.join(u',').toStdString();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Bearbeiten")));
    EXPECT_TRUE(menus.contains(QStringLiteral("&Hilfe")));

    auto* sidebar = w.findChild<QListWidget*>(QStringLiteral("sidebar"));
    ASSERT_NE(sidebar, nullptr);
    QStringList pages;
    for (int i = 0; i < sidebar->count(); ++i) {
        pages << sidebar->item(i)->text();
    }
    EXPECT_TRUE(pages.contains(QStringLiteral("Bibliothek"))) << pages.join(u',').toStdString();
    EXPECT_TRUE(pages.contains(QStringLiteral("Klienten")));
    EXPECT_TRUE(pages.contains(QStringLiteral("Verlauf")));

    // Built-in exercises are listed by their German names.
    auto* table = w.findChild<QTableView*>(QStringLiteral("libraryTable"));
    ASSERT_NE(table, nullptr);
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        names << table->model()->index(row, 0).data().toString();
    }
    EXPECT_TRUE(names.contains(QStringLiteral("Clamshell (Muschel)")))
        << names.mid(0, 10).join(u',').toStdString();
    EXPECT_FALSE(names.contains(QStringLiteral("Clamshell")));
    EXPECT_EQ(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
}

// German runs longer than English: the exercise editor must still fit its part of the Library
// page at the usual laptop sizes, with no sideways scrolling of the form. Each size starts with
// nothing remembered (a division saved at another size is the user's own and kept).
void expectEditorFitsWithoutSidewaysScrolling(const std::function<ui::MainWindow&()>& open,
                                              const std::function<void()>& close)
{
    for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
        SCOPED_TRACE(size.width());
        close();
        QSettings().clear();
        ui::MainWindow& w = open();
        w.resize(size);
        w.showPage(ui::MainWindow::Page::Library);
        // A strength exercise with a band, and a walk (its kept-up timing row).
        for (const char* id : {"clamshell", "brisk-walk"}) {
            SCOPED_TRACE(id);
            w.libraryPage()->selectExercise(id);
            QCoreApplication::processEvents();
            auto* scroll = w.findChild<QScrollArea*>(QStringLiteral("exerciseEditorScroll"));
            ASSERT_NE(scroll, nullptr);
            ASSERT_TRUE(scroll->isVisible());
            EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible())
                << "form " << scroll->widget()->minimumSizeHint().width() << " px in "
                << scroll->viewport()->width() << " px";
        }
    }
    close();
}

TEST_F(GermanUi, TheExerciseEditorNeedsNoSidewaysScrolling)
{
    expectEditorFitsWithoutSidewaysScrolling([this]() -> ui::MainWindow& { return window(); },
                                             [this] { closeWindow(); });
}

TEST_F(GermanUi, TheExerciseEditorsTitleIsTheGermanName)
{
    ui::MainWindow& w = window();
    w.showPage(ui::MainWindow::Page::Library);
    w.libraryPage()->selectExercise("clamshell");
    QCoreApplication::processEvents();
    auto* title = w.findChild<QLabel*>(QStringLiteral("exerciseTitle"));
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->text(), QStringLiteral("Clamshell (Muschel)"));
}

class EnglishUi : public UiTest
{};

TEST_F(EnglishUi, TheExerciseEditorNeedsNoSidewaysScrolling)
{
    expectEditorFitsWithoutSidewaysScrolling([this]() -> ui::MainWindow& { return window(); },
                                             [this] { closeWindow(); });
}

// Storage words its errors in English; inside a German message the detail is German too: a
// failed save or undo, a database that cannot be opened, with the program holding it named.
TEST_F(GermanUi, StorageErrorDetailsAreGerman)
{
    const storage::StorageError io(storage::StorageError::Kind::Io,
                                   "cannot write the database \"x.db\": Input/output error");
    const QString saveFailure = ui::command::describeFailure(io);
    EXPECT_TRUE(saveFailure.startsWith(QStringLiteral("Die Datenbank konnte nicht geschrieben "
                                                      "werden (")))
        << saveFailure.toStdString();
    EXPECT_FALSE(saveFailure.contains(QStringLiteral("cannot"))) << saveFailure.toStdString();
    EXPECT_FALSE(saveFailure.contains(QStringLiteral("Input/output"))) << saveFailure.toStdString();

    const storage::StorageError gone(storage::StorageError::Kind::NotFound, "no client 7");
    EXPECT_FALSE(ui::command::describeFailure(gone).contains(QStringLiteral("no client")));
    const storage::StorageError conflict(storage::StorageError::Kind::Conflict,
                                         "an exercise with the id \"bridge\" exists");
    const QString clash = ui::command::describeFailure(conflict);
    EXPECT_FALSE(clash.contains(QStringLiteral("exists"))) << clash.toStdString();
    EXPECT_TRUE(clash.endsWith(QLatin1Char('.'))) << "a whole sentence: " << clash.toStdString();

    // A database another program holds: the start-up message names that program in German.
    const std::filesystem::path database = tempPath(QStringLiteral("held.db")).toStdString();
    storage::Database::open(database);
    const auto held =
        storage::DatabaseLock::acquire(database, "glidepath-cli", std::chrono::milliseconds(0));
    try {
        storage::DatabaseLock::acquire(database, "Glidepath", std::chrono::milliseconds(0));
        ADD_FAILURE() << "the database was not held";
    } catch (const storage::StorageError& error) {
        ASSERT_EQ(error.kind(), storage::StorageError::Kind::Locked);
        const QString message =
            ui::describeOpenError(error, QString::fromStdString(database.string()));
        EXPECT_TRUE(message.contains(
            QStringLiteral("glidepath-cli (Prozess %1)").arg(QCoreApplication::applicationPid())))
            << message.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("cannot be changed")))
            << message.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("is open in"))) << message.toStdString();
    }
}

// The Library searches and sorts by the German names it shows; English words still find.
TEST_F(GermanUi, LibrarySearchesAndSortsByTheGermanNames)
{
    ui::MainWindow& w = window();
    w.showPage(ui::MainWindow::Page::Library);
    auto* table = w.findChild<QTableView*>(QStringLiteral("libraryTable"));
    auto* search = w.findChild<QLineEdit*>(QStringLiteral("librarySearch"));
    ASSERT_NE(table, nullptr);
    ASSERT_NE(search, nullptr);
    const auto names = [&] {
        QStringList shown;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            shown << table->model()->index(row, 0).data().toString();
        }
        return shown;
    };
    // Listed by name as a German reader expects: Ä with A, ß as ss, any case.
    const QStringList all = names();
    ASSERT_GT(all.size(), 10);
    for (qsizetype i = 1; i < all.size(); ++i) {
        EXPECT_LE(core::foldForSorting(all[i - 1].toStdString()),
                  core::foldForSorting(all[i].toStdString()))
            << all[i - 1].toStdString() << " / " << all[i].toStdString();
    }
    const auto searchFor = [&](const QString& text) {
        // Typed as a whole: QTest types ASCII keys only, and "ü" or "ß" is none.
        search->setText(text);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !w.libraryPage()->searchPending(); }, kLongWaitMs));
        return names();
    };
    QStringList found = searchFor(QStringLiteral("Muschel"));
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.front(), QStringLiteral("Clamshell (Muschel)"));
    found = searchFor(QStringLiteral("Brücke"));
    ASSERT_FALSE(found.isEmpty());
    EXPECT_TRUE(found.front().startsWith(QStringLiteral("Brücke"))) << found.front().toStdString();
    found = searchFor(QStringLiteral("Gesäßmuskel"));
    EXPECT_FALSE(found.isEmpty());
    found = searchFor(QStringLiteral("clamshell"));
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.front(), QStringLiteral("Clamshell (Muschel)"));
}

// A library file with broken JSON, imported in a German session: the message names the line and
// column and says what is wrong in German, with none of the JSON parser's English words.
TEST_F(GermanUi, ABadImportFileIsExplainedInGerman)
{
    const QString file = tempPath(QStringLiteral("kaputt.json"));
    std::ofstream(file.toStdString())
        << "{\n  \"format\": \"glidepath-library\",\n  \"version\": 3\n"
           "  \"exercises\": []\n}\n";
    const int before = context().exercises().count();
    ui::FileDialog::setNextFileName(file);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    window().importLibrary();
    const QString text = ui::MessageBox::lastText();
    EXPECT_TRUE(text.contains(QStringLiteral("Zeile 4, Spalte 3: Fehler im JSON-Aufbau bei einem "
                                             "Objekt: ein Text in Anführungszeichen steht hier "
                                             "unerwartet")))
        << text.toStdString();
    for (const char* english : {"syntax error", "expected", "line ", "while parsing"}) {
        EXPECT_FALSE(text.contains(QLatin1String(english)))
            << english << ": " << text.toStdString();
    }
    EXPECT_EQ(context().exercises().count(), before);

    // A file that is not there: the reason in German too.
    ui::FileDialog::setNextFileName(tempPath(QStringLiteral("fehlt.json")));
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    window().importLibrary();
    EXPECT_TRUE(ui::MessageBox::lastText().contains(
        QStringLiteral("fehlt.json“ kann nicht gelesen werden: diese Datei oder "
                       "diesen Ordner gibt es nicht")))
        << ui::MessageBox::lastText().toStdString();
}

TEST_F(GermanUi, PreferencesOfferTheLanguagesInTheirOwnNames)
{
    ui::PreferencesDialog dialog(ui::AppMode::Clinician);
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    ASSERT_NE(combo, nullptr);
    ASSERT_EQ(combo->count(), 3);
    EXPECT_EQ(combo->itemText(0), QStringLiteral("Systemstandard"));
    EXPECT_EQ(combo->itemText(1), QStringLiteral("English"));
    EXPECT_EQ(combo->itemText(2), QStringLiteral("Deutsch"));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Einstellungen"));
}

// With GLIDEPATH_SCREENSHOTS=folder: the main pages in German at 1280×800, the Preferences dialog
// and pages 1 and 3 of a German home routine (pdftoppm), as docs/images/*-de.png.
TEST_F(GermanUi, Screenshots)
{
    const QString folder = qEnvironmentVariable("GLIDEPATH_SCREENSHOTS");
    if (folder.isEmpty()) {
        GTEST_SKIP() << "set GLIDEPATH_SCREENSHOTS to a folder to save them";
    }
    // Settings of its own: a Library division or editor width remembered by another test (at
    // another window size) would be restored here and shape the pictures.
    QTemporaryDir settingsDir;
    ASSERT_TRUE(settingsDir.isValid());
    const QString sharedSettings = qEnvironmentVariable("XDG_CONFIG_HOME");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    const auto restoreSettings = qScopeGuard(
        [&] { QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, sharedSettings); });
    closeWindow();
    context().setMode(ui::AppMode::Clinician);
    storage::ClientRecord record;
    record.profile.name = "Erika Muster";
    record.profile.conditions = {core::Condition::PatellofemoralPain};
    record.profile.goals = {core::Goal::Stairs, core::Goal::Walking};
    record.profile.equipment = {core::Equipment::Mat, core::Equipment::Band, core::Equipment::Step,
                                core::Equipment::Chair};
    record.profile.sessionsPerWeek = 3;
    record.profile.minutesPerSession = 30;
    record.profile.age = 54;
    answerScreening(record);
    const qint64 id = context().clients().create(record);
    emit context().changes().clientsChanged();
    context().setCurrentClientId(id);

    ui::MainWindow& w = window();
    w.resize(1280, 800);
    w.show();
    auto save = [&](const QString& name) {
        QCoreApplication::processEvents();
        EXPECT_TRUE(w.grab().save(folder + QLatin1Char('/') + name)) << name.toStdString();
    };
    w.showPage(ui::MainWindow::Page::Library);
    w.libraryPage()->selectExercise("clamshell");
    save(QStringLiteral("library-de.png"));
    // A search in German words, as a German user types it.
    auto* search = w.findChild<QLineEdit*>(QStringLiteral("librarySearch"));
    ASSERT_NE(search, nullptr);
    search->setText(QStringLiteral("Brücke"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !w.libraryPage()->searchPending(); }, kLongWaitMs));
    save(QStringLiteral("library-search-de.png"));
    search->clear();
    w.showPage(ui::MainWindow::Page::Clients);
    save(QStringLiteral("clients-de.png"));
    w.showPage(ui::MainWindow::Page::Plan);
    auto* planButton = w.planPage()->findChild<QPushButton*>(QStringLiteral("planNextWeekButton"));
    ASSERT_NE(planButton, nullptr);
    QTest::mouseClick(planButton, Qt::LeftButton);
    save(QStringLiteral("plan-de.png"));
    w.showPage(ui::MainWindow::Page::Progress);
    save(QStringLiteral("progress-de.png"));

    ui::PreferencesDialog preferences(ui::AppMode::Clinician);
    preferences.show();
    QCoreApplication::processEvents();
    preferences.grab().save(folder + QStringLiteral("/preferences-de.png"));

    // The handout as the desktop makes it: German names, steps and cues.
    core::Plan plan = w.planPage()->draftModel()->plan();
    ASSERT_FALSE(plan.days.empty());
    ui::localizePlanNames(plan);
    std::vector<core::Exercise> exercises = io::builtinLibrary().exercises;
    ui::localizeExercises(exercises);
    report::HandoutOptions options;
    options.clientName = "Erika Muster";
    const QString pdf = tempPath(QStringLiteral("handout-de.pdf"));
    report::writeHomeRoutinePdf(pdf.toStdString(), plan, exercises, options);
    for (int page : {1, 3}) {
        QProcess pdftoppm;
        pdftoppm.start(QStringLiteral("pdftoppm"),
                       {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                        QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                        QString::number(page), QStringLiteral("-singlefile"), pdf,
                        folder + (page == 1 ? QStringLiteral("/handout-cover-de")
                                            : QStringLiteral("/handout-page-de"))});
        ASSERT_TRUE(pdftoppm.waitForFinished(60000));
        EXPECT_EQ(pdftoppm.exitCode(), 0);
    }
}

} // namespace
} // namespace glidepath::test
