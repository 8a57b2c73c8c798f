#include "engine_text.h"
#include "exercise_safety.h"
#include "run_pathway.h"

#include <glidepath/core/progression_steps.h>

#include <algorithm>
#include <functional>
#include <tuple>

namespace glidepath::core {

namespace {

// Only used to place ids in the table, never to order anything, so any hash will do; the
// standard one reads eight bytes at a time.
std::uint64_t hashId(std::string_view id)
{
    return std::hash<std::string_view>{}(id);
}

} // namespace

LibraryIndex::LibraryIndex(std::span<const Exercise> library) : m_library(library)
{
    std::size_t capacity = 16;
    while (capacity < library.size() * 2) {
        capacity *= 2;
    }
    m_table.assign(capacity, 0);
    m_hashes.reserve(library.size());
    m_primary.reserve(library.size());
    const std::size_t mask = capacity - 1;
    for (std::size_t i = 0; i < library.size(); ++i) {
        const std::uint64_t hash = hashId(library[i].id);
        m_hashes.push_back(hash);
        bool primary = true;
        for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
            const std::uint32_t entry = m_table[at];
            if (entry == 0) {
                m_table[at] = static_cast<std::uint32_t>(i + 1);
                break;
            }
            if (m_hashes[entry - 1] == hash && library[entry - 1].id == library[i].id) {
                primary = false; // the first of two equal ids keeps the place
                break;
            }
        }
        m_primary.push_back(primary ? 1 : 0);
    }
    m_easier.assign(library.size(), kUnresolved);
    m_harder.assign(library.size(), kUnresolved);
}

std::size_t LibraryIndex::lookup(std::string_view id) const
{
    const std::uint64_t hash = hashId(id);
    const std::size_t mask = m_table.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
        const std::uint32_t entry = m_table[at];
        if (entry == 0) {
            return kNone;
        }
        if (m_hashes[entry - 1] == hash && m_library[entry - 1].id == id) {
            return entry - 1;
        }
    }
}

const Exercise* LibraryIndex::find(std::string_view id) const
{
    const std::size_t i = lookup(id);
    return i == kNone ? nullptr : &m_library[i];
}

std::size_t LibraryIndex::indexOf(const Exercise& exercise) const
{
    // std::less gives a total order on pointers, so this is defined for any address.
    const Exercise* first = m_library.data();
    const std::less<const Exercise*> before;
    if (before(&exercise, first) || !before(&exercise, first + m_library.size())) {
        return kNone;
    }
    return static_cast<std::size_t>(&exercise - first);
}

const Exercise* LibraryIndex::link(std::vector<std::size_t>& links, const Exercise& exercise,
                                   const std::string& id) const
{
    const std::size_t i = indexOf(exercise);
    if (i == kNone) {
        // Not one of ours (a caller's copy): look the neighbour up by id.
        return id.empty() ? nullptr : find(id);
    }
    if (links[i] == kUnresolved) {
        links[i] = id.empty() ? kNone : lookup(id);
    }
    return links[i] == kNone ? nullptr : &m_library[links[i]];
}

bool LibraryIndex::isPrimary(const Exercise& exercise) const
{
    const std::size_t i = indexOf(exercise);
    return i != kNone && m_primary[i] != 0;
}

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

namespace {

const Exercise* walkUsable(const Exercise& exercise, const LibraryIndex& library,
                           const SelectionFilter& filter, bool harder)
{
    const Exercise* step = &exercise;
    const std::size_t limit = library.exercises().size();
    for (std::size_t guard = 0; guard < limit; ++guard) {
        step = harder ? library.harderOf(*step) : library.easierOf(*step);
        if (step == nullptr || step == &exercise) {
            return nullptr;
        }
        if (isUsable(*step, filter)) {
            return step;
        }
    }
    return nullptr;
}

} // namespace

const Exercise* easierUsable(const Exercise& exercise, const LibraryIndex& library,
                             const SelectionFilter& filter)
{
    return walkUsable(exercise, library, filter, false);
}

const Exercise* harderUsable(const Exercise& exercise, const LibraryIndex& library,
                             const SelectionFilter& filter)
{
    return walkUsable(exercise, library, filter, true);
}

std::string_view ladderRoot(const Exercise& exercise, const LibraryIndex& library)
{
    const Exercise* step = &exercise;
    const std::size_t limit = library.exercises().size();
    for (std::size_t guard = 0; guard < limit; ++guard) {
        const Exercise* next = library.easierOf(*step);
        if (next == nullptr || next == &exercise) {
            break;
        }
        step = next;
    }
    return step->id;
}

} // namespace glidepath::core
