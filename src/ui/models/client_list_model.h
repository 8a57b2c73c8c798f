#pragma once

#include <glidepath/core/client_attention.h>
#include <glidepath/storage/client_repository.h>

#include <QAbstractTableModel>
#include <QLocale>

#include <string>
#include <vector>

namespace glidepath::ui {

// The clients shown in the Clients page list, most in need of attention first (a red flag, then
// a review due, then no check-in for two weeks; core::assessAttention), each level by name. The
// page fills it from ClientRepository::summaries() on every change; the search runs here, over
// what is already read: every typed word must start a word of the conditions (in the user's
// language or in English), the status or the next review date, or appear anywhere in the name;
// case and accents do not matter. The personal (home mode) profile is never listed.
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        NameColumn,
        AgeColumn,
        ConditionsColumn,
        ReviewColumn,
        ChangedColumn, // who saved the profile last, and when (several desks share a clinic server)
        ColumnCount
    };
    enum Role
    {
        ClientIdRole = Qt::UserRole + 1
    };

    explicit ClientListModel(QObject* parent = nullptr);

    void setClients(std::vector<storage::ClientSummary> clients, core::Date today);
    void setSearch(const QString& text);
    const QString& search() const { return m_search; }
    int listedCount() const { return static_cast<int>(m_rows.size()); } // before the search

    const storage::ClientSummary* clientAt(int row) const;
    const core::Attention* attentionAt(int row) const;
    qint64 clientIdAt(int row) const; // -1 when out of range
    int rowOf(qint64 clientId) const; // -1 when not shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // "anna, 06/12/2026" (ShortFormat) or a sentence with the time (LongFormat); empty when the
    // record does not say who saved it.
    static QString lastChanged(const storage::ClientSummary& client, QLocale::FormatType format);

    struct Row
    {
        storage::ClientSummary client;
        core::Attention attention;
        std::string nameKey; // folded name: sort key and name search
        std::string words;   // folded conditions, status and dates, each word after a space
    };
    const Row* rowAt(int row) const;
    bool matches(const Row& row, const std::vector<std::string>& words) const;
    void applySearch();

    std::vector<Row> m_rows;  // every listed client, in list order
    std::vector<int> m_shown; // indexes into m_rows that match the search
    QString m_search;
    core::Date m_today{};
};

} // namespace glidepath::ui
