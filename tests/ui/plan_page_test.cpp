// The Plan page driven through the real main window: a check-in followed by "Plan next week"
// shows the engine's decision, adjustments are undoable and saved with the plan as overrides,
// versions stay viewable, a red flag blocks planning, and handouts are written as PDF.

#include "commands/command.h"
#include "models/plan_model.h"
#include "ui_fixture.h"
#include "widgets/clients/check_in_form.h"
#include "widgets/clients/client_tabs.h"
#include "widgets/clients/clients_page.h"
#include "widgets/clients/pain_slider.h"
#include "widgets/clients/profile_editor.h"
#include "widgets/common/field_error_label.h"
#include "widgets/main/preferences_dialog.h"
#include "widgets/plan/decision_banner.h"
#include "widgets/plan/plan_adjust_panel.h"
#include "widgets/plan/plan_page.h"
#include "widgets/plan/plan_week_view.h"
#include "widgets/session/session_window.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

namespace glidepath::test {
namespace {

core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / m / d};
}

class PlanPageTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        context().setMode(ui::AppMode::Clinician);
    }

    ui::PlanPage* page()
    {
        window().showPage(ui::MainWindow::Page::Plan);
        return window().planPage();
    }
    ui::PlanModel* draft() { return page()->draftModel(); }

    template <typename T> T* child(const char* name)
    {
        T* found = page()->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << "no " << name;
        return found;
    }

    void click(const char* name)
    {
        auto* button = child<QPushButton>(name);
        ASSERT_TRUE(button->isEnabled()) << name << " is disabled";
        QTest::mouseClick(button, Qt::LeftButton);
    }

    qint64 storeClient(std::vector<core::RedFlag> flags = {})
    {
        storage::ClientRecord record;
        record.profile.name = "Nora Quinn";
        record.profile.conditions = {core::Condition::PatellofemoralPain};
        record.profile.equipment = {core::Equipment::Mat, core::Equipment::Band,
                                    core::Equipment::Step, core::Equipment::Chair,
                                    core::Equipment::Wall};
        record.profile.sessionsPerWeek = 3;
        record.profile.minutesPerSession = 30;
        record.profile.age = 31;
        record.screeningRedFlags = std::move(flags);
        answerScreening(record);
        const qint64 id = context().clients().create(record);
        emit context().changes().clientsChanged();
        context().setCurrentClientId(id);
        return id;
    }

    // Enters this week's check-in through the Clients page form, as a clinician would.
    void checkInThroughTheForm(int painExercise, std::optional<core::RedFlag> flag = {})
    {
        window().showPage(ui::MainWindow::Page::Clients);
        ui::ClientsPage* clients = window().clientsPage();
        for (const char* name : {"painRest", "painActivity", "painExercise"}) {
            clients->findChild<ui::PainSlider*>(QString::fromLatin1(name))
                ->setValue(QLatin1String(name) == QLatin1String("painExercise") ? painExercise : 1);
        }
        clients->findChild<QSpinBox*>(QStringLiteral("sessionsDone"))->setValue(3);
        answerRedFlags(clients->clientTabs()->checkInForm(),
                       flag ? std::vector{*flag} : std::vector<core::RedFlag>{});
        if (flag) {
            ui::MessageBox::setNextAnswer(QMessageBox::Ok); // the referral, shown at once
        }
        QTest::mouseClick(clients->findChild<QPushButton*>(QStringLiteral("saveCheckInButton")),
                          Qt::LeftButton);
        ASSERT_FALSE(context().clients().checkIns(context().currentClientId()).empty());
    }

    void storeCheckIn(qint64 id, int painExercise)
    {
        core::CheckIn checkIn;
        checkIn.date = context().clock().today();
        checkIn.painExercise = painExercise;
        context().clients().addCheckIn(id, checkIn);
        emit context().changes().checkInsChanged(id);
    }

    // The first planned exercise that can be swapped (easier, harder or same slot).
    std::pair<int, int> selectSwappable()
    {
        for (int d = 0; d < draft()->dayCount(); ++d) {
            for (int r = 0; r < draft()->exerciseCount(d); ++r) {
                ui::SessionCard* card = page()->weekView()->card(d, r);
                EXPECT_NE(card, nullptr);
                QTest::mouseClick(card, Qt::LeftButton);
                if (child<QPushButton>("easierButton")->isEnabled() ||
                    child<QPushButton>("harderButton")->isEnabled() ||
                    child<QPushButton>("swapButton")->isEnabled()) {
                    return {d, r};
                }
            }
        }
        ADD_FAILURE() << "no exercise in the plan can be swapped";
        return {-1, -1};
    }

    // Clicks whichever swap the panel offers and returns the id swapped in.
    std::string swapSelected()
    {
        for (const char* name : {"easierButton", "harderButton"}) {
            auto* button = child<QPushButton>(name);
            if (button->isEnabled()) {
                const std::string id = button->property("exerciseId").toString().toStdString();
                QTest::mouseClick(button, Qt::LeftButton);
                return id;
            }
        }
        auto* combo = child<QComboBox>("slotCombo");
        const std::string id = combo->currentData(Qt::UserRole + 1).toString().toStdString();
        click("swapButton");
        return id;
    }

    int cardCount()
    {
        int count = 0;
        for (int d = 0; d < 7; ++d) {
            for (int r = 0; r < 20; ++r) {
                count += page()->weekView()->card(d, r) != nullptr ? 1 : 0;
            }
        }
        return count;
    }
};

TEST_F(PlanPageTest, PainDuringExerciseOfSevenStepsBack)
{
    storeClient();
    checkInThroughTheForm(7);
    click("planNextWeekButton");

    ASSERT_TRUE(page()->hasPlan());
    EXPECT_TRUE(page()->banner()->hasDecision());
    EXPECT_EQ(page()->banner()->action(), core::Action::Regress);
    EXPECT_TRUE(page()->banner()->headline().contains(QStringLiteral("Step back")));
    EXPECT_TRUE(page()->banner()->reasonsText().contains(QStringLiteral("7/10")))
        << page()->banner()->reasonsText().toStdString();
    EXPECT_EQ(draft()->plan().weekStart, day(2025, 3, 10)) << "the Monday after 5 March 2025";
    EXPECT_EQ(draft()->dayCount(), 7);
    EXPECT_GT(cardCount(), 0) << "the week is shown as session cards";
    EXPECT_TRUE(page()->adjustPanel()->isEditable());
    EXPECT_TRUE(child<QPushButton>("savePlanButton")->isEnabled());
}

TEST_F(PlanPageTest, ALowPainWeekDoesNotStepBack)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 1);
    click("planNextWeekButton");
    ASSERT_TRUE(page()->banner()->hasDecision());
    EXPECT_NE(page()->banner()->action(), core::Action::Regress);
    EXPECT_NE(page()->banner()->action(), core::Action::Refer);
}

TEST_F(PlanPageTest, TheDisclaimerStaysInViewWithThePlan)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 1);
    click("planNextWeekButton");
    ASSERT_TRUE(page()->hasPlan());
    auto* disclaimer = child<QLabel>("planDisclaimer");
    ASSERT_NE(disclaimer, nullptr);
    EXPECT_TRUE(disclaimer->isVisibleTo(page()));
    EXPECT_TRUE(disclaimer->text().contains(QStringLiteral("does not replace")));
}

TEST_F(PlanPageTest, RestDaysAreShownPlainly)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    int restDays = 0;
    for (int d = 0; d < 7; ++d) {
        if (draft()->plan().days[static_cast<std::size_t>(d)].kind == core::DayKind::Rest) {
            ++restDays;
            EXPECT_NE(page()->weekView()->findChild<QLabel*>(QStringLiteral("restLabel_%1").arg(d)),
                      nullptr);
        }
    }
    EXPECT_GE(restDays, 1);
}

TEST_F(PlanPageTest, CardsShowTheExercisePicturesWhenAskedTo)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    int day = -1;
    for (int d = 0; d < draft()->dayCount() && day < 0; ++d) {
        if (draft()->exerciseCount(d) > 0) {
            day = d;
        }
    }
    ASSERT_GE(day, 0);
    auto picture = [&] {
        ui::SessionCard* card = page()->weekView()->card(day, 0);
        EXPECT_NE(card, nullptr);
        return card ? card->findChild<QLabel*>(QStringLiteral("cardPicture")) : nullptr;
    };
    EXPECT_EQ(picture(), nullptr) << "off by default: the cards stay compact";
    auto* toggle = child<QCheckBox>("planShowPictures");
    toggle->setChecked(true);
    QLabel* shown = picture();
    ASSERT_NE(shown, nullptr);
    EXPECT_FALSE(shown->pixmap().isNull());
    toggle->setChecked(false);
    EXPECT_EQ(picture(), nullptr);
}

// A walk's dose on the cards reads as walking, as the handout has it; a hold stays a hold.
TEST_F(PlanPageTest, AWalkOnTheCardsReadsAsWalking)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    core::PlannedExercise walk{"brisk-walk", "Brisk walk with good form", 2, 0, 240, "",
                               30,           core::WorkSide::Both,        {}};
    core::PlannedExercise wallSit{"wall-sit", "Wall sit",           2, 0, 20, "",
                                  60,         core::WorkSide::Both, {}};
    draft()->insertExercise(0, 0, walk);
    draft()->insertExercise(0, 1, wallSit);
    const auto plain = [](QString t) { return t.replace(QChar(0x00a0), QLatin1Char(' ')); };
    EXPECT_EQ(plain(draft()->exerciseIndex(0, 0, ui::PlanModel::DoseColumn).data().toString()),
              QStringLiteral("Walk 4 min, twice"));
    EXPECT_EQ(draft()->exerciseIndex(0, 1, ui::PlanModel::DoseColumn).data().toString(),
              QStringLiteral("2 × 20 s hold"));
    ui::SessionCard* card = page()->weekView()->card(0, 0);
    ASSERT_NE(card, nullptr);
    const QString said = plain(card->accessibleName());
    EXPECT_TRUE(said.contains(QStringLiteral("Walk 4 min, twice"))) << said.toStdString();
    EXPECT_FALSE(said.contains(QStringLiteral("hold"))) << said.toStdString();
}

// The Hundred's time is movement kept up: its card reads "Keep moving for", not a hold.
TEST_F(PlanPageTest, TheHundredOnTheCardsReadsAsMoving)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    core::PlannedExercise hundred{"hundred", "Hundred", 2, 0, 50, "", 45, core::WorkSide::Both, {}};
    draft()->insertExercise(0, 0, hundred);
    const auto plain = [](QString t) { return t.replace(QChar(0x00a0), QLatin1Char(' ')); };
    EXPECT_EQ(plain(draft()->exerciseIndex(0, 0, ui::PlanModel::DoseColumn).data().toString()),
              QStringLiteral("Keep moving for 50 s, twice"));
    ui::SessionCard* card = page()->weekView()->card(0, 0);
    ASSERT_NE(card, nullptr);
    const QString said = plain(card->accessibleName());
    EXPECT_TRUE(said.contains(QStringLiteral("Keep moving for 50 s, twice"))) << said.toStdString();
    EXPECT_FALSE(said.contains(QStringLiteral("hold"))) << said.toStdString();
}

TEST_F(PlanPageTest, ASwapIsSavedWithThePlan)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    const auto [d, r] = selectSwappable();
    ASSERT_GE(d, 0);
    const std::string before = draft()->exerciseAt(d, r).id;
    const std::string swappedIn = swapSelected();
    ASSERT_FALSE(swappedIn.empty());
    EXPECT_EQ(draft()->exerciseAt(d, r).id, swappedIn);
    ASSERT_EQ(draft()->plan().overrides.size(), 1U);
    EXPECT_EQ(page()->findChild<QListWidget*>(QStringLiteral("planOverrides"))->count(), 1);
    ASSERT_NE(page()->weekView()->card(d, r), nullptr);
    EXPECT_NE(page()->weekView()->card(d, r)->findChild<QLabel*>(QStringLiteral("editedMark")),
              nullptr)
        << "the card says it was changed by hand";

    click("savePlanButton");
    const std::optional<storage::StoredPlan> stored = context().clients().latestPlan(id);
    ASSERT_TRUE(stored.has_value());
    const core::Plan& plan = stored->plan;
    EXPECT_EQ(plan.days[static_cast<std::size_t>(d)].exercises[static_cast<std::size_t>(r)].id,
              swappedIn);
    ASSERT_EQ(plan.overrides.size(), 1U);
    const core::PlanOverride& o = plan.overrides.front();
    EXPECT_EQ(o.kind, "swap");
    EXPECT_EQ(o.dayIndex, d);
    EXPECT_EQ(o.exerciseId, before);
    EXPECT_EQ(o.replacementId, swappedIn);
    EXPECT_NE(o.description.find("Swapped"), std::string::npos) << o.description;
    EXPECT_FALSE(child<QPushButton>("savePlanButton")->isEnabled()) << "nothing left to save";
}

TEST_F(PlanPageTest, UndoOfASwapRestoresTheExerciseAndDropsTheOverride)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    const auto [d, r] = selectSwappable();
    ASSERT_GE(d, 0);
    const core::PlannedExercise before = draft()->exerciseAt(d, r);
    const int minutesBefore = draft()->dayMeta(d).estimatedMinutes;
    const std::string swappedIn = swapSelected();
    ASSERT_EQ(draft()->exerciseAt(d, r).id, swappedIn);

    ASSERT_TRUE(context().undoStack()->canUndo());
    context().undoStack()->undo();
    EXPECT_EQ(draft()->exerciseAt(d, r), before);
    EXPECT_EQ(draft()->dayMeta(d).estimatedMinutes, minutesBefore);
    EXPECT_TRUE(draft()->plan().overrides.empty());

    context().undoStack()->redo();
    EXPECT_EQ(draft()->exerciseAt(d, r).id, swappedIn);
    EXPECT_EQ(draft()->plan().overrides.size(), 1U);
}

TEST_F(PlanPageTest, DoseChangesAreCheckedRecordedAndUndoable)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    const auto [d, r] = selectSwappable();
    ASSERT_GE(d, 0);
    const core::PlannedExercise before = draft()->exerciseAt(d, r);
    const int undoCount = context().undoStack()->count();

    child<QSpinBox>("doseReps")->setValue(0);
    child<QSpinBox>("doseHold")->setValue(0);
    click("applyDoseButton");
    EXPECT_TRUE(child<ui::FieldErrorLabel>("doseError")->isVisibleTo(page()));
    EXPECT_EQ(draft()->exerciseAt(d, r), before) << "an invalid dose changes nothing";
    EXPECT_EQ(context().undoStack()->count(), undoCount);

    child<QSpinBox>("doseSets")->setValue(before.sets == 1 ? 2 : 1);
    child<QSpinBox>("doseReps")->setValue(8);
    child<QSpinBox>("doseHold")->setValue(before.holdSeconds);
    click("applyDoseButton");
    EXPECT_EQ(draft()->exerciseAt(d, r).reps, 8);
    ASSERT_EQ(draft()->plan().overrides.size(), 1U);
    EXPECT_EQ(draft()->plan().overrides.front().kind, "dose");
    context().undoStack()->undo();
    EXPECT_EQ(draft()->exerciseAt(d, r), before);
}

TEST_F(PlanPageTest, ALoadLevelIsAppliedLikeTheDoseOnAllDaysAndUndone)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    // An exercise with a load (a band), added by hand to two days that do not have it.
    auto* addCombo = child<QComboBox>("addExerciseCombo");
    std::string loaded;
    for (int i = 0; i < addCombo->count() && loaded.empty(); ++i) {
        const std::string candidate =
            addCombo->itemData(i, Qt::UserRole + 1).toString().toStdString();
        const auto exercise = context().exercises().find(candidate);
        if (exercise && exercise->dose.loadKind == core::LoadKind::Band &&
            exercise->limits.maxLoadLevel >= 3) {
            loaded = candidate;
            addCombo->setCurrentIndex(i);
        }
    }
    ASSERT_FALSE(loaded.empty()) << "no banded exercise can be added";
    const core::Exercise library = context().exercises().find(loaded).value();
    std::vector<int> days;
    for (int d = 0; d < draft()->dayCount() && days.size() < 2; ++d) {
        bool has = false;
        for (int r = 0; r < draft()->exerciseCount(d); ++r) {
            has = has || draft()->exerciseAt(d, r).id == loaded;
        }
        if (!has) {
            days.push_back(d);
        }
    }
    ASSERT_EQ(days.size(), 2U);
    for (const int d : days) {
        child<QComboBox>("addDayCombo")->setCurrentIndex(d);
        click("addButton");
        ASSERT_EQ(draft()->exerciseAt(d, draft()->exerciseCount(d) - 1).id, loaded);
    }
    const int rowA = draft()->exerciseCount(days[0]) - 1;
    const int rowB = draft()->exerciseCount(days[1]) - 1;
    const core::PlannedExercise before = draft()->exerciseAt(days[0], rowA);
    ASSERT_EQ(before.loadKind, core::LoadKind::Band);
    ASSERT_EQ(before.loadLevel, library.dose.loadLevel);

    QTest::mouseClick(page()->weekView()->card(days[0], rowA), Qt::LeftButton);
    auto* load = child<QComboBox>("doseLoad");
    ASSERT_TRUE(load->isVisibleTo(page())) << "an exercise with a load kind shows its level";
    EXPECT_EQ(load->count(), library.limits.maxLoadLevel + 1) << "none, then up to its heaviest";
    EXPECT_EQ(load->itemText(2), QStringLiteral("medium band")) << "levels in words";

    load->setCurrentIndex(load->findData(2));
    child<QCheckBox>("doseAllDays")->setChecked(true);
    click("applyDoseButton");
    EXPECT_EQ(draft()->exerciseAt(days[0], rowA).loadLevel, 2);
    EXPECT_EQ(draft()->exerciseAt(days[1], rowB).loadLevel, 2) << "all days of this exercise";

    context().undoStack()->undo();
    EXPECT_EQ(draft()->exerciseAt(days[0], rowA).loadLevel, before.loadLevel);
    EXPECT_EQ(draft()->exerciseAt(days[1], rowB).loadLevel, before.loadLevel) << "one step";
    context().undoStack()->redo();
    EXPECT_EQ(draft()->exerciseAt(days[1], rowB).loadLevel, 2);

    // A level chosen and left without Apply is applied as the selection moves on.
    QTest::mouseClick(page()->weekView()->card(days[0], rowA), Qt::LeftButton);
    child<QCheckBox>("doseAllDays")->setChecked(false);
    load->setCurrentIndex(load->findData(3));
    EXPECT_TRUE(page()->findChild<ui::PlanAdjustPanel*>()->hasPendingDose());
    QTest::mouseClick(page()->weekView()->card(days[1], rowB), Qt::LeftButton);
    EXPECT_EQ(draft()->exerciseAt(days[0], rowA).loadLevel, 3);
    EXPECT_EQ(draft()->exerciseAt(days[1], rowB).loadLevel, 2);

    // An exercise without a load kind has no load to choose.
    for (int r = 0; r < draft()->exerciseCount(days[0]); ++r) {
        if (draft()->exerciseAt(days[0], r).loadKind == core::LoadKind::None) {
            QTest::mouseClick(page()->weekView()->card(days[0], r), Qt::LeftButton);
            EXPECT_FALSE(load->isVisibleTo(page()));
            break;
        }
    }
}

TEST_F(PlanPageTest, RemoveAddAndReorderAreUndoableOverrides)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    int d = -1;
    for (int i = 0; i < draft()->dayCount(); ++i) {
        if (draft()->exerciseCount(i) >= 2) {
            d = i;
            break;
        }
    }
    ASSERT_GE(d, 0);
    const core::PlanDay original = draft()->plan().days[static_cast<std::size_t>(d)];

    QTest::mouseClick(page()->weekView()->card(d, 0), Qt::LeftButton);
    click("moveDownButton");
    EXPECT_EQ(draft()->exerciseAt(d, 1).id, original.exercises[0].id);
    EXPECT_EQ(page()->weekView()->selection(), std::make_pair(d, 1)) << "selection follows";
    click("removeButton");
    EXPECT_EQ(draft()->exerciseCount(d), static_cast<int>(original.exercises.size()) - 1);

    auto* addCombo = child<QComboBox>("addExerciseCombo");
    ASSERT_GT(addCombo->count(), 0);
    child<QComboBox>("addDayCombo")->setCurrentIndex(d);
    addCombo->setCurrentIndex(
        addCombo->findData(QString::fromStdString(original.exercises[0].id), Qt::UserRole + 1));
    ASSERT_GE(addCombo->currentIndex(), 0);
    click("addButton");
    EXPECT_EQ(draft()->exerciseAt(d, draft()->exerciseCount(d) - 1).id, original.exercises[0].id);

    const auto& overrides = draft()->plan().overrides;
    ASSERT_EQ(overrides.size(), 3U);
    EXPECT_EQ(overrides[0].kind, "reorder");
    EXPECT_EQ(overrides[1].kind, "remove");
    EXPECT_EQ(overrides[2].kind, "add");

    context().undoStack()->undo();
    context().undoStack()->undo();
    context().undoStack()->undo();
    EXPECT_EQ(draft()->plan().days[static_cast<std::size_t>(d)], original);
    EXPECT_TRUE(draft()->plan().overrides.empty());
}

TEST_F(PlanPageTest, AddingToARestDayMakesItAWorkingDay)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    int rest = -1;
    for (int d = 0; d < draft()->dayCount(); ++d) {
        if (draft()->plan().days[static_cast<std::size_t>(d)].kind == core::DayKind::Rest) {
            rest = d;
        }
    }
    ASSERT_GE(rest, 0);
    child<QComboBox>("addDayCombo")->setCurrentIndex(rest);
    click("addButton");
    EXPECT_NE(draft()->dayMeta(rest).kind, core::DayKind::Rest);
    EXPECT_GT(draft()->dayMeta(rest).estimatedMinutes, 0);
    EXPECT_NE(page()->weekView()->card(rest, 0), nullptr);
    context().undoStack()->undo();
    EXPECT_EQ(draft()->dayMeta(rest).kind, core::DayKind::Rest);
    EXPECT_EQ(page()->weekView()->card(rest, 0), nullptr);
}

TEST_F(PlanPageTest, ARedFlagBlocksPlanningAndCannotBeEditedAround)
{
    const qint64 id = storeClient({core::RedFlag::HotSwollenJointFever});
    click("planNextWeekButton");

    EXPECT_EQ(page()->banner()->action(), core::Action::Refer);
    EXPECT_TRUE(page()->banner()->headline().contains(QStringLiteral("Refer")));
    EXPECT_EQ(cardCount(), 0) << "no session cards for a referral";
    const QString referral = page()->referralText();
    EXPECT_TRUE(referral.contains(QStringLiteral("fever"))) << referral.toStdString();
    EXPECT_TRUE(page()->findChild<QLabel*>(QStringLiteral("referralText"))->isVisible());

    EXPECT_FALSE(page()->adjustPanel()->isEditable());
    EXPECT_FALSE(child<QPushButton>("addButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("swapButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("easierButton")->isEnabled());

    // Not even a direct call gets an exercise in.
    core::PlannedExercise sneaky{"clamshell", "Clamshell",          3, 10, 0, "",
                                 30,          core::WorkSide::Each, {}};
    const ui::command::Outcome outcome =
        ui::command::addPlanExercise(context(), *draft(), 0, sneaky, core::DayKind::Strength);
    EXPECT_FALSE(outcome.ok);
    EXPECT_EQ(draft()->exerciseCount(0), 0);

    click("savePlanButton");
    const auto stored = context().clients().latestPlan(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->plan.decision.action, core::Action::Refer);
    for (const core::PlanDay& planDay : stored->plan.days) {
        EXPECT_TRUE(planDay.exercises.empty());
    }
    EXPECT_TRUE(stored->plan.overrides.empty());
}

TEST_F(PlanPageTest, ARedFlagAnsweredAtTheCheckInAlsoBlocks)
{
    storeClient();
    checkInThroughTheForm(1, core::RedFlag::NumbnessOrColourChange);
    click("planNextWeekButton");
    EXPECT_EQ(page()->banner()->action(), core::Action::Refer);
    EXPECT_EQ(cardCount(), 0);
    EXPECT_TRUE(page()->referralText().contains(QStringLiteral("Numbness")));
}

TEST_F(PlanPageTest, SavedVersionsStayViewableReadOnly)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    click("savePlanButton");
    const auto [d, r] = selectSwappable();
    ASSERT_GE(d, 0);
    swapSelected();
    EXPECT_TRUE(child<QPushButton>("savePlanButton")->isEnabled());
    click("savePlanButton");

    const auto plans = context().clients().plans(id);
    ASSERT_EQ(plans.size(), 2U);
    EXPECT_EQ(plans[0].plan.weekStart, plans[1].plan.weekStart);

    auto* history = page()->historyCombo();
    ASSERT_EQ(history->count(), 3) << "the draft and two saved versions";
    qint64 firstVersionId = -1;
    for (const storage::StoredPlan& stored : plans) {
        if (stored.version == 1) {
            firstVersionId = stored.id;
        }
    }
    const int index = history->findData(QVariant::fromValue<qint64>(firstVersionId));
    ASSERT_GE(index, 0);
    history->setCurrentIndex(index);
    emit history->activated(index);
    EXPECT_FALSE(page()->isShowingDraft());
    EXPECT_TRUE(page()->shownPlan()->overrides.empty()) << "version 1 had no changes";
    EXPECT_FALSE(page()->adjustPanel()->isEditable());
    EXPECT_TRUE(child<QPushButton>("editAsNewVersionButton")->isVisible());

    // Undo takes back the save of version 2 first (the save is a step of its own), then the
    // edit, switching back to the draft the edit belongs to.
    context().undoStack()->undo();
    EXPECT_EQ(context().clients().plans(id).size(), 1U);
    context().undoStack()->undo();
    EXPECT_TRUE(page()->isShowingDraft());
    EXPECT_TRUE(draft()->plan().overrides.empty());
}

TEST_F(PlanPageTest, ReplanningRetiresEditsOfTheOldDraft)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    selectSwappable();
    swapSelected();
    ui::MessageBox::setNextAnswer(QMessageBox::Yes); // replace the draft with hand edits
    click("planNextWeekButton");
    const core::Plan fresh = draft()->plan();
    EXPECT_TRUE(fresh.overrides.empty());
    context().undoStack()->undo(); // the swap belonged to the old draft
    EXPECT_EQ(draft()->plan(), fresh) << "a stale edit does not touch the new draft";
}

TEST_F(PlanPageTest, HandoutsAreWrittenAsPdf)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    for (const auto variant :
         {ui::PlanPage::PdfVariant::HomeRoutine, ui::PlanPage::PdfVariant::ClinicianSummary}) {
        const QString path = tempPath(variant == ui::PlanPage::PdfVariant::HomeRoutine
                                          ? QStringLiteral("home.pdf")
                                          : QStringLiteral("summary.pdf"));
        report::HandoutOptions options;
        options.largePrint = true;
        EXPECT_EQ(page()->writePdf(path, variant, options), QString());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.read(5), QByteArray("%PDF-"));
        EXPECT_GT(file.size(), 1000);
    }
    EXPECT_FALSE(page()
                     ->writePdf(tempPath(QStringLiteral("no/such/dir/x.pdf")),
                                ui::PlanPage::PdfVariant::HomeRoutine, {})
                     .isEmpty())
        << "a file that cannot be written is reported";
}

QString pdfText(const QString& path)
{
    QProcess tool;
    tool.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(tool.waitForFinished(60000));
    return QString::fromUtf8(tool.readAllStandardOutput()).simplified();
}

TEST_F(PlanPageTest, HandoutCarriesTheClinicianFromPreferences)
{
    {
        // Typed into Preferences and saved, as OK does.
        ui::PreferencesDialog preferences(ui::AppMode::Clinician);
        preferences.findChild<QLineEdit*>(QStringLiteral("clinicianNameEdit"))
            ->setText(QStringLiteral("Sam Patel, physiotherapist"));
        preferences.findChild<QLineEdit*>(QStringLiteral("practiceEdit"))
            ->setText(QStringLiteral("Riverside Physio"));
        preferences.findChild<QLineEdit*>(QStringLiteral("phoneEdit"))
            ->setText(QStringLiteral("020 7946 0000"));
        preferences.saveChoices();
    }
    const qint64 id = storeClient();
    storeCheckIn(id, 2);
    click("planNextWeekButton");
    report::HandoutOptions options;
    options.clinician.note = "Before lunch is best.";
    const QString path = tempPath(QStringLiteral("clinician.pdf"));
    ASSERT_EQ(page()->writePdf(path, ui::PlanPage::PdfVariant::HomeRoutine, options), QString());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Sam Patel, physiotherapist"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Riverside Physio")));
    EXPECT_TRUE(text.contains(QStringLiteral("020 7946 0000")));
    EXPECT_TRUE(text.contains(QStringLiteral("Before lunch is best.")));

    // Personal mode: no clinician block, whatever Preferences hold.
    context().setMode(ui::AppMode::Personal);
    const QString personal = tempPath(QStringLiteral("personal.pdf"));
    if (page()->writePdf(personal, ui::PlanPage::PdfVariant::HomeRoutine, options).isEmpty()) {
        EXPECT_FALSE(pdfText(personal).contains(QStringLiteral("Sam Patel")));
    }
    QSettings().remove(QStringLiteral("clinician"));
}

TEST_F(PlanPageTest, PersonalModeShowsProfileAndCheckInBesideThePlan)
{
    context().setMode(ui::AppMode::Personal);
    ui::ClientTabs* tabs = page()->personalTabs();
    ASSERT_NE(tabs, nullptr);
    EXPECT_GE(tabs->count(), 4);
    EXPECT_GT(context().currentClientId(), 0);
    EXPECT_EQ(tabs->clientId(), context().currentClientId());

    // The built-in profile has no condition yet: planning explains what is missing.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    click("planNextWeekButton");
    EXPECT_FALSE(page()->hasPlan());
    EXPECT_EQ(tabs->currentWidget(), tabs->profilePage());

    tabs->profileEditor()
        ->findChild<QWidget*>(QStringLiteral("profileConditions"))
        ->findChildren<QCheckBox*>()
        .front()
        ->click();
    QTest::mouseClick(tabs->findChild<QPushButton*>(QStringLiteral("saveProfileButton")),
                      Qt::LeftButton);
    // The screening is still unanswered: no plan until every question is answered.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    click("planNextWeekButton");
    EXPECT_FALSE(page()->hasPlan());
    EXPECT_TRUE(ui::MessageBox::lastText().contains(QStringLiteral("Not answered yet")));
    EXPECT_EQ(tabs->currentWidget(), tabs->profilePage());
    answerRedFlags(tabs->profileEditor());
    QTest::mouseClick(tabs->findChild<QPushButton*>(QStringLiteral("saveProfileButton")),
                      Qt::LeftButton);
    click("planNextWeekButton");
    EXPECT_TRUE(page()->hasPlan());
    EXPECT_TRUE(page()->banner()->hasDecision());
}

TEST_F(PlanPageTest, TodaysSessionStartsFromTheSavedPlanOnADayWithExercises)
{
    const qint64 id = storeClient();
    storeCheckIn(id, 1);
    click("planNextWeekButton");
    EXPECT_FALSE(child<QPushButton>("planStartSessionButton")->isEnabled())
        << "a draft for next week: nothing to do today";
    click("savePlanButton");
    const core::Plan plan = draft()->plan();
    const auto workingDay =
        std::find_if(plan.days.begin(), plan.days.end(),
                     [](const core::PlanDay& d) { return !d.exercises.empty(); });
    ASSERT_NE(workingDay, plan.days.end());
    context().setClock(std::make_shared<core::FixedClock>(workingDay->date));
    emit context().changes().plansChanged(id);
    auto* start = child<QPushButton>("planStartSessionButton");
    ASSERT_TRUE(start->isEnabled()) << start->toolTip().toStdString();
    QTest::mouseClick(start, Qt::LeftButton);
    auto* session = page()->findChild<ui::SessionWindow*>();
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->session().state().exerciseCount,
              static_cast<int>(workingDay->exercises.size()));
    session->close();
}

} // namespace
} // namespace glidepath::test
