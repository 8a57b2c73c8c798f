#include "widgets/plan/plan_adjust_panel.h"

#include "labels.h"
#include "widgets/common/field_error_label.h"

#include <glidepath/core/load.h>
#include <glidepath/report/handout_text.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace glidepath::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString idOf(const core::Exercise* exercise)
{
    return exercise ? QString::fromStdString(exercise->id) : QString();
}

} // namespace

PlanAdjustPanel::PlanAdjustPanel(QWidget* parent) : QWidget(parent)
{
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("adjustNotice"));
    m_notice->setWordWrap(true);

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("adjustError"));

    m_selectedBox = new QGroupBox(tr("Selected exercise"), this);
    m_name = new QLabel(tr("Click an exercise in the week to adjust it."), m_selectedBox);
    m_name->setObjectName(QStringLiteral("adjustName"));
    m_name->setWordWrap(true);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_place = new QLabel(m_selectedBox);
    m_place->setWordWrap(true);

    m_easier = new QPushButton(m_selectedBox);
    m_easier->setObjectName(QStringLiteral("easierButton"));
    m_harder = new QPushButton(m_selectedBox);
    m_harder->setObjectName(QStringLiteral("harderButton"));
    // A long exercise name must not widen the panel past the window; the tooltip has it whole.
    for (QPushButton* button : {m_easier, m_harder}) {
        button->setSizePolicy(QSizePolicy::Ignored, button->sizePolicy().verticalPolicy());
    }
    m_slot = new QComboBox(m_selectedBox);
    m_slot->setObjectName(QStringLiteral("slotCombo"));
    m_slot->setAccessibleName(tr("Other exercises for the same slot"));
    m_slot->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_slot->setMinimumContentsLength(10);
    m_swap = new QPushButton(tr("S&wap"), m_selectedBox);
    m_swap->setObjectName(QStringLiteral("swapButton"));

    m_sets = new QSpinBox(m_selectedBox);
    m_sets->setObjectName(QStringLiteral("doseSets"));
    // 0 is allowed in the box so that typing it is answered with a reason, not silently made 1.
    m_sets->setRange(0, 10);
    m_sets->setAccessibleName(tr("Sets"));
    m_reps = new QSpinBox(m_selectedBox);
    m_reps->setObjectName(QStringLiteral("doseReps"));
    m_reps->setRange(0, 50);
    m_reps->setSpecialValueText(tr("none (hold)"));
    m_reps->setAccessibleName(tr("Repetitions"));
    m_hold = new QSpinBox(m_selectedBox);
    m_hold->setObjectName(QStringLiteral("doseHold"));
    m_hold->setRange(0, 300);
    m_hold->setSuffix(tr(" s"));
    m_hold->setSpecialValueText(tr("no hold"));
    m_hold->setAccessibleName(tr("Hold in seconds"));
    m_tempo = new QLineEdit(m_selectedBox);
    m_tempo->setObjectName(QStringLiteral("doseTempo"));
    m_tempo->setPlaceholderText(tr("e.g. 2-1-3"));
    m_tempo->setToolTip(tr("Seconds to lift, pause and lower; leave empty for none."));
    m_tempo->setAccessibleName(tr("Tempo"));
    m_rest = new QSpinBox(m_selectedBox);
    m_rest->setObjectName(QStringLiteral("doseRest"));
    m_rest->setRange(0, 600);
    m_rest->setSingleStep(15);
    m_rest->setSuffix(tr(" s"));
    m_rest->setAccessibleName(tr("Rest between sets in seconds"));
    m_side = new QComboBox(m_selectedBox);
    m_side->setObjectName(QStringLiteral("doseSide"));
    m_side->setAccessibleName(tr("Which leg"));
    for (const core::WorkSide side : core::allValues<core::WorkSide>()) {
        m_side->addItem(Labels::of(side), static_cast<int>(side));
    }
    m_load = new QComboBox(m_selectedBox);
    m_load->setObjectName(QStringLiteral("doseLoad"));
    m_load->setAccessibleName(tr("Load"));
    m_load->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_load->setMinimumContentsLength(10);
    m_allDays = new QCheckBox(tr("On all da&ys with this exercise"), m_selectedBox);
    m_allDays->setObjectName(QStringLiteral("doseAllDays"));
    m_allDays->setToolTip(tr("Give every day of the week that has this exercise the same dose"));
    m_applyDose = new QPushButton(tr("&Apply dose"), m_selectedBox);
    m_applyDose->setObjectName(QStringLiteral("applyDoseButton"));
    m_doseError = new FieldErrorLabel(m_selectedBox);
    m_doseError->setObjectName(QStringLiteral("doseError"));

    m_moveUp = new QPushButton(tr("Move &up"), m_selectedBox);
    m_moveUp->setObjectName(QStringLiteral("moveUpButton"));
    m_moveDown = new QPushButton(tr("Move dow&n"), m_selectedBox);
    m_moveDown->setObjectName(QStringLiteral("moveDownButton"));
    m_moveUp->setToolTip(tr("Earlier in the day's order (Alt+Up on a card, or drag the card)"));
    m_moveDown->setToolTip(tr("Later in the day's order (Alt+Down on a card, or drag the card)"));
    m_remove = new QPushButton(tr("&Remove"), m_selectedBox);
    m_remove->setObjectName(QStringLiteral("removeButton"));

    auto* selectedLayout = new QVBoxLayout(m_selectedBox);
    selectedLayout->addWidget(m_name);
    selectedLayout->addWidget(m_place);
    selectedLayout->addWidget(m_easier);
    selectedLayout->addWidget(m_harder);
    auto* slotRow = new QHBoxLayout;
    slotRow->addWidget(m_slot, 1);
    slotRow->addWidget(m_swap);
    selectedLayout->addLayout(slotRow);
    auto* doseForm = new QFormLayout;
    m_doseForm = doseForm;
    doseForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    doseForm->addRow(tr("Sets:"), m_sets);
    doseForm->addRow(tr("Reps:"), m_reps);
    doseForm->addRow(tr("Hold:"), m_hold);
    doseForm->addRow(tr("Tempo:"), m_tempo);
    doseForm->addRow(tr("Rest:"), m_rest);
    doseForm->addRow(tr("Side:"), m_side);
    doseForm->addRow(tr("Load:"), m_load);
    selectedLayout->addLayout(doseForm);
    selectedLayout->addWidget(m_doseError);
    selectedLayout->addWidget(m_allDays);
    selectedLayout->addWidget(m_applyDose);
    auto* orderRow = new QHBoxLayout;
    orderRow->addWidget(m_moveUp);
    orderRow->addWidget(m_moveDown);
    selectedLayout->addLayout(orderRow);
    selectedLayout->addWidget(m_remove);

    m_addBox = new QGroupBox(tr("Add an exercise"), this);
    m_addExercise = new QComboBox(m_addBox);
    m_addExercise->setObjectName(QStringLiteral("addExerciseCombo"));
    m_addExercise->setEditable(true);
    m_addExercise->setInsertPolicy(QComboBox::NoInsert);
    m_addExercise->completer()->setFilterMode(Qt::MatchContains);
    m_addExercise->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_addExercise->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_addExercise->setMinimumContentsLength(10);
    m_addExercise->setAccessibleName(tr("Exercise to add"));
    m_addDay = new QComboBox(m_addBox);
    m_addDay->setObjectName(QStringLiteral("addDayCombo"));
    m_addDay->setAccessibleName(tr("Day to add it to"));
    m_add = new QPushButton(tr("A&dd to day"), m_addBox);
    m_add->setObjectName(QStringLiteral("addButton"));
    auto* addLayout = new QVBoxLayout(m_addBox);
    addLayout->addWidget(m_addExercise);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addDay, 1);
    addRow->addWidget(m_add);
    addLayout->addLayout(addRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(m_selectedBox);
    layout->addWidget(m_addBox);
    layout->addStretch(1);

    connect(m_easier, &QPushButton::clicked, this,
            [this] { emit swapRequested(m_easier->property("exerciseId").toString()); });
    connect(m_harder, &QPushButton::clicked, this,
            [this] { emit swapRequested(m_harder->property("exerciseId").toString()); });
    connect(m_swap, &QPushButton::clicked, this, [this] {
        const QString id = m_slot->currentData(kIdRole).toString();
        if (!id.isEmpty()) {
            emit swapRequested(id);
        }
    });
    connect(m_applyDose, &QPushButton::clicked, this, &PlanAdjustPanel::requestDose);
    connect(m_tempo, &QLineEdit::returnPressed, this, &PlanAdjustPanel::requestDose);
    for (QSpinBox* spin : {m_sets, m_reps, m_hold, m_rest}) {
        connect(spin, &QSpinBox::valueChanged, this, &PlanAdjustPanel::markDoseDirty);
    }
    connect(m_tempo, &QLineEdit::textEdited, this, &PlanAdjustPanel::markDoseDirty);
    connect(m_side, &QComboBox::currentIndexChanged, this, &PlanAdjustPanel::markDoseDirty);
    connect(m_load, &QComboBox::currentIndexChanged, this, &PlanAdjustPanel::markDoseDirty);
    // Leaving the dose fields (a click on another card, Tab out of the panel) applies what was
    // typed, as a form field would keep it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
        const auto inDose = [this](QWidget* w) {
            for (QWidget* field :
                 std::initializer_list<QWidget*>{m_sets, m_reps, m_hold, m_tempo, m_rest, m_side,
                                                 m_load, m_allDays, m_applyDose}) {
                if (w && (w == field || field->isAncestorOf(w))) {
                    return true;
                }
            }
            return false;
        };
        if (m_doseDirty && inDose(old) && !inDose(now)) {
            flushPendingDose();
        }
    });
    connect(m_moveUp, &QPushButton::clicked, this, [this] { emit moveRequested(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { emit moveRequested(1); });
    connect(m_remove, &QPushButton::clicked, this, &PlanAdjustPanel::removeRequested);
    connect(m_add, &QPushButton::clicked, this, &PlanAdjustPanel::requestAdd);

    setSelection(std::nullopt);
    setEditable(false);
}

void PlanAdjustPanel::setSelection(const std::optional<Selection>& selection)
{
    const bool sameExercise = selection && m_selection && selection->day == m_selection->day &&
                              selection->row == m_selection->row &&
                              selection->exercise.id == m_selection->exercise.id;
    if (m_doseDirty && !sameExercise && m_selection) {
        const QString name = QString::fromStdString(m_selection->exercise.name);
        flushPendingDose();
        if (!m_doseError->error().isEmpty()) {
            // Refused: say so above the next selection, so the typed dose is not lost unseen.
            m_carriedError =
                tr("The dose typed for %1 was not applied: %2").arg(name, m_doseError->error());
        }
    }
    m_selection = selection;
    m_error->setError(m_carriedError);
    m_carriedError.clear();
    m_doseDirty = false;
    const QSignalBlocker blockAllDays(m_allDays);
    if (!sameExercise) {
        m_allDays->setChecked(false);
    }
    m_doseError->setError({});
    setInvalid(m_tempo, false);
    if (!selection) {
        m_name->setText(tr("Click an exercise in the week to adjust it."));
        m_place->clear();
        m_easier->setText(tr("Easier exercise"));
        m_harder->setText(tr("Harder exercise"));
        m_easier->setProperty("exerciseId", QString());
        m_harder->setProperty("exerciseId", QString());
        m_slot->clear();
        m_load->clear();
        m_doseForm->setRowVisible(m_load, false);
        updateEnabled();
        return;
    }
    const core::PlannedExercise& e = selection->exercise;
    m_name->setText(QString::fromStdString(e.name));
    m_place->setText(selection->place);
    m_easier->setProperty("exerciseId", idOf(selection->easier));
    m_harder->setProperty("exerciseId", idOf(selection->harder));
    m_easier->setText(selection->easier
                          ? tr("▼ Easier: %1").arg(QString::fromStdString(selection->easier->name))
                          : tr("No easier exercise to swap to"));
    m_harder->setText(selection->harder
                          ? tr("▲ Harder: %1").arg(QString::fromStdString(selection->harder->name))
                          : tr("No harder exercise allowed this week"));
    m_easier->setToolTip(m_easier->text());
    m_harder->setToolTip(m_harder->text());
    m_slot->clear();
    for (const core::Exercise* other : selection->sameSlot) {
        m_slot->addItem(QString::fromStdString(other->name));
        m_slot->setItemData(m_slot->count() - 1, QString::fromStdString(other->id), kIdRole);
    }
    if (m_slot->count() == 0) {
        m_slot->addItem(tr("No other exercise fits this slot"));
    }
    m_loadingDose = true;
    m_sets->setValue(e.sets);
    m_reps->setValue(e.reps);
    m_hold->setValue(e.holdSeconds);
    m_tempo->setText(QString::fromStdString(e.tempo));
    m_rest->setValue(e.restSeconds);
    m_side->setCurrentIndex(m_side->findData(static_cast<int>(e.side)));
    // The load in words, from none up to the heaviest the exercise takes (never below the
    // level planned, so a plan made before a library change still shows what it says).
    m_load->clear();
    if (e.loadKind != core::LoadKind::None) {
        const int top = std::max(selection->maxLoadLevel > 0 ? selection->maxLoadLevel
                                                             : core::maxLoadLevelOf(e.loadKind),
                                 e.loadLevel);
        m_load->addItem(tr("No added load"), 0);
        for (int level = 1; level <= top; ++level) {
            m_load->addItem(report::loadText(e.loadKind, level), level);
        }
        m_load->setCurrentIndex(m_load->findData(e.loadLevel));
    }
    m_doseForm->setRowVisible(m_load, e.loadKind != core::LoadKind::None);
    m_loadingDose = false;
    m_doseDirty = false;
    updateEnabled();
}

void PlanAdjustPanel::setEditable(bool editable, const QString& reason)
{
    m_editable = editable;
    m_notice->setText(reason);
    m_notice->setVisible(!reason.isEmpty());
    updateEnabled();
}

void PlanAdjustPanel::setAddOptions(const std::vector<const core::Exercise*>& exercises,
                                    const QStringList& dayNames)
{
    const QString current = m_addExercise->currentData(kIdRole).toString();
    m_addExercise->clear();
    for (const core::Exercise* exercise : exercises) {
        m_addExercise->addItem(QString::fromStdString(exercise->name));
        m_addExercise->setItemData(m_addExercise->count() - 1, QString::fromStdString(exercise->id),
                                   kIdRole);
    }
    const int index = m_addExercise->findData(current, kIdRole);
    m_addExercise->setCurrentIndex(index >= 0 ? index : 0);
    const int day = m_addDay->currentIndex();
    m_addDay->clear();
    m_addDay->addItems(dayNames);
    m_addDay->setCurrentIndex(day >= 0 && day < dayNames.size() ? day : 0);
    updateEnabled();
}

void PlanAdjustPanel::setAddDay(int day)
{
    if (day >= 0 && day < m_addDay->count()) {
        m_addDay->setCurrentIndex(day);
    }
}

void PlanAdjustPanel::showError(const QString& text)
{
    m_error->setError(text);
}

void PlanAdjustPanel::updateEnabled()
{
    const bool selected = m_editable && m_selection.has_value();
    m_selectedBox->setEnabled(m_editable);
    m_easier->setEnabled(selected && m_selection->easier);
    m_harder->setEnabled(selected && m_selection->harder);
    m_slot->setEnabled(selected && !m_selection->sameSlot.empty());
    m_swap->setEnabled(selected && !m_selection->sameSlot.empty());
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_sets, m_reps, m_hold, m_tempo, m_rest, m_side, m_load,
                                         m_applyDose, m_allDays, m_remove}) {
        w->setEnabled(selected);
    }
    m_moveUp->setEnabled(selected && m_selection->row > 0);
    m_moveDown->setEnabled(selected && m_selection->row + 1 < m_selection->rowCount);
    m_addBox->setEnabled(m_editable && m_addExercise->count() > 0);
}

void PlanAdjustPanel::requestAdd()
{
    const int index = m_addExercise->findText(m_addExercise->currentText(), Qt::MatchFixedString);
    if (index < 0) {
        return;
    }
    emit addRequested(m_addExercise->itemData(index, kIdRole).toString(), m_addDay->currentIndex());
}

} // namespace glidepath::ui
