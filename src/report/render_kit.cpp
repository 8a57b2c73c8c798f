#include "render_kit.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

namespace glidepath::report::detail {

namespace {

// The sizes below are for body text of 10.5 pt; another body size scales them all. Large print:
// body text goes to 16 pt and everything else grows with it.
constexpr double kBodyPoints = 10.5;
constexpr double kLargeBodyPoints = 16.0;

// Share of the large-print enlargement that headings get (0.6: a 12.5 pt card name becomes
// 17.5 pt next to 16 pt body text, still clearly a heading).
constexpr double kLargeHeadingGrowth = 0.6;

// Share of the large-print enlargement that small print gets (labels, rest times, the footer):
// 12 pt, a step below the 16 pt body that every instruction is in.
constexpr double kLargeSmallGrowth = 0.75;

// Share of the large-print enlargement that gaps and paddings get.
constexpr double kLargeSpaceGrowth = 0.5;

constexpr int kWrap = Qt::TextWordWrap;
constexpr double kHuge = 1.0e7;

} // namespace

Style::Style(const QPaintDevice& device, const HandoutOptions& options, double bodyPoints)
    : m_device(device), m_unitsPerPoint(device.logicalDpiY() / 72.0),
      m_printScale(options.largePrint ? kLargeBodyPoints / bodyPoints : 1.0),
      m_sizeScale(bodyPoints / kBodyPoints), m_base(QGuiApplication::font())
{
    m_spaceScale = 1.0 + (m_printScale - 1.0) * kLargeSpaceGrowth;
    // One sans family for everything: the application font, asked to be sans if it is not.
    m_base.setStyleHint(QFont::SansSerif, QFont::PreferQuality);
    m_base.setKerning(true);
}

double Style::pointSize(TextRole role) const
{
    double points = kBodyPoints;
    switch (role) {
    case TextRole::Title:
        points = 22.0;
        break;
    case TextRole::Heading:
        points = 15.0;
        break;
    case TextRole::Subheading:
        points = 12.5;
        break;
    case TextRole::Body:
        points = kBodyPoints;
        break;
    case TextRole::Small:
        points = 8.75;
        break;
    }
    // Large print makes the body 16 pt; headings are already large and grow less, so a card's
    // name or a section heading does not take a line and a half.
    double scale = m_printScale;
    if (role == TextRole::Title || role == TextRole::Heading || role == TextRole::Subheading) {
        scale = 1.0 + (m_printScale - 1.0) * kLargeHeadingGrowth;
    } else if (role == TextRole::Small) {
        scale = 1.0 + (m_printScale - 1.0) * kLargeSmallGrowth;
    }
    return points * m_sizeScale * scale;
}

QFont Style::font(TextRole role, bool bold) const
{
    QFont font = m_base;
    font.setPointSizeF(pointSize(role));
    font.setWeight(bold ? QFont::DemiBold : QFont::Normal);
    return font;
}

double Style::text(QPainter* p, const QRectF& area, const QString& text, const QFont& font,
                   const QColor& colour, int flags) const
{
    if (text.isEmpty()) {
        return 0.0;
    }
    const QFontMetricsF metrics(font, &m_device);
    const QRectF bounds =
        metrics.boundingRect(QRectF(area.x(), area.y(), area.width(), kHuge), flags | kWrap, text);
    const double height = std::ceil(bounds.height());
    if (p != nullptr) {
        p->setFont(font);
        p->setPen(colour);
        // A little extra height so rounding can never push the last line out of the rect.
        p->drawText(QRectF(area.x(), area.y(), area.width(), height + lineHeight(font)),
                    flags | kWrap, text);
    }
    return height;
}

QRectF Style::textBounds(double width, const QString& text, const QFont& font, int flags) const
{
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, kHuge), flags | kWrap, text);
}

double Style::textWidth(const QString& text, const QFont& font) const
{
    return QFontMetricsF(font, &m_device).horizontalAdvance(text);
}

double Style::lineHeight(const QFont& font) const
{
    return QFontMetricsF(font, &m_device).height();
}

double Style::bullets(QPainter* p, const QRectF& area, const QStringList& items, const QFont& font,
                      const QColor& colour) const
{
    const double indent = lineHeight(font) * 0.95;
    const double gap = lineHeight(font) * 0.2;
    double y = area.top();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            y += gap;
        }
        const QRectF itemArea(area.left() + indent, y, area.width() - indent, 0.0);
        const double height = text(p, itemArea, items[i], font, colour);
        if (p != nullptr) {
            const double line = lineHeight(font);
            const double radius = line * 0.12;
            p->setPen(Qt::NoPen);
            p->setBrush(colour);
            p->drawEllipse(QPointF(area.left() + indent * 0.4, y + line * 0.52), radius, radius);
        }
        y += height;
    }
    return y - area.top();
}

void drawLightSymbol(QPainter& p, const QRectF& box, int level)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const double side = std::min(box.width(), box.height());
    const QRectF square(box.center().x() - side / 2.0, box.center().y() - side / 2.0, side, side);
    QPainterPath path;
    QColor fill;
    if (level == 0) {
        path.addEllipse(square);
        fill = Style::green();
    } else if (level == 1) {
        path.moveTo(square.center().x(), square.top());
        path.lineTo(square.right(), square.bottom() - side * 0.06);
        path.lineTo(square.left(), square.bottom() - side * 0.06);
        path.closeSubpath();
        fill = Style::amber();
    } else {
        // An octagon, like a stop sign.
        const double r = side / 2.0;
        for (int i = 0; i < 8; ++i) {
            const double angle = (22.5 + 45.0 * i) * M_PI / 180.0;
            const QPointF corner(square.center().x() + r * std::cos(angle),
                                 square.center().y() + r * std::sin(angle));
            if (i == 0) {
                path.moveTo(corner);
            } else {
                path.lineTo(corner);
            }
        }
        path.closeSubpath();
        fill = Style::red();
    }
    p.setPen(QPen(Style::ink(), side * 0.05));
    p.setBrush(fill);
    p.drawPath(path);
    p.restore();
}

void drawTickBox(QPainter& p, const QRectF& box, const QColor& colour, double penWidth)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(colour, penWidth));
    p.setBrush(Qt::white);
    p.drawRoundedRect(box, box.width() * 0.12, box.width() * 0.12);
    p.restore();
}

namespace {

struct TableGeometry
{
    std::vector<double> lefts;
    std::vector<double> widths;
};

TableGeometry geometry(const std::vector<TableColumn>& columns, double left, double width)
{
    const double total =
        std::accumulate(columns.begin(), columns.end(), 0.0,
                        [](double sum, const TableColumn& c) { return sum + c.weight; });
    std::vector<double> widths;
    for (const TableColumn& column : columns) {
        widths.push_back(width * column.weight / total);
    }
    // A column narrower than its longest word takes the difference from the columns with room
    // to spare, in proportion to their spare room (never below their own longest word).
    double deficit = 0.0;
    double spare = 0.0;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const double gap = widths[c] - columns[c].minWidth;
        (gap < 0 ? deficit : spare) += std::abs(gap);
    }
    if (deficit > 0.0 && spare > 0.0) {
        const double share = std::min(1.0, deficit / spare);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const double gap = widths[c] - columns[c].minWidth;
            widths[c] = gap < 0 ? columns[c].minWidth : widths[c] - gap * share;
        }
    }
    // Words too long for any share of the width: the table still keeps to the page.
    const double sum = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (sum > width) {
        for (double& w : widths) {
            w *= width / sum;
        }
    }
    TableGeometry g;
    double x = left;
    for (const double w : widths) {
        g.lefts.push_back(x);
        g.widths.push_back(w);
        x += w;
    }
    return g;
}

// One table row: cells wrapped in their columns; the row is as tall as its tallest cell.
double drawRow(QPainter* p, const Style& style, const QRectF& area,
               const std::vector<TableColumn>& columns, const QStringList& cells, bool header,
               bool shaded, bool boldFirst)
{
    const double padX = style.space(4.0);
    const double padY = style.space(3.0);
    const TableGeometry g = geometry(columns, area.left(), area.width());
    const QFont plain = style.font(header ? TextRole::Small : TextRole::Body, header);
    const QFont bold = style.font(TextRole::Body, true);
    double height = 0.0;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const QString cell = c < static_cast<std::size_t>(cells.size())
                                 ? cells[static_cast<qsizetype>(c)]
                                 : QString();
        const QFont& font = (!header && boldFirst && c == 0) ? bold : plain;
        height =
            std::max(height, style.text(nullptr, QRectF(0, 0, g.widths[c] - 2 * padX, 0), cell,
                                        font, Style::ink(), static_cast<int>(columns[c].align)));
    }
    height += 2 * padY;
    if (p == nullptr) {
        return height;
    }
    const QRectF rowRect(area.left(), area.top(), area.width(), height);
    p->save();
    p->setPen(Qt::NoPen);
    if (header) {
        p->setBrush(Style::accentTint());
        p->drawRect(rowRect);
    } else if (shaded) {
        p->setBrush(Style::panel());
        p->drawRect(rowRect);
    }
    p->setPen(QPen(header ? Style::accent() : Style::rule(), style.pt(header ? 0.9 : 0.5)));
    p->drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
    p->restore();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const QString cell = c < static_cast<std::size_t>(cells.size())
                                 ? cells[static_cast<qsizetype>(c)]
                                 : QString();
        const QFont& font = (!header && boldFirst && c == 0) ? bold : plain;
        style.text(p, QRectF(g.lefts[c] + padX, area.top() + padY, g.widths[c] - 2 * padX, 0), cell,
                   font, header ? Style::accent() : Style::ink(),
                   static_cast<int>(columns[c].align));
    }
    return height;
}

} // namespace

void addTable(PageLayout& layout, const Style& style,
              const std::vector<TableColumn>& measuredColumns, const std::vector<QStringList>& rows,
              const TableStyle& tableStyle)
{
    QStringList titles;
    for (const TableColumn& column : measuredColumns) {
        titles << column.title;
    }
    // Each column at least as wide as its longest word, in the font it is printed in.
    std::vector<TableColumn> columns = measuredColumns;
    {
        const double padX = style.space(4.0);
        auto longestWord = [&style](const QString& text, const QFont& font) {
            double widest = 0.0;
            for (const QString& word :
                 text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                widest = std::max(widest, style.textWidth(word, font));
            }
            return widest;
        };
        const QFont headerFont = style.font(TextRole::Small, true);
        const QFont body = style.font(TextRole::Body);
        const QFont bold = style.font(TextRole::Body, true);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            double widest = longestWord(columns[c].title, headerFont);
            for (const QStringList& row : rows) {
                if (c < static_cast<std::size_t>(row.size())) {
                    const bool isBold = tableStyle.boldFirstColumn && c == 0;
                    widest = std::max(
                        widest, longestWord(row[static_cast<qsizetype>(c)], isBold ? bold : body));
                }
            }
            columns[c].minWidth = std::max(columns[c].minWidth, widest + 2 * padX + 1.0);
        }
    }
    auto header = std::make_shared<Block>();
    header->measure = [&style, columns, titles](double width) {
        return drawRow(nullptr, style, QRectF(0, 0, width, 0), columns, titles, true, false, false);
    };
    header->paint = [&style, columns, titles](QPainter& p, const QRectF& rect) {
        drawRow(&p, style, rect, columns, titles, true, false, false);
    };
    if (tableStyle.showHeader) {
        Block first = *header;
        first.keepWithNext = !rows.empty();
        first.spaceBefore = tableStyle.spaceBefore;
        layout.add(std::move(first));
    } else {
        header.reset();
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const bool shaded = tableStyle.zebra && r % 2 == 1;
        const bool boldFirst = tableStyle.boldFirstColumn;
        Block row;
        row.measure = [&style, columns, cells = rows[r], shaded, boldFirst](double width) {
            return drawRow(nullptr, style, QRectF(0, 0, width, 0), columns, cells, false, shaded,
                           boldFirst);
        };
        row.paint = [&style, columns, cells = rows[r], shaded, boldFirst](QPainter& p,
                                                                          const QRectF& rect) {
            drawRow(&p, style, rect, columns, cells, false, shaded, boldFirst);
        };
        row.repeatHeader = header;
        if (r == 0 && !tableStyle.showHeader) {
            row.spaceBefore = tableStyle.spaceBefore;
        }
        layout.add(std::move(row));
    }
}

Block textBlock(const Style& style, const QString& text, TextRole role, bool bold,
                const QColor& colour, double spaceBefore)
{
    Block block;
    const QFont font = style.font(role, bold);
    block.measure = [&style, text, font, colour](double width) {
        return style.text(nullptr, QRectF(0, 0, width, 0), text, font, colour);
    };
    block.paint = [&style, text, font, colour](QPainter& p, const QRectF& rect) {
        style.text(&p, rect, text, font, colour);
    };
    block.spaceBefore = spaceBefore;
    return block;
}

Block headingBlock(const Style& style, const QString& text, double spaceBefore)
{
    Block block;
    const QFont font = style.font(TextRole::Heading, true);
    const double below = style.space(5.0);
    block.measure = [&style, text, font, below](double width) {
        return style.text(nullptr, QRectF(0, 0, width, 0), text, font, Style::accent()) + below;
    };
    block.paint = [&style, text, font](QPainter& p, const QRectF& rect) {
        style.text(&p, rect, text, font, Style::accent());
    };
    block.spaceBefore = spaceBefore;
    block.keepWithNext = true;
    block.kind = BlockKind::Heading;
    return block;
}

Block bulletBlock(const Style& style, const QStringList& items, double spaceBefore)
{
    Block block;
    const QFont font = style.font(TextRole::Body);
    block.measure = [&style, items, font](double width) {
        return style.bullets(nullptr, QRectF(0, 0, width, 0), items, font, Style::ink());
    };
    block.paint = [&style, items, font](QPainter& p, const QRectF& rect) {
        style.bullets(&p, rect, items, font, Style::ink());
    };
    block.spaceBefore = spaceBefore;
    return block;
}

} // namespace glidepath::report::detail
