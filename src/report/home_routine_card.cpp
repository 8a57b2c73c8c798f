// An exercise card of "Your exercises": its start and end picture, its numbered steps in full,
// its dose, the easier version to switch to and any extra care it needs, drawn in pieces that
// join up when they land one under the other (see home_routine_card.h).

#include "home_routine_card.h"

#include <glidepath/report/handout_text.h>
#include <glidepath/report/illustration.h>

#include <QPainter>

#include <algorithm>

namespace glidepath::report::detail {

namespace {

// Picture width in points: the same or larger in large print, never smaller.
constexpr double kPictureWidthPt = 150.0;
constexpr double kLargePictureWidthPt = 176.0;
// The smallest a picture gets in a narrow column: each figure still about 50 pt wide.
constexpr double kMinPictureWidthPt = 116.0;
// The card's name against a panel title's size.
constexpr double kNameScale = 0.92;
// The white space inside the card's frame.
constexpr double kCardPadPt = 4.5;
// The smallest a dose or detail line is set to make a long word fit its column, against its size.
constexpr double kMinFitScale = 0.8;

// Text that flows around the picture in the card's top-left corner: a paragraph that starts
// beside the picture keeps that narrower column, one that starts below it takes the full width.
// Paragraphs rather than lines, so measuring stays one call per paragraph.
class CardFlow
{
public:
    CardFlow(QPainter* p, const Style& s, const QRectF& inner, const QRectF& picture, double gap)
        : m_p(p), m_s(s), m_inner(inner), m_picture(picture), m_gap(gap), m_y(inner.top())
    {}

    double y() const { return m_y; }
    void skip(double height) { m_y += height; }
    // Continue below the picture (the column beside it is too narrow for the steps).
    void clearPicture(double gap)
    {
        if (!m_picture.isEmpty()) {
            m_y = std::max(m_y, m_picture.bottom() + gap);
        }
        m_picture = QRectF();
    }
    double besideWidth() const
    {
        return m_picture.isEmpty() ? m_inner.width() : m_inner.right() - m_picture.right() - m_gap;
    }

    // Whether a paragraph starting at the current y starts beside the picture.
    bool besidePicture() const
    {
        return !m_picture.isEmpty() && m_y < m_picture.bottom() - m_s.pt(4.0);
    }

    // Left edge and width for a paragraph starting at the current y.
    QRectF column()
    {
        // A paragraph that no longer starts beside the picture starts below it, clear of the
        // Start/End labels (it may be a few points above the picture's bottom).
        if (!m_picture.isEmpty() && !besidePicture()) {
            clearPicture(m_s.space(1.0));
        }
        if (besidePicture()) {
            const double left = m_picture.right() + m_gap;
            return QRectF(left, m_y, m_inner.right() - left, 0);
        }
        return QRectF(m_inner.left(), m_y, m_inner.width(), 0);
    }

    void paragraph(const QString& text, const QFont& font, const QColor& colour)
    {
        const QRectF area = column();
        m_y += m_s.text(m_p, area, text, font, colour);
    }

    // A dose or detail paragraph: short phrases held together by non-breaking spaces
    // ("hoch 3 s", "3 × 8") and long German words can be wider than a narrow column beside the
    // picture, and would run over the card's edge. Such a paragraph is set a little smaller,
    // down to kMinFitScale, and if even that is too wide it breaks inside the long part.
    void fittedParagraph(const QString& text, const QFont& font, const QColor& colour)
    {
        if (text.isEmpty()) {
            return;
        }
        const QRectF area = column();
        QFont fitted = font;
        double widest = widestLine(text, fitted, area.width());
        for (double scale = 0.95; widest > area.width() && scale >= kMinFitScale - 1e-9;
             scale -= 0.05) {
            fitted.setPointSizeF(font.pointSizeF() * scale);
            widest = widestLine(text, fitted, area.width());
        }
        const bool fits = widest <= area.width();
        if (m_fits != nullptr) {
            m_fits->push_back({text, widest, area.width(), fitted != font});
        }
        m_y += m_s.text(m_p, area, text, fitted, colour,
                        fits ? Qt::AlignLeft : Qt::AlignLeft | Qt::TextWrapAnywhere);
    }

    void recordFits(std::vector<CardTextFit>* fits) { m_fits = fits; }

    // A numbered step with a hanging indent.
    void step(int number, const QString& text, const QFont& font, const QFont& numberFont,
              double indent)
    {
        const QRectF area = column();
        m_s.text(m_p, QRectF(area.left(), m_y, indent, 0), QStringLiteral("%1.").arg(number),
                 numberFont, Style::accent());
        m_y += m_s.text(m_p, QRectF(area.left() + indent, m_y, area.width() - indent, 0), text,
                        font, Style::ink());
    }

    // A paragraph led by a warning shape.
    void warning(const QString& text, const QFont& font)
    {
        const QRectF area = column();
        const double symbol = m_s.lineHeight(font) * 0.8;
        if (m_p != nullptr) {
            drawLightSymbol(
                *m_p, QRectF(area.left(), m_y + m_s.lineHeight(font) * 0.1, symbol, symbol), 2);
        }
        const double left = area.left() + symbol + m_s.space(4.0);
        m_y += m_s.text(m_p, QRectF(left, m_y, area.right() - left, 0), text, font, Style::ink());
    }

    // The bottom of the card's content: below the text and below the picture.
    double bottom() const { return std::max(m_y, m_picture.isEmpty() ? m_y : m_picture.bottom()); }

private:
    double widestLine(const QString& text, const QFont& font, double width) const
    {
        return m_s.textBounds(width, text, font).width();
    }

    QPainter* m_p;
    const Style& m_s;
    QRectF m_inner;
    QRectF m_picture; // its frame and the Start/End labels under it
    double m_gap;
    double m_y;
    std::vector<CardTextFit>* m_fits = nullptr;
};

// Only the card's last piece gets the full padding below; a piece that stops between two steps
// ends with the gap between steps (and the next starts without one), so a piece is as tall
// wherever it lands and a split card is no taller than a whole one.
double pieceBottomGap(const Style& s, const CardPiece& piece, double pad)
{
    return piece.tail ? pad : s.space(0.75);
}

// The numbered steps [first, end) of the exercise.
void drawSteps(CardFlow& flow, const Style& s, const core::Exercise& exercise, int first, int end,
               int* beside)
{
    const QFont body = s.font(TextRole::Body);
    const QFont number = s.font(TextRole::Body, true);
    const double indent = s.textWidth(QStringLiteral("8."), number) + s.space(4.0);
    const int count = static_cast<int>(exercise.instructions.size());
    for (int n = first; n < std::min(end, count); ++n) {
        if (n > first) {
            flow.skip(s.space(0.75));
        }
        if (beside != nullptr && flow.besidePicture()) {
            ++*beside;
        }
        flow.step(n + 1, qs(exercise.instructions[static_cast<std::size_t>(n)]), body, number,
                  indent);
    }
}

void drawTail(CardFlow& flow, const Routine& r, const RoutineExercise& entry)
{
    const Style& s = r.style();
    const QString easier = easierText(r, entry);
    if (!easier.isEmpty()) {
        flow.skip(s.space(2.5));
        flow.paragraph(easier, s.font(TextRole::Body, true), Style::ink());
    }
    const QStringList care = extraCare(r, entry);
    if (!care.isEmpty()) {
        flow.skip(s.space(2.5));
        flow.warning(Handout::tr("Also stop if: %1").arg(care.join(QStringLiteral("; "))),
                     s.font(TextRole::Body));
    }
}

// The head piece: the name across the card, the start/end picture in the top-left corner with
// the dose, days and kit beside it, then its steps, which continue at full width below the
// picture. beside: counts the steps that start beside the picture.
double drawHead(QPainter* p, const QRectF& in, const Routine& r, const RoutineExercise& entry,
                const CardPiece& piece, int* beside, std::vector<CardTextFit>* fits = nullptr)
{
    const Style& s = r.style();
    const core::Exercise* exercise = entry.exercise;
    double top = in.top();
    // A little smaller than a panel's title: still clearly the card's name beside 10 pt steps,
    // and long German names stay on one line in a half-page column more often.
    QFont nameFont = s.font(TextRole::Subheading, true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * kNameScale);
    QString name = Handout::tr("%1. %2").arg(entry.number).arg(r.exerciseName(entry));
    // The last two words stay together: no "4)" alone on the name's second line.
    if (const qsizetype last = name.lastIndexOf(QLatin1Char(' ')); last > 0) {
        name[last] = QChar(0x00A0);
    }

    // The picture: as wide as in a one-exercise row, but never so wide that the column beside
    // it gets too narrow to read; large print never draws it smaller than normal print.
    const QFont label = s.font(TextRole::Small);
    const double gap = s.pt(8.0);
    const double wanted = s.pt(s.largePrint() ? kLargePictureWidthPt : kPictureWidthPt);
    const double minBeside = s.size(124.0);
    const double width = std::max(std::min(wanted, in.width() - gap - minBeside),
                                  std::min(s.pt(kMinPictureWidthPt), in.width()));
    // A card across the page has a wide column beside the picture: the name heads that column
    // (a line less on every card, which is what keeps large print near twice normal print); in
    // a half-page column the name goes across the card above the picture.
    const bool nameBeside = exercise != nullptr && in.width() - width - gap >= s.pt(240.0);
    if (!nameBeside) {
        top += s.text(p, QRectF(in.left(), top, in.width(), 0), name, nameFont, Style::ink());
        top += s.space(1.5);
    }
    QRectF frame;
    QRectF box;
    if (exercise != nullptr) {
        const double aspect =
            illustrationAspect(illustrationOf(*exercise), IllustrationFrame::StartAndEnd);
        const double height = std::clamp(width / std::max(0.1, aspect), s.pt(46.0), s.pt(76.0));
        box = QRectF(in.left(), top, width, height);
        frame = QRectF(in.left(), top, width, height + s.pt(1.0) + s.lineHeight(label));
        if (in.width() - width - gap < s.size(80.0)) {
            // No room beside it: the picture sits on its own above the text.
            top = frame.bottom() + s.space(3.0);
            frame = QRectF();
        }
    }
    if (p != nullptr && !box.isEmpty()) {
        fillPanel(*p, box, Style::panel(), QColor(), 0.0, s.pt(3.0));
        const double inset = s.pt(3.0);
        drawIllustration(*p, box.adjusted(inset, inset, -inset, -inset), *exercise,
                         IllustrationFrame::StartAndEnd);
        const double labelTop = box.bottom() + s.pt(1.0);
        s.text(p, QRectF(box.left(), labelTop, box.width() * 0.45, 0), Handout::tr("Start"), label,
               Style::muted(), Qt::AlignHCenter);
        s.text(p, QRectF(box.right() - box.width() * 0.45, labelTop, box.width() * 0.45, 0),
               Handout::tr("End"), label, Style::muted(), Qt::AlignHCenter);
    }

    CardFlow flow(p, s, QRectF(in.left(), top, in.width(), 0), frame, gap);
    flow.recordFits(fits);
    if (nameBeside) {
        flow.paragraph(name, nameFont, Style::ink());
        flow.skip(s.space(1.5));
    }
    // Beside a narrow picture column each part of the dose and each detail gets its own line;
    // the ones that start below the picture (long German doses push them there) share one line
    // across the card.
    const bool narrow = flow.besideWidth() < s.size(200.0);
    auto flowParts = [&flow, narrow](QStringList parts, const QFont& font, const QColor& colour) {
        while (narrow && !parts.isEmpty() && flow.besidePicture()) {
            flow.fittedParagraph(parts.takeFirst(), font, colour);
        }
        flow.fittedParagraph(parts.join(QStringLiteral(" · ")), font, colour);
    };
    const QFont bold = s.font(TextRole::Body, true);
    if (entry.sameDoseAllWeek) {
        flowParts(doseParts(*entry.first, timedWork(entry.exercise)), bold, Style::accent());
    } else {
        // A dose that changes during the week: one short line per day, and what stays the same
        // (the tempo, the load) once below them. Repeating the tempo on every day's line made
        // five or six bold lines beside the picture (Dead bug in German) that crowded the card.
        QStringList shared;
        for (const QString& dose : doseLines(r, entry, &shared)) {
            flow.fittedParagraph(dose, bold, Style::accent());
        }
        if (!shared.isEmpty()) {
            flowParts(shared, s.font(TextRole::Body), Style::accent());
        }
    }
    QStringList details{
        restAndSide(*entry.first, lateralityOf(exercise), timedWork(entry.exercise))};
    if (entry.sameDoseAllWeek) {
        details << Handout::tr("On %1").arg(daysText(r, entry));
    }
    if (const QString kit = kitText(exercise); !kit.isEmpty()) {
        details << kit;
    }
    flowParts(details, s.font(TextRole::Small), Style::muted());
    // The steps read badly in a column narrower than about 30 characters: then they start under
    // the picture.
    if (flow.besideWidth() < s.size(160.0)) {
        flow.clearPicture(s.space(3.0));
    } else {
        flow.skip(s.space(2.5));
    }
    if (exercise != nullptr) {
        drawSteps(flow, s, *exercise, piece.firstStep, piece.endStep, beside);
    }
    if (piece.tail) {
        drawTail(flow, r, entry);
    }
    return flow.bottom();
}

} // namespace

double drawCardPiece(QPainter* p, const QRectF& area, const Routine& r,
                     const RoutineExercise& entry, const CardPiece& piece, bool joinedAbove,
                     bool joinedBelow)
{
    const Style& s = r.style();
    const double pad = s.pt(kCardPadPt);
    const double top = area.top() + (piece.head ? pad : 0.0);
    const QRectF in(area.left() + pad, top, area.width() - 2 * pad, 0);
    auto content = [&](QPainter* q) {
        if (piece.head) {
            return drawHead(q, in, r, entry, piece, nullptr);
        }
        CardFlow flow(q, s, in, QRectF(), 0.0);
        if (entry.exercise != nullptr) {
            drawSteps(flow, s, *entry.exercise, piece.firstStep, piece.endStep, nullptr);
        }
        if (piece.tail) {
            drawTail(flow, r, entry);
        }
        return flow.bottom();
    };
    const double height = content(nullptr) + pieceBottomGap(s, piece, pad) - area.top();
    if (p != nullptr) {
        fillJoinedPanel(*p, QRectF(area.left(), area.top(), area.width(), height), Qt::white,
                        Style::rule(), s.pt(0.8), s.pt(5.0), joinedAbove, joinedBelow);
        content(p);
    }
    return height;
}

double drawCardContinued(QPainter* p, const QRectF& area, const Routine& r,
                         const RoutineExercise& entry)
{
    const Style& s = r.style();
    const double pad = s.pt(kCardPadPt);
    const QString title = Handout::tr("%1. %2 (continued)", "an exercise card on a new page")
                              .arg(entry.number)
                              .arg(r.exerciseName(entry));
    // Small and muted: it only says which card the steps below belong to.
    const QFont font = s.font(TextRole::Small, true);
    const QRectF in(area.left() + pad, area.top() + s.pt(3.0), area.width() - 2 * pad, 0);
    const double height = s.text(nullptr, in, title, font, Style::muted()) + s.pt(3.0) + s.pt(1.5);
    if (p != nullptr) {
        fillJoinedPanel(*p, QRectF(area.left(), area.top(), area.width(), height), Qt::white,
                        Style::rule(), s.pt(0.8), s.pt(5.0), false, true);
        s.text(p, in, title, font, Style::muted());
    }
    return height;
}

std::vector<CardTextFit> cardTextFits(const Routine& r, const RoutineExercise& entry, double width)
{
    const Style& s = r.style();
    const double pad = s.pt(kCardPadPt);
    const int count =
        entry.exercise != nullptr ? static_cast<int>(entry.exercise->instructions.size()) : 0;
    std::vector<CardTextFit> fits;
    drawHead(nullptr, QRectF(pad, pad, width - 2 * pad, 0), r, entry, {true, 0, count, true},
             nullptr, &fits);
    return fits;
}

double exerciseCardWidth(const Routine& r)
{
    const Style& s = r.style();
    const bool twoColumns = r.options().exercisesPerRow >= 2 && !s.largePrint();
    return twoColumns ? (r.contentSize().width() - s.space(8.0)) / 2.0 : r.contentSize().width();
}

std::vector<CardPiece> cardPieces(const Routine& r, const RoutineExercise& entry, double width)
{
    const Style& s = r.style();
    const int count =
        entry.exercise != nullptr ? static_cast<int>(entry.exercise->instructions.size()) : 0;
    const double twoLines = 1.9 * s.lineHeight(s.font(TextRole::Body));
    // Each step's height at the full width of a later piece.
    std::vector<double> heights;
    for (int n = 0; n < count; ++n) {
        heights.push_back(drawCardPiece(nullptr, QRectF(0, 0, width, 0), r, entry,
                                        {false, n, n + 1, false}, false, false) -
                          s.space(0.75));
    }
    // The head keeps every step that starts beside the picture and at least two lines of steps.
    int beside = 0;
    {
        const double pad = s.pt(kCardPadPt);
        drawHead(nullptr, QRectF(pad, pad, width - 2 * pad, 0), r, entry, {true, 0, count, true},
                 &beside);
    }
    int end = std::min(count, std::max(beside, 1));
    auto linesFrom = [&heights](int first, int last) {
        double sum = 0.0;
        for (int n = first; n < last; ++n) {
            sum += heights[static_cast<std::size_t>(n)];
        }
        return sum;
    };
    while (end < count && linesFrom(0, end) < twoLines) {
        ++end;
    }
    std::vector<CardPiece> pieces{{true, 0, end, false}};
    while (end < count) {
        int next = end + 1;
        while (next < count && linesFrom(end, next) < twoLines) {
            ++next;
        }
        pieces.push_back({false, end, next, false});
        end = next;
    }
    // A last piece of one short line (and nothing after the steps) joins the piece before it.
    const bool hasTail = !easierText(r, entry).isEmpty() || !extraCare(r, entry).isEmpty();
    if (pieces.size() > 1 && !hasTail &&
        linesFrom(pieces.back().firstStep, pieces.back().endStep) < twoLines) {
        pieces[pieces.size() - 2].endStep = pieces.back().endStep;
        pieces.pop_back();
    }
    pieces.back().tail = true;
    return pieces;
}

} // namespace glidepath::report::detail
