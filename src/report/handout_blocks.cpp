#include "handout_blocks.h"

#include <QPainter>

#include <memory>

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

void fillJoinedPanel(QPainter& p, const QRectF& rect, const QColor& fill, const QColor& border,
                     double borderWidth, double radius, bool joinedAbove, bool joinedBelow)
{
    // The open edges are drawn outside the clip, corners and all, so the sides run straight on.
    QRectF shape = rect;
    if (joinedAbove) {
        shape.setTop(rect.top() - radius - borderWidth);
    }
    if (joinedBelow) {
        shape.setBottom(rect.bottom() + radius + borderWidth);
    }
    p.save();
    p.setClipRect(rect.adjusted(-borderWidth, joinedAbove ? 0.0 : -borderWidth, borderWidth,
                                joinedBelow ? 0.0 : borderWidth));
    fillPanel(p, shape, fill, border, borderWidth, radius);
    p.restore();
}

namespace {

// A little less padding than panel(): these panels are the long ones on the first page.
constexpr double kPanelPad = 7.0;

struct PanelPiece
{
    std::size_t first = 0;
    std::size_t end = 0;
    bool head = true;
    bool tail = true;
};

double drawPanelPiece(QPainter* p, const Style& s, const QRectF& area, const QColor& fill,
                      const QColor& border, const std::vector<DrawFn>& parts,
                      const PanelPiece& piece, double gap, bool joinedAbove, bool joinedBelow)
{
    const double pad = kPanelPad * s.space(1.0);
    auto content = [&](QPainter* q) {
        double y = area.top() + (piece.head ? pad : gap);
        for (std::size_t i = piece.first; i < piece.end; ++i) {
            if (i > piece.first) {
                y += gap;
            }
            y += parts[i](q, QRectF(area.left() + pad, y, area.width() - 2 * pad, 0.0));
        }
        return y + (piece.tail ? pad : 0.0) - area.top();
    };
    const double height = content(nullptr);
    if (p != nullptr) {
        fillJoinedPanel(*p, QRectF(area.left(), area.top(), area.width(), height), fill, border,
                        s.pt(1.0), s.space(5.0), joinedAbove, joinedBelow);
        content(p);
    }
    return height;
}

} // namespace

void addSplittablePanel(PageLayout& layout, const Style& s, const QColor& fill,
                        const QColor& border, std::vector<DrawFn> parts, double gap,
                        double spaceBefore, double width)
{
    if (parts.empty()) {
        return;
    }
    const double twoLines = 1.9 * s.lineHeight(s.font(TextRole::Body));
    const double inner = width - 2 * kPanelPad * s.space(1.0);
    std::vector<double> heights;
    for (const DrawFn& part : parts) {
        heights.push_back(part(nullptr, QRectF(0.0, 0.0, inner, 0.0)));
    }
    std::vector<PanelPiece> pieces;
    for (std::size_t i = 0; i < parts.size();) {
        PanelPiece piece{i, i, pieces.empty(), false};
        double height = 0.0;
        while (piece.end < parts.size() && height < twoLines) {
            height += heights[piece.end++];
        }
        pieces.push_back(piece);
        i = piece.end;
    }
    // A short last piece joins the one before it.
    if (pieces.size() > 1) {
        double last = 0.0;
        for (std::size_t i = pieces.back().first; i < pieces.back().end; ++i) {
            last += heights[i];
        }
        if (last < twoLines) {
            pieces[pieces.size() - 2].end = pieces.back().end;
            pieces.pop_back();
        }
    }
    pieces.back().tail = true;
    auto shared = std::make_shared<const std::vector<DrawFn>>(std::move(parts));
    for (const PanelPiece& piece : pieces) {
        Block block;
        block.spaceBefore = piece.head ? spaceBefore : 0.0;
        block.joinsNext = !piece.tail;
        block.measure = [&s, fill, border, shared, piece, gap](double w) {
            return drawPanelPiece(nullptr, s, QRectF(0.0, 0.0, w, 0.0), fill, border, *shared,
                                  piece, gap, false, false);
        };
        block.paint = [&s, fill, border, shared, piece, gap](QPainter& p, const QRectF& rect) {
            drawPanelPiece(&p, s, rect, fill, border, *shared, piece, gap, false, false);
        };
        block.paintJoined = [&s, fill, border, shared, piece, gap](QPainter& p, const QRectF& rect,
                                                                   bool above, bool below) {
            drawPanelPiece(&p, s, rect, fill, border, *shared, piece, gap, above, below);
        };
        layout.add(std::move(block));
    }
}

} // namespace glidepath::report::detail
