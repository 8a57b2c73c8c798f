#pragma once

#include <glidepath/storage/client_repository.h>

#include <QAbstractTableModel>

#include <vector>

namespace glidepath::ui {

// The clients shown in the Clients page list. The page fills it from ClientRepository::list()
// with the search text; the personal (home mode) profile is never listed.
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AgeColumn,
        ConditionsColumn,
        ColumnCount
    };
    enum Role
    {
        ClientIdRole = Qt::UserRole + 1
    };

    explicit ClientListModel(QObject* parent = nullptr);

    void setClients(std::vector<storage::ClientRecord> clients);
    const storage::ClientRecord* clientAt(int row) const;
    qint64 clientIdAt(int row) const; // -1 when out of range
    int rowOf(qint64 clientId) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<storage::ClientRecord> m_clients;
};

} // namespace glidepath::ui
