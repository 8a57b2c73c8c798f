#pragma once

// The safety and consistency rules every generated plan must keep, whatever the request
// (header-only, core types only). planViolations returns one line per broken rule, so a property
// test can print exactly what went wrong for which request.

#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>

#include <algorithm>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace glidepath::test {

inline std::vector<std::string> planViolations(const core::PlanRequest& request,
                                               const core::Plan& plan,
                                               std::span<const core::Exercise> library,
                                               const core::ProgressionRules& rules)
{
    using namespace core;
    std::vector<std::string> out;
    auto fail = [&](std::string what) { out.push_back(std::move(what)); };
    const LibraryIndex index(library);
    const CheckIn* latest = request.checkins.empty() ? nullptr : &request.checkins.back();

    // Seven consecutive days from the week start.
    if (plan.days.size() != 7) {
        fail("plan has " + std::to_string(plan.days.size()) + " days");
        return out;
    }
    for (std::size_t i = 0; i < 7; ++i) {
        if (plan.days[i].date != request.weekStart + std::chrono::days(i)) {
            fail("day " + std::to_string(i) + " has the wrong date");
        }
    }

    // Red flag => refer and nothing to do.
    bool redFlag = !request.screeningRedFlags.empty() || (latest && !latest->redFlags.empty());
    // A same-day flag of last week's referral stays until a clinician's review is recorded.
    if (const Plan* before = request.previousPlan ? &*request.previousPlan : nullptr;
        before != nullptr && before->decision.action == Action::Refer) {
        const bool reviewed =
            std::any_of(request.reviews.begin(), request.reviews.end(), [&](const auto& review) {
                return review.date >= before->weekStart - std::chrono::days(7) &&
                       review.date <= request.weekStart;
            });
        for (const Reason& reason : before->decision.reasons) {
            const auto flag = parseEnum<RedFlag>(reason.word("flag"));
            redFlag = redFlag || (!reviewed && reason.rule == "refer.red_flag" && flag &&
                                  redFlagUrgency(*flag) == Urgency::SameDay);
        }
    }
    if (redFlag != (plan.decision.action == Action::Refer)) {
        fail("red flag " + std::to_string(redFlag) + " but action " +
             std::string(toString(plan.decision.action)));
    }
    if (plan.decision.action == Action::Refer) {
        for (const PlanDay& day : plan.days) {
            if (!day.exercises.empty() || day.kind != DayKind::Rest) {
                fail("a referral plan has exercises");
            }
        }
        if (plan.advice.empty()) {
            fail("a referral plan has no advice");
        }
    }

    // Decision reasons.
    if (plan.decision.reasons.empty()) {
        fail("the decision has no reason");
    }
    // Every reason is data the renderer knows: a rule id of the engine's lists, no words.
    const auto known = [](std::span<const std::string_view> rules, const std::string& rule) {
        return std::find(rules.begin(), rules.end(), rule) != rules.end();
    };
    for (const Reason& reason : plan.decision.reasons) {
        if (!known(decisionReasonRules(), reason.rule) || !reason.text.empty()) {
            fail("a decision reason that is not a known rule id with values: " +
                 encodeReason(reason));
        }
    }
    for (const Reason& item : plan.advice) {
        if (!known(adviceRules(), item.rule) || !item.text.empty()) {
            fail("an advice item that is not a known id with values: " + encodeReason(item));
        }
    }
    if (plan.decision.phase < 1 || plan.decision.phase > 4) {
        fail("phase " + std::to_string(plan.decision.phase));
    }
    // Progress needs a green week, or an amber one that only named exercises made amber
    // (action.progress.per_exercise); never a first plan (plan.first).
    const bool perExercise =
        std::any_of(plan.decision.reasons.begin(), plan.decision.reasons.end(),
                    [](const Reason& r) { return r.rule == "action.progress.per_exercise"; });
    if (plan.decision.action == Action::Progress &&
        ((plan.decision.light != Light::Green &&
          !(perExercise && plan.decision.light == Light::Amber)) ||
         !latest || !request.previousPlan)) {
        fail("progress without a green week, or in a first plan");
    }
    if (request.previousPlan && plan.decision.phase > request.previousPlan->decision.phase + 1) {
        fail("phase jumped more than one step");
    }

    const bool walks = contains(request.client.goals, Goal::Walking) ||
                       contains(request.client.goals, Goal::Running);
    const int gaitMinPhase =
        walks ? std::min(rules.gaitMinPhase, rules.walkingGoalGaitMinPhase) : rules.gaitMinPhase;

    // The week: strength days apart, rest days, budget, reasons, filters.
    int rest = 0;
    const bool pfp = std::any_of(
        rules.kneelingExclusionConditions.begin(), rules.kneelingExclusionConditions.end(),
        [&](Condition c) { return contains(request.client.conditions, c); });
    const bool kneelingOut =
        pfp && latest && latest->painActivity >= rules.kneelingExclusionActivityPain;
    for (std::size_t i = 0; i < 7; ++i) {
        const PlanDay& day = plan.days[i];
        const PlanDay& next = plan.days[(i + 1) % 7];
        if (day.kind == DayKind::Strength && next.kind == DayKind::Strength) {
            fail("strength on consecutive days " + std::to_string(i) + " and " +
                 std::to_string((i + 1) % 7));
        }
        if (day.kind == DayKind::Rest) {
            ++rest;
        }
        if ((day.kind == DayKind::Rest) != day.exercises.empty()) {
            fail("day " + std::to_string(i) + " kind does not match its exercises");
        }
        if (day.estimatedMinutes > request.client.minutesPerSession) {
            fail("day " + std::to_string(i) + " takes " + std::to_string(day.estimatedMinutes) +
                 " of " + std::to_string(request.client.minutesPerSession) + " minutes");
        }
        int seconds = 0;
        std::set<std::string> seen;
        for (const PlannedExercise& planned : day.exercises) {
            const std::string where = "day " + std::to_string(i) + " " + planned.id + ": ";
            const Exercise* exercise = index.find(planned.id);
            if (exercise == nullptr) {
                fail(where + "not in the library");
                continue;
            }
            if (!seen.insert(planned.id).second) {
                fail(where + "twice on one day");
            }
            if (!known(exerciseReasonRules(), planned.reason.rule) ||
                !planned.reason.text.empty()) {
                fail(where + "no reason, or not a known exercise reason id: " +
                     encodeReason(planned.reason));
            }
            if (exercise->hidden) {
                fail(where + "hidden");
            }
            if (exercise->phaseMin > plan.decision.phase ||
                exercise->phaseMax < plan.decision.phase) {
                fail(where + "outside its phase range");
            }
            if ((exercise->category == Category::Landing &&
                 plan.decision.phase < rules.landingMinPhase) ||
                (exercise->category == Category::Gait && plan.decision.phase < gaitMinPhase)) {
                fail(where + "landing or gait before its phase");
            }
            for (Equipment item : exercise->equipment) {
                const bool have = item == Equipment::None ||
                                  contains(request.client.equipment, item) ||
                                  (item == Equipment::Mat && rules.assumeMat);
                if (!have) {
                    fail(where + "needs " + std::string(toString(item)));
                }
            }
            if (plan.decision.light == Light::Red &&
                (exercise->kneeFlexion > rules.redMaxKneeFlexion ||
                 exercise->impact > rules.redMaxImpact)) {
                fail(where + "knee flexion or impact above the red-week caps");
            }
            if (kneelingOut && isKneeling(*exercise)) {
                fail(where + "kneeling while it is left out");
            }
            if (latest) {
                const auto pain = latest->painfulExercises.find(planned.id);
                if (pain != latest->painfulExercises.end() &&
                    pain->second > rules.swapExercisePainAbove) {
                    fail(where + "planned although it hurt " + std::to_string(pain->second));
                }
            }
            const DoseLimits& limits = exercise->limits;
            if (planned.sets < limits.minSets || planned.sets > limits.maxSets ||
                (planned.reps > 0 &&
                 (planned.reps < limits.minReps || planned.reps > limits.maxReps)) ||
                (planned.holdSeconds > 0 && (planned.holdSeconds < limits.minHoldSeconds ||
                                             planned.holdSeconds > limits.maxHoldSeconds)) ||
                (planned.reps <= 0 && planned.holdSeconds <= 0)) {
                fail(where + "dose outside its limits");
            }
            if ((exercise->laterality == Laterality::Bilateral) !=
                (planned.side == WorkSide::Both)) {
                fail(where + "side does not match its laterality");
            }
            seconds += estimateSeconds(Dose{planned.sets, planned.reps, planned.holdSeconds,
                                            planned.tempo, planned.restSeconds},
                                       exercise->laterality, rules);
        }
        if (day.estimatedMinutes != minutesFromSeconds(seconds)) {
            fail("day " + std::to_string(i) + " estimate does not add up");
        }
    }
    if (rest < rules.minRestDays) {
        fail("only " + std::to_string(rest) + " rest days");
    }
    return out;
}

} // namespace glidepath::test
