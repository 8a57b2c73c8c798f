#include "widgets/common/field_error_label.h"
#include "widgets/plan/plan_adjust_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace glidepath::ui {

// The dose fields of the panel: what was typed is marked pending, checked, and asked for as one
// dose (load included) when applied, or when the selection or the focus moves on.

void PlanAdjustPanel::showDoseError(const QString& text)
{
    m_doseError->setError(text);
}

void PlanAdjustPanel::markDoseDirty()
{
    if (!m_loadingDose && m_selection) {
        m_doseDirty = true;
    }
}

void PlanAdjustPanel::flushPendingDose()
{
    if (!m_doseDirty || !m_selection || !m_editable) {
        m_doseDirty = false;
        return;
    }
    requestDose();
    m_doseDirty = false;
}

void PlanAdjustPanel::requestDose()
{
    if (!m_selection || !m_editable) {
        return;
    }
    if (m_sets->value() < 1) {
        setInvalid(m_sets, true);
        m_doseError->setError(tr("Sets: at least 1. To leave the exercise out, use Remove."));
        return;
    }
    setInvalid(m_sets, false);
    core::PlannedExercise changed = m_selection->exercise;
    changed.sets = m_sets->value();
    changed.reps = m_reps->value();
    changed.holdSeconds = m_hold->value();
    changed.tempo = m_tempo->text().trimmed().toStdString();
    changed.restSeconds = m_rest->value();
    changed.side = static_cast<core::WorkSide>(m_side->currentData().toInt());
    if (changed.loadKind != core::LoadKind::None && m_load->currentIndex() >= 0) {
        changed.loadLevel = m_load->currentData().toInt();
    }
    m_doseError->setError({});
    setInvalid(m_tempo, false);
    m_doseDirty = false;
    emit doseRequested(changed, m_selection->day, m_selection->row, m_allDays->isChecked());
}

} // namespace glidepath::ui
