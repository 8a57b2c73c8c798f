#include "exercise_safety.h"

#include "engine_text.h"

#include <algorithm>

namespace glidepath::core {

bool notHarderThan(const Exercise& candidate, const Exercise& reference)
{
    return candidate.kneeFlexion <= reference.kneeFlexion && candidate.impact <= reference.impact &&
           (!candidate.has(Precaution::PatellarCompression) ||
            reference.has(Precaution::PatellarCompression)) &&
           (!candidate.has(Precaution::DeepKneeFlexion) ||
            reference.has(Precaution::DeepKneeFlexion));
}

namespace detail {

namespace {

bool cleared(const SelectionFilter& filter, SurgicalClearance clearance)
{
    return contains(filter.cleared, clearance);
}

bool deepBend(const Exercise& exercise)
{
    return exercise.kneeFlexion == KneeFlexion::High || exercise.has(Precaution::DeepKneeFlexion);
}

bool precautionExcludes(const Exercise& exercise, const SelectionFilter& filter)
{
    const auto has = [&](ClientPrecaution p) { return contains(filter.precautions, p); };
    // Pregnancy: no impact, and nothing done lying on the front, which presses on the bump and
    // soon cannot be done at all (product decision; the evidence notes do not cover pregnancy).
    if (has(ClientPrecaution::Pregnancy) &&
        (exercise.impact != Impact::None || exercise.position == Position::Prone)) {
        return true;
    }
    if (has(ClientPrecaution::Osteoporosis) && exercise.impact == Impact::High) {
        return true;
    }
    if (has(ClientPrecaution::Hypermobility) && exercise.has(Precaution::EndRangeHipFlexion)) {
        return true;
    }
    if (has(ClientPrecaution::HipReplacementPrecautions) &&
        (exercise.has(Precaution::EndRangeHipFlexion) || deepBend(exercise))) {
        return true;
    }
    return false;
}

} // namespace

SafetyExclusion safetyExclusion(const Exercise& exercise, const SelectionFilter& filter)
{
    if (!filter.abovePainful.empty() && filter.abovePainful.count(exercise.id) > 0) {
        return SafetyExclusion::PainfulLadder;
    }
    if (filter.postSurgery) {
        if (isKneeling(exercise) && !cleared(filter, SurgicalClearance::Kneeling)) {
            return SafetyExclusion::SurgeryKneeling;
        }
        if (deepBend(exercise) && !cleared(filter, SurgicalClearance::DeepKneeBend)) {
            return SafetyExclusion::SurgeryDeepBend;
        }
        if (exercise.category == Category::Gait && exercise.impact != Impact::None &&
            !cleared(filter, SurgicalClearance::Running)) {
            return SafetyExclusion::SurgeryRunning;
        }
        // Landing work done side to side turns on the knee: pivoting.
        if (exercise.category == Category::Landing &&
            exercise.laterality == Laterality::Alternating &&
            !cleared(filter, SurgicalClearance::Pivoting)) {
            return SafetyExclusion::SurgeryPivot;
        }
        if ((exercise.impact != Impact::None || exercise.category == Category::Landing) &&
            !cleared(filter, SurgicalClearance::ImpactLanding)) {
            return SafetyExclusion::SurgeryImpact;
        }
        if (filter.nonWeightBearing && exercise.position == Position::Standing) {
            return SafetyExclusion::WeightBearing;
        }
        // Partial weight bearing walks with the aids and the load the surgical team set: no
        // walking drills or brisk walks from the plan until the leg may take full weight
        // (product decision).
        if (filter.partialWeightBearing && exercise.category == Category::Gait) {
            return SafetyExclusion::PartialWeightBearing;
        }
    }
    if (filter.irritable && (exercise.kneeFlexion > filter.irritableMaxKneeFlexion ||
                             exercise.has(Precaution::PatellarCompression))) {
        return SafetyExclusion::Irritable;
    }
    if (filter.fallsRisk) {
        if (exercise.impact != Impact::None) {
            return SafetyExclusion::FallsImpact;
        }
        const bool supported = filter.supportAvailable || exercise.needs(Equipment::Chair) ||
                               exercise.needs(Equipment::Wall);
        if (exercise.has(Precaution::Balance) && !supported) {
            return SafetyExclusion::FallsBalance;
        }
    }
    if (!filter.precautions.empty() && precautionExcludes(exercise, filter)) {
        return SafetyExclusion::ClientPrecaution;
    }
    return SafetyExclusion::None;
}

ReasonValues safetyExclusionReason(SafetyExclusion exclusion, const Exercise& exercise,
                                   const SelectionFilter& filter)
{
    const auto why = [](std::string_view word) {
        return ReasonValues{{"exclusion", value::word(word)}};
    };
    switch (exclusion) {
    case SafetyExclusion::None:
        return {};
    case SafetyExclusion::PainfulLadder: {
        const auto it = filter.abovePainful.find(exercise.id);
        ReasonValues out = why("painful_ladder");
        out["harder_than"] = value::text(it->second);
        out["limit"] = value::number(filter.swapThreshold);
        return out;
    }
    case SafetyExclusion::SurgeryKneeling:
        return why("surgery_kneeling");
    case SafetyExclusion::SurgeryDeepBend:
        return why("surgery_deep_bend");
    case SafetyExclusion::SurgeryRunning:
        return why("surgery_running");
    case SafetyExclusion::SurgeryPivot:
        return why("surgery_pivot");
    case SafetyExclusion::SurgeryImpact:
        return why("surgery_impact");
    case SafetyExclusion::WeightBearing:
        return why("weight_bearing");
    case SafetyExclusion::PartialWeightBearing:
        return why("partial_weight_bearing");
    case SafetyExclusion::Irritable:
        return why("irritable");
    case SafetyExclusion::FallsBalance:
        return why("falls_balance");
    case SafetyExclusion::FallsImpact:
        return why("falls_impact");
    case SafetyExclusion::ClientPrecaution:
        return why("client_precaution");
    }
    return {};
}

} // namespace detail

} // namespace glidepath::core
