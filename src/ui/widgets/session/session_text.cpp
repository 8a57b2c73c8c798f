#include "widgets/session/session_text.h"

#include <glidepath/report/handout_text.h>

#include <QCoreApplication>

namespace glidepath::ui {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("Session", text, nullptr, n);
}

} // namespace

QString sessionPhaseText(core::SessionPhase phase)
{
    switch (phase) {
    case core::SessionPhase::GetReady:
        return tr("Get ready");
    case core::SessionPhase::Lift:
        return tr("Up");
    case core::SessionPhase::Hold:
        return tr("Hold");
    case core::SessionPhase::Lower:
        return tr("Down");
    case core::SessionPhase::Rest:
        return tr("Rest");
    case core::SessionPhase::SwitchSide:
        return tr("Change sides");
    case core::SessionPhase::PainCheck:
        return tr("How did that feel?");
    case core::SessionPhase::Finished:
        break;
    }
    return tr("Session done");
}

QString activeSideText(core::ActiveSide side)
{
    switch (side) {
    case core::ActiveSide::Left:
        return tr("Left leg");
    case core::ActiveSide::Right:
        return tr("Right leg");
    case core::ActiveSide::Both:
        break;
    }
    return tr("Both legs");
}

QString countdownText(std::chrono::milliseconds left)
{
    // Rounded up: "0:01" is shown until the very end of the last second.
    const long long seconds = (left.count() + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString progressText(const core::SessionState& state)
{
    const QString set = tr("Set %1 of %2").arg(state.set).arg(state.setsPlanned);
    if (state.repsPlanned <= 1) {
        return set;
    }
    return tr("%1 · Rep %2 of %3").arg(set).arg(state.rep).arg(state.repsPlanned);
}

QString spokenCue(const core::Cue& cue, const core::PlannedExercise* exercise)
{
    switch (cue.kind) {
    case core::CueKind::Exercise:
        if (!exercise) {
            return {};
        }
        return tr("%1. %2, %3.")
            .arg(QString::fromStdString(exercise->name), report::setsText(exercise->sets),
                 report::repsOrHoldText(exercise->reps, exercise->holdSeconds));
    case core::CueKind::Side:
        return activeSideText(cue.side);
    case core::CueKind::Count:
        return QString::number(cue.value);
    case core::CueKind::Rest:
        return tr("Rest, %1.").arg(report::durationText(cue.value));
    case core::CueKind::ExerciseDone:
        return tr("Well done. How did that feel?");
    case core::CueKind::SessionDone:
        return tr("That is the session done. Well done.");
    case core::CueKind::HoldEnd:
    case core::CueKind::HighPain:
        break;
    }
    return {};
}

} // namespace glidepath::ui
