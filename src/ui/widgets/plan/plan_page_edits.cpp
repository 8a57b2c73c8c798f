#include "commands/command.h"
#include "models/plan_model.h"
#include "widgets/plan/plan_adjust_panel.h"
#include "widgets/plan/plan_page.h"
#include "widgets/plan/plan_week_view.h"

#include <glidepath/core/plan_alternatives.h>
#include <glidepath/report/reason_text.h>

#include <QMenu>
#include <QUndoStack>

namespace glidepath::ui {

// PlanPage: the hand edits of the draft, from the side panel, the card's menu, the keyboard and
// dragging. Each goes through one command of the facade, so it is undoable and refused the same
// way whichever way it came.

void PlanPage::onContextMenu(int day, int row, const QPoint& globalPos)
{
    const std::unique_ptr<QMenu> menu = cardMenu(day, row);
    if (menu) {
        menu->exec(globalPos);
    }
}

std::unique_ptr<QMenu> PlanPage::cardMenu(int day, int row)
{
    if (!m_adjust->isEditable() || !m_alternatives || !m_showingDraft || day < 0 || row < 0 ||
        day >= m_draftModel->dayCount() || row >= m_draftModel->exerciseCount(day)) {
        return nullptr;
    }
    const core::PlannedExercise e = m_draftModel->exerciseAt(day, row);
    const core::DayKind kind = m_draftModel->plan().days[static_cast<std::size_t>(day)].kind;
    auto owned = std::make_unique<QMenu>(this);
    QMenu& menu = *owned;
    if (const core::Exercise* easier = m_alternatives->easier(e.id)) {
        const QString id = QString::fromStdString(easier->id);
        menu.addAction(tr("Easier: %1").arg(QString::fromStdString(easier->name)), this,
                       [this, id] { swapSelected(id); });
    }
    if (const core::Exercise* harder = m_alternatives->harder(e.id)) {
        const QString id = QString::fromStdString(harder->id);
        menu.addAction(tr("Harder: %1").arg(QString::fromStdString(harder->name)), this,
                       [this, id] { swapSelected(id); });
    }
    const auto others = m_alternatives->sameSlot(e.id, kind);
    if (!others.empty()) {
        QMenu* swap = menu.addMenu(tr("Swap for"));
        for (const core::Exercise* other : others) {
            const QString id = QString::fromStdString(other->id);
            swap->addAction(QString::fromStdString(other->name), this,
                            [this, id] { swapSelected(id); });
        }
    }
    menu.addSeparator();
    // The keys shown beside the entries work on a focused card without the menu.
    QMenu* toDay = menu.addMenu(tr("Move to"));
    for (int other = 0; other < m_draftModel->dayCount(); ++other) {
        QAction* action =
            toDay->addAction(dayName(other), this, [this, other] { moveSelectedToDay(other); });
        action->setEnabled(other != day);
        if (other == day - 1 || other == day + 1) {
            action->setShortcut(
                QKeySequence(Qt::ALT | (other < day ? Qt::Key_Left : Qt::Key_Right)));
            action->setShortcutContext(Qt::WidgetShortcut);
        }
    }
    QAction* up = menu.addAction(tr("Move up"), this, [this] { moveSelected(-1); });
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    up->setShortcutContext(Qt::WidgetShortcut);
    up->setEnabled(row > 0);
    QAction* down = menu.addAction(tr("Move down"), this, [this] { moveSelected(1); });
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetShortcut);
    down->setEnabled(row + 1 < m_draftModel->exerciseCount(day));
    QAction* remove = menu.addAction(tr("Remove"), this, &PlanPage::removeSelected);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    return owned;
}

void PlanPage::swapSelected(const QString& exerciseId)
{
    const auto [day, row] = m_weekView->selection();
    if (!m_alternatives || day < 0 || row < 0) {
        return;
    }
    const core::Exercise* exercise = m_alternatives->find(exerciseId.toStdString());
    if (!exercise) {
        m_adjust->showError(tr("That exercise is no longer in the library."));
        return;
    }
    const core::PlannedExercise current = m_draftModel->exerciseAt(day, row);
    const core::PlannedExercise replacement = core::PlanAlternatives::toPlanned(
        *exercise, &current,
        core::Reason("edit.swap", {{"replaced", core::value::exercise(current.id, current.name)}}));
    const command::Outcome outcome =
        command::swapPlanExercise(m_context, *m_draftModel, day, row, replacement);
    if (!outcome) {
        m_adjust->showError(outcome.message);
    }
}

void PlanPage::changeDose(const core::PlannedExercise& changed, int day, int row, bool allDays)
{
    if (day < 0 || row < 0 || day >= m_draftModel->dayCount() ||
        row >= m_draftModel->exerciseCount(day)) {
        return;
    }
    if (!allDays) {
        const command::Outcome outcome =
            command::changePlanDose(m_context, *m_draftModel, day, row, changed);
        if (!outcome) {
            m_adjust->showDoseError(outcome.message);
        }
        return;
    }
    // The same dose on every day with this exercise, undone as one step. The selected day is
    // tried alone first, so a dose the rules refuse is reported before anything else changes.
    std::vector<std::pair<int, int>> others;
    for (int d = 0; d < m_draftModel->dayCount(); ++d) {
        for (int r = 0; r < m_draftModel->exerciseCount(d); ++r) {
            if ((d != day || r != row) && m_draftModel->exerciseAt(d, r).id == changed.id) {
                others.emplace_back(d, r);
            }
        }
    }
    QUndoStack* stack = m_context.undoStack();
    const int before = stack->index();
    const command::Outcome first =
        command::changePlanDose(m_context, *m_draftModel, day, row, changed);
    if (!first) {
        m_adjust->showDoseError(first.message);
        return;
    }
    if (others.empty()) {
        return;
    }
    if (stack->index() > before) {
        stack->undo(); // done again below, inside the one undo step
    }
    stack->beginMacro(
        tr("Change the dose of %1 on %n day(s)", nullptr, static_cast<int>(others.size() + 1))
            .arg(QString::fromStdString(changed.name)));
    others.insert(others.begin(), std::make_pair(day, row));
    for (const auto& [d, r] : others) {
        core::PlannedExercise dose = m_draftModel->exerciseAt(d, r);
        dose.sets = changed.sets;
        dose.reps = changed.reps;
        dose.holdSeconds = changed.holdSeconds;
        dose.tempo = changed.tempo;
        dose.restSeconds = changed.restSeconds;
        dose.side = changed.side;
        if (dose.loadKind == changed.loadKind) {
            dose.loadLevel = changed.loadLevel;
        }
        command::changePlanDose(m_context, *m_draftModel, d, r, dose);
    }
    m_context.undoStack()->endMacro();
}

void PlanPage::moveSelected(int delta)
{
    const auto [day, row] = m_weekView->selection();
    if (day < 0 || row < 0) {
        return;
    }
    const command::Outcome outcome =
        command::movePlanExercise(m_context, *m_draftModel, day, row, row + delta);
    if (!outcome) {
        m_adjust->showError(outcome.message);
        return;
    }
    m_weekView->setSelection(day, row + delta); // the selection follows the exercise
}

void PlanPage::moveSelectedToDay(int toDay)
{
    const auto [day, row] = m_weekView->selection();
    if (day < 0 || row < 0 || !m_adjust->isEditable() || toDay < 0 ||
        toDay >= m_draftModel->dayCount() || toDay == day) {
        return;
    }
    const command::Outcome outcome =
        command::movePlanExerciseToDay(m_context, *m_draftModel, day, row, toDay);
    if (!outcome) {
        m_adjust->showError(outcome.message);
        return;
    }
    m_weekView->setSelection(toDay, m_draftModel->exerciseCount(toDay) - 1);
}

void PlanPage::dropExercise(int fromDay, int fromRow, int toDay, int toRow)
{
    if (!m_adjust->isEditable() || fromDay < 0 || fromRow < 0 || toDay < 0 ||
        toDay >= m_draftModel->dayCount() || fromRow >= m_draftModel->exerciseCount(fromDay)) {
        return;
    }
    m_weekView->setSelection(fromDay, fromRow); // a refused drop leaves the card selected
    // The same commands as Move up/down and Move to: one undo step, the same refusals.
    const command::Outcome outcome =
        toDay == fromDay
            ? command::movePlanExercise(m_context, *m_draftModel, fromDay, fromRow, toRow)
            : command::movePlanExerciseToDay(m_context, *m_draftModel, fromDay, fromRow, toDay,
                                             toRow);
    if (!outcome) {
        m_adjust->showError(outcome.message);
        return;
    }
    m_weekView->setSelection(toDay, toRow);
}

void PlanPage::removeSelected()
{
    const auto [day, row] = m_weekView->selection();
    if (day < 0 || row < 0 || !m_adjust->isEditable()) {
        return;
    }
    const command::Outcome outcome =
        command::removePlanExercise(m_context, *m_draftModel, day, row);
    if (!outcome) {
        m_adjust->showError(outcome.message);
    }
}

void PlanPage::addExercise(const QString& exerciseId, int day)
{
    if (!m_alternatives) {
        return;
    }
    const core::Exercise* exercise = m_alternatives->find(exerciseId.toStdString());
    if (!exercise) {
        m_adjust->showError(tr("That exercise is no longer in the library."));
        return;
    }
    const core::PlannedExercise planned =
        core::PlanAlternatives::toPlanned(*exercise, nullptr, core::Reason("edit.add"));
    const core::DayKind kind = core::PlanAlternatives::dayKindFor(*exercise);
    const command::Outcome outcome =
        command::addPlanExercise(m_context, *m_draftModel, day, planned, kind);
    if (!outcome) {
        m_adjust->showError(outcome.message);
        return;
    }
    m_weekView->setSelection(day, m_draftModel->exerciseCount(day) - 1);
}

} // namespace glidepath::ui
