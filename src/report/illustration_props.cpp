// The props of an exercise illustration: placed ones behind the figure (mat, step, chair, wall,
// ...) and attached ones on it (band, strap, weights, a ball between the knees). Fills are light
// greys with a darker outline, and hatching marks hard surfaces, so each reads in greyscale.

#include "illustration_parts.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace glidepath::report::detail {

namespace {

using core::PropKind;

QPointF pt(const core::Pose& pose, core::Joint joint)
{
    const core::Point2 p = pose.at(joint);
    return {p.x, p.y};
}

QPointF middleOf(const core::Pose& pose, const std::vector<core::Joint>& joints)
{
    QPointF sum;
    for (const core::Joint joint : joints) {
        sum += pt(pose, joint);
    }
    return joints.empty() ? sum : sum / static_cast<double>(joints.size());
}

QRectF rectOf(const core::Prop& prop)
{
    return QRectF(prop.x, prop.y, prop.width, prop.height);
}

void outlined(QPainter& painter, const QBrush& fill, double width = 1.2)
{
    painter.setPen(QPen(kPropLine, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(fill);
}

// Hatching scaled to figure units (Qt's pattern brushes are in device pixels, so they would
// change density with the drawing's size).
void hatch(QPainter& painter, const QRectF& rect, double spacing = 4.0)
{
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(QPen(kPropDark, 0.8));
    for (double x = rect.left() - rect.height(); x < rect.right(); x += spacing) {
        painter.drawLine(QPointF(x, rect.top()), QPointF(x + rect.height(), rect.bottom()));
    }
    painter.restore();
}

void drawChair(QPainter& painter, const core::Prop& prop)
{
    const double seat = prop.y + prop.height;
    outlined(painter, kPropFill);
    painter.drawRect(QRectF(prop.x, seat - 3, prop.width, 3));
    painter.setPen(QPen(kPropLine, 2.0, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(prop.x + 1.5, seat - 3), QPointF(prop.x + 1.5, prop.y));
    painter.drawLine(QPointF(prop.x + prop.width - 1.5, seat - 3),
                     QPointF(prop.x + prop.width - 1.5, prop.y));
    // The back rises from the rear edge: a side-view figure faces +x, so the rear is at x.
    painter.drawLine(QPointF(prop.x + 1, seat), QPointF(prop.x - 2, seat + 30));
}

void drawReformer(QPainter& painter, const core::Prop& prop)
{
    const QRectF frame = rectOf(prop);
    outlined(painter, kPropFill);
    painter.drawRoundedRect(frame, 1.5, 1.5);
    hatch(painter, frame.adjusted(0, 0, 0, -frame.height() * 0.5));
    // The foot bar at the far end.
    painter.setPen(QPen(kPropLine, 2.2, Qt::SolidLine, Qt::RoundCap));
    const double x = frame.right() - 3;
    painter.drawLine(QPointF(x, frame.bottom()), QPointF(x + 4, frame.bottom() + 22));
}

void drawPlaced(QPainter& painter, const core::Prop& prop)
{
    const QRectF rect = rectOf(prop);
    switch (prop.kind) {
    case PropKind::Mat:
        outlined(painter, kPropDark, 0.8);
        painter.drawRoundedRect(rect, 0.8, 0.8);
        break;
    case PropKind::Pad:
    case PropKind::Cushion:
        outlined(painter, kPropDark);
        painter.drawRoundedRect(rect, rect.height() * 0.45, rect.height() * 0.45);
        break;
    case PropKind::Towel:
        outlined(painter, kPropFill);
        painter.drawRoundedRect(rect, rect.height() * 0.5, rect.height() * 0.5);
        break;
    case PropKind::Step:
    case PropKind::Box:
    case PropKind::Block:
        outlined(painter, kPropFill);
        painter.drawRect(rect);
        hatch(painter, rect);
        outlined(painter, Qt::NoBrush);
        painter.drawRect(rect);
        break;
    case PropKind::Wall:
        outlined(painter, kPropFill);
        painter.drawRect(rect);
        hatch(painter, rect, 5.0);
        outlined(painter, Qt::NoBrush);
        painter.drawRect(rect);
        break;
    case PropKind::Chair:
        drawChair(painter, prop);
        break;
    case PropKind::Reformer:
        drawReformer(painter, prop);
        break;
    case PropKind::FoamRoller:
        outlined(painter, kPropFill);
        painter.drawEllipse(QPointF(rect.center().x(), rect.top() + rect.width() / 2),
                            rect.width() / 2, rect.width() / 2);
        break;
    default:
        break;
    }
}

void drawBall(QPainter& painter, const QPointF& centre, double diameter)
{
    outlined(painter, kPropFill, 1.4);
    painter.drawEllipse(centre, diameter / 2, diameter / 2);
    // A seam line makes it read as a ball, not a hole.
    painter.setPen(QPen(kPropDark, 0.9));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(
        QRectF(centre.x() - diameter * 0.3, centre.y() - diameter / 2, diameter * 0.6, diameter),
        90 * 16, 180 * 16);
}

// A band is striped (dark with light dashes) so it never passes for a limb or a strap.
void bandStroke(QPainter& painter, const QPainterPath& path)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kInk, 2.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    QPen stripes(Qt::white, 1.1, Qt::CustomDashLine, Qt::FlatCap);
    stripes.setDashPattern({1.2, 1.4});
    painter.setPen(stripes);
    painter.drawPath(path);
}

void drawBand(QPainter& painter, const core::Prop& prop, const core::Pose& pose)
{
    if (prop.joints.size() == 1) {
        const QPointF anchor(prop.x, prop.y);
        QPainterPath path(anchor);
        path.lineTo(pt(pose, prop.joints.front()));
        bandStroke(painter, path);
        outlined(painter, Qt::white, 1.4);
        painter.drawEllipse(anchor, 2.0, 2.0);
        return;
    }
    const QPointF a = pt(pose, prop.joints.front());
    const QPointF b = pt(pose, prop.joints.back());
    const double apart = std::hypot(a.x() - b.x(), a.y() - b.y());
    if (apart < 6) {
        // Seen from the side the loop around both knees is a ring.
        QPainterPath ring;
        ring.addEllipse((a + b) / 2, 3.6, 5.2);
        bandStroke(painter, ring);
        return;
    }
    QPainterPath path(a);
    for (std::size_t i = 1; i < prop.joints.size(); ++i) {
        path.lineTo(pt(pose, prop.joints[i]));
    }
    bandStroke(painter, path);
}

void drawStrap(QPainter& painter, const core::Prop& prop, const core::Pose& pose)
{
    QPainterPath path(prop.joints.size() == 1 ? QPointF(prop.x, prop.y)
                                              : pt(pose, prop.joints.front()));
    for (std::size_t i = prop.joints.size() == 1 ? 0 : 1; i < prop.joints.size(); ++i) {
        path.lineTo(pt(pose, prop.joints[i]));
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kPropLine, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
}

void drawDumbbell(QPainter& painter, const QPointF& at)
{
    painter.setPen(QPen(kInk, 1.8, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(at - QPointF(5, 0), at + QPointF(5, 0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(kInk);
    painter.drawRoundedRect(QRectF(at.x() - 7, at.y() - 3.5, 3, 7), 0.8, 0.8);
    painter.drawRoundedRect(QRectF(at.x() + 4, at.y() - 3.5, 3, 7), 0.8, 0.8);
}

void drawAnkleWeight(QPainter& painter, const QPointF& at)
{
    outlined(painter, kPropLine, 1.0);
    painter.drawRoundedRect(QRectF(at.x() - 4, at.y() - 3.5, 8, 7), 2, 2);
    hatch(painter, QRectF(at.x() - 4, at.y() - 3.5, 8, 7), 2.0);
}

} // namespace

void drawPlacedProps(QPainter& painter, const core::Illustration& illustration,
                     const core::Pose& pose)
{
    (void)pose;
    painter.save();
    for (const core::Prop& prop : illustration.props) {
        if (prop.kind == PropKind::Ball && prop.joints.empty()) {
            drawBall(painter, QPointF(prop.x + prop.width / 2, prop.y + prop.width / 2),
                     prop.width);
        } else if (core::isPlacedProp(prop.kind)) {
            drawPlaced(painter, prop);
        }
    }
    painter.restore();
}

void drawAttachedProps(QPainter& painter, const core::Illustration& illustration,
                       const core::Pose& pose, bool ballsOnly)
{
    painter.save();
    for (const core::Prop& prop : illustration.props) {
        if (prop.joints.empty()) {
            continue;
        }
        if (ballsOnly != (prop.kind == PropKind::Ball)) {
            continue;
        }
        switch (prop.kind) {
        case PropKind::Ball:
            drawBall(painter, middleOf(pose, prop.joints), prop.width);
            break;
        case PropKind::Band:
            drawBand(painter, prop, pose);
            break;
        case PropKind::Strap:
            drawStrap(painter, prop, pose);
            break;
        case PropKind::Dumbbell:
            drawDumbbell(painter, pt(pose, prop.joints.front()));
            break;
        case PropKind::AnkleWeight:
            drawAnkleWeight(painter, pt(pose, prop.joints.front()));
            break;
        default:
            break;
        }
    }
    painter.restore();
}

} // namespace glidepath::report::detail
