#pragma once

// Internal to src/io: one planned exercise (a day's exercise of a plan or of a plan template) in
// JSON, read and written the same way for both (docs/formats.md, "The plan").

#include "json_reader.h"

#include <glidepath/core/plan.h>
#include <glidepath/io/plan_format.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace glidepath::io::detail {

// What a plan demands that a template does not: a plan's exercise names its side and the reason
// it was chosen; a template may leave both out (they default to both legs and no reason).
enum class PlannedExerciseRules
{
    Plan,
    Template
};

// Problems go to issues with their JSON pointers; the result holds what could be read.
core::PlannedExercise readPlannedExercise(const nlohmann::json& value, const std::string& pointer,
                                          std::vector<FormatIssue>& issues,
                                          PlannedExerciseRules rules);

// reps and hold_seconds only when above 0, load only when the exercise has one; `words` fills
// the reason's "text" (empty: values only).
nlohmann::ordered_json plannedExerciseJson(const core::PlannedExercise& planned,
                                           const ReasonWords& words);

} // namespace glidepath::io::detail
