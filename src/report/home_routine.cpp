// The client's home-routine handout: a cover, one section per session day, and a weekly log.

#include "document.h"
#include "render_kit.h"

#include <glidepath/core/progression_steps.h>
#include <glidepath/report/handout_renderer.h>
#include <glidepath/report/handout_text.h>
#include <glidepath/report/pictogram.h>

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace glidepath::report {

namespace {

using detail::Style;
using detail::TextRole;

class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

bool isSessionDay(const core::PlanDay& day)
{
    return day.kind != core::DayKind::Rest && !day.exercises.empty();
}

bool sameDose(const core::PlannedExercise& a, const core::PlannedExercise& b)
{
    return a.sets == b.sets && a.reps == b.reps && a.holdSeconds == b.holdSeconds &&
           a.tempo == b.tempo && a.restSeconds == b.restSeconds && a.side == b.side &&
           a.loadKind == b.loadKind && a.loadLevel == b.loadLevel;
}

core::Laterality lateralityOf(const core::Exercise* exercise)
{
    return exercise != nullptr ? exercise->laterality : core::Laterality::Bilateral;
}

// A rounded panel painted behind content whose height is measured first.
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

// A block whose content is written once as draw(painter-or-null, area) -> height.
using DrawFn = std::function<double(QPainter*, const QRectF&)>;

Block drawnBlock(DrawFn draw, double spaceBefore = 0.0, bool keepWithNext = false)
{
    Block block;
    block.measure = [draw](double width) { return draw(nullptr, QRectF(0.0, 0.0, width, 0.0)); };
    block.paint = [draw](QPainter& p, const QRectF& rect) { draw(&p, rect); };
    block.spaceBefore = spaceBefore;
    block.keepWithNext = keepWithNext;
    return block;
}

// A panel with padding: measures the content, paints the background, then the content.
double panel(QPainter* p, const Style& s, const QRectF& area, const QColor& fill,
             const QColor& border, const DrawFn& content)
{
    const double pad = s.space(10.0);
    const QRectF inner(area.left() + pad, area.top() + pad, area.width() - 2 * pad, 0.0);
    const double height = content(nullptr, inner) + 2 * pad;
    if (p != nullptr) {
        fillPanel(*p, QRectF(area.left(), area.top(), area.width(), height), fill, border,
                  s.pt(1.0), s.space(5.0));
        content(p, inner);
    }
    return height;
}

struct Card
{
    int number = 0;
    const core::PlannedExercise* planned = nullptr;
    const core::Exercise* exercise = nullptr;
};

class HomeRoutine
{
public:
    HomeRoutine(const HandoutData& data, const HandoutOptions& options, const Style& style,
                QSizeF contentSize)
        : m_data(data), m_options(options), m_style(style), m_index(data.exercises),
          m_contentSize(contentSize)
    {}

    void build(PageLayout& layout);
    QString footer() const;

private:
    QString displayName() const;
    QString weekRange() const;

    void addCover(PageLayout& layout);
    std::vector<Block> coverBlocks() const;
    int coverPages() const;
    Block tipsBlock(double spaceBefore, bool pageBreakBefore) const;
    double coverGap(double points) const;
    void addReferral(PageLayout& layout);
    void addDays(PageLayout& layout);
    void addLog(PageLayout& layout);

    double drawMasthead(QPainter* p, const QRectF& area) const;
    double drawThisWeek(QPainter* p, const QRectF& area) const;
    double drawGlance(QPainter* p, const QRectF& area) const;
    double drawPainGuide(QPainter* p, const QRectF& area) const;
    double drawEaseOff(QPainter* p, const QRectF& area) const;
    double drawDisclaimer(QPainter* p, const QRectF& area) const;
    double drawReferral(QPainter* p, const QRectF& area) const;
    double drawTips(QPainter* p, const QRectF& area) const;
    double drawDayHeading(QPainter* p, const QRectF& area, const core::PlanDay& day, int session,
                          int sessions) const;
    double drawCard(QPainter* p, const QRectF& area, const Card& card, double frameHeight) const;
    double drawDoseTable(QPainter* p, const QRectF& area, const core::PlannedExercise& planned,
                         const core::Exercise* exercise) const;
    double drawRepeat(QPainter* p, const QRectF& area, const Card& card,
                      const QString& firstDay) const;
    QStringList reasonsForClient() const;

    const HandoutData& m_data;
    const HandoutOptions& m_options;
    const Style& m_style;
    detail::ExerciseIndex m_index;
    QSizeF m_contentSize;
    // Set by addCover: a compact cover has tighter spacing and small-print tips; the tips that do
    // not fit on it (the pain-limits line first, the pain box already says it) go to m_laterTips,
    // printed above the weekly log.
    bool m_compactCover = false;
    QStringList m_coverTips;
    QStringList m_laterTips;
};

QString HomeRoutine::displayName() const
{
    const QString name = detail::clientName(m_data, m_options);
    return name.isEmpty() ? Handout::tr("My routine") : name;
}

QString HomeRoutine::weekRange() const
{
    const auto& days = m_data.plan.days;
    const core::Date first = days.empty() ? m_data.plan.weekStart : days.front().date;
    const core::Date last =
        days.empty() ? m_data.plan.weekStart + std::chrono::days{6} : days.back().date;
    return dateRange(first, last);
}

QString HomeRoutine::footer() const
{
    return Handout::tr("%1 · Home routine · %2").arg(displayName(), weekRange());
}

QStringList HomeRoutine::reasonsForClient() const
{
    QStringList reasons;
    for (const core::Reason& reason : m_data.plan.decision.reasons) {
        const QString text = simplifyReason(reason.text);
        if (!text.isEmpty() && !reasons.contains(text)) {
            reasons << text;
        }
        if (reasons.size() == 3) {
            break; // the client needs the gist; the clinician summary lists them all
        }
    }
    return reasons;
}

double HomeRoutine::drawMasthead(QPainter* p, const QRectF& area) const
{
    const Style& s = m_style;
    double y = area.top();
    QFont label = s.font(TextRole::Small, true);
    label.setLetterSpacing(QFont::PercentageSpacing, 108.0);
    y += s.text(p, QRectF(area.left(), y, area.width(), 0), Handout::tr("HOME EXERCISE ROUTINE"),
                label, Style::accent());
    y += s.space(2.0);
    y += s.text(p, QRectF(area.left(), y, area.width(), 0), displayName(),
                s.font(TextRole::Title, true), Style::ink());
    y += s.space(1.0);
    y += s.text(p, QRectF(area.left(), y, area.width(), 0),
                Handout::tr("Week of %1").arg(weekRange()), s.font(TextRole::Subheading),
                Style::muted());
    if (!m_options.preparedBy.empty()) {
        y += s.space(1.0);
        y += s.text(p, QRectF(area.left(), y, area.width(), 0),
                    Handout::tr("Prepared by %1").arg(qs(m_options.preparedBy)),
                    s.font(TextRole::Body), Style::muted());
    }
    y += s.space(6.0);
    if (p != nullptr) {
        p->setPen(QPen(Style::accent(), s.pt(2.0)));
        p->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    y += s.pt(2.0);
    return y - area.top();
}

double HomeRoutine::drawThisWeek(QPainter* p, const QRectF& area) const
{
    const Style& s = m_style;
    const core::Decision& decision = m_data.plan.decision;
    return panel(p, s, area, Style::accentTint(), QColor(), [&](QPainter* q, const QRectF& in) {
        double y = in.top();
        y += s.text(q, QRectF(in.left(), y, in.width(), 0), Handout::tr("This week"),
                    s.font(TextRole::Small, true), Style::accent());
        y += coverGap(3.0);
        const QFont headline = s.font(TextRole::Subheading, true);
        double left = in.left();
        if (decision.light != core::Light::None) {
            const double symbol = s.lineHeight(headline) * 0.8;
            if (q != nullptr) {
                const int level = decision.light == core::Light::Green   ? 0
                                  : decision.light == core::Light::Amber ? 1
                                                                         : 2;
                detail::drawLightSymbol(
                    *q, QRectF(in.left(), y + s.lineHeight(headline) * 0.1, symbol, symbol), level);
            }
            left += symbol + s.space(6.0);
        }
        const QString title =
            decision.light == core::Light::None
                ? actionInWords(decision.action)
                : Handout::tr("%1 (%2 light)")
                      .arg(actionInWords(decision.action), lightInWords(decision.light).toLower());
        y += s.text(q, QRectF(left, y, in.right() - left, 0), title, headline, Style::ink());
        y += coverGap(2.0);
        y += s.text(q, QRectF(in.left(), y, in.width(), 0), phaseInWords(decision.phase),
                    s.font(TextRole::Body, true), Style::ink());
        y += coverGap(3.0);
        y += s.text(q, QRectF(in.left(), y, in.width(), 0), decisionForClient(decision),
                    s.font(TextRole::Body), Style::ink());
        const QStringList reasons = reasonsForClient();
        if (!reasons.isEmpty()) {
            y += coverGap(5.0);
            y += s.text(q, QRectF(in.left(), y, in.width(), 0), Handout::tr("Why"),
                        s.font(TextRole::Body, true), Style::ink());
            y += coverGap(2.0);
            y += s.bullets(q, QRectF(in.left(), y, in.width(), 0), reasons, s.font(TextRole::Body),
                           Style::ink());
        }
        if (!m_coverTips.isEmpty() || !m_laterTips.isEmpty()) {
            y += coverGap(5.0);
            y += s.text(q, QRectF(in.left(), y, in.width(), 0), Handout::tr("Tips for this week"),
                        s.font(TextRole::Body, true), Style::ink());
            y += coverGap(2.0);
        }
        if (!m_coverTips.isEmpty()) {
            y += s.bullets(q, QRectF(in.left(), y, in.width(), 0), m_coverTips,
                           s.font(m_compactCover ? TextRole::Small : TextRole::Body), Style::ink());
        }
        if (!m_laterTips.isEmpty()) {
            const bool hasLog =
                std::any_of(m_data.plan.days.begin(), m_data.plan.days.end(), isSessionDay);
            if (!m_coverTips.isEmpty()) {
                y += coverGap(2.0);
            }
            y += s.text(q, QRectF(in.left(), y, in.width(), 0),
                        hasLog ? Handout::tr("More tips for this week are on the weekly log page.")
                               : Handout::tr("More tips for this week are on the next page."),
                        s.font(TextRole::Small), Style::muted());
        }
        return y - in.top();
    });
}

double HomeRoutine::drawGlance(QPainter* p, const QRectF& area) const
{
    const Style& s = m_style;
    const auto& days = m_data.plan.days;
    double y = area.top();
    y += s.text(p, QRectF(area.left(), y, area.width(), 0), Handout::tr("Your week at a glance"),
                s.font(TextRole::Subheading, true), Style::ink());
    y += s.space(5.0);
    if (days.empty()) {
        return y - area.top();
    }

    const QFont dayFont = s.font(TextRole::Body, true);
    const QFont kindFont = s.font(TextRole::Small);
    const double pad = s.space(5.0);
    const double gap = s.space(5.0);
    // Chips as wide as their widest word; wrap to a second row when seven do not fit.
    double chipWidth = 0.0;
    for (const core::PlanDay& day : days) {
        chipWidth =
            std::max({chipWidth, s.textWidth(shortWeekdayName(day.date), dayFont),
                      s.textWidth(shortDayMonth(day.date), kindFont),
                      s.textWidth(dayKindInWords(day.kind), kindFont),
                      s.textWidth(Handout::tr("%1 min").arg(day.estimatedMinutes), kindFont)});
    }
    chipWidth += 2 * pad;
    const int count = static_cast<int>(days.size());
    int perRow = std::clamp(static_cast<int>((area.width() + gap) / (chipWidth + gap)), 1, count);
    const int rows = (count + perRow - 1) / perRow;
    perRow = (count + rows - 1) / rows;
    chipWidth = (area.width() - gap * (perRow - 1)) / perRow;
    const double chipHeight =
        s.lineHeight(dayFont) + 3 * s.lineHeight(kindFont) + 2 * pad + s.space(2.0);

    for (int i = 0; i < count; ++i) {
        const core::PlanDay& day = days[static_cast<std::size_t>(i)];
        const int row = i / perRow;
        const int column = i % perRow;
        const QRectF chip(area.left() + column * (chipWidth + gap), y + row * (chipHeight + gap),
                          chipWidth, chipHeight);
        if (p == nullptr) {
            continue;
        }
        const bool rest = !isSessionDay(day);
        p->save();
        p->setRenderHint(QPainter::Antialiasing, true);
        QPen border(rest ? Style::rule() : Style::accent(), s.pt(rest ? 0.8 : 1.2));
        if (rest) {
            border.setStyle(Qt::DashLine);
        }
        p->setPen(border);
        p->setBrush(
            rest ? QColor(Qt::white)
                 : (day.kind == core::DayKind::Strength ? Style::accentTint() : Style::panel()));
        p->drawRoundedRect(chip, s.space(4.0), s.space(4.0));
        p->restore();
        const QRectF in = chip.adjusted(pad, pad, -pad, -pad);
        double cy = in.top();
        cy += s.text(p, QRectF(in.left(), cy, in.width(), 0), shortWeekdayName(day.date), dayFont,
                     rest ? Style::muted() : Style::ink(), Qt::AlignHCenter);
        cy += s.text(p, QRectF(in.left(), cy, in.width(), 0), shortDayMonth(day.date), kindFont,
                     Style::muted(), Qt::AlignHCenter);
        cy += s.space(2.0);
        cy += s.text(p, QRectF(in.left(), cy, in.width(), 0),
                     rest ? dayKindInWords(core::DayKind::Rest) : dayKindInWords(day.kind),
                     s.font(TextRole::Small, !rest), rest ? Style::muted() : Style::ink(),
                     Qt::AlignHCenter);
        if (!rest && day.estimatedMinutes > 0) {
            s.text(p, QRectF(in.left(), cy, in.width(), 0),
                   Handout::tr("%1 min").arg(day.estimatedMinutes), kindFont, Style::muted(),
                   Qt::AlignHCenter);
        }
    }
    y += rows * chipHeight + (rows - 1) * gap;
    y += s.space(4.0);
    y += s.text(p, QRectF(area.left(), y, area.width(), 0),
                Handout::tr("On rest days, gentle walking and everyday activity are fine. Tick the "
                            "log at the back after each session and bring it to your next "
                            "check-in."),
                s.font(TextRole::Small), Style::muted());
    return y - area.top();
}

double HomeRoutine::drawPainGuide(QPainter* p, const QRectF& area) const
{
    const Style& s = m_style;
    const int greenMax = std::clamp(m_data.rules.greenMaxExercisePain, 0, 9);
    const int amberMax = std::clamp(m_data.rules.amberMaxExercisePain, greenMax + 1, 10);
    return panel(p, s, area, QColor(Qt::white), Style::rule(), [&](QPainter* q, const QRectF& in) {
        double y = in.top();
        y += s.text(q, QRectF(in.left(), y, in.width(), 0), Handout::tr("How much pain is OK?"),
                    s.font(TextRole::Subheading, true), Style::ink());
        y += s.space(3.0);
        y += s.text(q, QRectF(in.left(), y, in.width(), 0),
                    Handout::tr("Some discomfort while you exercise is normal and safe. Rate it "
                                "from 0 (none) to 10 (the worst you can imagine)."),
                    s.font(TextRole::Body), Style::ink());
        y += s.space(6.0);

        // The 0-10 scale with its three zones: colour, and the zone's word under it.
        const QFont numberFont = s.font(TextRole::Small, true);
        const double cellWidth = in.width() / 11.0;
        const double cellHeight = s.lineHeight(numberFont) + s.space(5.0);
        auto zoneOf = [&](int value) { return value <= greenMax ? 0 : value <= amberMax ? 1 : 2; };
        const QColor tints[3] = {Style::greenTint(), Style::amberTint(), Style::redTint()};
        if (q != nullptr) {
            for (int value = 0; value <= 10; ++value) {
                const QRectF cell(in.left() + value * cellWidth, y, cellWidth, cellHeight);
                q->save();
                q->setPen(QPen(Style::rule(), s.pt(0.6)));
                q->setBrush(tints[zoneOf(value)]);
                q->drawRect(cell);
                q->restore();
                s.text(q, cell.adjusted(0, s.space(2.5), 0, 0), QString::number(value), numberFont,
                       Style::ink(), Qt::AlignHCenter);
            }
        }
        y += cellHeight + s.space(2.0);
        const QFont zoneFont = s.font(TextRole::Small);
        const int starts[3] = {0, greenMax + 1, amberMax + 1};
        const int ends[3] = {greenMax, amberMax, 10};
        const QString zoneNames[3] = {Handout::tr("Green"), Handout::tr("Amber"),
                                      Handout::tr("Red")};
        double zoneHeight = 0.0;
        for (int zone = 0; zone < 3; ++zone) {
            if (ends[zone] < starts[zone]) {
                continue;
            }
            const QRectF span(in.left() + starts[zone] * cellWidth, y,
                              (ends[zone] - starts[zone] + 1) * cellWidth, 0);
            zoneHeight = std::max(zoneHeight, s.text(q, span, zoneNames[zone], zoneFont,
                                                     Style::muted(), Qt::AlignHCenter));
        }
        y += zoneHeight + s.space(8.0);

        struct Row
        {
            QString headline;
            QString detail;
        };
        const Row rows[3] = {
            {greenMax == 0 ? Handout::tr("0") : Handout::tr("0 to %1").arg(greenMax),
             Handout::tr("Fine, carry on. No pain or a mild ache is OK.")},
            {greenMax + 1 == amberMax ? QString::number(amberMax)
                                      : Handout::tr("%1 to %2").arg(greenMax + 1).arg(amberMax),
             Handout::tr("OK if it settles within about an hour and is no worse the next "
                         "morning. Stay at the same level for now.")},
            {Handout::tr("above %1").arg(amberMax),
             Handout::tr("Too much. Stop that exercise for today, give it a day or two, then "
                         "restart with fewer sets or the easier version and tell your "
                         "clinician.")},
        };
        const QFont headFont = s.font(TextRole::Body, true);
        const QFont bodyFont = s.font(TextRole::Body);
        const double symbol = s.lineHeight(headFont) * 1.15;
        const double columnGap = s.space(12.0);
        const double column = (in.width() - 2 * columnGap) / 3.0;
        if (column >= s.space(135.0)) {
            // Three columns, green to red, like the scale above them.
            double bottom = y;
            for (int level = 0; level < 3; ++level) {
                const double left = in.left() + level * (column + columnGap);
                if (q != nullptr) {
                    detail::drawLightSymbol(*q, QRectF(left, y, symbol, symbol), level);
                }
                const double textLeft = left + symbol + s.space(6.0);
                double ty = y;
                ty += s.text(q, QRectF(textLeft, ty, left + column - textLeft, 0),
                             Handout::tr("%1: %2").arg(zoneNames[level], rows[level].headline),
                             headFont, Style::ink());
                ty = std::max(ty, y + symbol) + s.space(2.0);
                ty += s.text(q, QRectF(left, ty, column, 0), rows[level].detail, bodyFont,
                             Style::ink());
                bottom = std::max(bottom, ty);
            }
            y = bottom;
        } else {
            const double textLeft = in.left() + symbol + s.space(8.0);
            for (int level = 0; level < 3; ++level) {
                if (level > 0) {
                    y += s.space(6.0);
                }
                if (q != nullptr) {
                    detail::drawLightSymbol(*q, QRectF(in.left(), y, symbol, symbol), level);
                }
                double ty = y;
                ty += s.text(q, QRectF(textLeft, ty, in.right() - textLeft, 0),
                             Handout::tr("%1: %2").arg(zoneNames[level], rows[level].headline),
                             headFont, Style::ink());
                ty += s.space(1.0);
                ty += s.text(q, QRectF(textLeft, ty, in.right() - textLeft, 0), rows[level].detail,
                             bodyFont, Style::ink());
                y = std::max(ty, y + symbol);
            }
        }
        return y - in.top();
    });
}

double HomeRoutine::drawEaseOff(QPainter* p, const QRectF& area) const
{
    const Style& s = m_style;
    return panel(p, s, area, Style::panel(), QColor(), [&](QPainter* q, const QRectF& in) {
        double y = in.top();
        y += s.text(q, QRectF(in.left(), y, in.width(), 0),
                    Handout::tr("Ease off for a few days if you notice"),
                    s.font(TextRole::Subheading, true), Style::ink());
        y += s.space(4.0);
        y += s.bullets(q, QRectF(in.left(), y, in.width(), 0),
                       {Handout::tr("Tenderness that lingers into the next day"),
                        Handout::tr("Pain at night that is worse than usual"),
                        Handout::tr("New swelling around the knee")},
                       s.font(TextRole::Body), Style::ink());
        y += s.space(5.0);
        y += s.text(q, QRectF(in.left(), y, in.width(), 0),
                    Handout::tr("Easing off means fewer sets or the easier version, not stopping "
                                "altogether. Most flare-ups settle within a few days. Mention it "
                                "at your next check-in."),
                    s.font(TextRole::Body), Style::ink());
        return y - in.top();
    });
}

double HomeRoutine::drawDisclaimer(QPainter* p, const QRectF& area) const
{
    const Style& s = m_style;
    const QFont font = s.font(TextRole::Body);
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

double HomeRoutine::drawReferral(QPainter* p, const QRectF& area) const
{
    const Style& s = m_style;
    return panel(p, s, area, Style::redTint(), Style::red(), [&](QPainter* q, const QRectF& in) {
        double y = in.top();
        const QFont headline = s.font(TextRole::Heading, true);
        const double symbol = s.lineHeight(headline) * 1.3;
        if (q != nullptr) {
            detail::drawLightSymbol(*q, QRectF(in.left(), y, symbol, symbol), 2);
        }
        const double left = in.left() + symbol + s.space(10.0);
        const double titleHeight = s.text(q, QRectF(left, y, in.right() - left, 0),
                                          referralHeadline(), headline, Style::red());
        y += std::max(symbol, titleHeight) + s.space(6.0);
        y += s.text(q, QRectF(in.left(), y, in.width(), 0), decisionForClient(m_data.plan.decision),
                    s.font(TextRole::Body, true), Style::ink());
        QStringList advice;
        for (const std::string& line : m_data.plan.advice) {
            advice << qs(line);
        }
        if (advice.isEmpty()) {
            advice << Handout::tr("Book an appointment with your doctor or physiotherapist soon "
                                  "and show them this sheet.")
                   << Handout::tr("If your knee is hot, red and swollen, you cannot put weight "
                                  "on it, or you feel unwell, get care today.");
        }
        y += s.space(6.0);
        y += s.bullets(q, QRectF(in.left(), y, in.width(), 0), advice, s.font(TextRole::Body),
                       Style::ink());
        const QStringList reasons = reasonsForClient();
        if (!reasons.isEmpty()) {
            y += s.space(6.0);
            y += s.text(q, QRectF(in.left(), y, in.width(), 0), Handout::tr("What you told us"),
                        s.font(TextRole::Body, true), Style::ink());
            y += s.space(2.0);
            y += s.bullets(q, QRectF(in.left(), y, in.width(), 0), reasons, s.font(TextRole::Body),
                           Style::ink());
        }
        return y - in.top();
    });
}

void HomeRoutine::addReferral(PageLayout& layout)
{
    const Style& s = m_style;
    layout.add(drawnBlock([this](QPainter* p, const QRectF& a) { return drawMasthead(p, a); }));
    layout.add(drawnBlock([this](QPainter* p, const QRectF& a) { return drawReferral(p, a); },
                          s.space(14.0)));
    layout.add(detail::textBlock(
        s,
        Handout::tr("Your exercise routine is paused until you have been checked. This is a "
                    "precaution to keep you safe. Once you have been seen, your clinician can "
                    "restart the plan with you."),
        TextRole::Body, false, Style::ink(), s.space(12.0)));
    layout.add(drawnBlock([this](QPainter* p, const QRectF& a) { return drawDisclaimer(p, a); },
                          s.space(14.0)));
}

double HomeRoutine::coverGap(double points) const
{
    return m_style.space(m_compactCover ? points * 0.6 : points);
}

std::vector<Block> HomeRoutine::coverBlocks() const
{
    const Style& s = m_style;
    std::vector<Block> blocks;
    blocks.push_back(
        drawnBlock([this](QPainter* p, const QRectF& a) { return drawMasthead(p, a); }));
    blocks.push_back(drawnBlock([this](QPainter* p, const QRectF& a) { return drawThisWeek(p, a); },
                                coverGap(12.0)));
    blocks.push_back(drawnBlock([this](QPainter* p, const QRectF& a) { return drawGlance(p, a); },
                                coverGap(12.0)));
    if (std::none_of(m_data.plan.days.begin(), m_data.plan.days.end(), isSessionDay)) {
        blocks.push_back(
            detail::textBlock(s, Handout::tr("No exercise sessions are planned this week."),
                              TextRole::Body, true, Style::ink(), coverGap(6.0)));
    }
    blocks.push_back(drawnBlock(
        [this](QPainter* p, const QRectF& a) { return drawPainGuide(p, a); }, coverGap(12.0)));
    blocks.push_back(drawnBlock([this](QPainter* p, const QRectF& a) { return drawEaseOff(p, a); },
                                coverGap(10.0)));
    blocks.push_back(drawnBlock(
        [this](QPainter* p, const QRectF& a) { return drawDisclaimer(p, a); }, coverGap(10.0)));
    return blocks;
}

// Pages the cover takes as currently set up, laid out exactly as the handout will be.
int HomeRoutine::coverPages() const
{
    PageLayout trial(m_contentSize);
    for (Block& block : coverBlocks()) {
        trial.add(std::move(block));
    }
    return trial.paginate();
}

void HomeRoutine::addCover(PageLayout& layout)
{
    // The cover should be one page. When the full cover does not fit, it is compacted step by
    // step: tighter spacing and small-print tips, the pain-limits tip moved off (the pain box
    // already shows the limits), then the last tips moved off one at a time. Moved tips are
    // printed above the weekly log, so none is lost. A cover that cannot fit one page even then
    // (large print) keeps everything and runs onto a second page.
    QStringList advice;
    for (const std::string& line : m_data.plan.advice) {
        advice << qs(line);
    }
    m_compactCover = false;
    m_coverTips = advice;
    m_laterTips.clear();
    if (coverPages() > 1) {
        m_compactCover = true;
        const QString painLimits = qs(core::painLimitsAdvice(m_data.rules));
        m_coverTips.removeAll(painLimits);
        while (coverPages() > 1 && !m_coverTips.isEmpty()) {
            m_coverTips.removeLast();
        }
        if (coverPages() > 1) {
            m_compactCover = false;
            m_coverTips = advice;
        }
        for (const QString& tip : advice) {
            if (!m_coverTips.contains(tip)) {
                m_laterTips << tip;
            }
        }
    }
    for (Block& block : coverBlocks()) {
        layout.add(std::move(block));
    }
    if (!m_laterTips.isEmpty() &&
        std::none_of(m_data.plan.days.begin(), m_data.plan.days.end(), isSessionDay)) {
        layout.add(tipsBlock(0.0, true)); // no weekly log to carry them
    }
}

Block HomeRoutine::tipsBlock(double spaceBefore, bool pageBreakBefore) const
{
    Block block =
        drawnBlock([this](QPainter* p, const QRectF& a) { return drawTips(p, a); }, spaceBefore);
    block.pageBreakBefore = pageBreakBefore;
    return block;
}

double HomeRoutine::drawTips(QPainter* p, const QRectF& area) const
{
    const Style& s = m_style;
    return panel(p, s, area, Style::accentTint(), QColor(), [&](QPainter* q, const QRectF& in) {
        double y = in.top();
        y += s.text(q, QRectF(in.left(), y, in.width(), 0),
                    m_coverTips.isEmpty() ? Handout::tr("Tips for this week")
                                          : Handout::tr("More tips for this week"),
                    s.font(TextRole::Subheading, true), Style::ink());
        y += s.space(4.0);
        y += s.bullets(q, QRectF(in.left(), y, in.width(), 0), m_laterTips, s.font(TextRole::Body),
                       Style::ink());
        return y - in.top();
    });
}

double HomeRoutine::drawDayHeading(QPainter* p, const QRectF& area, const core::PlanDay& day,
                                   int session, int sessions) const
{
    const Style& s = m_style;
    const QFont titleFont = s.font(TextRole::Heading, true);
    const QFont infoFont = s.font(TextRole::Body);
    const QString title = Handout::tr("%1 %2").arg(weekdayName(day.date), dayMonth(day.date));
    QString info = Handout::tr("Session %1 of %2 · %3")
                       .arg(session)
                       .arg(sessions)
                       .arg(dayKindInWords(day.kind));
    if (day.estimatedMinutes > 0) {
        info = Handout::tr("%1 · about %2 min").arg(info).arg(day.estimatedMinutes);
    }
    const double titleWidth = s.textWidth(title, titleFont);
    const double infoWidth = s.textWidth(info, infoFont);
    double y = area.top();
    if (titleWidth + infoWidth + s.space(16.0) <= area.width()) {
        const double titleHeight = s.lineHeight(titleFont);
        s.text(p, QRectF(area.left(), y, area.width(), 0), title, titleFont, Style::accent());
        // Sit the info on the title's baseline.
        const double drop = titleHeight - s.lineHeight(infoFont) - s.space(1.0);
        s.text(p, QRectF(area.left(), y + std::max(0.0, drop), area.width(), 0), info, infoFont,
               Style::muted(), Qt::AlignRight);
        y += titleHeight;
    } else {
        y += s.text(p, QRectF(area.left(), y, area.width(), 0), title, titleFont, Style::accent());
        y += s.text(p, QRectF(area.left(), y, area.width(), 0), info, infoFont, Style::muted());
    }
    y += s.space(3.0);
    if (p != nullptr) {
        p->setPen(QPen(Style::accent(), s.pt(1.2)));
        p->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    y += s.space(6.0);
    return y - area.top();
}

double HomeRoutine::drawDoseTable(QPainter* p, const QRectF& area,
                                  const core::PlannedExercise& planned,
                                  const core::Exercise* exercise) const
{
    const Style& s = m_style;
    QString tempo = tempoInWords(planned.tempo);
    if (planned.tempo.empty()) {
        tempo = planned.reps == 0 ? Handout::tr("Steady hold") : Handout::tr("Smooth and steady");
    }
    const QString labels[5] = {Handout::tr("Sets"), Handout::tr("Reps or hold"),
                               Handout::tr("Tempo"), Handout::tr("Rest"), Handout::tr("Side")};
    const QString values[5] = {QString::number(planned.sets),
                               loadText(planned.loadKind, planned.loadLevel).isEmpty()
                                   ? repsOrHoldText(planned.reps, planned.holdSeconds)
                                   : Handout::tr("%1, %2", "reps or hold, load")
                                         .arg(repsOrHoldText(planned.reps, planned.holdSeconds),
                                              loadText(planned.loadKind, planned.loadLevel)),
                               tempo,
                               planned.restSeconds > 0 ? durationText(planned.restSeconds)
                                                       : Handout::tr("As needed"),
                               sideText(planned.side, lateralityOf(exercise))};
    const double weights[5] = {0.45, 1.3, 1.55, 0.7, 1.0};
    const double pad = s.space(4.0);
    const QFont labelFont = s.font(TextRole::Small);
    const QFont valueFont = s.font(TextRole::Body, true);

    // Each column needs at least its longest word (units are joined by no-break spaces, so
    // "1 min" is one word); what is left is shared by weight.
    double minimum[5];
    double needed = 0.0;
    for (int c = 0; c < 5; ++c) {
        double widest = 0.0;
        for (const QString& word : labels[c].split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            widest = std::max(widest, s.textWidth(word, labelFont));
        }
        for (const QString& word : values[c].split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            widest = std::max(widest, s.textWidth(word, valueFont));
        }
        minimum[c] = widest + 2 * pad + s.pt(1.0);
        needed += minimum[c];
    }

    if (needed > area.width() || area.width() < s.space(300.0)) {
        // Too narrow for five readable columns: one row per item, label on the left.
        double labelWidth = 0.0;
        for (const QString& label : labels) {
            labelWidth = std::max(labelWidth, s.textWidth(label, labelFont));
        }
        labelWidth = std::min(labelWidth + 2 * pad + s.pt(2.0), area.width() * 0.45);
        const double valueLeft = area.left() + labelWidth;
        const double valueWidth = area.right() - valueLeft - pad;
        auto rows = [&](QPainter* q) {
            double y = area.top() + pad;
            for (int c = 0; c < 5; ++c) {
                const double valueHeight = s.text(q, QRectF(valueLeft, y, valueWidth, 0), values[c],
                                                  valueFont, Style::ink());
                const double drop = (s.lineHeight(valueFont) - s.lineHeight(labelFont)) * 0.6;
                const double labelHeight =
                    s.text(q, QRectF(area.left() + pad, y + drop, labelWidth - 2 * pad, 0),
                           labels[c], labelFont, Style::muted());
                y += std::max(valueHeight, drop + labelHeight) + pad * 0.5;
            }
            return y + pad * 0.5 - area.top();
        };
        const double height = rows(nullptr);
        if (p != nullptr) {
            fillPanel(*p, QRectF(area.left(), area.top(), area.width(), height), Style::panel(),
                      Style::rule(), s.pt(0.6), s.space(3.0));
            rows(p);
        }
        return height;
    }

    // Prefer every cell on one line when the full texts fit; otherwise wrap by weight.
    double natural[5];
    double naturalTotal = 0.0;
    for (int c = 0; c < 5; ++c) {
        natural[c] =
            std::max(s.textWidth(labels[c], labelFont), s.textWidth(values[c], valueFont)) +
            2 * pad + s.pt(1.0);
        naturalTotal += natural[c];
    }
    const bool oneLine = naturalTotal <= area.width();
    const double spare = area.width() - (oneLine ? naturalTotal : needed);
    double widths[5];
    double labelHeight = 0.0;
    double valueHeight = 0.0;
    for (int c = 0; c < 5; ++c) {
        widths[c] = oneLine ? natural[c] + spare / 5.0 : minimum[c] + spare * weights[c] / 5.0;
        labelHeight = std::max(labelHeight, s.text(nullptr, QRectF(0, 0, widths[c] - 2 * pad, 0),
                                                   labels[c], labelFont, Style::muted()));
        valueHeight = std::max(valueHeight, s.text(nullptr, QRectF(0, 0, widths[c] - 2 * pad, 0),
                                                   values[c], valueFont, Style::ink()));
    }
    const double height = labelHeight + valueHeight + 3 * pad;
    if (p != nullptr) {
        fillPanel(*p, QRectF(area.left(), area.top(), area.width(), height), Style::panel(),
                  Style::rule(), s.pt(0.6), s.space(3.0));
        double x = area.left();
        for (int c = 0; c < 5; ++c) {
            if (c > 0) {
                p->setPen(QPen(Style::rule(), s.pt(0.6)));
                p->drawLine(QPointF(x, area.top() + pad), QPointF(x, area.top() + height - pad));
            }
            s.text(p, QRectF(x + pad, area.top() + pad, widths[c] - 2 * pad, 0), labels[c],
                   labelFont, Style::muted());
            s.text(p, QRectF(x + pad, area.top() + 2 * pad + labelHeight, widths[c] - 2 * pad, 0),
                   values[c], valueFont, Style::ink());
            x += widths[c];
        }
    }
    return height;
}

double HomeRoutine::drawCard(QPainter* p, const QRectF& area, const Card& card,
                             double frameHeight) const
{
    const Style& s = m_style;
    const core::PlannedExercise& planned = *card.planned;
    const core::Exercise* exercise = card.exercise;
    if (p != nullptr) {
        fillPanel(*p, QRectF(area.left(), area.top(), area.width(), frameHeight), Qt::white,
                  Style::rule(), s.pt(0.9), s.space(5.0));
    }
    // Padding does not grow with large print: the text does, and pages stay fuller.
    const double pad = s.pt(10.0);
    const double gap = s.pt(7.0);
    const QRectF in(area.left() + pad, area.top() + pad, area.width() - 2 * pad, 0);
    // Wide cards put the dose beside the picture; narrow ones (two per row, large print) put it
    // underneath.
    const bool wide = in.width() >= s.space(400.0);
    // Key points beside the stop box whenever the columns stay readable (also in large print).
    const bool sideBySide = in.width() >= s.space(380.0);
    double y = in.top();

    // Header: pictogram on the left, name and details beside it.
    const bool hasPicture = exercise != nullptr;
    const double pictureWidth =
        hasPicture ? std::min(s.pt(wide ? 92.0 : 76.0), in.width() * 0.34) : 0.0;
    const double pictureHeight = pictureWidth * (wide ? 0.68 : 0.72);
    const double textLeft = in.left() + (hasPicture ? pictureWidth + s.space(10.0) : 0.0);
    const double textWidth = in.right() - textLeft;
    if (p != nullptr && hasPicture) {
        const QRectF picture(in.left(), y, pictureWidth, pictureHeight);
        fillPanel(*p, picture, Style::panel(), QColor(), 0.0, s.space(3.0));
        const double inset = s.space(4.0);
        drawPositionPictogram(*p, picture.adjusted(inset, inset, -inset, -inset),
                              exercise->position, Style::ink());
    }
    const QString name =
        planned.name.empty() && exercise != nullptr ? qs(exercise->name) : qs(planned.name);
    double ty = y;
    ty += s.text(p, QRectF(textLeft, ty, textWidth, 0),
                 Handout::tr("%1. %2").arg(card.number).arg(name),
                 s.font(TextRole::Subheading, true), Style::ink());
    QStringList details;
    if (exercise != nullptr) {
        details << positionInWords(exercise->position);
        QStringList kit;
        for (core::Equipment item : exercise->equipment) {
            if (item != core::Equipment::None) {
                kit << equipmentInWords(item).toLower();
            }
        }
        if (!kit.isEmpty()) {
            details << Handout::tr("You need: %1").arg(kit.join(QStringLiteral(", ")));
        }
    }
    if (!planned.reason.empty()) {
        details << simplifyReason(planned.reason);
    }
    if (!details.isEmpty()) {
        ty += s.space(1.0);
        ty += s.text(p, QRectF(textLeft, ty, textWidth, 0), details.join(QStringLiteral(" · ")),
                     s.font(TextRole::Small), Style::muted());
    }
    if (wide) {
        ty += gap;
        ty += drawDoseTable(p, QRectF(textLeft, ty, textWidth, 0), planned, exercise);
        y = std::max(ty, y + pictureHeight);
    } else {
        y = std::max(ty, y + pictureHeight) + gap;
        y += drawDoseTable(p, QRectF(in.left(), y, in.width(), 0), planned, exercise);
    }

    QStringList cues;
    if (exercise != nullptr) {
        for (const std::string& cue : exercise->cues) {
            if (cues.size() == 3) {
                break;
            }
            cues << qs(cue);
        }
        for (const std::string& step : exercise->instructions) {
            if (cues.size() >= 2) {
                break;
            }
            cues << qs(step);
        }
    }
    auto drawCues = [&](QPainter* q, const QRectF& box) {
        if (cues.isEmpty()) {
            return 0.0;
        }
        double cy = box.top();
        cy += s.text(q, QRectF(box.left(), cy, box.width(), 0), Handout::tr("Key points"),
                     s.font(TextRole::Body, true), Style::accent());
        cy += s.space(2.0);
        cy += s.bullets(q, QRectF(box.left(), cy, box.width(), 0), cues, s.font(TextRole::Body),
                        Style::ink());
        return cy - box.top();
    };

    // Stop-if box: a stop symbol and the words, so it reads without colour.
    const QStringList stops = stopIfLines(exercise, m_data.rules);
    const QFont stopTitle = s.font(TextRole::Body, true);
    const double stopPad = s.space(6.0);
    const double symbol = s.lineHeight(stopTitle) * 0.9;
    auto drawStops = [&](QPainter* q, const QRectF& box) {
        double sy = box.top() + stopPad;
        if (q != nullptr) {
            detail::drawLightSymbol(
                *q,
                QRectF(box.left() + stopPad, sy + s.lineHeight(stopTitle) * 0.05, symbol, symbol),
                2);
        }
        const double left = box.left() + stopPad + symbol + s.space(5.0);
        sy += s.text(q, QRectF(left, sy, box.right() - stopPad - left, 0), Handout::tr("Stop if"),
                     stopTitle, Style::red());
        sy += s.space(2.0);
        const QRectF list(box.left() + stopPad, sy, box.width() - 2 * stopPad, 0);
        if (sideBySide) {
            sy += s.bullets(q, list, stops, s.font(TextRole::Body), Style::ink());
        } else {
            // Full width: one flowing line of reasons is shorter than a list and as clear.
            sy += s.text(q, list, stops.join(QStringLiteral("  ·  ")), s.font(TextRole::Body),
                         Style::ink());
        }
        return sy + stopPad - box.top();
    };
    auto paintStops = [&](const QRectF& box, double height) {
        if (p != nullptr) {
            fillPanel(*p, QRectF(box.left(), box.top(), box.width(), height), Style::redTint(),
                      QColor(), 0.0, s.space(3.0));
            drawStops(p, box);
        }
    };

    y += gap;
    if (sideBySide && !cues.isEmpty()) {
        const double column = (in.width() - s.space(12.0)) / 2.0;
        const QRectF cueBox(in.left(), y, column, 0);
        const QRectF stopBox(in.right() - column, y, column, 0);
        const double cueHeight = drawCues(p, cueBox);
        const double stopHeight = drawStops(nullptr, stopBox);
        paintStops(stopBox, stopHeight);
        y += std::max(cueHeight, stopHeight);
    } else {
        const double cueHeight = drawCues(p, QRectF(in.left(), y, in.width(), 0));
        if (cueHeight > 0.0) {
            y += cueHeight + gap;
        }
        const QRectF stopBox(in.left(), y, in.width(), 0);
        const double stopHeight = drawStops(nullptr, stopBox);
        paintStops(stopBox, stopHeight);
        y += stopHeight;
    }
    y += pad;
    return y - area.top();
}

double HomeRoutine::drawRepeat(QPainter* p, const QRectF& area, const Card& card,
                               const QString& firstDay) const
{
    const Style& s = m_style;
    const double pad = s.space(7.0);
    const QRectF in(area.left() + pad, area.top() + pad, area.width() - 2 * pad, 0);
    auto content = [&](QPainter* q) {
        double y = in.top();
        y += s.text(q, QRectF(in.left(), y, in.width(), 0),
                    Handout::tr("%1. %2").arg(card.number).arg(qs(card.planned->name)),
                    s.font(TextRole::Body, true), Style::ink());
        y += s.space(1.0);
        y += s.text(q, QRectF(in.left(), y, in.width(), 0),
                    Handout::tr("As on %1: %2")
                        .arg(firstDay, doseLine(*card.planned, lateralityOf(card.exercise))),
                    s.font(TextRole::Body), Style::muted());
        return y - in.top() + 2 * pad;
    };
    const double height = content(nullptr);
    if (p != nullptr) {
        fillPanel(*p, QRectF(area.left(), area.top(), area.width(), height), Style::panel(),
                  Style::rule(), s.pt(0.6), s.space(4.0));
        content(p);
    }
    return height;
}

void HomeRoutine::addDays(PageLayout& layout)
{
    const Style& s = m_style;
    const auto& days = m_data.plan.days;
    const int sessions = static_cast<int>(std::count_if(days.begin(), days.end(), isSessionDay));
    const bool twoPerRow = m_options.exercisesPerRow >= 2;
    // First full printing of each exercise: id -> (dose, weekday name).
    std::map<std::string, std::pair<const core::PlannedExercise*, QString>> printed;
    int session = 0;
    for (const core::PlanDay& day : days) {
        if (!isSessionDay(day)) {
            continue;
        }
        ++session;
        Block heading = drawnBlock(
            [this, &day, session, sessions](QPainter* p, const QRectF& a) {
                return drawDayHeading(p, a, day, session, sessions);
            },
            s.space(16.0), true);
        heading.pageBreakBefore = session == 1;
        layout.add(std::move(heading));

        std::vector<Card> pending; // full cards waiting to be paired in two-per-row mode
        auto flush = [&] {
            for (std::size_t i = 0; i < pending.size(); i += twoPerRow ? 2 : 1) {
                const Card left = pending[i];
                const bool pair = twoPerRow && i + 1 < pending.size();
                const Card right = pair ? pending[i + 1] : Card{};
                const double gutter = s.space(10.0);
                Block block;
                block.spaceBefore = s.space(8.0);
                if (!twoPerRow) {
                    block.measure = [this, left](double width) {
                        return drawCard(nullptr, QRectF(0, 0, width, 0), left, 0.0);
                    };
                    block.paint = [this, left](QPainter& p, const QRectF& rect) {
                        drawCard(&p, rect, left, rect.height());
                    };
                } else {
                    block.measure = [this, left, right, pair, gutter](double width) {
                        const double half = (width - gutter) / 2.0;
                        double height = drawCard(nullptr, QRectF(0, 0, half, 0), left, 0.0);
                        if (pair) {
                            height = std::max(height,
                                              drawCard(nullptr, QRectF(0, 0, half, 0), right, 0.0));
                        }
                        return height;
                    };
                    block.paint = [this, left, right, pair, gutter](QPainter& p,
                                                                    const QRectF& rect) {
                        const double half = (rect.width() - gutter) / 2.0;
                        drawCard(&p, QRectF(rect.left(), rect.top(), half, 0), left, rect.height());
                        if (pair) {
                            drawCard(&p, QRectF(rect.left() + half + gutter, rect.top(), half, 0),
                                     right, rect.height());
                        }
                    };
                }
                layout.add(std::move(block));
            }
            pending.clear();
        };

        int number = 0;
        for (const core::PlannedExercise& planned : day.exercises) {
            const Card card{++number, &planned, m_index.find(planned.id)};
            const auto first = printed.find(planned.id);
            if (m_options.compactRepeats && first != printed.end() &&
                sameDose(*first->second.first, planned)) {
                flush();
                const QString firstDay = first->second.second;
                layout.add(drawnBlock(
                    [this, card, firstDay](QPainter* p, const QRectF& a) {
                        return drawRepeat(p, a, card, firstDay);
                    },
                    s.space(6.0)));
                continue;
            }
            if (first == printed.end()) {
                printed.emplace(planned.id, std::make_pair(&planned, weekdayName(day.date)));
            }
            pending.push_back(card);
        }
        flush();
    }
}

void HomeRoutine::addLog(PageLayout& layout)
{
    const Style& s = m_style;
    const auto& days = m_data.plan.days;
    // Rows: each exercise once, in the order it first appears in the week.
    std::vector<std::pair<std::string, QString>> exercises;
    std::set<std::string> seen;
    for (const core::PlanDay& day : days) {
        if (!isSessionDay(day)) {
            continue;
        }
        for (const core::PlannedExercise& planned : day.exercises) {
            if (seen.insert(planned.id).second) {
                exercises.emplace_back(planned.id, qs(planned.name));
            }
        }
    }
    if (exercises.empty()) {
        return;
    }

    Block heading = detail::headingBlock(s, Handout::tr("Weekly log"), s.space(14.0));
    if (!m_laterTips.isEmpty()) {
        layout.add(tipsBlock(0.0, true));
    } else {
        heading.pageBreakBefore = true;
    }
    layout.add(std::move(heading));
    layout.add(detail::textBlock(
        s,
        Handout::tr("Tick each exercise when you have done it. After each session, write down "
                    "your pain during exercise (0 to 10), and the next morning circle Y if the "
                    "knee felt worse or N if not. Bring this page to your next check-in."),
        TextRole::Body, false, Style::ink()));

    enum class Cell
    {
        None,
        Tick,
        Pain,
        YesNo
    };
    struct Row
    {
        QString label;
        std::vector<Cell> cells;
        bool header = false;
        bool shaded = false;
    };
    const double labelWeight = 3.2;
    const std::size_t dayCount = days.size();
    auto drawRow = [this, &days, labelWeight, dayCount](QPainter* p, const QRectF& area,
                                                        const Row& row) {
        const Style& st = m_style;
        const double padX = st.space(4.0);
        const double padY = st.space(4.0);
        const double unit = area.width() / (labelWeight + static_cast<double>(dayCount));
        const double labelWidth = unit * labelWeight;
        const QFont labelFont = st.font(row.header ? TextRole::Small : TextRole::Body, row.header);
        const QFont cellFont = st.font(TextRole::Small, row.header);
        const double box = st.space(12.0);
        const double painWidth = std::min(unit - 2 * padX, st.space(36.0));
        const double painHeight = box + st.space(6.0);
        const double labelHeight = st.text(nullptr, QRectF(0, 0, labelWidth - 2 * padX, 0),
                                           row.label, labelFont, Style::ink());
        double height = labelHeight;
        if (row.header) {
            height = std::max(height, 2 * st.lineHeight(cellFont));
        } else {
            const bool pain =
                std::find(row.cells.begin(), row.cells.end(), Cell::Pain) != row.cells.end();
            height = std::max(height, (pain ? painHeight : box) + st.space(4.0));
        }
        height += 2 * padY;
        if (p == nullptr) {
            return height;
        }
        const QRectF rowRect(area.left(), area.top(), area.width(), height);
        p->save();
        p->setPen(Qt::NoPen);
        if (row.header) {
            p->setBrush(Style::accentTint());
            p->drawRect(rowRect);
        } else if (row.shaded) {
            p->setBrush(Style::panel());
            p->drawRect(rowRect);
        }
        p->setPen(
            QPen(row.header ? Style::accent() : Style::rule(), st.pt(row.header ? 0.9 : 0.5)));
        p->drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
        for (std::size_t d = 0; d < dayCount; ++d) {
            const double x = area.left() + labelWidth + unit * static_cast<double>(d);
            p->setPen(QPen(Style::rule(), st.pt(0.5)));
            p->drawLine(QPointF(x, area.top()), QPointF(x, area.top() + height));
        }
        p->restore();
        const double textTop = row.header
                                   ? area.top() + padY
                                   : area.top() + std::max(padY, (height - labelHeight) / 2.0);
        st.text(p, QRectF(area.left() + padX, textTop, labelWidth - 2 * padX, 0), row.label,
                labelFont, row.header ? Style::accent() : Style::ink());
        for (std::size_t d = 0; d < dayCount; ++d) {
            const QRectF cell(area.left() + labelWidth + unit * static_cast<double>(d), area.top(),
                              unit, height);
            if (row.header) {
                st.text(p, QRectF(cell.left(), cell.top() + padY, cell.width(), 0),
                        shortWeekdayName(days[d].date) + QLatin1Char('\n') +
                            QString::number(static_cast<unsigned>(
                                std::chrono::year_month_day{days[d].date}.day())),
                        cellFont, Style::accent(), Qt::AlignHCenter);
                continue;
            }
            const Cell kind = d < row.cells.size() ? row.cells[d] : Cell::None;
            const QPointF centre = cell.center();
            switch (kind) {
            case Cell::None:
                p->save();
                p->setPen(QPen(Style::rule(), st.pt(1.0)));
                p->drawLine(QPointF(centre.x() - box * 0.3, centre.y()),
                            QPointF(centre.x() + box * 0.3, centre.y()));
                p->restore();
                break;
            case Cell::Tick:
                detail::drawTickBox(*p,
                                    QRectF(centre.x() - box / 2, centre.y() - box / 2, box, box),
                                    Style::ink(), st.pt(0.9));
                break;
            case Cell::Pain: {
                const QRectF field(centre.x() - painWidth / 2, centre.y() - painHeight / 2,
                                   painWidth, painHeight);
                detail::drawTickBox(*p, field, Style::ink(), st.pt(0.9));
                st.text(p,
                        QRectF(field.left(),
                               field.bottom() - st.lineHeight(cellFont) - st.space(1.0),
                               field.width() - st.space(2.5), 0),
                        Handout::tr("/10"), cellFont, Style::muted(), Qt::AlignRight);
                break;
            }
            case Cell::YesNo:
                st.text(
                    p,
                    QRectF(cell.left(), centre.y() - st.lineHeight(cellFont) / 2, cell.width(), 0),
                    Handout::tr("Y / N"), cellFont, Style::ink(), Qt::AlignHCenter);
                break;
            }
        }
        return height;
    };

    auto addRow = [&](Row row, const std::shared_ptr<const Block>& header, double spaceBefore) {
        Block block;
        block.measure = [drawRow, row](double width) {
            return drawRow(nullptr, QRectF(0, 0, width, 0), row);
        };
        block.paint = [drawRow, row](QPainter& p, const QRectF& rect) { drawRow(&p, rect, row); };
        block.repeatHeader = header;
        block.spaceBefore = spaceBefore;
        return block;
    };

    const Row headerRow{Handout::tr("Exercise"), {}, true, false};
    auto header = std::make_shared<Block>(addRow(headerRow, nullptr, 0.0));
    Block first = *header;
    first.keepWithNext = true;
    first.spaceBefore = s.space(10.0);
    layout.add(std::move(first));
    int index = 0;
    for (const auto& [id, name] : exercises) {
        Row row{name, {}, false, index++ % 2 == 1};
        for (const core::PlanDay& day : days) {
            const bool planned =
                isSessionDay(day) &&
                std::any_of(day.exercises.begin(), day.exercises.end(),
                            [&id = id](const core::PlannedExercise& e) { return e.id == id; });
            row.cells.push_back(planned ? Cell::Tick : Cell::None);
        }
        layout.add(addRow(row, header, 0.0));
    }
    Row pain{Handout::tr("Pain during the session (0 to 10)"), {}, false, false};
    Row morning{Handout::tr("Worse the next morning?"), {}, false, true};
    for (const core::PlanDay& day : days) {
        pain.cells.push_back(isSessionDay(day) ? Cell::Pain : Cell::None);
        morning.cells.push_back(isSessionDay(day) ? Cell::YesNo : Cell::None);
    }
    layout.add(addRow(pain, header, 0.0));
    layout.add(addRow(morning, header, 0.0));

    // End-of-week questions: the same ones the check-in asks, so they can be typed straight in.
    layout.add(drawnBlock(
        [this](QPainter* p, const QRectF& area) {
            const Style& st = m_style;
            return panel(p, st, area, Style::panel(), QColor(), [&](QPainter* q, const QRectF& in) {
                double y = in.top();
                y += st.text(q, QRectF(in.left(), y, in.width(), 0),
                             Handout::tr("At the end of the week"),
                             st.font(TextRole::Subheading, true), Style::ink());
                y += st.space(5.0);
                const QStringList questions{
                    Handout::tr("Pain at rest:  ______ / 10"),
                    Handout::tr("Pain in everyday activities:  ______ / 10"),
                    Handout::tr("Pain at night:  yes  /  no"),
                    Handout::tr("Swelling:  none  /  same as before  /  new"),
                    Handout::tr("The exercises felt:  too easy  /  about right  /  too hard"),
                    Handout::tr("Any exercise that hurt (and how much, 0 to 10):"),
                };
                for (const QString& question : questions) {
                    y += st.text(q, QRectF(in.left(), y, in.width(), 0), question,
                                 st.font(TextRole::Body), Style::ink());
                    y += st.space(7.0);
                }
                y += st.space(8.0);
                if (q != nullptr) {
                    q->setPen(QPen(Style::muted(), st.pt(0.6)));
                    q->drawLine(QPointF(in.left(), y), QPointF(in.right(), y));
                }
                y += st.space(18.0);
                if (q != nullptr) {
                    q->drawLine(QPointF(in.left(), y), QPointF(in.right(), y));
                }
                return y - in.top();
            });
        },
        s.space(14.0)));
}

void HomeRoutine::build(PageLayout& layout)
{
    if (m_data.plan.decision.action == core::Action::Refer) {
        addReferral(layout);
        return;
    }
    addCover(layout);
    addDays(layout);
    addLog(layout);
}

} // namespace

int renderHomeRoutine(QPagedPaintDevice& device, const HandoutData& data,
                      const HandoutOptions& options)
{
    detail::requireGuiApplication("renderHomeRoutine");
    const Style style(device, options);
    PageLayout layout(detail::contentSize(device, style));
    HomeRoutine routine(data, options, style, detail::contentSize(device, style));
    routine.build(layout);
    return detail::paintDocument(device, layout, style, routine.footer());
}

} // namespace glidepath::report
