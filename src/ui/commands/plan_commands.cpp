// The plan's undo commands: each edit of the draft week as a command that applies and reverts
// itself on the plan model. The facade that checks an edit before running one is plan_facade.cpp.

#include "commands/plan_commands.h"

#include "app_context.h"
#include "labels.h"
#include "models/date_text.h"
#include "models/plan_labels.h"

#include <glidepath/report/handout_text.h>

#include <QLocale>

#include <stdexcept>

namespace glidepath::ui::command {

namespace {

QString nameOf(const core::PlannedExercise& exercise)
{
    return QString::fromStdString(exercise.name);
}

} // namespace

PlanCommand::PlanCommand(AppContext& context, PlanModel& model, int day)
    : m_model(model), m_day(day), m_metaBefore(model.dayMeta(day)), m_context(context),
      m_generation(model.generation())
{
    // A referral has no exercises to edit; refusing here keeps any caller from building a plan
    // around the red flag.
    if (model.isReferral()) {
        throw std::logic_error("a referral decision cannot be edited into a plan");
    }
    m_override.dayIndex = day;
}

bool PlanCommand::isCurrent()
{
    if (m_model.generation() != m_generation) {
        setObsolete(true);
        emit m_context.statusMessage(
            PlanCommand::tr("“%1” belonged to a plan draft that has since been replaced; skipped.")
                .arg(text()));
        return false;
    }
    return true;
}

void PlanCommand::redo()
{
    if (!isCurrent()) {
        return;
    }
    apply();
    m_model.appendOverride(m_override);
}

void PlanCommand::undo()
{
    if (!isCurrent()) {
        return;
    }
    revert();
    // The estimate is restored exactly rather than recomputed, so undo leaves no rounding drift.
    m_model.setDayMeta(m_day, m_metaBefore);
    m_model.removeLastOverride();
}

QString PlanCommand::dayName() const
{
    const core::Plan& plan = m_model.plan();
    const auto day = static_cast<std::size_t>(m_day);
    if (day >= plan.days.size()) {
        return PlanCommand::tr("day %1").arg(m_day + 1);
    }
    return QLocale().dayName(toQDate(plan.days[day].date).dayOfWeek());
}

SwapPlanExerciseCommand::SwapPlanExerciseCommand(AppContext& context, PlanModel& model, int day,
                                                 int row, core::PlannedExercise replacement)
    : PlanCommand(context, model, day), m_row(row), m_before(model.exerciseAt(day, row)),
      m_after(std::move(replacement))
{
    m_override.kind = "swap";
    m_override.exerciseId = m_before.id;
    m_override.replacementId = m_after.id;
    m_override.description = PlanCommand::tr("Swapped %1 for %2 on %3")
                                 .arg(nameOf(m_before), nameOf(m_after), dayName())
                                 .toStdString();
    setText(PlanCommand::tr("Swap %1 for %2").arg(nameOf(m_before), nameOf(m_after)));
}

void SwapPlanExerciseCommand::apply()
{
    m_model.replaceExercise(m_day, m_row, m_after);
}

void SwapPlanExerciseCommand::revert()
{
    m_model.replaceExercise(m_day, m_row, m_before);
}

ChangePlanDoseCommand::ChangePlanDoseCommand(AppContext& context, PlanModel& model, int day,
                                             int row, core::PlannedExercise changed)
    : PlanCommand(context, model, day), m_row(row), m_before(model.exerciseAt(day, row)),
      m_after(std::move(changed))
{
    m_override.kind = "dose";
    m_override.exerciseId = m_before.id;
    const report::TimedWork timed = model.timedWork(m_before.id);
    QString from = PlanLabels::dose(m_before, timed);
    QString to = PlanLabels::dose(m_after, timed);
    // Name the parts that changed besides sets, reps and hold, so the record reads fully.
    if (m_before.tempo != m_after.tempo) {
        from += QStringLiteral(", ") + (m_before.tempo.empty() ? PlanCommand::tr("no tempo")
                                                               : PlanLabels::tempo(m_before.tempo));
        to += QStringLiteral(", ") + (m_after.tempo.empty() ? PlanCommand::tr("no tempo")
                                                            : PlanLabels::tempo(m_after.tempo));
    }
    if (m_before.restSeconds != m_after.restSeconds) {
        from += QStringLiteral(", ") + PlanCommand::tr("%1 s rest").arg(m_before.restSeconds);
        to += QStringLiteral(", ") + PlanCommand::tr("%1 s rest").arg(m_after.restSeconds);
    }
    if (m_before.side != m_after.side) {
        from += QStringLiteral(", ") + report::nounInSentence(Labels::of(m_before.side));
        to += QStringLiteral(", ") + report::nounInSentence(Labels::of(m_after.side));
    }
    m_override.description = PlanCommand::tr("Changed %1 on %2 from %3 to %4")
                                 .arg(nameOf(m_before), dayName(), from, to)
                                 .toStdString();
    setText(PlanCommand::tr("Change dose of %1").arg(nameOf(m_before)));
}

void ChangePlanDoseCommand::apply()
{
    m_model.replaceExercise(m_day, m_row, m_after);
}

void ChangePlanDoseCommand::revert()
{
    m_model.replaceExercise(m_day, m_row, m_before);
}

RemovePlanExerciseCommand::RemovePlanExerciseCommand(AppContext& context, PlanModel& model, int day,
                                                     int row)
    : PlanCommand(context, model, day), m_row(row), m_removed(model.exerciseAt(day, row))
{
    m_override.kind = "remove";
    m_override.exerciseId = m_removed.id;
    m_override.description =
        PlanCommand::tr("Removed %1 from %2").arg(nameOf(m_removed), dayName()).toStdString();
    setText(PlanCommand::tr("Remove %1").arg(nameOf(m_removed)));
}

void RemovePlanExerciseCommand::apply()
{
    m_model.removeExercise(m_day, m_row);
}

void RemovePlanExerciseCommand::revert()
{
    m_model.insertExercise(m_day, m_row, m_removed, m_metaBefore.kind);
}

AddPlanExerciseCommand::AddPlanExerciseCommand(AppContext& context, PlanModel& model, int day,
                                               core::PlannedExercise exercise,
                                               core::DayKind kindForRestDay)
    : PlanCommand(context, model, day), m_row(model.exerciseCount(day)),
      m_exercise(std::move(exercise)), m_kindForRestDay(kindForRestDay)
{
    m_override.kind = "add";
    m_override.exerciseId = m_exercise.id;
    m_override.replacementId = m_exercise.id;
    m_override.description = PlanCommand::tr("Added %1 to %2 (%3)")
                                 .arg(nameOf(m_exercise), dayName(),
                                      PlanLabels::dose(m_exercise, model.timedWork(m_exercise.id)))
                                 .toStdString();
    setText(PlanCommand::tr("Add %1").arg(nameOf(m_exercise)));
}

void AddPlanExerciseCommand::apply()
{
    m_model.insertExercise(m_day, m_row, m_exercise, m_kindForRestDay);
}

void AddPlanExerciseCommand::revert()
{
    m_model.removeExercise(m_day, m_row);
}

MovePlanExerciseCommand::MovePlanExerciseCommand(AppContext& context, PlanModel& model, int day,
                                                 int from, int to)
    : PlanCommand(context, model, day), m_from(from), m_to(to)
{
    const core::PlannedExercise& moved = model.exerciseAt(day, from);
    if (to < 0 || to >= model.exerciseCount(day)) {
        throw std::out_of_range("cannot move an exercise outside its day");
    }
    m_override.kind = "reorder";
    m_override.exerciseId = moved.id;
    m_override.description = PlanCommand::tr("Moved %1 on %2 from place %3 to place %4")
                                 .arg(nameOf(moved), dayName())
                                 .arg(from + 1)
                                 .arg(to + 1)
                                 .toStdString();
    setText(PlanCommand::tr("Move %1").arg(nameOf(moved)));
}

void MovePlanExerciseCommand::apply()
{
    m_model.moveExercise(m_day, m_from, m_to);
}

void MovePlanExerciseCommand::revert()
{
    m_model.moveExercise(m_day, m_to, m_from);
}

MovePlanExerciseToDayCommand::MovePlanExerciseToDayCommand(AppContext& context, PlanModel& model,
                                                           int day, int row, int toDay, int toRow)
    : PlanCommand(context, model, day), m_row(row), m_toDay(toDay), m_toRow(toRow),
      m_toMetaBefore(model.dayMeta(toDay)), m_exercise(model.exerciseAt(day, row))
{
    const QString from = dayName();
    const QString to =
        QLocale().dayName(toQDate(model.plan().days[std::size_t(toDay)].date).dayOfWeek());
    m_override.kind = "move";
    m_override.dayIndex = toDay; // the day that now holds it is the one marked as changed
    m_override.exerciseId = m_exercise.id;
    m_override.description =
        PlanCommand::tr("Moved %1 from %2 to %3").arg(nameOf(m_exercise), from, to).toStdString();
    setText(PlanCommand::tr("Move %1 to %2").arg(nameOf(m_exercise), to));
}

void MovePlanExerciseToDayCommand::apply()
{
    m_model.removeExercise(m_day, m_row);
    // A rest day that gains an exercise becomes the kind of day it came from.
    const core::DayKind kind =
        m_metaBefore.kind == core::DayKind::Rest ? core::DayKind::Strength : m_metaBefore.kind;
    m_model.insertExercise(m_toDay, m_toRow, m_exercise, kind);
}

void MovePlanExerciseToDayCommand::revert()
{
    m_model.removeExercise(m_toDay, m_toRow);
    m_model.insertExercise(m_day, m_row, m_exercise, m_metaBefore.kind);
    m_model.setDayMeta(m_toDay, m_toMetaBefore);
}

ApplyTemplateCommand::ApplyTemplateCommand(AppContext& context, PlanModel& model,
                                           const QString& name, std::vector<core::PlanDay> days)
    : PlanCommand(context, model, 0), m_before(model.plan().days), m_after(std::move(days))
{
    m_override.kind = "template";
    m_override.description = PlanCommand::tr("Started the week from “%1”").arg(name).toStdString();
    setText(PlanCommand::tr("Start from “%1”").arg(name));
}

void ApplyTemplateCommand::apply()
{
    m_model.setDays(m_after);
}

void ApplyTemplateCommand::revert()
{
    m_model.setDays(m_before);
}

} // namespace glidepath::ui::command
