#pragma once

// Shared drawing kit for the handouts: typography, colours and measure-or-paint helpers.
//
// Every composite block is written once as a function `double draw(QPainter* p, QRectF area)`
// that returns the height it uses and paints only when p is not null. Measuring is the same call
// with p == nullptr, so measured and painted heights can never drift apart.

#include <glidepath/report/handout_options.h>
#include <glidepath/report/page_layout.h>

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

#include <vector>

class QPaintDevice;
class QPainter;

namespace glidepath::report::detail {

enum class TextRole
{
    Title,
    Heading,    // section headings
    Subheading, // card titles, panel titles
    Body,
    Small, // labels, footers
};

class Style
{
public:
    // bodyPoints: normal-print body size; every other size keeps its proportion to it.
    Style(const QPaintDevice& device, const HandoutOptions& options, double bodyPoints = 10.5);

    // Device units per typographic point, times the large-print factor for sizes.
    double pt(double points) const { return points * m_unitsPerPoint; }
    // A gap or padding in points: grows with large print, but less than the text does (the
    // 16 pt text needs room to read, not wider gaps, and every gap costs large print pages).
    double space(double points) const { return points * m_unitsPerPoint * m_spaceScale; }
    // A width that holds text (a column, a box to write in): grows as much as the text.
    double size(double points) const { return points * m_unitsPerPoint * m_printScale; }
    double printScale() const { return m_printScale; }
    bool largePrint() const { return m_printScale > 1.0; }

    QFont font(TextRole role, bool bold = false) const;
    double pointSize(TextRole role) const;

    // Wrapped text at area.topLeft() within area.width(); returns its height. Paints when p.
    double text(QPainter* p, const QRectF& area, const QString& text, const QFont& font,
                const QColor& colour, int flags = Qt::AlignLeft) const;
    double textWidth(const QString& text, const QFont& font) const;
    // The box text() fills at that width: wider than width when a word does not fit on a line.
    QRectF textBounds(double width, const QString& text, const QFont& font,
                      int flags = Qt::AlignLeft) const;
    double lineHeight(const QFont& font) const;

    // A bulleted list; returns its height.
    double bullets(QPainter* p, const QRectF& area, const QStringList& items, const QFont& font,
                   const QColor& colour) const;

    const QPaintDevice& device() const { return m_device; }

    // Palette: readable in greyscale (every colour also has a word or a shape beside it).
    static QColor ink() { return {0x1d, 0x23, 0x2b}; }
    static QColor muted() { return {0x4f, 0x59, 0x65}; }
    static QColor accent() { return {0x1f, 0x5a, 0x82}; }
    static QColor accentTint() { return {0xe6, 0xef, 0xf6}; }
    static QColor panel() { return {0xf3, 0xf5, 0xf7}; }
    static QColor rule() { return {0xc3, 0xca, 0xd2}; }
    static QColor green() { return {0x2e, 0x7d, 0x32}; }
    static QColor greenTint() { return {0xe3, 0xf1, 0xe3}; }
    static QColor amber() { return {0xe0, 0x9a, 0x00}; }
    static QColor amberTint() { return {0xfd, 0xf0, 0xd2}; }
    static QColor red() { return {0xb7, 0x1c, 0x1c}; }
    static QColor redTint() { return {0xfa, 0xe3, 0xe3}; }

private:
    const QPaintDevice& m_device;
    double m_unitsPerPoint = 1.0;
    double m_printScale = 1.0;
    double m_spaceScale = 1.0;
    double m_sizeScale = 1.0;
    QFont m_base;
};

// Shapes for the traffic lights: circle (green), triangle (amber), octagon (red).
void drawLightSymbol(QPainter& p, const QRectF& box, int level /*0 green, 1 amber, 2 red*/);
void drawTickBox(QPainter& p, const QRectF& box, const QColor& colour, double penWidth);

// Simple tables built from blocks: a header block (kept with the first row) and one block per
// row, each row repeating the header when it opens a page.
struct TableColumn
{
    QString title;
    double weight = 1.0;
    Qt::Alignment align = Qt::AlignLeft;
    // The narrowest the column may get (device units): addTable sets it from the longest word
    // of the column's title and cells, so that no word is cut (German "Trainingstreue").
    double minWidth = 0.0;
};

struct TableStyle
{
    bool zebra = true;
    bool boldFirstColumn = false;
    bool showHeader = true; // false: a plain list of rows (label / value pairs)
    double spaceBefore = 0.0;
};

void addTable(PageLayout& layout, const Style& style, const std::vector<TableColumn>& columns,
              const std::vector<QStringList>& rows, const TableStyle& tableStyle = {});

// Common blocks.
Block textBlock(const Style& style, const QString& text, TextRole role, bool bold,
                const QColor& colour, double spaceBefore = 0.0);
Block headingBlock(const Style& style, const QString& text, double spaceBefore);
Block bulletBlock(const Style& style, const QStringList& items, double spaceBefore = 0.0);

} // namespace glidepath::report::detail
