#include "widgets/session/session_figure.h"

#include <glidepath/report/illustration.h>

#include <QPainter>

namespace glidepath::ui {

SessionFigure::SessionFigure(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(240, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Exercise picture"));
}

void SessionFigure::setExercise(const std::optional<core::Exercise>& exercise)
{
    m_exercise = exercise;
    setAccessibleDescription(exercise ? QString::fromStdString(exercise->summary) : QString());
    update();
}

void SessionFigure::setMovement(double movement)
{
    const double clamped = std::clamp(movement, 0.0, 1.0);
    if (clamped != m_movement) {
        m_movement = clamped;
        update();
    }
}

void SessionFigure::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::WindowText);
    const QRectF area = QRectF(rect()).adjusted(12, 12, -12, -40);
    if (m_exercise) {
        // The picture is drawn in its own greys on a light card, whatever the window's palette
        // (high contrast included), so the working leg stays the darker one.
        painter.fillRect(area, QColor(0xfa, 0xfa, 0xf8));
        report::drawIllustrationBetween(painter, area.adjusted(8, 8, -8, -8),
                                        report::illustrationOf(*m_exercise), m_movement);
    }
    // The movement bar: where in the repetition the client should be now, with words at both
    // ends so that it reads without colour.
    const QRectF bar(area.left() + 76, rect().bottom() - 28, area.width() - 152, 10);
    painter.setPen(QPen(ink, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(bar, 5, 5);
    painter.setBrush(ink);
    painter.drawEllipse(QPointF(bar.left() + bar.width() * m_movement, bar.center().y()), 9, 9);
    // The labels sit clear of the knob (radius 9) at either end.
    painter.drawText(QRectF(bar.left() - 72, bar.top() - 6, 56, 22),
                     Qt::AlignRight | Qt::AlignVCenter, tr("Start"));
    painter.drawText(QRectF(bar.right() + 16, bar.top() - 6, 56, 22),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("End"));
}

} // namespace glidepath::ui
