#pragma once

// Internal pieces of the illustration renderer: the figure, the props and the tones they share.
// Everything here draws in figure units through a painter whose transform maps them (y up).

#include <glidepath/core/pose.h>

#include <QColor>
#include <QRectF>

class QPainter;

namespace glidepath::report::detail {

// Greys only: the drawing must survive a black-and-white printer.
inline const QColor kInk{0x1d, 0x23, 0x2b};
inline const QColor kFarInk{0x8d, 0x94, 0x9c}; // the far / resting side
inline const QColor kPropLine{0x5b, 0x63, 0x6c};
inline const QColor kPropFill{0xe6, 0xe8, 0xeb};
inline const QColor kPropDark{0xb9, 0xbe, 0xc4};

// Limb widths in figure units. The working leg is thicker as well as darker.
inline constexpr double kLimbWidth = 4.4;
inline constexpr double kWorkingWidth = 6.4;
inline constexpr double kTrunkWidth = 6.2;
inline constexpr double kHeadRadius = 6.0;

// The area props and figure cover, in figure units (y up), including line widths.
QRectF illustrationBounds(const core::Illustration& illustration);

void drawFloor(QPainter& painter, double left, double right);
// Props behind the figure (mat, step, chair, wall, a placed ball, ...).
void drawPlacedProps(QPainter& painter, const core::Illustration& illustration,
                     const core::Pose& pose);
// Props on the figure (band, strap, weights) and a ball between joints.
void drawAttachedProps(QPainter& painter, const core::Illustration& illustration,
                       const core::Pose& pose, bool ballsOnly);
void drawFigure(QPainter& painter, const core::Illustration& illustration, const core::Pose& pose,
                bool farSide);
// A dashed arc with a head from where the most-moved joint starts to where it ends.
void drawMotionArrow(QPainter& painter, const core::Pose& start, const core::Pose& end);

} // namespace glidepath::report::detail
