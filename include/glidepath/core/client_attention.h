#pragma once

#include <glidepath/core/client.h>
#include <glidepath/core/date.h>

#include <optional>
#include <vector>

namespace glidepath::core {

// Who needs the clinician's attention first, for the Clients page list. Plain facts in, a level
// and its reasons out, with "today" passed in so that every rule can be tested on a fixed date.

// The facts about one client the list sorts by; storage reads them for every client at once.
struct AttentionFacts
{
    std::vector<RedFlag> screeningYes;
    std::optional<Date> newestCheckIn;        // date of the newest check-in, if any
    std::vector<RedFlag> newestCheckInFlags;  // its questions answered yes
    std::optional<Date> reviewSet;            // the clinician's date (ClientProfile::nextReview)
    std::optional<Date> currentPlanWeekStart; // week of the newest saved plan, if any
};

// Most urgent first; the list sorts by this, then by name.
enum class AttentionLevel
{
    RedFlag,         // a red flag stands: the referral is not resolved
    ReviewDue,       // the next review is today or past
    NoRecentCheckIn, // no check-in for kStaleCheckInDays or more, or none yet
    None
};

// Two weeks without a check-in asks for a call.
inline constexpr int kStaleCheckInDays = 14;

struct Attention
{
    AttentionLevel level = AttentionLevel::None;
    std::vector<RedFlag> redFlags;       // standing now (see standingRedFlags)
    std::optional<Date> nextReview;      // see nextReviewDate
    bool reviewFromPlan = false;         // nextReview is derived from the plan, not set
    bool reviewDue = false;              // nextReview is today or earlier
    std::optional<int> daysSinceCheckIn; // nullopt when there is no check-in yet
    bool checkInStale = false;           // none yet, or kStaleCheckInDays days or more ago
};

// The clinician's date when set; otherwise the day after the current plan's week ends (its
// Monday plus seven days); nullopt when neither is known.
std::optional<Date> nextReviewDate(std::optional<Date> reviewSet,
                                   std::optional<Date> currentPlanWeekStart);

// Every reason that applies; level is the most urgent of them.
Attention assessAttention(const AttentionFacts& facts, Date today);

} // namespace glidepath::core
