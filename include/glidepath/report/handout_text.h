#pragma once

// The plain words printed on handouts, kept apart from drawing so they can be tested and reused
// (the desktop can show the same wording on screen). All strings go through Qt's translation
// system (context "Handout").

#include <glidepath/core/client.h>
#include <glidepath/core/exercise.h>
#include <glidepath/core/plan.h>
#include <glidepath/core/progression_rules.h>

#include <QString>
#include <QStringList>

#include <string_view>

namespace glidepath::report {

QString weekdayName(core::Date date);      // "Monday"
QString shortWeekdayName(core::Date date); // "Mon"
QString dayMonth(core::Date date);         // "3 March"
QString shortDayMonth(core::Date date);    // "3 Mar"
// A day as the client reads it: "Monday 3 March" (German "Montag, 3. März").
QString weekdayDate(core::Date date);
// The same with the weekday short, for narrow columns: "Mon 3 March" ("Mo, 3. März").
QString shortWeekdayDate(core::Date date);
QString longDate(core::Date date);  // "Monday 3 March 2025"
QString shortDate(core::Date date); // "3 Mar 2025"
// "3 to 9 March 2025", "28 April to 4 May 2025", "29 December 2025 to 4 January 2026"
QString dateRange(core::Date first, core::Date last);

// "30 s", "1 min", "1 min 30 s"
QString durationText(int seconds);
// Tempo "lift-pause-lower" in seconds, e.g. "2-1-3" -> "Up 2 s, pause 1 s, down 3 s".
// Empty -> "Smooth and steady"; text that is not three numbers is printed as given.
QString tempoInWords(std::string_view tempo);
QString setsText(int sets); // "3 sets", "1 set"
// "10 reps", "hold 30 s", "10 reps, hold 3 s each": always after the sets, so lower case.
QString repsOrHoldText(int reps, int holdSeconds);
// The load (dose.load) in the client's words: "light band", "1.5 kg ankle weight"; empty for none.
QString loadText(core::LoadKind kind, int level);
// Which leg works. A bilateral exercise done with both legs reads "Both legs"; an alternating
// one "Alternate legs".
QString sideText(core::WorkSide side, core::Laterality laterality);
// Timed, continuous work: how long the client keeps moving, never a held position. A gait
// exercise's hold is walking (the engine steps it up by the minute), or running for a gait
// exercise that serves the running goal (walk-run intervals); any other exercise the library
// marks as continuous (timing, e.g. the Hundred's arm pumps, kneecap glides) is movement kept up
// ("Keep moving for 50 s"). Every other hold is a held position ("hold 30 s").
enum class TimedWork
{
    None,
    Walk,
    Run,
    Move
};
TimedWork timedWork(const core::Exercise* exercise); // None for null (unknown id)
// Timed work planned with reps and no hold (marching walk, 3 × 10) keeps its reps.
// The work in one phrase: "3 sets × 10 reps", "2 sets × hold 30 s", and for timed work
// "Walk 4 min, twice", "Run 1 min, 6 times" (German "2 × 4 Min. gehen") or
// "Keep moving for 50 s, twice".
QString workText(const core::PlannedExercise& planned, TimedWork timed);
// The rest in the client's words. Held work: "rest 30 s". Timed work rests between its bouts:
// "rest 30 s between walks", "… between runs", "… between rounds"; nothing with one bout.
// Empty without rest.
QString restText(const core::PlannedExercise& planned, TimedWork timed);
// One line for a dose: "3 sets × 10 reps · up 2 s, down 2 s · rest 30 s · each leg"
QString doseLine(const core::PlannedExercise& planned, core::Laterality laterality,
                 TimedWork timed);

QString positionInWords(core::Position position); // "Lying on your back"
QString dayKindInWords(core::DayKind kind);       // "Strength", "Mobility", "Rest"
QString phaseInWords(int phase);                  // "Stage 2 of 4: building strength"
QString lightInWords(core::Light light);          // "Green", "Amber", "Red", "No rating yet"
QString actionInWords(core::Action action);       // "Step up", "Stay at this level", ...
// The same inside a sentence ("This week: stay at this level"): its own words, because
// lower-casing a translation breaks languages whose nouns keep their capitals (German "Stufe").
QString actionInSentence(core::Action action);
// The week inside that sentence: "a gentle start" for a first plan ("a gentle restart" after a
// referral), else actionInSentence.
QString weekInSentence(const core::Decision& decision);
// What the decision means for the client, one or two calm sentences.
QString decisionForClient(const core::Decision& decision);
// A reason shortened for the client: its first sentence, rule jargon removed.
QString simplifyReason(std::string_view reasonText);

// "Stop if" lines for one exercise: sharp pain, pain above the amber limit, the knee giving way,
// then one line for each precaution the exercise carries (exercise may be null: unknown id).
QStringList stopIfLines(const core::Exercise* exercise, const core::ProgressionRules& rules);

QString conditionInWords(core::Condition condition);
QString goalInWords(core::Goal goal);
QString equipmentInWords(core::Equipment item);
// The same word inside a sentence ("You need: band, chair"): lower case in English, but in a
// language whose nouns keep their capital (German: "Sie brauchen: Band, Stuhl") as it is.
QString equipmentInSentence(core::Equipment item);
// A noun inside a sentence, by the same rule.
QString nounInSentence(const QString& noun);
QString sideInWords(core::Side side);
QString nextMorningInWords(core::NextMorning value);
QString swellingInWords(core::Swelling value);

// Fixed wording shared by the handouts and the tests.
QString disclaimerText();
QString referralHeadline();

} // namespace glidepath::report
