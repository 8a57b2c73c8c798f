#pragma once

// The undo facade (Subsurface's commands/command.h): widgets change data only through these free
// functions and never see QUndoCommand. Each call validates and applies the change through
// storage, pushes one undo step on the context's stack and emits the context's signals. A failed
// call changes nothing, pushes nothing and says why in its Outcome.

#include "commands/outcome.h"

#include <glidepath/core/exercise.h>

#include <string>

namespace glidepath::ui {
class AppContext;
}

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
// Custom exercises only; links from other exercises to it are cleared (and restored by undo).
Outcome deleteExercise(AppContext& context, const std::string& id);

// --- Clients, check-ins and plans (plan_commands.cpp) -------------------------------------------

} // namespace glidepath::ui::command
