#pragma once

// Internal to src/core: the return-to-run pathway of a running goal (run.entry, run.advance).
// Walk-run work (gait exercises tagged with the running goal) comes in only when last week showed
// the entry criteria, and stays only while the morning after running is settled.

#include <glidepath/core/progression_steps.h>

namespace glidepath::core::detail {

// Whether a gait exercise is running work: walk-run intervals and the like.
bool isRunningWork(const Exercise& exercise);

// Sets out.runOpen and adds the run.entry or run.advance reason for a client with a running
// goal; for other clients walk-run stays closed and nothing is said. Call once the week's
// light, action and phase are decided.
void decideRunPathway(WeekAssessment& out, const PlanRequest& request, const LibraryIndex& library,
                      const ProgressionRules& rules);

} // namespace glidepath::core::detail
