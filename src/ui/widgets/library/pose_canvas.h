#pragma once

#include <glidepath/core/pose.h>
#include <glidepath/report/illustration.h>

#include <QTransform>
#include <QWidget>

#include <optional>

namespace glidepath::ui {

// One frame (start or end) of an exercise's picture, with a handle on every joint that the
// mouse can drag. Dragging keeps each limb a plausible length; the change is announced when the
// button is released, so one drag is one edit (and one undo step).
class PoseCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit PoseCanvas(QWidget* parent = nullptr);

    void setIllustration(const core::Illustration& illustration);
    const core::Illustration& illustration() const { return m_illustration; }
    void setFrame(report::IllustrationFrame frame); // Start or End
    report::IllustrationFrame frame() const { return m_frame; }
    void setEditable(bool editable);

    // Where a joint of the shown frame is drawn, in widget coordinates (for tests and hit tests).
    QPointF jointPosition(core::Joint joint) const;

    QSize sizeHint() const override { return {380, 210}; }
    QSize minimumSizeHint() const override { return {220, 130}; }

signals:
    void jointMoved(); // a drag finished with the joint somewhere else

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    core::Pose& shownPose();
    QTransform mapping() const;
    void moveJoint(core::Joint joint, QPointF figurePoint);

    core::Illustration m_illustration;
    report::IllustrationFrame m_frame = report::IllustrationFrame::Start;
    bool m_editable = false;
    std::optional<core::Joint> m_dragged;
    std::optional<core::Joint> m_hovered;
    QTransform m_frozen; // the mapping while dragging: bounds change as the joint moves
    bool m_moved = false;
};

} // namespace glidepath::ui
