#pragma once

// A week's plan as plain text for the terminal (glidepath-cli plan --format text): the decision
// and its reasons in the clinician's words, the advice, then each day's exercises with their dose
// and reason. In the language of the installed translation, with the built-in exercises' names
// in that language; rule ids stay in brackets so a clinician can look the rule up.

#include <glidepath/core/plan.h>

#include <QString>

namespace glidepath::report {

QString planText(const core::Plan& plan);

} // namespace glidepath::report
