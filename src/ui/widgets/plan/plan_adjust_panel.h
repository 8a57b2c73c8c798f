#pragma once

#include <glidepath/core/exercise.h>
#include <glidepath/core/plan.h>

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace glidepath::ui {

class FieldErrorLabel;

// The side panel of the Plan page for adjusting the draft before it is saved: swap the selected
// exercise (easier, harder, or another of its slot), change its dose, move or remove it, or add
// an exercise to a day. It only asks; the page carries the request out as an undoable command.
class PlanAdjustPanel : public QWidget
{
    Q_OBJECT

public:
    struct Selection
    {
        core::PlannedExercise exercise;
        int day = 0;
        int row = 0;
        int rowCount = 1;
        QString place; // "Monday · hip abductors"
        const core::Exercise* easier = nullptr;
        const core::Exercise* harder = nullptr;
        std::vector<const core::Exercise*> sameSlot;
        // The heaviest load the library's exercise takes (dose.load); 0 for its kind's top.
        int maxLoadLevel = 0;
    };

    explicit PlanAdjustPanel(QWidget* parent = nullptr);

    void setSelection(const std::optional<Selection>& selection);
    // Read-only plans (saved versions, referrals) say why nothing can be changed.
    void setEditable(bool editable, const QString& reason = {});
    bool isEditable() const { return m_editable; }
    void setAddOptions(const std::vector<const core::Exercise*>& exercises,
                       const QStringList& dayNames);
    void setAddDay(int day);
    void showDoseError(const QString& text);
    // A refused swap, move, removal or addition, in words; cleared by the next selection.
    void showError(const QString& text);
    // A dose typed into the fields and not applied yet.
    bool hasPendingDose() const { return m_doseDirty; }
    // Applies a pending dose to the exercise it was typed for (before the selection moves on or
    // the focus leaves the dose fields), so a typed dose is never silently dropped.
    void flushPendingDose();

signals:
    void swapRequested(const QString& exerciseId);
    // The dose of the exercise at day/row; allDays: also every other day with this exercise.
    void doseRequested(const core::PlannedExercise& changed, int day, int row, bool allDays);
    void moveRequested(int delta);
    void removeRequested();
    void addRequested(const QString& exerciseId, int day);

private:
    void updateEnabled();
    void requestDose();
    void markDoseDirty();
    void requestAdd();

    bool m_editable = false;
    bool m_doseDirty = false;
    bool m_loadingDose = false;
    QString m_carriedError; // a pending dose refused as the selection moved on
    std::optional<Selection> m_selection;

    QLabel* m_notice;
    FieldErrorLabel* m_error;
    QGroupBox* m_selectedBox;
    QLabel* m_name;
    QLabel* m_place;
    QPushButton* m_easier;
    QPushButton* m_harder;
    QComboBox* m_slot;
    QPushButton* m_swap;
    QSpinBox* m_sets;
    QSpinBox* m_reps;
    QSpinBox* m_hold;
    QLineEdit* m_tempo;
    QSpinBox* m_rest;
    QComboBox* m_side;
    QComboBox* m_load; // shown only for an exercise with a load kind
    QFormLayout* m_doseForm;
    QPushButton* m_applyDose;
    QCheckBox* m_allDays;
    FieldErrorLabel* m_doseError;
    QPushButton* m_moveUp;
    QPushButton* m_moveDown;
    QPushButton* m_remove;
    QGroupBox* m_addBox;
    QComboBox* m_addExercise;
    QComboBox* m_addDay;
    QPushButton* m_add;
};

} // namespace glidepath::ui
