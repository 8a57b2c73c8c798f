// "Your exercises": each exercise of the week once (home_routine_card.cpp draws the cards), in
// two columns that flow like a newspaper's, or one card across the page.

#include "home_routine_card.h"

#include <QPainter>

#include <memory>

namespace glidepath::report::detail {

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
                    "where you end. The table “What to do when” shows which to do on which day."),
        TextRole::Body, false, Style::muted(), s.space(2.0));
    intro.keepWithNext = true;
    layout.add(std::move(intro));

    // Two columns: a step wraps less wastefully in a column half the page wide, which is what
    // brings a typical week (up to about a dozen exercises) to four pages. Large print keeps one
    // card across the page: a half-page column at 16 pt holds too few words a line.
    // A card may continue in the next column or on the next page between its steps (never
    // before its first steps, never leaving a single line), so no page ends half empty because
    // the next card is long.
    const bool twoColumns = r.options().exercisesPerRow >= 2 && !s.largePrint();
    const double gap = twoColumns ? s.space(8.0) : 0.0;
    const double width = exerciseCardWidth(r);
    for (const RoutineExercise& entry : entries) {
        const RoutineExercise* card = &entry;
        auto continued = std::make_shared<Block>();
        continued->kind = BlockKind::Heading;
        continued->measure = [&r, card](double w) {
            return drawCardContinued(nullptr, QRectF(0, 0, w, 0), r, *card);
        };
        continued->paint = [&r, card](QPainter& p, const QRectF& rect) {
            drawCardContinued(&p, rect, r, *card);
        };
        for (const CardPiece& piece : cardPieces(r, entry, width)) {
            Block block;
            block.spaceBefore = piece.head ? s.space(3.0) : 0.0;
            block.columnGap = gap;
            block.joinsNext = !piece.tail;
            if (!piece.head) {
                block.repeatHeader = continued;
            }
            block.measure = [&r, card, piece](double w) {
                return drawCardPiece(nullptr, QRectF(0, 0, w, 0), r, *card, piece, false, false);
            };
            block.paint = [&r, card, piece](QPainter& p, const QRectF& rect) {
                drawCardPiece(&p, rect, r, *card, piece, false, false);
            };
            block.paintJoined = [&r, card, piece](QPainter& p, const QRectF& rect, bool above,
                                                  bool below) {
                drawCardPiece(&p, rect, r, *card, piece, above, below);
            };
            layout.add(std::move(block));
        }
    }
}

} // namespace glidepath::report::detail
