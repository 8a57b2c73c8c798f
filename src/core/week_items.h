#pragma once

// Internal to src/core: the exercises a week is built from, before they are laid out on days.

#include <glidepath/core/progression_steps.h>

#include <string>
#include <vector>

namespace glidepath::core::detail {

// One exercise of the week in one slot of one kind of day, at one dose. The same item fills
// that slot in several sessions; trimming to the time budget may shorten it on one day only.
struct WeekItem
{
    DayKind group = DayKind::Strength;
    Slot slot = Slot::HipAbductors;
    const Exercise* exercise = nullptr;
    Dose dose;
    Reason reason;
    bool carried = false;     // kept (or moved along its ladder) from the previous plan
    bool mayProgress = false; // a green week may move it up one step
    // The dose the budget may not cut below in a week that does not step back: last week's
    // dose for a kept exercise, the starting dose for a new one.
    Dose floor;
    bool replacement = false; // fills a slot whose exercise could not be kept
};

// Why a slot needs a new exercise: last week's was dropped. Used in the new one's reason.
struct SlotNote
{
    DayKind group = DayKind::Strength;
    Slot slot = Slot::HipAbductors;
    // Why last week's exercise went: "replaced" (the exercise) and "dropped" (painful: "pain"
    // and "limit"; excluded: the exclusion's values).
    ReasonValues why;
    // The refill asks no more of the knee than this exercise (select.painful_ladder, and hold
    // and step-back weeks); null when a harder refill is fine (the client outgrew the phase).
    const Exercise* cap = nullptr;
};

struct CarryOver
{
    std::vector<WeekItem> items; // in the previous plan's order
    std::vector<SlotNote> notes;
    std::vector<Reason> reasons;
};

// Last week's exercises moved according to the decision: kept, progressed later, held, cut by
// volume, swapped for an easier or harder neighbour, or dropped with a note.
// The dose an exercise had in last week's plan when that was smaller (by volume) than dose, in a
// week that does not move up; nullopt otherwise. An exercise that comes in for another (a
// refill, an easier rung) keeps what was done last week rather than jump to its starting dose.
std::optional<Dose> lowerLastDose(const PlanRequest& request, const WeekAssessment& assessment,
                                  const Exercise& exercise, const Dose& dose);

CarryOver carryOver(const PlanRequest& request, const WeekAssessment& assessment,
                    const LibraryIndex& library, const SelectionFilter& filter,
                    const ProgressionRules& rules);

} // namespace glidepath::core::detail
