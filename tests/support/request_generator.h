#pragma once

// Seeded generator of varied, valid plan requests for property tests (header-only, core types
// only). The same seed gives the same requests on every platform: numbers are drawn by hand from
// std::mt19937, whose output the standard fixes. Some requests carry a previous plan made by the
// engine itself from an earlier random week, so continuity is exercised too.

#include <glidepath/core/progression_engine.h>

#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <vector>

namespace glidepath::test {

class RequestGenerator
{
public:
    RequestGenerator(std::span<const core::Exercise> library, unsigned seed,
                     core::ProgressionRules rules = {})
        : m_library(library), m_engine(seed), m_rules(std::move(rules))
    {}

    core::PlanRequest next()
    {
        core::PlanRequest request = basic(core::Date{std::chrono::days(20400 + below(400))});
        if (chance(50)) {
            // Last week's plan from the engine itself, sometimes in another phase or light.
            core::PlanRequest earlier = basic(request.weekStart - std::chrono::days(7));
            earlier.client = request.client;
            earlier.screeningRedFlags.clear();
            for (core::CheckIn& checkIn : earlier.checkins) {
                checkIn.redFlags.clear();
            }
            core::Plan previous = core::generatePlan(earlier, m_library, m_rules);
            if (chance(30)) {
                previous.decision.phase = between(1, 4);
            }
            if (chance(15)) {
                previous.decision.light = core::Light::Red;
            }
            previous.decision.greenWeeksInPhase = below(3);
            request.previousPlan = std::move(previous);
            // This week's check-in usually reports on that plan.
            if (!request.checkins.empty() && chance(85)) {
                auto& last = request.checkins.back();
                last.date = request.weekStart - std::chrono::days(1);
                if (request.checkins.size() > 1 && request.checkins.end()[-2].date > last.date) {
                    last.date = request.checkins.end()[-2].date;
                }
                addPainfulFromPlan(last, *request.previousPlan);
            }
        }
        return request;
    }

    int below(int n) { return static_cast<int>(m_engine() % static_cast<std::uint32_t>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

private:
    template <typename E> std::vector<E> subset(int percent)
    {
        std::vector<E> out;
        for (E value : core::allValues<E>()) {
            if (chance(percent)) {
                out.push_back(value);
            }
        }
        return out;
    }

    core::PlanRequest basic(core::Date weekStart)
    {
        core::PlanRequest request;
        request.weekStart = weekStart;
        core::ClientProfile& client = request.client;
        client.conditions = subset<core::Condition>(35);
        if (client.conditions.empty()) {
            client.conditions.push_back(core::Condition::PatellofemoralPain);
        }
        client.side = core::allValues<core::Side>()[static_cast<std::size_t>(below(3))];
        client.goals = subset<core::Goal>(40);
        for (core::Equipment item : core::allValues<core::Equipment>()) {
            if (item != core::Equipment::None && chance(45)) {
                client.equipment.push_back(item);
            }
        }
        client.sessionsPerWeek = between(2, 7);
        client.minutesPerSession = between(10, 60);
        client.age = between(12, 85);
        if (chance(4)) {
            request.screeningRedFlags.push_back(
                core::allValues<core::RedFlag>()[static_cast<std::size_t>(below(9))]);
        }
        const int count = below(5);
        core::Date date = weekStart - std::chrono::days(7 * count + between(0, 20));
        for (int i = 0; i < count; ++i) {
            request.checkins.push_back(checkIn(date));
            date += std::chrono::days(between(5, 8));
            if (date > weekStart) {
                date = weekStart;
            }
        }
        return request;
    }

    core::CheckIn checkIn(core::Date date)
    {
        core::CheckIn c;
        c.date = date;
        // Mostly low pain, sometimes a flare-up, so every light occurs often.
        const bool flare = chance(25);
        c.painRest = flare ? between(2, 8) : between(0, 3);
        c.painActivity = flare ? between(3, 9) : between(0, 5);
        c.painExercise = flare ? between(3, 10) : between(0, 4);
        c.nextMorning =
            chance(flare ? 50 : 10) ? core::NextMorning::Higher : core::NextMorning::Settled;
        c.nightPain = chance(flare ? 30 : 5);
        const int swelling = below(100);
        c.swelling = swelling < 75   ? core::Swelling::None
                     : swelling < 90 ? core::Swelling::Same
                                     : core::Swelling::New;
        c.adherence = below(11) / 10.0;
        c.difficulty = core::allValues<core::Difficulty>()[static_cast<std::size_t>(below(3))];
        for (int i = below(3); i > 0 && !m_library.empty(); --i) {
            const auto& exercise =
                m_library[static_cast<std::size_t>(below(static_cast<int>(m_library.size())))];
            c.painfulExercises[exercise.id] = between(0, 10);
        }
        if (chance(3)) {
            c.redFlags.push_back(
                core::allValues<core::RedFlag>()[static_cast<std::size_t>(below(9))]);
        }
        return c;
    }

    void addPainfulFromPlan(core::CheckIn& c, const core::Plan& plan)
    {
        for (const core::PlanDay& day : plan.days) {
            for (const core::PlannedExercise& exercise : day.exercises) {
                if (chance(12)) {
                    c.painfulExercises[exercise.id] = between(0, 10);
                }
            }
        }
    }

    std::span<const core::Exercise> m_library;
    std::mt19937 m_engine;
    core::ProgressionRules m_rules;
};

} // namespace glidepath::test
