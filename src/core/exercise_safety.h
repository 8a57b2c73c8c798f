#pragma once

// Internal to src/core: the exclusions that protect a particular client (after surgery, falls
// risk, client precautions, an irritable knee, the ladder above a painful exercise), kept apart
// from the week's general filters in exercise_selection.cpp.

#include <glidepath/core/progression_steps.h>

#include <string>

namespace glidepath::core::detail {

enum class SafetyExclusion
{
    None,
    PainfulLadder,
    SurgeryKneeling,
    SurgeryDeepBend,
    SurgeryRunning,
    SurgeryPivot,
    SurgeryImpact,
    WeightBearing,
    PartialWeightBearing,
    Irritable,
    FallsBalance,
    FallsImpact,
    ClientPrecaution,
};

SafetyExclusion safetyExclusion(const Exercise& exercise, const SelectionFilter& filter);
// The exclusion as reason values: "exclusion" names it, with the values it fired on.
ReasonValues safetyExclusionReason(SafetyExclusion exclusion, const Exercise& exercise,
                                   const SelectionFilter& filter);

} // namespace glidepath::core::detail
