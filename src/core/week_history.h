#pragma once

// Internal to src/core: what the run of check-ins and the previous plan say beyond this week's
// light — runs of green and red weeks, escalation to a clinician, and the restart after a
// referral.

#include <glidepath/core/progression_steps.h>

#include <span>
#include <string>
#include <vector>

namespace glidepath::core::detail {

// Green weeks in a row before the latest check-in, counted over the check-ins alone. A green
// week with too few sessions done neither counts nor breaks the run.
int greenRunBefore(std::span<const CheckIn> checkins, const ProgressionRules& rules);

// Red weeks in a row up to and including the latest check-in. With no earlier red check-in to
// look at, a previous plan made in a red week counts as the week before.
int redRun(std::span<const CheckIn> checkins, const Plan* previousPlan,
           const ProgressionRules& rules);
std::vector<Date> redRunDates(std::span<const CheckIn> checkins, int run);

// escalate.persistent and escalate.amber_run: reasons and the advice to book a review.
void escalate(WeekAssessment& out, std::span<const CheckIn> checkins,
              const ProgressionRules& rules);

bool hasRule(const Plan& plan, std::string_view rule);

// The latest clinician review dated on or after since, or null.
const ClinicianReview* reviewSince(const PlanRequest& request, Date since);

// refer.red_flag (awaiting review): the flags of last week's referral that need a same-day
// assessment (DVT signs, possible SCFE, ...) and have no clinician review recorded since. Their
// all-clear comes from a clinician, not from the client answering "no" a week later.
std::vector<RedFlag> flagsAwaitingReview(const PlanRequest& request, const Plan& previous);

// The referral red flags as advice, same-day ones first and marked so.
void referralAdvice(WeekAssessment& out);

// Plain-words education and activity advice for the week (load management, activity while
// irritable, running volume for runners, supported balance).
void educationAdvice(WeekAssessment& out, const PlanRequest& request,
                     const ProgressionRules& rules);

// What an amber week waits for, named after the rules that made it amber.
Reason amberBlockers(const std::vector<Reason>& reasons, const ProgressionRules& rules);

// An amber week made only by named exercises hurting (3-5/10): the others may still progress
// (action.progress.per_exercise), closer to the pain-monitoring model than holding everything.
bool amberFromNamedExercises(const std::vector<Reason>& reasons, const CheckIn& latest,
                             const ProgressionRules& rules);

// refer.restart: the phase of the first plan after a referral plan, with its reason and advice.
int restartPhase(WeekAssessment& out, const PlanRequest& request, const Plan& previous,
                 const ProgressionRules& rules);

} // namespace glidepath::core::detail
