#pragma once

// Plan helpers shared by the engine tests that start from a previous week's plan.

#include <glidepath/core/plan.h>
#include <glidepath/core/progression_engine.h>
#include <glidepath/core/progression_steps.h>

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace glidepath::test {

// The first dose of each exercise in a plan, by id.
inline std::map<std::string, core::PlannedExercise> byId(const core::Plan& plan)
{
    std::map<std::string, core::PlannedExercise> out;
    for (const core::PlanDay& d : plan.days) {
        for (const core::PlannedExercise& e : d.exercises) {
            out.emplace(e.id, e);
        }
    }
    return out;
}

// A seven-day plan from weekStart, made in the given phase, whose only strength day (at
// strengthDay) holds these exercises of the library at their starting doses.
inline core::Plan planHolding(const core::LibraryIndex& index, core::Date weekStart,
                              std::size_t strengthDay, const std::vector<std::string>& ids,
                              int phase)
{
    core::Plan plan;
    plan.weekStart = weekStart;
    plan.decision.phase = phase;
    for (int i = 0; i < 7; ++i) {
        core::PlanDay d;
        d.date = plan.weekStart + std::chrono::days(i);
        plan.days.push_back(d);
    }
    core::PlanDay& strength = plan.days[strengthDay];
    strength.kind = core::DayKind::Strength;
    for (const std::string& id : ids) {
        const core::Exercise& exercise = *index.find(id);
        core::PlannedExercise planned;
        planned.id = id;
        planned.name = exercise.name;
        planned.sets = exercise.dose.sets;
        planned.reps = exercise.dose.reps;
        planned.holdSeconds = exercise.dose.holdSeconds;
        planned.tempo = exercise.dose.tempo;
        planned.restSeconds = exercise.dose.restSeconds;
        planned.reason = core::Reason("edit.add");
        strength.exercises.push_back(planned);
    }
    return plan;
}

// The request of a client who already had a plan last week: the engine's own first plan for the
// week before (made without a check-in), so that this week's check-in reports on it. A first
// plan is never progress (plan.first); tests of progress start from here.
inline core::PlanRequest ongoing(core::PlanRequest request, std::span<const core::Exercise> library,
                                 const core::ProgressionRules& rules = {})
{
    core::PlanRequest earlier;
    earlier.weekStart = request.weekStart - std::chrono::days(7);
    earlier.client = request.client;
    request.previousPlan = core::generatePlan(earlier, library, rules);
    return request;
}

} // namespace glidepath::test
