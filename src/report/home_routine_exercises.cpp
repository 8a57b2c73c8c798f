// "Your exercises": each exercise of the week once, with its start and end picture, its numbered
// steps in full, its dose, the easier version to switch to and any extra care it needs.

#include "home_routine_parts.h"

#include <glidepath/report/handout_text.h>
#include <glidepath/report/illustration.h>

#include <QPainter>

#include <algorithm>

namespace glidepath::report::detail {

namespace {

// Picture width in points: the same or larger in large print, never smaller.
constexpr double kPictureWidthPt = 150.0;
constexpr double kLargePictureWidthPt = 176.0;

QString daysText(const Routine& r, const RoutineExercise& entry)
{
    QStringList names;
    for (std::size_t d : entry.days) {
        names << weekdayName(r.data().plan.days[d].date);
    }
    if (names.size() == 1) {
        return names.front();
    }
    const QString last = names.takeLast();
    return Handout::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

// What to do, in one short line: sets, reps or hold, tempo. Rest and side go in the details.
QString doseCore(const core::PlannedExercise& planned)
{
    QString line =
        Handout::tr("%1 × %2", "sets × reps or hold")
            .arg(setsText(planned.sets), repsOrHoldText(planned.reps, planned.holdSeconds));
    if (const QString load = loadText(planned.loadKind, planned.loadLevel); !load.isEmpty()) {
        line = Handout::tr("%1 · %2", "dose · load").arg(line, load);
    }
    if (!planned.tempo.empty()) {
        line = Handout::tr("%1 · %2").arg(line, tempoInWords(planned.tempo).toLower());
    }
    return line;
}

QString restAndSide(const core::PlannedExercise& planned, core::Laterality laterality)
{
    const QString side = sideText(planned.side, laterality);
    return planned.restSeconds > 0 ? Handout::tr("%1 · rest %2 between sets")
                                         .arg(side, durationText(planned.restSeconds))
                                   : side;
}

// The dose, once when it is the same all week, else one line per day.
QStringList doseLines(const Routine& r, const RoutineExercise& entry)
{
    if (entry.sameDoseAllWeek) {
        return {doseCore(*entry.first)};
    }
    QStringList lines;
    for (std::size_t d : entry.days) {
        const core::PlanDay& day = r.data().plan.days[d];
        for (const core::PlannedExercise& planned : day.exercises) {
            if (planned.id == entry.first->id) {
                lines << Handout::tr("%1: %2").arg(weekdayName(day.date), doseCore(planned));
                break;
            }
        }
    }
    return lines;
}

QString easierText(const Routine& r, const RoutineExercise& entry)
{
    if (entry.exercise == nullptr || entry.exercise->easier.empty()) {
        return {};
    }
    const core::Exercise* easier = r.index().find(entry.exercise->easier);
    if (easier == nullptr) {
        return {};
    }
    return Handout::tr("Too hard or sore? Do the easier version instead: %1.")
        .arg(qs(easier->name));
}

// The care lines this exercise adds to the general "Stop any exercise if" on the cover.
QStringList extraCare(const Routine& r, const RoutineExercise& entry)
{
    QStringList lines = stopIfLines(entry.exercise, r.data().rules);
    const qsizetype general = stopIfLines(nullptr, r.data().rules).size();
    lines.erase(lines.begin(), lines.begin() + std::min(general, lines.size()));
    return lines;
}

// Numbered steps with a hanging indent.
double drawSteps(QPainter* p, const Style& s, const QRectF& area, const QStringList& steps)
{
    const QFont font = s.font(TextRole::Body);
    const QFont numberFont = s.font(TextRole::Body, true);
    const double indent = s.textWidth(QStringLiteral("8."), numberFont) + s.space(4.0);
    const double gap = s.space(1.0);
    double y = area.top();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (i > 0) {
            y += gap;
        }
        s.text(p, QRectF(area.left(), y, indent, 0), QStringLiteral("%1.").arg(i + 1), numberFont,
               Style::accent());
        y += s.text(p, QRectF(area.left() + indent, y, area.width() - indent, 0), steps[i], font,
                    Style::ink());
    }
    return y - area.top();
}

double drawCard(QPainter* p, const QRectF& area, const Routine& r, const RoutineExercise& entry,
                double frameHeight)
{
    const Style& s = r.style();
    const core::Exercise* exercise = entry.exercise;
    if (p != nullptr) {
        fillPanel(*p, QRectF(area.left(), area.top(), area.width(), frameHeight), Qt::white,
                  Style::rule(), s.pt(0.8), s.pt(5.0));
    }
    const double pad = s.pt(6.0);
    const QRectF in(area.left() + pad, area.top() + pad, area.width() - 2 * pad, 0);

    // The picture: beside the text when that leaves a readable column, else on top.
    const bool hasPicture = exercise != nullptr;
    const double pictureWidth =
        hasPicture
            ? std::min(s.pt(s.largePrint() ? kLargePictureWidthPt : kPictureWidthPt), in.width())
            : 0.0;
    double pictureHeight = 0.0;
    if (hasPicture) {
        const double aspect =
            illustrationAspect(illustrationOf(*exercise), IllustrationFrame::StartAndEnd);
        pictureHeight = std::clamp(pictureWidth / std::max(0.1, aspect), s.pt(50.0), s.pt(84.0));
    }
    const double columnGap = s.pt(10.0);
    const bool beside = hasPicture && in.width() - pictureWidth - columnGap >= s.space(230.0);
    const double textLeft = beside ? in.left() + pictureWidth + columnGap : in.left();
    const double textWidth = in.right() - textLeft;

    double top = in.top();
    if (hasPicture) {
        const double pictureLeft = beside ? in.left() : in.left() + (in.width() - pictureWidth) / 2;
        if (p != nullptr) {
            const QRectF box(pictureLeft, top, pictureWidth, pictureHeight);
            fillPanel(*p, box, Style::panel(), QColor(), 0.0, s.pt(3.0));
            const double inset = s.pt(3.0);
            drawIllustration(*p, box.adjusted(inset, inset, -inset, -inset), *exercise,
                             IllustrationFrame::StartAndEnd);
            const QFont label = s.font(TextRole::Small);
            const double labelTop = box.bottom() + s.pt(1.0);
            s.text(p, QRectF(box.left(), labelTop, box.width() * 0.45, 0), Handout::tr("Start"),
                   label, Style::muted(), Qt::AlignHCenter);
            s.text(p, QRectF(box.right() - box.width() * 0.45, labelTop, box.width() * 0.45, 0),
                   Handout::tr("End"), label, Style::muted(), Qt::AlignHCenter);
        }
        if (!beside) {
            top += pictureHeight + s.lineHeight(s.font(TextRole::Small)) + s.pt(4.0);
        }
    }

    double y = top;
    y += s.text(p, QRectF(textLeft, y, textWidth, 0),
                Handout::tr("%1. %2").arg(entry.number).arg(r.exerciseName(entry)),
                s.font(TextRole::Subheading, true), Style::ink());
    y += s.space(1.0);
    const QStringList doses = doseLines(r, entry);
    for (const QString& dose : doses) {
        y += s.text(p, QRectF(textLeft, y, textWidth, 0), dose, s.font(TextRole::Body, true),
                    Style::accent());
    }
    QStringList details{restAndSide(*entry.first, lateralityOf(exercise))};
    if (entry.sameDoseAllWeek) {
        details << Handout::tr("On %1").arg(daysText(r, entry));
    }
    if (exercise != nullptr) {
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
    y += s.text(p, QRectF(textLeft, y, textWidth, 0), details.join(QStringLiteral(" · ")),
                s.font(TextRole::Small), Style::muted());
    y += s.space(2.0);

    QStringList steps;
    if (exercise != nullptr) {
        for (const std::string& step : exercise->instructions) {
            steps << qs(step);
        }
    }
    y += drawSteps(p, s, QRectF(textLeft, y, textWidth, 0), steps);

    const QString easier = easierText(r, entry);
    if (!easier.isEmpty()) {
        y += s.space(3.0);
        y += s.text(p, QRectF(textLeft, y, textWidth, 0), easier, s.font(TextRole::Body, true),
                    Style::ink());
    }
    const QStringList care = extraCare(r, entry);
    if (!care.isEmpty()) {
        y += s.space(3.0);
        const QFont title = s.font(TextRole::Body, true);
        const double symbol = s.lineHeight(title) * 0.8;
        if (p != nullptr) {
            drawLightSymbol(*p, QRectF(textLeft, y + s.lineHeight(title) * 0.1, symbol, symbol), 2);
        }
        const double left = textLeft + symbol + s.space(4.0);
        y += s.text(p, QRectF(left, y, in.right() - left, 0),
                    Handout::tr("Also stop if: %1").arg(care.join(QStringLiteral("; "))),
                    s.font(TextRole::Body), Style::ink());
    }
    if (beside) {
        y = std::max(y, in.top() + pictureHeight + s.lineHeight(s.font(TextRole::Small)));
    }
    return y + pad - area.top();
}

} // namespace

void addExercises(PageLayout& layout, const Routine& r)
{
    const Style& s = r.style();
    const auto& entries = r.exercises();
    if (entries.empty()) {
        return;
    }
    Block heading = headingBlock(s, exercisesBookmark(), s.space(14.0));
    heading.bookmark = exercisesBookmark();
    heading.keepWithNext = true;
    layout.add(std::move(heading));
    Block intro = textBlock(
        s,
        Handout::tr("Each exercise is explained once. The pictures show where you start and "
                    "where you end. The table on the first page shows which to do on which day."),
        TextRole::Body, false, Style::muted(), s.space(2.0));
    intro.keepWithNext = true;
    layout.add(std::move(intro));

    const bool twoPerRow = r.options().exercisesPerRow >= 2;
    const double gutter = s.space(8.0);
    for (std::size_t i = 0; i < entries.size(); i += twoPerRow ? 2 : 1) {
        const RoutineExercise* left = &entries[i];
        const RoutineExercise* right =
            twoPerRow && i + 1 < entries.size() ? &entries[i + 1] : nullptr;
        Block block;
        block.spaceBefore = s.space(4.0);
        if (!twoPerRow) {
            block.measure = [&r, left](double width) {
                return drawCard(nullptr, QRectF(0, 0, width, 0), r, *left, 0.0);
            };
            block.paint = [&r, left](QPainter& p, const QRectF& rect) {
                drawCard(&p, rect, r, *left, rect.height());
            };
        } else {
            block.measure = [&r, left, right, gutter](double width) {
                const double half = (width - gutter) / 2.0;
                double height = drawCard(nullptr, QRectF(0, 0, half, 0), r, *left, 0.0);
                if (right != nullptr) {
                    height =
                        std::max(height, drawCard(nullptr, QRectF(0, 0, half, 0), r, *right, 0.0));
                }
                return height;
            };
            block.paint = [&r, left, right, gutter](QPainter& p, const QRectF& rect) {
                const double half = (rect.width() - gutter) / 2.0;
                drawCard(&p, QRectF(rect.left(), rect.top(), half, 0), r, *left, rect.height());
                if (right != nullptr) {
                    drawCard(&p, QRectF(rect.left() + half + gutter, rect.top(), half, 0), r,
                             *right, rect.height());
                }
            };
        }
        layout.add(std::move(block));
    }
}

} // namespace glidepath::report::detail
