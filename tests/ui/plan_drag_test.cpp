// Dragging cards on the Plan page's week: to another day (the same undoable command as "Move
// to" and Alt+Left/Right), within a day to reorder (as Move up/down and Alt+Up/Down), with a
// drop line while dragging, Esc to cancel, nothing done on the card's own place, and a drop the
// rules refuse refused with the same message as the menu. The mouse goes through the window as
// a real one does (the pressed card keeps the mouse while the button is held).

#include "commands/command.h"
#include "models/plan_model.h"
#include "ui_fixture.h"
#include "widgets/common/field_error_label.h"
#include "widgets/plan/plan_adjust_panel.h"
#include "widgets/plan/plan_page.h"
#include "widgets/plan/plan_week_view.h"

#include <QHash>
#include <QMenu>
#include <QPushButton>
#include <QUndoStack>

namespace glidepath::test {
namespace {

namespace command = ui::command;

class PlanDragTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        context().setMode(ui::AppMode::Clinician);
        storage::ClientRecord record;
        record.profile.name = "Ada Byrne";
        record.profile.conditions = {core::Condition::PatellofemoralPain};
        record.profile.equipment = {core::Equipment::Mat, core::Equipment::Band,
                                    core::Equipment::Step, core::Equipment::Chair,
                                    core::Equipment::Wall};
        record.profile.sessionsPerWeek = 3;
        record.profile.minutesPerSession = 30;
        answerScreening(record);
        const command::Outcome saved = command::saveClient(context(), record);
        ASSERT_TRUE(saved) << saved.message.toStdString();
        m_client = std::stoll(saved.createdId);
        core::CheckIn c;
        c.date = context().clock().today();
        c.painExercise = 1;
        c.adherence = 1.0;
        ASSERT_TRUE(command::saveCheckIn(context(), m_client, 0, c));
        context().setCurrentClientId(m_client);
        window().resize(1400, 900);
        window().showPage(ui::MainWindow::Page::Plan);
        auto* plan = page()->findChild<QPushButton*>(QStringLiteral("planNextWeekButton"));
        ASSERT_TRUE(plan && plan->isEnabled());
        QTest::mouseClick(plan, Qt::LeftButton);
        ASSERT_TRUE(page()->canEditDraft());
        QApplication::processEvents();
    }

    ui::PlanPage* page() { return window().planPage(); }
    ui::PlanModel* draft() { return page()->draftModel(); }
    ui::PlanWeekView* week() { return page()->weekView(); }
    QWindow* handle() { return window().windowHandle(); }
    QPoint inWindow(const QWidget* widget, QPoint local) { return widget->mapTo(&window(), local); }

    // Presses the card and moves the mouse, through the window, to local of target.
    void pressAndMove(const ui::SessionCard* card, const QWidget* target, QPoint local)
    {
        ASSERT_NE(card, nullptr);
        const QPoint start = inWindow(card, card->rect().center());
        QTest::mousePress(handle(), Qt::LeftButton, {}, start);
        QTest::mouseMove(handle(), start + QPoint(0, 3));
        QTest::mouseMove(handle(), start + QPoint(0, 12)); // past the drag distance
        QTest::mouseMove(handle(), inWindow(target, local));
    }
    void release(const QWidget* target, QPoint local)
    {
        QTest::mouseRelease(handle(), Qt::LeftButton, {}, inWindow(target, local));
        QApplication::processEvents();
    }
    // Drops the card on target's column just below its last card (at the end of that day).
    void dragToEnd(int day, int row, int toDay)
    {
        QWidget* column = week()->findChild<QWidget*>(QStringLiteral("day_%1").arg(toDay));
        ASSERT_NE(column, nullptr);
        const QPoint local(column->width() / 2, column->height() - 4);
        pressAndMove(week()->card(day, row), column, local);
        release(column, local);
    }

    int rowOf(int day, const std::string& id)
    {
        for (int r = 0; r < draft()->exerciseCount(day); ++r) {
            if (draft()->exerciseAt(day, r).id == id) {
                return r;
            }
        }
        return -1;
    }
    // A working day with at least `atLeast` exercises.
    int workingDay(int atLeast)
    {
        for (int d = 0; d < draft()->dayCount(); ++d) {
            if (draft()->exerciseCount(d) >= atLeast) {
                return d;
            }
        }
        return -1;
    }

    qint64 m_client = 0;
};

} // namespace

TEST_F(PlanDragTest, ACardDraggedToAnotherDayMovesThereAndUndoAndRedoFollow)
{
    const int day = workingDay(1);
    ASSERT_GE(day, 0);
    const core::PlannedExercise moving = draft()->exerciseAt(day, 0);
    // A day that does not have this exercise yet.
    int toDay = -1;
    for (int d = 0; d < draft()->dayCount() && toDay < 0; ++d) {
        if (d != day && rowOf(d, moving.id) < 0) {
            toDay = d;
        }
    }
    ASSERT_GE(toDay, 0);
    const std::vector<core::PlanDay> before = draft()->plan().days;
    const int stackBefore = context().undoStack()->index();

    QWidget* column = week()->findChild<QWidget*>(QStringLiteral("day_%1").arg(toDay));
    const QPoint local(column->width() / 2, column->height() - 4);
    pressAndMove(week()->card(day, 0), column, local);
    EXPECT_TRUE(week()->isDragging());
    EXPECT_TRUE(week()->dropIndicator()->isVisible()) << "a line shows where it lands";
    EXPECT_FALSE(week()->dropIndicator()->property("refused").toBool());
    EXPECT_EQ(week()->dropTargetAt(column->mapToGlobal(local)),
              std::make_pair(toDay, draft()->exerciseCount(toDay)));
    release(column, local);

    EXPECT_FALSE(week()->isDragging());
    EXPECT_FALSE(week()->dropIndicator()->isVisible());
    const int count = draft()->exerciseCount(toDay);
    ASSERT_GT(count, 0);
    EXPECT_EQ(draft()->exerciseAt(toDay, count - 1), moving) << "at the end of the day dropped on";
    EXPECT_EQ(rowOf(day, moving.id), -1);
    EXPECT_EQ(draft()->plan().overrides.back().kind, "move") << "the Move to command";
    EXPECT_EQ(context().undoStack()->index(), stackBefore + 1) << "one undo step";
    EXPECT_EQ(week()->selection(), std::make_pair(toDay, count - 1)) << "the selection followed";

    action("actionUndo")->trigger();
    EXPECT_EQ(draft()->plan().days, before);
    action("actionRedo")->trigger();
    EXPECT_EQ(draft()->exerciseAt(toDay, count - 1), moving);
}

TEST_F(PlanDragTest, ACardDraggedBelowTheOthersOfItsDayIsReorderedAndSavedInThatOrder)
{
    const int day = workingDay(2);
    ASSERT_GE(day, 0);
    const int count = draft()->exerciseCount(day);
    const std::vector<core::PlannedExercise> before =
        draft()->plan().days[std::size_t(day)].exercises;

    dragToEnd(day, 0, day);

    const std::vector<core::PlannedExercise>& after =
        draft()->plan().days[std::size_t(day)].exercises;
    ASSERT_EQ(static_cast<int>(after.size()), count);
    EXPECT_EQ(after.back(), before.front()) << "the first is now the last";
    EXPECT_EQ(after.front(), before[1]);
    EXPECT_EQ(draft()->plan().overrides.back().kind, "reorder");
    EXPECT_EQ(week()->selection(), std::make_pair(day, count - 1));

    action("actionUndo")->trigger();
    EXPECT_EQ(draft()->plan().days[std::size_t(day)].exercises, before);
    action("actionRedo")->trigger();
    EXPECT_EQ(draft()->plan().days[std::size_t(day)].exercises.back(), before.front());

    // The handout prints the saved order.
    QTest::mouseClick(page()->saveButton(), Qt::LeftButton);
    const auto stored = context().clients().latestPlan(m_client);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->plan.days[std::size_t(day)].exercises.back().id, before.front().id);
    EXPECT_EQ(stored->plan.days[std::size_t(day)].exercises.front().id, before[1].id);
}

TEST_F(PlanDragTest, EscCancelsADragAndADropOnItsOwnPlaceDoesNothing)
{
    const int day = workingDay(2);
    ASSERT_GE(day, 0);
    const core::Plan before = draft()->plan();
    const int stackBefore = context().undoStack()->index();
    QWidget* column = week()->findChild<QWidget*>(QStringLiteral("day_%1").arg(day));
    const QPoint end(column->width() / 2, column->height() - 4);

    pressAndMove(week()->card(day, 0), column, end);
    ASSERT_TRUE(week()->isDragging());
    QTest::keyClick(week()->card(day, 0), Qt::Key_Escape);
    EXPECT_FALSE(week()->isDragging());
    EXPECT_FALSE(week()->dropIndicator()->isVisible());
    release(column, end);
    EXPECT_EQ(draft()->plan(), before) << "Esc: nothing moved";

    // Dropped just below itself, the card stays where it was: no line, no undo step.
    ui::SessionCard* first = week()->card(day, 0);
    const QPoint ownPlace = first->mapTo(column, QPoint(first->width() / 2, first->height() - 3));
    pressAndMove(first, column, ownPlace);
    EXPECT_TRUE(week()->isDragging());
    EXPECT_FALSE(week()->dropIndicator()->isVisible());
    release(column, ownPlace);
    EXPECT_EQ(draft()->plan(), before);
    EXPECT_EQ(context().undoStack()->index(), stackBefore);
}

TEST_F(PlanDragTest, ADropOnADayThatHasTheExerciseIsRefusedWithTheMenusMessage)
{
    // Two days holding the same exercise (a strength programme repeats its days).
    int day = -1;
    int toDay = -1;
    int row = -1;
    for (int d = 0; d < draft()->dayCount() && day < 0; ++d) {
        for (int r = 0; r < draft()->exerciseCount(d) && day < 0; ++r) {
            for (int other = 0; other < draft()->dayCount(); ++other) {
                if (other != d && rowOf(other, draft()->exerciseAt(d, r).id) >= 0) {
                    day = d;
                    row = r;
                    toDay = other;
                    break;
                }
            }
        }
    }
    ASSERT_GE(day, 0) << "the plan repeats no exercise";
    const core::Plan before = draft()->plan();
    const int stackBefore = context().undoStack()->index();
    QWidget* column = week()->findChild<QWidget*>(QStringLiteral("day_%1").arg(toDay));
    const QPoint local(column->width() / 2, column->height() - 4);

    pressAndMove(week()->card(day, row), column, local);
    EXPECT_TRUE(week()->dropIndicator()->isVisible());
    EXPECT_TRUE(week()->dropIndicator()->property("refused").toBool()) << "marked before the drop";
    release(column, local);

    EXPECT_EQ(draft()->plan(), before);
    EXPECT_EQ(context().undoStack()->index(), stackBefore);
    auto* error =
        page()->adjustPanel()->findChild<ui::FieldErrorLabel*>(QStringLiteral("adjustError"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->error().contains(QStringLiteral("already planned on that day")))
        << error->error().toStdString();
    EXPECT_EQ(week()->selection(), std::make_pair(day, row)) << "the dragged card stays selected";
}

TEST_F(PlanDragTest, AltDownAndAltUpReorderTheFocusedCardAndTheFocusFollowsIt)
{
    const int day = workingDay(3);
    ASSERT_GE(day, 0) << "needs a day with three exercises";
    const std::vector<core::PlannedExercise> before =
        draft()->plan().days[std::size_t(day)].exercises;
    ui::SessionCard* card = week()->card(day, 0);
    QTest::mouseClick(card, Qt::LeftButton);
    card->setFocus();

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(draft()->exerciseAt(day, 2), before[0]) << "two places down";
    EXPECT_EQ(week()->selection(), std::make_pair(day, 2));
    EXPECT_EQ(QApplication::focusWidget(), week()->card(day, 2)) << "the focus followed";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(draft()->exerciseAt(day, 1), before[0]);
    action("actionUndo")->trigger();
    EXPECT_EQ(draft()->exerciseAt(day, 2), before[0]);

    // At the end of the day Alt+Down does nothing, and says nothing.
    const int last = draft()->exerciseCount(day) - 1;
    week()->setSelection(day, last);
    week()->card(day, last)->setFocus();
    const int stack = context().undoStack()->index();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(context().undoStack()->index(), stack);
}

TEST_F(PlanDragTest, TheCardsMenuShowsTheKeysThatMoveAndRemoveIt)
{
    const int day = workingDay(2);
    ASSERT_GE(day, 0);
    ASSERT_LT(day, 6) << "needs a next day";
    week()->setSelection(day, 0); // as the right-click does
    const std::unique_ptr<QMenu> menu = page()->cardMenu(day, 0);
    ASSERT_NE(menu, nullptr);
    QHash<QString, QAction*> byText;
    QMenu* moveTo = nullptr;
    for (QAction* each : menu->actions()) {
        byText.insert(each->text(), each);
        if (each->menu() && each->text() == QStringLiteral("Move to")) {
            moveTo = each->menu();
        }
    }
    ASSERT_TRUE(byText.contains(QStringLiteral("Move up")));
    EXPECT_EQ(byText.value(QStringLiteral("Move up"))->shortcut(),
              QKeySequence(Qt::ALT | Qt::Key_Up));
    EXPECT_FALSE(byText.value(QStringLiteral("Move up"))->isEnabled()) << "already first";
    EXPECT_EQ(byText.value(QStringLiteral("Move down"))->shortcut(),
              QKeySequence(Qt::ALT | Qt::Key_Down));
    EXPECT_EQ(byText.value(QStringLiteral("Remove"))->shortcut(),
              QKeySequence(QKeySequence::Delete));
    ASSERT_NE(moveTo, nullptr);
    ASSERT_EQ(moveTo->actions().size(), 7);
    EXPECT_EQ(moveTo->actions().at(day + 1)->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Right));
    EXPECT_FALSE(moveTo->actions().at(day)->isEnabled()) << "its own day";

    // The menu's Move to is the same step as a drag to that day's end.
    const core::PlannedExercise moving = draft()->exerciseAt(day, 0);
    if (rowOf(day + 1, moving.id) < 0) {
        moveTo->actions().at(day + 1)->trigger();
        EXPECT_EQ(rowOf(day, moving.id), -1);
        EXPECT_EQ(rowOf(day + 1, moving.id), draft()->exerciseCount(day + 1) - 1);
    }
}

} // namespace glidepath::test
