#include "commands/exercise_text_commands.h"

#include "app_context.h"
#include "commands/command.h"

#include <glidepath/core/validation.h>

namespace glidepath::ui::command {

EditExerciseTexts::EditExerciseTexts(AppContext& context, std::string id,
                                     storage::ExerciseTexts before, storage::ExerciseTexts after,
                                     const QString& text)
    : ChangeValue(context, MergeId::EditExerciseTexts,
                  QString::fromStdString(id) + QStringLiteral("|texts"), std::move(before),
                  std::move(after), text),
      m_id(std::move(id))
{}

void EditExerciseTexts::apply(const storage::ExerciseTexts& value)
{
    storage::ExerciseTextRepository(context().database()).replace(m_id, value);
}

void EditExerciseTexts::notify()
{
    emit context().changes().exercisesChanged();
}

Outcome editExerciseTexts(AppContext& context, const std::string& id,
                          const storage::ExerciseTexts& after)
{
    const std::optional<core::Exercise> exercise = context.exercises().find(id);
    if (!exercise) {
        return Outcome::failure(
            UndoCommand::tr("The exercise “%1” no longer exists.").arg(QString::fromStdString(id)));
    }
    if (exercise->builtin) {
        return Outcome::failure(
            UndoCommand::tr("Built-in exercises cannot be changed. Duplicate one to edit it."));
    }
    std::vector<core::ValidationIssue> issues;
    for (const auto& language : after) {
        auto own =
            core::validateExerciseText(id, "translations/" + language.first, language.second);
        issues.insert(issues.end(), own.begin(), own.end());
    }
    if (!issues.empty()) {
        return Outcome::failure(UndoCommand::tr("The translation could not be saved."),
                                std::move(issues));
    }
    storage::ExerciseTexts before = storage::ExerciseTextRepository(context.database()).find(id);
    if (before == after) {
        return Outcome::success();
    }
    const QString text =
        UndoCommand::tr("Edit the translation of “%1”").arg(QString::fromStdString(exercise->name));
    return execute(
        context, std::make_unique<EditExerciseTexts>(context, id, std::move(before), after, text));
}

} // namespace glidepath::ui::command
