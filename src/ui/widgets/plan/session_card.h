#pragma once

#include <QFrame>
#include <QPoint>

namespace glidepath::ui {

// One exercise of one day on the Plan page: name, dose, tempo and side. Click or Space selects
// it; the context menu offers the same adjustments as the side panel. Pressed and dragged past
// the platform's drag distance it reports a drag, which the week view turns into a move; Esc
// during the drag cancels it.
class SessionCard : public QFrame
{
    Q_OBJECT

public:
    SessionCard(int day, int row, QWidget* parent = nullptr);

    int day() const { return m_day; }
    int row() const { return m_row; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }
    // Dimmed while it is the card being dragged.
    void setDragSource(bool source);

signals:
    void clicked(int day, int row);
    void contextMenuRequested(int day, int row, const QPoint& globalPos);
    // The mouse moved with the left button held, past the drag distance.
    void dragMoved(int day, int row, const QPoint& globalPos);
    void dragReleased(const QPoint& globalPos);
    void dragCancelled();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    enum class Drag
    {
        None,      // no left button held
        Pressed,   // held, not yet moved far enough
        Dragging,  // a drag is on
        Cancelled, // Esc ended it; nothing more until the button is released
    };

    int m_day;
    int m_row;
    bool m_selected = false;
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
};

} // namespace glidepath::ui
