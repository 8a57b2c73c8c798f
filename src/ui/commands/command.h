#pragma once

// The undo facade (Subsurface's commands/command.h): widgets change data only through these free
// functions and never see QUndoCommand. Each call validates and applies the change through
// storage, pushes one undo step on the context's stack and emits the context's signals. A failed
// call changes nothing, pushes nothing and says why in its Outcome.

#include "commands/outcome.h"

#include <glidepath/core/client.h>
#include <glidepath/core/exercise.h>
#include <glidepath/core/plan.h>
#include <glidepath/core/plan_alternatives.h>
#include <glidepath/core/plan_template.h>
#include <glidepath/core/session_log.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/tracking_repository.h>

#include <QtGlobal>

#include <optional>
#include <string>
#include <vector>

namespace glidepath::ui {
class AppContext;
class PlanModel;
} // namespace glidepath::ui

namespace glidepath::ui::command {

// --- Exercise library (exercise_facade.cpp) -----------------------------------------------------

// Adds a custom exercise; Outcome::createdId is its id.
Outcome createExercise(AppContext& context, const core::Exercise& exercise);
// Replaces before with after (same id). Consecutive edits of the same fields merge; an edit that
// changes nothing is dropped. A form passes basedOnVersion, the row version it loaded
// (ExerciseRepository::stamp): when someone saved the exercise since, nothing changes and
// Outcome::stale says who and when. Outcome::savedVersion is the version saved. Undo puts back
// what was stored before the save (theirs, after a save over theirs) whatever the version.
Outcome editExercise(AppContext& context, const core::Exercise& before, const core::Exercise& after,
                     std::optional<qint64> basedOnVersion = {});
// Works on built-ins too: they cannot be deleted, so users hide them. Not refused when stale (the
// flag alone changes); Outcome::savedVersion is the version after it when the exercise was still
// at basedOnVersion, else 0 (the form keeps its own and its next save asks).
Outcome setExerciseHidden(AppContext& context, const std::string& id, bool hidden,
                          std::optional<qint64> basedOnVersion = {});
// An editable copy with a fresh id; Outcome::createdId is the copy's id.
Outcome duplicateExercise(AppContext& context, const std::string& id);
// Adds the exercises of a library file in one undo step. Clashing ids are skipped or replaced as
// policy says; built-ins are never replaced. summary (optional) receives the counts.
// texts: the file's other languages of the exercises (by id), imported with them.
Outcome importExercises(AppContext& context, std::vector<core::Exercise> incoming,
                        storage::ClashPolicy policy, storage::ImportSummary* summary = nullptr,
                        storage::LibraryTexts texts = {});
// Custom exercises only; links from other exercises to it are cleared (and restored by undo).
Outcome deleteExercise(AppContext& context, const std::string& id);

// --- Clients, check-ins and plans (plan_facade.cpp) ---------------------------------------------

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
// Moves an exercise to another day, at row toRow there (-1: at the end); a rest day that gains
// it becomes a strength day, a day that loses its last exercise a rest day.
Outcome movePlanExerciseToDay(AppContext& context, PlanModel& plan, int day, int row, int toDay,
                              int toRow = -1);

// --- Stored records (client_commands.cpp, tracking_commands.cpp, template_commands.cpp) --------
// Each call validates and stores through the repositories, pushes one undo step named after the
// change ("Save check-in 7 Dec") and emits the ChangeNotifier's signals; undo of a delete puts
// the record back with its id and everything that hangs off it. Outcome::createdId holds the id
// of a record created, in decimal.

// record.id 0 creates the client; otherwise replaces the stored profile and screening. A form
// passes basedOnVersion, the rowVersion it loaded: when someone saved the client since, nothing
// changes and Outcome::stale says who and when. Outcome::savedVersion is the version saved.
// Undo and redo put back whole values whatever the version (they are this session's own steps).
Outcome saveClient(AppContext& context, const storage::ClientRecord& record,
                   std::optional<qint64> basedOnVersion = {});
// With all their check-ins, plans, logs, PSFS and reviews (undo brings them all back).
Outcome deleteClient(AppContext& context, qint64 clientId);
// checkInId 0 adds a check-in; otherwise replaces that one, refusing a stale save as saveClient
// does when given basedOnVersion. Outcome::savedVersion as for saveClient.
Outcome saveCheckIn(AppContext& context, qint64 clientId, qint64 checkInId,
                    const core::CheckIn& checkIn, std::optional<qint64> basedOnVersion = {});
Outcome deleteCheckIn(AppContext& context, qint64 clientId, qint64 checkInId);
// Saves the plan as the client's next version of its week; undo takes that version away, so
// the previous version is the latest again. stored (optional) receives what was stored.
Outcome savePlan(AppContext& context, qint64 clientId, const core::Plan& plan,
                 storage::StoredPlan* stored = nullptr);
Outcome deletePlan(AppContext& context, qint64 planId);
// logId 0 adds a session log; otherwise replaces that one.
Outcome saveSessionLog(AppContext& context, qint64 clientId, qint64 logId,
                       const core::SessionLog& log);
Outcome deleteSessionLog(AppContext& context, qint64 logId);
// Replaces the client's logs within range by logs (the weekly paper grid), in one undo step.
Outcome saveWeekLogs(AppContext& context, qint64 clientId, storage::DateRange range,
                     const std::vector<core::SessionLog>& logs);
// assessmentId 0 adds a PSFS assessment; otherwise replaces that one.
Outcome savePsfs(AppContext& context, qint64 clientId, qint64 assessmentId,
                 const core::PsfsAssessment& assessment);
Outcome deletePsfs(AppContext& context, qint64 assessmentId);

// A new template (name unique, ignoring case; issues named as in core::validateTemplate).
Outcome saveTemplate(AppContext& context, const core::PlanTemplate& plan);
Outcome deleteTemplate(AppContext& context, qint64 templateId);
// The templates of a library file, in one undo step. A template whose name is taken (ignoring
// case) is skipped; skipped (optional) receives their names.
Outcome importTemplates(AppContext& context, const std::vector<core::PlanTemplate>& incoming,
                        std::vector<std::string>* skipped = nullptr);
// Puts the template's week (or another client's plan, as a template) into the Plan page's draft:
// its days replace the draft's, recorded as one override, undoable like every other draft edit.
// Exercises the engine's limits do not allow for this client this week (alternatives), or that
// are no longer in the library, are left out; Outcome::message then names them and why. A
// referral cannot take a template.
Outcome applyTemplate(AppContext& context, PlanModel& plan, const core::PlanTemplate& source,
                      const core::PlanAlternatives& alternatives);

// --- Clinician reviews (review_commands.cpp) -----------------------------------------------------

// Records that the client was seen after a referral (who, when, a note), for the engine to read
// with the next plan. A review without a clinician's name, with an impossible date or a note over
// the limit fails with issues named "clinician", "date", "note" and changes nothing.
Outcome recordClinicianReview(AppContext& context, qint64 clientId,
                              const core::ClinicianReview& review);

} // namespace glidepath::ui::command
