#pragma once

// The plan request and the plan, as JSON (docs/formats.md, "Plan request and plan").
//   request: {"format": "glidepath-plan-request", "version": 1, "week_start": ..., "client": {...},
//             "screening": {"red_flags": [...]}, "checkins": [...], "previous_plan": null | plan}
//   plan:    {"format": "glidepath-plan", "version": 1, "week_start": ..., "decision": {...},
//             "advice": [...], "days": [7 days], "overrides": [...]}
// A written plan can be fed back as a request's previous_plan unchanged.

#include <glidepath/core/plan.h>
#include <glidepath/io/format_error.h>

#include <functional>
#include <string>
#include <string_view>

namespace glidepath::io {

inline constexpr int kPlanRequestFormatVersion = 1;
// Version 2 writes reasons, advice items and exercise reasons as data ({"rule", "values",
// "text"}); version 1 plans (reasons with words only, advice and exercise reasons as strings)
// are still read, their words kept as stored words (core::Reason::text).
inline constexpr int kPlanFormatVersion = 2;
inline constexpr int kOldestPlanFormatVersion = 1;

// The words for a reason (report::clinicianText), given by a caller above io; io cannot make
// them (no Qt). Without it, a written plan carries no "text" for reasons that are data.
using ReasonWords = std::function<std::string(const core::Reason&)>;

// Throws FormatError listing every problem, each named by its JSON pointer ("/checkins/0/
// pain_rest") with its line: syntax, wrong format or version, missing, mistyped, unknown or
// out-of-range fields, check-ins out of date order or after week_start, and a previous plan that
// does not come before week_start.
core::PlanRequest parsePlanRequest(std::string_view json);
std::string writePlanRequest(const core::PlanRequest& request);

// A plan document as writePlan writes it. Throws FormatError like parsePlanRequest.
core::Plan parsePlan(std::string_view json);
// Deterministic: the same plan always gives the same bytes (fields in a fixed order).
std::string writePlan(const core::Plan& plan, const ReasonWords& words = {});

} // namespace glidepath::io
