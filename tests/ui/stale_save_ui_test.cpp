// Two desks on one database (issue 14): the forms save based on the row version they loaded, so
// a save over someone else's newer one is never silent. The app asks, naming who and when: Reload
// theirs, Keep mine as a new version, or Cancel; nothing typed is lost by asking, and undo after
// keeping mine brings theirs back. On a file the other desk is another window of this program
// (a file has one writer); on the clinic server (GLIDEPATH_TEST_PG) it is a second connection.

#include "database_location.h"
#include "desk_fixture.h"
#include "ui_fixture.h"
#include "widgets/clients/check_in_form.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/clients_page.h"
#include "widgets/clients/pain_slider.h"
#include "widgets/clients/profile_editor.h"
#include "widgets/common/check_list.h"
#include "widgets/common/form_save.h"
#include "write_access.h"

#include <glidepath/storage/server_url.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QDateTime>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <unistd.h>

#include <functional>

namespace glidepath::test {
namespace {

class StaleSaveUiTest : public DeskTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        setUpDesks("gp_ui_stale_");
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        context().setMode(ui::AppMode::Clinician);
        storage::ClientRecord record;
        record.profile.name = "Robin Stored";
        record.profile.conditions = {core::Condition::PatellofemoralPain};
        answerScreening(record);
        m_client = context().clients().create(record);
        core::CheckIn checkIn;
        checkIn.date = core::Date{std::chrono::year{2025} / 3 / 3};
        checkIn.painActivity = 2;
        m_checkIn = context().clients().addCheckIn(m_client, checkIn);
        emit context().changes().clientsChanged();
    }

    void TearDown() override
    {
        DeskTest::TearDown();
        if (!m_role.empty()) {
            runOnServer(m_admin, "DROP ROLE IF EXISTS " + m_role);
        }
    }

    // The other desk's repository: a second connection on the server, another window on a file.
    storage::ClientRepository theirs()
    {
        return storage::ClientRepository(m_otherDesk ? *m_otherDesk : context().database());
    }

    ui::ClientTabs* openClient()
    {
        window().showPage(ui::MainWindow::Page::Clients);
        context().setCurrentClientId(m_client);
        return window().clientsPage()->clientTabs();
    }

    void typeName(ui::ClientTabs* tabs, const QString& name)
    {
        auto* field = findIn<QLineEdit>(tabs, "profileName");
        field->selectAll();
        QTest::keyClicks(field, name);
    }

    void saveProfile(ui::ClientTabs* tabs)
    {
        QTest::mouseClick(findIn<QPushButton>(tabs, "saveProfileButton"), Qt::LeftButton);
    }

    // Desk B saves the profile with new notes (and the name it has).
    void theyChangeTheNotes(const std::string& notes)
    {
        storage::ClientRepository clients = theirs();
        storage::ClientRecord record = *clients.find(m_client);
        record.profile.notes = notes;
        clients.update(record, record.rowVersion);
    }

    storage::ClientRecord stored() { return *context().clients().find(m_client); }

    // The question names who saved and when, in this locale's date words.
    void expectWhoAndWhen(const QString& text)
    {
        const storage::ClientRecord now = *theirs().find(m_client);
        EXPECT_TRUE(text.contains(QString::fromStdString(now.updatedBy)))
            << text.toStdString() << " should name " << now.updatedBy;
        const QDate date = QDateTime::fromString(QString::fromStdString(now.updatedAt), Qt::ISODate)
                               .toLocalTime()
                               .date();
        EXPECT_TRUE(text.contains(QLocale().toString(date, QLocale::LongFormat)))
            << text.toStdString();
        // Named as the form showed it when it was saved.
        EXPECT_TRUE(text.contains(QStringLiteral("the profile of Robin Mine"), Qt::CaseInsensitive))
            << text.toStdString();
    }

    std::string m_role;
    qint64 m_client = 0;
    qint64 m_checkIn = 0;
};

TEST_P(StaleSaveUiTest, ReloadTheirsShowsTheStoredProfileAndSavesNothing)
{
    ui::ClientTabs* tabs = openClient();
    typeName(tabs, QStringLiteral("Robin Mine"));
    theyChangeTheNotes("theirs");
    const int steps = context().undoStack()->count();

    ui::MessageBox::setNextAnswer(QMessageBox::Yes); // Reload theirs
    saveProfile(tabs);
    expectWhoAndWhen(ui::MessageBox::lastText());
    EXPECT_EQ(stored().profile.name, "Robin Stored");
    EXPECT_EQ(stored().profile.notes, "theirs");
    EXPECT_EQ(findIn<QLineEdit>(tabs, "profileName")->text(), QStringLiteral("Robin Stored"));
    EXPECT_FALSE(tabs->profileEditor()->isModified());
    EXPECT_EQ(context().undoStack()->count(), steps) << "nothing saved, nothing to undo";

    // The form is now based on their version: the next edit saves without a question.
    typeName(tabs, QStringLiteral("Robin After"));
    saveProfile(tabs);
    EXPECT_EQ(stored().profile.name, "Robin After");
    EXPECT_EQ(stored().profile.notes, "theirs") << "their notes were shown, and kept";
}

TEST_P(StaleSaveUiTest, KeepMineSavesOverTheirsAndUndoBringsTheirsBack)
{
    ui::ClientTabs* tabs = openClient();
    typeName(tabs, QStringLiteral("Robin Mine"));
    theyChangeTheNotes("theirs");

    ui::MessageBox::setNextAnswer(QMessageBox::No); // Keep mine as a new version
    saveProfile(tabs);
    expectWhoAndWhen(ui::MessageBox::lastText());
    EXPECT_EQ(stored().profile.name, "Robin Mine");
    EXPECT_EQ(stored().profile.notes, "") << "mine is the whole form, as I saw it";
    EXPECT_FALSE(tabs->profileEditor()->isModified());

    // Undoing the save puts their version back, and the form (with no edits) follows it.
    context().undoStack()->undo();
    EXPECT_EQ(stored().profile.name, "Robin Stored");
    EXPECT_EQ(stored().profile.notes, "theirs");
    EXPECT_EQ(findIn<QLineEdit>(tabs, "profileName")->text(), QStringLiteral("Robin Stored"));
    context().undoStack()->redo();
    EXPECT_EQ(stored().profile.name, "Robin Mine");

    // After undo and redo the form is based on what is stored: no question about my own steps.
    typeName(tabs, QStringLiteral("Robin Again"));
    saveProfile(tabs);
    EXPECT_EQ(stored().profile.name, "Robin Again");
}

TEST_P(StaleSaveUiTest, CancelKeepsWhatWasTypedAndSavesNothing)
{
    ui::ClientTabs* tabs = openClient();
    typeName(tabs, QStringLiteral("Robin Mine"));
    theyChangeTheNotes("theirs");

    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    saveProfile(tabs);
    EXPECT_EQ(stored().profile.name, "Robin Stored");
    EXPECT_EQ(stored().profile.notes, "theirs");
    EXPECT_EQ(findIn<QLineEdit>(tabs, "profileName")->text(), QStringLiteral("Robin Mine"));
    EXPECT_TRUE(tabs->profileEditor()->isModified());

    // Saving again asks again (still stale), and this time keeps mine.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    saveProfile(tabs);
    EXPECT_EQ(stored().profile.name, "Robin Mine");
}

// Presses the button labelled `label` of the question shown next (the real QMessageBox).
void answerNextQuestion(const QString& label, const std::function<void()>& first = {},
                        QStringList* texts = nullptr)
{
    QTimer::singleShot(0, [label, first, texts] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            ADD_FAILURE() << "no question was shown";
            return;
        }
        if (texts) {
            texts->append(box->text());
        }
        if (first) {
            first();
        }
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == label) {
                button->click();
                return;
            }
        }
        ADD_FAILURE() << "no button " << label.toStdString();
        box->reject();
    });
}

TEST_P(StaleSaveUiTest, ASaveElsewhereWhileAskingIsAskedAboutAgain)
{
    ui::ClientTabs* tabs = openClient();
    typeName(tabs, QStringLiteral("Robin Mine"));
    theyChangeTheNotes("theirs");
    QStringList asked;
    // While the question is open they save once more: keeping mine must not overwrite that
    // unseen save, so the question comes again; the second time mine is kept.
    answerNextQuestion(
        ui::FormSave::keepMineLabel(),
        [&] {
            theyChangeTheNotes("theirs again");
            answerNextQuestion(ui::FormSave::keepMineLabel(), {}, &asked);
        },
        &asked);
    saveProfile(tabs);
    EXPECT_EQ(asked.size(), 2);
    EXPECT_EQ(stored().profile.name, "Robin Mine");
    context().undoStack()->undo();
    EXPECT_EQ(stored().profile.notes, "theirs again") << "undo brings back the last one seen";
}

TEST_P(StaleSaveUiTest, AnEditedCheckInSavedElsewhereAsksToo)
{
    ui::ClientTabs* tabs = openClient();
    tabs->setCurrentWidget(tabs->historyPage());
    tabs->historyView()->selectRow(0);
    QTest::mouseClick(findIn<QPushButton>(tabs, "editCheckInButton"), Qt::LeftButton);
    findIn<QCheckBox>(tabs, "nightPain")->click(); // mine: pain at night
    {
        storage::ClientRepository clients = theirs();
        storage::StoredCheckIn other = clients.checkIns(m_client).front();
        other.checkIn.painActivity = 7; // theirs: more pain in the day
        clients.updateCheckIn(other.id, other.checkIn, other.rowVersion);
    }

    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(findIn<QPushButton>(tabs, "saveCheckInButton"), Qt::LeftButton);
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("check-in")))
        << ui::MessageBox::lastText().toStdString();
    EXPECT_TRUE(tabs->checkInForm()->isModified()) << "Cancel keeps what was typed";
    EXPECT_TRUE(findIn<QCheckBox>(tabs, "nightPain")->isChecked());
    EXPECT_FALSE(context().clients().checkIns(m_client).front().checkIn.nightPain);

    ui::MessageBox::setNextAnswer(QMessageBox::Yes); // Reload theirs
    QTest::mouseClick(findIn<QPushButton>(tabs, "saveCheckInButton"), Qt::LeftButton);
    EXPECT_FALSE(findIn<QCheckBox>(tabs, "nightPain")->isChecked());
    EXPECT_EQ(findIn<ui::PainSlider>(tabs, "painActivity")->value(), 7);
    storage::StoredCheckIn now = context().clients().checkIns(m_client).front();
    EXPECT_EQ(now.checkIn.painActivity, 7);
    EXPECT_FALSE(now.checkIn.nightPain);

    // Still editing their check-in, now based on their version: mine goes on top.
    findIn<QCheckBox>(tabs, "nightPain")->click();
    QTest::mouseClick(findIn<QPushButton>(tabs, "saveCheckInButton"), Qt::LeftButton);
    const std::vector<storage::StoredCheckIn> after = context().clients().checkIns(m_client);
    ASSERT_EQ(after.size(), 1U) << "edited in place, not added";
    EXPECT_TRUE(after.front().checkIn.nightPain);
    EXPECT_EQ(after.front().checkIn.painActivity, 7);
}

TEST_P(StaleSaveUiTest, KeepMineOnACheckInAndUndo)
{
    ui::ClientTabs* tabs = openClient();
    tabs->setCurrentWidget(tabs->historyPage());
    tabs->historyView()->selectRow(0);
    QTest::mouseClick(findIn<QPushButton>(tabs, "editCheckInButton"), Qt::LeftButton);
    findIn<QCheckBox>(tabs, "nightPain")->click();
    {
        storage::ClientRepository clients = theirs();
        storage::StoredCheckIn other = clients.checkIns(m_client).front();
        other.checkIn.painActivity = 7;
        clients.updateCheckIn(other.id, other.checkIn, other.rowVersion);
    }
    ui::MessageBox::setNextAnswer(QMessageBox::No); // Keep mine
    QTest::mouseClick(findIn<QPushButton>(tabs, "saveCheckInButton"), Qt::LeftButton);
    storage::StoredCheckIn now = context().clients().checkIns(m_client).front();
    EXPECT_TRUE(now.checkIn.nightPain);
    EXPECT_EQ(now.checkIn.painActivity, 2) << "mine is the form as I saw it";
    context().undoStack()->undo();
    now = context().clients().checkIns(m_client).front();
    EXPECT_FALSE(now.checkIn.nightPain);
    EXPECT_EQ(now.checkIn.painActivity, 7) << "undo brings theirs back";
}

// The real dialog, not a queued answer: its buttons say what they do and Reload theirs works.
TEST_P(StaleSaveUiTest, TheRealQuestionOffersTheThreeChoices)
{
    ui::ClientTabs* tabs = openClient();
    typeName(tabs, QStringLiteral("Robin Mine"));
    theyChangeTheNotes("theirs");
    QStringList labels;
    QString title;
    answerNextQuestion(ui::FormSave::reloadTheirsLabel(), [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        title = box->windowTitle();
        for (QAbstractButton* button : box->buttons()) {
            labels << button->text();
        }
    });
    saveProfile(tabs);
    EXPECT_EQ(title, ui::FormSave::staleTitle());
    EXPECT_TRUE(labels.contains(QStringLiteral("Reload theirs")))
        << labels.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("Keep mine as a new version")));
    EXPECT_TRUE(labels.contains(QStringLiteral("Cancel")));
    EXPECT_EQ(stored().profile.notes, "theirs");
    EXPECT_EQ(findIn<QLineEdit>(tabs, "profileName")->text(), QStringLiteral("Robin Stored"));
}

// The server goes away mid-work (an administrator ends the connection): the app says so, the
// form keeps what was typed, and Retry connects again and saves it, once.
TEST_P(StaleSaveUiTest, AServerGoneMidWorkKeepsTheFormAndRetrySavesOnce)
{
    if (GetParam() == Backend::File) {
        GTEST_SKIP() << "a file has no connection to lose";
    }
    ui::ClientTabs* tabs = openClient();
    QTest::mouseClick(findIn<QPushButton>(window().clientsPage(), "newClientButton"),
                      Qt::LeftButton);
    QTest::keyClicks(findIn<QLineEdit>(tabs, "profileName"), QStringLiteral("Dana Reyes"));
    findIn<ui::CheckList>(tabs, "profileConditions")
        ->box(static_cast<int>(core::Condition::PatellofemoralPain))
        ->click();
    m_otherDesk.reset();
    ASSERT_TRUE(runOnServer(m_admin, "SELECT pg_terminate_backend(pid, 10000) FROM "
                                     "pg_stat_activity WHERE datname = '" +
                                         m_name + "' AND pid <> pg_backend_pid()"));

    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    saveProfile(tabs);
    EXPECT_TRUE(ui::MessageBox::lastText().contains(
        QStringLiteral("connection to the clinic server was lost")))
        << ui::MessageBox::lastText().toStdString();
    EXPECT_EQ(findIn<QLineEdit>(tabs, "profileName")->text(), QStringLiteral("Dana Reyes"));
    EXPECT_TRUE(tabs->isCreating()) << "the new client is still being typed";
    EXPECT_EQ(context().undoStack()->count(), 0);

    ui::MessageBox::setNextAnswer(QMessageBox::Retry);
    saveProfile(tabs);
    EXPECT_FALSE(tabs->isCreating());
    std::unique_ptr<storage::Database> desk =
        storage::Database::open(storage::parseServerUrl(m_address));
    int dana = 0;
    for (const storage::ClientRecord& client : storage::ClientRepository(*desk).list()) {
        dana += client.profile.name == "Dana Reyes" ? 1 : 0;
    }
    EXPECT_EQ(dana, 1) << "stored once";
    EXPECT_EQ(context().undoStack()->count(), 1);
}

// A clinic may give a login SELECT alone: the app says "read-only" where it names the database
// and switches off everything that would write, saying why; a writable database switches it all
// back on.
TEST_P(StaleSaveUiTest, AReadOnlyLoginSeesTheRecordsAndCanChangeNothing)
{
    if (GetParam() == Backend::File) {
        GTEST_SKIP() << "a read-only login is the server's";
    }
    m_role = "gp_reader_" + std::to_string(::getpid());
    ASSERT_TRUE(runOnServer(m_admin, "DROP ROLE IF EXISTS " + m_role));
    ASSERT_TRUE(runOnServer(m_admin, "CREATE ROLE " + m_role + " LOGIN"));
    ASSERT_TRUE(runOnServer(m_address, "GRANT USAGE ON SCHEMA public TO " + m_role +
                                           "; GRANT SELECT ON ALL TABLES IN SCHEMA public TO " +
                                           m_role));
    storage::ServerUrl reader = storage::parseServerUrl(m_address);
    reader.user = m_role;
    m_otherDesk.reset();
    context().replaceDatabase(ui::openServerDatabase(reader.toString()));
    ASSERT_FALSE(context().database().canWrite());

    ui::ClientTabs* tabs = openClient();
    EXPECT_TRUE(window().windowTitle().contains(QStringLiteral("read-only")))
        << window().windowTitle().toStdString();
    EXPECT_EQ(findIn<QLineEdit>(tabs, "profileName")->text(), QStringLiteral("Robin Stored"))
        << "the records are read";
    const QString why = ui::WriteAccess::readOnlyReason();
    for (const char* name : {"newClientButton", "deleteClientButton"}) {
        auto* button = findIn<QPushButton>(window().clientsPage(), name);
        EXPECT_FALSE(button->isEnabled()) << name;
        EXPECT_EQ(button->toolTip(), why) << name;
    }
    typeName(tabs, QStringLiteral("Robin Mine")); // typed into a switched-off field: nothing
    EXPECT_EQ(findIn<QLineEdit>(tabs, "profileName")->text(), QStringLiteral("Robin Stored"));
    for (const char* name : {"saveProfileButton", "saveCheckInButton", "editCheckInButton",
                             "deleteCheckInButton", "profileName"}) {
        auto* widget = findIn<QWidget>(tabs, name);
        EXPECT_FALSE(widget->isEnabled()) << name;
    }
    // The page's own state logic runs again (another client chosen): still off.
    context().setCurrentClientId(-1);
    context().setCurrentClientId(m_client);
    EXPECT_FALSE(findIn<QWidget>(tabs, "profileName")->isEnabled());
    for (const char* name : {"actionNewExercise", "actionImportLibrary"}) {
        EXPECT_FALSE(action(name)->isEnabled()) << name;
        EXPECT_EQ(action(name)->toolTip(), why) << name;
    }
    window().showPage(ui::MainWindow::Page::Plan);
    for (const char* name : {"savePlanButton", "planTemplatesButton", "planLogSessionButton"}) {
        EXPECT_FALSE(find<QWidget>(name)->isEnabled()) << name;
    }
    window().showPage(ui::MainWindow::Page::Progress);
    for (const char* name : {"logSessionButton", "weekLogButton", "recordPsfsButton"}) {
        EXPECT_FALSE(find<QWidget>(name)->isEnabled()) << name;
    }

    // A login that may write: all of it comes back.
    context().replaceDatabase(ui::openServerDatabase(m_address));
    EXPECT_FALSE(window().windowTitle().contains(QStringLiteral("read-only")));
    window().showPage(ui::MainWindow::Page::Clients);
    tabs = openClient();
    EXPECT_TRUE(findIn<QPushButton>(window().clientsPage(), "newClientButton")->isEnabled());
    EXPECT_NE(findIn<QPushButton>(window().clientsPage(), "newClientButton")->toolTip(), why);
    EXPECT_TRUE(findIn<QWidget>(tabs, "profileName")->isEnabled());
    EXPECT_TRUE(action("actionNewExercise")->isEnabled() ||
                !action("actionNewExercise")->isVisible());
    typeName(tabs, QStringLiteral("Robin Mine"));
    saveProfile(tabs);
    EXPECT_EQ(stored().profile.name, "Robin Mine");
}

INSTANTIATE_TEST_SUITE_P(Desks, StaleSaveUiTest, kBothDesks, deskName);

} // namespace
} // namespace glidepath::test
