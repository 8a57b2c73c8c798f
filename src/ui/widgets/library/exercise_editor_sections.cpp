#include "labels.h"
#include "widgets/common/check_list.h"
#include "widgets/common/exercise_picker.h"
#include "widgets/common/field_error_label.h"
#include "widgets/common/plain_text_field.h"
#include "widgets/common/string_list_editor.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/exercise_editor_form.h"
#include "widgets/library/pose_canvas.h"
#include "widgets/library/pose_editor.h"

#include <glidepath/report/illustration.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace glidepath::ui {

// The form's sections: each field, its label and where its errors are shown, and which edit
// of a field counts as finished.
using namespace editor_form;

void ExerciseEditor::addRow(QFormLayout* form, const QString& text, QWidget* input,
                            FieldErrorLabel* error)
{
    auto* label = new QLabel(text);
    label->setBuddy(input);
    if (input->accessibleName().isEmpty()) {
        input->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    }
    if (!error) {
        form->addRow(label, input);
        return;
    }
    auto* cell = new QWidget;
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(input);
    cellLayout->addWidget(error);
    form->addRow(label, cell);
}

void ExerciseEditor::registerField(const std::string& path, FieldErrorLabel* error, QWidget* input,
                                   QWidget* companion)
{
    error->setObjectName(QString::fromStdString(path).replace(QLatin1Char('/'), QLatin1Char('_')) +
                         QStringLiteral("Error"));
    m_targets.push_back({path, error, input, companion});
}

QSpinBox* ExerciseEditor::makeSpin(int min, int max, const QString& accessibleName,
                                   const QString& objectName)
{
    auto* spin = new QSpinBox;
    spin->setRange(min, max);
    // Report a value once it is typed in full (Enter or leaving the field); arrows report at once.
    spin->setKeyboardTracking(false);
    spin->setAccessibleName(accessibleName);
    spin->setObjectName(objectName);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

QWidget* ExerciseEditor::buildIdentityGroup()
{
    auto* box = group(tr("Exercise"), QStringLiteral("identityGroup"));
    auto* form = makeForm(box);

    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("idEdit"));
    m_id->setPlaceholderText(tr("made from the name, e.g. wall-sit"));
    m_id->setMaxLength(64);
    auto* idError = new FieldErrorLabel;
    registerField("id", idError, m_id);
    addRow(form, tr("&Id:"), m_id, idError);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("What people call it, e.g. Wall sit"));
    auto* nameError = new FieldErrorLabel;
    registerField("name", nameError, m_name);
    addRow(form, tr("&Name:"), m_name, nameError);

    m_summary = new PlainTextField(4);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setPlaceholderText(tr("One sentence on what it is for"));
    auto* summaryError = new FieldErrorLabel;
    registerField("summary", summaryError, m_summary);
    addRow(form, tr("&Summary:"), m_summary, summaryError);
    return box;
}

QWidget* ExerciseEditor::buildTextGroup()
{
    auto* box = group(tr("How to do it"), QStringLiteral("instructionsGroup"));
    auto* form = makeForm(box);

    m_instructions = new StringListEditor(tr("step"), true);
    m_instructions->setObjectName(QStringLiteral("instructionsEditor"));
    m_instructions->list()->setAccessibleName(tr("Instructions"));
    auto* instructionsError = new FieldErrorLabel;
    registerField("instructions", instructionsError, m_instructions->list());
    addRow(form, tr("S&teps:"), m_instructions, instructionsError);

    m_cues = new StringListEditor(tr("cue"), false);
    m_cues->setObjectName(QStringLiteral("cuesEditor"));
    m_cues->list()->setAccessibleName(tr("Cues"));
    m_cues->list()->setMinimumHeight(80);
    auto* cuesError = new FieldErrorLabel;
    registerField("cues", cuesError, m_cues->list());
    addRow(form, tr("C&ues:"), m_cues, cuesError);
    form->addRow(QString(), hint(tr("Double-click a line to edit it. Cues are the short "
                                    "reminders people say to themselves while moving.")));
    return box;
}

QWidget* ExerciseEditor::buildClassificationGroup()
{
    auto* box = group(tr("Classification"), QStringLiteral("classificationGroup"));
    auto* form = makeForm(box);

    m_category = enumCombo<core::Category>(tr("Category"), QStringLiteral("categoryCombo"));
    auto* categoryError = new FieldErrorLabel;
    registerField("category", categoryError, m_category);
    addRow(form, tr("Categor&y:"), m_category, categoryError);

    m_phaseMin = makeSpin(1, 4, tr("First phase"), QStringLiteral("phaseMinSpin"));
    m_phaseMax = makeSpin(1, 4, tr("Last phase"), QStringLiteral("phaseMaxSpin"));
    auto* phases = new QWidget;
    auto* phasesLayout = new QHBoxLayout(phases);
    phasesLayout->setContentsMargins(0, 0, 0, 0);
    phasesLayout->addWidget(new QLabel(tr("from")));
    phasesLayout->addWidget(m_phaseMin);
    phasesLayout->addWidget(new QLabel(tr("to")));
    phasesLayout->addWidget(m_phaseMax);
    phasesLayout->addStretch();
    auto* phaseError = new FieldErrorLabel;
    registerField("phase_min", phaseError, m_phaseMin);
    registerField("phase_max", phaseError, m_phaseMax);
    phaseError->setObjectName(QStringLiteral("phasesError"));
    auto* phaseLabel = new QLabel(tr("&Phases:"));
    phaseLabel->setBuddy(m_phaseMin);
    auto* phaseCell = new QWidget;
    auto* phaseCellLayout = new QVBoxLayout(phaseCell);
    phaseCellLayout->setContentsMargins(0, 0, 0, 0);
    phaseCellLayout->setSpacing(2);
    phaseCellLayout->addWidget(phases);
    phaseCellLayout->addWidget(phaseError);
    form->addRow(phaseLabel, phaseCell);

    m_position = enumCombo<core::Position>(tr("Position"), QStringLiteral("positionCombo"));
    auto* positionError = new FieldErrorLabel;
    registerField("position", positionError, m_position);
    addRow(form, tr("P&osition:"), m_position, positionError);

    m_laterality = enumCombo<core::Laterality>(tr("Legs"), QStringLiteral("lateralityCombo"));
    auto* lateralityError = new FieldErrorLabel;
    registerField("laterality", lateralityError, m_laterality);
    addRow(form, tr("&Legs:"), m_laterality, lateralityError);

    m_kneeFlexion = enumCombo<core::KneeFlexion>(tr("Knee bend under load"),
                                                 QStringLiteral("kneeFlexionCombo"));
    for (core::KneeFlexion value : core::allValues<core::KneeFlexion>()) {
        m_kneeFlexion->setItemData(m_kneeFlexion->findData(static_cast<int>(value)),
                                   Labels::describe(value), Qt::ToolTipRole);
    }
    auto* kneeError = new FieldErrorLabel;
    registerField("knee_flexion", kneeError, m_kneeFlexion);
    addRow(form, tr("&Knee bend:"), m_kneeFlexion, kneeError);

    m_impact = enumCombo<core::Impact>(tr("Impact"), QStringLiteral("impactCombo"));
    auto* impactError = new FieldErrorLabel;
    registerField("impact", impactError, m_impact);
    addRow(form, tr("Impa&ct:"), m_impact, impactError);
    return box;
}

QWidget* ExerciseEditor::buildBodyGroup()
{
    auto* box = group(tr("Body"), QStringLiteral("bodyGroup"));
    auto* form = makeForm(box);

    m_regions = new CheckList(4);
    m_regions->setObjectName(QStringLiteral("regionsList"));
    for (core::Region value : core::allValues<core::Region>()) {
        m_regions->addOption(static_cast<int>(value), label(value));
    }
    auto* regionsError = new FieldErrorLabel;
    registerField("regions", regionsError, nullptr);
    addRow(form, tr("Regions:"), m_regions, regionsError);

    m_mainMuscle = new QComboBox;
    m_mainMuscle->setObjectName(QStringLiteral("mainMuscleCombo"));
    m_mainMuscle->setPlaceholderText(tr("Choose the main muscle"));
    for (core::Muscle value : core::allValues<core::Muscle>()) {
        m_mainMuscle->addItem(label(value), static_cast<int>(value));
    }
    auto* mainError = new FieldErrorLabel;
    registerField("muscles", mainError, m_mainMuscle);
    addRow(form, tr("Main tar&get:"), m_mainMuscle, mainError);

    m_muscles = new CheckList(2);
    m_muscles->setObjectName(QStringLiteral("musclesList"));
    for (core::Muscle value : core::allValues<core::Muscle>()) {
        m_muscles->addOption(static_cast<int>(value), label(value));
    }
    addRow(form, tr("Also works:"), m_muscles, nullptr);
    return box;
}

QWidget* ExerciseEditor::buildEquipmentGroup()
{
    auto* box = group(tr("Equipment"), QStringLiteral("equipmentGroup"));
    auto* layout = new QVBoxLayout(box);
    m_equipment = new CheckList(3);
    m_equipment->setObjectName(QStringLiteral("equipmentList"));
    for (core::Equipment value : core::allValues<core::Equipment>()) {
        if (value != core::Equipment::None) {
            m_equipment->addOption(static_cast<int>(value), label(value));
        }
    }
    auto* error = new FieldErrorLabel;
    registerField("equipment", error, nullptr);
    layout->addWidget(m_equipment);
    layout->addWidget(error);
    layout->addWidget(hint(tr("Tick everything the exercise needs; leave all unticked when it "
                              "needs nothing.")));
    return box;
}

// The start and end picture with its pose editor. Its own file holds the editing; here it is
// one more field, saved and undone like the others.
QWidget* ExerciseEditor::buildPictureGroup()
{
    auto* box = group(tr("Picture"), QStringLiteral("pictureGroup"));
    auto* layout = new QVBoxLayout(box);
    m_pose = new PoseEditor;
    m_pose->setMinimumHeight(300);
    layout->addWidget(m_pose);
    auto* error = new FieldErrorLabel;
    layout->addWidget(error);
    registerField("illustration", error, m_pose->canvas());
    return box;
}

QWidget* ExerciseEditor::buildPrecautionsGroup()
{
    auto* box = group(tr("Precautions"), QStringLiteral("precautionsGroup"));
    auto* layout = new QVBoxLayout(box);
    m_precautions = new CheckList(2);
    m_precautions->setObjectName(QStringLiteral("precautionsList"));
    for (core::Precaution value : core::allValues<core::Precaution>()) {
        m_precautions->addOption(static_cast<int>(value), label(value), Labels::describe(value));
    }
    auto* error = new FieldErrorLabel;
    registerField("precautions", error, nullptr);
    layout->addWidget(m_precautions);
    layout->addWidget(error);
    layout->addWidget(hint(tr("Plans leave out exercises whose precautions do not suit the "
                              "client's current state.")));
    return box;
}

// Goal tags: the engine puts ladders leading to an exercise that serves one of the client's
// goals first in its slot. Listed from everyday tasks to sport.
QWidget* ExerciseEditor::buildGoalsGroup()
{
    auto* box = group(tr("Goals it serves"), QStringLiteral("goalsGroup"));
    auto* layout = new QVBoxLayout(box);
    m_goals = new CheckList(3);
    m_goals->setObjectName(QStringLiteral("goalsList"));
    for (core::Goal value : {core::Goal::Stairs, core::Goal::Squatting, core::Goal::DailyLiving,
                             core::Goal::Walking, core::Goal::Running, core::Goal::JumpingSport}) {
        m_goals->addOption(static_cast<int>(value), label(value));
    }
    auto* error = new FieldErrorLabel;
    registerField("goals", error, nullptr);
    layout->addWidget(m_goals);
    layout->addWidget(error);
    layout->addWidget(hint(tr("Plans for a client with one of these goals offer this exercise "
                              "and its ladder first.")));
    return box;
}

QWidget* ExerciseEditor::buildVisibilityGroup()
{
    auto* box = group(tr("Visibility"), QStringLiteral("visibilityGroup"));
    auto* layout = new QVBoxLayout(box);
    m_hidden = new QCheckBox(tr("Hide this e&xercise from the list and from new plans"));
    m_hidden->setObjectName(QStringLiteral("hiddenCheck"));
    layout->addWidget(m_hidden);
    return box;
}

void ExerciseEditor::connectEdits()
{
    const auto onLine = [this](QLineEdit* edit, const char* group) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, group] {
            if (edit->isModified()) {
                edit->setModified(false);
                onEdited(group);
            }
        });
    };
    onLine(m_name, "name");
    onLine(m_tempo, "dose");
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    onLine(m_id, "id");
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        // A new exercise's id follows its name until the user types an id.
        if (m_mode == Mode::New && !m_idEdited) {
            m_id->setText(QString::fromStdString(slugFromName(text)));
        }
    });
    connect(m_summary, &PlainTextField::editingFinished, this, [this] { onEdited("summary"); });
    connect(m_instructions, &StringListEditor::edited, this, [this] { onEdited("instructions"); });
    connect(m_cues, &StringListEditor::edited, this, [this] { onEdited("cues"); });

    const auto onCombo = [this](QComboBox* combo, const char* group) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, group] { onEdited(group); });
    };
    onCombo(m_category, "category");
    onCombo(m_position, "position");
    onCombo(m_laterality, "laterality");
    onCombo(m_kneeFlexion, "knee_flexion");
    onCombo(m_impact, "impact");
    onCombo(m_mainMuscle, "muscles");

    const auto onSpin = [this](QSpinBox* spin, const char* group) {
        connect(spin, &QSpinBox::valueChanged, this, [this, group] { onEdited(group); });
    };
    onSpin(m_phaseMin, "phase_min");
    onSpin(m_phaseMax, "phase_max");
    for (QSpinBox* spin : {m_sets, m_reps, m_hold, m_rest}) {
        onSpin(spin, "dose");
    }
    for (QSpinBox* spin : {m_minSets, m_maxSets, m_minReps, m_maxReps, m_minHold, m_maxHold}) {
        onSpin(spin, "dose_limits");
    }

    connect(m_regions, &CheckList::edited, this, [this] { onEdited("regions"); });
    connect(m_muscles, &CheckList::edited, this, [this] { onEdited("muscles"); });
    connect(m_equipment, &CheckList::edited, this, [this] { onEdited("equipment"); });
    connect(m_precautions, &CheckList::edited, this, [this] { onEdited("precautions"); });
    connect(m_goals, &CheckList::edited, this, [this] { onEdited("goals"); });
    connect(m_loadKind, &QComboBox::currentIndexChanged, this, &ExerciseEditor::onLoadKindEdited);
    connect(m_loadLevel, &QComboBox::currentIndexChanged, this, [this] { onEdited("dose"); });
    connect(m_maxLoadLevel, &QComboBox::currentIndexChanged, this,
            [this] { onEdited("dose_limits"); });
    connect(m_easier, &ExercisePicker::picked, this, [this] { onEdited("easier"); });
    connect(m_harder, &ExercisePicker::picked, this, [this] { onEdited("harder"); });
    connect(m_hidden, &QCheckBox::toggled, this, &ExerciseEditor::onHiddenToggled);
    connect(m_keepMoving, &QCheckBox::toggled, this, [this] { onEdited("timing"); });
    connect(m_pose, &PoseEditor::edited, this, [this] { onEdited("illustration"); });
    connect(m_position, &QComboBox::currentIndexChanged, this, [this] {
        // A picture of its own stays; the plain figure follows the position.
        m_pose->setPosition(comboValue<core::Position>(m_position));
        if (!m_pose->hasOwnIllustration()) {
            m_pose->setIllustration(
                core::defaultIllustration(comboValue<core::Position>(m_position)), false);
        }
    });
}

} // namespace glidepath::ui
