#pragma once

// Flowing page layout for handouts. Content is a list of blocks; each block measures its own
// height for a given width and paints itself into a rect of that size. paginate() places blocks
// top to bottom and starts a new page when a block does not fit, so a block (a table row, one
// step of an exercise) is never split across pages; something longer, like an exercise card, is
// several blocks that join up when they land next to each other. Because every block is measured
// before anything is painted, the page count is known up front and each footer can say "page n of
// m".

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace glidepath::report {

// What a block is, for checks on the laid-out pages (a page must hold more than headings and
// small print).
enum class BlockKind
{
    Content,
    Heading,    // a section heading, or the "(continued)" line above a piece of a card
    SmallPrint, // the disclaimer
};

struct Block
{
    // Height needed at the given width (device units). Must be deterministic.
    std::function<double(double width)> measure;
    // Paints into rect (rect.width() is the width measured for, rect.height() the measured height).
    std::function<void(QPainter& painter, const QRectF& rect)> paint;
    // Gap above the block; dropped when the block opens a page.
    double spaceBefore = 0.0;
    // Start a new page before this block (unless the current page is still empty).
    bool pageBreakBefore = false;
    // Headings: move to the next page together with the block that follows.
    bool keepWithNext = false;
    // Table rows: when the row opens a page (or a column), this header is painted above it first.
    std::shared_ptr<const Block> repeatHeader;
    // One piece of something framed (an exercise card split between its steps): the block joins
    // the next one when that lands right below it, in the same column of the same page.
    bool joinsNext = false;
    // Set: called instead of paint, with whether the piece continues right above / below, so a
    // frame is closed only where the piece really ends on this page.
    std::function<void(QPainter& painter, const QRectF& rect, bool joinedAbove, bool joinedBelow)>
        paintJoined;
    // Not empty: the PDF gets a bookmark with this title pointing at the block.
    QString bookmark;
    // A run of consecutive blocks with columnGap > 0 flows in two columns, like a newspaper: down
    // the left column, then the right one, then on to the next page. Each is measured at the
    // column's width ((content width - columnGap) / 2). The run ends at the first block without.
    double columnGap = 0.0;
    BlockKind kind = BlockKind::Content;
};

struct Placement
{
    int page = 0;       // 0-based
    QRectF rect;        // where the block is painted, in page-content coordinates
    double scale = 1.0; // < 1 only for a block taller than a whole page, shrunk to fit
    const Block* block = nullptr;
    bool joinedAbove = false; // the block before it (joinsNext) is placed right above
    bool joinedBelow = false; // this block joinsNext and the next one is placed right below
};

class PageLayout
{
public:
    // contentSize: the page area available for blocks (device units), footer space excluded.
    explicit PageLayout(QSizeF contentSize);

    void add(Block block);
    bool empty() const { return m_blocks.empty(); }
    std::size_t blockCount() const { return m_blocks.size(); }
    // Whether the blocks from first to the last added fit on one page together.
    bool fitsOnePage(std::size_t first) const;
    // Sets keepWithNext on the blocks [first, last).
    void setKeepWithNext(std::size_t first, std::size_t last, bool keep);

    // Places every block; returns the page count (at least 1).
    int paginate();
    int pageCount() const { return m_pageCount; }
    const std::vector<Placement>& placements() const { return m_placements; }

    using FooterPainter = std::function<void(QPainter&, int page, int pageCount)>;

    // Paints all pages onto the painter's device, calling device.newPage() between pages.
    // contentOrigin: top-left of the content area on each page; footer is called once per page.
    void paint(QPainter& painter, QPagedPaintDevice& device, QPointF contentOrigin,
               const FooterPainter& footer) const;

private:
    void markJoins();

    QSizeF m_contentSize;
    std::vector<std::unique_ptr<Block>> m_blocks; // stable addresses for Placement::block
    std::vector<Placement> m_placements;
    int m_pageCount = 0;
};

} // namespace glidepath::report
