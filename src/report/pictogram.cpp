#include <glidepath/report/pictogram.h>

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <initializer_list>

namespace glidepath::report {

namespace {

// Figures are drawn in a 120 x 90 box with the floor at y = 84, facing left.
constexpr double kBoxWidth = 120.0;
constexpr double kBoxHeight = 90.0;
constexpr double kFloor = 84.0;
constexpr double kHeadRadius = 7.0;

class Figure
{
public:
    Figure(QPainter& painter, const QColor& ink) : m_painter(painter), m_ink(ink)
    {
        // Props and floor: the ink mixed halfway towards white, so the figure stays in front.
        m_light = QColor((ink.red() + 255) / 2, (ink.green() + 255) / 2, (ink.blue() + 255) / 2);
    }

    // A limb or trunk through the given points.
    void limb(std::initializer_list<QPointF> points) { polyline(points, m_ink, 4.5); }

    void head(QPointF centre)
    {
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(m_ink);
        m_painter.drawEllipse(centre, kHeadRadius, kHeadRadius);
    }

    void floor()
    {
        m_painter.setPen(QPen(m_light, 1.6, Qt::SolidLine, Qt::RoundCap));
        m_painter.drawLine(QPointF(4.0, kFloor + 0.8), QPointF(kBoxWidth - 4.0, kFloor + 0.8));
    }

    // A mat under lying and kneeling positions.
    void mat()
    {
        m_painter.setPen(Qt::NoPen);
        QColor fill = m_light;
        fill.setAlphaF(0.35);
        m_painter.setBrush(fill);
        m_painter.drawRoundedRect(QRectF(6.0, kFloor + 0.5, kBoxWidth - 12.0, 4.0), 1.5, 1.5);
    }

    void prop(std::initializer_list<QPointF> points) { polyline(points, m_light, 3.0); }

private:
    // One rounded stroke through the points, in order.
    void polyline(std::initializer_list<QPointF> points, const QColor& colour, double width)
    {
        QPainterPath path;
        bool first = true;
        for (const QPointF& point : points) {
            if (first) {
                path.moveTo(point);
                first = false;
            } else {
                path.lineTo(point);
            }
        }
        m_painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(path);
    }

    QPainter& m_painter;
    QColor m_ink;
    QColor m_light;
};

void drawSupine(Figure& f)
{
    // Lying on the back, knees bent, feet flat: the usual starting point for bridges.
    f.mat();
    f.head({14.0, kFloor - kHeadRadius - 1.0});
    f.limb({{22.0, kFloor - 5.0}, {62.0, kFloor - 5.0}});
    f.limb(
        {{62.0, kFloor - 5.0}, {82.0, kFloor - 28.0}, {96.0, kFloor - 2.5}, {105.0, kFloor - 2.5}});
}

void drawSideLying(Figure& f)
{
    // On one side, head resting on the lower arm, top leg slightly lifted.
    f.mat();
    f.limb({{12.0, kFloor - 2.5}, {30.0, kFloor - 10.0}}); // lower upper arm
    f.limb({{12.0, kFloor - 2.5}, {17.0, kFloor - 20.0}}); // forearm propping the head
    f.head({24.0, kFloor - 23.0});
    f.limb({{30.0, kFloor - 10.0}, {68.0, kFloor - 8.0}});  // trunk
    f.limb({{32.0, kFloor - 10.0}, {46.0, kFloor - 2.5}});  // top arm, hand on the mat
    f.limb({{68.0, kFloor - 6.0}, {112.0, kFloor - 3.0}});  // lower leg
    f.limb({{68.0, kFloor - 9.0}, {110.0, kFloor - 22.0}}); // top leg
}

void drawProne(Figure& f)
{
    // Face down, forehead on folded hands, legs long, toes tucked to the floor.
    f.mat();
    f.limb({{4.0, kFloor - 2.5}, {26.0, kFloor - 2.5}, {30.0, kFloor - 6.0}});
    f.head({14.0, kFloor - 2.5 - kHeadRadius - 2.0});
    f.limb({{24.0, kFloor - 8.0}, {64.0, kFloor - 6.0}});
    f.limb({{64.0, kFloor - 6.0}, {104.0, kFloor - 5.0}, {110.0, kFloor - 1.0}});
}

void drawQuadruped(Figure& f)
{
    // Hands under shoulders, knees under hips, back flat.
    f.mat();
    f.head({19.0, 39.0});
    f.limb({{30.0, 46.0}, {78.0, 46.0}});
    f.limb({{30.0, 46.0}, {30.0, kFloor - 1.0}, {24.0, kFloor - 1.0}});
    f.limb({{78.0, 46.0}, {78.0, kFloor - 2.5}, {106.0, kFloor - 2.5}});
}

void drawKneeling(Figure& f)
{
    // Tall kneeling: knees down, thighs and trunk upright.
    f.mat();
    f.head({52.0, 11.0});
    f.limb({{52.0, 19.0}, {52.0, 50.0}});
    f.limb({{52.0, 24.0}, {60.0, 48.0}});
    f.limb({{52.0, 50.0}, {48.0, kFloor - 2.5}, {82.0, kFloor - 2.5}});
}

void drawHalfKneeling(Figure& f)
{
    // One knee down behind, the other foot flat in front with the knee at a right angle.
    f.mat();
    f.head({58.0, 11.0});
    f.limb({{58.0, 19.0}, {58.0, 52.0}});
    f.limb({{58.0, 24.0}, {62.0, 50.0}});
    f.limb({{58.0, 52.0}, {70.0, kFloor - 2.5}, {100.0, kFloor - 2.5}});
    f.limb({{58.0, 52.0}, {32.0, 52.0}, {32.0, kFloor - 1.0}, {24.0, kFloor - 1.0}});
}

void drawSeated(Figure& f)
{
    // Upright on a chair, feet flat, knees over ankles.
    f.floor();
    f.prop({{46.0, 60.0}, {90.0, 60.0}});
    f.prop({{88.0, 60.0}, {92.0, 26.0}});
    f.prop({{50.0, 60.0}, {50.0, kFloor}});
    f.prop({{86.0, 60.0}, {86.0, kFloor}});
    f.head({76.0, 12.0});
    f.limb({{77.0, 20.0}, {79.0, 55.0}});
    f.limb({{78.0, 25.0}, {64.0, 50.0}});
    f.limb({{79.0, 55.0}, {46.0, 55.0}, {44.0, kFloor - 1.0}, {35.0, kFloor - 1.0}});
}

void drawStanding(Figure& f)
{
    // Upright, feet hip-width apart, arms relaxed.
    f.floor();
    f.head({60.0, 10.0});
    f.limb({{60.0, 18.0}, {60.0, 50.0}});
    f.limb({{60.0, 23.0}, {50.0, 48.0}});
    f.limb({{60.0, 23.0}, {70.0, 48.0}});
    f.limb({{60.0, 50.0}, {55.0, kFloor - 1.0}, {48.0, kFloor - 1.0}});
    f.limb({{60.0, 50.0}, {65.0, kFloor - 1.0}, {58.0, kFloor - 1.0}});
}

// The part of the box each figure uses, so lying figures sit centred rather than on the bottom
// edge.
QRectF viewBox(core::Position position)
{
    switch (position) {
    case core::Position::Supine:
    case core::Position::SideLying:
    case core::Position::Prone:
        return {0.0, 46.0, kBoxWidth, kBoxHeight - 46.0};
    case core::Position::Quadruped:
        return {0.0, 24.0, kBoxWidth, kBoxHeight - 24.0};
    default:
        return {0.0, 0.0, kBoxWidth, kBoxHeight};
    }
}

} // namespace

void drawPositionPictogram(QPainter& painter, const QRectF& rect, core::Position position,
                           const QColor& ink)
{
    if (rect.width() <= 0.0 || rect.height() <= 0.0) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF view = viewBox(position);
    const double scale = std::min(rect.width() / view.width(), rect.height() / view.height());
    painter.translate(rect.center().x() - view.center().x() * scale,
                      rect.center().y() - view.center().y() * scale);
    painter.scale(scale, scale);

    Figure figure(painter, ink);
    switch (position) {
    case core::Position::Supine:
        drawSupine(figure);
        break;
    case core::Position::SideLying:
        drawSideLying(figure);
        break;
    case core::Position::Prone:
        drawProne(figure);
        break;
    case core::Position::Quadruped:
        drawQuadruped(figure);
        break;
    case core::Position::Kneeling:
        drawKneeling(figure);
        break;
    case core::Position::HalfKneeling:
        drawHalfKneeling(figure);
        break;
    case core::Position::Seated:
        drawSeated(figure);
        break;
    case core::Position::Standing:
        drawStanding(figure);
        break;
    }
    painter.restore();
}

} // namespace glidepath::report
