#pragma once

// One exercise card of "Your exercises", drawn in pieces so that a long card can continue on the
// next page or column between its steps instead of leaving the rest of a page empty. The head
// piece holds the name, the picture, the dose and the first steps; later pieces hold runs of
// steps, the last one also the easier version and any extra care.

#include "home_routine_parts.h"

#include <glidepath/report/handout_text.h>

#include <string>
#include <utility>
#include <vector>

namespace glidepath::report::detail {

// What a card says (home_routine_card_words.cpp).
QString daysText(const Routine& r, const RoutineExercise& entry); // "Monday and Friday"
// What to do, in one short line: sets, reps or hold, load, tempo.
QString doseCore(const core::PlannedExercise& planned, TimedWork timed);
// The same in parts (sets × reps, load, tempo), to be set on lines of their own beside a picture.
QStringList doseParts(const core::PlannedExercise& planned, TimedWork timed);
// "Each leg · rest 30 s between sets"; timed work rests "between walks" (runs, rounds) or not at
// all after a single bout.
QString restAndSide(const core::PlannedExercise& planned, core::Laterality laterality,
                    TimedWork timed);
// The dose, once when it is the same all week, else one line per day ("Monday: 2 × 10"). With
// shared, what every day has alike (load, tempo) is left out of the day lines and put there.
QStringList doseLines(const Routine& r, const RoutineExercise& entry,
                      QStringList* shared = nullptr);
// "Too hard or sore? Do the easier version instead: ...", or empty.
QString easierText(const Routine& r, const RoutineExercise& entry);
// The care lines this exercise adds to the general "Stop any exercise if" on the cover.
QStringList extraCare(const Routine& r, const RoutineExercise& entry);
QString kitText(const core::Exercise* exercise); // "You need: mat, band", or empty

struct CardPiece
{
    bool head = true;
    int firstStep = 0; // 0-based, into the exercise's instructions
    int endStep = 0;   // one past the last step of this piece
    bool tail = true;  // the card's last piece
};

// How the card splits at the given width: no piece shorter than two lines of text, the picture
// always with the name and the first steps.
std::vector<CardPiece> cardPieces(const Routine& r, const RoutineExercise& entry, double width);

// Draws (p != null) or measures one piece; returns its height. joinedAbove / joinedBelow say
// whether the card's frame runs on into the neighbouring piece (they never change the height).
double drawCardPiece(QPainter* p, const QRectF& area, const Routine& r,
                     const RoutineExercise& entry, const CardPiece& piece, bool joinedAbove,
                     bool joinedBelow);

// One paragraph of a card's dose or details (rest, side, days, kit) as laid out: its widest line
// against the width of the column it is set in, and whether it had to be set smaller to fit.
struct CardTextFit
{
    QString text;
    double widest = 0.0;    // device units
    double available = 0.0; // device units
    bool shrunk = false;
};

// The dose and detail paragraphs of the card's head piece at the given card width (for checks).
std::vector<CardTextFit> cardTextFits(const Routine& r, const RoutineExercise& entry, double width);

// Every card's dose and detail paragraphs in the home routine laid out on device, by exercise id.
std::vector<std::pair<std::string, std::vector<CardTextFit>>>
homeRoutineCardTexts(QPagedPaintDevice& device, const HandoutData& data,
                     const HandoutOptions& options);

// The width of a card in "Your exercises": half the page's content in two columns, else all of it.
double exerciseCardWidth(const Routine& r);

// "3. Mini-squat (continued)": above a piece that opens a page or a column.
double drawCardContinued(QPainter* p, const QRectF& area, const Routine& r,
                         const RoutineExercise& entry);

} // namespace glidepath::report::detail
