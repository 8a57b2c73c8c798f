// The plain words printed on the handouts.

#include "report/german_scope.h"
#include "report/sample_plan.h"

#include <glidepath/io/library_format.h>
#include <glidepath/report/handout_text.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <vector>

namespace glidepath::report {
namespace {

// Numbers and units are joined by no-break spaces; compare with plain ones.
std::string plain(const QString& text)
{
    QString copy = text;
    copy.replace(QChar(0x00a0), QLatin1Char(' '));
    return copy.toStdString();
}

TEST(HandoutText, TempoInWords)
{
    EXPECT_EQ(plain(tempoInWords("2-1-3")), "Up 2 s, pause 1 s, down 3 s");
    EXPECT_EQ(plain(tempoInWords("3-0-2")), "Up 3 s, down 2 s");
    EXPECT_EQ(plain(tempoInWords("")), "Smooth and steady");
    EXPECT_EQ(plain(tempoInWords("explosive")), "explosive");
    EXPECT_EQ(plain(tempoInWords("2-1")), "2-1");
    EXPECT_EQ(plain(tempoInWords("2-1-3-4")), "2-1-3-4");
    EXPECT_EQ(plain(tempoInWords("2--3")), "2--3");
}

TEST(HandoutText, DurationsAndDoses)
{
    EXPECT_EQ(plain(durationText(45)), "45 s");
    EXPECT_EQ(plain(durationText(60)), "1 min");
    EXPECT_EQ(plain(durationText(90)), "1 min 30 s");
    EXPECT_EQ(plain(setsText(1)), "1 set");
    EXPECT_EQ(plain(setsText(3)), "3 sets");
    EXPECT_EQ(plain(repsOrHoldText(10, 0)), "10 reps");
    EXPECT_EQ(plain(repsOrHoldText(0, 30)), "hold 30 s");
    EXPECT_EQ(plain(repsOrHoldText(10, 3)), "10 reps, hold 3 s each");
    const core::PlannedExercise p =
        testing::planned("x", "X", 3, 12, 0, "2-0-2", 60, core::WorkSide::Each);
    EXPECT_EQ(plain(doseLine(p, core::Laterality::Unilateral, TimedWork::None)),
              "3 sets × 12 reps · up 2 s, down 2 s · rest 1 min · each leg");
}

// A hold follows the sets mid-line, so it reads in lower case, not "2 sets × Hold 50 s".
TEST(HandoutText, AHoldReadsInLowerCaseAfterTheSets)
{
    const core::PlannedExercise p =
        testing::planned("x", "X", 2, 0, 50, "", 0, core::WorkSide::Both);
    const std::string line = plain(doseLine(p, core::Laterality::Bilateral, TimedWork::None));
    EXPECT_EQ(line.rfind("2 sets × hold 50 s", 0), 0u) << line;
    EXPECT_EQ(line.find("Hold"), std::string::npos) << line;
}

core::PlannedExercise asPlanned(const core::Exercise& e)
{
    return testing::planned(e.id, e.name, e.dose.sets, e.dose.reps, e.dose.holdSeconds,
                            e.dose.tempo, e.dose.restSeconds);
}

// The rule comes from the library, not from one exercise: in every gait exercise the hold is
// how long to keep walking (or running, for the running goal's intervals), in every exercise the
// library marks continuous how long to keep moving; every other hold is a held position and
// keeps its "hold".
TEST(HandoutText, EveryTimedDoseReadsAsMovementAndEveryOtherHoldAsAHold)
{
    int timed = 0;
    int moving = 0;
    int holds = 0;
    for (const core::Exercise& e : io::builtinLibrary().exercises) {
        if (e.dose.holdSeconds <= 0) {
            continue;
        }
        const std::string work = plain(workText(asPlanned(e), timedWork(&e)));
        if (e.category == core::Category::Gait) {
            ++timed;
            EXPECT_EQ(work.find("hold"), std::string::npos) << e.id << ": " << work;
            const std::string verb = e.serves(core::Goal::Running) ? "Run " : "Walk ";
            EXPECT_EQ(work.rfind(verb, 0), 0u) << e.id << ": " << work;
        } else if (e.timing == core::Timing::Continuous) {
            ++moving;
            EXPECT_EQ(timedWork(&e), TimedWork::Move) << e.id;
            EXPECT_EQ(work.rfind("Keep moving for ", 0), 0u) << e.id << ": " << work;
            EXPECT_EQ(work.find("hold"), std::string::npos) << e.id << ": " << work;
        } else {
            ++holds;
            EXPECT_EQ(timedWork(&e), TimedWork::None) << e.id;
            EXPECT_NE(work.find("hold"), std::string::npos) << e.id << ": " << work;
        }
    }
    EXPECT_GE(timed, 2);  // brisk walk, walk-run intervals
    EXPECT_EQ(moving, 3); // the Hundred, the modified Hundred, kneecap glides
    EXPECT_GE(holds, 20); // stretches, planks, wall sit, balance
    EXPECT_EQ(timedWork(nullptr), TimedWork::None);
}

TEST(HandoutText, TimedWalkingAndRunningInPlainWords)
{
    const io::LibraryDocument& library = io::builtinLibrary();
    const auto find = [&](std::string_view id) -> const core::Exercise& {
        const auto it = std::find_if(library.exercises.begin(), library.exercises.end(),
                                     [&](const core::Exercise& e) { return e.id == id; });
        EXPECT_NE(it, library.exercises.end()) << id;
        return *it;
    };
    const core::Exercise& walk = find("brisk-walk");
    ASSERT_EQ(timedWork(&walk), TimedWork::Walk);
    core::PlannedExercise p = testing::planned("brisk-walk", "Brisk walk", 2, 0, 240, "", 30);
    EXPECT_EQ(plain(workText(p, TimedWork::Walk)), "Walk 4 min, twice");
    EXPECT_EQ(plain(doseLine(p, walk.laterality, TimedWork::Walk)),
              "Walk 4 min, twice · rest 30 s between walks · both legs");
    p.sets = 1;
    EXPECT_EQ(plain(workText(p, TimedWork::Walk)), "Walk 4 min");
    // One walk: nothing to rest between.
    EXPECT_EQ(plain(doseLine(p, walk.laterality, TimedWork::Walk)), "Walk 4 min · both legs");
    p.sets = 3;
    p.holdSeconds = 150;
    EXPECT_EQ(plain(workText(p, TimedWork::Walk)), "Walk 2 min 30 s, 3 times");

    // Intervals: the reps are the rounds.
    const core::Exercise& run = find("walk-run-intervals");
    ASSERT_EQ(timedWork(&run), TimedWork::Run);
    core::PlannedExercise intervals = asPlanned(run);
    intervals.sets = 1;
    intervals.reps = 6;
    intervals.holdSeconds = 60;
    EXPECT_EQ(plain(workText(intervals, TimedWork::Run)), "Run 1 min, 6 times");
    EXPECT_EQ(plain(restText(intervals, TimedWork::Run)), "rest 1 min between runs");
    intervals.sets = 2;
    EXPECT_EQ(plain(workText(intervals, TimedWork::Run)), "Run 1 min, 6 times · 2 sets");

    // A gait exercise counted in reps keeps its reps.
    const core::Exercise& marching = find("marching-walk");
    EXPECT_EQ(plain(workText(asPlanned(marching), timedWork(&marching))), "3 sets × 10 reps");
}

// The Hundred pumps the arms for its time and kneecap glides keep gliding: "Keep moving for",
// never "hold", and their rest falls between rounds.
TEST(HandoutText, MovementKeptUpReadsAsKeepMoving)
{
    const io::LibraryDocument& library = io::builtinLibrary();
    for (std::string_view id : {"hundred", "modified-hundred", "kneecap-glides"}) {
        const auto it = std::find_if(library.exercises.begin(), library.exercises.end(),
                                     [&](const core::Exercise& e) { return e.id == id; });
        ASSERT_NE(it, library.exercises.end()) << id;
        EXPECT_EQ(it->timing, core::Timing::Continuous) << id;
        EXPECT_EQ(timedWork(&*it), TimedWork::Move) << id;
    }
    core::PlannedExercise p = testing::planned("hundred", "Hundred", 2, 0, 50, "", 45);
    EXPECT_EQ(plain(workText(p, TimedWork::Move)), "Keep moving for 50 s, twice");
    EXPECT_EQ(plain(restText(p, TimedWork::Move)), "rest 45 s between rounds");
    EXPECT_EQ(plain(doseLine(p, core::Laterality::Bilateral, TimedWork::Move)),
              "Keep moving for 50 s, twice · rest 45 s between rounds · both legs");
    p.sets = 1;
    EXPECT_EQ(plain(workText(p, TimedWork::Move)), "Keep moving for 50 s");
    EXPECT_EQ(plain(restText(p, TimedWork::Move)), "");
    EXPECT_EQ(plain(doseLine(p, core::Laterality::Bilateral, TimedWork::Move)),
              "Keep moving for 50 s · both legs");
    p.sets = 3;
    p.holdSeconds = 90;
    EXPECT_EQ(plain(workText(p, TimedWork::Move)), "Keep moving for 1 min 30 s, 3 times");
    // Held work keeps its plain rest.
    EXPECT_EQ(plain(restText(p, TimedWork::None)), "rest 45 s");
    p.restSeconds = 0;
    EXPECT_EQ(plain(restText(p, TimedWork::Move)), "");
}

TEST(HandoutText, Sides)
{
    EXPECT_EQ(plain(sideText(core::WorkSide::Both, core::Laterality::Bilateral)), "Both legs");
    EXPECT_EQ(plain(sideText(core::WorkSide::Both, core::Laterality::Alternating)),
              "Alternate legs");
    EXPECT_EQ(plain(sideText(core::WorkSide::Both, core::Laterality::Unilateral)), "Each leg");
    EXPECT_EQ(plain(sideText(core::WorkSide::Left, core::Laterality::Unilateral)), "Left leg only");
    EXPECT_EQ(plain(sideText(core::WorkSide::Right, core::Laterality::Bilateral)),
              "Right leg only");
}

TEST(HandoutText, Dates)
{
    using testing::day;
    EXPECT_EQ(plain(longDate(day(2025, 3, 3))), "Monday 3 March 2025");
    EXPECT_EQ(plain(shortDate(day(2025, 2, 9))), "9 Feb 2025");
    EXPECT_EQ(plain(dateRange(day(2025, 3, 3), day(2025, 3, 9))), "3 to 9 March 2025");
    EXPECT_EQ(plain(dateRange(day(2025, 4, 28), day(2025, 5, 4))), "28 April to 4 May 2025");
    EXPECT_EQ(plain(dateRange(day(2025, 12, 29), day(2026, 1, 4))),
              "29 December 2025 to 4 January 2026");
    EXPECT_EQ(plain(shortWeekdayName(day(2025, 3, 9))), "Sun");
    EXPECT_EQ(plain(shortDayMonth(day(2026, 11, 23))), "23 Nov");
}

TEST(HandoutText, ReasonsAreShortenedForClients)
{
    EXPECT_EQ(plain(simplifyReason("pain during exercise was 4/10 (amber, limit 5). Rest pain "
                                   "unchanged.")),
              "Pain during exercise was 4/10.");
    EXPECT_EQ(plain(simplifyReason("  swelling is new ")), "Swelling is new.");
    EXPECT_EQ(plain(simplifyReason("")), "");
}

TEST(HandoutText, StopIfLinesAddOneLinePerPrecaution)
{
    core::ProgressionRules rules;
    rules.amberMaxExercisePain = 4;
    const QStringList general = stopIfLines(nullptr, rules);
    ASSERT_EQ(general.size(), 3);
    EXPECT_EQ(plain(general[1]), "Pain goes above 4 out of 10");
    core::Exercise exercise;
    exercise.precautions = {core::Precaution::Kneeling, core::Precaution::Impact,
                            core::Precaution::Balance};
    const QStringList lines = stopIfLines(&exercise, rules);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(lines[3].contains(QStringLiteral("Kneeling")));
    EXPECT_TRUE(lines[5].contains(QStringLiteral("unsteady")));
}

TEST(HandoutText, DecisionsInPlainWords)
{
    core::Decision decision;
    decision.action = core::Action::Hold;
    decision.light = core::Light::None;
    EXPECT_TRUE(decisionForClient(decision).contains(QStringLiteral("starting point")));
    decision.light = core::Light::Amber;
    EXPECT_TRUE(decisionForClient(decision).contains(QStringLiteral("Keep the same")));
    decision.action = core::Action::Regress;
    EXPECT_TRUE(decisionForClient(decision).contains(QStringLiteral("a little easier")));
    decision.action = core::Action::Refer;
    EXPECT_TRUE(decisionForClient(decision).contains(QStringLiteral("doctor or physiotherapist")));
    EXPECT_EQ(plain(phaseInWords(2)), "Stage 2 of 4: build strength");
    EXPECT_EQ(plain(phaseInWords(7)), "Stage 7");
}

// A first plan has no "same exercises" to keep, whatever the week's light; the engine marks it
// with plan.first (green) or action.hold.amber's "case" (amber).
TEST(HandoutText, AFirstPlanReadsAsAStartingPointInEveryLight)
{
    core::Decision decision;
    decision.action = core::Action::Hold;
    decision.light = core::Light::Amber;
    decision.reasons.push_back({"action.hold.amber", {{"case", core::value::word("first")}}});
    EXPECT_TRUE(decisionForClient(decision).contains(QStringLiteral("starting point")));
    decision.reasons.back().values["case"] = core::value::word("restart");
    EXPECT_TRUE(decisionForClient(decision).contains(QStringLiteral("starts again gently")));
    decision.light = core::Light::Green;
    decision.reasons = {{"plan.first", {{"case", core::value::word("first")}}}};
    EXPECT_TRUE(decisionForClient(decision).contains(QStringLiteral("starting point")));
    EXPECT_EQ(weekInSentence(decision).toStdString(), "a gentle start");
    decision.reasons = {{"action.hold.too_hard"}};
    EXPECT_TRUE(decisionForClient(decision).contains(QStringLiteral("Keep the same")));
    EXPECT_EQ(weekInSentence(decision).toStdString(), "stay at this level");
}

// "This week: stay at this level" in English; German keeps its nouns' capitals ("Stufe"), so the
// words inside the sentence are their own translation, not a lower-cased title.
TEST(HandoutText, TheActionInsideASentenceKeepsGermanNounsCapitalised)
{
    const std::array actions{core::Action::Progress, core::Action::Hold, core::Action::Regress,
                             core::Action::Refer};
    std::vector<QString> english;
    for (const core::Action action : actions) {
        english.push_back(actionInSentence(action));
    }
    EXPECT_EQ(english[1].toStdString(), "stay at this level");
    const test::GermanScope german;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const QString words = actionInSentence(actions[i]);
        EXPECT_FALSE(words.isEmpty());
        EXPECT_NE(words, english[i]) << "not translated: " << words.toStdString();
    }
    EXPECT_TRUE(actionInSentence(core::Action::Hold).contains(QStringLiteral("Stufe")));
}

TEST(HandoutText, EveryPositionHasWords)
{
    for (core::Position position : core::allValues<core::Position>()) {
        EXPECT_FALSE(positionInWords(position).isEmpty()) << core::toString(position);
    }
    for (core::Equipment item : core::allValues<core::Equipment>()) {
        EXPECT_FALSE(equipmentInWords(item).isEmpty()) << core::toString(item);
    }
}

} // namespace
} // namespace glidepath::report
