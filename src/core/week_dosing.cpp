#include "engine_text.h"
#include "run_pathway.h"
#include "week_builder.h"

#include <algorithm>

namespace glidepath::core::detail {

// goal.running: the days between strength days are a runner's walking days. The walk must be
// able to grow to the half hour that opens walk-run (run.entry) within the client's minutes, so
// on those days it may take the time of the mobility and activation work (product decision;
// without it a 35-minute session never held a 30-minute walk and the runner stood still).
bool WeekBuilder::walkFirst(const Session& session, std::size_t item) const
{
    return session.group == DayKind::Mobility && m_items[item].slot == Slot::Gait &&
           contains(m_request.client.goals, Goal::Running);
}

// Whether every session with the item stays within the budget. Required work may grow into
// the time of optional work (which is trimmed afterwards), optional work may not; a runner's
// walk on a walking day only needs room beside other walking work.
bool WeekBuilder::itemFits(std::size_t item) const
{
    for (const Session& session : m_sessions) {
        const auto entry = std::find_if(session.entries.begin(), session.entries.end(),
                                        [&](const Entry& e) { return e.item == item; });
        if (entry == session.entries.end()) {
            continue;
        }
        int seconds = 0;
        if (walkFirst(session, item)) {
            Session walks = session;
            std::erase_if(walks.entries,
                          [&](const Entry& e) { return m_items[e.item].slot != Slot::Gait; });
            seconds = sessionSeconds(walks, m_items, m_rules, true);
        } else {
            seconds = sessionSeconds(session, m_items, m_rules, true, entry->required);
        }
        if (seconds > m_budgetSeconds) {
            return false;
        }
    }
    return true;
}

// A runner's walk on a walking day that runs over: the other work there becomes optional, so
// that fitting the budget leaves it out (last first) instead of cutting the walk back.
void WeekBuilder::makeRoomForWalk(std::size_t item)
{
    for (Session& session : m_sessions) {
        const bool holds = std::any_of(session.entries.begin(), session.entries.end(),
                                       [&](const Entry& e) { return e.item == item; });
        if (!holds || !walkFirst(session, item) ||
            sessionSeconds(session, m_items, m_rules, true) <= m_budgetSeconds) {
            continue;
        }
        for (Entry& entry : session.entries) {
            if (m_items[entry.item].slot != Slot::Gait && entry.required) {
                entry.required = false;
                m_gaveWay.push_back({session.day, entry.item});
            }
        }
    }
}

// Green week: each kept exercise takes the first step up that still fits every session it
// is in; one that fits nowhere holds, and says why.
void WeekBuilder::progressItems()
{
    const int minutes = m_request.client.minutesPerSession;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (!m_items[i].mayProgress) {
            continue;
        }
        const WeekItem before = m_items[i];
        std::vector<DoseStep> steps =
            progressionSteps(*before.exercise, before.dose, m_library, m_filter, m_rules);
        // A harder version must suit this kind of day and not repeat the slot's other pick.
        std::erase_if(steps, [&](const DoseStep& step) {
            if (step.exercise == before.exercise) {
                return false;
            }
            const bool taken =
                std::any_of(m_items.begin(), m_items.end(), [&](const WeekItem& other) {
                    return other.group == before.group && other.exercise == step.exercise;
                });
            return taken || !fitsGroup(*step.exercise, before.group, before.slot);
        });
        // week.new_exercises: a harder version is a new exercise too.
        if (!newAllowed()) {
            const auto size = steps.size();
            std::erase_if(steps, [&](const DoseStep& step) {
                // goal.running: walk-run, once run.entry has opened, is the week's planned
                // change and is not held back by the count (product decision: the entry
                // criteria, a green week with a settled morning among them, gate it; without
                // this the work filling a walking day's other slots kept it out week after week).
                const bool run = m_filter.runOpen && isRunningWork(*step.exercise);
                return step.exercise != before.exercise && isNew(step.exercise) && !run;
            });
            m_heldBackNew = m_heldBackNew || steps.size() != size;
        }
        bool moved = false;
        for (const DoseStep& step : steps) {
            m_items[i].exercise = step.exercise;
            m_items[i].dose = step.dose;
            if (itemFits(i)) {
                moved = true;
                ++m_moved;
                if (step.exercise != before.exercise && isNew(step.exercise)) {
                    ++m_newCount;
                }
                m_items[i].reason = step.exercise == before.exercise
                                        ? Reason{"dose.progress",
                                                 {{"case", value::word("step")},
                                                  {"change", value::word(step.change)},
                                                  {"change_from", value::number(step.from)},
                                                  {"change_to", value::number(step.to)},
                                                  {"dose", text::dose(step.dose)}}}
                                        : Reason{"dose.progress",
                                                 {{"case", value::word("harder")},
                                                  {"exercise", text::exercise(*before.exercise)},
                                                  {"dose", text::dose(before.dose)}}};
                if (step.change == "load") { // which load the levels are of
                    m_items[i].reason.values["load_kind"] =
                        value::word(toString(step.dose.loadKind));
                }
                break;
            }
            m_items[i] = before;
        }
        if (!moved) {
            m_items[i].reason = steps.empty()
                                    ? Reason{"dose.progress",
                                             {{"case", value::word("top")},
                                              {"dose", text::dose(before.dose)},
                                              {"phase", value::number(m_filter.phase)}}}
                                    : Reason{"dose.progress",
                                             {{"case", value::word("no_room")},
                                              {"dose", text::dose(before.dose)},
                                              {"change", value::word(steps.front().change)},
                                              {"change_from", value::number(steps.front().from)},
                                              {"change_to", value::number(steps.front().to)},
                                              {"minutes", value::number(minutes)}}};
            if (!steps.empty() && steps.front().change == "load") {
                m_items[i].reason.values["load_kind"] = value::word(toString(before.dose.loadKind));
            }
        }
        // Sessions hold a copy of the dose; bring them up to date.
        for (Session& session : m_sessions) {
            for (Entry& entry : session.entries) {
                if (entry.item == i) {
                    entry.dose = m_items[i].dose;
                }
            }
        }
    }
}

// Shortens a session that runs over the client's minutes: optional work goes first, then
// sets, then reps and holds, and only then a required exercise.
void WeekBuilder::fitBudget(Session& session)
{
    auto over = [&] { return sessionSeconds(session, m_items, m_rules, false) > m_budgetSeconds; };
    // Doses are never cut in a week that moves up, and a first plan never starts below the
    // library's starting doses: an exercise is left out instead.
    const bool floors = m_assessment.decision.action == Action::Progress || m_assessment.firstPlan;
    while (over()) {
        const std::size_t count = session.entries.size();
        if (detail::dropLast(session, false)) {
            reportGaveWay(session, count);
            continue;
        }
        if (detail::trimLargest(session, m_items, m_rules, floors)) {
            continue;
        }
        // Keeping a required slot (a phase brought in landing work, say) comes before
        // keeping last week's dose in full; the card then says it was shortened. A first
        // plan never starts below the starting doses.
        if (!m_assessment.firstPlan && detail::trimLargest(session, m_items, m_rules, false)) {
            continue;
        }
        const std::optional<std::size_t> dropped = detail::dropRequired(session, m_items);
        if (!dropped) {
            break;
        }
        m_plan.decision.reasons.push_back(
            {"week.budget",
             {{"minutes", value::number(m_request.client.minutesPerSession)},
              {"date", value::date(m_plan.days[session.day].date)},
              {"exercise", text::exercise(*m_items[*dropped].exercise)},
              {"slot", value::word(slotWord(m_items[*dropped].slot))},
              {"case", value::word(floors ? "full_dose" : "smallest_dose")}}});
    }
}

// week.budget (walk_first): required work that gave way to a runner's walk says so when it is
// left out, so the clinician does not look for it in vain.
void WeekBuilder::reportGaveWay(const Session& session, std::size_t countBefore)
{
    for (const auto& gave : m_gaveWay) {
        // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
        const std::size_t item = gave.second;
        if (gave.first != session.day) {
            continue;
        }
        const bool still = std::any_of(session.entries.begin(), session.entries.end(),
                                       [&](const Entry& e) { return e.item == item; });
        if (still || session.entries.size() == countBefore) {
            continue;
        }
        Reason reason{"week.budget",
                      {{"minutes", value::number(m_request.client.minutesPerSession)},
                       {"date", value::date(m_plan.days[session.day].date)},
                       {"exercise", text::exercise(*m_items[item].exercise)},
                       {"slot", value::word(slotWord(m_items[item].slot))},
                       {"case", value::word("walk_first")}}};
        if (!contains(m_plan.decision.reasons, reason)) {
            m_plan.decision.reasons.push_back(std::move(reason));
        }
    }
}

} // namespace glidepath::core::detail
