#include "models/plan_model.h"
#include "widgets/plan/plan_week_view.h"

#include <QAbstractScrollArea>
#include <QGuiApplication>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>

namespace glidepath::ui {

// PlanWeekView: dragging a card to another place in the week. The view only shows where the
// card would land; the page makes the move through the same undoable commands as the keyboard
// and the card's menu, so a drop the rules refuse is refused with the same message.

namespace {

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

// The exercise at (day, row) is planned on toDay already: the move would be refused.
bool clashes(const PlanModel& model, int day, int row, int toDay)
{
    if (toDay == day) {
        return false;
    }
    const std::string& id = model.exerciseAt(day, row).id;
    for (int r = 0; r < model.exerciseCount(toDay); ++r) {
        if (model.exerciseAt(toDay, r).id == id) {
            return true;
        }
    }
    return false;
}

} // namespace

void PlanWeekView::setDragEnabled(bool enabled)
{
    m_dragEnabled = enabled;
    if (!enabled && isDragging()) {
        endDrag();
    }
}

QWidget* PlanWeekView::dayColumn(int day) const
{
    if (!m_content || day < 0) {
        return nullptr;
    }
    return m_content->findChild<QWidget*>(QStringLiteral("day_%1").arg(day));
}

std::pair<int, int> PlanWeekView::dropTargetAt(const QPoint& globalPos) const
{
    if (!m_model || !m_model->hasPlan() || !rect().contains(mapFromGlobal(globalPos))) {
        return {-1, -1};
    }
    for (int d = 0; d < m_model->dayCount(); ++d) {
        const QWidget* column = dayColumn(d);
        if (!column) {
            continue;
        }
        const QPoint local = column->mapFromGlobal(globalPos);
        // Half the gap between columns counts for the nearer one; any height counts, so a card
        // may be dropped below a short day's last card.
        if (local.x() < -3 || local.x() > column->width() + 3) {
            continue;
        }
        int index = 0;
        for (int r = 0; r < m_model->exerciseCount(d); ++r) {
            const SessionCard* each = card(d, r);
            if (each && each->geometry().center().y() < local.y()) {
                index = r + 1;
            }
        }
        return {d, index};
    }
    return {-1, -1};
}

void PlanWeekView::onDragMoved(int day, int row, const QPoint& globalPos)
{
    if (!m_dragEnabled || !m_model || row >= m_model->exerciseCount(day)) {
        return;
    }
    if (!isDragging()) {
        m_dragDay = day;
        m_dragRow = row;
        if (SessionCard* source = card(day, row)) {
            source->setDragSource(true);
        }
        QGuiApplication::setOverrideCursor(Qt::ClosedHandCursor);
    }
    // In a narrow window the week scrolls sideways: dragging near an edge brings the next days.
    for (QWidget* up = parentWidget(); up; up = up->parentWidget()) {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(up)) {
            const QPoint at = area->viewport()->mapFromGlobal(globalPos);
            QScrollBar* bar = area->horizontalScrollBar();
            if (at.x() < 32) {
                bar->setValue(bar->value() - 24);
            } else if (at.x() > area->viewport()->width() - 32) {
                bar->setValue(bar->value() + 24);
            }
            break;
        }
    }
    const auto [toDay, index] = dropTargetAt(globalPos);
    showDropTarget(toDay, index);
}

void PlanWeekView::showDropTarget(int day, int index)
{
    if (m_dropDay != day) {
        if (QWidget* old = dayColumn(m_dropDay)) {
            old->setProperty("dropTarget", false);
            repolish(old);
        }
        m_dropDay = day;
        if (QWidget* now = dayColumn(day)) {
            now->setProperty("dropTarget", true);
            repolish(now);
        }
    }
    QWidget* column = dayColumn(day);
    // On its own place (just above or below itself) the card would not move: no line.
    const bool samePlace = day == m_dragDay && (index == m_dragRow || index == m_dragRow + 1);
    if (!column || samePlace) {
        m_indicator->hide();
        QGuiApplication::changeOverrideCursor(Qt::ClosedHandCursor);
        return;
    }
    const bool refused = clashes(*m_model, m_dragDay, m_dragRow, day);
    const int count = m_model->exerciseCount(day);
    int y = 0;
    if (count == 0) {
        // An empty (rest) day: below its words.
        for (const QLabel* label : column->findChildren<QLabel*>(Qt::FindDirectChildrenOnly)) {
            y = std::max(y, label->geometry().bottom() + 3);
        }
    } else if (index < count) {
        y = card(day, index)->geometry().top() - 5;
    } else {
        y = card(day, count - 1)->geometry().bottom() + 2;
    }
    const QPoint topLeft = column->mapTo(this, QPoint(4, y));
    m_indicator->setGeometry(topLeft.x(), topLeft.y(), column->width() - 8, 4);
    if (m_indicator->property("refused").toBool() != refused) {
        m_indicator->setProperty("refused", refused);
        repolish(m_indicator);
    }
    m_indicator->setToolTip(refused ? tr("This exercise is already planned on that day.")
                                    : QString());
    m_indicator->show();
    m_indicator->raise();
    QGuiApplication::changeOverrideCursor(refused ? Qt::ForbiddenCursor : Qt::ClosedHandCursor);
}

void PlanWeekView::onDragReleased(const QPoint& globalPos)
{
    if (!isDragging()) {
        return;
    }
    const int fromDay = m_dragDay;
    const int fromRow = m_dragRow;
    const auto [toDay, index] = dropTargetAt(globalPos);
    endDrag();
    if (toDay < 0) {
        return; // dropped outside the week: nothing moves
    }
    // Counted after the card leaves its place: below itself on its own day is one row up.
    const int toRow = toDay == fromDay && index > fromRow ? index - 1 : index;
    if (toDay == fromDay && toRow == fromRow) {
        return;
    }
    emit dropRequested(fromDay, fromRow, toDay, toRow);
}

void PlanWeekView::endDrag()
{
    if (!isDragging()) {
        return;
    }
    if (SessionCard* source = card(m_dragDay, m_dragRow)) {
        source->setDragSource(false);
    }
    if (QWidget* column = dayColumn(m_dropDay)) {
        column->setProperty("dropTarget", false);
        repolish(column);
    }
    m_dragDay = m_dragRow = m_dropDay = -1;
    m_indicator->hide();
    QGuiApplication::restoreOverrideCursor();
}

} // namespace glidepath::ui
