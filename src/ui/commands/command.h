#pragma once

// The undo facade (Subsurface's commands/command.h): widgets change data only through these free
// functions and never see QUndoCommand. Each call validates and applies the change through
// storage, pushes one undo step on the context's stack and emits the context's signals. A failed
// call changes nothing, pushes nothing and says why in its Outcome.

#include "commands/outcome.h"

#include <glidepath/core/client.h>
#include <glidepath/core/exercise.h>
#include <glidepath/core/plan.h>
#include <glidepath/storage/exercise_repository.h>

#include <QtGlobal>

#include <string>
#include <vector>

namespace glidepath::ui {
class AppContext;
class PlanModel;
} // namespace glidepath::ui

namespace glidepath::ui::command {

// --- Exercise library (exercise_commands.cpp) ---------------------------------------------------

// Adds a custom exercise; Outcome::createdId is its id.
Outcome createExercise(AppContext& context, const core::Exercise& exercise);
// Replaces before with after (same id). Consecutive edits of the same fields merge; an edit that
// changes nothing is dropped.
Outcome editExercise(AppContext& context, const core::Exercise& before,
                     const core::Exercise& after);
// Works on built-ins too: they cannot be deleted, so users hide them.
Outcome setExerciseHidden(AppContext& context, const std::string& id, bool hidden);
// An editable copy with a fresh id; Outcome::createdId is the copy's id.
Outcome duplicateExercise(AppContext& context, const std::string& id);
// Adds the exercises of a library file in one undo step. Clashing ids are skipped or replaced as
// policy says; built-ins are never replaced. summary (optional) receives the counts.
Outcome importExercises(AppContext& context, std::vector<core::Exercise> incoming,
                        storage::ClashPolicy policy, storage::ImportSummary* summary = nullptr);
// Custom exercises only; links from other exercises to it are cleared (and restored by undo).
Outcome deleteExercise(AppContext& context, const std::string& id);

// --- Clients, check-ins and plans (plan_commands.cpp) -------------------------------------------

// Edits of the plan draft on the Plan page, made through its PlanModel before the plan is saved.
// Each records a core::PlanOverride in plain words with the plan (undo takes it away again). A
// plan whose decision is Refer cannot be edited, and a day or row that does not exist is refused:
// both fail and change nothing.
Outcome swapPlanExercise(AppContext& context, PlanModel& plan, int day, int row,
                         const core::PlannedExercise& replacement);
// Sets 1-10, reps 0-50, hold 0-300 s (reps or a hold), tempo "" or "lift-pause-lower" with each
// part 0-10 s, rest 0-600 s; problems come back as issues with fields "dose/sets", "dose/tempo"...
Outcome changePlanDose(AppContext& context, PlanModel& plan, int day, int row,
                       const core::PlannedExercise& changed);
Outcome removePlanExercise(AppContext& context, PlanModel& plan, int day, int row);
// Appends the exercise to the day; a rest day becomes kindForRestDay.
Outcome addPlanExercise(AppContext& context, PlanModel& plan, int day,
                        const core::PlannedExercise& exercise, core::DayKind kindForRestDay);
// Moves an exercise within its day, from row to row.
Outcome movePlanExercise(AppContext& context, PlanModel& plan, int day, int from, int to);

// --- Clinician reviews (review_commands.cpp) -----------------------------------------------------

// Records that the client was seen after a referral (who, when, a note), for the engine to read
// with the next plan. A review without a clinician's name, with an impossible date or a note over
// the limit fails with issues named "clinician", "date", "note" and changes nothing.
Outcome recordClinicianReview(AppContext& context, qint64 clientId,
                              const core::ClinicianReview& review);

} // namespace glidepath::ui::command
