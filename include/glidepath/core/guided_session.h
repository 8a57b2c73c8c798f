#pragma once

// A day's exercises done with Glidepath on the screen: which exercise, set, side and rep comes
// now, paced by the tempo, with hold and rest countdowns. Pure and clock-free: the caller feeds
// elapsed time with advance(), so a test (or the UI's timer) decides how fast time runs.
// What is to be said aloud comes out as cues (data); the words are made outside core.

#include <glidepath/core/client.h>
#include <glidepath/core/plan.h>
#include <glidepath/core/session_log.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::core {

// "up-hold-down" seconds of one repetition, as written in a dose ("2-1-3").
struct RepTempo
{
    int upSeconds = 2;
    int holdSeconds = 0;
    int downSeconds = 2;

    bool operator==(const RepTempo&) const = default;
};
// Nothing when the text is not three whole numbers joined by '-'.
std::optional<RepTempo> parseRepTempo(std::string_view text);

enum class SessionPhase
{
    GetReady,   // a short countdown before an exercise (or its first side)
    Lift,       // the moving part of a repetition, start position towards end position
    Hold,       // held at the end position (the tempo's hold, or a timed hold)
    Lower,      // back to the start position
    Rest,       // between sets
    SwitchSide, // between the sides of a one-sided exercise
    PainCheck,  // the exercise is over; waits for the pain tap (or next) before moving on
    Finished
};

// Which leg works now: both, or one of them.
enum class ActiveSide
{
    Both,
    Left,
    Right
};

struct SessionState
{
    int exerciseIndex = 0;
    int exerciseCount = 0;
    int set = 1; // 1-based
    int setsPlanned = 1;
    int rep = 1; // 1-based; a pure hold has one "rep" per set
    int repsPlanned = 1;
    ActiveSide side = ActiveSide::Both;
    SessionPhase phase = SessionPhase::GetReady;
    std::chrono::milliseconds phaseLeft{0};  // time left in this phase (0 in PainCheck/Finished)
    std::chrono::milliseconds phaseTotal{0}; // the phase's whole length
    bool paused = false;
};

enum class CueKind
{
    Exercise,     // a new exercise starts (exerciseIndex says which)
    Side,         // work on this side now
    Count,        // the last seconds of a hold or rest: 3, 2, 1
    HoldEnd,      // a hold has ended (a short sound)
    Rest,         // rest starts; value = seconds
    ExerciseDone, // ask how it felt
    HighPain,     // a pain above the limit was tapped; value = the pain
    SessionDone
};

struct Cue
{
    CueKind kind = CueKind::Exercise;
    int exerciseIndex = 0;
    int value = 0;
    ActiveSide side = ActiveSide::Both;

    bool operator==(const Cue&) const = default;
};

struct SessionPacing
{
    std::chrono::milliseconds getReady{5000};
    std::chrono::milliseconds switchSide{5000};
    // Rest when the dose gives none; also the shortest rest between sets.
    std::chrono::milliseconds minimumRest{10000};
    int painLimit = 5; // above this a pain tap is flagged at once (the pain-monitoring limit)
    Side firstSide = Side::Left; // for exercises done on each side
};

class GuidedSession
{
public:
    GuidedSession(std::vector<PlannedExercise> exercises, std::optional<Date> plannedDate,
                  SessionPacing pacing = {});

    const SessionState& state() const { return m_state; }
    // The exercise now being done (after any easier swap), or nullptr once finished.
    const PlannedExercise* current() const;
    // 0 at the start position, 1 at the end position: where the figure is within this rep.
    double movement() const;

    // Lets time pass. Nothing happens while paused or waiting for the pain check.
    void advance(std::chrono::milliseconds elapsed);
    void setPaused(bool paused);
    // Ends the current countdown now: get-ready, rest or side switch; in a repetition, counts
    // the current set as done and goes on to what follows it; in the pain check, moves on
    // without a pain score.
    void next();
    // Leaves the rest of this exercise (sets done so far still count) and goes to the next.
    void skipExercise();
    // Back to the start of this exercise, or of the one before if this one has not begun.
    void back();
    // Does the easier version today instead of the current exercise, from its first set. The
    // log keeps the planned exercise with the sets done before the swap (skipped or partly) and
    // the easier one with its own.
    void useEasier(const PlannedExercise& easier);
    // Pain during the exercise just finished (in PainCheck), 0-10; then goes on.
    void recordPain(int pain);
    // Ends the session early (Esc): what was done so far is kept.
    void stop();

    // Cues raised since the last call, oldest first.
    std::vector<Cue> takeCues();

    // The session as a log, as if typed in: one entry per planned exercise in order (done,
    // partly or skipped, sets done, pain), plus the easier versions done instead.
    SessionLog log(Date date, std::optional<int> sessionPain, std::string note) const;

private:
    struct Record
    {
        int setsDone = 0;
        bool skipped = false;
        std::optional<int> pain;
        std::optional<PlannedExercise> easier; // done instead today
        int setsBeforeEasier = 0;              // of the planned exercise, before the swap
    };

    void startExercise(int index);
    void startSet();
    void startRep();
    void enter(SessionPhase phase, std::chrono::milliseconds length);
    void phaseEnded();
    void setFinished();
    void exerciseFinished();
    void raise(CueKind kind, int value = 0);
    std::vector<ActiveSide> sidesOf(const PlannedExercise& exercise) const;
    RepTempo tempoOf(const PlannedExercise& exercise) const;
    bool isHold(const PlannedExercise& exercise) const;

    std::vector<PlannedExercise> m_exercises;
    std::vector<Record> m_records;
    std::optional<Date> m_plannedDate;
    SessionPacing m_pacing;
    SessionState m_state;
    int m_sideIndex = 0;
    std::vector<Cue> m_cues;
};

} // namespace glidepath::core
