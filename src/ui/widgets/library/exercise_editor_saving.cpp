#include "app_context.h"
#include "commands/command.h"
#include "labels.h"
#include "widgets/common/check_list.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/exercise_editor_form.h"

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
    if (m_loading || m_mode == Mode::Empty || (m_stored && m_stored->builtin)) {
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
    if (m_mode != Mode::View || !issues.empty() || !m_stored || draft == *m_stored) {
        return;
    }

    m_committing = true;
    const command::Outcome outcome = command::editExercise(m_context, *m_stored, draft);
    m_committing = false;
    if (!outcome) {
        m_failure = outcome.message;
        showIssues(outcome.issues, draft);
        return;
    }
    m_stored = m_context.exercises().find(draft.id);
    if (m_stored && *m_stored != draft) {
        load(*m_stored); // storage normalised something; show what was saved
    }
    updateHeader();
}

void ExerciseEditor::onHiddenToggled(bool hidden)
{
    if (m_loading || m_mode != Mode::View || !m_stored) {
        return;
    }
    m_committing = true;
    const command::Outcome outcome = command::setExerciseHidden(m_context, m_stored->id, hidden);
    m_committing = false;
    if (!outcome) {
        m_failure = outcome.message;
        m_loading = true;
        m_hidden->setChecked(m_stored->hidden);
        m_loading = false;
        updateHeader();
        return;
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
    if (m_mode != Mode::View || !m_stored) {
        return;
    }
    // Undo, redo or another page changed the stored exercise: show what is stored now.
    const std::optional<core::Exercise> stored = m_context.exercises().find(m_stored->id);
    if (!stored) {
        clear();
        return;
    }
    if (*stored != *m_stored || m_hasIssues) {
        showExercise(stored->id);
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
    m_committing = true;
    const command::Outcome outcome = command::createExercise(m_context, draft);
    m_committing = false;
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
