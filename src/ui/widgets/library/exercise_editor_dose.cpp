#include "widgets/common/field_error_label.h"
#include "widgets/library/exercise_editor.h"
#include "widgets/library/exercise_editor_form.h"

#include <glidepath/core/load.h>
#include <glidepath/report/handout_text.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace glidepath::ui {

// The dose section: the starting dose and the range the plan may move it within, and the load
// (band, ankle weight, dumbbell) with its starting and heaviest level.
using namespace editor_form;

QWidget* ExerciseEditor::buildDoseGroup()
{
    auto* box = group(tr("Dose"), QStringLiteral("doseGroup"));
    auto* layout = new QVBoxLayout(box);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
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
    // Row 4: what the hold's time asks for, still or moving (timing); walks always move.
    m_keepMoving = new QCheckBox(tr("Keep moving for the time (not a still hold)"));
    m_keepMoving->setObjectName(QStringLiteral("doseKeepMovingCheck"));
    m_keepMoving->setToolTip(
        tr("For movement kept up for the hold's time, such as the Hundred's "
           "arm pumps: the handout then reads \u201cKeep moving for 50 s\u201d "
           "instead of \u201chold 50 s\u201d."));
    // Across the whole grid, under the row labels too: spanning only the value columns, its
    // label (long in German) widened the form past half the page.
    grid->addWidget(m_keepMoving, 4, 0, 1, 5);
    grid->addWidget(rowLabel(tr("Te&mpo:"), m_tempo), 5, 0);
    grid->addWidget(m_tempo, 5, 1);
    grid->addWidget(hint(tr("lift-pause-lower seconds")), 5, 2, 1, 2);
    grid->addWidget(rowLabel(tr("Rest:"), m_rest), 6, 0);
    grid->addWidget(m_rest, 6, 1);
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

    auto* loadError = new FieldErrorLabel;
    layout->addWidget(buildLoadRows(loadError));
    layout->addWidget(loadError);
    layout->addWidget(hint(tr("The plan starts at the dose and moves within the fewest–most "
                              "range (reps, then sets, then hold) before it changes to the "
                              "harder exercise.")));
    return box;
}

QWidget* ExerciseEditor::buildLoadRows(FieldErrorLabel* error)
{
    auto* rows = new QWidget;
    rows->setObjectName(QStringLiteral("loadRows"));
    auto* form = makeForm(rows);
    form->setContentsMargins(0, 6, 0, 0);

    m_loadKind = enumCombo<core::LoadKind>(tr("Load"), QStringLiteral("loadKindCombo"));
    m_loadLevel = new QComboBox;
    m_loadLevel->setObjectName(QStringLiteral("loadLevelCombo"));
    m_loadLevel->setAccessibleName(tr("Starting load"));
    m_maxLoadLevel = new QComboBox;
    m_maxLoadLevel->setObjectName(QStringLiteral("maxLoadLevelCombo"));
    m_maxLoadLevel->setAccessibleName(tr("Heaviest load"));
    for (QComboBox* combo : {m_loadKind, m_loadLevel, m_maxLoadLevel}) {
        // Words such as "1.5 kg ankle weight" must not widen the form past its panel.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    addRow(form, tr("Load:"), m_loadKind, nullptr);
    addRow(form, tr("Starting load:"), m_loadLevel, nullptr);
    addRow(form, tr("Heaviest load:"), m_maxLoadLevel, nullptr);

    registerField("dose/load", error, m_loadKind);
    registerField("dose/load_level", error, m_loadLevel, m_maxLoadLevel);
    registerField("dose_limits/max_load_level", error, m_maxLoadLevel, m_loadLevel);
    error->setObjectName(QStringLiteral("loadError"));
    fillLoadLevels(core::LoadKind::None, 0, 0);
    return rows;
}

// Level 0 is offered as a start ("no added load yet") but not as the heaviest: an exercise
// with a load kind takes at least its first level.
void ExerciseEditor::fillLoadLevels(core::LoadKind kind, int level, int maxLevel)
{
    const int kindMax = core::maxLoadLevelOf(kind);
    const QSignalBlocker blockStart(m_loadLevel);
    const QSignalBlocker blockMax(m_maxLoadLevel);
    m_loadLevel->clear();
    m_maxLoadLevel->clear();
    if (kindMax > 0) {
        m_loadLevel->addItem(tr("No added load"), 0);
        for (int step = 1; step <= kindMax; ++step) {
            const QString words = report::loadText(kind, step);
            m_loadLevel->addItem(words, step);
            m_maxLoadLevel->addItem(words, step);
        }
    }
    m_loadLevel->setCurrentIndex(m_loadLevel->findData(level));
    m_maxLoadLevel->setCurrentIndex(m_maxLoadLevel->findData(maxLevel));
    m_loadLevel->setEnabled(!m_readOnly && kindMax > 0);
    m_maxLoadLevel->setEnabled(!m_readOnly && kindMax > 0);
}

void ExerciseEditor::onLoadKindEdited()
{
    if (m_loading) {
        return;
    }
    // A new kind starts at its first level and may go up to everything it has; levels kept from
    // the previous kind are clamped to what the new one has.
    const auto kind = comboValue<core::LoadKind>(m_loadKind);
    const int kindMax = core::maxLoadLevelOf(kind);
    const int level = m_loadLevel->currentIndex() >= 0 ? m_loadLevel->currentData().toInt() : 1;
    const int maxLevel =
        m_maxLoadLevel->currentIndex() >= 0 ? m_maxLoadLevel->currentData().toInt() : kindMax;
    fillLoadLevels(kind, std::min(std::max(level, 1), kindMax),
                   std::min(std::max(maxLevel, 1), kindMax));
    onEdited("dose");
}

} // namespace glidepath::ui
