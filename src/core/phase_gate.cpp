#include "engine_text.h"

#include <glidepath/core/progression_steps.h>

#include <algorithm>

namespace glidepath::core {

namespace {

// One gate criterion: a word naming it and its values, with the client's value and the limit.
struct Criterion
{
    bool met = false;
    ReasonValue value; // a list: the criterion word, then its numbers / exercises
};

Criterion criterion(bool met, std::string_view word, std::vector<ReasonValue> values = {})
{
    values.insert(values.begin(), value::word(word));
    return {met, value::list(std::move(values))};
}

std::string gateRuleId(int phase)
{
    return "phase.gate." + std::to_string(phase) + "_" + std::to_string(phase + 1);
}

// Single-leg work in last week's plan and the pain reported for each, in plan order.
Criterion singleLegCriterion(const CheckIn& latest, const Plan* previousPlan,
                             const LibraryIndex& library, int maxPain)
{
    std::vector<std::string> seen;
    std::vector<ReasonValue> tooPainful;
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
                    tooPainful.push_back(text::exercise(*exercise, pain));
                }
            }
        }
    }
    if (seen.empty()) {
        return criterion(false, "single_leg_none", {value::number(maxPain)});
    }
    if (!tooPainful.empty()) {
        return criterion(false, "single_leg_hurt",
                         {value::number(maxPain), value::list(std::move(tooPainful))});
    }
    return criterion(true, "single_leg", {value::number(maxPain), value::pain(worst)});
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

    criteria.push_back(
        criterion(greenWeeksInPhase >= gate.greenWeeks, "green_weeks",
                  {value::number(gate.greenWeeks), value::number(greenWeeksInPhase)}));
    criteria.push_back(criterion(latest.painRest <= gate.maxRestPain, "rest_pain",
                                 {value::number(gate.maxRestPain), value::pain(latest.painRest)}));
    if (gate.maxActivityPain < 10) {
        criteria.push_back(
            criterion(latest.painActivity <= gate.maxActivityPain, "activity_pain",
                      {value::number(gate.maxActivityPain), value::pain(latest.painActivity)}));
    }
    if (gate.requireNoSwelling) {
        criteria.push_back(
            criterion(latest.swelling == Swelling::None,
                      latest.swelling == Swelling::None ? "no_swelling" : "swelling"));
    }
    if (gate.maxSingleLegPain < 10) {
        criteria.push_back(
            singleLegCriterion(latest, previousPlan, library, gate.maxSingleLegPain));
    }
    if (gate.requireSportGoal) {
        const bool sport =
            contains(client.goals, Goal::Running) || contains(client.goals, Goal::JumpingSport);
        criteria.push_back(criterion(sport, sport ? "sport_goal" : "no_sport_goal"));
    }

    std::vector<ReasonValue> met;
    std::vector<ReasonValue> missing;
    for (const Criterion& c : criteria) {
        (c.met ? met : missing).push_back(c.value);
    }
    result.passed = missing.empty();
    result.reason = {gateRuleId(phase),
                     {{"phase", value::number(phase)},
                      {"passed", value::word(result.passed ? "yes" : "no")},
                      {"met", value::list(std::move(met))},
                      {"missing", value::list(std::move(missing))}}};
    return result;
}

} // namespace glidepath::core
