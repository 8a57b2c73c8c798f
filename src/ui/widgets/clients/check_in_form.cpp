// The check-in form's layout: its fields, in the order a week is looked back on. The exercises
// that hurt are handled in check_in_form_painful.cpp, the check-in's values in
// check_in_form_values.cpp.

#include "widgets/clients/check_in_form.h"

#include "labels.h"
#include "widgets/clients/check_in_form_parts.h"
#include "widgets/clients/pain_slider.h"
#include "widgets/clients/red_flag_questions.h"
#include "widgets/common/field_error_label.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace glidepath::ui {

using check_in_parts::fillCombo;
using check_in_parts::kIdRole;
using check_in_parts::kNotEntered;

CheckInForm::CheckInForm(QWidget* parent) : QWidget(parent)
{
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("checkInDate"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Check-in date"));

    m_painRest = new PainSlider(tr("Pain at rest"), this);
    m_painRest->setObjectName(QStringLiteral("painRest"));
    m_painActivity = new PainSlider(tr("Pain during daily activity"), this);
    m_painActivity->setObjectName(QStringLiteral("painActivity"));
    m_painExercise = new PainSlider(tr("Pain during the exercises"), this);
    m_painExercise->setObjectName(QStringLiteral("painExercise"));
    m_painExercise->setZones(2, 5);

    m_nextMorning = new QComboBox(this);
    m_nextMorning->setObjectName(QStringLiteral("nextMorning"));
    m_nextMorning->setAccessibleName(tr("Pain the morning after exercising"));
    fillCombo<core::NextMorning>(m_nextMorning);
    m_nightPain = new QCheckBox(tr("Pain at night this week"), this);
    m_nightPain->setObjectName(QStringLiteral("nightPain"));
    m_swelling = new QComboBox(this);
    m_swelling->setObjectName(QStringLiteral("swelling"));
    m_swelling->setAccessibleName(tr("Swelling"));
    fillCombo<core::Swelling>(m_swelling);

    m_done = new QSpinBox(this);
    m_done->setObjectName(QStringLiteral("sessionsDone"));
    // -1 is "not entered": a new check-in asks, it does not assume every session was done.
    m_done->setRange(kNotEntered, 14);
    m_done->setSpecialValueText(tr("not entered"));
    m_done->setAccessibleName(tr("Sessions done"));
    m_planned = new QSpinBox(this);
    m_planned->setObjectName(QStringLiteral("sessionsPlanned"));
    m_planned->setRange(1, 14);
    m_planned->setAccessibleName(tr("Sessions planned"));
    m_loggedNote = new QLabel(this);
    m_loggedNote->setObjectName(QStringLiteral("loggedSessionsNote"));
    m_loggedNote->setWordWrap(true);
    m_loggedNote->setForegroundRole(QPalette::PlaceholderText);
    m_loggedNote->hide();
    auto* adherence = new QWidget(this);
    auto* adherenceLayout = new QHBoxLayout(adherence);
    adherenceLayout->setContentsMargins(0, 0, 0, 0);
    adherenceLayout->addWidget(m_done);
    adherenceLayout->addWidget(new QLabel(tr("done of"), adherence));
    adherenceLayout->addWidget(m_planned);
    adherenceLayout->addWidget(new QLabel(tr("planned"), adherence));
    adherenceLayout->addStretch(1);

    m_difficulty = new QComboBox(this);
    m_difficulty->setObjectName(QStringLiteral("difficulty"));
    m_difficulty->setAccessibleName(tr("How hard the week's exercises felt"));
    fillCombo<core::Difficulty>(m_difficulty);

    // Exercises that hurt: pick one from the library, rate it, add it to the list.
    m_painfulPicker = new QComboBox(this);
    m_painfulPicker->setObjectName(QStringLiteral("painfulExercisePicker"));
    m_painfulPicker->setEditable(true);
    m_painfulPicker->setInsertPolicy(QComboBox::NoInsert);
    // The suggestions are ranked by exercise_match (words and word starts, this week's plan
    // first); the completer shows them as they come.
    m_suggestions = new QStandardItemModel(this);
    auto* completer = new QCompleter(m_suggestions, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_painfulPicker->setCompleter(completer);
    m_painfulPicker->setAccessibleName(tr("Exercise that hurt"));
    m_painfulPicker->setMinimumContentsLength(18);
    m_painfulPicker->lineEdit()->setPlaceholderText(tr("Type or choose an exercise"));
    m_painfulPain = new QSpinBox(this);
    m_painfulPain->setObjectName(QStringLiteral("painfulExercisePain"));
    m_painfulPain->setRange(0, 10);
    m_painfulPain->setValue(5);
    m_painfulPain->setSuffix(tr("/10"));
    m_painfulPain->setAccessibleName(tr("Pain during that exercise"));
    m_addPainful = new QPushButton(tr("Add"), this);
    m_addPainful->setObjectName(QStringLiteral("addPainfulExercise"));
    m_painful = new QTableWidget(0, 2, this);
    m_painful->setObjectName(QStringLiteral("painfulExercisesTable"));
    m_painful->setHorizontalHeaderLabels({tr("Exercise"), tr("Pain")});
    m_painful->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_painful->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_painful->verticalHeader()->setVisible(false);
    m_painful->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_painful->setSelectionMode(QAbstractItemView::SingleSelection);
    m_painful->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_painful->setMaximumHeight(130);
    m_painful->setAccessibleName(tr("Exercises that hurt"));
    m_removePainful = new QPushButton(tr("Remove"), this);
    m_removePainful->setObjectName(QStringLiteral("removePainfulExercise"));
    m_removePainful->setEnabled(false);
    auto* picker = new QWidget(this);
    auto* pickerLayout = new QHBoxLayout(picker);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    pickerLayout->addWidget(m_painfulPicker, 1);
    pickerLayout->addWidget(m_painfulPain);
    pickerLayout->addWidget(m_addPainful);
    auto* painfulBox = new QWidget(this);
    auto* painfulLayout = new QVBoxLayout(painfulBox);
    painfulLayout->setContentsMargins(0, 0, 0, 0);
    painfulLayout->addWidget(picker);
    painfulLayout->addWidget(m_painful);
    auto* removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_removePainful);
    painfulLayout->addLayout(removeRow);

    m_redFlags = new RedFlagQuestions(this);
    m_redFlags->setObjectName(QStringLiteral("checkInRedFlags"));

    m_painError = new FieldErrorLabel(this);
    m_adherenceError = new FieldErrorLabel(this);
    m_adherenceError->setObjectName(QStringLiteral("adherenceError"));
    m_painfulError = new FieldErrorLabel(this);
    m_otherError = new FieldErrorLabel(this);

    auto* painBox = new QGroupBox(tr("Pain this week (0 = none, 10 = worst imaginable)"), this);
    auto* painForm = new QFormLayout(painBox);
    painForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    painForm->addRow(tr("Check-in &date:"), m_date);
    auto* restLabel = new QLabel(tr("At &rest:"), painBox);
    restLabel->setBuddy(m_painRest->slider());
    painForm->addRow(restLabel, m_painRest);
    auto* activityLabel = new QLabel(tr("During &activity:"), painBox);
    activityLabel->setBuddy(m_painActivity->slider());
    painForm->addRow(activityLabel, m_painActivity);
    auto* exerciseLabel = new QLabel(tr("During the e&xercises:"), painBox);
    exerciseLabel->setBuddy(m_painExercise->slider());
    painForm->addRow(exerciseLabel, m_painExercise);
    painForm->addRow(m_painError);
    auto* morningLabel = new QLabel(tr("&Next morning:"), painBox);
    morningLabel->setBuddy(m_nextMorning);
    painForm->addRow(morningLabel, m_nextMorning);
    painForm->addRow(tr("Night pain:"), m_nightPain);
    auto* swellingLabel = new QLabel(tr("Swellin&g:"), painBox);
    swellingLabel->setBuddy(m_swelling);
    painForm->addRow(swellingLabel, m_swelling);

    auto* weekBox = new QGroupBox(tr("The exercise week"), this);
    auto* weekForm = new QFormLayout(weekBox);
    weekForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* doneLabel = new QLabel(tr("&Sessions:"), weekBox);
    doneLabel->setBuddy(m_done);
    weekForm->addRow(doneLabel, adherence);
    weekForm->addRow(QString(), m_loggedNote);
    weekForm->addRow(m_adherenceError);
    auto* difficultyLabel = new QLabel(tr("Difficult&y:"), weekBox);
    difficultyLabel->setBuddy(m_difficulty);
    weekForm->addRow(difficultyLabel, m_difficulty);
    auto* painfulLabel = new QLabel(tr("Exercises that h&urt:"), weekBox);
    painfulLabel->setBuddy(m_painfulPicker);
    weekForm->addRow(painfulLabel, painfulBox);
    weekForm->addRow(m_painfulError);

    auto* flagsBox = new QGroupBox(tr("Red-flag questions (ask again every week)"), this);
    auto* flagsLayout = new QVBoxLayout(flagsBox);
    flagsLayout->addWidget(m_redFlags);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(painBox);
    layout->addWidget(weekBox);
    layout->addWidget(flagsBox);
    layout->addWidget(m_otherError);
    layout->addStretch(1);

    connect(m_addPainful, &QPushButton::clicked, this, &CheckInForm::addSelectedPainfulExercise);
    connect(m_painfulPicker->lineEdit(), &QLineEdit::textEdited, this,
            &CheckInForm::suggestPainful);
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const int item = m_painfulPicker->findData(index.data(kIdRole), kIdRole);
                if (item >= 0) {
                    m_painfulPicker->setCurrentIndex(item);
                }
            });
    connect(m_removePainful, &QPushButton::clicked, this,
            &CheckInForm::removeSelectedPainfulExercise);
    connect(m_painful, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removePainful->setEnabled(!m_painful->selectedItems().isEmpty()); });
    connect(m_date, &QDateEdit::dateChanged, this, &CheckInForm::markModified);
    for (PainSlider* slider : {m_painRest, m_painActivity, m_painExercise}) {
        connect(slider, &PainSlider::valueChanged, this, &CheckInForm::markModified);
    }
    for (QComboBox* combo : {m_nextMorning, m_swelling, m_difficulty}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &CheckInForm::markModified);
    }
    connect(m_nightPain, &QCheckBox::toggled, this, &CheckInForm::markModified);
    connect(m_done, &QSpinBox::valueChanged, this, &CheckInForm::markModified);
    connect(m_planned, &QSpinBox::valueChanged, this, &CheckInForm::markModified);
    connect(m_redFlags, &RedFlagQuestions::changed, this, &CheckInForm::markModified);
}

void CheckInForm::setModified(bool modified)
{
    if (m_modified != modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

void CheckInForm::markModified()
{
    if (!m_loading) {
        setModified(true);
    }
}

} // namespace glidepath::ui
