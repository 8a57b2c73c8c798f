#include "commands/exercise_text_commands.h"

#include "app_context.h"
#include "commands/command.h"

#include <glidepath/core/validation.h>
#include <glidepath/storage/exercise_repository.h>

namespace glidepath::ui::command {

EditExerciseTexts::EditExerciseTexts(AppContext& context, std::string id,
                                     storage::ExerciseTexts before, storage::ExerciseTexts after,
                                     const QString& text, std::optional<qint64> basedOnVersion,
                                     std::shared_ptr<qint64> savedVersion)
    : ChangeValue(context, MergeId::EditExerciseTexts,
                  QString::fromStdString(id) + QStringLiteral("|texts"), std::move(before),
                  std::move(after), text),
      m_id(std::move(id)), m_basedOn(basedOnVersion), m_savedVersion(std::move(savedVersion))
{}

bool EditExerciseTexts::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditExerciseTexts*>(other);
    if (!next || next->before() != after()) {
        return false;
    }
    return ChangeValue::mergeWith(other);
}

void EditExerciseTexts::apply(const storage::ExerciseTexts& value)
{
    storage::ExerciseTextRepository(context().database()).replace(m_id, value);
}

void EditExerciseTexts::applyRedo()
{
    if (m_applied) {
        ChangeValue::applyRedo();
        return;
    }
    storage::ExerciseTextRepository texts(context().database());
    context().database().transaction([&] {
        storage::ExerciseTexts stored = texts.find(m_id);
        texts.replace(m_id, after(), m_basedOn);
        const std::optional<storage::ExerciseStamp> stamp = context().exercises().stamp(m_id);
        if (m_savedVersion) {
            *m_savedVersion = stamp ? stamp->rowVersion : 0;
        }
        setValues(std::move(stored), after());
    });
    m_applied = true;
}

void EditExerciseTexts::notify()
{
    emit context().changes().exercisesChanged();
}

Outcome editExerciseTexts(AppContext& context, const std::string& id,
                          const storage::ExerciseTexts& after, std::optional<qint64> basedOnVersion)
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
    // Written by the first apply: the stack may merge the command and delete it.
    auto saved = std::make_shared<qint64>(0);
    Outcome outcome =
        execute(context, std::make_unique<EditExerciseTexts>(context, id, std::move(before), after,
                                                             text, basedOnVersion, saved));
    if (outcome) {
        outcome.savedVersion = *saved;
    }
    return outcome;
}

} // namespace glidepath::ui::command
