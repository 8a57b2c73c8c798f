#include <glidepath/core/client_attention.h>
#include <glidepath/core/plan_status.h>

namespace glidepath::core {

std::optional<Date> nextReviewDate(std::optional<Date> reviewSet,
                                   std::optional<Date> currentPlanWeekStart)
{
    if (reviewSet) {
        return reviewSet;
    }
    if (currentPlanWeekStart) {
        return *currentPlanWeekStart + std::chrono::days(7);
    }
    return std::nullopt;
}

Attention assessAttention(const AttentionFacts& facts, Date today)
{
    Attention out;
    // The same rule as the Plan page: yes at screening or at the newest check-in.
    std::vector<CheckIn> newest;
    if (facts.newestCheckIn) {
        CheckIn checkIn;
        checkIn.date = *facts.newestCheckIn;
        checkIn.redFlags = facts.newestCheckInFlags;
        newest.push_back(std::move(checkIn));
    }
    out.redFlags = standingRedFlags(facts.screeningYes, newest);

    out.nextReview = nextReviewDate(facts.reviewSet, facts.currentPlanWeekStart);
    out.reviewFromPlan = out.nextReview && !facts.reviewSet;
    out.reviewDue = out.nextReview && *out.nextReview <= today;

    if (facts.newestCheckIn) {
        out.daysSinceCheckIn = static_cast<int>((today - *facts.newestCheckIn).count());
        out.checkInStale = *out.daysSinceCheckIn >= kStaleCheckInDays;
    } else {
        // A client without any check-in needs one before a plan can be made.
        out.checkInStale = true;
    }

    if (!out.redFlags.empty()) {
        out.level = AttentionLevel::RedFlag;
    } else if (out.reviewDue) {
        out.level = AttentionLevel::ReviewDue;
    } else if (out.checkInStale) {
        out.level = AttentionLevel::NoRecentCheckIn;
    }
    return out;
}

} // namespace glidepath::core
