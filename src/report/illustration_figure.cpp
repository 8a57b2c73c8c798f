// The stick figure, the floor and the motion arrow of an exercise illustration.

#include "illustration_parts.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace glidepath::report::detail {

namespace {

using core::Joint;

QPointF pt(const core::Pose& pose, Joint joint)
{
    const core::Point2 p = pose.at(joint);
    return {p.x, p.y};
}

QPen limbPen(const QColor& colour, double width)
{
    return QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void polyline(QPainter& painter, const core::Pose& pose, std::initializer_list<Joint> joints)
{
    QPainterPath path;
    bool first = true;
    for (const Joint joint : joints) {
        if (first) {
            path.moveTo(pt(pose, joint));
            first = false;
        } else {
            path.lineTo(pt(pose, joint));
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

bool isWorking(core::WorkingLeg working, bool left)
{
    return working == core::WorkingLeg::Both ||
           (left ? working == core::WorkingLeg::Left : working == core::WorkingLeg::Right);
}

void drawLeg(QPainter& painter, const core::Illustration& illustration, const core::Pose& pose,
             bool left)
{
    const bool working = isWorking(illustration.workingLeg, left);
    const bool none = illustration.workingLeg == core::WorkingLeg::None;
    // The far leg of a side view is grey unless it works; the working leg is ink and thicker.
    const bool far = illustration.view == core::PoseView::Side && left;
    QColor colour = working || none ? kInk : kFarInk;
    if (none && far) {
        colour = kFarInk;
    }
    double width = kLimbWidth;
    if (working && illustration.workingLeg != core::WorkingLeg::Both) {
        width = kWorkingWidth;
    }
    painter.setPen(limbPen(colour, width));
    if (left) {
        polyline(painter, pose,
                 {Joint::LeftHip, Joint::LeftKnee, Joint::LeftAnkle, Joint::LeftToe});
    } else {
        polyline(painter, pose,
                 {Joint::RightHip, Joint::RightKnee, Joint::RightAnkle, Joint::RightToe});
    }
}

void drawArm(QPainter& painter, const core::Illustration& illustration, const core::Pose& pose,
             bool left)
{
    const bool far = illustration.view == core::PoseView::Side && left;
    painter.setPen(limbPen(far ? kFarInk : kInk, kLimbWidth * 0.85));
    if (left) {
        polyline(painter, pose,
                 {Joint::Neck, Joint::LeftShoulder, Joint::LeftElbow, Joint::LeftHand});
    } else {
        polyline(painter, pose,
                 {Joint::Neck, Joint::RightShoulder, Joint::RightElbow, Joint::RightHand});
    }
}

void drawTrunk(QPainter& painter, const core::Pose& pose)
{
    const QPointF neck = pt(pose, Joint::Neck);
    const QPointF left = pt(pose, Joint::LeftHip);
    const QPointF right = pt(pose, Joint::RightHip);
    const QPointF pelvis = (left + right) / 2;
    painter.setPen(limbPen(kInk, kTrunkWidth));
    painter.drawLine(neck, pelvis);
    painter.setPen(limbPen(kInk, kLimbWidth));
    painter.drawLine(left, right);
    // The head: a filled disc, joined to the neck by the line of the neck.
    const QPointF head = pt(pose, Joint::Head);
    const QPointF toHead = head - neck;
    const double length = std::hypot(toHead.x(), toHead.y());
    const QPointF centre =
        length > 0 ? neck + toHead * ((length + kHeadRadius * 0.3) / length) : head;
    painter.setPen(limbPen(kInk, kLimbWidth * 0.9));
    painter.drawLine(neck, neck + (centre - neck) * 0.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kInk);
    painter.drawEllipse(centre, kHeadRadius, kHeadRadius);
}

} // namespace

QRectF illustrationBounds(const core::Illustration& illustration)
{
    double left = 1e9;
    double right = -1e9;
    double bottom = 0; // the floor is always in the picture
    double top = -1e9;
    auto add = [&](double x, double y, double margin) {
        left = std::min(left, x - margin);
        right = std::max(right, x + margin);
        bottom = std::min(bottom, y - margin);
        top = std::max(top, y + margin);
    };
    for (const core::Pose* pose : {&illustration.start, &illustration.end}) {
        for (std::size_t i = 0; i < core::kJointCount; ++i) {
            const bool head = i == static_cast<std::size_t>(Joint::Head);
            add(pose->joints[i].x, pose->joints[i].y, head ? kHeadRadius * 1.8 : kWorkingWidth);
        }
    }
    for (const core::Prop& prop : illustration.props) {
        if (core::isPlacedProp(prop.kind) ||
            (prop.kind == core::PropKind::Ball && prop.joints.empty())) {
            const double extra = prop.kind == core::PropKind::Chair ? 32 : 0; // the chair back
            add(prop.x, prop.y, 1);
            add(prop.x + prop.width, prop.y + prop.height + extra, 1);
        } else if (prop.joints.size() == 1 &&
                   (prop.kind == core::PropKind::Band || prop.kind == core::PropKind::Strap)) {
            add(prop.x, prop.y, 3);
        }
    }
    // A little floor either side, so the figure stands on something.
    return QRectF(QPointF(left - 4, bottom), QPointF(right + 4, top));
}

void drawFloor(QPainter& painter, double left, double right)
{
    painter.setPen(QPen(kPropLine, 1.6, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(left, -0.8), QPointF(right, -0.8));
}

void drawFigure(QPainter& painter, const core::Illustration& illustration, const core::Pose& pose,
                bool farSide)
{
    painter.save();
    if (illustration.view == core::PoseView::Side) {
        // Far limbs first so the near ones cover them.
        if (farSide) {
            drawArm(painter, illustration, pose, true);
            drawLeg(painter, illustration, pose, true);
        } else {
            drawTrunk(painter, pose);
            drawLeg(painter, illustration, pose, false);
            drawArm(painter, illustration, pose, false);
        }
    } else if (!farSide) {
        // Front view: the resting leg first, the working leg on top of it.
        const bool leftWorks = illustration.workingLeg == core::WorkingLeg::Left;
        drawLeg(painter, illustration, pose, !leftWorks);
        drawLeg(painter, illustration, pose, leftWorks);
        drawTrunk(painter, pose);
        drawArm(painter, illustration, pose, true);
        drawArm(painter, illustration, pose, false);
    }
    painter.restore();
}

void drawMotionArrow(QPainter& painter, const core::Pose& start, const core::Pose& end)
{
    // The joint that travels furthest shows the movement; the head and neck only when nothing
    // else moves (a curl-up).
    double best = 0;
    std::size_t moved = 0;
    for (std::size_t i = 0; i < core::kJointCount; ++i) {
        const double weight = i <= static_cast<std::size_t>(Joint::Neck) ? 0.6 : 1.0;
        const double distance = weight * std::hypot(end.joints[i].x - start.joints[i].x,
                                                    end.joints[i].y - start.joints[i].y);
        if (distance > best) {
            best = distance;
            moved = i;
        }
    }
    if (best < 6) {
        return; // a hold: nothing moves far enough to point at
    }
    const QPointF from(start.joints[moved].x, start.joints[moved].y);
    const QPointF to(end.joints[moved].x, end.joints[moved].y);
    const QPointF along = to - from;
    const double length = std::hypot(along.x(), along.y());
    // Bow the arc away from the body's centre so it does not run over the figure.
    QPointF normal(-along.y() / length, along.x() / length);
    const QPointF pelvis((end.at(Joint::LeftHip).x + end.at(Joint::RightHip).x) / 2,
                         (end.at(Joint::LeftHip).y + end.at(Joint::RightHip).y) / 2);
    const QPointF middle = (from + to) / 2;
    if (QPointF::dotProduct(normal, middle - pelvis) < 0) {
        normal = -normal;
    }
    const double gap = 7.0; // keep clear of the limb ends
    const QPointF a = from + normal * gap;
    const QPointF b = to + normal * gap;
    const QPointF control = middle + normal * (gap + length * 0.3);
    QPainterPath path(a);
    path.quadTo(control, b);
    painter.save();
    QPen pen(kPropLine, 1.5, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setDashPattern({2.5, 2.0});
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    // The head points along the arc's last stretch.
    QPointF direction = b - control;
    const double dl = std::hypot(direction.x(), direction.y());
    if (dl > 0) {
        direction /= dl;
        const QPointF side(-direction.y(), direction.x());
        QPainterPath head;
        head.moveTo(b + direction * 2.0);
        head.lineTo(b - direction * 4.0 + side * 2.8);
        head.lineTo(b - direction * 4.0 - side * 2.8);
        head.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(kPropLine);
        painter.drawPath(head);
    }
    painter.restore();
}

} // namespace glidepath::report::detail
