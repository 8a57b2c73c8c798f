#pragma once

#include <glidepath/core/exercise.h>
#include <glidepath/core/validation.h>

#include <QWidget>
#include <QtGlobal>

#include <optional>
#include <set>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace glidepath::ui {

class AppContext;
class CheckList;
class ExercisePicker;
class ExerciseTranslationSection;
class FieldErrorLabel;
class PlainTextField;
class PoseEditor;
class StringListEditor;

// The detail editor of the Library page: every field of one exercise. Edits of a custom exercise
// are saved as soon as a field is finished, through the undo commands; a value that fails
// validation is shown in red under its field and not saved until it is fixed. Built-ins are
// shown read-only with a "Duplicate to edit" button. A new exercise is a draft until Create.
// Each save is based on the row version the editor read (issue 14): when someone else saved the
// exercise meanwhile, FormSave asks (Reload theirs, Keep mine as a new version, Cancel), and a lost
// clinic server offers Retry; Cancel keeps the fields as typed, marked as not saved.
// The editor shows nothing of its own when empty (mode Empty): its page shows a note instead.
class ExerciseEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ExerciseEditor(AppContext& context, QWidget* parent = nullptr);

    void showExercise(const std::string& id); // a stored exercise; clear() when it does not exist
    void startNew();                          // an empty draft
    void clear();                             // nothing selected
    // The width at which the form needs no sideways scrolling (its fields' minimum, the
    // vertical scroll bar and the frame).
    int comfortableWidth() const;

    bool isNew() const { return m_mode == Mode::New; }
    bool isEmpty() const { return m_mode == Mode::Empty; }
    // The row version the next save of the exercise shown is based on; 0 when none is shown.
    qint64 basedOnVersion() const { return m_storedVersion; }
    std::string currentId() const; // the stored exercise shown; empty for new and empty
    // True while the fields hold a change that is not saved (invalid, or a new draft).
    bool hasUnsavedChanges() const;
    // The value the fields hold now.
    core::Exercise draft() const { return collect(); }
    // The inline error shown for a field path such as "name" or "dose_limits/max_sets"; empty
    // when none (for tests and accessibility). An empty path gives the message that belongs to
    // no single field (such as a refusal by storage).
    QString errorFor(const std::string& field) const;

    // Create the new exercise from the draft; false (with inline errors) when it is not valid.
    bool createFromDraft();

signals:
    // Empty, an exercise, or a new draft: the page shows its note or the editor.
    void emptyChanged(bool empty);
    void exerciseCreated(const QString& id);
    void duplicateRequested(const QString& id);
    void newCancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Mode
    {
        Empty,
        View, // a stored exercise: editable when custom, read-only when built-in
        New
    };
    // Where the messages for a field path go.
    struct FieldTarget
    {
        std::string path; // "name", "dose", "dose_limits/max_sets" ...
        FieldErrorLabel* error;
        QWidget* input;     // tinted when invalid; may be null
        QWidget* companion; // also tinted: the dose value a limit is compared with
    };

    void buildUi();
    // The form label of an input ("Sets"), else its accessible name.
    QString fieldLabel(const QWidget* input) const;
    QString moreIssuesText() const;
    QWidget* buildHeader();
    QWidget* buildIdentityGroup();
    QWidget* buildTextGroup();
    QWidget* buildClassificationGroup();
    QWidget* buildBodyGroup();
    QWidget* buildEquipmentGroup();
    QWidget* buildPictureGroup();
    QWidget* buildDoseGroup();
    QWidget* buildLadderGroup();
    QWidget* buildPrecautionsGroup();
    QWidget* buildGoalsGroup();
    QWidget* buildVisibilityGroup();
    void connectEdits();
    // The load rows of the dose section (dose.load): the starting and heaviest level in words,
    // offered up to what the kind has; both empty and disabled without a load kind.
    QWidget* buildLoadRows(FieldErrorLabel* error);
    void fillLoadLevels(core::LoadKind kind, int level, int maxLevel);
    void onLoadKindEdited();

    void addRow(QFormLayout* form, const QString& text, QWidget* input, FieldErrorLabel* error);
    void registerField(const std::string& path, FieldErrorLabel* error, QWidget* input,
                       QWidget* companion = nullptr);
    QSpinBox* makeSpin(int min, int max, const QString& accessibleName, const QString& objectName);

    void load(const core::Exercise& exercise);
    core::Exercise collect() const;
    void setReadOnly(bool readOnly);
    void refreshPickers();

    // A field was finished by the user: validate, then save (existing) or just check (new).
    void onEdited(const std::string& group);
    // Saves the valid draft of the exercise shown, based on the version read (form_save.h).
    void save(const core::Exercise& draft);
    static QString describedForQuestion(const core::Exercise& exercise);
    void setMode(Mode mode);
    void onHiddenToggled(bool hidden);
    void onExercisesChanged();
    std::vector<core::ValidationIssue> check(const core::Exercise& exercise) const;
    void showIssues(const std::vector<core::ValidationIssue>& issues,
                    const core::Exercise& exercise);
    void updateHeader();
    void setBanner(const QString& text, bool warning);

    // Why valid edits shown in the fields are not stored: their save was cancelled at a question.
    enum class HeldBack
    {
        No,
        Stale,  // someone else had saved the exercise
        Offline // the clinic server's connection was lost
    };

    AppContext& m_context;
    Mode m_mode = Mode::Empty;
    std::optional<core::Exercise> m_stored; // the saved version of the exercise shown
    qint64 m_storedVersion = 0;             // its row version, read before it
    HeldBack m_heldBack = HeldBack::No;
    core::Exercise m_base; // fields without a widget (builtin) come from here
    bool m_loading = false;
    bool m_committing = false;
    bool m_idEdited = false;         // new mode: the user typed an id, so stop deriving it
    bool m_showAllIssues = false;    // new mode: Create was pressed
    std::set<std::string> m_touched; // new mode: field groups the user has finished
    bool m_hasIssues = false;
    QString m_firstIssue; // "Sets: …", named in the banner so the reason is read at once
    int m_issueFields = 0;
    bool m_readOnly = false;
    bool m_repainting = false;                        // re-applying colours after a palette change
    std::vector<core::ValidationIssue> m_shownIssues; // what showIssues last showed, and for
    core::Exercise m_shownFor;                        // which value (to redo after a theme change)
    QString m_failure;                                // why the last save was refused by storage
    std::vector<FieldTarget> m_targets;

    PoseEditor* m_pose = nullptr;
    ExerciseTranslationSection* m_translation = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    FieldErrorLabel* m_generalError = nullptr;

    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    PlainTextField* m_summary = nullptr;
    StringListEditor* m_instructions = nullptr;
    StringListEditor* m_cues = nullptr;
    QComboBox* m_category = nullptr;
    QSpinBox* m_phaseMin = nullptr;
    QSpinBox* m_phaseMax = nullptr;
    QComboBox* m_position = nullptr;
    QComboBox* m_laterality = nullptr;
    QComboBox* m_kneeFlexion = nullptr;
    QComboBox* m_impact = nullptr;
    CheckList* m_regions = nullptr;
    QComboBox* m_mainMuscle = nullptr;
    CheckList* m_muscles = nullptr;
    CheckList* m_equipment = nullptr;
    QSpinBox* m_sets = nullptr;
    QSpinBox* m_reps = nullptr;
    QSpinBox* m_hold = nullptr;
    // The hold is movement kept up (timing continuous): the Hundred, kneecap glides.
    QCheckBox* m_keepMoving = nullptr;
    QLineEdit* m_tempo = nullptr;
    QSpinBox* m_rest = nullptr;
    QSpinBox* m_minSets = nullptr;
    QSpinBox* m_maxSets = nullptr;
    QSpinBox* m_minReps = nullptr;
    QSpinBox* m_maxReps = nullptr;
    QSpinBox* m_minHold = nullptr;
    QSpinBox* m_maxHold = nullptr;
    QComboBox* m_loadKind = nullptr;
    QComboBox* m_loadLevel = nullptr;
    QComboBox* m_maxLoadLevel = nullptr;
    ExercisePicker* m_easier = nullptr;
    ExercisePicker* m_harder = nullptr;
    CheckList* m_precautions = nullptr;
    CheckList* m_goals = nullptr;
    QCheckBox* m_hidden = nullptr;
};

// "Clam shell (banded)!" -> "clam-shell-banded": a usable id derived from a name.
std::string slugFromName(const QString& name);

} // namespace glidepath::ui
