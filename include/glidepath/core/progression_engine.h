#pragma once

// The progression engine: plain structs in, a plan out. Deterministic: the same request, library
// and rules give the same plan. Rules are data (data/rules/progression.json, read by io).
// ProgressionRules is defined in progression_rules.h; its defaults equal the shipped rules file.

#include <glidepath/core/exercise.h>
#include <glidepath/core/plan.h>
#include <glidepath/core/progression_rules.h>

#include <span>

namespace glidepath::core {

Plan generatePlan(const PlanRequest& request, std::span<const Exercise> library,
                  const ProgressionRules& rules = {});

} // namespace glidepath::core
