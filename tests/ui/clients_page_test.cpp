// The Clients page driven through the real main window: creating and editing clients with
// inline validation, the red-flag screening, weekly check-ins and their history, search, and
// deleting a client with everything stored for them. The models pass Qt's model tester.

#include "models/check_in_table_model.h"
#include "models/client_list_model.h"
#include "models/plan_model.h"
#include "ui_fixture.h"
#include "widgets/clients/check_in_form.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/clients_page.h"
#include "widgets/clients/pain_slider.h"
#include "widgets/clients/profile_editor.h"
#include "widgets/common/check_list.h"
#include "widgets/common/field_error_label.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

namespace glidepath::test {
namespace {

using namespace std::chrono_literals;

core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / m / d};
}

class ClientsPageTest : public UiTest
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
    ui::ClientTabs* tabs() { return page()->clientTabs(); }

    template <typename T> T* child(const char* name)
    {
        T* found = page()->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << "no " << name;
        return found;
    }

    qint64 storeClient(const std::string& name, std::vector<core::RedFlag> flags = {})
    {
        storage::ClientRecord record;
        record.profile.name = name;
        record.profile.conditions = {core::Condition::PatellofemoralPain};
        record.profile.equipment = {core::Equipment::Mat, core::Equipment::Band};
        record.screeningRedFlags = std::move(flags);
        answerScreening(record);
        const qint64 id = context().clients().create(record);
        emit context().changes().clientsChanged();
        return id;
    }

    void select(qint64 id)
    {
        auto* list = child<QTableView>("clientList");
        const int row = page()->clientModel()->rowOf(id);
        ASSERT_GE(row, 0);
        list->selectRow(row);
        ASSERT_EQ(context().currentClientId(), id);
    }

    void typeName(const QString& name)
    {
        auto* edit = child<QLineEdit>("profileName");
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, name);
    }

    void click(const char* name) { QTest::mouseClick(child<QPushButton>(name), Qt::LeftButton); }

    QSlider* slider(const char* name) { return child<ui::PainSlider>(name)->slider(); }
};

TEST_F(ClientsPageTest, ClientListModelPassesTheModelTester)
{
    ui::ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    storage::ClientSummary a;
    a.id = 1;
    a.name = "Ana";
    a.age = 34;
    a.conditions = {core::Condition::PatellofemoralPain, core::Condition::HipImbalance};
    storage::ClientSummary b = a;
    b.id = 2;
    b.name = "Ben";
    b.age = 0;
    storage::ClientSummary me = a;
    me.id = 3;
    me.personal = true;
    model.setClients({b, a, me}, day(2025, 3, 5));
    EXPECT_EQ(model.rowCount(), 2) << "the personal profile is never listed";
    EXPECT_EQ(model.index(0, ui::ClientListModel::NameColumn).data().toString(),
              QStringLiteral("Ana"));
    EXPECT_FALSE(model.index(1, ui::ClientListModel::AgeColumn).data().isValid())
        << "an unknown age shows as blank, not 0";
    EXPECT_EQ(model.rowOf(2), 1);
    EXPECT_EQ(model.rowOf(3), -1);
    EXPECT_EQ(model.clientIdAt(5), -1);
    model.setSearch(QStringLiteral("ben"));
    EXPECT_EQ(model.rowCount(), 1);
    model.setClients({b}, day(2025, 3, 5));
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(ClientsPageTest, CheckInTableModelPassesTheModelTesterAndListsNewestFirst)
{
    ui::CheckInTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    storage::StoredCheckIn older;
    older.id = 1;
    older.checkIn.date = day(2025, 2, 20);
    older.checkIn.painExercise = 6;
    older.checkIn.painfulExercises = {{"clamshell", 6}};
    storage::StoredCheckIn newer;
    newer.id = 2;
    newer.checkIn.date = day(2025, 2, 27);
    newer.checkIn.adherence = 2.0 / 3.0;
    newer.checkIn.redFlags = {core::RedFlag::LockedKnee};
    model.setCheckIns({older, newer}, {{QStringLiteral("clamshell"), QStringLiteral("Clamshell")}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, 0).data(ui::CheckInTableModel::CheckInIdRole).toLongLong(), 2);
    EXPECT_EQ(model.index(0, ui::CheckInTableModel::AdherenceColumn).data().toString(),
              QStringLiteral("67%"));
    EXPECT_EQ(model.index(1, ui::CheckInTableModel::PainExerciseColumn)
                  .data(ui::CheckInTableModel::RawValueRole)
                  .toInt(),
              6);
    EXPECT_EQ(model.index(1, ui::CheckInTableModel::PainfulExercisesColumn).data().toString(),
              QStringLiteral("Clamshell (6/10)"));
    EXPECT_TRUE(model.index(0, ui::CheckInTableModel::RedFlagsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("straighten")));
    model.setCheckIns({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ClientsPageTest, PlanModelPassesTheModelTesterThroughEveryEdit)
{
    ui::PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::Plan plan;
    plan.weekStart = day(2025, 3, 10);
    for (int d = 0; d < 7; ++d) {
        core::PlanDay planDay;
        planDay.date = plan.weekStart + std::chrono::days{d};
        plan.days.push_back(planDay);
    }
    core::PlannedExercise a{"clamshell", "Clamshell", 3, 15, 0, "", 30, core::WorkSide::Each, {}};
    core::PlannedExercise b{
        "pelvic-curl", "Pelvic curl", 3, 10, 3, "2-1-3", 45, core::WorkSide::Both, {}};
    plan.days[0].kind = core::DayKind::Strength;
    plan.days[0].exercises = {a, b};
    model.setPlan(plan);
    EXPECT_EQ(model.rowCount(), 7);
    EXPECT_EQ(model.rowCount(model.dayIndex(0)), 2);
    EXPECT_EQ(model.exerciseIndex(0, 1).data().toString(), QStringLiteral("Pelvic curl"));
    EXPECT_EQ(model.exerciseIndex(0, 1, ui::PlanModel::DoseColumn).data().toString(),
              QStringLiteral("3 × 10, hold 3 s"));

    model.moveExercise(0, 0, 1);
    EXPECT_EQ(model.exerciseAt(0, 0).id, "pelvic-curl");
    model.insertExercise(2, 0, a, core::DayKind::Mobility);
    EXPECT_EQ(model.dayMeta(2).kind, core::DayKind::Mobility) << "a rest day takes the new kind";
    EXPECT_GT(model.dayMeta(2).estimatedMinutes, 0);
    core::PlannedExercise heavier = a;
    heavier.sets = 5;
    const int before = model.dayMeta(2).estimatedMinutes;
    model.replaceExercise(2, 0, heavier);
    EXPECT_GT(model.dayMeta(2).estimatedMinutes, before) << "more sets, more minutes";
    model.removeExercise(2, 0);
    EXPECT_EQ(model.dayMeta(2).kind, core::DayKind::Rest) << "an empty day rests";
    EXPECT_EQ(model.dayMeta(2).estimatedMinutes, 0);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ClientsPageTest, NewClientIsCreatedFromTheProfileEditorAndSelected)
{
    click("newClientButton");
    ASSERT_TRUE(tabs()->isCreating());
    // A new client's check-in tab is disabled until the profile is saved: its form is not built
    // for the first paint of a first start, which opens here.
    EXPECT_FALSE(tabs()->isTabEnabled(tabs()->indexOf(tabs()->checkInPage())));
    EXPECT_EQ(page()->findChild<ui::CheckInForm*>(), nullptr);
    typeName(QStringLiteral("Dana Reyes"));
    auto* conditions = child<ui::CheckList>("profileConditions");
    conditions->box(static_cast<int>(core::Condition::PatellofemoralPain))->click();
    child<QComboBox>("profileSide")
        ->setCurrentIndex(
            child<QComboBox>("profileSide")->findData(static_cast<int>(core::Side::Left)));
    child<ui::CheckList>("profileEquipment")->box(static_cast<int>(core::Equipment::Band))->click();
    child<QSpinBox>("profileSessions")->setValue(4);
    child<QSpinBox>("profileAge")->setValue(29);
    click("saveProfileButton");

    const std::vector<storage::ClientRecord> stored = context().clients().list();
    ASSERT_EQ(stored.size(), 1U);
    const core::ClientProfile& profile = stored.front().profile;
    EXPECT_EQ(profile.name, "Dana Reyes");
    EXPECT_EQ(profile.conditions, std::vector{core::Condition::PatellofemoralPain});
    EXPECT_EQ(profile.side, core::Side::Left);
    EXPECT_EQ(profile.equipment, std::vector{core::Equipment::Band});
    EXPECT_EQ(profile.sessionsPerWeek, 4);
    EXPECT_EQ(profile.age, 29);
    EXPECT_TRUE(stored.front().screeningRedFlags.empty());
    EXPECT_EQ(context().currentClientId(), stored.front().id) << "the new client is selected";
    EXPECT_EQ(page()->clientModel()->rowCount(), 1);
    EXPECT_FALSE(tabs()->isCreating());
    EXPECT_FALSE(tabs()->profileEditor()->isModified());
    // Saved, the client has a blank check-in of today, ready before its tab is shown.
    auto* checkIn = page()->findChild<ui::CheckInForm*>(QStringLiteral("checkInForm"));
    ASSERT_NE(checkIn, nullptr);
    EXPECT_EQ(checkIn->checkIn().date, context().clock().today());
    EXPECT_TRUE(tabs()->isTabEnabled(tabs()->indexOf(tabs()->checkInPage())));
}

TEST_F(ClientsPageTest, InvalidProfileShowsErrorsAtTheFieldsAndSavesNothing)
{
    click("newClientButton");
    child<QSpinBox>("profileAge")->setValue(5); // core allows 8-110, or 0 for unknown
    click("saveProfileButton");

    auto* nameError = child<ui::FieldErrorLabel>("profileNameError");
    auto* conditionsError = child<ui::FieldErrorLabel>("profileConditionsError");
    auto* ageError = child<ui::FieldErrorLabel>("profileAgeError");
    EXPECT_TRUE(nameError->isVisible());
    EXPECT_TRUE(nameError->error().contains(QStringLiteral("name")));
    EXPECT_TRUE(conditionsError->isVisible());
    EXPECT_TRUE(ageError->error().contains(QStringLiteral("8")));
    EXPECT_TRUE(context().clients().list().empty()) << "nothing was stored";
    EXPECT_TRUE(tabs()->isCreating());

    typeName(QStringLiteral("Eli"));
    child<ui::CheckList>("profileConditions")
        ->box(static_cast<int>(core::Condition::GeneralKneePain))
        ->click();
    child<QSpinBox>("profileAge")->setValue(0);
    click("saveProfileButton");
    EXPECT_FALSE(nameError->isVisible()) << "errors clear once fixed";
    EXPECT_EQ(context().clients().list().size(), 1U);
}

TEST_F(ClientsPageTest, ScreeningAnswersAreStoredWithTheProfile)
{
    const qint64 id = storeClient("Fay");
    select(id);
    // The check-in form asks the same questions; these are the profile's.
    ui::ProfileEditor* editor = tabs()->profileEditor();
    auto* yes = editor->findChild<QRadioButton*>(QStringLiteral("redFlagYes_locked_knee"));
    ASSERT_NE(yes, nullptr);
    ASSERT_TRUE(yes->isVisibleTo(page()));
    yes->click();
    EXPECT_TRUE(editor->findChild<QLabel*>(QStringLiteral("redFlagWarning"))->isVisibleTo(page()));
    click("saveProfileButton");
    EXPECT_EQ(context().clients().find(id)->screeningRedFlags,
              std::vector{core::RedFlag::LockedKnee});

    editor->findChild<QRadioButton*>(QStringLiteral("redFlagNo_locked_knee"))->click();
    click("saveProfileButton");
    EXPECT_TRUE(context().clients().find(id)->screeningRedFlags.empty());
}

TEST_F(ClientsPageTest, SearchNarrowsTheClientList)
{
    storeClient("Alice Moreau");
    storeClient("Bob Lind");
    const qint64 alina = storeClient("Alina Park");
    EXPECT_EQ(page()->clientModel()->rowCount(), 3);
    QTest::keyClicks(child<QLineEdit>("clientSearch"), QStringLiteral("Ali"));
    EXPECT_EQ(page()->clientModel()->rowCount(), 2);
    EXPECT_EQ(page()->clientModel()->rowOf(alina), 1) << "listed by name";
    QTest::keyClicks(child<QLineEdit>("clientSearch"), QStringLiteral("zz"));
    EXPECT_EQ(page()->clientModel()->rowCount(), 0);
    EXPECT_TRUE(child<QLabel>("clientListHint")->text().contains(QStringLiteral("Alizz")));
    child<QLineEdit>("clientSearch")->clear();
    EXPECT_EQ(page()->clientModel()->rowCount(), 3);
}

TEST_F(ClientsPageTest, CheckInIsSavedFromTheFormAndShownInTheHistory)
{
    const qint64 id = storeClient("Gus");
    select(id);
    slider("painRest")->setValue(1);
    slider("painActivity")->setValue(3);
    slider("painExercise")->setValue(7);
    auto* morning = child<QComboBox>("nextMorning");
    morning->setCurrentIndex(morning->findData(static_cast<int>(core::NextMorning::Higher)));
    child<QCheckBox>("nightPain")->setChecked(true);
    auto* swelling = child<QComboBox>("swelling");
    swelling->setCurrentIndex(swelling->findData(static_cast<int>(core::Swelling::Same)));
    child<QSpinBox>("sessionsPlanned")->setValue(3);
    child<QSpinBox>("sessionsDone")->setValue(2);
    auto* difficulty = child<QComboBox>("difficulty");
    difficulty->setCurrentIndex(difficulty->findData(static_cast<int>(core::Difficulty::TooHard)));
    auto* picker = child<QComboBox>("painfulExercisePicker");
    const int clam = picker->findText(QStringLiteral("Clamshell"));
    ASSERT_GE(clam, 0);
    picker->setCurrentIndex(clam);
    child<QSpinBox>("painfulExercisePain")->setValue(6);
    click("addPainfulExercise");
    EXPECT_EQ(child<QTableWidget>("painfulExercisesTable")->rowCount(), 1);
    answerRedFlags(tabs()->checkInForm());
    click("saveCheckInButton");

    const auto checkIns = context().clients().checkIns(id);
    ASSERT_EQ(checkIns.size(), 1U);
    const core::CheckIn& c = checkIns.front().checkIn;
    EXPECT_EQ(c.date, context().clock().today());
    EXPECT_EQ(c.painRest, 1);
    EXPECT_EQ(c.painActivity, 3);
    EXPECT_EQ(c.painExercise, 7);
    EXPECT_EQ(c.nextMorning, core::NextMorning::Higher);
    EXPECT_TRUE(c.nightPain);
    EXPECT_EQ(c.swelling, core::Swelling::Same);
    EXPECT_DOUBLE_EQ(c.adherence, 2.0 / 3.0);
    EXPECT_EQ(c.difficulty, core::Difficulty::TooHard);
    EXPECT_EQ(c.painfulExercises, (std::map<std::string, int>{{"clamshell", 6}}));
    EXPECT_TRUE(c.redFlags.empty());

    EXPECT_EQ(tabs()->historyModel()->rowCount(), 1);
    EXPECT_FALSE(child<ui::PainSlider>("painExercise")->isRated())
        << "the form is ready for the next week";
    EXPECT_EQ(child<QSpinBox>("sessionsDone")->value(), -1) << "sessions done not entered";
    EXPECT_FALSE(tabs()->checkInForm()->isModified());
}

TEST_F(ClientsPageTest, MoreSessionsDoneThanPlannedIsRefusedInline)
{
    const qint64 id = storeClient("Hal");
    select(id);
    child<QSpinBox>("sessionsPlanned")->setValue(3);
    child<QSpinBox>("sessionsDone")->setValue(5);
    click("saveCheckInButton");
    auto* error = child<ui::FieldErrorLabel>("adherenceError");
    EXPECT_TRUE(error->isVisibleTo(page()));
    EXPECT_TRUE(error->error().contains(QStringLiteral("5")));
    EXPECT_TRUE(context().clients().checkIns(id).empty());
}

TEST_F(ClientsPageTest, ACheckInFromTheHistoryCanBeEditedAndDeleted)
{
    const qint64 id = storeClient("Ivy");
    core::CheckIn checkIn;
    checkIn.date = day(2025, 2, 26);
    checkIn.painExercise = 4;
    const qint64 checkInId = context().clients().addCheckIn(id, checkIn);
    select(id);
    auto* history = child<QTableView>("checkInHistory");
    ASSERT_EQ(history->model()->rowCount(), 1);
    history->selectRow(0);
    click("editCheckInButton");
    EXPECT_EQ(slider("painExercise")->value(), 4);
    slider("painExercise")->setValue(2);
    click("saveCheckInButton");
    auto stored = context().clients().checkIns(id);
    ASSERT_EQ(stored.size(), 1U) << "editing replaces, it does not add";
    EXPECT_EQ(stored.front().id, checkInId);
    EXPECT_EQ(stored.front().checkIn.painExercise, 2);
    EXPECT_EQ(stored.front().checkIn.date, day(2025, 2, 26));

    history->selectRow(0);
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    click("deleteCheckInButton");
    EXPECT_EQ(context().clients().checkIns(id).size(), 1U);
    history->selectRow(0);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    click("deleteCheckInButton");
    EXPECT_TRUE(context().clients().checkIns(id).empty());
    EXPECT_EQ(history->model()->rowCount(), 0);
}

TEST_F(ClientsPageTest, DeletingAClientAsksFirstAndRemovesAllTheirData)
{
    const qint64 keep = storeClient("Jo Keep");
    const qint64 id = storeClient("Kim Gone");
    core::CheckIn checkIn;
    checkIn.date = day(2025, 3, 1);
    context().clients().addCheckIn(id, checkIn);
    core::Plan plan;
    plan.weekStart = day(2025, 3, 3);
    for (int d = 0; d < 7; ++d) {
        plan.days.push_back({plan.weekStart + std::chrono::days{d}, core::DayKind::Rest, 0, {}});
    }
    context().clients().savePlan(id, plan);
    context().clients().addCheckIn(keep, checkIn);
    select(id);

    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    click("deleteClientButton");
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("Kim Gone")));
    EXPECT_TRUE(context().clients().find(id).has_value()) << "cancel keeps the client";

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    click("deleteClientButton");
    EXPECT_FALSE(context().clients().find(id).has_value());
    EXPECT_TRUE(context().clients().checkIns(id).empty());
    EXPECT_TRUE(context().clients().plans(id).empty());
    EXPECT_EQ(context().currentClientId(), -1);
    EXPECT_EQ(page()->clientModel()->rowCount(), 1);
    EXPECT_EQ(context().clients().checkIns(keep).size(), 1U) << "other clients are untouched";
}

TEST_F(ClientsPageTest, SwitchingClientsAsksAboutUnsavedEdits)
{
    const qint64 first = storeClient("Lee");
    const qint64 second = storeClient("Max");
    select(first);
    typeName(QStringLiteral("Lee Changed"));
    ASSERT_TRUE(tabs()->profileEditor()->isModified());

    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    child<QTableView>("clientList")->selectRow(page()->clientModel()->rowOf(second));
    EXPECT_EQ(context().currentClientId(), first) << "cancel stays with the edited client";

    ui::MessageBox::setNextAnswer(QMessageBox::Save);
    child<QTableView>("clientList")->selectRow(page()->clientModel()->rowOf(second));
    EXPECT_EQ(context().currentClientId(), second);
    EXPECT_EQ(context().clients().find(first)->profile.name, "Lee Changed");
}

TEST_F(ClientsPageTest, TheLastChosenClientIsChosenAgainNextTime)
{
    storeClient("Nell");
    const qint64 id = storeClient("Otto");
    select(id);
    closeWindow();
    context().setCurrentClientId(-1);
    EXPECT_EQ(page()->clientModel()->rowOf(context().currentClientId()),
              page()->clientModel()->rowOf(id));
    EXPECT_EQ(context().currentClientId(), id);
}

} // namespace
} // namespace glidepath::test

namespace glidepath::test {
namespace {

// Start-up: with no client selected the page shows its hint without building the client tabs,
// and the check-in form is sized (put on its page) only when its tab is first shown.
TEST_F(ClientsPageTest, TheTabsAreBuiltForTheFirstClientAndTheCheckInFormWhenFirstShown)
{
    window().showPage(ui::MainWindow::Page::Clients);
    ui::ClientsPage* clients = window().clientsPage();
    EXPECT_EQ(clients->findChild<ui::ClientTabs*>(), nullptr);
    EXPECT_NE(clients->findChild<QWidget*>(QStringLiteral("clientEmptyHint")), nullptr);

    const qint64 id = storeClient("Robin");
    select(id);
    auto* built = clients->findChild<ui::ClientTabs*>();
    ASSERT_NE(built, nullptr);
    EXPECT_TRUE(built->isVisible());
    auto* form = built->findChild<ui::CheckInForm*>(QStringLiteral("checkInForm"));
    ASSERT_NE(form, nullptr);
    // Not yet in its scroll area: the Profile tab is showing.
    EXPECT_EQ(built->currentWidget(), built->profilePage());
    EXPECT_FALSE(built->checkInPage()->isAncestorOf(form) &&
                 form->isVisibleTo(built->checkInPage()));

    built->setCurrentWidget(built->checkInPage());
    EXPECT_TRUE(form->isVisible());
    EXPECT_EQ(built->checkInForm(), form);
}

TEST_F(ClientsPageTest, TheProfileFormIsPutInItsScrollAreaWhenShownAndStillShowsAndSavesEveryField)
{
    const qint64 id = storeClient("Gil");
    select(id);
    ui::ClientTabs* built = tabs();
    ui::ProfileEditor* editor = built->profileEditor();
    auto* scroll = built->profilePage()->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    EXPECT_EQ(scroll->widget(), editor) << "in its scroll area once the tabs are shown";
    EXPECT_TRUE(editor->isVisible());

    // Every section, the lower ones too, is on the page and keeps what is typed.
    auto* precautions = editor->findChild<ui::CheckList*>(QStringLiteral("profilePrecautions"));
    ASSERT_NE(precautions, nullptr);
    EXPECT_TRUE(precautions->isVisibleTo(page()));
    precautions->setChecked(static_cast<int>(core::ClientPrecaution::Osteoporosis), true);
    editor->findChild<QRadioButton*>(QStringLiteral("hipYes_BackPain"))->click();
    editor->findChild<QRadioButton*>(QStringLiteral("redFlagYes_locked_knee"))->click();
    auto* age = editor->findChild<QSpinBox*>(QStringLiteral("profileAge"));
    age->setValue(61);
    click("saveProfileButton");
    const auto stored = context().clients().find(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->profile.precautions, std::vector{core::ClientPrecaution::Osteoporosis});
    EXPECT_EQ(stored->profile.hipBalance.backPain, std::optional<bool>(true));
    EXPECT_EQ(stored->profile.age, 61);
    EXPECT_EQ(stored->screeningRedFlags, std::vector{core::RedFlag::LockedKnee});

    // Tab still walks from the notes down through the lower sections to the buttons.
    window().activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window()));
    auto* notes = editor->findChild<QPlainTextEdit*>(QStringLiteral("profileNotes"));
    notes->setFocus(Qt::TabFocusReason);
    bool reachedHip = false;
    bool reachedScreening = false;
    for (int i = 0;
         i < 80 && QApplication::focusWidget() !=
                       built->findChild<QPushButton*>(QStringLiteral("saveProfileButton"));
         ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        const QString name = QApplication::focusWidget()->objectName();
        reachedHip = reachedHip || name.startsWith(QStringLiteral("hip"));
        reachedScreening = reachedScreening || name.startsWith(QStringLiteral("redFlag"));
        EXPECT_FALSE(reachedHip && !reachedScreening && name == QStringLiteral("profileName"))
            << "Tab went back to the top";
    }
    EXPECT_TRUE(reachedHip);
    EXPECT_TRUE(reachedScreening);
}

} // namespace
} // namespace glidepath::test
