#pragma once

// Undoable edits of an exercise's texts in other languages (storage::ExerciseTextRepository).

#include "commands/change_value.h"
#include "commands/outcome.h"

#include <glidepath/storage/exercise_texts.h>

#include <QtGlobal>

#include <memory>
#include <optional>
#include <string>

namespace glidepath::ui {
class AppContext;
}

namespace glidepath::ui::command {

// Replaces every language's text of one custom exercise (English stays in the exercise itself).
// Consecutive edits of the same exercise's texts merge into one undo step, like typing in the
// English fields does.
//
// As EditExercise: the first apply is based on basedOnVersion when given (the exercise's row
// version, which a save of its texts raises too; a stale save throws StaleRecordError and
// changes nothing), reads in its transaction the texts as stored before, so that undo after
// "Keep mine" brings back the other desk's texts, and writes the version it stored to
// *savedVersion. Undo and redo write whole values whatever the version.
class EditExerciseTexts final : public ChangeValue<storage::ExerciseTexts>
{
public:
    EditExerciseTexts(AppContext& context, std::string id, storage::ExerciseTexts before,
                      storage::ExerciseTexts after, const QString& text,
                      std::optional<qint64> basedOnVersion = {},
                      std::shared_ptr<qint64> savedVersion = nullptr);
    // Only with the step just before it: a save by someone else in between starts a new step.
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const storage::ExerciseTexts& value) override;
    void applyRedo() override;
    void notify() override;

    std::string m_id;
    std::optional<qint64> m_basedOn;
    bool m_applied = false;
    std::shared_ptr<qint64> m_savedVersion;
};

// Saves the texts of exercise id in other languages. Refused, with the problems per field
// ("translations/de/name"), when a text fails core::validateExerciseText; refused for a built-in
// (its texts come with the program) or an exercise that no longer exists. A form passes
// basedOnVersion, the exercise's row version it loaded: when someone saved the exercise since,
// nothing is saved and Outcome::stale says who and when. Outcome::savedVersion is the version
// stored by the save (0 when there was nothing to save).
Outcome editExerciseTexts(AppContext& context, const std::string& id,
                          const storage::ExerciseTexts& after,
                          std::optional<qint64> basedOnVersion = {});

} // namespace glidepath::ui::command
