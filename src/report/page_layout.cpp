#include <glidepath/report/page_layout.h>

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace glidepath::report {

PageLayout::PageLayout(QSizeF contentSize) : m_contentSize(contentSize) {}

void PageLayout::add(Block block)
{
    m_blocks.push_back(std::make_unique<Block>(std::move(block)));
}

bool PageLayout::fitsOnePage(std::size_t first) const
{
    double height = 0.0;
    for (std::size_t i = first; i < m_blocks.size(); ++i) {
        height += (i > first ? m_blocks[i]->spaceBefore : 0.0) +
                  std::max(0.0, m_blocks[i]->measure(m_contentSize.width()));
    }
    return height <= m_contentSize.height();
}

void PageLayout::setKeepWithNext(std::size_t first, std::size_t last, bool keep)
{
    for (std::size_t i = first; i < last && i < m_blocks.size(); ++i) {
        m_blocks[i]->keepWithNext = keep;
    }
}

int PageLayout::paginate()
{
    m_placements.clear();
    const double width = m_contentSize.width();
    const double available = m_contentSize.height();

    std::vector<double> heights;
    heights.reserve(m_blocks.size());
    for (const auto& block : m_blocks) {
        heights.push_back(std::max(0.0, block->measure(width)));
    }

    int page = 0;
    double y = 0.0;
    bool pageHasContent = false;
    auto newPage = [&] {
        ++page;
        y = 0.0;
        pageHasContent = false;
    };

    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        const Block& block = *m_blocks[i];
        const double height = heights[i];
        if (block.pageBreakBefore && pageHasContent) {
            newPage();
        }

        // A heading needs room for itself and the start of what it introduces.
        double needed = height;
        for (std::size_t j = i; j + 1 < m_blocks.size() && m_blocks[j]->keepWithNext; ++j) {
            if (m_blocks[j + 1]->pageBreakBefore) {
                break;
            }
            needed += m_blocks[j + 1]->spaceBefore + heights[j + 1];
        }
        if (needed > available) {
            needed = height; // the chain can never fit one page: only the block itself must
        }

        double gap = pageHasContent ? block.spaceBefore : 0.0;
        if (pageHasContent && y + gap + needed > available) {
            newPage();
            gap = 0.0;
        }

        if (!pageHasContent && block.repeatHeader && i > 0) {
            const double headerHeight = std::max(0.0, block.repeatHeader->measure(width));
            m_placements.push_back(
                {page, QRectF(0.0, 0.0, width, headerHeight), 1.0, block.repeatHeader.get()});
            y = headerHeight;
            pageHasContent = true;
        }

        const double top = y + gap;
        const double room = available - top;
        // Only a block alone on a fresh page can be taller than the room left: shrink, never cut.
        const double scale = (height > room && height > 0.0) ? std::max(0.0, room) / height : 1.0;
        m_placements.push_back({page, QRectF(0.0, top, width, height), scale, &block});
        y = top + height * scale;
        pageHasContent = true;
    }
    m_pageCount = page + 1;
    return m_pageCount;
}

void PageLayout::paint(QPainter& painter, QPagedPaintDevice& device, QPointF contentOrigin,
                       const FooterPainter& footer) const
{
    std::size_t next = 0;
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0) {
            device.newPage();
        }
        for (; next < m_placements.size() && m_placements[next].page == page; ++next) {
            const Placement& placed = m_placements[next];
            painter.save();
            painter.translate(contentOrigin + placed.rect.topLeft());
            painter.scale(placed.scale, placed.scale);
            placed.block->paint(painter, QRectF(QPointF(0.0, 0.0), placed.rect.size()));
            painter.restore();
        }
        if (footer) {
            painter.save();
            footer(painter, page, m_pageCount);
            painter.restore();
        }
    }
}

} // namespace glidepath::report
