#include "summary_charts.h"

#include <glidepath/report/handout_text.h>

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace glidepath::report::detail {

namespace {

class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

// The pain chart's zones, named in the margin right of its plot.
std::array<QString, 3> zoneNames()
{
    return {Handout::tr("green"), Handout::tr("amber"), Handout::tr("red")};
}

// The margin right of every plot: room for the widest zone name, so that a check-in's point at
// the right edge never sits on one. Every chart keeps it, zones or not, so that the plots share
// their left and right edges and a date stands at the same place in each.
double rightMargin(const Style& s)
{
    const QFont small = s.font(TextRole::Small);
    double widest = 0.0;
    for (const QString& zone : zoneNames()) {
        widest = std::max(widest, s.textWidth(zone, small));
    }
    return widest + s.space(6.0);
}

// The plot frame inside area: room on the left for the scale, on the right for the zones' names,
// below for the dates.
struct Frame
{
    QRectF plot;
    double bottom = 0.0; // below the date labels
};

Frame frameFor(const Style& s, const QRectF& area, double aspect)
{
    const QFont small = s.font(TextRole::Small);
    const double left = s.textWidth(QStringLiteral("100%"), small) + s.space(6.0);
    const double height = std::min(area.width() * aspect, s.pt(230.0));
    Frame frame;
    frame.plot =
        QRectF(area.left() + left, area.top() + s.space(4.0), area.width() - left - rightMargin(s),
               height - s.lineHeight(small) - s.space(8.0));
    frame.bottom = area.top() + height;
    return frame;
}

// The middle of a check-in's slot: the pain chart's points stand right above the sessions
// chart's bars of the same check-in.
double slotX(const QRectF& plot, std::size_t index, std::size_t count)
{
    return plot.left() + plot.width() * (static_cast<double>(index) + 0.5) /
                             static_cast<double>(std::max<std::size_t>(1, count));
}

double xAt(const QRectF& plot, std::size_t index, std::size_t count)
{
    if (count <= 1) {
        return plot.center().x();
    }
    const double inset = plot.width() * 0.04;
    return plot.left() + inset +
           (plot.width() - 2 * inset) * static_cast<double>(index) / static_cast<double>(count - 1);
}

// bySlot: each date in the middle of its check-in's slot (slotX), else at xAt.
void dateLabels(QPainter& p, const Style& s, const Frame& frame,
                const std::vector<core::Date>& dates, bool bySlot)
{
    const QFont small = s.font(TextRole::Small);
    const std::size_t count = dates.size();
    // Thin the labels out so they never overlap.
    const double labelWidth = s.textWidth(QStringLiteral("28 Nov"), small) + s.space(6.0);
    const std::size_t every = std::max<std::size_t>(
        1, static_cast<std::size_t>(
               std::ceil(labelWidth * static_cast<double>(count) / frame.plot.width())));
    for (std::size_t i = 0; i < count; i += every) {
        const double x = bySlot ? slotX(frame.plot, i, count) : xAt(frame.plot, i, count);
        s.text(&p, QRectF(x - labelWidth / 2, frame.plot.bottom() + s.space(3.0), labelWidth, 0),
               shortDayMonth(dates[i]), small, Style::muted(), Qt::AlignHCenter);
    }
}

// shape: 0 circle, 1 square, 2 triangle, 3 none.
void marker(QPainter& p, QPointF centre, double r, int shape)
{
    if (shape == 3) {
        return;
    }
    if (shape == 0) {
        p.drawEllipse(centre, r, r);
    } else if (shape == 1) {
        p.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r));
    } else {
        QPainterPath path;
        path.moveTo(centre.x(), centre.y() - r * 1.2);
        path.lineTo(centre.x() + r * 1.15, centre.y() + r * 0.9);
        path.lineTo(centre.x() - r * 1.15, centre.y() + r * 0.9);
        path.closeSubpath();
        p.drawPath(path);
    }
}

double legend(QPainter* p, const Style& s, double left, double top, double width,
              const QStringList& names, const std::vector<Qt::PenStyle>& dashes,
              const std::vector<int>& shapes, const std::vector<QColor>& colours)
{
    const QFont small = s.font(TextRole::Small);
    const double line = s.lineHeight(small);
    double height = line;
    double x = left;
    // Entries wrap to a new line rather than run past the chart's right edge.
    for (qsizetype i = 0; i < names.size(); ++i) {
        const double sample = s.space(22.0);
        if (x > left && x + sample + s.space(4.0) + s.textWidth(names[i], small) > left + width) {
            x = left;
            top += line + s.space(2.0);
            height += line + s.space(2.0);
        }
        if (p != nullptr) {
            p->save();
            p->setRenderHint(QPainter::Antialiasing, true);
            const double y = top + line / 2;
            p->setPen(QPen(colours[static_cast<std::size_t>(i)], s.pt(1.4),
                           dashes[static_cast<std::size_t>(i)]));
            p->drawLine(QPointF(x, y), QPointF(x + sample, y));
            p->setBrush(colours[static_cast<std::size_t>(i)]);
            p->setPen(Qt::NoPen);
            marker(*p, QPointF(x + sample / 2, y), s.pt(2.4), shapes[static_cast<std::size_t>(i)]);
            p->restore();
        }
        x += sample + s.space(4.0);
        s.text(p, QRectF(x, top, width, 0), names[i], small, Style::ink());
        x += s.textWidth(names[i], small) + s.space(14.0);
    }
    return height;
}

std::vector<core::Date> datesOf(std::span<const core::CheckIn> checkins)
{
    std::vector<core::Date> dates;
    for (const core::CheckIn& checkin : checkins) {
        dates.push_back(checkin.date);
    }
    return dates;
}

// The 0-10 scale's grid lines and numbers.
void scoreGrid(QPainter& p, const Style& s, const QRectF& area, const QRectF& plot)
{
    const QFont small = s.font(TextRole::Small);
    p.setPen(QPen(Style::rule(), s.pt(0.5)));
    for (int value = 0; value <= 10; value += 2) {
        const double y = plot.bottom() - plot.height() * value / 10.0;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        s.text(&p,
               QRectF(area.left(), y - s.lineHeight(small) / 2,
                      plot.left() - area.left() - s.space(4.0), 0),
               QString::number(value), small, Style::muted(), Qt::AlignRight);
    }
}

} // namespace

double drawPainChart(QPainter* p, const Style& s, const QRectF& area,
                     std::span<const core::CheckIn> checkins, const core::ProgressionRules& rules)
{
    const QFont small = s.font(TextRole::Small);
    const std::array<QString, 3> zones = zoneNames();
    const Frame frame = frameFor(s, area, 0.36);
    const QRectF& plot = frame.plot;
    const double legendTop = frame.bottom + s.space(2.0);
    const QStringList names{Handout::tr("At rest"), Handout::tr("In activity"),
                            Handout::tr("During exercise")};
    const std::vector<Qt::PenStyle> dashes{Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    const std::vector<int> shapes{0, 1, 2};
    const std::vector<QColor> colours{Style::ink(), Style::accent(), QColor(0x6a, 0x3d, 0x9a)};
    if (p == nullptr) {
        return legendTop +
               legend(nullptr, s, plot.left(), legendTop, plot.width(), names, dashes, shapes,
                      colours) -
               area.top();
    }
    auto yAt = [&](double value) { return plot.bottom() - plot.height() * value / 10.0; };
    const int greenMax = std::clamp(rules.greenMaxExercisePain, 0, 9);
    const int amberMax = std::clamp(rules.amberMaxExercisePain, greenMax + 1, 10);
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    // Zones of exercise pain, lightly tinted, each named beside its band's middle.
    const QColor tints[3] = {Style::greenTint(), Style::amberTint(), Style::redTint()};
    const double edges[4] = {0.0, greenMax + 0.5, amberMax + 0.5, 10.0};
    for (int zone = 0; zone < 3; ++zone) {
        const QRectF band(plot.left(), yAt(edges[zone + 1]), plot.width(),
                          yAt(edges[zone]) - yAt(edges[zone + 1]));
        p->fillRect(band, tints[zone]);
        s.text(p,
               QRectF(band.right() + s.space(4.0), band.center().y() - s.lineHeight(small) / 2,
                      rightMargin(s), 0),
               zones[static_cast<std::size_t>(zone)], small, Style::muted(), Qt::AlignLeft);
    }
    scoreGrid(*p, s, area, plot);
    const std::size_t count = checkins.size();
    for (int series = 0; series < 3; ++series) {
        QPainterPath path;
        std::vector<QPointF> points;
        for (std::size_t i = 0; i < count; ++i) {
            const core::CheckIn& c = checkins[i];
            const int value = series == 0   ? c.painRest
                              : series == 1 ? c.painActivity
                                            : c.painExercise;
            points.emplace_back(slotX(plot, i, count), yAt(std::clamp(value, 0, 10)));
            if (i == 0) {
                path.moveTo(points.back());
            } else {
                path.lineTo(points.back());
            }
        }
        p->setPen(QPen(colours[static_cast<std::size_t>(series)], s.pt(1.6),
                       dashes[static_cast<std::size_t>(series)]));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        p->setPen(QPen(Qt::white, s.pt(0.6)));
        p->setBrush(colours[static_cast<std::size_t>(series)]);
        for (const QPointF& point : points) {
            marker(*p, point, s.pt(2.6), shapes[static_cast<std::size_t>(series)]);
        }
    }
    p->setPen(QPen(Style::muted(), s.pt(0.8)));
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    p->restore();
    dateLabels(*p, s, frame, datesOf(checkins), true);
    return legendTop +
           legend(p, s, plot.left(), legendTop, plot.width(), names, dashes, shapes, colours) -
           area.top();
}

double drawAdherenceChart(QPainter* p, const Style& s, const QRectF& area,
                          std::span<const core::CheckIn> checkins,
                          const core::ProgressionRules& rules)
{
    const Frame frame = frameFor(s, area, 0.26);
    if (p == nullptr) {
        return frame.bottom - area.top();
    }
    const QRectF& plot = frame.plot;
    const QFont small = s.font(TextRole::Small);
    auto yAt = [&](double share) { return plot.bottom() - plot.height() * share; };
    p->save();
    p->setPen(QPen(Style::rule(), s.pt(0.5)));
    for (int percent = 0; percent <= 100; percent += 50) {
        p->drawLine(QPointF(plot.left(), yAt(percent / 100.0)),
                    QPointF(plot.right(), yAt(percent / 100.0)));
        s.text(p,
               QRectF(area.left(), yAt(percent / 100.0) - s.lineHeight(small) / 2,
                      plot.left() - area.left() - s.space(4.0), 0),
               Handout::tr("%1%").arg(percent), small, Style::muted(), Qt::AlignRight);
    }
    const std::size_t count = checkins.size();
    const double slot = plot.width() / static_cast<double>(std::max<std::size_t>(1, count));
    const double minimum = std::clamp(rules.minAdherence, 0.0, 1.0);
    for (std::size_t i = 0; i < count; ++i) {
        const double share = std::clamp(checkins[i].adherence, 0.0, 1.0);
        const QRectF bar(slotX(plot, i, count) - slot * 0.3, yAt(share), slot * 0.6,
                         plot.bottom() - yAt(share));
        // Below the rule: hollow, so it reads without colour.
        const bool low = share < minimum;
        p->setPen(QPen(low ? Style::red() : Style::accent(), s.pt(1.0)));
        p->setBrush(low ? QBrush(Qt::white) : QBrush(Style::accent()));
        p->drawRect(bar);
    }
    QPen rule(Style::ink(), s.pt(1.0), Qt::DashLine);
    p->setPen(rule);
    p->drawLine(QPointF(plot.left(), yAt(minimum)), QPointF(plot.right(), yAt(minimum)));
    // On a white ground: the label may cross a filled bar and must stay readable there.
    const QString ruleLabel =
        Handout::tr("progress needs %1% of sessions done").arg(std::lround(minimum * 100));
    const QRectF labelArea(plot.left() + s.space(3.0),
                           yAt(minimum) - s.lineHeight(small) - s.space(1.0), plot.width(), 0);
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(255, 255, 255, 230));
    p->drawRect(QRectF(labelArea.left() - s.space(1.5), labelArea.top(),
                       std::min(plot.width(), s.textWidth(ruleLabel, small) + s.space(3.0)),
                       s.lineHeight(small)));
    p->restore();
    s.text(p, labelArea, ruleLabel, small, Style::ink());
    p->setPen(QPen(Style::muted(), s.pt(0.8)));
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    p->restore();
    dateLabels(*p, s, frame, datesOf(checkins), true);
    return frame.bottom - area.top();
}

double drawPsfsChart(QPainter* p, const Style& s, const QRectF& area,
                     std::span<const core::PsfsAssessment> assessments, double meaningfulPoints)
{
    const Frame frame = frameFor(s, area, 0.3);
    const QRectF& plot = frame.plot;
    const double legendTop = frame.bottom + s.space(2.0);
    const double baseline =
        assessments.empty() ? 0.0 : core::psfsAverage(assessments.front()).value_or(0.0);
    const double target = std::min(10.0, baseline + meaningfulPoints);
    const QStringList names{
        Handout::tr("Average of the activities"), Handout::tr("One activity"),
        Handout::tr("Baseline %1").arg(QLocale().toString(baseline, 'f', 1)),
        Handout::tr("Meaningful change: %1").arg(QLocale().toString(target, 'f', 1))};
    const QColor average = Style::accent();
    const QColor item = Style::muted();
    const QColor goal = Style::green();
    const std::vector<Qt::PenStyle> dashes{Qt::SolidLine, Qt::NoPen, Qt::DashLine, Qt::DotLine};
    const std::vector<int> shapes{0, 1, 3, 3}; // 3: no marker
    const std::vector<QColor> colours{average, item, Style::ink(), goal};
    if (p == nullptr) {
        return legendTop +
               legend(nullptr, s, plot.left(), legendTop, plot.width(), names, dashes, shapes,
                      colours) -
               area.top();
    }
    auto yAt = [&](double value) { return plot.bottom() - plot.height() * value / 10.0; };
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    scoreGrid(*p, s, area, plot);
    // Baseline (dashed) and the score that would be a meaningful change (dotted, green).
    p->setPen(QPen(Style::ink(), s.pt(1.0), Qt::DashLine));
    p->drawLine(QPointF(plot.left(), yAt(baseline)), QPointF(plot.right(), yAt(baseline)));
    if (meaningfulPoints > 0.0) {
        p->setPen(QPen(goal, s.pt(1.4), Qt::DotLine));
        p->drawLine(QPointF(plot.left(), yAt(target)), QPointF(plot.right(), yAt(target)));
    }
    const std::size_t count = assessments.size();
    std::vector<core::Date> dates;
    QPainterPath path;
    std::vector<QPointF> points;
    for (std::size_t i = 0; i < count; ++i) {
        const core::PsfsAssessment& assessment = assessments[i];
        dates.push_back(assessment.date);
        const double x = xAt(plot, i, count);
        // Each activity's score as a small hollow square, so the spread shows behind the mean.
        p->setPen(QPen(item, s.pt(0.8)));
        p->setBrush(Qt::white);
        for (const core::PsfsItem& entry : assessment.items) {
            marker(*p, QPointF(x, yAt(std::clamp(entry.score, 0, 10))), s.pt(1.8), 1);
        }
        if (const auto mean = core::psfsAverage(assessment)) {
            points.emplace_back(x, yAt(std::clamp(*mean, 0.0, 10.0)));
            if (points.size() == 1) {
                path.moveTo(points.back());
            } else {
                path.lineTo(points.back());
            }
        }
    }
    p->setPen(QPen(average, s.pt(1.8)));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    p->setPen(QPen(Qt::white, s.pt(0.6)));
    p->setBrush(average);
    for (const QPointF& point : points) {
        marker(*p, point, s.pt(2.8), 0);
    }
    p->setPen(QPen(Style::muted(), s.pt(0.8)));
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    p->restore();
    dateLabels(*p, s, frame, dates, false);
    return legendTop +
           legend(p, s, plot.left(), legendTop, plot.width(), names, dashes, shapes, colours) -
           area.top();
}

} // namespace glidepath::report::detail
