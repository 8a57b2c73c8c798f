#include "widgets/library/exercise_editor.h"

#include "app_context.h"
#include "commands/command.h"
#include "exercise_language.h"
#include "labels.h"
#include "widgets/common/check_list.h"
#include "widgets/common/exercise_picker.h"
#include "widgets/common/field_error_label.h"
#include "widgets/common/plain_text_field.h"
#include "widgets/common/string_list_editor.h"
#include "widgets/library/exercise_issue_text.h"
#include "widgets/library/pose_canvas.h"
#include "widgets/library/pose_editor.h"

#include <glidepath/core/validation.h>
#include <glidepath/report/illustration.h>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace glidepath::ui {

namespace {

template <typename E> QComboBox* enumCombo(const QString& accessibleName, const QString& objectName)
{
    auto* combo = new QComboBox;
    for (E value : core::allValues<E>()) {
        combo->addItem(label(value), static_cast<int>(value));
    }
    combo->setAccessibleName(accessibleName);
    combo->setObjectName(objectName);
    return combo;
}

template <typename E> E comboValue(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

template <typename E> void setComboValue(QComboBox* combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

template <typename E> QList<int> toInts(const std::vector<E>& values)
{
    QList<int> out;
    for (E value : values) {
        out.append(static_cast<int>(value));
    }
    return out;
}

template <typename E> std::vector<E> fromInts(const QList<int>& values)
{
    std::vector<E> out;
    for (int value : values) {
        out.push_back(static_cast<E>(value));
    }
    return out;
}

QStringList toStringList(const std::vector<std::string>& values)
{
    QStringList out;
    for (const std::string& value : values) {
        out << QString::fromStdString(value);
    }
    return out;
}

std::vector<std::string> fromStringList(const QStringList& values)
{
    std::vector<std::string> out;
    for (const QString& value : values) {
        out.push_back(value.trimmed().toStdString());
    }
    return out;
}

QGroupBox* group(const QString& title, const QString& objectName)
{
    auto* box = new QGroupBox(title);
    box->setObjectName(objectName);
    return box;
}

QLabel* hint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

bool startsWithPath(const std::string& field, const std::string& path)
{
    return field == path ||
           (field.size() > path.size() && field.rfind(path, 0) == 0 && field[path.size()] == '/');
}

} // namespace

std::string slugFromName(const QString& name)
{
    // Strip accents ("é" -> "e"), then keep letters and digits, one hyphen between words.
    const QString plain = name.normalized(QString::NormalizationForm_KD).toLower();
    std::string slug;
    bool pendingHyphen = false;
    for (const QChar c : plain) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (pendingHyphen && !slug.empty()) {
                slug += '-';
            }
            pendingHyphen = false;
            slug += static_cast<char>(c.unicode());
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            pendingHyphen = true;
        }
        if (slug.size() >= 64) {
            break;
        }
    }
    while (!slug.empty() && slug.back() == '-') {
        slug.pop_back();
    }
    return slug;
}

ExerciseEditor::ExerciseEditor(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("exerciseEditor"));
    buildUi();
    connectEdits();
    connect(&m_context.changes(), &ChangeNotifier::exercisesChanged, this, &ExerciseEditor::onExercisesChanged);
    connect(&m_context, &AppContext::databaseReplaced, this, &ExerciseEditor::clear);
    clear();
}

// --- Building -----------------------------------------------------------------------------------

void ExerciseEditor::buildUi()
{
    m_stack = new QStackedWidget(this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_stack->addWidget(buildEmptyState());

    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(buildHeader());

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 8, 16, 16);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(buildIdentityGroup());
    contentLayout->addWidget(buildTextGroup());
    contentLayout->addWidget(buildClassificationGroup());
    contentLayout->addWidget(buildBodyGroup());
    contentLayout->addWidget(buildDoseGroup());
    contentLayout->addWidget(buildEquipmentGroup());
    contentLayout->addWidget(buildPictureGroup());
    contentLayout->addWidget(buildLadderGroup());
    contentLayout->addWidget(buildPrecautionsGroup());
    contentLayout->addWidget(buildVisibilityGroup());
    contentLayout->addStretch();

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("exerciseEditorScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    // In a narrow window the form scrolls sideways rather than being cut at the edge.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    pageLayout->addWidget(m_scroll, 1);
    m_stack->addWidget(page);
}

int ExerciseEditor::comfortableWidth() const
{
    const QMargins margins = contentsMargins();
    return m_scroll->widget()->minimumSizeHint().width() +
           m_scroll->verticalScrollBar()->sizeHint().width() + margins.left() + margins.right() +
           2 * m_scroll->frameWidth();
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

QWidget* ExerciseEditor::buildEmptyState()
{
    auto* empty = new QWidget;
    empty->setObjectName(QStringLiteral("exerciseEditorEmpty"));
    auto* layout = new QVBoxLayout(empty);
    layout->addStretch();
    auto* title = new QLabel(tr("No exercise selected"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("Choose an exercise in the list to see every detail of it.\n"
                               "Built-in exercises are read-only; duplicate one to make your "
                               "own version, or start from scratch."));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::PlaceholderText);
    auto* button = new QPushButton(tr("New exercise"));
    button->setObjectName(QStringLiteral("emptyNewExerciseButton"));
    connect(button, &QPushButton::clicked, this, &ExerciseEditor::startNew);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(button);
    buttonRow->addStretch();
    layout->addWidget(title);
    layout->addSpacing(6);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addLayout(buttonRow);
    layout->addStretch();
    layout->setContentsMargins(32, 32, 32, 32);
    return empty;
}

QWidget* ExerciseEditor::buildHeader()
{
    auto* header = new QWidget;
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(4);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("exerciseTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("exerciseSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("exerciseBanner"));
    auto* bannerFrame = static_cast<QFrame*>(m_banner);
    bannerFrame->setFrameShape(QFrame::StyledPanel);
    bannerFrame->setAutoFillBackground(true);
    bannerFrame->setBackgroundRole(QPalette::AlternateBase);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 8, 10, 8);
    m_bannerText = new QLabel;
    m_bannerText->setObjectName(QStringLiteral("exerciseBannerText"));
    m_bannerText->setWordWrap(true);
    m_duplicateButton = new QPushButton(tr("Duplicate to edit"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateToEditButton"));
    m_createButton = new QPushButton(tr("Create exercise"));
    m_createButton->setObjectName(QStringLiteral("createExerciseButton"));
    m_createButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelNewExerciseButton"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_duplicateButton);
    bannerLayout->addWidget(m_createButton);
    bannerLayout->addWidget(m_cancelButton);

    m_generalError = new FieldErrorLabel;
    m_generalError->setObjectName(QStringLiteral("generalError"));

    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addWidget(m_banner);
    layout->addWidget(m_generalError);

    connect(m_duplicateButton, &QPushButton::clicked, this, [this] {
        if (m_stored) {
            emit duplicateRequested(QString::fromStdString(m_stored->id));
        }
    });
    connect(m_createButton, &QPushButton::clicked, this, &ExerciseEditor::createFromDraft);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        clear();
        emit newCancelled();
    });
    return header;
}

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

static QFormLayout* makeForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow side panel a wide field (the muscle and equipment lists) moves under its
    // label instead of pushing the form wider than the panel.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    return form;
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

QWidget* ExerciseEditor::buildDoseGroup()
{
    auto* box = group(tr("Dose"), QStringLiteral("doseGroup"));
    auto* layout = new QVBoxLayout(box);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);

    m_sets = makeSpin(1, 10, tr("Sets"), QStringLiteral("doseSetsSpin"));
    m_reps = makeSpin(0, 50, tr("Repetitions"), QStringLiteral("doseRepsSpin"));
    m_hold = makeSpin(0, 300, tr("Hold in seconds"), QStringLiteral("doseHoldSpin"));
    m_hold->setSuffix(tr(" s"));
    m_rest = makeSpin(0, 600, tr("Rest between sets in seconds"), QStringLiteral("doseRestSpin"));
    m_rest->setSuffix(tr(" s"));
    m_rest->setSingleStep(5);
    m_tempo = new QLineEdit;
    m_tempo->setObjectName(QStringLiteral("doseTempoEdit"));
    m_tempo->setAccessibleName(tr("Tempo, lift-pause-lower seconds"));
    m_tempo->setPlaceholderText(tr("e.g. 2-1-3"));
    m_tempo->setMaxLength(12);
    m_minSets = makeSpin(1, 10, tr("Fewest sets"), QStringLiteral("minSetsSpin"));
    m_maxSets = makeSpin(1, 10, tr("Most sets"), QStringLiteral("maxSetsSpin"));
    m_minReps = makeSpin(0, 50, tr("Fewest repetitions"), QStringLiteral("minRepsSpin"));
    m_maxReps = makeSpin(0, 50, tr("Most repetitions"), QStringLiteral("maxRepsSpin"));
    m_minHold = makeSpin(0, 300, tr("Shortest hold"), QStringLiteral("minHoldSpin"));
    m_maxHold = makeSpin(0, 300, tr("Longest hold"), QStringLiteral("maxHoldSpin"));
    m_minHold->setSuffix(tr(" s"));
    m_maxHold->setSuffix(tr(" s"));
    const int spinWidth = m_sets->fontMetrics().horizontalAdvance(QStringLiteral("0000 s")) + 40;
    for (QWidget* input :
         std::initializer_list<QWidget*>{m_sets, m_reps, m_hold, m_rest, m_tempo, m_minSets,
                                         m_maxSets, m_minReps, m_maxReps, m_minHold, m_maxHold}) {
        input->setFixedWidth(spinWidth);
    }

    auto heading = [](const QString& text) {
        auto* label = new QLabel(text);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    auto rowLabel = [](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text);
        label->setBuddy(buddy);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return label;
    };
    grid->addWidget(heading(tr("Starting dose")), 0, 1);
    grid->addWidget(heading(tr("Fewest")), 0, 2);
    grid->addWidget(heading(tr("Most")), 0, 3);
    grid->addWidget(rowLabel(tr("Sets:"), m_sets), 1, 0);
    grid->addWidget(m_sets, 1, 1);
    grid->addWidget(m_minSets, 1, 2);
    grid->addWidget(m_maxSets, 1, 3);
    grid->addWidget(rowLabel(tr("&Reps:"), m_reps), 2, 0);
    grid->addWidget(m_reps, 2, 1);
    grid->addWidget(m_minReps, 2, 2);
    grid->addWidget(m_maxReps, 2, 3);
    grid->addWidget(rowLabel(tr("Hol&d:"), m_hold), 3, 0);
    grid->addWidget(m_hold, 3, 1);
    grid->addWidget(m_minHold, 3, 2);
    grid->addWidget(m_maxHold, 3, 3);
    grid->addWidget(rowLabel(tr("Te&mpo:"), m_tempo), 4, 0);
    grid->addWidget(m_tempo, 4, 1);
    grid->addWidget(hint(tr("lift-pause-lower seconds")), 4, 2, 1, 2);
    grid->addWidget(rowLabel(tr("Rest:"), m_rest), 5, 0);
    grid->addWidget(m_rest, 5, 1);
    grid->setColumnStretch(4, 1);
    grid->setAlignment(Qt::AlignLeft);
    layout->addLayout(grid);

    auto* error = new FieldErrorLabel;
    registerField("dose/sets", error, m_sets);
    registerField("dose/reps", error, m_reps);
    registerField("dose/hold_seconds", error, m_hold);
    registerField("dose/tempo", error, m_tempo);
    registerField("dose/rest_seconds", error, m_rest);
    registerField("dose_limits/min_sets", error, m_minSets, m_sets);
    registerField("dose_limits/max_sets", error, m_maxSets, m_sets);
    registerField("dose_limits/min_reps", error, m_minReps, m_reps);
    registerField("dose_limits/max_reps", error, m_maxReps, m_reps);
    registerField("dose_limits/min_hold_seconds", error, m_minHold, m_hold);
    registerField("dose_limits/max_hold_seconds", error, m_maxHold, m_hold);
    registerField("dose", error, nullptr);
    registerField("dose_limits", error, nullptr);
    error->setObjectName(QStringLiteral("doseError"));
    layout->addWidget(error);
    layout->addWidget(hint(tr("The plan starts at the dose and moves within the fewest–most "
                              "range (reps, then sets, then hold) before it changes to the "
                              "harder exercise.")));
    return box;
}

QWidget* ExerciseEditor::buildLadderGroup()
{
    auto* box = group(tr("Progression ladder"), QStringLiteral("ladderGroup"));
    auto* form = makeForm(box);
    m_easier = new ExercisePicker;
    m_easier->setObjectName(QStringLiteral("easierPicker"));
    auto* easierError = new FieldErrorLabel;
    registerField("easier", easierError, m_easier);
    addRow(form, tr("E&asier:"), m_easier, easierError);
    m_harder = new ExercisePicker;
    m_harder->setObjectName(QStringLiteral("harderPicker"));
    for (ExercisePicker* picker : {m_easier, m_harder}) {
        picker->setLookup(
            [this](const QString& text, int limit) {
                storage::ExerciseQuery query;
                query.text = text.toStdString();
                query.filter.includeHidden = true;
                std::vector<ExercisePicker::Choice> choices;
                try {
                    for (const auto& row : m_context.exercises().rows(query, 0, limit)) {
                        choices.push_back(
                            {QString::fromStdString(row.id), QString::fromStdString(row.name)});
                    }
                } catch (const std::exception&) {
                    // An unreadable library offers nothing; saving reports the problem.
                }
                return choices;
            },
            [this](const QString& id) {
                try {
                    const auto names = m_context.exercises().namesOf({id.toStdString()});
                    return names.empty() ? QString()
                                         : QString::fromStdString(names.begin()->second);
                } catch (const std::exception&) {
                    return QString();
                }
            });
    }
    auto* harderError = new FieldErrorLabel;
    registerField("harder", harderError, m_harder);
    addRow(form, tr("Harder:"), m_harder, harderError);
    form->addRow(QString(), hint(tr("The plan steps down to the easier exercise when this one "
                                    "hurts, and up to the harder one once the dose range is "
                                    "used up.")));
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
    connect(m_easier, &ExercisePicker::picked, this, [this] { onEdited("easier"); });
    connect(m_harder, &ExercisePicker::picked, this, [this] { onEdited("harder"); });
    connect(m_hidden, &QCheckBox::toggled, this, &ExerciseEditor::onHiddenToggled);
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

// --- Showing ------------------------------------------------------------------------------------

void ExerciseEditor::clear()
{
    m_mode = Mode::Empty;
    m_stored.reset();
    m_base = {};
    m_failure.clear();
    m_hasIssues = false;
    m_stack->setCurrentIndex(0);
}

void ExerciseEditor::showExercise(const std::string& id)
{
    const std::optional<core::Exercise> exercise = m_context.exercises().find(id);
    if (!exercise) {
        clear();
        return;
    }
    // The same exercise shown again (after an edit, an undo or a redo) keeps its place in the
    // editor; only another exercise starts at the top.
    const bool same = m_mode == Mode::View && m_stored && m_stored->id == exercise->id;
    const int scrolled = m_scroll->verticalScrollBar()->value();
    m_mode = Mode::View;
    m_stored = exercise;
    m_base = *exercise;
    m_touched.clear();
    m_showAllIssues = false;
    m_failure.clear();
    refreshPickers();
    load(*exercise);
    setReadOnly(exercise->builtin);
    showIssues({}, *exercise);
    m_stack->setCurrentIndex(1);
    m_scroll->verticalScrollBar()->setValue(same ? scrolled : 0);
}

void ExerciseEditor::startNew()
{
    m_mode = Mode::New;
    m_stored.reset();
    m_idEdited = false;
    m_showAllIssues = false;
    m_touched.clear();
    m_failure.clear();

    core::Exercise blank;
    blank.phaseMin = 1;
    blank.phaseMax = 2;
    blank.equipment = {core::Equipment::None};
    blank.dose = {2, 10, 0, {}, 30};
    blank.limits = {1, 3, 8, 15, 0, 0};
    m_base = blank;
    refreshPickers();
    load(blank);
    setReadOnly(false);
    showIssues(check(blank), blank);
    m_stack->setCurrentIndex(1);
    m_scroll->verticalScrollBar()->setValue(0);
    m_name->setFocus();
}

std::string ExerciseEditor::currentId() const
{
    return m_mode == Mode::View && m_stored ? m_stored->id : std::string();
}

bool ExerciseEditor::hasUnsavedChanges() const
{
    return m_mode == Mode::New || (m_mode == Mode::View && m_hasIssues);
}

QString ExerciseEditor::errorFor(const std::string& field) const
{
    if (field.empty()) {
        return m_generalError->isVisibleTo(this) ? m_generalError->error() : QString();
    }
    for (const FieldTarget& target : m_targets) {
        if (startsWithPath(field, target.path) && target.error->isVisibleTo(this)) {
            return target.error->error();
        }
    }
    return {};
}

void ExerciseEditor::refreshPickers()
{
    // The pickers look exercises up as the user types; they only need to know which one is
    // being edited, so that it is never offered as its own neighbour.
    const std::string self = m_mode == Mode::View && m_stored ? m_stored->id : std::string();
    m_easier->setExcludedId(self);
    m_harder->setExcludedId(self);
}

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
    m_tempo->setText(QString::fromStdString(e.dose.tempo));
    m_tempo->setModified(false);
    m_rest->setValue(e.dose.restSeconds);
    m_minSets->setValue(e.limits.minSets);
    m_maxSets->setValue(e.limits.maxSets);
    m_minReps->setValue(e.limits.minReps);
    m_maxReps->setValue(e.limits.maxReps);
    m_minHold->setValue(e.limits.minHoldSeconds);
    m_maxHold->setValue(e.limits.maxHoldSeconds);
    m_easier->setCurrentId(e.easier);
    m_harder->setCurrentId(e.harder);
    m_precautions->setCheckedValues(toInts(e.precautions));
    m_hidden->setChecked(e.hidden);
    m_pose->setPosition(e.position);
    m_pose->setIllustration(report::illustrationOf(e), e.illustration.has_value());
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
    e.dose.tempo = m_tempo->text().trimmed().toStdString();
    e.dose.restSeconds = m_rest->value();
    e.limits.minSets = m_minSets->value();
    e.limits.maxSets = m_maxSets->value();
    e.limits.minReps = m_minReps->value();
    e.limits.maxReps = m_maxReps->value();
    e.limits.minHoldSeconds = m_minHold->value();
    e.limits.maxHoldSeconds = m_maxHold->value();
    e.easier = m_easier->currentId();
    e.harder = m_harder->currentId();
    e.precautions = fromInts<core::Precaution>(m_precautions->checkedValues());
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
                                         m_impact, m_mainMuscle, m_easier, m_harder}) {
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

// --- Editing ------------------------------------------------------------------------------------

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

void ExerciseEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || m_repainting || m_mode == Mode::Empty) {
        return;
    }
    // The system switched between light and dark: the read-only and invalid colours were
    // derived from the old palette. Derive them again once every child has the new palette.
    m_repainting = true;
    QTimer::singleShot(0, this, [this] {
        if (m_mode != Mode::Empty) {
            setReadOnly(m_readOnly);
            const std::vector<core::ValidationIssue> issues = m_shownIssues;
            const core::Exercise shownFor = m_shownFor;
            showIssues(issues, shownFor);
        }
        m_repainting = false;
    });
}

void ExerciseEditor::showIssues(const std::vector<core::ValidationIssue>& issues,
                                const core::Exercise& exercise)
{
    if (&issues != &m_shownIssues) {
        m_shownIssues = issues;
    }
    if (&exercise != &m_shownFor) {
        m_shownFor = exercise;
    }
    for (const FieldTarget& target : m_targets) {
        target.error->setError({});
        setInvalid(target.input, false);
        setInvalid(target.companion, false);
    }
    m_generalError->setError({});

    std::map<FieldErrorLabel*, QStringList> messages;
    QStringList general;
    m_firstIssue.clear();
    for (const core::ValidationIssue& issue : issues) {
        const FieldTarget* best = nullptr;
        for (const FieldTarget& target : m_targets) {
            if (startsWithPath(issue.field, target.path) &&
                (!best || target.path.size() > best->path.size())) {
                best = &target;
            }
        }
        if (m_mode == Mode::New && !m_showAllIssues) {
            // A new draft starts empty: only complain about fields the user has been in.
            const std::string root = issue.field.substr(0, issue.field.find('/'));
            const bool touched =
                std::any_of(m_touched.begin(), m_touched.end(), [&](const std::string& group) {
                    return root == group || (group == "dose" && root == "dose") ||
                           (group.rfind("phase", 0) == 0 && root.rfind("phase", 0) == 0);
                });
            if (!touched) {
                continue;
            }
        }
        const QString text = ExerciseIssueText::describe(issue, exercise);
        if (m_firstIssue.isEmpty()) {
            const QString field = best ? fieldLabel(best->input) : QString();
            m_firstIssue = field.isEmpty() ? text : tr("%1: %2").arg(field, text);
        }
        if (best) {
            QStringList& list = messages[best->error];
            if (!list.contains(text)) {
                list << text;
            }
            setInvalid(best->input, true);
            setInvalid(best->companion, true);
        } else if (!general.contains(text)) {
            general << text;
        }
    }
    for (auto& [label, list] : messages) {
        label->setError(list.join(QLatin1Char('\n')));
    }
    if (!m_failure.isEmpty() && !general.contains(m_failure)) {
        general.prepend(m_failure);
    }
    m_generalError->setError(general.join(QLatin1Char('\n')));
    m_issueFields = static_cast<int>(messages.size()) + (general.isEmpty() ? 0 : 1);
    if (m_firstIssue.isEmpty()) {
        m_firstIssue = m_failure;
    }
    m_hasIssues = !issues.empty() || !m_failure.isEmpty();
    updateHeader();
}

void ExerciseEditor::updateHeader()
{
    const core::Exercise shown = m_mode == Mode::View && m_stored ? *m_stored : collect();
    m_duplicateButton->setVisible(false);
    m_createButton->setVisible(false);
    m_cancelButton->setVisible(false);

    if (m_mode == Mode::New) {
        const QString name = m_name->text().trimmed();
        m_title->setText(name.isEmpty() ? tr("New exercise") : name);
        m_subtitle->setText(tr("Custom exercise · not saved yet"));
        m_createButton->setVisible(true);
        m_cancelButton->setVisible(true);
        setBanner(m_hasIssues && m_showAllIssues
                      ? tr("Not created yet. %1%2").arg(m_firstIssue, moreIssuesText())
                      : tr("Fill in the fields below. Nothing is saved until you create the "
                           "exercise."),
                  m_hasIssues && m_showAllIssues);
        return;
    }
    if (m_mode != Mode::View) {
        return;
    }
    m_title->setText(QString::fromStdString(shown.name));
    QStringList facts{QString::fromStdString(shown.id)};
    facts << (shown.builtin ? tr("Built-in exercise") : tr("Custom exercise"));
    if (shown.hidden) {
        facts << tr("Hidden");
    }
    if (!shown.builtin) {
        facts << tr("Changes are saved as you go");
    }
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));
    if (shown.builtin) {
        m_duplicateButton->setVisible(true);
        setBanner(tr("Built-in exercises are read-only so the shipped library stays as it was "
                     "checked. Duplicate it to make a version you can change; you can still "
                     "hide it."),
                  false);
    } else if (m_hasIssues) {
        setBanner(tr("Not saved. %1%2 The last valid version is kept.")
                      .arg(m_firstIssue, moreIssuesText()),
                  true);
    } else {
        m_banner->setVisible(false);
    }
}

QString ExerciseEditor::fieldLabel(const QWidget* input) const
{
    if (!input) {
        return {};
    }
    for (const QLabel* label : findChildren<QLabel*>()) {
        if (label->buddy() == input) {
            QString text = label->text();
            text.remove(QLatin1Char('&'));
            while (text.endsWith(QLatin1Char(':'))) {
                text.chop(1);
            }
            return text;
        }
    }
    return input->accessibleName();
}

QString ExerciseEditor::moreIssuesText() const
{
    return m_issueFields > 1 ? QLatin1Char(' ') + tr("%n more field(s) marked in red below.",
                                                     nullptr, m_issueFields - 1)
                             : QString();
}

void ExerciseEditor::setBanner(const QString& text, bool warning)
{
    m_bannerText->setText(text);
    m_banner->setProperty("warning", warning);
    QPalette pal = m_banner->parentWidget() ? m_banner->parentWidget()->palette() : palette();
    if (warning) {
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::AlternateBase,
                     dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xfd, 0xec, 0xea));
    }
    m_banner->setPalette(pal);
    m_banner->setVisible(true);
}

} // namespace glidepath::ui
