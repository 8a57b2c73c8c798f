#include "app_context.h"
#include "commands/command.h"
#include "labels.h"
#include "widgets/common/check_list.h"
#include "widgets/common/form_save.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/exercise_editor_form.h"
#include "widgets/library/exercise_translation_section.h"

#include <glidepath/core/validation.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace glidepath::ui {

// A finished edit: check it, then save it through the undo commands (or create a new one).
using namespace editor_form;

std::vector<core::ValidationIssue> ExerciseEditor::check(const core::Exercise& exercise) const
{
    std::vector<core::ValidationIssue> issues = core::validateExercise(exercise);
    if (m_mode == Mode::New && core::isValidSlug(exercise.id)) {
        if (const auto existing = m_context.exercises().find(exercise.id)) {
            issues.push_back({exercise.id, "id",
                              tr("“%1” is already the id of “%2”; choose another.")
                                  .arg(QString::fromStdString(exercise.id),
                                       QString::fromStdString(existing->name))
                                  .toStdString()});
        }
    }
    return issues;
}

void ExerciseEditor::onEdited(const std::string& group)
{
    // m_committing: a question of the save is open, and its focus change finishes a field too.
    if (m_loading || m_committing || m_mode == Mode::Empty || (m_stored && m_stored->builtin)) {
        return;
    }
    core::Exercise draft = collect();

    // The safety precautions that follow from a position, knee bend or impact are ticked for
    // the user, who can still see (and question) them.
    const auto requirePrecaution = [&](core::Precaution precaution) {
        if (!draft.has(precaution)) {
            m_loading = true;
            m_precautions->setChecked(static_cast<int>(precaution), true);
            m_loading = false;
            draft = collect();
        }
    };
    if (group == "position" && (draft.position == core::Position::Kneeling ||
                                draft.position == core::Position::HalfKneeling)) {
        requirePrecaution(core::Precaution::Kneeling);
    }
    if (group == "knee_flexion" && draft.kneeFlexion == core::KneeFlexion::High) {
        requirePrecaution(core::Precaution::DeepKneeFlexion);
    }
    if (group == "impact" && draft.impact != core::Impact::None) {
        requirePrecaution(core::Precaution::Impact);
    }
    if (group == "muscles") {
        // The main target is always among the muscles; its box reads as ticked and fixed.
        m_loading = true;
        for (core::Muscle muscle : core::allValues<core::Muscle>()) {
            auto* box = static_cast<QWidget*>(m_muscles->box(static_cast<int>(muscle)));
            const bool isMain = !draft.muscles.empty() && muscle == draft.muscles.front() &&
                                m_mainMuscle->currentIndex() >= 0;
            if (isMain) {
                m_muscles->setChecked(static_cast<int>(muscle), true);
            }
            box->setEnabled(!isMain);
        }
        m_loading = false;
        draft = collect();
    }

    m_touched.insert(group);
    if (group == "name" && m_mode == Mode::New && !m_idEdited) {
        m_touched.insert("id");
    }
    m_failure.clear();
    std::vector<core::ValidationIssue> issues = check(draft);
    showIssues(issues, draft);
    if (m_mode != Mode::View || !issues.empty() || !m_stored) {
        return;
    }
    if (draft == *m_stored) {
        if (m_heldBack != HeldBack::No) {
            m_heldBack = HeldBack::No; // changed back to what this form last saved
            updateHeader();
        }
        return;
    }
    save(draft);
}

QString ExerciseEditor::describedForQuestion(const core::Exercise& exercise)
{
    return tr("the exercise “%1”").arg(QString::fromStdString(exercise.name));
}

void ExerciseEditor::save(const core::Exercise& draft)
{
    const core::Exercise before = *m_stored;
    FormSave::Request request;
    request.what = describedForQuestion(draft);
    request.basedOn = m_storedVersion;
    request.save = [this, before, draft](std::optional<qint64> basedOn) {
        return command::editExercise(m_context, before, draft, basedOn);
    };
    request.reloadTheirs = [this, id = draft.id] { showExercise(id); };
    m_committing = true;
    const FormSave::Result saved = FormSave::run(this, m_context, request);
    m_committing = false;
    if (saved.end == FormSave::End::ReloadedTheirs) {
        emit m_context.statusMessage(tr("Showing the exercise as it is saved now."));
        return;
    }
    if (saved.end == FormSave::End::Cancelled) {
        // What was typed stays, marked as not saved; the next finished field asks again.
        m_heldBack = saved.outcome.connectionLost ? HeldBack::Offline : HeldBack::Stale;
        emit m_context.statusMessage(
            tr("The exercise was not saved: your changes are still here."));
        updateHeader();
        return;
    }
    m_heldBack = HeldBack::No;
    const command::Outcome& outcome = saved.outcome;
    if (!outcome) {
        m_failure = outcome.message;
        showIssues(outcome.issues, draft);
        return;
    }
    m_storedVersion = outcome.savedVersion;
    m_stored = m_context.exercises().find(draft.id);
    if (m_stored && *m_stored != draft) {
        load(*m_stored); // storage normalised something, or mine went over theirs: show it
    }
    updateHeader();
}

void ExerciseEditor::onHiddenToggled(bool hidden)
{
    if (m_loading || m_committing || m_mode != Mode::View || !m_stored) {
        return;
    }
    FormSave::Request request;
    request.what = describedForQuestion(*m_stored);
    request.save = [this, id = m_stored->id, hidden](std::optional<qint64>) {
        return command::setExerciseHidden(m_context, id, hidden, m_storedVersion);
    };
    m_committing = true;
    const FormSave::Result saved = FormSave::run(this, m_context, request);
    m_committing = false;
    const command::Outcome& outcome = saved.outcome;
    if (saved.end != FormSave::End::Saved) {
        if (saved.end == FormSave::End::Failed) {
            m_failure = outcome.message;
        }
        m_loading = true;
        m_hidden->setChecked(m_stored->hidden);
        m_loading = false;
        updateHeader();
        return;
    }
    // 0 when someone else had saved it meanwhile: their version is not the one shown here.
    if (outcome.savedVersion > 0) {
        m_storedVersion = outcome.savedVersion;
    }
    m_stored->hidden = hidden;
    m_base.hidden = hidden;
    updateHeader();
}

void ExerciseEditor::onExercisesChanged()
{
    if (m_committing || m_mode == Mode::Empty) {
        return;
    }
    refreshPickers();
    if (m_mode != Mode::View || !m_stored || m_translation->committing()) {
        return; // a save of the texts: it says which version it stored (saved())
    }
    // Undo, redo or another page changed the stored exercise: show what is stored now, and base
    // the next save on its version (an undo stores the old values as a new version).
    const std::optional<storage::ExerciseStamp> stamp = m_context.exercises().stamp(m_stored->id);
    if (!stamp) {
        clear();
        return;
    }
    if (m_heldBack != HeldBack::No) {
        return; // kept when the save was cancelled: the next finished field asks again
    }
    if (stamp->rowVersion != m_storedVersion || m_hasIssues) {
        showExercise(m_stored->id);
    }
}

bool ExerciseEditor::createFromDraft()
{
    if (m_mode != Mode::New) {
        return false;
    }
    m_showAllIssues = true;
    const core::Exercise draft = collect();
    const std::vector<core::ValidationIssue> issues = check(draft);
    m_failure.clear();
    showIssues(issues, draft);
    if (!issues.empty()) {
        return false;
    }
    FormSave::Request request;
    request.what = tr("the new exercise “%1”").arg(QString::fromStdString(draft.name));
    request.save = [this, draft](std::optional<qint64>) {
        return command::createExercise(m_context, draft);
    };
    m_committing = true;
    const FormSave::Result saved = FormSave::run(this, m_context, request);
    m_committing = false;
    const command::Outcome& outcome = saved.outcome;
    if (saved.end == FormSave::End::Cancelled) {
        emit m_context.statusMessage(
            tr("The exercise was not created: what you typed is still here."));
        return false;
    }
    if (!outcome) {
        m_failure = outcome.message;
        showIssues(outcome.issues, draft);
        return false;
    }
    showExercise(outcome.createdId);
    emit exerciseCreated(QString::fromStdString(outcome.createdId));
    return true;
}

} // namespace glidepath::ui
