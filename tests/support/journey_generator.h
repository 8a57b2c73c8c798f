#pragma once

// Seeded generator of whole client journeys for property tests (header-only, core types only):
// a random client, then week after week a check-in, session logs made from last week's plan,
// now and then a red flag, a clinician review after a referral, and a clinician's edit of last
// week's plan before it is fed back. The same seed gives the same journeys everywhere.

#include <glidepath/core/progression_engine.h>

#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace glidepath::test {

class JourneyGenerator
{
public:
    JourneyGenerator(std::span<const core::Exercise> library, unsigned seed)
        : m_library(library), m_engine(seed)
    {}

    int below(int n) { return static_cast<int>(m_engine() % static_cast<std::uint32_t>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

    template <typename E> E any()
    {
        return core::allValues<E>()[static_cast<std::size_t>(
            below(static_cast<int>(core::allValues<E>().size())))];
    }

    // A first request: a random client, no check-in yet.
    core::PlanRequest start()
    {
        core::PlanRequest request;
        request.weekStart = core::Date{std::chrono::days(20400 + below(400))};
        core::ClientProfile& c = request.client;
        c.conditions = {any<core::Condition>()};
        if (chance(30)) {
            c.conditions.push_back(core::Condition::HipImbalance);
        }
        for (core::Goal goal : core::allValues<core::Goal>()) {
            if (chance(35)) {
                c.goals.push_back(goal);
            }
        }
        for (core::Equipment item : core::allValues<core::Equipment>()) {
            if (item != core::Equipment::None && chance(50)) {
                c.equipment.push_back(item);
            }
        }
        c.sessionsPerWeek = between(2, 7);
        c.minutesPerSession = between(10, 60);
        c.age = between(14, 88);
        for (core::ClientPrecaution p : core::allValues<core::ClientPrecaution>()) {
            if (chance(8)) {
                c.precautions.push_back(p);
            }
        }
        if (chance(25) || core::contains(c.conditions, core::Condition::PostSurgery)) {
            core::Surgery surgery;
            surgery.operation = any<core::Operation>();
            surgery.date = request.weekStart - std::chrono::days(between(0, 400));
            surgery.weightBearing =
                chance(80) ? core::WeightBearing::Full : any<core::WeightBearing>();
            for (core::SurgicalClearance cl : core::allValues<core::SurgicalClearance>()) {
                if (chance(30)) {
                    surgery.clearances.push_back(cl);
                }
            }
            c.surgery = surgery;
        }
        if (chance(50)) {
            c.hipBalance.sitsForLongPeriods = chance(50);
            c.hipBalance.doesHipBalanceWork = chance(50);
        }
        return request;
    }

    // Turns the request into next week's: last week's plan (perhaps edited by a clinician) as
    // the previous plan, a check-in, logs of last week's sessions, perhaps a red flag or a review.
    void nextWeek(core::PlanRequest& request, core::Plan last)
    {
        if (chance(15)) {
            edit(last);
        }
        const core::Date lastStart = last.weekStart;
        const bool referred = last.decision.action == core::Action::Refer;
        request.previousPlan = std::move(last);
        request.weekStart = lastStart + std::chrono::days(7);
        request.sessionLogs.clear();
        if (referred && chance(50)) {
            request.reviews.push_back(
                {request.weekStart - std::chrono::days(between(1, 6)), "Clinician", ""});
        }
        if (chance(8)) {
            return; // no check-in this week
        }
        core::CheckIn c;
        c.date = request.weekStart - std::chrono::days(between(1, 2));
        const bool flare = chance(20);
        c.painRest = flare ? between(2, 8) : between(0, 2);
        c.painActivity = flare ? between(3, 9) : between(0, 4);
        c.painExercise = flare ? between(3, 10) : between(0, 3);
        c.nextMorning =
            chance(flare ? 50 : 5) ? core::NextMorning::Higher : core::NextMorning::Settled;
        c.nightPain = chance(flare ? 30 : 3);
        const int swelling = below(100);
        c.swelling = swelling < 80   ? core::Swelling::None
                     : swelling < 93 ? core::Swelling::Same
                                     : core::Swelling::New;
        c.adherence = between(3, 10) / 10.0;
        c.difficulty = chance(80) ? core::Difficulty::Right : any<core::Difficulty>();
        if (chance(4)) {
            c.redFlags.push_back(any<core::RedFlag>());
        }
        const core::Plan& plan = *request.previousPlan;
        for (const core::PlanDay& day : plan.days) {
            for (const core::PlannedExercise& e : day.exercises) {
                if (chance(8)) {
                    c.painfulExercises[e.id] = between(0, 9);
                }
            }
        }
        if (!request.checkins.empty() && request.checkins.back().date > c.date) {
            c.date = request.checkins.back().date;
        }
        request.checkins.push_back(c);
        // Logs of some of last week's sessions.
        for (const core::PlanDay& day : plan.days) {
            if (day.exercises.empty() || !chance(60) || day.date >= request.weekStart) {
                continue;
            }
            core::SessionLog log;
            log.date = day.date;
            log.plannedDate = day.date;
            if (chance(50)) {
                log.sessionPain = between(0, flare ? 8 : 3);
            }
            if (chance(20)) {
                log.worseNextMorning = flare || chance(20);
            }
            for (const core::PlannedExercise& e : day.exercises) {
                core::LoggedExercise entry;
                entry.exerciseId = e.id;
                const bool skip = chance(10);
                entry.status = skip ? core::LogStatus::Skipped : core::LogStatus::Done;
                entry.setsDone = skip ? 0 : e.sets;
                entry.setsPlanned = e.sets;
                if (!skip && chance(30)) {
                    entry.painDuring = between(0, flare ? 8 : 4);
                }
                const bool repeated = std::any_of(
                    log.entries.begin(), log.entries.end(),
                    [&](const core::LoggedExercise& x) { return x.exerciseId == e.id; });
                if (!repeated) {
                    log.entries.push_back(entry);
                }
            }
            request.sessionLogs.push_back(std::move(log));
        }
    }

private:
    // A clinician's change before saving: an exercise removed, or a dose lowered.
    void edit(core::Plan& plan)
    {
        for (core::PlanDay& day : plan.days) {
            if (day.exercises.size() < 2 || !chance(50)) {
                continue;
            }
            const auto at = static_cast<std::size_t>(below(static_cast<int>(day.exercises.size())));
            if (chance(50)) {
                plan.overrides.push_back({"remove", 0, day.exercises[at].id, "", "Removed"});
                day.exercises.erase(day.exercises.begin() + static_cast<std::ptrdiff_t>(at));
            } else if (day.exercises[at].sets > 1) {
                day.exercises[at].sets -= 1;
                plan.overrides.push_back({"dose", 0, day.exercises[at].id, "", "One set fewer"});
            }
        }
    }

    std::span<const core::Exercise> m_library;
    std::mt19937 m_engine;
};

} // namespace glidepath::test
