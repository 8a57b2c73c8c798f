#pragma once

// Internal to src/core: the builder behind buildWeek(). It lays the week out, fills each kind of
// day's slots from last week's exercises and the candidate pool, moves doses up in a green week,
// fits each session into the client's minutes and writes the plan's days. Its work is spread
// over week_builder.cpp (layout and choice of exercises), week_dosing.cpp (steps up and the time
// budget) and week_output.cpp (the plan's days, held-back notes and advice).

#include "session_budget.h"
#include "week_items.h"

#include <glidepath/core/progression_steps.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace glidepath::core::detail {

class WeekBuilder
{
public:
    WeekBuilder(Plan& plan, const PlanRequest& request, const WeekAssessment& assessment,
                const LibraryIndex& library, const SelectionFilter& filter,
                const ProgressionRules& rules);
    void build();

private:
    struct Rotation
    {
        DayKind group;
        Slot slot;
        std::size_t perSession;
        std::vector<std::size_t> items;
    };

    static void appendAll(std::vector<Reason>& to, const std::vector<Reason>& from);
    void layOut();
    std::vector<std::size_t> sessionsOf(DayKind group) const;
    bool usedInWeek(const Exercise* exercise) const;
    std::optional<ReasonValues> takeNote(DayKind group, Slot slot);
    const Exercise* noteCap(DayKind group, Slot slot) const;
    bool isNew(const Exercise* exercise) const;
    bool newAllowed() const;
    void fillGroup(DayKind group);
    std::vector<std::size_t> buildRotation(DayKind group, Slot slot, std::size_t sessions,
                                           std::size_t perSession, bool required);
    Reason newReason(DayKind group, Slot slot, const std::vector<std::size_t>& rotation);
    void reportEmptySlot(DayKind group, Slot slot);
    const Rotation* rotationFor(DayKind group, Slot slot) const;
    bool walkFirst(const Session& session, std::size_t item) const;
    bool itemFits(std::size_t item) const;
    void makeRoomForWalk(std::size_t item);
    void progressItems();
    void fitBudget(Session& session);
    void reportGaveWay(const Session& session, std::size_t countBefore);
    void noteHeldBack();
    bool changedCards() const;
    void writeDays();
    void addAdvice();

    Plan& m_plan;
    const PlanRequest& m_request;
    const WeekAssessment& m_assessment;
    const LibraryIndex& m_library;
    const SelectionFilter& m_filter;
    const ProgressionRules& m_rules;
    const CandidatePool m_pool;
    const int m_budgetSeconds;
    std::vector<Session> m_sessions;
    std::vector<WeekItem> m_items;
    std::vector<SlotNote> m_notes;
    std::vector<Rotation> m_rotations;
    std::vector<std::string> m_previousIds;
    int m_newCount = 0;
    int m_moved = 0;
    bool m_heldBackNew = false;
    // (day, item) of walking-day work that became optional to make room for a runner's walk.
    std::vector<std::pair<std::size_t, std::size_t>> m_gaveWay;
};

} // namespace glidepath::core::detail
