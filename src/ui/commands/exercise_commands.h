#pragma once

#include "commands/change_value.h"

#include <glidepath/core/exercise.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/exercise_texts.h>

#include <vector>

namespace glidepath::ui::command {

// Replaces one stored exercise with an edited copy (same id). Merges consecutive edits of the same
// fields of the same exercise, so ten clicks on a spin box are one undo step.
class EditExercise final : public ChangeValue<core::Exercise>
{
public:
    EditExercise(AppContext& context, const core::Exercise& before, const core::Exercise& after);

private:
    void apply(const core::Exercise& value) override;
    void notify() override;
};

class SetExerciseHidden final : public ChangeValue<bool>
{
public:
    SetExerciseHidden(AppContext& context, const core::Exercise& exercise, bool hidden);

private:
    void apply(const bool& hidden) override;
    void notify() override;

    std::string m_id;
};

// Adds a new exercise (created from scratch or duplicated); undo removes it again.
class AddExercise final : public UndoCommand
{
public:
    AddExercise(AppContext& context, core::Exercise exercise, const QString& text);

private:
    void applyRedo() override;
    void applyUndo() override;
    void notify() override;

    core::Exercise m_exercise;
};

// Removes a custom exercise. Other exercises whose easier/harder link points at it lose that
// link, and undo restores the exercise (its picture is part of it), its texts in other languages
// and those links.
class DeleteExercise final : public UndoCommand
{
public:
    DeleteExercise(AppContext& context, core::Exercise exercise,
                   std::vector<core::Exercise> referrers);

private:
    void applyRedo() override;
    void applyUndo() override;
    void notify() override;

    core::Exercise m_exercise;
    std::vector<core::Exercise> m_referrers; // as they were before the delete
    storage::ExerciseTexts m_texts;          // its other languages, as they were
};

// Adds (and with ClashPolicy::Replace replaces) a batch of exercises from a library file; undo
// removes the added ones and puts the replaced ones back as they were.
class ImportExercises final : public UndoCommand
{
public:
    ImportExercises(AppContext& context, std::vector<core::Exercise> incoming,
                    storage::ClashPolicy policy, std::vector<core::Exercise> previous,
                    storage::LibraryTexts texts = {}, storage::LibraryTexts previousTexts = {});

    const storage::ImportSummary& summary() const { return m_summary; }

private:
    void applyRedo() override;
    void applyUndo() override;
    void notify() override;

    std::vector<core::Exercise> m_incoming;
    storage::ClashPolicy m_policy;
    std::vector<core::Exercise> m_previous; // stored versions of the incoming ids that existed
    storage::LibraryTexts m_texts;          // the file's other languages, by exercise id
    storage::LibraryTexts m_previousTexts;  // the stored ones of m_previous
    storage::ImportSummary m_summary;
};

// Names of the fields that differ between two versions of an exercise, in the JSON spelling
// ("name", "dose", "dose_limits"); used for undo texts and merge keys.
std::vector<std::string> changedFields(const core::Exercise& before, const core::Exercise& after);

} // namespace glidepath::ui::command
