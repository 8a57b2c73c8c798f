#pragma once

// Layout helpers shared by the handouts' sections: a block written once as a measure-or-paint
// function, and padded panels behind content whose height is measured first.

#include "render_kit.h"

#include <QColor>
#include <QRectF>

#include <functional>

class QPainter;

namespace glidepath::report::detail {

// Draws when the painter is not null; always returns the height used.
using DrawFn = std::function<double(QPainter*, const QRectF&)>;

Block drawnBlock(DrawFn draw, double spaceBefore = 0.0, bool keepWithNext = false);

// A rounded panel (fill, optional border).
void fillPanel(QPainter& p, const QRectF& rect, const QColor& fill, const QColor& border,
               double borderWidth, double radius);

// A padded panel around content: measures the content, paints the background, then the content.
double panel(QPainter* p, const Style& s, const QRectF& area, const QColor& fill,
             const QColor& border, const DrawFn& content);

} // namespace glidepath::report::detail
