#pragma once

namespace glidepath::ui::command {

// QUndoCommand::id() values of commands that merge with their successor (one enum for all
// families, so ids never collide). -1, Qt's "never merge", is the default.
enum class MergeId
{
    EditExercise = 1,
    SetExerciseHidden,
    EditExerciseTexts,
    // Clients, check-ins and plans: add below.
    FirstPlanUiId = 100,
};

} // namespace glidepath::ui::command
