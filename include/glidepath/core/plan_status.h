#pragma once

#include <glidepath/core/client.h>
#include <glidepath/core/plan.h>

#include <span>
#include <vector>

namespace glidepath::core {

// A red flag answered yes stops the exercise plan at once, not only the next one: a saved plan
// with exercises is superseded (not to be followed, printed or handed out as the current plan)
// while a flag stands. A flag stands when it was answered yes at screening or at the newest
// check-in; it is cleared by answers that no longer say yes — after a clinician's review of the
// client, recorded with who reviewed and when.

// The flags standing now: yes at screening or at the newest check-in (latest date; of two on
// one date the later in the list), in enum order without repeats. checkIns in any order.
std::vector<RedFlag> standingRedFlags(const std::vector<RedFlag>& screeningYes,
                                      std::span<const CheckIn> checkIns);

// A plan with exercises is superseded while any flag stands; a referral never is.
bool isSuperseded(const Plan& plan, const std::vector<RedFlag>& standing);

} // namespace glidepath::core
