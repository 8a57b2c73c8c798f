#include "handout_blocks.h"

#include <QPainter>

namespace glidepath::report::detail {

Block drawnBlock(DrawFn draw, double spaceBefore, bool keepWithNext)
{
    Block block;
    block.measure = [draw](double width) { return draw(nullptr, QRectF(0.0, 0.0, width, 0.0)); };
    block.paint = [draw](QPainter& p, const QRectF& rect) { draw(&p, rect); };
    block.spaceBefore = spaceBefore;
    block.keepWithNext = keepWithNext;
    return block;
}

void fillPanel(QPainter& p, const QRectF& rect, const QColor& fill, const QColor& border,
               double borderWidth, double radius)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(border.isValid() ? QPen(border, borderWidth) : QPen(Qt::NoPen));
    p.setBrush(fill);
    p.drawRoundedRect(rect, radius, radius);
    p.restore();
}

double panel(QPainter* p, const Style& s, const QRectF& area, const QColor& fill,
             const QColor& border, const DrawFn& content)
{
    const double pad = s.space(9.0);
    const QRectF inner(area.left() + pad, area.top() + pad, area.width() - 2 * pad, 0.0);
    const double height = content(nullptr, inner) + 2 * pad;
    if (p != nullptr) {
        fillPanel(*p, QRectF(area.left(), area.top(), area.width(), height), fill, border,
                  s.pt(1.0), s.space(5.0));
        content(p, inner);
    }
    return height;
}

} // namespace glidepath::report::detail
