#include "session_budget.h"

#include <algorithm>

namespace glidepath::core::detail {

namespace {

// When required work must go, the quadriceps and hip abductor work stay longest: hip and knee
// exercise together is the core of the programme (Willy 2019).
int keepPriority(Slot slot)
{
    switch (slot) {
    case Slot::Quadriceps:
        return 5;
    case Slot::HipAbductors:
        return 4;
    case Slot::HipExtensors:
        return 3;
    case Slot::Gait:
    case Slot::Landing:
        return 2;
    default:
        return 1;
    }
}

} // namespace

int sessionSeconds(const Session& session, std::span<const WeekItem> items,
                   const ProgressionRules& rules, bool itemDoses, bool requiredOnly)
{
    int total = 0;
    for (const Entry& entry : session.entries) {
        if (requiredOnly && !entry.required) {
            continue;
        }
        const WeekItem& item = items[entry.item];
        total +=
            estimateSeconds(itemDoses ? item.dose : entry.dose, item.exercise->laterality, rules);
    }
    return total;
}

bool dropLast(Session& session, bool required)
{
    for (std::size_t i = session.entries.size(); i-- > 0;) {
        if (session.entries[i].required == required) {
            session.entries.erase(session.entries.begin() + static_cast<std::ptrdiff_t>(i));
            return true;
        }
    }
    return false;
}

std::optional<std::size_t> dropRequired(Session& session, std::span<const WeekItem> items)
{
    std::optional<std::size_t> at;
    for (std::size_t i = 0; i < session.entries.size(); ++i) {
        if (!session.entries[i].required) {
            continue;
        }
        // Ties go to the later entry, so the day keeps its first exercises.
        if (!at || keepPriority(items[session.entries[i].item].slot) <=
                       keepPriority(items[session.entries[*at].item].slot)) {
            at = i;
        }
    }
    if (!at) {
        return std::nullopt;
    }
    const std::size_t item = session.entries[*at].item;
    session.entries.erase(session.entries.begin() + static_cast<std::ptrdiff_t>(*at));
    return item;
}

bool trimLargest(Session& session, std::span<const WeekItem> items, const ProgressionRules& rules,
                 bool floors)
{
    Entry* best = nullptr;
    Dose bestDose;
    int bestSeconds = -1;
    for (Entry& entry : session.entries) {
        const Exercise& exercise = *items[entry.item].exercise;
        const DoseLimits& limits = exercise.limits;
        Dose cut = entry.dose;
        if (cut.sets > std::max(1, limits.minSets)) {
            cut.sets -= 1;
        } else if (cut.reps > std::max(1, limits.minReps)) {
            cut.reps =
                std::max(std::max(1, limits.minReps), cut.reps - std::max(1, rules.repsStep));
        } else if (cut.holdSeconds > std::max(1, limits.minHoldSeconds)) {
            const int step = cut.reps > 0 ? rules.repHoldStepSeconds : rules.holdStepSeconds;
            cut.holdSeconds =
                std::max(std::max(1, limits.minHoldSeconds), cut.holdSeconds - std::max(1, step));
        } else {
            continue;
        }
        const Dose& floor = items[entry.item].floor;
        if (floors && (cut.sets < floor.sets || cut.reps < floor.reps ||
                       cut.holdSeconds < floor.holdSeconds)) {
            continue;
        }
        const int seconds = estimateSeconds(entry.dose, exercise.laterality, rules);
        if (seconds >= bestSeconds) {
            best = &entry;
            bestDose = cut;
            bestSeconds = seconds;
        }
    }
    if (best == nullptr) {
        return false;
    }
    best->dose = bestDose;
    return true;
}

} // namespace glidepath::core::detail
