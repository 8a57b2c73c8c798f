#pragma once

// Internal to src/core: one day's session of a week being built, and the cuts that bring it
// within the client's minutes. The week builder decides when to cut and says why; these
// functions decide what to cut.

#include "week_items.h"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace glidepath::core::detail {

// One exercise on one day: an index into the week's items, at the dose for that day.
struct Entry
{
    std::size_t item = 0;
    bool required = true;
    Dose dose; // may be shortened on this day to fit the budget
};

struct Session
{
    std::size_t day = 0;
    DayKind group = DayKind::Strength;
    std::vector<Entry> entries;
};

// The session's estimated length: at each entry's dose for the day, or at the items' doses
// (itemDoses) to ask whether a week-wide dose still fits; requiredOnly counts required work.
int sessionSeconds(const Session& session, std::span<const WeekItem> items,
                   const ProgressionRules& rules, bool itemDoses, bool requiredOnly = false);

// Removes the last entry that is (or is not) required; false when there is none.
bool dropLast(Session& session, bool required);

// Removes the required entry that matters least to the programme and returns its item; nullopt
// when no required entry is left.
std::optional<std::size_t> dropRequired(Session& session, std::span<const WeekItem> items);

// One cut on the longest exercise that can still be cut: a set, else reps, else hold time, never
// below the exercise's limits, nor below the item's floor when floors is set. False when
// nothing can be cut.
bool trimLargest(Session& session, std::span<const WeekItem> items, const ProgressionRules& rules,
                 bool floors);

} // namespace glidepath::core::detail
