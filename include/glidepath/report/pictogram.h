#pragma once

// Position pictograms: simple stick figures drawn with QPainter, so a handout never shows a broken
// or missing image. One figure per starting position; per-exercise illustrations come later.

#include <glidepath/core/vocabulary.h>

#include <QColor>
#include <QRectF>

class QPainter;

namespace glidepath::report {

// Draws the figure for position centred in rect, keeping its proportions (lying figures are wide
// and low, upright ones 4:3), as large as rect allows. ink colours the
// figure; the floor, mat and chair are drawn in a lighter tone of it. The painter's state is
// restored afterwards.
void drawPositionPictogram(QPainter& painter, const QRectF& rect, core::Position position,
                           const QColor& ink = QColor(0x1d, 0x23, 0x2b));

} // namespace glidepath::report
