// The guided session's timing, order, sides, cues and the log it leaves, driven by a test clock
// (advance()), never by real time.

#include <glidepath/core/guided_session.h>

#include <gtest/gtest.h>

using namespace glidepath::core;
using namespace std::chrono_literals;

namespace {

PlannedExercise reps(std::string id, int sets, int count, std::string tempo, int rest,
                     WorkSide side = WorkSide::Both)
{
    PlannedExercise e;
    e.id = std::move(id);
    e.name = e.id;
    e.sets = sets;
    e.reps = count;
    e.tempo = std::move(tempo);
    e.restSeconds = rest;
    e.side = side;
    return e;
}

PlannedExercise hold(std::string id, int sets, int seconds, int rest,
                     WorkSide side = WorkSide::Both)
{
    PlannedExercise e = reps(std::move(id), sets, 0, "", rest, side);
    e.holdSeconds = seconds;
    return e;
}

SessionPacing fast()
{
    SessionPacing pacing;
    pacing.getReady = 2s;
    pacing.switchSide = 3s;
    pacing.minimumRest = 5s;
    return pacing;
}

std::vector<CueKind> kinds(const std::vector<Cue>& cues)
{
    std::vector<CueKind> out;
    for (const Cue& cue : cues) {
        out.push_back(cue.kind);
    }
    return out;
}

const Date kMonday{std::chrono::year{2026} / 12 / 7};

} // namespace

TEST(RepTempo, ReadsUpHoldDownAndRefusesAnythingElse)
{
    EXPECT_EQ(parseRepTempo("2-1-3"), (RepTempo{2, 1, 3}));
    EXPECT_EQ(parseRepTempo("0-0-4"), (RepTempo{0, 0, 4}));
    for (const char* bad : {"", "2-1", "2-1-3-1", "a-1-3", "2--3", "-1-2-3", "2 -1-3"}) {
        EXPECT_FALSE(parseRepTempo(bad).has_value()) << bad;
    }
}

TEST(GuidedSession, RepsArePacedByTheTempoAndSetsAreSeparatedByTheRest)
{
    GuidedSession session({reps("squat", 2, 3, "2-1-3", 20)}, kMonday, fast());
    EXPECT_EQ(session.state().phase, SessionPhase::GetReady);
    session.advance(2s);
    EXPECT_EQ(session.state().phase, SessionPhase::Lift);
    EXPECT_EQ(session.state().rep, 1);
    session.advance(1s);
    EXPECT_DOUBLE_EQ(session.movement(), 0.5) << "halfway up after 1 s of a 2 s lift";
    session.advance(1s);
    EXPECT_EQ(session.state().phase, SessionPhase::Hold);
    session.advance(1s);
    EXPECT_EQ(session.state().phase, SessionPhase::Lower);
    session.advance(3s);
    EXPECT_EQ(session.state().rep, 2) << "one rep lasts 2 + 1 + 3 s";
    session.advance(12s);
    EXPECT_EQ(session.state().phase, SessionPhase::Rest);
    EXPECT_EQ(session.state().set, 2);
    EXPECT_EQ(session.state().phaseTotal, 20s);
    session.advance(20s + 18s);
    EXPECT_EQ(session.state().phase, SessionPhase::PainCheck);
    const auto log = session.log(kMonday, std::nullopt, "");
    ASSERT_EQ(log.entries.size(), 1u);
    EXPECT_EQ(log.entries[0].status, LogStatus::Done);
    EXPECT_EQ(log.entries[0].setsDone, 2);
}

TEST(GuidedSession, OneSidedExercisesSwitchSidesStartingWithTheChosenSide)
{
    SessionPacing pacing = fast();
    pacing.firstSide = Side::Right;
    GuidedSession session({hold("side-plank", 2, 10, 15, WorkSide::Each)}, kMonday, pacing);
    EXPECT_EQ(session.state().side, ActiveSide::Right);
    session.advance(2s + 10s);
    EXPECT_EQ(session.state().phase, SessionPhase::SwitchSide);
    EXPECT_EQ(session.state().side, ActiveSide::Left);
    EXPECT_EQ(session.state().set, 1) << "a set is both sides";
    session.advance(3s + 10s);
    EXPECT_EQ(session.state().phase, SessionPhase::Rest);
    EXPECT_EQ(session.state().set, 2);
    EXPECT_EQ(session.state().side, ActiveSide::Right);
    session.advance(15s + 10s + 3s + 10s);
    EXPECT_EQ(session.state().phase, SessionPhase::PainCheck);
}

TEST(GuidedSession, CuesAnnounceTheExerciseSidesCountdownsAndTheEndOfAHold)
{
    GuidedSession session({hold("bridge-hold", 1, 6, 0, WorkSide::Left)}, kMonday, fast());
    EXPECT_EQ(kinds(session.takeCues()), (std::vector{CueKind::Exercise, CueKind::Side}));
    session.advance(2s); // get-ready ends: counts only when more than the count is left
    session.takeCues();
    session.advance(6s);
    const auto cues = session.takeCues();
    EXPECT_EQ(kinds(cues), (std::vector{CueKind::Count, CueKind::Count, CueKind::Count,
                                        CueKind::HoldEnd, CueKind::ExerciseDone}));
    EXPECT_EQ(cues[0].value, 3);
    EXPECT_EQ(cues[2].value, 1);
}

TEST(GuidedSession, PauseStopsTheClockAndNextEndsARestEarly)
{
    GuidedSession session({reps("clam", 2, 1, "1-0-1", 30)}, kMonday, fast());
    session.setPaused(true);
    session.advance(60s);
    EXPECT_EQ(session.state().phase, SessionPhase::GetReady);
    EXPECT_EQ(session.state().phaseLeft, 2s);
    session.setPaused(false);
    session.advance(2s + 2s);
    ASSERT_EQ(session.state().phase, SessionPhase::Rest);
    session.next();
    EXPECT_EQ(session.state().phase, SessionPhase::Lift);
    EXPECT_EQ(session.state().set, 2);
}

TEST(GuidedSession, SkipBackAndTheEasierVersionAreKeptInTheLog)
{
    PlannedExercise easier = reps("mini-squat", 2, 8, "2-0-2", 10);
    GuidedSession session({reps("clam", 2, 2, "1-0-1", 5), reps("split-squat", 3, 8, "2-0-2", 30),
                           reps("bridge", 2, 2, "1-0-1", 5)},
                          kMonday, fast());
    session.advance(2s + 4s); // clam set 1
    session.skipExercise();   // leaves clam after one set
    EXPECT_EQ(session.state().exerciseIndex, 1);
    session.useEasier(easier); // split squat hurts: easier version today
    EXPECT_EQ(session.current()->id, "mini-squat");
    EXPECT_EQ(session.state().setsPlanned, 2);
    session.advance(2s + 8 * 4s + 10s + 8 * 4s);
    ASSERT_EQ(session.state().phase, SessionPhase::PainCheck);
    session.recordPain(3);
    EXPECT_EQ(session.state().exerciseIndex, 2);
    session.back(); // bridge has not begun: back to the easier squat
    EXPECT_EQ(session.state().exerciseIndex, 1);
    EXPECT_EQ(session.current()->id, "mini-squat");
    session.skipExercise();
    session.stop(); // Esc: the bridge was never done

    const auto log = session.log(kMonday, 2, "felt fine");
    ASSERT_EQ(log.entries.size(), 4u);
    EXPECT_EQ(log.entries[0].exerciseId, "clam");
    EXPECT_EQ(log.entries[0].status, LogStatus::Partly);
    EXPECT_EQ(log.entries[0].setsDone, 1);
    EXPECT_EQ(log.entries[1].exerciseId, "split-squat");
    EXPECT_EQ(log.entries[1].status, LogStatus::Skipped);
    EXPECT_EQ(log.entries[2].exerciseId, "mini-squat");
    EXPECT_EQ(log.entries[2].status, LogStatus::Done);
    EXPECT_EQ(log.entries[2].painDuring, 3);
    EXPECT_EQ(log.entries[3].exerciseId, "bridge");
    EXPECT_EQ(log.entries[3].status, LogStatus::Skipped);
    EXPECT_EQ(log.sessionPain, 2);
    EXPECT_EQ(log.plannedDate, kMonday);
    EXPECT_EQ(log.note, "felt fine");
}

TEST(GuidedSession, PainAboveTheLimitIsFlaggedAtOnce)
{
    GuidedSession session({reps("step-up", 1, 1, "1-0-1", 0), reps("clam", 1, 1, "1-0-1", 0)},
                          kMonday, fast());
    session.advance(2s + 2s);
    session.takeCues();
    session.recordPain(7);
    const auto cues = session.takeCues();
    ASSERT_FALSE(cues.empty());
    EXPECT_EQ(cues[0].kind, CueKind::HighPain);
    EXPECT_EQ(cues[0].value, 7);
    EXPECT_EQ(cues[0].exerciseIndex, 0);
    session.advance(2s + 2s);
    session.recordPain(1);
    EXPECT_EQ(session.state().phase, SessionPhase::Finished);
    EXPECT_EQ(session.log(kMonday, std::nullopt, "").sessionPain, 7) << "the worst tap";
}

TEST(GuidedSession, AZeroTempoNeverLetsRepsPassInNoTime)
{
    GuidedSession session({reps("odd", 1, 3, "0-0-0", 0)}, kMonday, fast());
    session.advance(2s);
    EXPECT_EQ(session.state().phase, SessionPhase::Lift);
    EXPECT_EQ(session.state().rep, 1);
}
