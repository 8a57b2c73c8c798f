#include "widgets/plan/session_card.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QStyle>

namespace glidepath::ui {

namespace {

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace

SessionCard::SessionCard(int day, int row, QWidget* parent) : QFrame(parent), m_day(day), m_row(row)
{
    setObjectName(QStringLiteral("card_%1_%2").arg(day).arg(row));
    setFocusPolicy(Qt::StrongFocus);
    setProperty("selected", false);
    setProperty("dragSource", false);
    setStyleSheet(QStringLiteral(
        "glidepath--ui--SessionCard { border: 1px solid palette(mid); border-radius: 5px;"
        " background: palette(base); }"
        "glidepath--ui--SessionCard[selected=\"true\"] { border: 3px solid palette(highlight); }"
        "glidepath--ui--SessionCard[dragSource=\"true\"] { background: palette(window);"
        " border: 2px dotted palette(highlight); }"
        "glidepath--ui--SessionCard:focus { border-style: dashed; }"));
}

void SessionCard::setSelected(bool selected)
{
    if (m_selected == selected) {
        return;
    }
    m_selected = selected;
    setProperty("selected", selected);
    repolish(this);
}

void SessionCard::setDragSource(bool source)
{
    setProperty("dragSource", source);
    repolish(this);
}

void SessionCard::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton || event->button() == Qt::RightButton) {
        setFocus(Qt::MouseFocusReason);
        emit clicked(m_day, m_row);
    }
    if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Pressed;
        m_pressPos = event->position().toPoint();
    }
    QFrame::mousePressEvent(event);
}

void SessionCard::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        m_drag = Drag::None;
    }
    if (m_drag == Drag::Pressed && (event->position().toPoint() - m_pressPos).manhattanLength() >=
                                       QApplication::startDragDistance()) {
        m_drag = Drag::Dragging;
    }
    if (m_drag == Drag::Dragging) {
        emit dragMoved(m_day, m_row, event->globalPosition().toPoint());
        event->accept();
        return;
    }
    QFrame::mouseMoveEvent(event);
}

void SessionCard::mouseReleaseEvent(QMouseEvent* event)
{
    const bool dropped = m_drag == Drag::Dragging && event->button() == Qt::LeftButton;
    if (event->button() == Qt::LeftButton) {
        m_drag = Drag::None;
    }
    if (dropped) {
        // The plan may be rebuilt now: this card is retired (deleted later), not destroyed.
        emit dragReleased(event->globalPosition().toPoint());
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void SessionCard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_drag == Drag::Dragging) {
        m_drag = Drag::Cancelled;
        emit dragCancelled();
        return;
    }
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
        event->key() == Qt::Key_Enter) {
        emit clicked(m_day, m_row);
        return;
    }
    QFrame::keyPressEvent(event);
}

void SessionCard::contextMenuEvent(QContextMenuEvent* event)
{
    emit clicked(m_day, m_row);
    emit contextMenuRequested(m_day, m_row, event->globalPos());
}

void SessionCard::focusInEvent(QFocusEvent* event)
{
    QFrame::focusInEvent(event);
    repolish(this);
}

void SessionCard::focusOutEvent(QFocusEvent* event)
{
    // A drag ends with the focus (another window or a dialog took it): nothing is moved.
    if (m_drag == Drag::Dragging) {
        m_drag = Drag::Cancelled;
        emit dragCancelled();
    }
    QFrame::focusOutEvent(event);
    repolish(this);
}

} // namespace glidepath::ui
