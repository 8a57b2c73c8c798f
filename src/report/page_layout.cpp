#include <glidepath/report/page_layout.h>

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

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

    auto widthOf = [width](const Block& block) {
        return block.columnGap > 0.0 ? (width - block.columnGap) / 2.0 : width;
    };
    // A continued piece that opens a page or a column repeats its header above it.
    auto headerHeight = [](const Block& block, double at) {
        return block.repeatHeader ? std::max(0.0, block.repeatHeader->measure(at)) : 0.0;
    };
    std::vector<double> heights;
    heights.reserve(m_blocks.size());
    for (const auto& block : m_blocks) {
        heights.push_back(std::max(0.0, block->measure(widthOf(*block))));
    }

    int page = 0;
    double y = 0.0;
    bool pageHasContent = false;
    auto newPage = [&] {
        ++page;
        y = 0.0;
        pageHasContent = false;
    };

    // The two-column run in progress: where it starts on this page and how far each column got.
    bool inColumns = false;
    int column = 0;
    double columnBottom[2] = {0.0, 0.0};
    bool columnUsed[2] = {false, false};
    // Where the run switches to the right column on this page: when the rest of the run fits
    // the page, the columns are balanced (the left one no taller than it must be), so what follows
    // the run can start under it; otherwise the left column takes as much as fits.
    std::size_t switchAt = m_blocks.size();
    auto planColumns = [&](std::size_t from, double top) {
        switchAt = m_blocks.size();
        std::size_t end = from;
        while (end < m_blocks.size() && m_blocks[end]->columnGap > 0.0 &&
               !m_blocks[end]->pageBreakBefore) {
            ++end;
        }
        auto stack = [&](std::size_t first, std::size_t last) {
            double height = first < last && first > from
                                ? headerHeight(*m_blocks[first], widthOf(*m_blocks[first]))
                                : 0.0;
            for (std::size_t k = first; k < last; ++k) {
                height += (k > first ? m_blocks[k]->spaceBefore : 0.0) + heights[k];
            }
            return height;
        };
        double best = available;
        for (std::size_t split = from + 1; split <= end; ++split) {
            const double tallest = std::max(stack(from, split), stack(split, end));
            if (top + tallest <= available && top + tallest < best) {
                best = top + tallest;
                switchAt = split;
            }
        }
    };
    auto startRun = [&](std::size_t from, double top) {
        inColumns = true;
        column = 0;
        columnBottom[0] = columnBottom[1] = top;
        columnUsed[0] = columnUsed[1] = false;
        planColumns(from, top);
    };

    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        const Block& block = *m_blocks[i];
        const double height = heights[i];
        if (block.columnGap > 0.0 && !block.pageBreakBefore) {
            if (!inColumns) {
                startRun(i, pageHasContent ? y + block.spaceBefore : 0.0);
            }
            const double columnWidth = widthOf(block);
            if (i == switchAt && column == 0) {
                column = 1;
            }
            for (;;) {
                const double gap = columnUsed[column] ? block.spaceBefore : 0.0;
                const double header = columnUsed[column] ? 0.0 : headerHeight(block, columnWidth);
                const double top = columnBottom[column] + gap + header;
                const bool fresh = !pageHasContent && !columnUsed[0] && !columnUsed[1];
                if (top + height <= available || fresh) {
                    const double scale = (height > available - top && height > 0.0)
                                             ? (available - top) / height
                                             : 1.0;
                    const double left = column * (columnWidth + block.columnGap);
                    if (header > 0.0) {
                        m_placements.push_back({page,
                                                QRectF(left, top - header, columnWidth, header),
                                                1.0, block.repeatHeader.get()});
                    }
                    m_placements.push_back(
                        {page, QRectF(left, top, columnWidth, height), scale, &block});
                    columnBottom[column] = top + height * scale;
                    columnUsed[column] = true;
                    y = std::max(columnBottom[0], columnBottom[1]);
                    pageHasContent = true;
                    break;
                }
                if (column == 0) {
                    column = 1;
                } else {
                    newPage();
                    startRun(i, 0.0);
                }
            }
            continue;
        }
        inColumns = false;
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
            inColumns = false;
            gap = 0.0;
        }

        if (!pageHasContent && block.repeatHeader && i > 0) {
            const double header = headerHeight(block, width);
            m_placements.push_back(
                {page, QRectF(0.0, 0.0, width, header), 1.0, block.repeatHeader.get()});
            y = header;
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
    markJoins();
    m_pageCount = page + 1;
    return m_pageCount;
}

void PageLayout::markJoins()
{
    // A repeated header is a piece of what it heads, so it joins what follows it too.
    constexpr double kTouching = 0.5;
    for (std::size_t k = 0; k + 1 < m_placements.size(); ++k) {
        Placement& upper = m_placements[k];
        Placement& lower = m_placements[k + 1];
        const bool heads = lower.block->repeatHeader.get() == upper.block;
        const bool joined = (upper.block->joinsNext || heads) && upper.page == lower.page &&
                            std::abs(upper.rect.left() - lower.rect.left()) < kTouching &&
                            std::abs(upper.rect.top() + upper.rect.height() * upper.scale -
                                     lower.rect.top()) < kTouching;
        upper.joinedBelow = joined;
        lower.joinedAbove = joined;
    }
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
            const QRectF rect(QPointF(0.0, 0.0), placed.rect.size());
            if (placed.block->paintJoined) {
                placed.block->paintJoined(painter, rect, placed.joinedAbove, placed.joinedBelow);
            } else {
                placed.block->paint(painter, rect);
            }
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
