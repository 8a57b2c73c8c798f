#pragma once

// A week's plan as plain text for the terminal (glidepath-cli plan --format text): the decision
// and its reasons in the clinician's words, the advice, then each day's exercises with their dose
// and reason. In the language of the installed translation, with the built-in exercises' names
// in that language; rule ids stay in brackets so a clinician can look the rule up.

#include <glidepath/core/exercise.h>
#include <glidepath/core/plan.h>

#include <QString>

#include <span>

namespace glidepath::report {

// library: the exercises the plan was made from, which say whose time is walking, running or
// movement kept up (timedWork); without it every hold reads as a hold.
QString planText(const core::Plan& plan, std::span<const core::Exercise> library = {});

} // namespace glidepath::report
