#pragma once

#include "models/progress_data.h"

#include <glidepath/report/reason_text.h>

#include <QAbstractTableModel>

namespace glidepath::ui {

// The table of weeks on the Progress page, newest first: the plan's decision for the week, the
// pain answers of the week's check-in, the worst pain logged, sessions logged and done, and the
// PSFS average.
class ProgressWeekModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WeekColumn,
        DecisionColumn,
        PainRestColumn,
        PainActivityColumn,
        PainExerciseColumn,
        LoggedPainColumn,
        SessionsColumn,
        AdherenceColumn,
        PsfsColumn,
        ColumnCount
    };
    enum Role
    {
        // The raw value behind a cell (pain as int, adherence as double, week as ISO text) for
        // sorting and tests; invalid when nothing was recorded.
        RawValueRole = Qt::UserRole + 1,
    };

    explicit ProgressWeekModel(QObject* parent = nullptr);

    void setWeeks(std::vector<ProgressWeek> weeks); // oldest first, as ProgressData has them
    // The words of the decision tool tips: clinician, or client in personal mode.
    void setReasonRegister(report::Register reg) { m_reasonRegister = reg; }
    const ProgressWeek* weekAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    report::Register m_reasonRegister = report::Register::Clinician;
    std::vector<ProgressWeek> m_weeks; // newest first
};

} // namespace glidepath::ui
