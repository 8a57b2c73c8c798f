#pragma once

#include <glidepath/storage/client_repository.h>

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace glidepath::ui {

// A client's check-in history, newest first, one row per weekly check-in.
class CheckInTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        PainRestColumn,
        PainActivityColumn,
        PainExerciseColumn,
        NextMorningColumn,
        NightPainColumn,
        SwellingColumn,
        AdherenceColumn,
        DifficultyColumn,
        PainfulExercisesColumn,
        RedFlagsColumn,
        ColumnCount
    };
    enum Role
    {
        CheckInIdRole = Qt::UserRole + 1,
        // The raw value behind a cell (pain as int, adherence as double) for sorting and tests.
        RawValueRole
    };

    explicit CheckInTableModel(QObject* parent = nullptr);

    // checkIns oldest first as the repository returns them; exerciseNames maps ids to names for
    // the "exercises that hurt" column (unknown ids are shown as the id).
    void setCheckIns(std::vector<storage::StoredCheckIn> checkIns,
                     QHash<QString, QString> exerciseNames = {});
    const storage::StoredCheckIn* checkInAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString painfulText(const core::CheckIn& checkIn) const;
    QString redFlagText(const core::CheckIn& checkIn, bool details) const;

    std::vector<storage::StoredCheckIn> m_checkIns; // newest first
    QHash<QString, QString> m_exerciseNames;
};

} // namespace glidepath::ui
