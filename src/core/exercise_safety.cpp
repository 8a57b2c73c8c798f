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
    if (has(ClientPrecaution::Pregnancy) && exercise.impact != Impact::None) {
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

std::string safetyExclusionReason(SafetyExclusion exclusion, const Exercise& exercise,
                                  const SelectionFilter& filter)
{
    switch (exclusion) {
    case SafetyExclusion::None:
        return {};
    case SafetyExclusion::PainfulLadder: {
        const auto it = filter.abovePainful.find(exercise.id);
        return "it is harder than " + it->second + ", which hurt above " +
               std::to_string(filter.swapThreshold) + " last week";
    }
    case SafetyExclusion::SurgeryKneeling:
        return "kneeling is not cleared by the surgeon";
    case SafetyExclusion::SurgeryDeepBend:
        return "deep knee bending is not cleared by the surgeon";
    case SafetyExclusion::SurgeryRunning:
        return "running is not cleared by the surgeon";
    case SafetyExclusion::SurgeryPivot:
        return "pivoting is not cleared by the surgeon";
    case SafetyExclusion::SurgeryImpact:
        return "impact and landing are not cleared by the surgeon";
    case SafetyExclusion::WeightBearing:
        return "standing work waits until the leg may take weight";
    case SafetyExclusion::Irritable:
        return "the knee is irritable, so deep loaded bending and kneecap pressure wait";
    case SafetyExclusion::FallsBalance:
        return "balance work needs a chair or wall to hold (falls risk)";
    case SafetyExclusion::FallsImpact:
        return "no impact with a falls risk";
    case SafetyExclusion::ClientPrecaution:
        return "it does not suit the client's precautions";
    }
    return {};
}

} // namespace detail

} // namespace glidepath::core
