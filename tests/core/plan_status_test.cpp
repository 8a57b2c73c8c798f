#include <glidepath/core/plan_status.h>

#include <gtest/gtest.h>

using namespace glidepath::core;

namespace {

Date day(int y, unsigned m, unsigned d)
{
    return Date{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

CheckIn checkIn(Date date, std::vector<RedFlag> flags = {})
{
    CheckIn c;
    c.date = date;
    c.redFlags = std::move(flags);
    return c;
}

Plan planWith(Action action)
{
    Plan plan;
    plan.weekStart = day(2026, 11, 30);
    plan.decision.action = action;
    return plan;
}

} // namespace

TEST(PlanStatus, NoFlagNoCheckInNothingStands)
{
    EXPECT_TRUE(standingRedFlags({}, {}).empty());
    EXPECT_FALSE(isSuperseded(planWith(Action::Progress), {}));
}

TEST(PlanStatus, AYesAtTheNewestCheckInSupersedesAnExercisePlan)
{
    const std::vector<CheckIn> checkIns{checkIn(day(2026, 11, 29)),
                                        checkIn(day(2026, 12, 6), {RedFlag::LockedKnee})};
    const auto standing = standingRedFlags({}, checkIns);
    EXPECT_EQ(standing, std::vector<RedFlag>{RedFlag::LockedKnee});
    for (const Action action : {Action::Progress, Action::Hold, Action::Regress}) {
        EXPECT_TRUE(isSuperseded(planWith(action), standing));
    }
    EXPECT_FALSE(isSuperseded(planWith(Action::Refer), standing)) << "a referral is the advice";
}

TEST(PlanStatus, OnlyTheNewestCheckInCountsWhateverTheOrder)
{
    // A later check-in with every answer "no" (after a clinician's review) clears the flag.
    const std::vector<CheckIn> cleared{checkIn(day(2026, 12, 13)),
                                       checkIn(day(2026, 12, 6), {RedFlag::LockedKnee})};
    EXPECT_TRUE(standingRedFlags({}, cleared).empty());
    // Of two on one date, the one stored later.
    const std::vector<CheckIn> sameDay{checkIn(day(2026, 12, 6)),
                                       checkIn(day(2026, 12, 6), {RedFlag::CannotBearWeight})};
    EXPECT_EQ(standingRedFlags({}, sameDay), std::vector<RedFlag>{RedFlag::CannotBearWeight});
}

TEST(PlanStatus, ScreeningYesAnswersStandToo)
{
    const std::vector<CheckIn> checkIns{checkIn(day(2026, 12, 6), {RedFlag::LockedKnee})};
    EXPECT_EQ(standingRedFlags({RedFlag::UnexplainedWeightLoss, RedFlag::LockedKnee}, checkIns),
              (std::vector<RedFlag>{RedFlag::LockedKnee, RedFlag::UnexplainedWeightLoss}));
    EXPECT_EQ(standingRedFlags({RedFlag::UnexplainedWeightLoss}, {}),
              std::vector<RedFlag>{RedFlag::UnexplainedWeightLoss});
}
