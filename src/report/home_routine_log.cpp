// The weekly log: a tick box for each planned exercise on each day, the pain during the session,
// whether the knee was worse the next morning, and the end-of-week questions the check-in asks.

#include "home_routine_parts.h"

#include <glidepath/report/handout_text.h>

#include <QPainter>

#include <algorithm>
#include <memory>

namespace glidepath::report::detail {

namespace {

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

// The name column against one day's: wide enough for most exercise names on one line, so the
// log stays one short page, while a day keeps room to write the pain score in.
constexpr double kLabelWeight = 5.0;

double drawRow(QPainter* p, const QRectF& area, const Routine& r, const Row& row)
{
    const Style& st = r.style();
    const auto& days = r.data().plan.days;
    const std::size_t dayCount = days.size();
    const double padX = st.space(4.0);
    const double padY = st.space(2.0);
    const double unit = area.width() / (kLabelWeight + static_cast<double>(dayCount));
    const double labelWidth = unit * kLabelWeight;
    const QFont labelFont = st.font(row.header ? TextRole::Small : TextRole::Body, row.header);
    const QFont cellFont = st.font(TextRole::Small, row.header);
    const double box = st.size(10.0);
    const double painWidth = std::min(unit - 2 * padX, st.size(36.0));
    const double painHeight = box + st.space(5.0);
    const double labelHeight = st.text(nullptr, QRectF(0, 0, labelWidth - 2 * padX, 0), row.label,
                                       labelFont, Style::ink());
    double height = labelHeight;
    if (row.header) {
        height = std::max(height, 2 * st.lineHeight(cellFont));
    } else {
        const bool pain =
            std::find(row.cells.begin(), row.cells.end(), Cell::Pain) != row.cells.end();
        height = std::max(height, (pain ? painHeight : box) + st.space(3.0));
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
    p->setPen(QPen(row.header ? Style::accent() : Style::rule(), st.pt(row.header ? 0.9 : 0.5)));
    p->drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
    for (std::size_t d = 0; d < dayCount; ++d) {
        const double x = area.left() + labelWidth + unit * static_cast<double>(d);
        p->setPen(QPen(Style::rule(), st.pt(0.5)));
        p->drawLine(QPointF(x, area.top()), QPointF(x, area.top() + height));
    }
    p->restore();
    const double textTop =
        row.header ? area.top() + padY : area.top() + std::max(padY, (height - labelHeight) / 2.0);
    st.text(p, QRectF(area.left() + padX, textTop, labelWidth - 2 * padX, 0), row.label, labelFont,
            row.header ? Style::accent() : Style::ink());
    for (std::size_t d = 0; d < dayCount; ++d) {
        const QRectF cell(area.left() + labelWidth + unit * static_cast<double>(d), area.top(),
                          unit, height);
        if (row.header) {
            st.text(p, QRectF(cell.left(), cell.top() + padY, cell.width(), 0),
                    shortWeekdayName(days[d].date) + QLatin1Char('\n') +
                        QString::number(
                            static_cast<unsigned>(std::chrono::year_month_day{days[d].date}.day())),
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
            drawTickBox(*p, QRectF(centre.x() - box / 2, centre.y() - box / 2, box, box),
                        Style::ink(), st.pt(0.9));
            break;
        case Cell::Pain: {
            const QRectF field(centre.x() - painWidth / 2, centre.y() - painHeight / 2, painWidth,
                               painHeight);
            drawTickBox(*p, field, Style::ink(), st.pt(0.9));
            st.text(p,
                    QRectF(field.left(), field.bottom() - st.lineHeight(cellFont) - st.space(1.0),
                           field.width() - st.space(2.5), 0),
                    Handout::tr("/10"), cellFont, Style::muted(), Qt::AlignRight);
            break;
        }
        case Cell::YesNo:
            st.text(p,
                    QRectF(cell.left(), centre.y() - st.lineHeight(cellFont) / 2, cell.width(), 0),
                    Handout::tr("Y / N"), cellFont, Style::ink(), Qt::AlignHCenter);
            break;
        }
    }
    return height;
}

Block rowBlock(const Routine& r, Row row, std::shared_ptr<const Block> header)
{
    Block block =
        drawnBlock([&r, row](QPainter* p, const QRectF& a) { return drawRow(p, a, r, row); });
    block.repeatHeader = std::move(header);
    return block;
}

// End-of-week questions: the same ones the check-in asks, so they can be typed straight in.
double drawEndOfWeek(QPainter* p, const QRectF& area, const Routine& r)
{
    const Style& st = r.style();
    return panel(p, st, area, Style::panel(), QColor(), [&](QPainter* q, const QRectF& in) {
        double y = in.top();
        y += st.text(q, QRectF(in.left(), y, in.width(), 0), Handout::tr("At the end of the week"),
                     st.font(TextRole::Subheading, true), Style::ink());
        y += st.space(4.0);
        const QStringList questions{
            Handout::tr("Pain at rest:  ______ / 10"),
            Handout::tr("Pain in everyday activities:  ______ / 10"),
            Handout::tr("Pain at night:  yes  /  no"),
            Handout::tr("Swelling:  none  /  same as before  /  new"),
            Handout::tr("The exercises felt:  too easy  /  about right  /  too hard"),
            Handout::tr("Any exercise that hurt (and how much, 0 to 10):"),
        };
        const QFont body = st.font(TextRole::Body);
        const double gap = st.space(14.0);
        const double column = (in.width() - gap) / 2.0;
        const bool twoColumns = column >= st.size(215.0);
        double left = y;
        double right = y;
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const bool second = twoColumns && i >= 3 && i < 5;
            double& cy = second ? right : left;
            const double x = second ? in.left() + column + gap : in.left();
            const double width = twoColumns && i < 5 ? column : in.width();
            if (twoColumns && i == 5) {
                cy = std::max(left, right);
            }
            cy += st.text(q, QRectF(x, cy, width, 0), questions[i], body, Style::ink());
            cy += st.space(6.0);
        }
        y = std::max(left, right) + st.space(10.0);
        if (q != nullptr) {
            q->setPen(QPen(Style::muted(), st.pt(0.6)));
            q->drawLine(QPointF(in.left(), y), QPointF(in.right(), y));
        }
        return y - in.top();
    });
}

} // namespace

void addLog(PageLayout& layout, const Routine& r)
{
    const Style& s = r.style();
    const auto& days = r.data().plan.days;
    const auto& entries = r.exercises();
    if (entries.empty()) {
        return;
    }
    // When the whole log fits a page, every block keeps with the next, so the log moves to a
    // fresh page rather than split. Longer, or in large print: the rows flow with their header
    // repeated, and the last row travels with the end-of-week box.
    const std::size_t firstBlock = layout.blockCount();
    Block heading = headingBlock(s, logBookmark(), s.space(12.0));
    heading.bookmark = logBookmark();
    heading.keepWithNext = true;
    layout.add(std::move(heading));
    // "This log", not "this page": in large print, or with many exercises, it runs over two.
    Block intro = textBlock(
        s,
        Handout::tr("Tick each exercise when you have done it. After each session, write down "
                    "your pain during exercise (0 to 10), and the next morning circle Y if the "
                    "knee felt worse or N if not. Bring this log to your next check-in."),
        TextRole::Body, false, Style::ink());
    intro.keepWithNext = true;
    layout.add(std::move(intro));

    auto header = std::make_shared<Block>(rowBlock(r, Row{Handout::tr("Exercise"), {}, true}, {}));
    Block first = *header;
    first.keepWithNext = true;
    first.spaceBefore = s.space(4.0);
    layout.add(std::move(first));
    int index = 0;
    for (const RoutineExercise& entry : entries) {
        Row row{Handout::tr("%1. %2").arg(entry.number).arg(r.exerciseName(entry)),
                {},
                false,
                index++ % 2 == 1};
        for (std::size_t d = 0; d < days.size(); ++d) {
            const bool planned =
                std::find(entry.days.begin(), entry.days.end(), d) != entry.days.end();
            row.cells.push_back(planned ? Cell::Tick : Cell::None);
        }
        Block block = rowBlock(r, row, header);
        block.keepWithNext = true;
        layout.add(std::move(block));
    }
    Row pain{Handout::tr("Pain during the session (0 to 10)"), {}, false, false};
    Row morning{Handout::tr("Worse the next morning?"), {}, false, true};
    for (const core::PlanDay& day : days) {
        pain.cells.push_back(isSessionDay(day) ? Cell::Pain : Cell::None);
        morning.cells.push_back(isSessionDay(day) ? Cell::YesNo : Cell::None);
    }
    Block painRow = rowBlock(r, pain, header);
    painRow.keepWithNext = true;
    layout.add(std::move(painRow));
    Block last = rowBlock(r, morning, header);
    last.keepWithNext = true;
    layout.add(std::move(last));
    layout.add(drawnBlock([&r](QPainter* p, const QRectF& a) { return drawEndOfWeek(p, a, r); },
                          s.space(10.0)));
    // Large print always flows: a log that fits a page but not the rest of this one would leave
    // the last card's few lines alone on a page.
    if (s.largePrint() || !layout.fitsOnePage(firstBlock)) {
        layout.setKeepWithNext(firstBlock + 3, layout.blockCount() - 2, false);
    }
}

} // namespace glidepath::report::detail
