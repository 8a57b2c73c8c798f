#include <glidepath/core/client_attention.h>

#include <gtest/gtest.h>

namespace glidepath::core {
namespace {

using std::chrono::days;

constexpr Date kToday{std::chrono::year{2026} / 12 / 9}; // a Wednesday
constexpr Date kMonday{std::chrono::year{2026} / 12 / 7};

AttentionFacts checkedInYesterday()
{
    AttentionFacts facts;
    facts.newestCheckIn = kToday - days(1);
    return facts;
}

TEST(ClientAttention, NextReviewIsTheClinicianDateWhenSet)
{
    EXPECT_EQ(nextReviewDate(kToday, kMonday), kToday);
}

TEST(ClientAttention, NextReviewIsTheDayAfterThePlanWeekWhenNotSet)
{
    EXPECT_EQ(nextReviewDate(std::nullopt, kMonday), kMonday + days(7));
    EXPECT_EQ(nextReviewDate(std::nullopt, std::nullopt), std::nullopt);
}

TEST(ClientAttention, AFreshCheckInWithoutPlanNeedsNothing)
{
    const Attention attention = assessAttention(checkedInYesterday(), kToday);
    EXPECT_EQ(attention.level, AttentionLevel::None);
    EXPECT_FALSE(attention.checkInStale);
    EXPECT_EQ(attention.daysSinceCheckIn, 1);
    EXPECT_FALSE(attention.nextReview.has_value());
}

TEST(ClientAttention, ScreeningRedFlagComesFirst)
{
    AttentionFacts facts = checkedInYesterday();
    facts.screeningYes = {RedFlag::LockedKnee};
    facts.reviewSet = kToday - days(3); // also overdue: the flag still wins
    const Attention attention = assessAttention(facts, kToday);
    EXPECT_EQ(attention.level, AttentionLevel::RedFlag);
    EXPECT_EQ(attention.redFlags, std::vector<RedFlag>{RedFlag::LockedKnee});
    EXPECT_TRUE(attention.reviewDue);
}

TEST(ClientAttention, ANewestCheckInRedFlagStandsAndAnOlderOneDoesNot)
{
    AttentionFacts facts = checkedInYesterday();
    facts.newestCheckInFlags = {RedFlag::DvtSigns};
    EXPECT_EQ(assessAttention(facts, kToday).level, AttentionLevel::RedFlag);
    facts.newestCheckInFlags.clear(); // answered no at the newest check-in: resolved
    EXPECT_EQ(assessAttention(facts, kToday).level, AttentionLevel::None);
}

TEST(ClientAttention, ReviewDueOnTheDayAndOverdueAfter)
{
    AttentionFacts facts = checkedInYesterday();
    facts.reviewSet = kToday + days(1);
    EXPECT_EQ(assessAttention(facts, kToday).level, AttentionLevel::None);
    facts.reviewSet = kToday;
    EXPECT_EQ(assessAttention(facts, kToday).level, AttentionLevel::ReviewDue);
    facts.reviewSet = kToday - days(10);
    const Attention overdue = assessAttention(facts, kToday);
    EXPECT_EQ(overdue.level, AttentionLevel::ReviewDue);
    EXPECT_FALSE(overdue.reviewFromPlan);
}

TEST(ClientAttention, ReviewFromThePlanIsDueOnceItsWeekHasEnded)
{
    AttentionFacts facts = checkedInYesterday();
    facts.currentPlanWeekStart = kMonday; // the week ends on Sunday 13 Dec
    Attention attention = assessAttention(facts, kToday);
    EXPECT_EQ(attention.level, AttentionLevel::None);
    EXPECT_EQ(attention.nextReview, kMonday + days(7));
    EXPECT_TRUE(attention.reviewFromPlan);
    attention = assessAttention(facts, kMonday + days(7));
    EXPECT_EQ(attention.level, AttentionLevel::ReviewDue);
}

TEST(ClientAttention, AClinicianDateLaterThanThePlanWeekPutsTheReviewOff)
{
    AttentionFacts facts = checkedInYesterday();
    facts.currentPlanWeekStart = kMonday - days(14);
    facts.reviewSet = kToday + days(5);
    EXPECT_EQ(assessAttention(facts, kToday).level, AttentionLevel::None);
}

TEST(ClientAttention, TwoWeeksWithoutCheckInIsStaleAndThirteenDaysIsNot)
{
    AttentionFacts facts;
    facts.newestCheckIn = kToday - days(13);
    EXPECT_EQ(assessAttention(facts, kToday).level, AttentionLevel::None);
    facts.newestCheckIn = kToday - days(14);
    const Attention attention = assessAttention(facts, kToday);
    EXPECT_EQ(attention.level, AttentionLevel::NoRecentCheckIn);
    EXPECT_EQ(attention.daysSinceCheckIn, 14);
}

TEST(ClientAttention, NoCheckInYetCountsAsStale)
{
    const Attention attention = assessAttention({}, kToday);
    EXPECT_EQ(attention.level, AttentionLevel::NoRecentCheckIn);
    EXPECT_FALSE(attention.daysSinceCheckIn.has_value());
}

TEST(ClientAttention, ReviewDueOutranksAStaleCheckIn)
{
    AttentionFacts facts;
    facts.newestCheckIn = kToday - days(30);
    facts.reviewSet = kToday - days(2);
    const Attention attention = assessAttention(facts, kToday);
    EXPECT_EQ(attention.level, AttentionLevel::ReviewDue);
    EXPECT_TRUE(attention.checkInStale);
}

} // namespace
} // namespace glidepath::core
