#pragma once

#include "widgets/plan/session_card.h"

#include <QPixmap>
#include <QWidget>

#include <functional>
#include <set>
#include <string>
#include <utility>

class QHBoxLayout;

namespace glidepath::ui {

class PlanModel;

// The week as seven day columns of session cards, drawn from a PlanModel and rebuilt on its
// signals. Rest days say so plainly; each working day shows its estimated minutes. With dragging
// on, a card dragged to a place in another day or its own shows a drop line there and, when
// dropped, asks for the move (dropRequested); the view never edits the plan itself.
class PlanWeekView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanWeekView(QWidget* parent = nullptr);

    void setModel(PlanModel* model);
    PlanModel* model() const { return m_model; }
    // The client's minutes per session: a day estimated above it is marked.
    void setMinutesBudget(int minutes);
    // With a source, each card shows the exercise's picture (start and end) above its name, so
    // the clinician sees what the client will see; an empty function hides the pictures.
    using PictureSource = std::function<QPixmap(const std::string& exerciseId)>;
    void setPictureSource(PictureSource source);
    bool showsPictures() const { return static_cast<bool>(m_pictures); }

    // (-1, -1) when nothing is selected.
    std::pair<int, int> selection() const { return {m_selectedDay, m_selectedRow}; }
    void setSelection(int day, int row);
    void clearSelection() { setSelection(-1, -1); }
    SessionCard* card(int day, int row) const;
    // The cards are rebuilt as the plan changes; in the Tab order they follow this widget, so
    // the week is reached where it is on screen, not after everything else in the window.
    void setTabAnchor(QWidget* before) { m_tabAnchor = before; }

    // Only an editable draft may be rearranged by dragging.
    void setDragEnabled(bool enabled);
    bool dragEnabled() const { return m_dragEnabled; }
    bool isDragging() const { return m_dragDay >= 0; }
    // Where a drop at globalPos would put the card: the day and the place among that day's
    // cards before the move (0 = first, count = last); {-1, -1} outside the days.
    std::pair<int, int> dropTargetAt(const QPoint& globalPos) const;
    // The line that shows where the card would land (hidden when no drag is on).
    QWidget* dropIndicator() const { return m_indicator; }

signals:
    void selectionChanged(int day, int row);
    void contextMenuRequested(int day, int row, const QPoint& globalPos);
    // A card was dropped on another place: from (day, row) to be at row toRow of toDay, counted
    // after the move. Never emitted for a drop on the card's own place or outside the days.
    void dropRequested(int fromDay, int fromRow, int toDay, int toRow);

private:
    void rebuild();
    // plan_week_view_drag.cpp
    void onDragMoved(int day, int row, const QPoint& globalPos);
    void onDragReleased(const QPoint& globalPos);
    void endDrag();
    void showDropTarget(int day, int index);
    QWidget* dayColumn(int day) const;

    PlanModel* m_model = nullptr;
    QHBoxLayout* m_layout;
    QWidget* m_content = nullptr;
    int m_minutesBudget = 0;
    QWidget* m_tabAnchor = nullptr;
    PictureSource m_pictures;
    int m_selectedDay = -1;
    int m_selectedRow = -1;
    bool m_dragEnabled = false;
    int m_dragDay = -1; // the card being dragged; -1 when no drag is on
    int m_dragRow = -1;
    int m_dropDay = -1; // the column marked as the drop target
    QWidget* m_indicator = nullptr;
};

} // namespace glidepath::ui
