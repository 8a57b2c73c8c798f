// Which exercises this week may use at all, and in words why one may not.

#include "engine_text.h"
#include "exercise_safety.h"
#include "run_pathway.h"

#include <glidepath/core/progression_steps.h>

#include <algorithm>

namespace glidepath::core {

SelectionFilter makeSelectionFilter(const WeekAssessment& assessment, const PlanRequest& request,
                                    const ProgressionRules& rules)
{
    SelectionFilter filter;
    filter.phase = assessment.decision.phase;
    for (Equipment item : allValues<Equipment>()) {
        const bool assumed = item == Equipment::None || (item == Equipment::Mat && rules.assumeMat);
        if (assumed || contains(request.client.equipment, item)) {
            filter.available.push_back(item);
        }
    }
    filter.capsActive = assessment.capsActive;
    if (filter.capsActive) {
        filter.maxKneeFlexion = rules.redMaxKneeFlexion;
        filter.maxImpact = rules.redMaxImpact;
    }
    filter.excludeKneeling = assessment.excludeKneeling;
    filter.kneelingThreshold = rules.kneelingExclusionActivityPain;
    filter.swapThreshold = rules.swapExercisePainAbove;
    if (assessment.latest) {
        filter.kneelingActivityPain = assessment.latest->painActivity;
        for (const auto& [id, pain] : assessment.latest->painfulExercises) {
            if (pain > rules.swapExercisePainAbove) {
                filter.swap.emplace(id, pain);
            }
        }
    }
    filter.landingMinPhase = rules.landingMinPhase;
    filter.gaitMinPhase = rules.gaitMinPhase;

    const ClientProfile& client = request.client;
    const ClientContext& context = assessment.context;
    filter.irritable = assessment.irritable;
    filter.irritableMaxKneeFlexion = rules.irritableMaxKneeFlexion;
    filter.postSurgery = context.postSurgery;
    filter.cleared = context.cleared;
    filter.nonWeightBearing =
        context.surgery && context.surgery->weightBearing == WeightBearing::NonWeightBearing;
    filter.partialWeightBearing =
        context.surgery && context.surgery->weightBearing == WeightBearing::Partial;
    filter.fallsRisk = context.fallsRisk;
    filter.supportAvailable =
        contains(client.equipment, Equipment::Chair) || contains(client.equipment, Equipment::Wall);
    filter.precautions = client.precautions;
    filter.hipBalanceEmphasis = context.hipBalanceEmphasis;
    filter.goals = shapingGoals(client);
    filter.runOpen = assessment.runOpen;
    if (contains(client.goals, Goal::Walking) || contains(client.goals, Goal::Running)) {
        filter.gaitMinPhase = std::min(filter.gaitMinPhase, rules.walkingGoalGaitMinPhase);
    }
    return filter;
}

SelectionFilter makeSelectionFilter(const WeekAssessment& assessment, const PlanRequest& request,
                                    const LibraryIndex& library, const ProgressionRules& rules)
{
    SelectionFilter filter = makeSelectionFilter(assessment, request, rules);
    // select.painful_ladder: nothing above a painful exercise on its ladder comes in instead.
    for (const auto& [id, pain] : filter.swap) {
        const Exercise* painful = library.find(id);
        if (painful == nullptr) {
            continue;
        }
        const Exercise* step = painful;
        for (std::size_t guard = 0; guard < library.exercises().size(); ++guard) {
            step = library.harderOf(*step);
            if (step == nullptr || step == painful) {
                break;
            }
            filter.abovePainful.emplace(step->id, painful->name);
        }
    }
    return filter;
}

bool hasEquipment(const Exercise& exercise, std::span<const Equipment> available)
{
    return std::all_of(exercise.equipment.begin(), exercise.equipment.end(), [&](Equipment item) {
        return item == Equipment::None ||
               std::find(available.begin(), available.end(), item) != available.end();
    });
}

bool isKneeling(const Exercise& exercise)
{
    return exercise.has(Precaution::Kneeling) || exercise.position == Position::Kneeling ||
           exercise.position == Position::HalfKneeling;
}

namespace {

enum class Exclusion
{
    None,
    Hidden,
    PhaseTooLow,
    PhaseTooHigh,
    LandingPhase,
    GaitPhase,
    Equipment,
    KneeFlexionCap,
    ImpactCap,
    Kneeling,
    Painful,
    Safety,
    RunEntry,
};

// The first rule that keeps the exercise out this week. No allocation: it runs for every
// exercise of the library in every slot.
Exclusion exclusionOf(const Exercise& exercise, const SelectionFilter& filter)
{
    if (exercise.hidden) {
        return Exclusion::Hidden;
    }
    if (exercise.phaseMin > filter.phase) {
        return Exclusion::PhaseTooLow;
    }
    if (exercise.phaseMax < filter.phase) {
        return Exclusion::PhaseTooHigh;
    }
    if (exercise.category == Category::Landing && filter.phase < filter.landingMinPhase) {
        return Exclusion::LandingPhase;
    }
    if (exercise.category == Category::Gait && filter.phase < filter.gaitMinPhase) {
        return Exclusion::GaitPhase;
    }
    if (!hasEquipment(exercise, filter.available)) {
        return Exclusion::Equipment;
    }
    if (filter.capsActive && exercise.kneeFlexion > filter.maxKneeFlexion) {
        return Exclusion::KneeFlexionCap;
    }
    if (filter.capsActive && exercise.impact > filter.maxImpact) {
        return Exclusion::ImpactCap;
    }
    if (filter.excludeKneeling && isKneeling(exercise)) {
        return Exclusion::Kneeling;
    }
    if (!filter.swap.empty() && filter.swap.count(exercise.id) > 0) {
        return Exclusion::Painful;
    }
    if (detail::safetyExclusion(exercise, filter) != detail::SafetyExclusion::None) {
        return Exclusion::Safety;
    }
    if (!filter.runOpen && detail::isRunningWork(exercise)) {
        return Exclusion::RunEntry;
    }
    return Exclusion::None;
}

} // namespace

bool isUsable(const Exercise& exercise, const SelectionFilter& filter)
{
    return exclusionOf(exercise, filter) == Exclusion::None;
}

ReasonValues exclusionReason(const Exercise& exercise, const SelectionFilter& filter)
{
    const auto why = [](std::string_view word, ReasonValues more = {}) {
        more["exclusion"] = value::word(word);
        return more;
    };
    switch (exclusionOf(exercise, filter)) {
    case Exclusion::None:
        return {};
    case Exclusion::Hidden:
        return why("hidden");
    case Exclusion::PhaseTooLow:
        return why("phase_too_low", {{"exercise_phase", value::number(exercise.phaseMin)},
                                     {"plan_phase", value::number(filter.phase)}});
    case Exclusion::PhaseTooHigh:
        return why("phase_too_high", {{"exercise_phase", value::number(exercise.phaseMax)},
                                      {"plan_phase", value::number(filter.phase)}});
    case Exclusion::LandingPhase:
        return why("landing_phase", {{"exercise_phase", value::number(filter.landingMinPhase)}});
    case Exclusion::GaitPhase:
        return why("gait_phase", {{"exercise_phase", value::number(filter.gaitMinPhase)}});
    case Exclusion::RunEntry:
        return why("run_entry");
    case Exclusion::Equipment: {
        std::vector<std::string> missing;
        for (Equipment item : exercise.equipment) {
            if (item != Equipment::None && !contains(filter.available, item)) {
                missing.emplace_back(toString(item));
            }
        }
        return why("equipment", {{"needs", value::words(missing)}});
    }
    case Exclusion::KneeFlexionCap:
        return why("knee_flexion_cap",
                   {{"flexion", value::word(toString(exercise.kneeFlexion))},
                    {"max_flexion", value::word(toString(filter.maxKneeFlexion))}});
    case Exclusion::ImpactCap:
        return why("impact_cap", {{"impact", value::word(toString(exercise.impact))},
                                  {"max_impact", value::word(toString(filter.maxImpact))}});
    case Exclusion::Kneeling:
        return why("kneeling", {{"activity_pain", value::pain(filter.kneelingActivityPain)},
                                {"limit", value::number(filter.kneelingThreshold)}});
    case Exclusion::Painful: {
        const auto it = filter.swap.find(exercise.id);
        return why("painful", {{"pain", value::pain(it->second)},
                               {"limit", value::number(filter.swapThreshold)}});
    }
    case Exclusion::Safety:
        return detail::safetyExclusionReason(detail::safetyExclusion(exercise, filter), exercise,
                                             filter);
    }
    return {};
}

} // namespace glidepath::core
