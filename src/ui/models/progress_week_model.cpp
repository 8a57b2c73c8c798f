#include "models/progress_week_model.h"

#include "models/engine_text.h"
#include "labels.h"
#include "models/client_labels.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace glidepath::ui {

ProgressWeekModel::ProgressWeekModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProgressWeekModel::setWeeks(std::vector<ProgressWeek> weeks)
{
    beginResetModel();
    m_weeks = std::move(weeks);
    std::reverse(m_weeks.begin(), m_weeks.end());
    endResetModel();
}

const ProgressWeek* ProgressWeekModel::weekAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_weeks[static_cast<std::size_t>(row)];
}

int ProgressWeekModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_weeks.size());
}

int ProgressWeekModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QString painText(const std::optional<int>& value)
{
    return value ? QStringLiteral("%1/10").arg(*value) : QString();
}

} // namespace

QVariant ProgressWeekModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const ProgressWeek& week = m_weeks[static_cast<std::size_t>(index.row())];
    const auto& checkIn = week.checkIn;
    const auto adherence = week.adherence();
    if (role == RawValueRole) {
        switch (index.column()) {
        case WeekColumn:
            return QString::fromStdString(core::toIsoString(week.start));
        case DecisionColumn:
            return week.plan ? QString::fromStdString(
                                   std::string(core::toString(week.plan->decision.action)))
                             : QVariant();
        case PainRestColumn:
            return checkIn ? QVariant(checkIn->painRest) : QVariant();
        case PainActivityColumn:
            return checkIn ? QVariant(checkIn->painActivity) : QVariant();
        case PainExerciseColumn:
            return checkIn ? QVariant(checkIn->painExercise) : QVariant();
        case LoggedPainColumn:
            return optionalInt(week.worstLoggedPain);
        case SessionsColumn:
            return week.sessionsLogged;
        case AdherenceColumn:
            return adherence ? QVariant(*adherence) : QVariant();
        case PsfsColumn:
            return week.psfsAverage ? QVariant(*week.psfsAverage) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WeekColumn:
            return longDateText(week.start);
        case DecisionColumn:
            if (!week.plan) {
                return tr("no plan saved");
            }
            return tr("%1 (%2)").arg(Labels::of(week.plan->decision.action),
                                     Labels::of(week.plan->decision.light));
        case PainRestColumn:
            return checkIn ? painText(checkIn->painRest) : QString();
        case PainActivityColumn:
            return checkIn ? painText(checkIn->painActivity) : QString();
        case PainExerciseColumn:
            return checkIn ? painText(checkIn->painExercise) : QString();
        case LoggedPainColumn:
            return painText(week.worstLoggedPain);
        case SessionsColumn:
            if (week.sessionsPlanned > 0) {
                return tr("%1 of %2").arg(week.sessionsLogged).arg(week.sessionsPlanned);
            }
            return week.sessionsLogged > 0 ? QString::number(week.sessionsLogged) : QString();
        case AdherenceColumn:
            if (!adherence) {
                return QString();
            }
            return week.adherenceFromLogs()
                       ? tr("%1% (logs)").arg(std::lround(*adherence * 100))
                       : tr("%1% (check-in)").arg(std::lround(*adherence * 100));
        case PsfsColumn:
            return week.psfsAverage ? QLocale().toString(*week.psfsAverage, 'f', 1) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DecisionColumn && week.plan) {
        return report::reasonTexts(week.plan->decision.reasons, m_reasonRegister)
            .join(QLatin1Char('\n'));
    }
    return {};
}

QVariant ProgressWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case WeekColumn:
        return tr("Week of");
    case DecisionColumn:
        return tr("Plan decision");
    case PainRestColumn:
        return tr("Pain at rest");
    case PainActivityColumn:
        return tr("Pain in activity");
    case PainExerciseColumn:
        return tr("Pain in exercise");
    case LoggedPainColumn:
        return tr("Worst pain logged");
    case SessionsColumn:
        return tr("Sessions logged");
    case AdherenceColumn:
        return tr("Sessions done");
    case PsfsColumn:
        return tr("PSFS average");
    default:
        return {};
    }
}

} // namespace glidepath::ui
