// The dialog's exercise rows, one per exercise planned for the chosen session: status, sets done,
// pain and difficulty, each following the status chosen.

#include "app_context.h"
#include "labels.h"
#include "models/session_log_labels.h"
#include "widgets/tracking/session_log_dialog.h"
#include "widgets/tracking/session_log_dialog_parts.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>

namespace glidepath::ui {

using session_log_form::kNotRecorded;
using session_log_form::painSpin;

void SessionLogDialog::clearRows()
{
    for (Row& row : m_rows) {
        delete row.name;
        delete row.status;
        delete row.sets;
        delete row.pain;
        delete row.difficulty;
    }
    m_rows.clear();
}

void SessionLogDialog::rebuildRows(const core::SessionLog* values)
{
    clearRows();
    clearIssues();
    const std::optional<core::Date> planned = plannedSession();
    const bool extra = !planned.has_value();
    // What the plan asks for: the planned day's exercises, or the whole week's for an extra one.
    std::vector<const core::PlannedExercise*> plannedExercises;
    if (m_plan) {
        for (const core::PlanDay& day : m_plan->plan.days) {
            if (!extra && day.date != *planned) {
                continue;
            }
            for (const core::PlannedExercise& exercise : day.exercises) {
                const bool seen = std::any_of(
                    plannedExercises.begin(), plannedExercises.end(),
                    [&](const core::PlannedExercise* p) { return p->id == exercise.id; });
                if (!seen) {
                    plannedExercises.push_back(&exercise);
                }
            }
        }
    }
    struct Seed
    {
        std::string id;
        QString name;
        int setsPlanned;
    };
    std::vector<Seed> seeds;
    for (const core::PlannedExercise* p : plannedExercises) {
        seeds.push_back({p->id, QString::fromStdString(p->name), p->sets});
    }
    if (values) {
        for (const core::LoggedExercise& entry : values->entries) {
            const bool seen = std::any_of(seeds.begin(), seeds.end(),
                                          [&](const Seed& s) { return s.id == entry.exerciseId; });
            if (!seen) {
                const auto exercise = m_context.exercises().find(entry.exerciseId);
                seeds.push_back({entry.exerciseId,
                                 exercise ? QString::fromStdString(exercise->name)
                                          : QString::fromStdString(entry.exerciseId),
                                 entry.setsPlanned});
            }
        }
    }

    for (const Seed& seed : seeds) {
        const int gridRow = static_cast<int>(m_rows.size()) + 1;
        const std::size_t index = m_rows.size();
        Row row;
        row.id = seed.id;
        row.setsPlanned = seed.setsPlanned;
        row.name = new QLabel(seed.name);
        row.status = new QComboBox;
        row.status->setObjectName(QStringLiteral("sessionLogStatus%1").arg(index));
        row.status->setAccessibleName(tr("%1: done, partly or skipped").arg(seed.name));
        for (const core::LogStatus status : core::allValues<core::LogStatus>()) {
            row.status->addItem(SessionLogLabels::of(status), static_cast<int>(status));
        }
        row.sets = new QSpinBox;
        row.sets->setObjectName(QStringLiteral("sessionLogSets%1").arg(index));
        row.sets->setRange(0, core::kMaxLoggedSets);
        row.sets->setAccessibleName(tr("%1: sets done").arg(seed.name));
        if (seed.setsPlanned > 0) {
            row.sets->setSuffix(tr(" of %1").arg(seed.setsPlanned));
        }
        row.pain = painSpin(tr("%1: pain during, 0 to 10").arg(seed.name));
        row.pain->setObjectName(QStringLiteral("sessionLogPain%1").arg(index));
        row.difficulty = new QComboBox;
        row.difficulty->setObjectName(QStringLiteral("sessionLogDifficulty%1").arg(index));
        row.difficulty->setAccessibleName(tr("%1: how hard it felt").arg(seed.name));
        row.difficulty->addItem(tr("not noted"), -1);
        for (const core::Difficulty difficulty : core::allValues<core::Difficulty>()) {
            row.difficulty->addItem(Labels::of(difficulty), static_cast<int>(difficulty));
        }
        m_grid->addWidget(row.name, gridRow, 0);
        m_grid->addWidget(row.status, gridRow, 1);
        m_grid->addWidget(row.sets, gridRow, 2);
        m_grid->addWidget(row.pain, gridRow, 3);
        m_grid->addWidget(row.difficulty, gridRow, 4);
        m_rows.push_back(row);

        connect(row.status, &QComboBox::currentIndexChanged, this,
                [this, index] { onStatusChanged(index); });
        connect(row.sets, &QSpinBox::valueChanged, this, [this, index] { onSetsChanged(index); });

        // Starting values: from the stored log, else done in full (or skipped when extra).
        const core::LoggedExercise* entry = nullptr;
        if (values) {
            const auto it = std::find_if(
                values->entries.begin(), values->entries.end(),
                [&](const core::LoggedExercise& e) { return e.exerciseId == seed.id; });
            entry = it == values->entries.end() ? nullptr : &*it;
        }
        if (entry) {
            m_syncing = true;
            row.status->setCurrentIndex(row.status->findData(static_cast<int>(entry->status)));
            row.sets->setValue(entry->setsDone);
            m_syncing = false;
            onStatusChanged(index);
            row.sets->setValue(entry->setsDone);
            setPain(static_cast<int>(index), entry->painDuring);
            setDifficulty(static_cast<int>(index), entry->difficulty);
        } else {
            setStatus(static_cast<int>(index),
                      (values || extra) ? core::LogStatus::Skipped : core::LogStatus::Done);
            onStatusChanged(index);
        }
    }
}

void SessionLogDialog::onStatusChanged(std::size_t index)
{
    if (m_syncing || index >= m_rows.size()) {
        return;
    }
    Row& row = m_rows[index];
    const auto status = static_cast<core::LogStatus>(row.status->currentData().toInt());
    m_syncing = true;
    const bool skipped = status == core::LogStatus::Skipped;
    row.sets->setEnabled(!skipped);
    row.pain->setEnabled(!skipped);
    row.difficulty->setEnabled(!skipped);
    switch (status) {
    case core::LogStatus::Done:
        row.sets->setValue(std::max(1, row.setsPlanned));
        break;
    case core::LogStatus::Partly:
        if (row.setsPlanned > 0 &&
            (row.sets->value() >= row.setsPlanned || row.sets->value() < 1)) {
            row.sets->setValue(std::max(1, row.setsPlanned - 1));
        } else if (row.sets->value() < 1) {
            row.sets->setValue(1);
        }
        break;
    case core::LogStatus::Skipped:
        row.sets->setValue(0);
        row.pain->setValue(kNotRecorded);
        row.difficulty->setCurrentIndex(0);
        break;
    }
    m_syncing = false;
    clearIssues();
}

void SessionLogDialog::onSetsChanged(std::size_t index)
{
    if (m_syncing || index >= m_rows.size()) {
        return;
    }
    Row& row = m_rows[index];
    const int sets = row.sets->value();
    core::LogStatus status = core::LogStatus::Partly;
    if (sets == 0) {
        status = core::LogStatus::Skipped;
    } else if (row.setsPlanned > 0 && sets >= row.setsPlanned) {
        status = core::LogStatus::Done;
    } else if (row.setsPlanned == 0) {
        status = static_cast<core::LogStatus>(row.status->currentData().toInt());
        if (status == core::LogStatus::Skipped) {
            status = core::LogStatus::Done;
        }
    }
    m_syncing = true;
    row.status->setCurrentIndex(row.status->findData(static_cast<int>(status)));
    const bool skipped = status == core::LogStatus::Skipped;
    row.pain->setEnabled(!skipped);
    row.difficulty->setEnabled(!skipped);
    if (skipped) {
        row.pain->setValue(kNotRecorded);
        row.difficulty->setCurrentIndex(0);
    }
    m_syncing = false;
    clearIssues();
}

} // namespace glidepath::ui
