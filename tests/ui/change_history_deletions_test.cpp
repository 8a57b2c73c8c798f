// A check-in deleted for good in the client's change history (issue 14): a clinic server lists
// the deletion with the check-in's date, who deleted it and when (the audit names the client
// since server step 19); a file cannot, and the dialog says so rather than showing nothing.

#include "desk_fixture.h"
#include "ui_fixture.h"
#include "widgets/clients/change_history_dialog.h"

#include <glidepath/storage/client_repository.h>

#include <QLabel>
#include <QTreeWidget>

namespace glidepath::test {
namespace {

class ChangeHistoryDeletionsTest : public DeskTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        setUpDesks("gp_ui_historydel_");
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        context().setMode(ui::AppMode::Clinician);
        storage::ClientRecord robin;
        robin.profile.name = "Robin Ash";
        robin.profile.conditions = {core::Condition::PatellofemoralPain};
        answerScreening(robin);
        m_client = context().clients().create(robin);
        core::CheckIn checkIn;
        checkIn.date = core::Date{std::chrono::year{2026} / 11 / 3};
        checkIn.painExercise = 2;
        m_checkIn = context().clients().addCheckIn(m_client, checkIn);
    }

    // The dialog's rows as "what | who".
    QStringList rows()
    {
        ui::ChangeHistoryDialog dialog(context(), m_client);
        m_coverage = dialog.coverage()->text();
        QStringList out;
        for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = dialog.list()->topLevelItem(i);
            out << item->text(ui::ChangeHistoryDialog::WhatColumn) + QStringLiteral(" | ") +
                       item->text(ui::ChangeHistoryDialog::WhoColumn);
        }
        return out;
    }

    qint64 m_client = 0;
    qint64 m_checkIn = 0;
    QString m_coverage;
};

TEST_P(ChangeHistoryDeletionsTest, ACheckInDeletedForGoodIsListedWhereTheDatabaseKeepsIt)
{
    // Deleted at the other desk: the history names that desk's login.
    storage::ClientRepository(otherDesk()).removeCheckIn(m_checkIn);
    const QStringList listed = rows();
    const QStringList deleted = listed.filter(QStringLiteral("Check-in of 3 Nov deleted"));
    if (GetParam() == Backend::Server) {
        ASSERT_EQ(deleted.size(), 1) << listed.join(QLatin1Char('\n')).toStdString();
        EXPECT_FALSE(deleted.front().endsWith(QStringLiteral("| not recorded")))
            << deleted.front().toStdString();
        EXPECT_EQ(listed.front(), deleted.front()) << "the newest change comes first";
        EXPECT_EQ(listed.filter(QStringLiteral("Check-in of 3 Nov added")).size(), 1);
        EXPECT_TRUE(m_coverage.contains(QStringLiteral("deleted records included")))
            << m_coverage.toStdString();
    } else {
        EXPECT_TRUE(deleted.isEmpty()) << listed.join(QLatin1Char('\n')).toStdString();
        EXPECT_TRUE(listed.filter(QStringLiteral("Check-in of 3 Nov")).isEmpty());
        EXPECT_TRUE(m_coverage.contains(QStringLiteral("anything deleted")))
            << m_coverage.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Desks, ChangeHistoryDeletionsTest, kBothDesks, deskName);

} // namespace
} // namespace glidepath::test
