// A dose change through the command facade keeps the load an exercise has within what the
// library allows: the panel's list offers only those levels, and the command does not trust it.

#include "commands/command.h"
#include "models/plan_model.h"
#include "ui_fixture.h"

#include <glidepath/core/load.h>
#include <glidepath/storage/exercise_repository.h>

#include <QUndoStack>

namespace glidepath::test {
namespace {

namespace command = ui::command;

class PlanDoseLoadTest : public UiTest
{
protected:
    // A week with the exercise alone on its Monday, at its starting dose.
    void planWith(const core::Exercise& exercise)
    {
        core::Plan plan;
        plan.weekStart = core::Date{std::chrono::year{2025} / 3 / 10}; // a Monday
        for (int d = 0; d < 7; ++d) {
            core::PlanDay day;
            day.date = plan.weekStart + std::chrono::days(d);
            plan.days.push_back(day);
        }
        core::PlannedExercise planned;
        planned.id = exercise.id;
        planned.name = exercise.name;
        planned.sets = exercise.dose.sets;
        planned.reps = exercise.dose.reps;
        planned.holdSeconds = exercise.dose.holdSeconds;
        planned.loadKind = exercise.dose.loadKind;
        planned.loadLevel = exercise.dose.loadLevel;
        plan.days[0].kind = core::DayKind::Strength;
        plan.days[0].exercises.push_back(planned);
        m_model.setPlan(plan);
    }

    ui::PlanModel m_model;
};

} // namespace

TEST_F(PlanDoseLoadTest, ALoadAboveTheLibrarysHeaviestOrOfAnotherKindIsRefused)
{
    std::optional<core::Exercise> loaded;
    for (const core::Exercise& e : context().exercises().list()) {
        if (e.dose.loadKind != core::LoadKind::None && e.limits.maxLoadLevel > 0 &&
            e.limits.maxLoadLevel < core::maxLoadLevelOf(e.dose.loadKind)) {
            loaded = e;
            break;
        }
    }
    ASSERT_TRUE(loaded.has_value()) << "the library has no exercise with a lowered load limit";
    planWith(*loaded);
    const core::Plan before = m_model.plan();
    const int steps = context().undoStack()->count();

    core::PlannedExercise heavier = m_model.exerciseAt(0, 0);
    heavier.loadLevel = loaded->limits.maxLoadLevel + 1; // the kind allows it, the library not
    command::Outcome outcome = command::changePlanDose(context(), m_model, 0, 0, heavier);
    EXPECT_FALSE(outcome);
    ASSERT_FALSE(outcome.issues.empty());
    EXPECT_EQ(outcome.issues.front().field, "dose/load");
    EXPECT_TRUE(outcome.message.contains(QString::number(loaded->limits.maxLoadLevel)))
        << outcome.message.toStdString();

    core::PlannedExercise negative = m_model.exerciseAt(0, 0);
    negative.loadLevel = -1;
    EXPECT_FALSE(command::changePlanDose(context(), m_model, 0, 0, negative));

    core::PlannedExercise otherKind = m_model.exerciseAt(0, 0);
    otherKind.loadKind = otherKind.loadKind == core::LoadKind::Band ? core::LoadKind::Dumbbell
                                                                    : core::LoadKind::Band;
    otherKind.loadLevel = 1;
    EXPECT_FALSE(command::changePlanDose(context(), m_model, 0, 0, otherKind));
    EXPECT_EQ(m_model.plan(), before) << "nothing changed";
    EXPECT_EQ(context().undoStack()->count(), steps) << "no undo step";

    core::PlannedExercise heaviest = m_model.exerciseAt(0, 0);
    heaviest.loadLevel = loaded->limits.maxLoadLevel;
    outcome = command::changePlanDose(context(), m_model, 0, 0, heaviest);
    EXPECT_TRUE(outcome) << outcome.message.toStdString();
    EXPECT_EQ(m_model.exerciseAt(0, 0).loadLevel, loaded->limits.maxLoadLevel);
}

} // namespace glidepath::test
