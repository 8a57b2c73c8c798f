#include "week_builder.h"

#include "engine_text.h"

#include <algorithm>
#include <optional>

namespace glidepath::core {

std::array<DayKind, 7> layoutWeek(int sessionsPerWeek, bool redWeek, const ProgressionRules& rules)
{
    std::array<DayKind, 7> days;
    days.fill(DayKind::Rest);
    const int restDays = std::clamp(rules.minRestDays, 1, 7);
    const int active = std::clamp(sessionsPerWeek, 0, 7 - restDays);
    int maxStrength = std::clamp(rules.maxStrengthSessions, 0, 3);
    if (redWeek) {
        maxStrength = std::min(maxStrength, std::max(0, rules.redMaxStrengthSessions));
    }
    const int minStrength = std::min({std::max(0, rules.minStrengthSessions), maxStrength, active});
    const int strength = std::clamp(active, minStrength, maxStrength);

    // Spread so that no two strength days touch, within the week or across into the next.
    static constexpr std::array<std::array<int, 3>, 4> kStrengthDays{
        {{-1, -1, -1}, {0, -1, -1}, {0, 3, -1}, {0, 2, 4}}};
    for (int day : kStrengthDays[static_cast<std::size_t>(strength)]) {
        if (day >= 0) {
            days[static_cast<std::size_t>(day)] = DayKind::Strength;
        }
    }
    // Mobility days first on the day after a strength day, then the earliest free days.
    int mobility = std::min(active - strength, 7 - strength - restDays);
    std::vector<int> order;
    for (int day = 0; day < 7; ++day) {
        if (days[static_cast<std::size_t>(day)] == DayKind::Strength && day + 1 < 7 &&
            days[static_cast<std::size_t>(day + 1)] == DayKind::Rest) {
            order.push_back(day + 1);
        }
    }
    for (int day = 0; day < 7; ++day) {
        if (days[static_cast<std::size_t>(day)] == DayKind::Rest && !contains(order, day)) {
            order.push_back(day);
        }
    }
    for (int day : order) {
        if (mobility <= 0) {
            break;
        }
        days[static_cast<std::size_t>(day)] = DayKind::Mobility;
        --mobility;
    }
    return days;
}

namespace {

constexpr std::array<DayKind, 2> kGroups{DayKind::Strength, DayKind::Mobility};

struct SlotPlace
{
    Slot slot;
    bool required;
};

std::vector<SlotPlace> slotsFor(DayKind group, const ClientProfile& client, int phase,
                                int gaitMinPhase, bool mobilityDays, const ProgressionRules& rules)
{
    std::vector<SlotPlace> slots;
    const bool walks =
        contains(client.goals, Goal::Walking) || contains(client.goals, Goal::Running);
    if (group == DayKind::Strength) {
        slots = {{Slot::HipAbductors, true},
                 {Slot::HipExtensors, true},
                 {Slot::Quadriceps, true},
                 {Slot::TrunkControl, true}};
        const bool sport =
            contains(client.goals, Goal::Running) || contains(client.goals, Goal::JumpingSport);
        // For a runner or a jumping sport landing work is the point of the later phases, so it
        // is kept ahead of the optional extras when time is short.
        if (phase >= rules.landingMinPhase && sport) {
            slots.push_back({Slot::Landing, true});
        }
        // goal.walking: a walker's graded walking goes on the days between strength days;
        // without such days it is kept on strength days, ahead of the optional extras.
        if (phase >= gaitMinPhase && (walks || phase >= rules.gaitMinPhase)) {
            slots.push_back({Slot::Gait, walks && !mobilityDays});
        }
        slots.push_back({Slot::Accessory, false});
    } else {
        const std::array<SlotPlace, 4> day{{{Slot::Mobility, true},
                                            {Slot::Activation, true},
                                            {Slot::Mobility, false},
                                            {Slot::Activation, false}}};
        const auto count = static_cast<std::size_t>(
            std::clamp(rules.mobilityDayMaxExercises, 0, static_cast<int>(day.size())));
        if (walks && phase >= gaitMinPhase) {
            slots.push_back({Slot::Gait, true});
        }
        slots.insert(slots.end(), day.begin(), day.begin() + static_cast<std::ptrdiff_t>(count));
    }
    return slots;
}

} // namespace

namespace detail {

WeekBuilder::WeekBuilder(Plan& plan, const PlanRequest& request, const WeekAssessment& assessment,
                         const LibraryIndex& library, const SelectionFilter& filter,
                         const ProgressionRules& rules)
    : m_plan(plan), m_request(request), m_assessment(assessment), m_library(library),
      m_filter(filter), m_rules(rules), m_pool(library, filter),
      m_budgetSeconds(std::max(1, request.client.minutesPerSession) * 60)
{}

void WeekBuilder::build()
{
    layOut();
    CarryOver carried = detail::carryOver(m_request, m_assessment, m_library, m_filter, m_rules);
    m_items = std::move(carried.items);
    m_notes = std::move(carried.notes);
    if (m_request.previousPlan) {
        for (const PlanDay& day : m_request.previousPlan->days) {
            for (const PlannedExercise& planned : day.exercises) {
                m_previousIds.push_back(planned.id);
            }
        }
        for (const WeekItem& item : m_items) {
            if (isNew(item.exercise)) {
                ++m_newCount;
            }
        }
    }
    appendAll(m_plan.decision.reasons, carried.reasons);
    for (DayKind group : kGroups) {
        fillGroup(group);
    }
    if (m_assessment.decision.action == Action::Progress) {
        progressItems();
    }

    // A runner's walk keeps its room on walking days whether it moved up or held.
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        makeRoomForWalk(i);
    }
    for (Session& session : m_sessions) {
        fitBudget(session);
    }
    // Last week's exercises that were dropped and not replaced still need their reason.
    for (const SlotNote& note : m_notes) {
        Reason reason{"keep.previous", note.why};
        reason.values["case"] = value::word("dropped");
        reason.values["slot"] = value::word(slotWord(note.slot));
        m_plan.decision.reasons.push_back(std::move(reason));
    }
    writeDays();
    noteHeldBack();
    addAdvice();
}

void WeekBuilder::appendAll(std::vector<Reason>& to, const std::vector<Reason>& from)
{
    to.insert(to.end(), from.begin(), from.end());
}

void WeekBuilder::layOut()
{
    const bool red = m_assessment.decision.light == Light::Red;
    const int sessions = m_assessment.sessionsOffered > 0 ? m_assessment.sessionsOffered
                                                          : m_request.client.sessionsPerWeek;
    const std::array<DayKind, 7> kinds = layoutWeek(sessions, red, m_rules);
    m_plan.days.clear();
    int strength = 0;
    int mobility = 0;
    std::vector<Date> strengthDays;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        PlanDay day;
        day.date = m_request.weekStart + std::chrono::days(static_cast<int>(i));
        day.kind = kinds[i];
        if (day.kind != DayKind::Rest) {
            m_sessions.push_back({i, day.kind, {}});
        }
        if (day.kind == DayKind::Strength) {
            ++strength;
            strengthDays.push_back(day.date);
        } else if (day.kind == DayKind::Mobility) {
            ++mobility;
        }
        m_plan.days.push_back(std::move(day));
    }
    const int asked = sessions;
    Reason reason{"week.strength_sessions",
                  {{"strength", value::number(strength)},
                   {"strength_days", value::dates(strengthDays)},
                   {"mobility", value::number(mobility)},
                   {"rest", value::number(7 - strength - mobility)},
                   {"asked", value::number(asked)}}};
    if (red && std::min(asked, 7 - m_rules.minRestDays) > m_rules.redMaxStrengthSessions &&
        m_rules.maxStrengthSessions > m_rules.redMaxStrengthSessions) {
        reason.values["red_max"] = value::number(m_rules.redMaxStrengthSessions);
    }
    m_plan.decision.reasons.push_back(std::move(reason));
    if (asked > 7 - m_rules.minRestDays) {
        m_plan.decision.reasons.push_back({"week.rest_days",
                                           {{"asked", value::number(asked)},
                                            {"planned", value::number(strength + mobility)},
                                            {"min_rest", value::number(m_rules.minRestDays)}}});
    }
}

std::vector<std::size_t> WeekBuilder::sessionsOf(DayKind group) const
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i].group == group) {
            out.push_back(i);
        }
    }
    return out;
}

bool WeekBuilder::usedInWeek(const Exercise* exercise) const
{
    return std::any_of(m_items.begin(), m_items.end(),
                       [&](const WeekItem& item) { return item.exercise == exercise; });
}

std::optional<ReasonValues> WeekBuilder::takeNote(DayKind group, Slot slot)
{
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it) {
        if (it->group == group && it->slot == slot) {
            ReasonValues text = std::move(it->why);
            m_notes.erase(it);
            return text;
        }
    }
    return {};
}

const Exercise* WeekBuilder::noteCap(DayKind group, Slot slot) const
{
    for (const SlotNote& note : m_notes) {
        if (note.group == group && note.slot == slot) {
            return note.cap;
        }
    }
    return nullptr;
}

// week.new_exercises: new since last week's plan (a first plan has nothing to compare with).
bool WeekBuilder::isNew(const Exercise* exercise) const
{
    return m_request.previousPlan && !contains(m_previousIds, exercise->id);
}

bool WeekBuilder::newAllowed() const
{
    return !m_request.previousPlan || m_newCount < m_rules.maxNewExercisesPerWeek;
}

void WeekBuilder::fillGroup(DayKind group)
{
    const std::vector<std::size_t> sessions = sessionsOf(group);
    const std::vector<SlotPlace> places =
        slotsFor(group, m_request.client, m_filter.phase, m_filter.gaitMinPhase,
                 !sessionsOf(DayKind::Mobility).empty(), m_rules);
    if (sessions.empty()) {
        return;
    }
    std::vector<Slot> distinct;
    for (const SlotPlace& place : places) {
        if (!contains(distinct, place.slot)) {
            distinct.push_back(place.slot);
        }
    }
    for (Slot slot : distinct) {
        const auto perSession = static_cast<std::size_t>(
            std::count_if(places.begin(), places.end(),
                          [&](const SlotPlace& place) { return place.slot == slot; }));
        const bool required = std::any_of(places.begin(), places.end(), [&](const SlotPlace& p) {
            return p.slot == slot && p.required;
        });
        std::vector<std::size_t> rotation =
            buildRotation(group, slot, sessions.size(), perSession, required);
        if (rotation.empty()) {
            if (required) {
                reportEmptySlot(group, slot);
            }
            continue;
        }
        m_rotations.push_back({group, slot, perSession, std::move(rotation)});
    }
    // Lay the rotations out over the sessions, in the order of the slots.
    for (std::size_t s = 0; s < sessions.size(); ++s) {
        Session& session = m_sessions[sessions[s]];
        std::vector<std::size_t> seenInSlot(distinct.size(), 0);
        for (const SlotPlace& place : places) {
            const auto slotIndex = static_cast<std::size_t>(
                std::find(distinct.begin(), distinct.end(), place.slot) - distinct.begin());
            const std::size_t k = seenInSlot[slotIndex]++;
            const Rotation* rotation = rotationFor(group, place.slot);
            if (rotation == nullptr) {
                continue;
            }
            const std::size_t item =
                rotation->items[(s * rotation->perSession + k) % rotation->items.size()];
            // One exercise never twice in a session, even from two slots.
            const bool inSession = std::any_of(
                session.entries.begin(), session.entries.end(), [&](const Entry& entry) {
                    return m_items[entry.item].exercise == m_items[item].exercise;
                });
            if (!inSession) {
                session.entries.push_back({item, place.required, m_items[item].dose});
            }
        }
    }
}

std::vector<std::size_t> WeekBuilder::buildRotation(DayKind group, Slot slot, std::size_t sessions,
                                                    std::size_t perSession, bool required)
{
    std::vector<std::size_t> rotation;
    std::vector<std::string_view> ladders;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].group == group && m_items[i].slot == slot) {
            rotation.push_back(i);
            ladders.push_back(ladderRoot(*m_items[i].exercise, m_library));
        }
    }
    const std::size_t variety = static_cast<std::size_t>(std::max(1, m_rules.slotVariety));
    std::size_t target = std::min(sessions * perSession, perSession * variety);
    // A hold or step-back week keeps last week's exercises: something new comes in only
    // where a required slot has lost its exercise, never for variety or extras.
    // An amber week that moves some exercises up (action.progress.per_exercise) is no week
    // for variety either.
    if (m_request.previousPlan &&
        (m_assessment.decision.action != Action::Progress || m_assessment.perExercise)) {
        target = required ? 1 : 0;
    }
    if (rotation.size() >= target) {
        return rotation;
    }
    std::vector<const Exercise*> candidates = m_pool.candidates(slot, group);
    // select.painful_ladder: a refill asks no more of the knee than the exercise it replaces.
    if (const Exercise* cap = noteCap(group, slot); cap != nullptr) {
        std::erase_if(candidates,
                      [&](const Exercise* exercise) { return !notHarderThan(*exercise, *cap); });
    }
    // Something not planned elsewhere this week first, for variety across the week.
    std::stable_partition(candidates.begin(), candidates.end(),
                          [&](const Exercise* exercise) { return !usedInWeek(exercise); });
    for (const Exercise* exercise : candidates) {
        if (rotation.size() >= target) {
            break;
        }
        const std::string_view root = ladderRoot(*exercise, m_library);
        if (contains(ladders, root)) {
            continue;
        }
        // A slot without an exercise is always filled; variety waits for room.
        const bool fillsEmpty = rotation.empty();
        if (!fillsEmpty && isNew(exercise) && !newAllowed()) {
            m_heldBackNew = true;
            continue;
        }
        if (isNew(exercise)) {
            ++m_newCount;
        }
        WeekItem item;
        item.group = group;
        item.slot = slot;
        item.exercise = exercise;
        item.dose = startingDose(*exercise);
        // Only a first plan holds new work at its starting dose; later, a new exercise may
        // be shortened to make room, a kept one is not cut in a week that moves up.
        item.floor = m_request.previousPlan ? Dose{1, 0, 0, {}, 0} : item.dose;
        item.replacement = fillsEmpty;
        item.reason = newReason(group, slot, rotation);
        // Done last week in another slot at less than its starting dose (a step back): a week
        // that does not move up keeps that dose here too, and says so.
        if (const std::optional<Dose> last =
                lowerLastDose(m_request, m_assessment, *exercise, item.dose)) {
            item.dose = *last;
            item.reason.values["dose"] = text::dose(*last);
        }
        ladders.push_back(root);
        m_items.push_back(std::move(item));
        rotation.push_back(m_items.size() - 1);
    }
    return rotation;
}

Reason WeekBuilder::newReason(DayKind group, Slot slot, const std::vector<std::size_t>& rotation)
{
    Reason out{"exercise.new",
               {{"slot", value::word(slotWord(slot))}, {"phase", value::number(m_filter.phase)}}};
    if (std::optional<ReasonValues> note = takeNote(group, slot)) {
        text::merge(out.values, *note);
        out.values["case"] = value::word("replaces");
    } else if (!rotation.empty()) {
        out.values["case"] = value::word("variety");
        out.values["alternates"] = text::exercise(*m_items[rotation.front()].exercise);
    } else {
        out.values["case"] = value::word(m_request.previousPlan ? "new" : "first");
    }
    return out;
}

void WeekBuilder::reportEmptySlot(DayKind group, Slot slot)
{
    Reason reason{
        group == DayKind::Strength ? "week.strength_slots" : "week.mobility_day",
        {{"slot", value::word(slotWord(slot))}, {"phase", value::number(m_filter.phase)}}};
    // Would any equipment open the slot? Name what the best such exercise needs.
    SelectionFilter anyEquipment = m_filter;
    anyEquipment.available = allValues<Equipment>();
    const std::vector<const Exercise*> options =
        slotCandidates(slot, group, m_library, anyEquipment);
    if (!options.empty()) {
        std::vector<std::string> needed;
        for (Equipment item : options.front()->equipment) {
            if (item != Equipment::None && !contains(m_filter.available, item)) {
                needed.emplace_back(toString(item));
            }
        }
        if (!needed.empty()) {
            reason.values["needs"] = value::words(needed);
            reason.values["would_allow"] = text::exercise(*options.front());
            m_plan.advice.push_back({"advice.equipment",
                                     {{"needs", value::words(needed)},
                                      {"would_allow", text::exercise(*options.front())},
                                      {"slot", value::word(slotWord(slot))}}});
        }
    }
    m_plan.decision.reasons.push_back(std::move(reason));
}

const WeekBuilder::Rotation* WeekBuilder::rotationFor(DayKind group, Slot slot) const
{
    for (const Rotation& rotation : m_rotations) {
        if (rotation.group == group && rotation.slot == slot) {
            return &rotation;
        }
    }
    return nullptr;
}

} // namespace detail

void buildWeek(Plan& plan, const PlanRequest& request, const WeekAssessment& assessment,
               const LibraryIndex& library, const SelectionFilter& filter,
               const ProgressionRules& rules)
{
    detail::WeekBuilder(plan, request, assessment, library, filter, rules).build();
}

} // namespace glidepath::core
