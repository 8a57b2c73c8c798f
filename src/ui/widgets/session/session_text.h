#pragma once

// The guided session's words, on screen and spoken: made here from the session's data (core
// knows no words), all through tr() (context "Session").

#include <glidepath/core/guided_session.h>
#include <glidepath/report/handout_text.h>

#include <QString>

namespace glidepath::ui {

// "Get ready", "Hold", "Rest", …; a timed walk's hold is "Walk" (a run's "Run", movement kept up
// "Move").
QString sessionPhaseText(core::SessionPhase phase, report::TimedWork timed);
QString activeSideText(core::ActiveSide side);         // "Left leg", "Right leg", "Both legs"
QString countdownText(std::chrono::milliseconds left); // "0:25"
QString progressText(const core::SessionState& state); // "Set 2 of 3 · Rep 4 of 10"
// What is said aloud for a cue, or nothing when the cue is not spoken.
// timed: how long to walk, run or keep moving rather than a hold (report::timedWork of the library
// exercise).
QString spokenCue(const core::Cue& cue, const core::PlannedExercise* exercise,
                  report::TimedWork timed);

} // namespace glidepath::ui
