#include "models/client_list_model.h"

#include "labels.h"
#include "models/client_attention_text.h"
#include "models/client_labels.h"

#include <glidepath/core/enum_names.h>
#include <glidepath/core/text_fold.h>

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace glidepath::ui {

namespace {

std::string fold(const QString& text)
{
    return core::foldForSorting(text.toStdString());
}

// A condition in the user's language and in English words from its id
// ("patellofemoral_pain" -> "patellofemoral pain"), so either finds it.
std::string conditionWords(core::Condition condition)
{
    std::string english(core::toString(condition));
    std::replace(english.begin(), english.end(), '_', ' ');
    return fold(Labels::of(condition)) + ' ' + english;
}

} // namespace

ClientListModel::ClientListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClientListModel::setClients(std::vector<storage::ClientSummary> clients, core::Date today)
{
    std::erase_if(clients, [](const storage::ClientSummary& c) { return c.personal; });
    // Five conditions in all: their words are folded once, not once per client.
    std::map<core::Condition, std::string> conditionText;
    const QLocale locale;
    std::vector<Row> rows;
    rows.reserve(clients.size());
    for (storage::ClientSummary& client : clients) {
        Row row;
        row.attention = core::assessAttention({client.screeningRedFlags, client.newestCheckIn,
                                               client.newestCheckInRedFlags, client.nextReview,
                                               client.currentPlanWeekStart},
                                              today);
        row.nameKey = core::foldForSorting(client.name);
        row.words = ' ';
        for (const core::Condition condition : client.conditions) {
            auto it = conditionText.find(condition);
            if (it == conditionText.end()) {
                it = conditionText.emplace(condition, conditionWords(condition)).first;
            }
            row.words += it->second + ' ';
        }
        row.words += fold(ClientAttentionText::status(row.attention, today)) + ' ';
        if (const auto review = row.attention.nextReview) {
            const QDate date = toQDate(*review);
            row.words += fold(shortDayText(*review)) + ' ' + fold(longDateText(*review)) + ' ' +
                         core::toIsoString(*review) + ' ' +
                         fold(locale.toString(date, QLocale::ShortFormat)) + ' ';
        }
        row.client = std::move(client);
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::tie(a.attention.level, a.nameKey, a.client.name, a.client.id) <
               std::tie(b.attention.level, b.nameKey, b.client.name, b.client.id);
    });
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    applySearch();
    endResetModel();
}

void ClientListModel::setSearch(const QString& text)
{
    if (text == m_search) {
        return;
    }
    beginResetModel();
    m_search = text;
    applySearch();
    endResetModel();
}

bool ClientListModel::matches(const Row& row, const std::vector<std::string>& words) const
{
    return std::all_of(words.begin(), words.end(), [&row](const std::string& word) {
        return row.nameKey.find(word) != std::string::npos ||
               row.words.find(' ' + word) != std::string::npos;
    });
}

void ClientListModel::applySearch()
{
    std::vector<std::string> words;
    for (const QString& word : m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (std::string folded = fold(word); !folded.empty()) {
            words.push_back(std::move(folded));
        }
    }
    m_shown.clear();
    m_shown.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (words.empty() || matches(m_rows[i], words)) {
            m_shown.push_back(static_cast<int>(i));
        }
    }
}

const ClientListModel::Row* ClientListModel::rowAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_shown.size())) {
        return nullptr;
    }
    return &m_rows[static_cast<std::size_t>(m_shown[static_cast<std::size_t>(row)])];
}

const storage::ClientSummary* ClientListModel::clientAt(int row) const
{
    const Row* found = rowAt(row);
    return found ? &found->client : nullptr;
}

const core::Attention* ClientListModel::attentionAt(int row) const
{
    const Row* found = rowAt(row);
    return found ? &found->attention : nullptr;
}

qint64 ClientListModel::clientIdAt(int row) const
{
    const Row* found = rowAt(row);
    return found ? found->client.id : -1;
}

int ClientListModel::rowOf(qint64 clientId) const
{
    const auto it = std::find_if(m_shown.begin(), m_shown.end(), [&](int i) {
        return m_rows[static_cast<std::size_t>(i)].client.id == clientId;
    });
    return it == m_shown.end() ? -1 : static_cast<int>(it - m_shown.begin());
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClientListModel::lastChanged(const storage::ClientSummary& client,
                                     QLocale::FormatType format)
{
    // Records saved before row stamps were kept (schema 15) have neither.
    if (client.updatedBy.empty()) {
        return {};
    }
    const QString who = QString::fromStdString(client.updatedBy);
    const QDateTime at =
        QDateTime::fromString(QString::fromStdString(client.updatedAt), Qt::ISODate).toLocalTime();
    if (!at.isValid()) {
        return who;
    }
    const QLocale locale;
    return format == QLocale::ShortFormat
               ? tr("%1, %2").arg(who, locale.toString(at.date(), QLocale::ShortFormat))
               : tr("Last changed by %1 on %2").arg(who, locale.toString(at, QLocale::LongFormat));
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row) {
        return {};
    }
    const storage::ClientSummary& client = row->client;
    if (role == ClientIdRole) {
        return QVariant::fromValue<qint64>(client.id);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StatusColumn:
            return ClientAttentionText::status(row->attention, m_today);
        case NameColumn:
            return QString::fromStdString(client.name);
        case AgeColumn:
            return client.age > 0 ? QVariant(client.age) : QVariant();
        case ConditionsColumn:
            return joinLabels(client.conditions);
        case ReviewColumn:
            return ClientAttentionText::review(row->attention);
        case ChangedColumn:
            return lastChanged(client, QLocale::ShortFormat);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StatusColumn:
        case NameColumn:
            return ClientAttentionText::details(row->attention, m_today);
        case ConditionsColumn:
            return joinLabels(client.conditions);
        case ReviewColumn:
            return ClientAttentionText::reviewSource(row->attention);
        case ChangedColumn:
            return lastChanged(client, QLocale::LongFormat);
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == StatusColumn &&
        row->attention.level == core::AttentionLevel::RedFlag) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() == AgeColumn) {
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    switch (section) {
    case StatusColumn:
        return role == Qt::ToolTipRole
                   ? tr("Who needs attention: a red flag first, then a review due, then no "
                        "check-in for two weeks or more")
                   : tr("Status");
    case NameColumn:
        return tr("Name");
    case AgeColumn:
        return tr("Age");
    case ConditionsColumn:
        return tr("Conditions");
    case ReviewColumn:
        return role == Qt::ToolTipRole
                   ? tr("The date set in the profile, or else the day after the current plan's "
                        "week")
                   : tr("Next review");
    case ChangedColumn:
        return role == Qt::ToolTipRole
                   ? tr("Who saved the client's profile last, and when: a clinic server names "
                        "each clinician's login")
                   : tr("Last changed");
    default:
        return {};
    }
}

} // namespace glidepath::ui
