#pragma once

// Shared by the tracking GUI tests (session logging and the Progress page): a client with a saved
// plan for the week of the fixed clock (Wednesday 5 March 2025), made by hand so that the days
// and exercises are known exactly.

#include "ui_fixture.h"

#include <glidepath/storage/tracking_repository.h>

namespace glidepath::test {

inline core::Date day(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y} / m / d};
}

inline core::PlannedExercise planned(const std::string& id, const std::string& name, int sets)
{
    core::PlannedExercise e;
    e.id = id;
    e.name = name;
    e.sets = sets;
    e.reps = 10;
    e.reason.text = "Test plan."; // words only, as plans saved before reasons were data
    return e;
}

// Mon/Wed/Fri strength (clam, bridge, step-down; Friday swaps the step-down for a split squat),
// Tue/Thu mobility (calf stretch), weekend rest.
inline core::Plan weekPlan(core::Date monday, core::Action action = core::Action::Hold)
{
    core::Plan plan;
    plan.weekStart = monday;
    plan.decision.action = action;
    plan.decision.light = action == core::Action::Progress  ? core::Light::Green
                          : action == core::Action::Regress ? core::Light::Red
                                                            : core::Light::Amber;
    plan.decision.phase = 1;
    // Words only, as plans saved before reasons were data hold them: they are shown as stored.
    core::Reason reason("light.amber.exercise_pain");
    reason.text = "Exercise pain was 3/10 last week.";
    plan.decision.reasons = {reason};
    for (int i = 0; i < 7; ++i) {
        core::PlanDay d;
        d.date = monday + std::chrono::days(i);
        if (i == 0 || i == 2 || i == 4) {
            d.kind = core::DayKind::Strength;
            d.exercises = {planned("clamshell", "Clamshell", 3), planned("bridge", "Bridge", 3),
                           i == 4 ? planned("split-squat", "Split squat", 2)
                                  : planned("step-down", "Step-down", 2)};
        } else if (i == 1 || i == 3) {
            d.kind = core::DayKind::Mobility;
            d.exercises = {planned("calf-stretch", "Calf stretch", 2)};
        }
        plan.days.push_back(d);
    }
    return plan;
}

class TrackingTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        context().setMode(ui::AppMode::Clinician);
        storage::ClientRecord client;
        client.profile.name = "Robin Example";
        client.profile.conditions = {core::Condition::PatellofemoralPain};
        answerScreening(client);
        m_clientId = context().clients().create(client);
    }

    qint64 clientId() const { return m_clientId; }
    storage::TrackingRepository tracking()
    {
        return storage::TrackingRepository(context().database());
    }

    storage::StoredPlan savePlan(core::Date monday, core::Action action = core::Action::Hold)
    {
        return context().clients().savePlan(m_clientId, weekPlan(monday, action));
    }

private:
    qint64 m_clientId = -1;
};

} // namespace glidepath::test
