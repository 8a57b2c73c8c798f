// The safety guide on the home routine's cover: how much pain is OK (the 0-10 scale with its
// three zones, told apart without colour), when to stop an exercise or ease off, and the small
// print. home_routine_cover.cpp places them.

#include "home_routine_parts.h"

#include <glidepath/report/handout_text.h>

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace glidepath::report::detail {

// The pain guide as parts of a panel: the title, the words and the 0-10 scale, then the three
// zones (side by side when they fit, else one part each so the panel may continue between them).
std::vector<DrawFn> painGuideParts(const Routine& r, double width)
{
    const Style& s = r.style();
    const core::ProgressionRules& rules = r.data().rules;
    const int greenMax = std::clamp(rules.greenMaxExercisePain, 0, 9);
    const int amberMax = std::clamp(rules.amberMaxExercisePain, greenMax + 1, 10);
    std::vector<DrawFn> parts;
    parts.emplace_back([&s, greenMax, amberMax](QPainter* q, const QRectF& in) {
        double y = in.top();
        y += s.text(q, QRectF(in.left(), y, in.width(), 0), Handout::tr("How much pain is OK?"),
                    s.font(TextRole::Subheading, true), Style::ink());
        y += s.space(2.0);
        y += s.text(q, QRectF(in.left(), y, in.width(), 0),
                    Handout::tr("Some discomfort while you exercise is normal and safe. Rate it "
                                "from 0 (none) to 10 (the worst you can imagine)."),
                    s.font(TextRole::Body), Style::ink());
        y += s.space(5.0);

        // The 0-10 scale: each zone has its own fill pattern, a number box on white, and the
        // zone's shape and word under it, so it reads in greyscale.
        const QFont numberFont = s.font(TextRole::Small, true);
        const double cellWidth = in.width() / 11.0;
        const double cellHeight = s.lineHeight(numberFont) + s.space(8.0);
        auto zoneOf = [&](int value) { return value <= greenMax ? 0 : value <= amberMax ? 1 : 2; };
        if (q != nullptr) {
            for (int value = 0; value <= 10; ++value) {
                const QRectF cell(in.left() + value * cellWidth, y, cellWidth, cellHeight);
                paintZone(*q, cell, zoneOf(value), s.pt(1.0));
                q->save();
                q->setPen(QPen(Style::ink(), s.pt(0.6)));
                q->setBrush(Qt::NoBrush);
                q->drawRect(cell);
                const double label = s.lineHeight(numberFont) * 1.05;
                const QRectF chip(cell.center().x() - label * 0.6, cell.center().y() - label / 2,
                                  label * 1.2, label);
                q->setBrush(Qt::white);
                q->drawEllipse(chip);
                q->restore();
                s.text(q,
                       QRectF(chip.left(), chip.top() + (label - s.lineHeight(numberFont)) / 2,
                              chip.width(), 0),
                       QString::number(value), numberFont, Style::ink(), Qt::AlignHCenter);
            }
        }
        y += cellHeight;
        return y - in.top();
    });
    const QString zoneNames[3] = {Handout::tr("Green"), Handout::tr("Amber"), Handout::tr("Red")};
    const QString ranges[3] = {
        greenMax == 0 ? Handout::tr("0") : Handout::tr("0 to %1").arg(greenMax),
        greenMax + 1 == amberMax ? QString::number(amberMax)
                                 : Handout::tr("%1 to %2").arg(greenMax + 1).arg(amberMax),
        Handout::tr("above %1").arg(amberMax)};
    const QString details[3] = {
        Handout::tr("Fine, carry on. No pain or a mild ache is OK."),
        Handout::tr("OK if it settles within about an hour and is no worse the next "
                    "morning. Stay at the same level for now."),
        Handout::tr("Too much. Stop that exercise for today, give it a day or two, then "
                    "restart with fewer sets or the easier version and tell your "
                    "clinician.")};
    QStringList titles;
    for (int level = 0; level < 3; ++level) {
        titles << Handout::tr("%1: %2").arg(zoneNames[level], ranges[level]);
    }
    const QStringList texts{details[0], details[1], details[2]};
    const double columnGap = s.space(10.0);
    const double inner = width - 2 * s.space(7.0);
    const double column = (inner - 2 * columnGap) / 3.0;
    if (column >= s.size(120.0)) {
        parts.emplace_back([&s, titles, texts, columnGap](QPainter* q, const QRectF& in) {
            const QFont zoneFont = s.font(TextRole::Body, true);
            const double symbol = s.lineHeight(zoneFont) * 1.1;
            const double columnWidth = (in.width() - 2 * columnGap) / 3.0;
            const double y = in.top() + s.space(3.0);
            double bottom = y;
            for (int level = 0; level < 3; ++level) {
                const double left = in.left() + level * (columnWidth + columnGap);
                if (q != nullptr) {
                    drawLightSymbol(*q, QRectF(left, y, symbol, symbol), level);
                }
                const double textLeft = left + symbol + s.space(5.0);
                double ty = y;
                ty += s.text(q, QRectF(textLeft, ty, left + columnWidth - textLeft, 0),
                             titles[level], zoneFont, Style::ink());
                ty = std::max(ty, y + symbol) + s.space(1.5);
                ty += s.text(q, QRectF(left, ty, columnWidth, 0), texts[level],
                             s.font(TextRole::Body), Style::ink());
                bottom = std::max(bottom, ty);
            }
            return bottom - in.top();
        });
        return parts;
    }
    for (int level = 0; level < 3; ++level) {
        const QString title = titles[level];
        const QString text = texts[level];
        parts.emplace_back([&s, level, title, text](QPainter* q, const QRectF& in) {
            const QFont zoneFont = s.font(TextRole::Body, true);
            const double symbol = s.lineHeight(zoneFont) * 1.1;
            const double y = in.top() + s.space(level == 0 ? 3.0 : 2.0);
            const double textLeft = in.left() + symbol + s.space(8.0);
            if (q != nullptr) {
                drawLightSymbol(*q, QRectF(in.left(), y, symbol, symbol), level);
            }
            // The zone's name runs into its text (a line less each in large print).
            const QFont body = s.font(TextRole::Body);
            const QRectF column(textLeft, y, in.right() - textLeft, 0);
            s.text(q, column, title, zoneFont, Style::ink());
            QString indent;
            indent.fill(QChar(0x00A0), static_cast<qsizetype>(std::ceil(
                                           s.textWidth(title + QLatin1Char(' '), zoneFont) /
                                           s.textWidth(QStringLiteral(" "), body))));
            const double ty = y + s.text(q, column, indent + text, body, Style::ink());
            return std::max(ty, y + symbol) - in.top();
        });
    }
    return parts;
}

// When to stop an exercise (for every exercise; each card adds its own extra care) and when to
// ease off for a few days: two short paragraphs, each led by its shape.
std::vector<DrawFn> stopAndEaseOffParts(const Routine& r)
{
    const Style& s = r.style();
    // One sentence of lower-case items in English; German keeps each item's capital ("Ihr Knie",
    // nouns), so its items stand as short sentences of their own.
    QStringList stops = stopIfLines(nullptr, r.data().rules);
    const bool keepCapitals = nounInSentence(QStringLiteral("A")) == QStringLiteral("A");
    if (!keepCapitals) {
        for (QString& line : stops) {
            line[0] = line[0].toLower();
        }
    }
    const QString stopText = Handout::tr("%1.").arg(
        stops.join(keepCapitals ? QStringLiteral(". ") : QStringLiteral("; ")));
    const QString easeText = Handout::tr(
        "tenderness that lingers into the next day; pain at night that is worse than usual; new "
        "swelling around the knee. Easing off means fewer sets or the easier version, not "
        "stopping altogether. Most flare-ups settle within a few days: mention it at your next "
        "check-in.");
    auto paragraph = [&s](int level, const QString& head, const QString& text) {
        return [&s, level, head, text](QPainter* q, const QRectF& in) {
            const QFont title = s.font(TextRole::Body, true);
            const QFont body = s.font(TextRole::Body);
            double y = in.top();
            const double symbol = s.lineHeight(title) * 0.9;
            const double left = in.left() + symbol + s.space(6.0);
            if (q != nullptr) {
                drawLightSymbol(
                    *q, QRectF(in.left(), y + s.lineHeight(title) * 0.05, symbol, symbol), level);
            }
            const double width = in.right() - left;
            const double headWidth = s.textWidth(head + QLatin1Char(' '), title);
            // The heading runs into the text: bold words, then the list on the same line; a
            // heading longer than most of a line (German) stands on its own line instead.
            const double headHeight = s.text(q, QRectF(left, y, width, 0), head, title,
                                             level == 2 ? Style::red() : Style::ink());
            if (headWidth > width * 0.6) {
                y += headHeight;
                y += s.text(q, QRectF(left, y, width, 0), text, body, Style::ink());
                return y - in.top();
            }
            QString indent;
            const double space = s.textWidth(QStringLiteral(" "), body);
            indent.fill(QChar(0x00A0), static_cast<qsizetype>(std::ceil(headWidth / space)));
            y += s.text(q, QRectF(left, y, width, 0), indent + text, body, Style::ink());
            return y - in.top();
        };
    };
    return {paragraph(2, Handout::tr("Stop any exercise if:"), stopText),
            paragraph(1, Handout::tr("Ease off for a few days if you notice:"), easeText)};
}

double drawDisclaimer(QPainter* p, const QRectF& area, const Routine& r)
{
    const Style& s = r.style();
    const QFont font = s.font(TextRole::Small);
    const double rule = s.pt(3.0);
    const double indent = rule + s.space(8.0);
    const double height =
        s.text(p, QRectF(area.left() + indent, area.top(), area.width() - indent, 0),
               disclaimerText(), font, Style::muted());
    if (p != nullptr) {
        p->save();
        p->setPen(Qt::NoPen);
        p->setBrush(Style::rule());
        p->drawRect(QRectF(area.left(), area.top(), rule, height));
        p->restore();
    }
    return height;
}

// Fills a pain-scale zone so that the three zones differ without colour: green plain, amber
// hatched one way, red cross-hatched with heavier lines.
void paintZone(QPainter& p, const QRectF& cell, int zone, double unit)
{
    static const QColor tints[3] = {Style::greenTint(), Style::amberTint(), Style::redTint()};
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(tints[zone]);
    p.drawRect(cell);
    if (zone > 0) {
        p.setClipRect(cell);
        const double step = unit * (zone == 1 ? 4.0 : 3.0);
        p.setPen(QPen(zone == 1 ? Style::amber().darker(140) : Style::red(),
                      unit * (zone == 1 ? 0.55 : 0.8)));
        const double span = cell.width() + cell.height();
        for (double d = -cell.height(); d < span; d += step) {
            p.drawLine(QPointF(cell.left() + d, cell.bottom()),
                       QPointF(cell.left() + d + cell.height(), cell.top()));
            if (zone == 2) {
                p.drawLine(QPointF(cell.left() + d, cell.top()),
                           QPointF(cell.left() + d + cell.height(), cell.bottom()));
            }
        }
    }
    p.restore();
}

} // namespace glidepath::report::detail
