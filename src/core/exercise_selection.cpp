// Where each exercise fits in a week (slot and kind of day) and which candidates fill a slot,
// best first.

#include <glidepath/core/progression_steps.h>

#include <algorithm>
#include <tuple>

namespace glidepath::core {

std::string_view slotWord(Slot slot)
{
    switch (slot) {
    case Slot::HipAbductors:
        return "hip_abductors";
    case Slot::HipExtensors:
        return "hip_extensors";
    case Slot::Quadriceps:
        return "quadriceps";
    case Slot::TrunkControl:
        return "trunk_control";
    case Slot::Landing:
        return "landing";
    case Slot::Gait:
        return "gait";
    case Slot::Accessory:
        return "accessory";
    case Slot::Mobility:
        return "mobility";
    case Slot::Activation:
        return "activation";
    }
    return {};
}

std::string_view slotLabel(Slot slot)
{
    switch (slot) {
    case Slot::HipAbductors:
        return "hip abductors";
    case Slot::HipExtensors:
        return "hip extensors";
    case Slot::Quadriceps:
        return "quadriceps";
    case Slot::TrunkControl:
        return "trunk control";
    case Slot::Landing:
        return "landing";
    case Slot::Gait:
        return "gait";
    case Slot::Accessory:
        return "other support muscles";
    case Slot::Mobility:
        return "mobility";
    case Slot::Activation:
        return "activation";
    }
    return {};
}

std::optional<Slot> strengthSlotOf(const Exercise& exercise)
{
    switch (exercise.category) {
    case Category::Landing:
        return Slot::Landing;
    case Category::Gait:
        return Slot::Gait;
    case Category::Mobility:
        return std::nullopt;
    case Category::Activation:
    case Category::Strength:
    case Category::MotorControl:
        break;
    }
    if (exercise.muscles.empty()) {
        return Slot::Accessory;
    }
    switch (exercise.muscles.front()) {
    case Muscle::GluteMed:
    case Muscle::GluteMin:
    case Muscle::DeepRotators:
    case Muscle::Tfl:
        return Slot::HipAbductors;
    case Muscle::GluteMax:
    case Muscle::Hamstrings:
        return Slot::HipExtensors;
    case Muscle::Quadriceps:
    case Muscle::Vmo:
        return Slot::Quadriceps;
    case Muscle::DeepAbdominals:
    case Muscle::Obliques:
        return Slot::TrunkControl;
    case Muscle::Adductors:
    case Muscle::Calves:
    case Muscle::HipFlexors:
        break;
    }
    return Slot::Accessory;
}

std::pair<DayKind, Slot> placeOf(const Exercise& exercise, DayKind dayKind)
{
    switch (exercise.category) {
    case Category::Landing:
        return {DayKind::Strength, Slot::Landing};
    case Category::Gait:
        // goal.walking: walking work may fill the days between strength days.
        return {dayKind == DayKind::Mobility ? DayKind::Mobility : DayKind::Strength, Slot::Gait};
    case Category::Mobility:
        return {DayKind::Mobility, Slot::Mobility};
    case Category::Activation:
    case Category::Strength:
    case Category::MotorControl:
        break;
    }
    if (dayKind == DayKind::Mobility) {
        return {DayKind::Mobility, Slot::Activation};
    }
    return {DayKind::Strength, *strengthSlotOf(exercise)};
}

bool fitsGroup(const Exercise& exercise, DayKind group, Slot slot)
{
    if (group == DayKind::Mobility && slot == Slot::Gait) {
        return exercise.category == Category::Gait;
    }
    if (group == DayKind::Mobility) {
        return slot == Slot::Mobility ? exercise.category == Category::Mobility
                                      : exercise.category == Category::Activation ||
                                            exercise.category == Category::MotorControl;
    }
    return placeOf(exercise, DayKind::Strength).first == DayKind::Strength;
}

namespace {

int categoryRank(Slot slot, Category category)
{
    if (slot == Slot::Activation) {
        return category == Category::Activation ? 0 : 1;
    }
    switch (category) {
    case Category::Strength:
        return 0;
    case Category::MotorControl:
        return 1;
    case Category::Activation:
        return 2;
    default:
        return 0;
    }
}

// The muscle each slot is named after comes first.
int muscleRank(Slot slot, const Exercise& exercise)
{
    if (exercise.muscles.empty()) {
        return 9;
    }
    const Muscle main = exercise.muscles.front();
    auto rankIn = [&](std::initializer_list<Muscle> order) {
        int rank = 0;
        for (Muscle m : order) {
            if (m == main) {
                return rank;
            }
            ++rank;
        }
        return rank;
    };
    switch (slot) {
    case Slot::HipAbductors:
        return rankIn({Muscle::GluteMed, Muscle::GluteMin, Muscle::DeepRotators, Muscle::Tfl});
    case Slot::HipExtensors:
        return rankIn({Muscle::GluteMax, Muscle::Hamstrings});
    case Slot::Quadriceps:
        return rankIn({Muscle::Quadriceps, Muscle::Vmo});
    case Slot::TrunkControl:
        return rankIn({Muscle::DeepAbdominals, Muscle::Obliques});
    case Slot::Accessory:
        return rankIn({Muscle::Adductors, Muscle::Calves, Muscle::HipFlexors});
    case Slot::Activation:
        return rankIn({Muscle::GluteMed, Muscle::GluteMax, Muscle::Quadriceps, Muscle::Vmo});
    default:
        return 0;
    }
}

} // namespace

namespace {

constexpr unsigned char kNoSlot = 0xFF;

} // namespace

CandidatePool::CandidatePool(const LibraryIndex& library, const SelectionFilter& filter)
    : m_library(library), m_goals(filter.goals), m_hipBalance(filter.hipBalanceEmphasis)
{
    const std::span<const Exercise> all = library.exercises();
    m_strengthSlot.assign(all.size(), kNoSlot);
    m_mobilitySlot.assign(all.size(), kNoSlot);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Exercise& exercise = all[i];
        if (!library.isPrimary(exercise) || !isUsable(exercise, filter)) {
            continue; // shadowed by an earlier exercise with the same id, or not usable
        }
        if (const auto [group, slot] = placeOf(exercise, DayKind::Strength);
            group == DayKind::Strength) {
            m_strengthSlot[i] = static_cast<unsigned char>(slot);
        }
        if (exercise.category == Category::Gait) {
            m_mobilitySlot[i] = static_cast<unsigned char>(Slot::Gait);
        } else if (exercise.category == Category::Mobility) {
            m_mobilitySlot[i] = static_cast<unsigned char>(Slot::Mobility);
        } else if (exercise.category == Category::Activation ||
                   exercise.category == Category::MotorControl) {
            m_mobilitySlot[i] = static_cast<unsigned char>(Slot::Activation);
        }
    }
}

std::vector<const Exercise*> CandidatePool::candidates(Slot slot, DayKind dayKind) const
{
    const std::span<const Exercise> all = m_library.exercises();
    const std::vector<unsigned char>& table =
        dayKind == DayKind::Mobility ? m_mobilitySlot : m_strengthSlot;
    const auto wanted = static_cast<unsigned char>(slot);
    std::vector<const Exercise*> out;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (table[i] != wanted) {
            continue;
        }
        // Only the lowest usable rung of each ladder: a client starts a ladder at its bottom.
        bool lowest = true;
        const Exercise* step = &all[i];
        for (std::size_t guard = 0; guard < all.size(); ++guard) {
            step = m_library.easierOf(*step);
            if (step == nullptr) {
                break;
            }
            if (table[static_cast<std::size_t>(step - all.data())] == wanted) {
                lowest = false;
                break;
            }
        }
        if (lowest) {
            out.push_back(&all[i]);
        }
    }
    // goal.*: a ladder that leads to an exercise the client's goals ask for comes first.
    const auto goalRank = [&](const Exercise* exercise) {
        if (m_goals.empty() || (slot != Slot::Quadriceps && slot != Slot::Gait)) {
            return 1;
        }
        const Exercise* step = exercise;
        for (std::size_t guard = 0; step != nullptr && guard < all.size(); ++guard) {
            if (servesAny(*step, m_goals)) {
                return 0;
            }
            step = m_library.harderOf(*step);
        }
        return 1;
    };
    // goal.hip_balance: mobility of the outer, inner and front of the hip first.
    const auto hipRank = [&](const Exercise* exercise) {
        if (!m_hipBalance || slot != Slot::Mobility || exercise->muscles.empty()) {
            return 1;
        }
        const Muscle main = exercise->muscles.front();
        return main == Muscle::DeepRotators || main == Muscle::Adductors ||
                       main == Muscle::HipFlexors
                   ? 0
                   : 1;
    };
    std::sort(out.begin(), out.end(), [&](const Exercise* a, const Exercise* b) {
        return std::tuple(goalRank(a), hipRank(a), categoryRank(slot, a->category),
                          muscleRank(slot, *a), -a->phaseMin, std::string_view(a->id)) <
               std::tuple(goalRank(b), hipRank(b), categoryRank(slot, b->category),
                          muscleRank(slot, *b), -b->phaseMin, std::string_view(b->id));
    });
    return out;
}

std::vector<const Exercise*> slotCandidates(Slot slot, DayKind dayKind, const LibraryIndex& library,
                                            const SelectionFilter& filter)
{
    return CandidatePool(library, filter).candidates(slot, dayKind);
}

} // namespace glidepath::core
