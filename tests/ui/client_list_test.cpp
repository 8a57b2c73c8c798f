// The Clients page list: who needs attention first (with the reason in words), the search over
// name, condition (English or German, any case, any accents) and next review date, the review
// date kept in the profile, and the list following check-ins as they are saved and undone.

#include "commands/command.h"
#include "models/client_list_model.h"
#include "ui_fixture.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/clients_page.h"
#include "widgets/clients/profile_editor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTranslator>

namespace glidepath::test {
namespace {

using std::chrono::days;

constexpr core::Date kToday{std::chrono::year{2025} / 3 / 5}; // the fixture's clock, a Wednesday

storage::ClientSummary summary(std::int64_t id, std::string name)
{
    storage::ClientSummary s;
    s.id = id;
    s.name = std::move(name);
    s.conditions = {core::Condition::GeneralKneePain};
    s.newestCheckIn = kToday - days(2); // checked in lately: nothing due
    return s;
}

std::vector<std::string> namesInOrder(const ui::ClientListModel& model)
{
    std::vector<std::string> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out.push_back(model.clientAt(row)->name);
    }
    return out;
}

QString status(const ui::ClientListModel& model, int row)
{
    return model.index(row, ui::ClientListModel::StatusColumn).data().toString();
}

// One client at every level, named so that by name alone the order would be the reverse.
std::vector<storage::ClientSummary> everyLevel()
{
    storage::ClientSummary calm = summary(1, "Aaron Calm");
    storage::ClientSummary quiet = summary(2, "Bea Quiet");
    quiet.newestCheckIn = kToday - days(15);
    storage::ClientSummary review = summary(3, "Cleo Review");
    review.currentPlanWeekStart = kToday - days(9); // Monday 24 Feb: its week ended Sunday
    storage::ClientSummary flagged = summary(4, "Dora Flag");
    flagged.newestCheckInRedFlags = {core::RedFlag::DvtSigns};
    storage::ClientSummary none = summary(5, "Éamon Never");
    none.newestCheckIn.reset();
    return {calm, quiet, review, flagged, none};
}

TEST(ClientList, SortsByWhoNeedsAttentionAndSaysWhyInWords)
{
    ui::ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setClients(everyLevel(), kToday);
    EXPECT_EQ(namesInOrder(model),
              (std::vector<std::string>{"Dora Flag", "Cleo Review", "Bea Quiet", "Éamon Never",
                                        "Aaron Calm"}));
    EXPECT_EQ(status(model, 0), QStringLiteral("Red flag"));
    EXPECT_EQ(status(model, 1), QStringLiteral("Review overdue"));
    EXPECT_EQ(status(model, 2), QStringLiteral("No recent check-in"));
    EXPECT_EQ(status(model, 3), QStringLiteral("No check-in yet"));
    EXPECT_TRUE(status(model, 4).isEmpty());
    const QString flagTip =
        model.index(0, ui::ClientListModel::StatusColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(flagTip.contains(QStringLiteral("referral is not resolved")))
        << flagTip.toStdString();
    const QString reviewTip =
        model.index(1, ui::ClientListModel::ReviewColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(reviewTip.contains(QStringLiteral("day after the current plan's week")))
        << reviewTip.toStdString();
    EXPECT_FALSE(model.index(1, ui::ClientListModel::ReviewColumn).data().toString().isEmpty());
}

TEST(ClientList, AReviewDueTodaySaysDueAndOneTomorrowNothing)
{
    ui::ClientListModel model;
    storage::ClientSummary today = summary(1, "Today");
    today.nextReview = kToday;
    storage::ClientSummary tomorrow = summary(2, "Tomorrow");
    tomorrow.nextReview = kToday + days(1);
    model.setClients({tomorrow, today}, kToday);
    EXPECT_EQ(status(model, 0), QStringLiteral("Review due"));
    EXPECT_EQ(model.clientAt(1)->name, "Tomorrow");
    EXPECT_TRUE(status(model, 1).isEmpty());
}

TEST(ClientList, SearchFindsNameConditionAndReviewDateWhateverTheCaseOrAccents)
{
    ui::ClientListModel model;
    std::vector<storage::ClientSummary> clients = everyLevel();
    clients[0].conditions = {core::Condition::HipImbalance};
    clients[1].nextReview = core::Date{std::chrono::year{2025} / 3 / 14};
    model.setClients(clients, kToday);

    const auto found = [&model](const char* text) {
        model.setSearch(QString::fromUtf8(text));
        return namesInOrder(model);
    };
    EXPECT_EQ(found("eamon"), std::vector<std::string>{"Éamon Never"});
    EXPECT_EQ(found("ÉAMON"), std::vector<std::string>{"Éamon Never"});
    EXPECT_EQ(found("flag"), std::vector<std::string>{"Dora Flag"}) << "the name or the status";
    EXPECT_EQ(found("hip"), std::vector<std::string>{"Aaron Calm"});
    EXPECT_EQ(found("imbal"), std::vector<std::string>{"Aaron Calm"}) << "the condition's words";
    EXPECT_EQ(found("knee calm"), std::vector<std::string>{}) << "every word must match";
    EXPECT_EQ(found("hip calm"), std::vector<std::string>{"Aaron Calm"});
    EXPECT_EQ(found("2025-03-14"), std::vector<std::string>{"Bea Quiet"});
    EXPECT_EQ(found("14 mar"), std::vector<std::string>{"Bea Quiet"});
    EXPECT_EQ(found("overdue"), std::vector<std::string>{"Cleo Review"});
    EXPECT_EQ(found("al"), std::vector<std::string>{"Aaron Calm"})
        << "inside a name, but only at the start of a condition's word (not 'general')";
    EXPECT_EQ(found("  ").size(), 5u) << "blank shows everyone";
}

class ClientListPage : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        context().setMode(ui::AppMode::Clinician);
    }

    ui::ClientsPage* page()
    {
        window().showPage(ui::MainWindow::Page::Clients);
        return window().clientsPage();
    }

    qint64 store(const std::string& name, std::vector<core::RedFlag> flags = {})
    {
        storage::ClientRecord record;
        record.profile.name = name;
        record.profile.conditions = {core::Condition::HipImbalance};
        record.screeningRedFlags = std::move(flags);
        answerScreening(record);
        const qint64 id = context().clients().create(record);
        emit context().changes().clientsChanged();
        return id;
    }
};

TEST_F(ClientListPage, GermanConditionWordsFindClientsWithOrWithoutUmlauts)
{
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/glidepath_de.qm")));
    QCoreApplication::installTranslator(&german);
    ui::ClientListModel model;
    storage::ClientSummary hip = summary(1, "Greta Huber");
    hip.conditions = {core::Condition::HipImbalance};
    storage::ClientSummary knee = summary(2, "Jonas Roth");
    model.setClients({hip, knee}, kToday);
    model.setSearch(QStringLiteral("hüfte"));
    EXPECT_EQ(namesInOrder(model), std::vector<std::string>{"Greta Huber"});
    model.setSearch(QStringLiteral("HUFTE"));
    EXPECT_EQ(namesInOrder(model), std::vector<std::string>{"Greta Huber"});
    model.setSearch(QStringLiteral("knieschm"));
    EXPECT_EQ(namesInOrder(model), std::vector<std::string>{"Jonas Roth"});
    model.setSearch(QStringLiteral("hip"));
    EXPECT_EQ(namesInOrder(model), std::vector<std::string>{"Greta Huber"})
        << "the English words find it too";
    QCoreApplication::removeTranslator(&german);
}

TEST_F(ClientListPage, ARedFlagAtCheckInMovesTheClientToTheTopAndUndoMovesItBack)
{
    const qint64 ada = store("Ada Early");
    const qint64 zoe = store("Zoe Late");
    ui::ClientListModel* model = page()->clientModel();
    EXPECT_EQ(model->rowOf(ada), 0);
    core::CheckIn checkIn;
    checkIn.date = kToday;
    checkIn.redFlags = {core::RedFlag::LockedKnee};
    ASSERT_TRUE(ui::command::saveCheckIn(context(), zoe, 0, checkIn));
    EXPECT_EQ(model->rowOf(zoe), 0);
    EXPECT_EQ(model->index(0, ui::ClientListModel::StatusColumn).data().toString(),
              QStringLiteral("Red flag"));
    context().undoStack()->undo();
    EXPECT_EQ(model->rowOf(ada), 0);
}

TEST_F(ClientListPage, TypingInTheSearchKeepsTheChosenClientAndSaysWhenNothingMatches)
{
    store("Ada Early");
    const qint64 zoe = store("Zoe Late");
    context().setCurrentClientId(zoe);
    auto* search = page()->findChild<QLineEdit*>(QStringLiteral("clientSearch"));
    QTest::keyClicks(search, QStringLiteral("zo"));
    EXPECT_EQ(page()->clientModel()->rowCount(), 1);
    EXPECT_EQ(context().currentClientId(), zoe);
    QTest::keyClicks(search, QStringLiteral("qq"));
    auto* hint = page()->findChild<QLabel*>(QStringLiteral("clientListHint"));
    EXPECT_TRUE(hint->isVisibleTo(page()));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("zoqq")));
}

TEST_F(ClientListPage, TheNextReviewIsSetAndClearedInTheProfile)
{
    const qint64 id = store("Rita Review");
    context().setCurrentClientId(id);
    ui::ProfileEditor* editor = page()->clientTabs()->profileEditor();
    auto* set = editor->findChild<QCheckBox*>(QStringLiteral("profileReviewSet"));
    auto* date = editor->findChild<QDateEdit*>(QStringLiteral("profileNextReview"));
    ASSERT_TRUE(set && date);
    EXPECT_FALSE(set->isChecked());
    EXPECT_FALSE(date->isEnabled());
    set->click();
    EXPECT_TRUE(date->isEnabled());
    date->setDate(QDate(2025, 3, 4));
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("saveProfileButton")),
                      Qt::LeftButton);
    EXPECT_EQ(context().clients().find(id)->profile.nextReview,
              core::Date(std::chrono::year{2025} / 3 / 4));
    ui::ClientListModel* model = page()->clientModel();
    EXPECT_EQ(model->index(model->rowOf(id), ui::ClientListModel::StatusColumn).data().toString(),
              QStringLiteral("Review overdue"));

    set->click();
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("saveProfileButton")),
                      Qt::LeftButton);
    EXPECT_FALSE(context().clients().find(id)->profile.nextReview.has_value());
}

TEST_F(ClientListPage, AtHomeThereIsNoReviewDate)
{
    ui::ProfileEditor editor;
    editor.setWording(ui::ProfileEditor::Wording::Personal);
    EXPECT_TRUE(editor.findChild<QCheckBox*>(QStringLiteral("profileReviewSet"))
                    ->parentWidget()
                    ->isHidden());
}

// Several desks share a clinic server: the list says who saved each profile last, and when.
TEST(ClientList, SaysWhoChangedEachProfileLastAndWhen)
{
    ui::ClientListModel model;
    storage::ClientSummary changed = summary(1, "Anna Changed");
    changed.updatedBy = "dr_meier";
    changed.updatedAt = "2026-12-06T14:30:00Z";
    storage::ClientSummary old = summary(2, "Ben Old"); // saved before stamps were kept
    model.setClients({changed, old}, kToday);
    ASSERT_EQ(model.clientAt(0)->name, "Anna Changed");
    const QModelIndex cell = model.index(0, ui::ClientListModel::ChangedColumn);
    const QString shown = cell.data().toString();
    EXPECT_TRUE(shown.startsWith(QStringLiteral("dr_meier, "))) << shown.toStdString();
    const QString local = QLocale().toString(
        QDateTime::fromString(QStringLiteral("2026-12-06T14:30:00Z"), Qt::ISODate)
            .toLocalTime()
            .date(),
        QLocale::ShortFormat);
    EXPECT_TRUE(shown.endsWith(local)) << shown.toStdString();
    EXPECT_TRUE(cell.data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Last changed by dr_meier on ")));
    EXPECT_TRUE(model.index(1, ui::ClientListModel::ChangedColumn).data().toString().isEmpty());
    EXPECT_EQ(model.headerData(ui::ClientListModel::ChangedColumn, Qt::Horizontal).toString(),
              QStringLiteral("Last changed"));
}

// In a file the same login saves every profile: the column would repeat one name and push
// "Next review" out of sight, so the list shows it on a clinic server only and fits without a
// horizontal scroll bar at the first-start window size.
TEST_F(ClientListPage, ALastChangedColumnOnlyOnAClinicServerAndTheOthersFit)
{
    store("Robin Example-Longname");
    store("Kim");
    window().resize(1320, 840);
    ui::ClientsPage* clients = page();
    QApplication::processEvents();
    auto* list = findIn<QTableView>(clients, "clientList");
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(list->isColumnHidden(ui::ClientListModel::ChangedColumn));
    EXPECT_FALSE(list->horizontalScrollBar()->isVisible()) << "the list needs no sideways scroll";
    QHeaderView* header = list->horizontalHeader();
    const int review = ui::ClientListModel::ReviewColumn;
    EXPECT_LE(header->sectionViewportPosition(review) + header->sectionSize(review),
              list->viewport()->width())
        << "Next review is in view";
    EXPECT_GE(header->sectionSize(review),
              header->fontMetrics().horizontalAdvance(QStringLiteral("Next review")))
        << "Next review is not cut short";
}

} // namespace
} // namespace glidepath::test
