// The Plan page's swap and add choices (core::PlanAlternatives) keep the engine's own limits.

#include "engine_test_support.h"
#include "support/test_library.h"

#include <glidepath/core/plan_alternatives.h>

#include <gtest/gtest.h>

#include <algorithm>

namespace glidepath::core {
namespace {

using test::day;
using test::greenCheckIn;
using test::requestWith;

TEST(PlanAlternatives, KeepsTheHarderRungsAboveAPainfulExerciseOut)
{
    // select.painful_ladder: split-squat hurt 7/10, so step-down (the rung above it) may not be
    // swapped or added in by hand either, though it is usable in phase 3 otherwise.
    const std::vector<Exercise> library = test::makeTestLibrary();
    const LibraryIndex index(library);
    CheckIn checkIn = greenCheckIn(day(2026, 11, 15));
    checkIn.painfulExercises["split-squat"] = 7;
    PlanRequest request = requestWith(day(2026, 11, 16), {checkIn});
    request.previousPlan =
        test::planHolding(index, day(2026, 11, 9), 0, {"split-squat", "mini-squat"}, 3);
    const PlanAlternatives alternatives(library, request, ProgressionRules{});

    const Exercise* stepDown = alternatives.find("step-down");
    ASSERT_NE(stepDown, nullptr);
    EXPECT_FALSE(alternatives.isUsable(*stepDown));
    const ReasonValues why = alternatives.exclusionReason(*stepDown);
    ASSERT_TRUE(why.contains("exclusion"));
    EXPECT_EQ(why.at("exclusion").id, "painful_ladder");
    ASSERT_TRUE(why.contains("harder_than"));
    EXPECT_EQ(why.at("harder_than").id, "Split squat");
    const auto addable = alternatives.addable();
    EXPECT_TRUE(std::none_of(addable.begin(), addable.end(),
                             [](const Exercise* e) { return e->id == "step-down"; }));
    EXPECT_EQ(alternatives.harder("mini-squat"), nullptr); // split-squat hurt, step-down above it
}

} // namespace
} // namespace glidepath::core
