// The command facade for the exercise library (command.h): each call checks what it can, then
// runs one of the commands of exercise_commands.h through execute().

#include "app_context.h"
#include "commands/command.h"
#include "commands/exercise_commands.h"

#include <glidepath/storage/exercise_texts.h>

#include <memory>

namespace glidepath::ui::command {

Outcome createExercise(AppContext& context, const core::Exercise& exercise)
{
    core::Exercise created = exercise;
    created.builtin = false;
    const QString text =
        UndoCommand::tr("New exercise “%1”").arg(QString::fromStdString(created.name));
    Outcome outcome = execute(context, std::make_unique<AddExercise>(context, created, text));
    if (outcome) {
        outcome.createdId = created.id;
    }
    return outcome;
}

Outcome editExercise(AppContext& context, const core::Exercise& before, const core::Exercise& after,
                     std::optional<qint64> basedOnVersion)
{
    if (before == after) {
        return Outcome::success();
    }
    if (before.id != after.id) {
        return Outcome::failure(UndoCommand::tr("An exercise's id cannot change once it is saved."),
                                {{before.id, "id", "the id of a saved exercise is fixed"}});
    }
    if (before.builtin) {
        return Outcome::failure(
            UndoCommand::tr("Built-in exercises cannot be changed. Duplicate one to edit it."));
    }
    // Written by the first apply: the stack may merge the command into the previous step and
    // delete it, so it is not asked afterwards.
    auto saved = std::make_shared<qint64>(0);
    Outcome outcome = execute(
        context, std::make_unique<EditExercise>(context, before, after, basedOnVersion, saved));
    if (outcome) {
        outcome.savedVersion = *saved;
    }
    return outcome;
}

Outcome setExerciseHidden(AppContext& context, const std::string& id, bool hidden,
                          std::optional<qint64> basedOnVersion)
{
    const std::optional<core::Exercise> exercise = context.exercises().find(id);
    if (!exercise) {
        return Outcome::failure(
            UndoCommand::tr("The exercise “%1” no longer exists.").arg(QString::fromStdString(id)));
    }
    if (exercise->hidden == hidden) {
        return Outcome::success();
    }
    auto saved = std::make_shared<qint64>(0);
    Outcome outcome = execute(context, std::make_unique<SetExerciseHidden>(
                                           context, *exercise, hidden, basedOnVersion, saved));
    if (outcome) {
        outcome.savedVersion = *saved;
    }
    return outcome;
}

Outcome duplicateExercise(AppContext& context, const std::string& id)
{
    core::Exercise copy;
    try {
        copy = context.exercises().duplicate(id);
    } catch (const std::exception& error) {
        return Outcome::failure(describeFailure(error));
    }
    copy.builtin = false;
    copy.hidden = false;
    const QString text = UndoCommand::tr("Duplicate “%1”").arg(QString::fromStdString(copy.name));
    auto command = std::make_unique<AddExercise>(context, copy, text);
    // The repository may or may not have stored the copy already; either way one undo step
    // results.
    Outcome outcome = context.exercises().find(copy.id) ? record(context, std::move(command))
                                                        : execute(context, std::move(command));
    if (outcome) {
        outcome.createdId = copy.id;
    }
    return outcome;
}

Outcome importExercises(AppContext& context, std::vector<core::Exercise> incoming,
                        storage::ClashPolicy policy, storage::ImportSummary* summary,
                        storage::LibraryTexts texts)
{
    // Built-ins are never replaced by a file: an exercise with a built-in's id is skipped.
    std::vector<core::Exercise> previous;
    storage::LibraryTexts previousTexts;
    int builtinSkipped = 0;
    std::vector<core::Exercise> accepted;
    for (core::Exercise& exercise : incoming) {
        const std::optional<core::Exercise> existing = context.exercises().find(exercise.id);
        if (existing && existing->builtin) {
            ++builtinSkipped;
            continue;
        }
        if (existing) {
            previous.push_back(*existing);
            previousTexts[exercise.id] =
                storage::ExerciseTextRepository(context.database()).find(exercise.id);
        }
        exercise.builtin = false;
        accepted.push_back(std::move(exercise));
    }
    storage::ImportSummary result;
    result.skipped = builtinSkipped;
    if (!accepted.empty()) {
        auto command =
            std::make_unique<ImportExercises>(context, accepted, policy, std::move(previous),
                                              std::move(texts), std::move(previousTexts));
        const ImportExercises* raw = command.get();
        const Outcome outcome = execute(context, std::move(command));
        if (!outcome) {
            return outcome;
        }
        // The stack owns the command now; it was just pushed and cannot have merged away.
        result.added = raw->summary().added;
        result.replaced = raw->summary().replaced;
        result.skipped += raw->summary().skipped;
    }
    if (summary) {
        *summary = result;
    }
    return Outcome::success();
}

Outcome deleteExercise(AppContext& context, const std::string& id)
{
    const std::optional<core::Exercise> exercise = context.exercises().find(id);
    if (!exercise) {
        return Outcome::failure(
            UndoCommand::tr("The exercise “%1” no longer exists.").arg(QString::fromStdString(id)));
    }
    if (exercise->builtin) {
        return Outcome::failure(
            UndoCommand::tr("Built-in exercises cannot be deleted. Hide it instead."));
    }
    storage::ExerciseFilter all;
    all.includeHidden = true;
    std::vector<core::Exercise> referrers;
    for (const core::Exercise& other : context.exercises().list(all)) {
        if (other.id != id && (other.easier == id || other.harder == id)) {
            if (other.builtin) {
                return Outcome::failure(
                    UndoCommand::tr("“%1” is part of the built-in ladder of “%2” and cannot be "
                                    "deleted.")
                        .arg(QString::fromStdString(exercise->name),
                             QString::fromStdString(other.name)));
            }
            referrers.push_back(other);
        }
    }
    return execute(context, std::make_unique<DeleteExercise>(context, *exercise, referrers));
}

} // namespace glidepath::ui::command
