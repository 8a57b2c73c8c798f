#pragma once

#include <glidepath/storage/tracking_repository.h>

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace glidepath::ui {

// A client's logged sessions, newest first: date, the planned session it carried out, how many
// exercises were done, partly done and skipped, the worst pain and the note.
class SessionLogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        PlannedColumn,
        DoneColumn,
        SkippedColumn,
        PainColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        LogIdRole = Qt::UserRole + 1,
    };

    explicit SessionLogTableModel(QObject* parent = nullptr);

    // logs oldest first as the repository returns them; names maps exercise ids to names.
    void setLogs(std::vector<storage::StoredSessionLog> logs, QHash<QString, QString> names = {});
    const storage::StoredSessionLog* logAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString nameOf(const std::string& id) const;

    std::vector<storage::StoredSessionLog> m_logs; // newest first
    QHash<QString, QString> m_names;
};

} // namespace glidepath::ui
