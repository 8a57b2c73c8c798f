#include "models/session_log_table_model.h"

#include "models/client_labels.h"
#include "models/session_log_labels.h"

#include <algorithm>

namespace glidepath::ui {

SessionLogTableModel::SessionLogTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SessionLogTableModel::setLogs(std::vector<storage::StoredSessionLog> logs,
                                   QHash<QString, QString> names)
{
    beginResetModel();
    m_logs = std::move(logs);
    std::reverse(m_logs.begin(), m_logs.end());
    m_names = std::move(names);
    endResetModel();
}

const storage::StoredSessionLog* SessionLogTableModel::logAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_logs[static_cast<std::size_t>(row)];
}

int SessionLogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_logs.size());
}

int SessionLogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionLogTableModel::nameOf(const std::string& id) const
{
    const QString key = QString::fromStdString(id);
    return m_names.value(key, key);
}

QVariant SessionLogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const storage::StoredSessionLog& stored = m_logs[static_cast<std::size_t>(index.row())];
    const core::SessionLog& log = stored.log;
    if (role == LogIdRole) {
        return QVariant::fromValue<qint64>(stored.id);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return shortDayText(log.date);
    case PlannedColumn:
        if (!log.plannedDate) {
            return tr("extra session");
        }
        return *log.plannedDate == log.date
                   ? tr("as planned")
                   : tr("planned for %1").arg(shortDayText(*log.plannedDate));
    case DoneColumn: {
        const auto count = [&](core::LogStatus status) {
            return static_cast<int>(std::count_if(
                log.entries.begin(), log.entries.end(),
                [status](const core::LoggedExercise& e) { return e.status == status; }));
        };
        const int done = count(core::LogStatus::Done);
        const int partly = count(core::LogStatus::Partly);
        const int total = static_cast<int>(log.entries.size());
        return partly > 0 ? tr("%1 of %2 (%3 partly)").arg(done).arg(total).arg(partly)
                          : tr("%1 of %2").arg(done).arg(total);
    }
    case SkippedColumn: {
        QStringList names;
        for (const core::LoggedExercise& entry : log.entries) {
            if (entry.status == core::LogStatus::Skipped) {
                names << nameOf(entry.exerciseId);
            }
        }
        return names.join(QStringLiteral(", "));
    }
    case PainColumn: {
        const auto worst = core::worstLoggedPain(std::span(&log, 1), core::Week{log.date});
        if (!worst) {
            return QString();
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const core::LoggedExercise& entry : log.entries) {
                if (entry.painDuring) {
                    lines << tr("%1: %2/10").arg(nameOf(entry.exerciseId)).arg(*entry.painDuring);
                }
            }
            return lines.join(QLatin1Char('\n'));
        }
        return tr("%1/10").arg(*worst);
    }
    case NoteColumn:
        return QString::fromStdString(log.note);
    default:
        return {};
    }
}

QVariant SessionLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PlannedColumn:
        return tr("Session");
    case DoneColumn:
        return tr("Exercises done");
    case SkippedColumn:
        return tr("Skipped");
    case PainColumn:
        return tr("Worst pain");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace glidepath::ui
