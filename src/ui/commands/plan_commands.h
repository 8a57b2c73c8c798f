#pragma once

#include "models/plan_model.h"

#include <glidepath/core/plan.h>

#include <QCoreApplication>
#include <QUndoCommand>

namespace glidepath::ui {
class AppContext;
}

namespace glidepath::ui::command {

// Undoable edits of the plan draft on the Plan page. Each edit goes through PlanModel (so the
// day columns get row signals) and records a core::PlanOverride in plain words, which undo takes
// away again. The model is owned by the Plan page and outlives the commands; a command made
// against an earlier draft (the draft was regenerated or another client chosen) is stale: it
// does nothing, says so in the status bar and marks itself obsolete so that QUndoStack drops it.
// Plan commands derive from QUndoCommand rather than UndoCommand: the draft lives in the model,
// not in storage, so nothing can fail and there is nothing to notify.
class PlanCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    void redo() final;
    void undo() final;

    const core::PlanOverride& planOverride() const { return m_override; }

protected:
    PlanCommand(AppContext& context, PlanModel& model, int day);

    virtual void apply() = 0;
    virtual void revert() = 0;

    // "Monday"
    QString dayName() const;

    PlanModel& m_model;
    int m_day;
    core::PlanOverride m_override;
    PlanModel::DayMeta m_metaBefore; // the day's kind and minutes before the edit

private:
    bool isCurrent();

    AppContext& m_context;
    quint64 m_generation;
};

// Swap an exercise for another (its easier or harder neighbour, or another of the same slot).
class SwapPlanExerciseCommand final : public PlanCommand
{
public:
    SwapPlanExerciseCommand(AppContext& context, PlanModel& model, int day, int row,
                            core::PlannedExercise replacement);

private:
    void apply() override;
    void revert() override;

    int m_row;
    core::PlannedExercise m_before;
    core::PlannedExercise m_after;
};

// Change sets, reps, hold, tempo, rest or side of one planned exercise.
class ChangePlanDoseCommand final : public PlanCommand
{
public:
    ChangePlanDoseCommand(AppContext& context, PlanModel& model, int day, int row,
                          core::PlannedExercise changed);

private:
    void apply() override;
    void revert() override;

    int m_row;
    core::PlannedExercise m_before;
    core::PlannedExercise m_after;
};

class RemovePlanExerciseCommand final : public PlanCommand
{
public:
    RemovePlanExerciseCommand(AppContext& context, PlanModel& model, int day, int row);

private:
    void apply() override;
    void revert() override;

    int m_row;
    core::PlannedExercise m_removed;
};

// Add an exercise at the end of a day; a rest day becomes kindForRestDay.
class AddPlanExerciseCommand final : public PlanCommand
{
public:
    AddPlanExerciseCommand(AppContext& context, PlanModel& model, int day,
                           core::PlannedExercise exercise, core::DayKind kindForRestDay);

private:
    void apply() override;
    void revert() override;

    int m_row;
    core::PlannedExercise m_exercise;
    core::DayKind m_kindForRestDay;
};

// Move an exercise within its day (the order the client does them in).
class MovePlanExerciseCommand final : public PlanCommand
{
public:
    MovePlanExerciseCommand(AppContext& context, PlanModel& model, int day, int from, int to);

private:
    void apply() override;
    void revert() override;

    int m_from;
    int m_to;
};

// Move an exercise to another day (drag and drop between day columns, Alt+Left/Right).
class MovePlanExerciseToDayCommand final : public PlanCommand
{
public:
    MovePlanExerciseToDayCommand(AppContext& context, PlanModel& model, int day, int row, int toDay,
                                 int toRow);

private:
    void apply() override;
    void revert() override;

    int m_row;
    int m_toDay;
    int m_toRow;
    PlanModel::DayMeta m_toMetaBefore;
    core::PlannedExercise m_exercise;
};

// Replace the whole week by a template's days.
class ApplyTemplateCommand final : public PlanCommand
{
public:
    ApplyTemplateCommand(AppContext& context, PlanModel& model, const QString& name,
                         std::vector<core::PlanDay> days);

private:
    void apply() override;
    void revert() override;

    std::vector<core::PlanDay> m_before;
    std::vector<core::PlanDay> m_after;
};

} // namespace glidepath::ui::command
