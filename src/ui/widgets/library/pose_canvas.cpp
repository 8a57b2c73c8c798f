#include "widgets/library/pose_canvas.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace glidepath::ui {

namespace {

constexpr double kHandleRadius = 4.5;
constexpr double kGrabDistance = 11.0;
constexpr double kMaxStretch = 1.35; // below validation's 1.4, so a drag never makes it invalid
constexpr double kMinShrink = 0.2;

} // namespace

PoseCanvas::PoseCanvas(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Exercise picture"));
    setObjectName(QStringLiteral("poseCanvas"));
}

void PoseCanvas::setIllustration(const core::Illustration& illustration)
{
    m_illustration = illustration;
    m_dragged.reset();
    update();
}

void PoseCanvas::setFrame(report::IllustrationFrame frame)
{
    m_frame = frame == report::IllustrationFrame::End ? frame : report::IllustrationFrame::Start;
    update();
}

void PoseCanvas::setEditable(bool editable)
{
    m_editable = editable;
    setCursor(editable ? Qt::OpenHandCursor : Qt::ArrowCursor);
    setToolTip(editable ? tr("Drag a joint to change the position") : QString());
    update();
}

core::Pose& PoseCanvas::shownPose()
{
    return m_frame == report::IllustrationFrame::End ? m_illustration.end : m_illustration.start;
}

QTransform PoseCanvas::mapping() const
{
    if (m_dragged) {
        return m_frozen;
    }
    const auto layout =
        report::layoutIllustration(QRectF(rect()).adjusted(6, 6, -6, -6), m_illustration, m_frame);
    return m_frame == report::IllustrationFrame::End ? layout.end : layout.start;
}

QPointF PoseCanvas::jointPosition(core::Joint joint) const
{
    const core::Pose& pose =
        m_frame == report::IllustrationFrame::End ? m_illustration.end : m_illustration.start;
    const core::Point2 p = pose.at(joint);
    return mapping().map(QPointF(p.x, p.y));
}

void PoseCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white); // the picture is always on paper, also in dark themes
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(6, 6, -6, -6);
    if (m_dragged) {
        // The frozen mapping belongs to the box as it was laid out at the press; drawing into a
        // box mapped the same way keeps the figure still.
        const auto now = report::layoutIllustration(box, m_illustration, m_frame);
        const QTransform current = m_frame == report::IllustrationFrame::End ? now.end : now.start;
        painter.setTransform(current.inverted() * m_frozen);
    }
    report::drawIllustration(painter, box, m_illustration, m_frame);
    painter.resetTransform();
    if (!m_editable) {
        return;
    }
    for (const core::Joint joint : core::allValues<core::Joint>()) {
        const QPointF at = jointPosition(joint);
        const bool active = m_dragged == joint || m_hovered == joint;
        painter.setPen(QPen(QColor(0x1d, 0x23, 0x2b), 1.2));
        painter.setBrush(active ? QColor(0xff, 0xc8, 0x3d) : QColor(255, 255, 255, 220));
        painter.drawEllipse(at, kHandleRadius, kHandleRadius);
    }
}

void PoseCanvas::mousePressEvent(QMouseEvent* event)
{
    if (!m_editable || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    std::optional<core::Joint> nearest;
    double best = kGrabDistance;
    for (const core::Joint joint : core::allValues<core::Joint>()) {
        const QPointF d = jointPosition(joint) - event->position();
        const double distance = std::hypot(d.x(), d.y());
        if (distance < best) {
            best = distance;
            nearest = joint;
        }
    }
    if (!nearest) {
        return;
    }
    m_frozen = mapping();
    m_dragged = nearest;
    m_moved = false;
    setCursor(Qt::ClosedHandCursor);
    update();
}

void PoseCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragged) {
        std::optional<core::Joint> hovered;
        if (m_editable) {
            for (const core::Joint joint : core::allValues<core::Joint>()) {
                const QPointF d = jointPosition(joint) - event->position();
                if (std::hypot(d.x(), d.y()) < kGrabDistance) {
                    hovered = joint;
                    break;
                }
            }
        }
        if (hovered != m_hovered) {
            m_hovered = hovered;
            update();
        }
        return;
    }
    bool invertible = false;
    const QTransform back = m_frozen.inverted(&invertible);
    if (!invertible) {
        return;
    }
    moveJoint(*m_dragged, back.map(event->position()));
    m_moved = true;
    update();
}

void PoseCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragged || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_dragged.reset();
    setCursor(Qt::OpenHandCursor);
    update();
    if (m_moved) {
        emit jointMoved();
    }
}

void PoseCanvas::moveJoint(core::Joint joint, QPointF point)
{
    core::Point2 target{std::clamp(point.x(), core::kPoseMin, core::kPoseMax),
                        std::clamp(point.y(), core::kPoseMin, core::kPoseMax)};
    core::Pose& pose = shownPose();
    // Keep the bone into this joint within plausible lengths: the joint slides along the line
    // from its parent instead of stretching the limb.
    for (const core::Bone& bone : core::bones()) {
        if (bone.to != joint) {
            continue;
        }
        const core::Point2 parent = pose.at(bone.from);
        const double dx = target.x - parent.x;
        const double dy = target.y - parent.y;
        const double length = std::hypot(dx, dy);
        const bool mayVanish = joint == core::Joint::LeftShoulder ||
                               joint == core::Joint::RightShoulder ||
                               joint == core::Joint::LeftToe || joint == core::Joint::RightToe;
        const double shortest = mayVanish ? 0.0 : kMinShrink * bone.length;
        const double wanted = std::clamp(length, shortest, kMaxStretch * bone.length);
        if (length > 1e-9) {
            target = {parent.x + dx * wanted / length, parent.y + dy * wanted / length};
        }
    }
    // Moving a joint carries its children with it, so the limb below keeps its shape.
    const core::Point2 old = pose.at(joint);
    const double shiftX = target.x - old.x;
    const double shiftY = target.y - old.y;
    std::vector<core::Joint> moving{joint};
    for (std::size_t i = 0; i < moving.size(); ++i) {
        for (const core::Bone& bone : core::bones()) {
            if (bone.from == moving[i] && bone.to != joint &&
                std::find(moving.begin(), moving.end(), bone.to) == moving.end()) {
                moving.push_back(bone.to);
            }
        }
    }
    for (const core::Joint j : moving) {
        core::Point2& p = pose.at(j);
        p.x = std::clamp(p.x + shiftX, core::kPoseMin, core::kPoseMax);
        p.y = std::clamp(p.y + shiftY, core::kPoseMin, core::kPoseMax);
    }
}

} // namespace glidepath::ui
