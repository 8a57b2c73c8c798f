#pragma once

// The engine v2 rules every plan of a journey must keep, on top of planViolations
// (plan_invariants.h): the restart after a referral, the post-surgery clearances, painful
// exercises and their harder rungs, logged pain, absolute pain limits, every knee condition's
// kneeling rule, falls risk, first plans, progress that progresses, and new exercises a week.

#include "support/plan_invariants.h"

#include <glidepath/core/progression_steps.h>
#include <glidepath/core/session_log.h>

#include <set>
#include <string>
#include <vector>

namespace glidepath::test {

inline std::vector<std::string> journeyViolations(const core::PlanRequest& request,
                                                  const core::Plan& plan,
                                                  std::span<const core::Exercise> library,
                                                  const core::ProgressionRules& rules)
{
    using namespace core;
    std::vector<std::string> out = planViolations(request, plan, library, rules);
    auto fail = [&](std::string what) { out.push_back(std::move(what)); };
    if (plan.decision.action == Action::Refer) {
        return out;
    }
    const LibraryIndex index(library);
    const Plan* previous = request.previousPlan ? &*request.previousPlan : nullptr;
    const CheckIn* latest = request.checkins.empty() ? nullptr : &request.checkins.back();
    const bool newCheckIn =
        latest && (!previous || latest->date > previous->weekStart) &&
        latest->date + std::chrono::days(rules.checkinMaxAgeDays) >= request.weekStart;
    const ClientContext context = clientContext(request, rules);
    const bool restart = previous && previous->decision.action == Action::Refer;

    if (!previous && plan.decision.action == Action::Progress) {
        fail("a first plan labelled progress");
    }
    if (restart) {
        if (plan.decision.phase > std::max(1, previous->decision.phase - rules.restartPhaseDrop)) {
            fail("restart after a referral not at least one phase lower");
        }
        if (plan.decision.action == Action::Progress) {
            fail("restart week labelled progress");
        }
    }
    if (context.postSurgery && plan.decision.phase > context.surgeryMaxPhase) {
        fail("phase above what the time since surgery allows");
    }
    std::set<std::string> painful;
    if (newCheckIn) {
        for (const auto& [id, pain] : latest->painfulExercises) {
            if (pain > rules.swapExercisePainAbove) {
                painful.insert(id);
            }
        }
        if (plan.decision.light == Light::Green &&
            (latest->painRest >= rules.amberRestPain ||
             latest->painActivity >= rules.amberActivityPain || !painful.empty())) {
            fail("green despite high rest or activity pain or an exercise above the amber limit");
        }
    }
    // Harder rungs above each painful exercise.
    std::set<std::string> above;
    for (const std::string& id : painful) {
        const Exercise* step = index.find(id);
        for (std::size_t guard = 0; step != nullptr && guard < library.size(); ++guard) {
            step = index.harderOf(*step);
            if (step != nullptr) {
                above.insert(step->id);
            }
        }
    }
    const bool knee =
        std::any_of(request.client.conditions.begin(), request.client.conditions.end(),
                    [&](Condition c) { return contains(rules.kneelingExclusionConditions, c); });
    const bool capsAfterReferral = restart;
    std::set<std::string> ids;
    for (const PlanDay& day : plan.days) {
        for (const PlannedExercise& planned : day.exercises) {
            ids.insert(planned.id);
            const Exercise* e = index.find(planned.id);
            if (e == nullptr) {
                continue;
            }
            const std::string where = planned.id + ": ";
            if (above.count(planned.id)) {
                fail(where + "harder than an exercise that hurt above the swap limit");
            }
            if (context.postSurgery) {
                const bool deep =
                    e->kneeFlexion == KneeFlexion::High || e->has(Precaution::DeepKneeFlexion);
                if ((isKneeling(*e) && !isCleared(context, SurgicalClearance::Kneeling)) ||
                    (deep && !isCleared(context, SurgicalClearance::DeepKneeBend)) ||
                    ((e->impact != Impact::None || e->category == Category::Landing) &&
                     !isCleared(context, SurgicalClearance::ImpactLanding))) {
                    fail(where + "not cleared after surgery");
                }
            }
            if (capsAfterReferral &&
                (e->kneeFlexion > rules.redMaxKneeFlexion || e->impact > rules.redMaxImpact)) {
                fail(where + "above the caps in the restart after a referral");
            }
            // dose.load: the library's kind, never above what the exercise takes.
            if (planned.loadLevel > 0 && (planned.loadKind != e->dose.loadKind ||
                                          planned.loadLevel > e->limits.maxLoadLevel)) {
                fail(where + "load above the library's maximum, or of another kind");
            }
            if (context.fallsRisk && e->impact != Impact::None) {
                fail(where + "impact with a falls risk");
            }
            // select.precautions, written out again here so that the engine's own filter is
            // checked, not trusted.
            const auto precaution = [&](ClientPrecaution p) {
                return contains(request.client.precautions, p);
            };
            const bool endRangeHip = e->has(Precaution::EndRangeHipFlexion);
            if ((precaution(ClientPrecaution::Pregnancy) && e->impact != Impact::None) ||
                (precaution(ClientPrecaution::Osteoporosis) && e->impact == Impact::High) ||
                (precaution(ClientPrecaution::Hypermobility) && endRangeHip) ||
                (precaution(ClientPrecaution::HipReplacementPrecautions) &&
                 (endRangeHip || e->kneeFlexion == KneeFlexion::High ||
                  e->has(Precaution::DeepKneeFlexion)))) {
                fail(where + "against a client precaution");
            }
            if (newCheckIn && knee && latest->painActivity >= rules.kneelingExclusionActivityPain &&
                isKneeling(*e)) {
                fail(where + "kneeling with an irritable knee");
            }
        }
    }
    // A week whose rest or activity pain rose over the baseline (light.*.trend) moves nothing
    // up: no exercise kept from last week at more volume than its most last week.
    const bool painRose = std::any_of(
        plan.decision.reasons.begin(), plan.decision.reasons.end(), [](const Reason& r) {
            return r.rule == "light.amber.trend" || r.rule == "light.red.trend" ||
                   r.rule == "light.amber.settling";
        });
    if (previous && painRose) {
        if (plan.decision.action == Action::Progress) {
            fail("progress in a week whose pain rose");
        }
        const auto volume = [](const PlannedExercise& e) {
            return e.sets * std::max(1, e.reps) * std::max(1, e.holdSeconds);
        };
        for (const PlanDay& day : plan.days) {
            for (const PlannedExercise& e : day.exercises) {
                int most = -1;
                for (const PlanDay& d0 : previous->days) {
                    for (const PlannedExercise& p0 : d0.exercises) {
                        if (p0.id == e.id) {
                            most = std::max(most, volume(p0));
                        }
                    }
                }
                if (most >= 0 && volume(e) > most) {
                    fail(e.id +
                         ": more volume in a week whose pain rose: " + encodeReason(e.reason));
                }
            }
        }
    }
    // dose.load: never up in a hold or step-back week, nor for an exercise that hurt above the
    // hold limit (amber for that exercise).
    if (previous) {
        for (const PlanDay& day : plan.days) {
            for (const PlannedExercise& e : day.exercises) {
                const bool heldForPain =
                    newCheckIn && latest->painfulExercises.count(e.id) > 0 &&
                    latest->painfulExercises.at(e.id) > rules.holdExercisePainAbove;
                for (const PlanDay& d0 : previous->days) {
                    for (const PlannedExercise& p0 : d0.exercises) {
                        if (p0.id != e.id || p0.loadKind != e.loadKind ||
                            e.loadLevel <= p0.loadLevel) {
                            continue;
                        }
                        if (plan.decision.action != Action::Progress) {
                            fail(e.id + ": load up in a week that does not progress");
                        } else if (heldForPain) {
                            fail(e.id + ": load up for an exercise that hurt");
                        }
                    }
                }
            }
        }
    }
    // run.entry / run.advance: walk-run never appears without the entry criteria in the week
    // before, and never after a worse morning following running.
    const auto isRun = [&](const std::string& id) {
        const Exercise* e = index.find(id);
        return e != nullptr && e->category == Category::Gait && e->serves(Goal::Running);
    };
    const auto runsIn = [&](const Plan& p) {
        for (const PlanDay& day : p.days) {
            for (const PlannedExercise& e : day.exercises) {
                if (isRun(e.id) && e.reason.rule.rfind("edit.", 0) != 0) {
                    return true;
                }
            }
        }
        return false;
    };
    if (runsIn(plan)) {
        const Week lastWeek{request.weekStart - std::chrono::days(7)};
        const auto hurt = [&](const std::string& id, int limit) {
            if (newCheckIn && latest->painfulExercises.count(id) > 0 &&
                latest->painfulExercises.at(id) > limit) {
                return true;
            }
            const auto logged = loggedExercisePain(request.sessionLogs, lastWeek);
            return logged.count(id) > 0 && logged.at(id) > limit;
        };
        if (!contains(request.client.goals, Goal::Running) || plan.decision.phase < 4) {
            fail("walk-run without a running goal in phase 4");
        } else if (!newCheckIn || latest->nextMorning != NextMorning::Settled) {
            fail("walk-run without a settled next morning at the check-in");
        } else if (!previous) {
            fail("walk-run in a first plan");
        } else if (runsIn(*previous)) {
            for (const SessionLog* log : worseNextMornings(request.sessionLogs, lastWeek)) {
                for (const LoggedExercise& entry : log->entries) {
                    if (entry.status != LogStatus::Skipped && isRun(entry.exerciseId)) {
                        fail("walk-run kept after a worse morning following running");
                    }
                }
            }
        } else {
            int longestWalk = 0;
            bool hops = false;
            bool hopsHurt = false;
            for (const PlanDay& day : previous->days) {
                for (const PlannedExercise& e : day.exercises) {
                    const Exercise* ex = index.find(e.id);
                    if (ex == nullptr) {
                        continue;
                    }
                    if (ex->category == Category::Gait && ex->serves(Goal::Walking) &&
                        !hurt(e.id, rules.greenMaxExercisePain)) {
                        longestWalk = std::max(longestWalk, e.sets * e.holdSeconds);
                    }
                    if (ex->category == Category::Landing) {
                        hops = true;
                        hopsHurt = hopsHurt || hurt(e.id, rules.runEntryHopPainMax);
                    }
                }
            }
            if (longestWalk < rules.runEntryWalkMinutes * 60) {
                fail("walk-run without enough pain-free brisk walking the week before");
            }
            if (!hops || hopsHurt) {
                fail("walk-run without pain-free hops the week before");
            }
            if (plan.decision.light != Light::Green ||
                !worseNextMornings(request.sessionLogs, lastWeek).empty()) {
                fail("walk-run entered in a week that is not green and settled");
            }
        }
    }
    if (previous && previous->decision.action != Action::Refer) {
        std::set<std::string> before;
        for (const PlanDay& day : previous->days) {
            for (const PlannedExercise& e : day.exercises) {
                before.insert(e.id);
            }
        }
        int fresh = 0;
        int dropped = 0;
        for (const std::string& id : ids) {
            fresh += before.count(id) ? 0 : 1;
        }
        for (const std::string& id : before) {
            dropped += ids.count(id) ? 0 : 1;
        }
        // New slots (a phase opened landing work, the week gained a mobility day) are filled too.
        std::set<std::pair<int, int>> slotsBefore;
        std::set<std::pair<int, int>> slotsNow;
        const auto collect = [&](const Plan& p, std::set<std::pair<int, int>>& slots) {
            for (const PlanDay& day : p.days) {
                for (const PlannedExercise& e : day.exercises) {
                    if (const Exercise* ex = index.find(e.id)) {
                        const auto [group, slot] =
                            placeOf(*ex, day.kind == DayKind::Rest ? DayKind::Strength : day.kind);
                        slots.insert({static_cast<int>(group), static_cast<int>(slot)});
                    }
                }
            }
        };
        collect(*previous, slotsBefore);
        collect(plan, slotsNow);
        int newSlots = 0;
        for (const auto& slot : slotsNow) {
            newSlots += slotsBefore.count(slot) ? 0 : 1;
        }
        if (fresh > rules.maxNewExercisesPerWeek + dropped + 2 * newSlots +
                        static_cast<int>(previous->overrides.size())) {
            fail(std::to_string(fresh) + " new exercises in one week");
        }
        if (plan.decision.action == Action::Progress) {
            bool changed = fresh > 0;
            for (const PlanDay& day : plan.days) {
                for (const PlannedExercise& e : day.exercises) {
                    for (const PlanDay& d0 : previous->days) {
                        for (const PlannedExercise& p0 : d0.exercises) {
                            if (p0.id == e.id &&
                                (p0.sets != e.sets || p0.reps != e.reps ||
                                 p0.holdSeconds != e.holdSeconds || p0.tempo != e.tempo ||
                                 p0.loadLevel != e.loadLevel)) {
                                changed = true;
                            }
                        }
                    }
                }
            }
            if (!changed) {
                fail("a week labelled progress that changes nothing");
            }
        }
    }
    return out;
}

} // namespace glidepath::test
