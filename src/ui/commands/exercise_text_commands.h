#pragma once

// Undoable edits of an exercise's texts in other languages (storage::ExerciseTextRepository).

#include "commands/change_value.h"
#include "commands/outcome.h"

#include <glidepath/storage/exercise_texts.h>

#include <string>

namespace glidepath::ui {
class AppContext;
}

namespace glidepath::ui::command {

// Replaces every language's text of one custom exercise (English stays in the exercise itself).
// Consecutive edits of the same exercise's texts merge into one undo step, like typing in the
// English fields does.
class EditExerciseTexts final : public ChangeValue<storage::ExerciseTexts>
{
public:
    EditExerciseTexts(AppContext& context, std::string id, storage::ExerciseTexts before,
                      storage::ExerciseTexts after, const QString& text);

private:
    void apply(const storage::ExerciseTexts& value) override;
    void notify() override;

    std::string m_id;
};

// Saves the texts of exercise id in other languages. Refused, with the problems per field
// ("translations/de/name"), when a text fails core::validateExerciseText; refused for a built-in
// (its texts come with the program) or an exercise that no longer exists.
Outcome editExerciseTexts(AppContext& context, const std::string& id,
                          const storage::ExerciseTexts& after);

} // namespace glidepath::ui::command
