// The client's change history (issue 14) driven from the Clients page: the History tab's
// Changes… button opens the list of who changed what and when, newest first and in plain words,
// with a line saying how much the database keeps (a file: only each record's last save). The
// words for a server's every-change record are checked on the text model.

#include "models/change_history_text.h"
#include "ui_fixture.h"
#include "widgets/clients/change_history_dialog.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/clients_page.h"

#include <glidepath/storage/change_history.h>

#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

#include <sqlite3.h>

namespace glidepath::test {
namespace {

core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / m / d};
}

class ChangeHistoryUiTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        context().setMode(ui::AppMode::Clinician);
        storage::ClientRecord robin;
        robin.profile.name = "Robin Ash";
        robin.profile.conditions = {core::Condition::PatellofemoralPain};
        answerScreening(robin);
        m_client = context().clients().create(robin);
        core::CheckIn checkIn;
        checkIn.date = day(2025, 3, 3);
        checkIn.painExercise = 2;
        m_checkIn = context().clients().addCheckIn(m_client, checkIn);
        core::Plan referral;
        referral.weekStart = day(2025, 3, 10);
        referral.decision.action = core::Action::Refer;
        referral.decision.light = core::Light::None;
        context().clients().savePlan(m_client, referral);
    }

    ui::ClientTabs* tabs()
    {
        window().showPage(ui::MainWindow::Page::Clients);
        return window().clientsPage()->clientTabs();
    }

    // Opens the dialog the way a clinician does and returns its rows' texts.
    ui::ChangeHistoryDialog* openChanges()
    {
        context().setCurrentClientId(m_client);
        ui::ClientTabs* clientTabs = tabs();
        clientTabs->setCurrentWidget(clientTabs->historyPage());
        QPushButton* button = clientTabs->changesButton();
        EXPECT_TRUE(button->isVisible());
        EXPECT_TRUE(button->isEnabled());
        button->click();
        auto* dialog = clientTabs->findChild<ui::ChangeHistoryDialog*>();
        EXPECT_NE(dialog, nullptr);
        return dialog;
    }

    static QStringList column(ui::ChangeHistoryDialog* dialog, int column)
    {
        QStringList out;
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
            out << dialog->list()->topLevelItem(i)->text(column);
        }
        return out;
    }

    qint64 m_client = 0;
    qint64 m_checkIn = 0;
};

} // namespace

TEST_F(ChangeHistoryUiTest, TheHistoryTabOpensWhoChangedWhatInPlainWords)
{
    ui::ChangeHistoryDialog* dialog = openChanges();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Changes to Robin Ash"));
    const QStringList what = column(dialog, ui::ChangeHistoryDialog::WhatColumn);
    EXPECT_EQ(what.size(), 3) << what.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(what.contains(QStringLiteral("Client added")));
    EXPECT_TRUE(what.contains(QStringLiteral("Check-in of 3 Mar added")));
    EXPECT_TRUE(what.contains(QStringLiteral("Plan for the week of 10 Mar saved (version 1)")));
    // A file records no author for a plan, and says so rather than leaving a blank.
    const QStringList who = column(dialog, ui::ChangeHistoryDialog::WhoColumn);
    EXPECT_EQ(who.at(what.indexOf(QStringLiteral("Plan for the week of 10 Mar saved (version 1)"))),
              QStringLiteral("not recorded"));
    EXPECT_FALSE(who.at(what.indexOf(QStringLiteral("Client added"))).isEmpty());
    // Times in the app's date style, not the stored ISO text.
    for (const QString& when : column(dialog, ui::ChangeHistoryDialog::WhenColumn)) {
        EXPECT_FALSE(when.contains(QLatin1Char('T'))) << when.toStdString();
        EXPECT_FALSE(when.isEmpty());
    }
    // Honest about a file: only the last save of each record.
    EXPECT_TRUE(dialog->coverage()->text().contains(
        QStringLiteral("A database file does not keep every change")))
        << dialog->coverage()->text().toStdString();
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(tabs()->findChild<ui::ChangeHistoryDialog*>(), nullptr) << "deleted when closed";

    // An edit is the check-in's last save, and the list says how many there were.
    core::CheckIn edited = context().clients().checkIns(m_client).front().checkIn;
    edited.painExercise = 3;
    context().clients().updateCheckIn(m_checkIn, edited);
    dialog = openChanges();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(column(dialog, ui::ChangeHistoryDialog::WhatColumn)
                    .contains(QStringLiteral("Check-in of 3 Mar changed (saved 2 times in all)")));
    dialog->reject();
}

TEST_F(ChangeHistoryUiTest, AClientWithNothingRecordedSaysSoInsteadOfAnEmptyTable)
{
    // A client saved before row stamps were kept (schema 15) and without plans or reviews.
    storage::ClientRecord old;
    old.profile.name = "Old Record";
    old.profile.conditions = {core::Condition::PatellofemoralPain};
    const qint64 id = context().clients().create(old);
    const std::string sql =
        "UPDATE clients SET row_updated_by = '', row_updated_at = '' WHERE id = " +
        std::to_string(id);
    ASSERT_EQ(sqlite3_exec(context().database().handle(), sql.c_str(), nullptr, nullptr, nullptr),
              SQLITE_OK);
    ui::ChangeHistoryDialog dialog(context(), id);
    EXPECT_TRUE(dialog.list()->isHidden());
    EXPECT_TRUE(dialog.coverage()->text().startsWith(
        QStringLiteral("Nothing is recorded about this client's changes yet.")));
}

TEST_F(ChangeHistoryUiTest, PersonalModeHasNoChangesButton)
{
    ui::ClientTabs personal(context());
    personal.setPersonal(true);
    EXPECT_TRUE(personal.changesButton()->isHidden());
    personal.setPersonal(false);
    EXPECT_FALSE(personal.changesButton()->isHidden());
}

TEST(ChangeHistoryText, AServersEveryChangeIsWordedPlainly)
{
    storage::HistoryEntry entry;
    entry.at = "2026-12-03T09:15:00Z";
    entry.by = "anna";
    entry.date = day(2026, 12, 2);

    entry.record = storage::HistoryRecord::SessionLog;
    entry.action = storage::HistoryAction::Deleted;
    EXPECT_EQ(ui::ChangeHistoryText::what(entry), QStringLiteral("Session log of 2 Dec deleted"));
    entry.action = storage::HistoryAction::Added;
    EXPECT_EQ(ui::ChangeHistoryText::what(entry), QStringLiteral("Session of 2 Dec logged"));

    entry.record = storage::HistoryRecord::Plan;
    entry.date = day(2026, 12, 7);
    entry.planVersion = 3;
    EXPECT_EQ(ui::ChangeHistoryText::what(entry),
              QStringLiteral("Plan for the week of 7 Dec saved (version 3)"));

    entry.record = storage::HistoryRecord::Profile;
    entry.action = storage::HistoryAction::Changed;
    EXPECT_EQ(ui::ChangeHistoryText::what(entry), QStringLiteral("Profile changed"));
    entry.record = storage::HistoryRecord::Psfs;
    EXPECT_EQ(ui::ChangeHistoryText::what(entry),
              QStringLiteral("PSFS assessment of 7 Dec changed"));
    entry.record = storage::HistoryRecord::Review;
    entry.action = storage::HistoryAction::Added;
    EXPECT_EQ(ui::ChangeHistoryText::what(entry),
              QStringLiteral("Clinician review of 7 Dec recorded"));

    EXPECT_EQ(ui::ChangeHistoryText::who(entry), QStringLiteral("anna"));
    entry.by.clear();
    EXPECT_EQ(ui::ChangeHistoryText::who(entry), QStringLiteral("not recorded"));
    EXPECT_TRUE(ui::ChangeHistoryText::when(entry).contains(QStringLiteral("2026")));
    EXPECT_FALSE(ui::ChangeHistoryText::when(entry).contains(QLatin1Char('T')));

    storage::ClientHistory server;
    server.everyChange = true;
    EXPECT_TRUE(ui::ChangeHistoryText::coverage(server).startsWith(
        QStringLiteral("Every change the clinic server has recorded")));
}

} // namespace glidepath::test
