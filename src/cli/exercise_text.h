#pragma once

// Plain-text output of exercises for the terminal.

#include <glidepath/core/exercise.h>

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::cli {

// "3 × 10, 3 s hold, tempo 2-1-3, rest 45 s"; a pure hold reads "3 × 30 s hold, rest 45 s" and
// movement kept up (timing continuous) "1 × 60 s moving, rest 45 s".
std::string doseText(const core::Dose& dose, core::Timing timing = core::Timing::Hold);
// "sets 1-3, reps 8-15, hold 0-10 s", leaving out ranges that do not apply.
std::string doseLimitsText(const core::DoseLimits& limits);
// "1-3", or "2" when the range is one phase.
std::string phasesText(const core::Exercise& exercise);

// An aligned table: name, id, category, phases, knee flexion, impact, equipment.
void printExerciseTable(std::ostream& out, const std::vector<core::Exercise>& exercises);

// Every field, readably. nameOf gives the name of a neighbour id ("" when unknown).
void printExerciseDetails(std::ostream& out, const core::Exercise& exercise,
                          const std::function<std::string(const std::string&)>& nameOf);

// Display width of UTF-8 text, counted in code points.
std::size_t displayWidth(std::string_view text);

} // namespace glidepath::cli
