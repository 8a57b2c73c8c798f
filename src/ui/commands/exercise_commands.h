#pragma once

#include "commands/change_value.h"

#include <glidepath/core/exercise.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/exercise_texts.h>

#include <QtGlobal>

#include <memory>
#include <optional>
#include <vector>

namespace glidepath::ui::command {

// Replaces one stored exercise with an edited copy (same id). Merges consecutive edits of the same
// fields of the same exercise, so ten clicks on a spin box are one undo step.
//
// The first apply is based on basedOnVersion when given (a stale save throws StaleRecordError and
// changes nothing) and reads, in its transaction, the exercise as stored before and after: undo
// puts back what was stored before this save, which after "Keep mine" is the other desk's version
// rather than the form's older copy, and *savedVersion (when given) receives the version it stored,
// for the form's next save to be based on.
// Undo and redo write whole values whatever the version (they are this session's own steps); the
// form reads the version again after them.
class EditExercise final : public ChangeValue<core::Exercise>
{
public:
    EditExercise(AppContext& context, const core::Exercise& before, const core::Exercise& after,
                 std::optional<qint64> basedOnVersion = {},
                 std::shared_ptr<qint64> savedVersion = nullptr);
    // Only with the step just before it: a save by someone else in between starts a new step,
    // so that undo goes back to their version, not past it.
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const core::Exercise& value) override;
    void applyRedo() override;
    void notify() override;

    std::optional<qint64> m_basedOn;
    bool m_applied = false;
    std::shared_ptr<qint64> m_savedVersion;
};

// Hides or shows an exercise. basedOnVersion is the version the form holds: when the exercise was
// still at it, *savedVersion receives its version after the change (the form stays up to date);
// otherwise 0, since someone else saved it in between and the form must not take their version
// for its own (its next save then asks). No stale question here: the flag alone changes.
class SetExerciseHidden final : public ChangeValue<bool>
{
public:
    SetExerciseHidden(AppContext& context, const core::Exercise& exercise, bool hidden,
                      std::optional<qint64> basedOnVersion = {},
                      std::shared_ptr<qint64> savedVersion = nullptr);

private:
    void apply(const bool& hidden) override;
    void applyRedo() override;
    void notify() override;

    std::string m_id;
    std::optional<qint64> m_basedOn;
    bool m_applied = false;
    std::shared_ptr<qint64> m_savedVersion;
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
