#include "widgets/session/session_text.h"

#include "exercise_language.h"

#include <glidepath/report/handout_text.h>

#include <QCoreApplication>

namespace glidepath::ui {

namespace {

// A context of its own for lupdate and at run time (a free tr() would be filed under the
// namespace by lupdate and never found).
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)
};

} // namespace

QString sessionPhaseText(core::SessionPhase phase, report::TimedWork timed)
{
    switch (phase) {
    case core::SessionPhase::GetReady:
        return Session::tr("Get ready");
    case core::SessionPhase::Lift:
        return Session::tr("Up");
    case core::SessionPhase::Hold:
        switch (timed) {
        case report::TimedWork::Walk:
            return Session::tr("Walk", "session phase of a timed walk");
        case report::TimedWork::Run:
            return Session::tr("Run", "session phase of a timed run");
        case report::TimedWork::Move:
            // Movement kept up for the time (the Hundred's arm pumps): not a still hold.
            return Session::tr("Move", "session phase of movement kept up for a time");
        case report::TimedWork::None:
            break;
        }
        return Session::tr("Hold");
    case core::SessionPhase::Lower:
        return Session::tr("Down");
    case core::SessionPhase::Rest:
        return Session::tr("Rest");
    case core::SessionPhase::SwitchSide:
        return Session::tr("Change sides");
    case core::SessionPhase::PainCheck:
        return Session::tr("How did that feel?");
    case core::SessionPhase::Finished:
        break;
    }
    return Session::tr("Session done");
}

QString activeSideText(core::ActiveSide side)
{
    switch (side) {
    case core::ActiveSide::Left:
        return Session::tr("Left leg");
    case core::ActiveSide::Right:
        return Session::tr("Right leg");
    case core::ActiveSide::Both:
        break;
    }
    return Session::tr("Both legs");
}

QString countdownText(std::chrono::milliseconds left)
{
    // Rounded up: "0:01" is shown until the very end of the last second.
    const long long seconds = (left.count() + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString progressText(const core::SessionState& state)
{
    const QString set = Session::tr("Set %1 of %2").arg(state.set).arg(state.setsPlanned);
    if (state.repsPlanned <= 1) {
        return set;
    }
    return Session::tr("%1 · Rep %2 of %3").arg(set).arg(state.rep).arg(state.repsPlanned);
}

QString spokenCue(const core::Cue& cue, const core::PlannedExercise* exercise,
                  report::TimedWork timed)
{
    switch (cue.kind) {
    case core::CueKind::Exercise:
        if (!exercise) {
            return {};
        }
        if (timed != report::TimedWork::None && exercise->holdSeconds > 0) {
            // "Brisk walk. Walk 4 min, twice.", "Hundred. Keep moving for 1 min.", not
            // "2 sets, hold 4 min".
            return Session::tr("%1. %2.", "exercise. what to do")
                .arg(exerciseName(*exercise), report::workText(*exercise, timed));
        }
        return Session::tr("%1. %2, %3.")
            .arg(exerciseName(*exercise), report::setsText(exercise->sets),
                 report::repsOrHoldText(exercise->reps, exercise->holdSeconds));
    case core::CueKind::Side:
        return activeSideText(cue.side);
    case core::CueKind::Count:
        return QString::number(cue.value);
    case core::CueKind::Rest:
        return Session::tr("Rest, %1.").arg(report::durationText(cue.value));
    case core::CueKind::ExerciseDone:
        return Session::tr("Well done. How did that feel?");
    case core::CueKind::SessionDone:
        return Session::tr("That is the session done. Well done.");
    case core::CueKind::HoldEnd:
    case core::CueKind::HighPain:
        break;
    }
    return {};
}

} // namespace glidepath::ui
