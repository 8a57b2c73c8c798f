// "What to do when": one row per session day naming its exercises by number, so the week reads
// at a glance. A day's row is one block and never splits across pages.

#include "home_routine_parts.h"

#include <glidepath/report/handout_text.h>

#include <QPainter>

#include <algorithm>

namespace glidepath::report::detail {

namespace {

// The row's label: the weekday short ("Wed 25 November", "Mi, 25. November"), so that the label
// column stays narrow and the exercises get the width; the bookmark keeps the full name.
QString dayLabel(const core::PlanDay& day)
{
    return shortWeekdayDate(day.date);
}

QString dayInfo(const core::PlanDay& day)
{
    QString info = dayKindInWords(day.kind);
    if (day.estimatedMinutes > 0) {
        info = Handout::tr("%1 · about %2 min").arg(info).arg(day.estimatedMinutes);
    }
    return info;
}

// The first earlier day with the same exercises at the same doses, or null.
const core::PlanDay* sameAsEarlier(const Routine& r, std::size_t index)
{
    const auto& days = r.data().plan.days;
    const core::PlanDay& day = days[index];
    for (std::size_t d = 0; d < index; ++d) {
        const core::PlanDay& other = days[d];
        if (!isSessionDay(other) || other.exercises.size() != day.exercises.size()) {
            continue;
        }
        bool same = true;
        for (std::size_t i = 0; i < day.exercises.size() && same; ++i) {
            same = day.exercises[i].id == other.exercises[i].id &&
                   sameDose(day.exercises[i], other.exercises[i]);
        }
        if (same) {
            return &other;
        }
    }
    return nullptr;
}

QStringList exerciseItems(const Routine& r, const core::PlanDay& day)
{
    QStringList items;
    for (const core::PlannedExercise& planned : day.exercises) {
        const RoutineExercise* entry = r.find(planned.id);
        if (entry == nullptr) {
            continue;
        }
        QString item = Handout::tr("%1. %2").arg(entry->number).arg(r.exerciseName(*entry));
        if (!entry->sameDoseAllWeek) {
            item = Handout::tr("%1 (%2)", "exercise (its dose that day)")
                       .arg(item, workText(planned, timedWork(entry->exercise)));
            if (const QString load = loadText(planned.loadKind, planned.loadLevel);
                !load.isEmpty()) {
                item.insert(item.size() - 1, QStringLiteral(", ") + load);
            }
        }
        items << item;
    }
    return items;
}

// "1, 2, 3 and 4": the numbers of the day's exercises.
QString exerciseNumbers(const Routine& r, const core::PlanDay& day)
{
    QStringList numbers;
    for (const core::PlannedExercise& planned : day.exercises) {
        if (const RoutineExercise* entry = r.find(planned.id)) {
            numbers << QString::number(entry->number);
        }
    }
    if (numbers.size() < 2) {
        return numbers.join(QString());
    }
    const QString last = numbers.takeLast();
    return Handout::tr("%1 and %2").arg(numbers.join(QStringLiteral(", ")), last);
}

// The day column is as wide as the widest day, so the exercise column lines up.
double dayColumnWidth(const Routine& r, const Style& s)
{
    double width = 0.0;
    for (const core::PlanDay& day : r.data().plan.days) {
        if (isSessionDay(day)) {
            width = std::max({width, s.textWidth(dayLabel(day), s.font(TextRole::Body, true)),
                              s.textWidth(dayInfo(day), s.font(TextRole::Small))});
        }
    }
    return width;
}

double drawDayRow(QPainter* p, const QRectF& area, const Routine& r, std::size_t index, bool shaded)
{
    const Style& s = r.style();
    const core::PlanDay& day = r.data().plan.days[index];
    const double pad = s.space(4.0);
    const QFont titleFont = s.font(TextRole::Body, true);
    const QFont infoFont = s.font(TextRole::Small);
    const QFont bodyFont = s.font(TextRole::Body);
    const double labelWidth = std::min(dayColumnWidth(r, s) + 2 * pad, area.width() * 0.36);
    const double textLeft = area.left() + labelWidth + pad;
    const double textWidth = area.right() - pad - textLeft;
    // No-break spaces: an item wraps as a whole, never "3." on one line and its name on the
    // next; an item longer than the column keeps only its number with its first word.
    QStringList items = exerciseItems(r, day);
    for (QString& item : items) {
        QString whole = item;
        whole.replace(QLatin1Char(' '), QChar(0x00A0));
        whole.replace(QLatin1Char('-'), QChar(0x2011)); // "Mini-squat" stays whole too
        if (s.textWidth(whole, bodyFont) <= textWidth) {
            item = whole;
        } else {
            if (const qsizetype space = item.indexOf(QLatin1Char(' ')); space >= 0) {
                item[space] = QChar(0x00A0);
            }
        }
    }
    QString what = items.join(QStringLiteral("   "));
    // A repeated day names its exercises by number only: their names stand in the row above.
    if (const core::PlanDay* earlier = sameAsEarlier(r, index)) {
        what = Handout::tr("Same as %1: exercises %2", "a repeated day in the day table")
                   .arg(weekdayName(earlier->date), exerciseNumbers(r, day));
    }
    auto content = [&](QPainter* q) {
        double left = area.top() + pad;
        left += s.text(q, QRectF(area.left() + pad, left, labelWidth - pad, 0), dayLabel(day),
                       titleFont, Style::ink());
        left += s.text(q, QRectF(area.left() + pad, left, labelWidth - pad, 0), dayInfo(day),
                       infoFont, Style::muted());
        const double right = area.top() + pad +
                             s.text(q, QRectF(textLeft, area.top() + pad, textWidth, 0), what,
                                    bodyFont, Style::ink());
        return std::max(left, right) + pad - area.top();
    };
    const double height = content(nullptr);
    if (p != nullptr) {
        p->save();
        p->setPen(Qt::NoPen);
        if (shaded) {
            p->setBrush(Style::panel());
            p->drawRect(QRectF(area.left(), area.top(), area.width(), height));
        }
        p->setPen(QPen(Style::rule(), s.pt(0.6)));
        p->drawLine(QPointF(area.left(), area.top() + height),
                    QPointF(area.right(), area.top() + height));
        p->restore();
        content(p);
    }
    return height;
}

} // namespace

void addDayTable(PageLayout& layout, const Routine& r)
{
    const Style& s = r.style();
    const auto& days = r.data().plan.days;
    if (r.sessionCount() == 0) {
        return;
    }
    Block heading = headingBlock(s, Handout::tr("What to do when"), s.space(8.0));
    heading.keepWithNext = true;
    layout.add(std::move(heading));
    Block intro =
        textBlock(s,
                  Handout::tr("The numbers are those of the exercises that follow. On the days not "
                              "listed, rest: gentle walking and everyday activity are fine."),
                  TextRole::Body, false, Style::muted(), s.space(2.0));
    intro.keepWithNext = true;
    layout.add(std::move(intro));
    int row = 0;
    for (std::size_t d = 0; d < days.size(); ++d) {
        if (!isSessionDay(days[d])) {
            continue;
        }
        const bool shaded = row++ % 2 == 0;
        Block block =
            drawnBlock([&r, d, shaded](QPainter* p,
                                       const QRectF& a) { return drawDayRow(p, a, r, d, shaded); },
                       row == 1 ? s.space(4.0) : 0.0);
        block.bookmark = weekdayDate(days[d].date);
        layout.add(std::move(block));
    }
}

} // namespace glidepath::report::detail
