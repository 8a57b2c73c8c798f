#include "exercise_language.h"
#include "widgets/common/check_list.h"
#include "widgets/common/exercise_picker.h"
#include "widgets/common/plain_text_field.h"
#include "widgets/common/string_list_editor.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/exercise_editor_form.h"
#include "widgets/library/exercise_translation_section.h"
#include "widgets/library/pose_editor.h"

#include <glidepath/report/illustration.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

#include <algorithm>

namespace glidepath::ui {

// Putting an exercise into the fields, reading it back out, and the read-only look of a
// built-in.
using namespace editor_form;

void ExerciseEditor::load(const core::Exercise& e)
{
    m_loading = true;
    m_id->setText(QString::fromStdString(e.id));
    m_id->setModified(false);
    // Built-ins are read-only, so they can show the UI language's text; own exercises show (and
    // save) exactly what was typed.
    const core::Exercise shown = e.builtin ? localizedExercise(e) : e;
    m_name->setText(QString::fromStdString(shown.name));
    m_name->setModified(false);
    m_summary->setText(QString::fromStdString(shown.summary));
    m_instructions->setItems(toStringList(shown.instructions));
    m_cues->setItems(toStringList(shown.cues));
    setComboValue(m_category, e.category);
    m_phaseMin->setValue(e.phaseMin);
    m_phaseMax->setValue(e.phaseMax);
    setComboValue(m_position, e.position);
    setComboValue(m_laterality, e.laterality);
    setComboValue(m_kneeFlexion, e.kneeFlexion);
    setComboValue(m_impact, e.impact);
    m_regions->setCheckedValues(toInts(e.regions));
    if (e.muscles.empty()) {
        m_mainMuscle->setCurrentIndex(-1);
    } else {
        setComboValue(m_mainMuscle, e.muscles.front());
    }
    m_muscles->setCheckedValues(toInts(e.muscles));
    for (core::Muscle muscle : core::allValues<core::Muscle>()) {
        if (QWidget* box = static_cast<QWidget*>(m_muscles->box(static_cast<int>(muscle)))) {
            box->setEnabled(e.muscles.empty() || muscle != e.muscles.front());
        }
    }
    m_equipment->setCheckedValues(toInts(e.equipment));
    m_sets->setValue(e.dose.sets);
    m_reps->setValue(e.dose.reps);
    m_hold->setValue(e.dose.holdSeconds);
    m_keepMoving->setChecked(e.timing == core::Timing::Continuous);
    m_tempo->setText(QString::fromStdString(e.dose.tempo));
    m_tempo->setModified(false);
    m_rest->setValue(e.dose.restSeconds);
    m_minSets->setValue(e.limits.minSets);
    m_maxSets->setValue(e.limits.maxSets);
    m_minReps->setValue(e.limits.minReps);
    m_maxReps->setValue(e.limits.maxReps);
    m_minHold->setValue(e.limits.minHoldSeconds);
    m_maxHold->setValue(e.limits.maxHoldSeconds);
    setComboValue(m_loadKind, e.dose.loadKind);
    fillLoadLevels(e.dose.loadKind, e.dose.loadLevel, e.limits.maxLoadLevel);
    m_easier->setCurrentId(e.easier);
    m_harder->setCurrentId(e.harder);
    m_precautions->setCheckedValues(toInts(e.precautions));
    m_goals->setCheckedValues(toInts(e.goals));
    m_hidden->setChecked(e.hidden);
    m_pose->setPosition(e.position);
    m_pose->setIllustration(report::illustrationOf(e), e.illustration.has_value());
    m_translation->showFor(m_mode == Mode::View ? &e : nullptr);
    m_loading = false;
}

core::Exercise ExerciseEditor::collect() const
{
    core::Exercise e = m_base;
    if (m_pose->hasOwnIllustration()) {
        e.illustration = m_pose->illustration();
    } else {
        e.illustration.reset();
    }
    e.id = m_id->text().trimmed().toStdString();
    e.name = m_name->text().trimmed().toStdString();
    e.summary = m_summary->text().trimmed().toStdString();
    e.instructions = fromStringList(m_instructions->items());
    e.cues = fromStringList(m_cues->items());
    e.category = comboValue<core::Category>(m_category);
    e.phaseMin = m_phaseMin->value();
    e.phaseMax = m_phaseMax->value();
    e.position = comboValue<core::Position>(m_position);
    e.laterality = comboValue<core::Laterality>(m_laterality);
    e.kneeFlexion = comboValue<core::KneeFlexion>(m_kneeFlexion);
    e.impact = comboValue<core::Impact>(m_impact);
    e.regions = fromInts<core::Region>(m_regions->checkedValues());

    // The main target comes first, then the other ticked muscles in vocabulary order.
    e.muscles.clear();
    std::optional<core::Muscle> main;
    if (m_mainMuscle->currentIndex() >= 0) {
        main = comboValue<core::Muscle>(m_mainMuscle);
        e.muscles.push_back(*main);
    }
    for (core::Muscle muscle : fromInts<core::Muscle>(m_muscles->checkedValues())) {
        if (!main || muscle != *main) {
            e.muscles.push_back(muscle);
        }
    }

    e.equipment = fromInts<core::Equipment>(m_equipment->checkedValues());
    if (e.equipment.empty()) {
        e.equipment = {core::Equipment::None};
    }
    e.dose.sets = m_sets->value();
    e.dose.reps = m_reps->value();
    e.dose.holdSeconds = m_hold->value();
    e.timing = m_keepMoving->isChecked() ? core::Timing::Continuous : core::Timing::Hold;
    e.dose.tempo = m_tempo->text().trimmed().toStdString();
    e.dose.restSeconds = m_rest->value();
    e.limits.minSets = m_minSets->value();
    e.limits.maxSets = m_maxSets->value();
    e.limits.minReps = m_minReps->value();
    e.limits.maxReps = m_maxReps->value();
    e.limits.minHoldSeconds = m_minHold->value();
    e.limits.maxHoldSeconds = m_maxHold->value();
    e.dose.loadKind = comboValue<core::LoadKind>(m_loadKind);
    // Without a load kind there is no level to keep; a level the kind does not have (a value
    // from an import) is kept as stored so that validation names it.
    const auto levelOf = [](const QComboBox* combo, int stored) {
        return combo->currentIndex() >= 0 ? combo->currentData().toInt() : stored;
    };
    if (e.dose.loadKind == core::LoadKind::None) {
        e.dose.loadLevel = 0;
        e.limits.maxLoadLevel = 0;
    } else {
        e.dose.loadLevel = levelOf(m_loadLevel, m_base.dose.loadLevel);
        e.limits.maxLoadLevel = levelOf(m_maxLoadLevel, m_base.limits.maxLoadLevel);
    }
    e.easier = m_easier->currentId();
    e.harder = m_harder->currentId();
    e.precautions = fromInts<core::Precaution>(m_precautions->checkedValues());
    // Goals keep their stored order while the same ones are ticked, so that showing an
    // exercise never counts as a change.
    std::vector<core::Goal> goals = fromInts<core::Goal>(m_goals->checkedValues());
    std::vector<core::Goal> sortedGoals = goals;
    std::vector<core::Goal> baseGoals = m_base.goals;
    std::sort(sortedGoals.begin(), sortedGoals.end());
    std::sort(baseGoals.begin(), baseGoals.end());
    e.goals = sortedGoals == baseGoals ? m_base.goals : goals;
    e.hidden = m_hidden->isChecked();
    return e;
}

// Read-only inputs take the window's background, so a built-in does not look editable.
static void setReadOnlyLook(QWidget* widget, bool readOnly)
{
    QPalette pal = widget->parentWidget() ? widget->parentWidget()->palette() : QPalette();
    if (readOnly) {
        pal.setColor(QPalette::Base, pal.color(QPalette::Window));
        widget->setPalette(pal);
    } else {
        widget->setPalette(QPalette());
    }
}

void ExerciseEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_pose->setReadOnly(readOnly);
    m_id->setReadOnly(readOnly || m_mode != Mode::New);
    m_name->setReadOnly(readOnly);
    m_summary->setReadOnly(readOnly);
    m_instructions->setReadOnly(readOnly);
    m_cues->setReadOnly(readOnly);
    m_tempo->setReadOnly(readOnly);
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_id, m_name, m_summary, m_instructions->list(), m_cues->list(), m_tempo}) {
        setReadOnlyLook(widget, readOnly || (widget == m_id && m_mode != Mode::New));
    }
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_category, m_position, m_laterality, m_kneeFlexion,
                                         m_loadKind, m_impact, m_mainMuscle, m_easier, m_harder}) {
        widget->setEnabled(!readOnly);
    }
    for (QSpinBox* spin : {m_phaseMin, m_phaseMax, m_sets, m_reps, m_hold, m_rest, m_minSets,
                           m_maxSets, m_minReps, m_maxReps, m_minHold, m_maxHold}) {
        spin->setReadOnly(readOnly);
        setReadOnlyLook(spin, readOnly);
        spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                        : QAbstractSpinBox::UpDownArrows);
    }
    m_regions->setReadOnly(readOnly);
    m_equipment->setReadOnly(readOnly);
    m_goals->setReadOnly(readOnly);
    m_keepMoving->setEnabled(!readOnly);
    const bool hasLoad = comboValue<core::LoadKind>(m_loadKind) != core::LoadKind::None;
    m_loadLevel->setEnabled(!readOnly && hasLoad);
    m_maxLoadLevel->setEnabled(!readOnly && hasLoad);
    m_precautions->setReadOnly(readOnly);
    if (readOnly) {
        m_muscles->setReadOnly(true);
    } else {
        m_muscles->setReadOnly(false);
        const auto muscles = collect().muscles;
        if (!muscles.empty()) {
            if (QWidget* box =
                    static_cast<QWidget*>(m_muscles->box(static_cast<int>(muscles.front())))) {
                box->setEnabled(false);
            }
        }
    }
    // Built-ins cannot be changed but can be hidden.
    m_hidden->setEnabled(m_mode == Mode::View);
}

} // namespace glidepath::ui
