// The week's structure (week.* rules): strength days apart, rest days, required slots in every
// strength session, variety, landing and gait from phase 3, equipment, and the minutes budget.

#include "support/test_library.h"

#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace glidepath::core {
namespace {

using test::day;
using test::greenCheckIn;
using test::requestWith;

std::string kinds(const std::array<DayKind, 7>& week)
{
    std::string out;
    for (DayKind kind : week) {
        out += kind == DayKind::Strength ? 'S' : kind == DayKind::Mobility ? 'M' : '-';
    }
    return out;
}

TEST(EngineWeekLayout, StrengthDaysAreSpreadAndMobilityFollowsThem)
{
    const ProgressionRules rules;
    EXPECT_EQ(kinds(layoutWeek(2, false, rules)), "S--S---");
    EXPECT_EQ(kinds(layoutWeek(3, false, rules)), "S-S-S--");
    EXPECT_EQ(kinds(layoutWeek(4, false, rules)), "SMS-S--");
    EXPECT_EQ(kinds(layoutWeek(5, false, rules)), "SMSMS--");
    EXPECT_EQ(kinds(layoutWeek(6, false, rules)), "SMSMSM-");
    EXPECT_EQ(kinds(layoutWeek(7, false, rules)), "SMSMSM-");
    EXPECT_EQ(kinds(layoutWeek(5, true, rules)), "SMMSM--");
    EXPECT_EQ(kinds(layoutWeek(4, true, rules)), "SM-SM--");
    EXPECT_EQ(kinds(layoutWeek(7, true, rules)), "SMMSMM-");
}

TEST(EngineWeekLayout, EveryWeekKeepsTheRulesForAnySessionCount)
{
    for (const bool red : {false, true}) {
        for (int sessions = 2; sessions <= 7; ++sessions) {
            const ProgressionRules rules;
            const auto week = layoutWeek(sessions, red, rules);
            const auto count = [&](DayKind kind) {
                return std::count(week.begin(), week.end(), kind);
            };
            EXPECT_GE(count(DayKind::Rest), rules.minRestDays);
            EXPECT_GE(count(DayKind::Strength), 2);
            EXPECT_LE(count(DayKind::Strength), red ? 2 : 3);
            EXPECT_EQ(count(DayKind::Strength) + count(DayKind::Mobility), std::min(sessions, 6));
            for (int i = 0; i < 7; ++i) {
                // Also across into next week: day 6 then day 0.
                const bool both = week[static_cast<std::size_t>(i)] == DayKind::Strength &&
                                  week[static_cast<std::size_t>((i + 1) % 7)] == DayKind::Strength;
                EXPECT_FALSE(both) << kinds(week);
            }
        }
    }
}

class EngineWeek : public ::testing::Test
{
protected:
    Plan plan(const PlanRequest& request) { return generatePlan(request, m_library, m_rules); }
    const Exercise& get(std::string_view id) { return *m_index.find(id); }

    std::set<Slot> strengthSlots(const PlanDay& d)
    {
        std::set<Slot> slots;
        for (const PlannedExercise& e : d.exercises) {
            if (const auto slot = strengthSlotOf(get(e.id))) {
                slots.insert(*slot);
            }
        }
        return slots;
    }

    std::vector<Exercise> m_library = test::makeTestLibrary();
    LibraryIndex m_index{m_library};
    ProgressionRules m_rules;
};

TEST_F(EngineWeek, EveryStrengthSessionHoldsAbductorsExtensorsQuadricepsAndTrunk)
{
    for (int minutes : {15, 20, 30, 45, 60}) {
        PlanRequest request = requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))});
        request.client.minutesPerSession = minutes;
        const Plan result = plan(request);
        int strengthDays = 0;
        for (const PlanDay& d : result.days) {
            if (d.kind != DayKind::Strength) {
                continue;
            }
            ++strengthDays;
            const std::set<Slot> slots = strengthSlots(d);
            // A first plan never starts below the starting doses (plan.first): a slot with no
            // room is left out and named; hip and quadriceps work stay longest.
            EXPECT_TRUE(slots.count(Slot::Quadriceps)) << minutes << " min";
            for (Slot required :
                 {Slot::HipAbductors, Slot::HipExtensors, Slot::Quadriceps, Slot::TrunkControl}) {
                const bool named = std::any_of(result.decision.reasons.begin(),
                                               result.decision.reasons.end(), [&](const Reason& r) {
                                                   return r.rule == "week.budget" &&
                                                          r.has("date") &&
                                                          r.find("date")->date == d.date;
                                               });
                EXPECT_TRUE(slots.count(required) || named)
                    << minutes << " min, " << slotLabel(required);
                if (minutes >= 45) {
                    EXPECT_TRUE(slots.count(required))
                        << minutes << " min, " << slotLabel(required);
                }
            }
        }
        EXPECT_EQ(strengthDays, 3);
    }
}

TEST_F(EngineWeek, EachSessionFitsItsMinutesAndTheEstimateAddsUp)
{
    for (int minutes = 10; minutes <= 60; minutes += 5) {
        for (int sessions = 2; sessions <= 7; ++sessions) {
            PlanRequest request = requestWith(day(2026, 11, 23), {});
            request.client.minutesPerSession = minutes;
            request.client.sessionsPerWeek = sessions;
            const Plan result = plan(request);
            for (const PlanDay& d : result.days) {
                EXPECT_LE(d.estimatedMinutes, minutes);
                int seconds = 0;
                for (const PlannedExercise& e : d.exercises) {
                    seconds +=
                        estimateSeconds(Dose{e.sets, e.reps, e.holdSeconds, e.tempo, e.restSeconds},
                                        get(e.id).laterality, m_rules);
                }
                EXPECT_EQ(d.estimatedMinutes, minutesFromSeconds(seconds));
                EXPECT_EQ(d.kind == DayKind::Rest, d.exercises.empty());
            }
        }
    }
}

TEST_F(EngineWeek, ATightBudgetShortensDosesButKeepsTheRequiredWork)
{
    PlanRequest request = requestWith(day(2026, 11, 23), {});
    request.client.minutesPerSession = 10;
    // A first plan starts at the starting doses: with 10 minutes, work is left out, not cut.
    const Plan first = plan(request);
    for (const PlannedExercise& e : first.days[0].exercises) {
        EXPECT_EQ(e.sets, get(e.id).dose.sets) << e.id;
        EXPECT_FALSE(e.reason.has("shortened_minutes")) << e.id;
    }
    EXPECT_TRUE(test::hasReason(first, "week.budget"));
    // A later hold week may shorten doses to keep the required work.
    request.client.minutesPerSession = 60;
    request.weekStart = day(2026, 11, 16);
    const Plan roomy = plan(request);
    request.weekStart = day(2026, 11, 23);
    request.previousPlan = roomy;
    request.client.minutesPerSession = 10;
    const Plan result = plan(request);
    const PlanDay& monday = result.days[0];
    EXPECT_EQ(strengthSlots(monday).size(), 4u);
    const bool shortened =
        std::any_of(monday.exercises.begin(), monday.exercises.end(), [](const PlannedExercise& e) {
            return e.reason.has("shortened_minutes") && e.reason.has("shortened_to");
        });
    EXPECT_TRUE(shortened);
}

TEST_F(EngineWeek, SessionsVaryTheExerciseInASlot)
{
    const Plan result = plan(requestWith(day(2026, 11, 23), {}));
    ASSERT_EQ(result.days[0].kind, DayKind::Strength);
    ASSERT_EQ(result.days[2].kind, DayKind::Strength);
    auto abductor = [&](const PlanDay& d) {
        for (const PlannedExercise& e : d.exercises) {
            if (strengthSlotOf(get(e.id)) == Slot::HipAbductors) {
                return e.id;
            }
        }
        return std::string();
    };
    EXPECT_NE(abductor(result.days[0]), abductor(result.days[2]));
    EXPECT_EQ(abductor(result.days[0]), abductor(result.days[4])); // two-way rotation
}

TEST_F(EngineWeek, LandingAndGaitOnlyFromPhaseThreeAndLandingOnlyForSportGoals)
{
    auto categories = [&](const Plan& result) {
        std::set<Category> seen;
        for (const PlanDay& d : result.days) {
            for (const PlannedExercise& e : d.exercises) {
                seen.insert(get(e.id).category);
            }
        }
        return seen;
    };
    // A green week (one green week in the phase: no gate passes), so optional work may be added.
    PlanRequest request = requestWith(day(2026, 11, 23), {greenCheckIn(day(2026, 11, 22))});
    request.client.minutesPerSession = 60;
    Plan previous = plan(requestWith(day(2026, 11, 16), {}));
    previous.days.assign(7, PlanDay{});
    for (int i = 0; i < 7; ++i) {
        previous.days[static_cast<std::size_t>(i)].date = day(2026, 11, 16) + std::chrono::days(i);
    }
    previous.decision.phase = 2;
    request.previousPlan = previous;
    EXPECT_FALSE(categories(plan(request)).count(Category::Landing));
    EXPECT_FALSE(categories(plan(request)).count(Category::Gait));

    request.previousPlan->decision.phase = 3;
    ASSERT_EQ(plan(request).decision.phase, 3);
    EXPECT_TRUE(categories(plan(request)).count(Category::Landing));
    EXPECT_TRUE(categories(plan(request)).count(Category::Gait));

    request.client.goals = {Goal::Stairs};
    EXPECT_FALSE(categories(plan(request)).count(Category::Landing));
    EXPECT_TRUE(categories(plan(request)).count(Category::Gait));
}

TEST_F(EngineWeek, OnlyEquipmentTheClientHasIsUsed)
{
    PlanRequest request = requestWith(day(2026, 11, 23), {});
    request.client.equipment = {Equipment::Mat};
    const Plan result = plan(request);
    for (const PlanDay& d : result.days) {
        for (const PlannedExercise& e : d.exercises) {
            for (Equipment item : get(e.id).equipment) {
                EXPECT_TRUE(item == Equipment::None || item == Equipment::Mat) << e.id;
            }
        }
    }
}

TEST_F(EngineWeek, AnEmptySlotIsExplainedWithTheEquipmentThatWouldFillIt)
{
    PlanRequest request = requestWith(day(2026, 11, 23), {});
    request.client.equipment = {Equipment::Mat};
    const Plan result = plan(request);
    const Reason slot = test::reasonOf(result, "week.strength_slots");
    EXPECT_EQ(slot.word("slot"), "quadriceps") << encodeReason(slot);
    ASSERT_TRUE(slot.has("needs") && slot.has("would_allow")) << encodeReason(slot);
    EXPECT_EQ(*slot.find("needs"), value::words({"wall"}));
    EXPECT_EQ(slot.find("would_allow")->name, "Wall sit");
    const auto advice = test::adviceOf(result, "advice.equipment");
    ASSERT_EQ(advice.size(), 1u);
    EXPECT_EQ(advice[0].word("slot"), "quadriceps");
    EXPECT_EQ(advice[0].find("would_allow")->name, "Wall sit");
}

TEST_F(EngineWeek, WithNothingToPlanEveryDayRests)
{
    const std::vector<Exercise> empty;
    const Plan result = generatePlan(requestWith(day(2026, 11, 23), {}), empty);
    ASSERT_EQ(result.days.size(), 7u);
    for (const PlanDay& d : result.days) {
        EXPECT_EQ(d.kind, DayKind::Rest);
    }
    EXPECT_TRUE(test::hasReason(result, "week.strength_slots"));
}

TEST_F(EngineWeek, DaysRunFromTheWeekStart)
{
    const Plan result = plan(requestWith(day(2026, 11, 25), {}));
    for (std::size_t i = 0; i < 7; ++i) {
        EXPECT_EQ(result.days[i].date, day(2026, 11, 25) + std::chrono::days(i));
    }
    EXPECT_EQ(result.weekStart, day(2026, 11, 25));
}

TEST_F(EngineWeek, SingleLegWorkIsDoneOnEachSideAndTheAdviceNamesTheSoreSide)
{
    const Plan result = plan(requestWith(day(2026, 11, 23), {}));
    for (const PlanDay& d : result.days) {
        for (const PlannedExercise& e : d.exercises) {
            const bool oneLeg = get(e.id).laterality != Laterality::Bilateral;
            EXPECT_EQ(e.side, oneLeg ? WorkSide::Each : WorkSide::Both) << e.id;
        }
    }
    const auto oneLeg = test::adviceOf(result, "advice.one_leg");
    ASSERT_EQ(oneLeg.size(), 1u);
    EXPECT_EQ(oneLeg[0].word("side"), "left") << "the sore side, so the right leg starts";
}

TEST_F(EngineWeek, AskingForSevenSessionsStillLeavesARestDay)
{
    PlanRequest request = requestWith(day(2026, 11, 23), {});
    request.client.sessionsPerWeek = 7;
    const Plan result = plan(request);
    EXPECT_EQ(test::reasonOf(result, "week.rest_days").number("asked"), 7);
    EXPECT_EQ(test::reasonOf(result, "week.rest_days").number("planned"), 6);
    EXPECT_EQ(result.days[6].kind, DayKind::Rest);
}

TEST_F(EngineWeek, ARedWeekHasAtMostTwoStrengthDaysAndSaysSo)
{
    CheckIn red = greenCheckIn(day(2026, 11, 22));
    red.painExercise = 7;
    const Plan result = plan(requestWith(day(2026, 11, 23), {red}));
    EXPECT_EQ(std::count_if(result.days.begin(), result.days.end(),
                            [](const PlanDay& d) { return d.kind == DayKind::Strength; }),
              2);
    EXPECT_EQ(test::reasonOf(result, "week.strength_sessions").number("red_max", -1), 2);
}

TEST_F(EngineWeek, HoldAndStepBackWeeksBringInNothingNewExceptToFillAGap)
{
    PlanRequest first = requestWith(day(2026, 11, 16), {});
    first.client.minutesPerSession = 15; // too short for the optional extras
    const Plan week1 = plan(first);
    std::set<std::string> before;
    std::set<Slot> slotsBefore;
    for (const PlanDay& d : week1.days) {
        for (const PlannedExercise& e : d.exercises) {
            before.insert(e.id);
            if (d.kind == DayKind::Strength) {
                slotsBefore.insert(*strengthSlotOf(get(e.id)));
            }
        }
    }
    for (int exercisePain : {4, 7}) { // amber hold, red step back
        CheckIn c = greenCheckIn(day(2026, 11, 22));
        c.painExercise = exercisePain;
        PlanRequest request = requestWith(day(2026, 11, 23), {c});
        request.client.minutesPerSession = 60; // room that a progress week would fill
        request.previousPlan = week1;
        const Plan week2 = plan(request);
        for (const PlanDay& d : week2.days) {
            for (const PlannedExercise& e : d.exercises) {
                const bool kept = before.count(e.id) > 0;
                const auto slot = strengthSlotOf(get(e.id));
                const std::string why = e.reason.word("case");
                const bool fillsAGap =
                    (e.reason.rule == "exercise.new" && why == "replaces") ||
                    (e.reason.rule == "exercise.swap_painful" && why == "easier_start") ||
                    (e.reason.rule == "dose.regress" && why == "easier") ||
                    (e.reason.rule == "keep.previous" && why == "easier") ||
                    (d.kind == DayKind::Strength && slot && slotsBefore.count(*slot) == 0);
                EXPECT_TRUE(kept || fillsAGap)
                    << exercisePain << " " << e.id << ": " << encodeReason(e.reason);
            }
        }
    }
}

} // namespace
} // namespace glidepath::core
