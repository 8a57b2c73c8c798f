#include "engine_text.h"
#include "week_builder.h"

#include <algorithm>

namespace glidepath::core::detail {

// action.progress.none and week.new_exercises: say why a week did not move, or held new
// exercises back.
void WeekBuilder::noteHeldBack()
{
    if (m_heldBackNew) {
        m_plan.decision.reasons.push_back(
            {"week.new_exercises", {{"max_new", value::number(m_rules.maxNewExercisesPerWeek)}}});
    }
    if (m_assessment.decision.action != Action::Progress || (m_moved > 0 && changedCards())) {
        return;
    }
    m_plan.decision.action = Action::Hold;
    const bool anyMayProgress = std::any_of(m_items.begin(), m_items.end(),
                                            [](const WeekItem& item) { return item.mayProgress; });
    Reason none{"action.progress.none",
                {{"case", value::word(anyMayProgress ? "no_room" : "all_held")},
                 {"minutes", value::number(m_request.client.minutesPerSession)}}};
    // It takes the place of "each exercise moves up one step": a held week must not say both.
    std::vector<Reason>& reasons = m_plan.decision.reasons;
    const auto progress = std::find_if(reasons.begin(), reasons.end(), [](const Reason& reason) {
        return reason.rule == "action.progress";
    });
    if (progress != reasons.end()) {
        *progress = std::move(none);
    } else {
        reasons.push_back(std::move(none));
    }
    for (Reason& item : m_plan.advice) {
        if (item == progressAdvice()) {
            item = {"advice.progress_none"};
        }
    }
}

// Whether the cards differ from last week's: a new exercise, or another dose of one kept.
// A step up that the session budget took back again does not count.
bool WeekBuilder::changedCards() const
{
    if (!m_request.previousPlan) {
        return true;
    }
    for (const PlanDay& day : m_plan.days) {
        for (const PlannedExercise& now : day.exercises) {
            bool known = false;
            for (const PlanDay& before : m_request.previousPlan->days) {
                for (const PlannedExercise& old : before.exercises) {
                    if (old.id != now.id) {
                        continue;
                    }
                    known = true;
                    if (old.sets != now.sets || old.reps != now.reps ||
                        old.holdSeconds != now.holdSeconds || old.tempo != now.tempo ||
                        old.loadLevel != now.loadLevel) {
                        return true;
                    }
                }
            }
            if (!known) {
                return true;
            }
        }
    }
    return false;
}

void WeekBuilder::writeDays()
{
    const int minutes = m_request.client.minutesPerSession;
    for (const Session& session : m_sessions) {
        PlanDay& day = m_plan.days[session.day];
        if (session.entries.empty()) {
            day.kind = DayKind::Rest;
            continue;
        }
        for (const Entry& entry : session.entries) {
            const WeekItem& item = m_items[entry.item];
            const Exercise& exercise = *item.exercise;
            PlannedExercise planned;
            planned.id = exercise.id;
            planned.name = exercise.name;
            planned.sets = entry.dose.sets;
            planned.reps = entry.dose.reps;
            planned.holdSeconds = entry.dose.holdSeconds;
            planned.tempo = entry.dose.tempo;
            planned.restSeconds = entry.dose.restSeconds;
            planned.loadKind = entry.dose.loadKind;
            planned.loadLevel = entry.dose.loadLevel;
            planned.side =
                exercise.laterality == Laterality::Bilateral ? WorkSide::Both : WorkSide::Each;
            planned.reason = item.reason;
            text::markTiming(planned.reason, exercise);
            if (entry.dose != item.dose) {
                planned.reason.values["shortened_minutes"] = value::number(minutes);
                planned.reason.values["shortened_to"] = text::dose(entry.dose);
            }
            day.exercises.push_back(std::move(planned));
        }
        day.estimatedMinutes = minutesFromSeconds(sessionSeconds(session, m_items, m_rules, false));
    }
}

void WeekBuilder::addAdvice()
{
    const Side side = m_request.client.side;
    if (side == Side::Both) {
        return;
    }
    const bool oneLegWork =
        std::any_of(m_plan.days.begin(), m_plan.days.end(), [](const PlanDay& d) {
            return std::any_of(d.exercises.begin(), d.exercises.end(),
                               [](const PlannedExercise& e) { return e.side == WorkSide::Each; });
        });
    if (oneLegWork) {
        m_plan.advice.push_back({"advice.one_leg", {{"side", value::word(toString(side))}}});
    }
}

} // namespace glidepath::core::detail
