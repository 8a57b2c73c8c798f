#include "models/client_list_model.h"

#include "labels.h"
#include "models/client_labels.h"

#include <algorithm>

namespace glidepath::ui {

ClientListModel::ClientListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClientListModel::setClients(std::vector<storage::ClientRecord> clients)
{
    std::erase_if(clients, [](const storage::ClientRecord& c) { return c.personal; });
    beginResetModel();
    m_clients = std::move(clients);
    endResetModel();
}

const storage::ClientRecord* ClientListModel::clientAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_clients.size())) {
        return nullptr;
    }
    return &m_clients[static_cast<std::size_t>(row)];
}

qint64 ClientListModel::clientIdAt(int row) const
{
    const storage::ClientRecord* client = clientAt(row);
    return client ? client->id : -1;
}

int ClientListModel::rowOf(qint64 clientId) const
{
    const auto it = std::find_if(m_clients.begin(), m_clients.end(),
                                 [clientId](const auto& c) { return c.id == clientId; });
    return it == m_clients.end() ? -1 : static_cast<int>(it - m_clients.begin());
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_clients.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    const storage::ClientRecord* client = index.isValid() ? clientAt(index.row()) : nullptr;
    if (!client) {
        return {};
    }
    const core::ClientProfile& profile = client->profile;
    if (role == ClientIdRole) {
        return QVariant::fromValue<qint64>(client->id);
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(profile.name);
        case AgeColumn:
            return profile.age > 0 ? QVariant(profile.age) : QVariant();
        case ConditionsColumn:
            return joinLabels(profile.conditions);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == AgeColumn) {
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AgeColumn:
        return tr("Age");
    case ConditionsColumn:
        return tr("Conditions");
    default:
        return {};
    }
}

} // namespace glidepath::ui
