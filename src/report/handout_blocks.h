#pragma once

// Layout helpers shared by the handouts' sections: a block written once as a measure-or-paint
// function, and padded panels behind content whose height is measured first.

#include "render_kit.h"

#include <QColor>
#include <QRectF>

#include <functional>
#include <vector>

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

// A rounded panel that is one piece of something split across pages or columns: the edges where
// it runs on into the piece above or below stay open (no border, no rounding).
void fillJoinedPanel(QPainter& p, const QRectF& rect, const QColor& fill, const QColor& border,
                     double borderWidth, double radius, bool joinedAbove, bool joinedBelow);

// A padded panel (as panel()) whose content is a list of parts - paragraphs, list items - that
// may continue on the next page or column between two parts, so a long panel never leaves the
// rest of a page empty. Parts are grouped so that no piece is shorter than two lines of body
// text; width: the width the panel will be laid out at.
void addSplittablePanel(PageLayout& layout, const Style& s, const QColor& fill,
                        const QColor& border, std::vector<DrawFn> parts, double gap,
                        double spaceBefore, double width);

} // namespace glidepath::report::detail
