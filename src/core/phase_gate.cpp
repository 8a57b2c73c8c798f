#include "engine_text.h"

#include <glidepath/core/progression_steps.h>

#include <algorithm>

namespace glidepath::core {

namespace {

struct Criterion
{
    bool met = false;
    std::string text;
};

std::string gateRuleId(int phase)
{
    return "phase.gate." + std::to_string(phase) + "_" + std::to_string(phase + 1);
}

// Single-leg work in last week's plan and the pain reported for each, in plan order.
Criterion singleLegCriterion(const CheckIn& latest, const Plan* previousPlan,
                             const LibraryIndex& library, int maxPain)
{
    std::vector<std::string> seen;
    std::vector<std::string> tooPainful;
    int worst = 0;
    if (previousPlan != nullptr) {
        for (const PlanDay& day : previousPlan->days) {
            for (const PlannedExercise& planned : day.exercises) {
                const Exercise* exercise = library.find(planned.id);
                if (exercise == nullptr || exercise->laterality != Laterality::Unilateral ||
                    contains(seen, planned.id)) {
                    continue;
                }
                seen.push_back(planned.id);
                const auto it = latest.painfulExercises.find(planned.id);
                const int pain = it == latest.painfulExercises.end() ? 0 : it->second;
                worst = std::max(worst, pain);
                if (pain > maxPain) {
                    tooPainful.push_back(exercise->name + " " + text::pain(pain));
                }
            }
        }
    }
    const std::string limit = " (needs " + std::to_string(maxPain) + " or less)";
    if (seen.empty()) {
        return {false, "no single-leg work in last week's plan to judge by" + limit};
    }
    if (!tooPainful.empty()) {
        return {false, "single-leg work hurt: " + text::joinAnd(tooPainful) + limit};
    }
    return {true, "single-leg work at most " + text::pain(worst) + limit};
}

} // namespace

PhaseGateResult evaluatePhaseGate(int phase, int greenWeeksInPhase, const CheckIn& latest,
                                  const ClientProfile& client, const Plan* previousPlan,
                                  const LibraryIndex& library, const ProgressionRules& rules)
{
    PhaseGateResult result;
    if (phase < 1 || phase > 3) {
        return result;
    }
    const PhaseGateRule& gate = rules.phaseGates[static_cast<std::size_t>(phase - 1)];
    std::vector<Criterion> criteria;

    criteria.push_back({greenWeeksInPhase >= gate.greenWeeks,
                        std::to_string(greenWeeksInPhase) + " green week" +
                            (greenWeeksInPhase == 1 ? "" : "s") + " in a row in phase " +
                            std::to_string(phase) + " (needs " + std::to_string(gate.greenWeeks) +
                            ")"});
    criteria.push_back({latest.painRest <= gate.maxRestPain,
                        "rest pain " + text::pain(latest.painRest) + " (needs " +
                            std::to_string(gate.maxRestPain) + " or less)"});
    if (gate.maxActivityPain < 10) {
        criteria.push_back({latest.painActivity <= gate.maxActivityPain,
                            "activity pain " + text::pain(latest.painActivity) + " (needs " +
                                std::to_string(gate.maxActivityPain) + " or less)"});
    }
    if (gate.requireNoSwelling) {
        criteria.push_back(
            {latest.swelling == Swelling::None,
             latest.swelling == Swelling::None ? "no swelling" : "swelling reported (needs none)"});
    }
    if (gate.maxSingleLegPain < 10) {
        criteria.push_back(
            singleLegCriterion(latest, previousPlan, library, gate.maxSingleLegPain));
    }
    if (gate.requireSportGoal) {
        const bool sport =
            contains(client.goals, Goal::Running) || contains(client.goals, Goal::JumpingSport);
        criteria.push_back({sport, sport ? "a goal of running or jumping sport"
                                         : "no goal of running or jumping sport (needed for "
                                           "landing and power work)"});
    }

    std::vector<std::string> met;
    std::vector<std::string> missing;
    for (const Criterion& criterion : criteria) {
        (criterion.met ? met : missing).push_back(criterion.text);
    }
    result.passed = missing.empty();
    result.reason.rule = gateRuleId(phase);
    if (result.passed) {
        result.reason.text = "Moves from phase " + std::to_string(phase) + " to phase " +
                             std::to_string(phase + 1) + ": " + text::joinAnd(met) + ".";
    } else {
        result.reason.text = "Stays in phase " + std::to_string(phase) + ", not yet ready for " +
                             "phase " + std::to_string(phase + 1) + ": " + text::joinAnd(missing) +
                             ".";
        if (!met.empty()) {
            result.reason.text += " Already met: " + text::joinAnd(met) + ".";
        }
    }
    return result;
}

} // namespace glidepath::core
