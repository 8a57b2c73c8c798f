#include "models/session_log_grid_model.h"

#include "models/client_labels.h"

#include <QPalette>

#include <algorithm>

namespace glidepath::ui {

SessionLogGridModel::SessionLogGridModel(QObject* parent) : QAbstractTableModel(parent) {}

void SessionLogGridModel::setWeek(const core::Plan& plan, const std::vector<core::SessionLog>& logs)
{
    beginResetModel();
    m_plan = plan;
    m_plan.days.resize(7);
    m_exerciseIds.clear();
    for (const core::PlanDay& day : m_plan.days) {
        for (const core::PlannedExercise& exercise : day.exercises) {
            if (std::find(m_exerciseIds.begin(), m_exerciseIds.end(), exercise.id) ==
                m_exerciseIds.end()) {
                m_exerciseIds.push_back(exercise.id);
            }
        }
    }
    m_ticks.assign(m_exerciseIds.size(), std::vector<bool>(7, false));
    m_pain.assign(7, std::nullopt);
    m_worse.assign(7, std::nullopt);

    for (const core::SessionLog& log : logs) {
        // A session done the day after its planned day fills the late cells of that day.
        const bool wasLate = log.plannedDate && log.date == *log.plannedDate + std::chrono::days(1);
        const core::Date when = wasLate ? log.date : log.plannedDate.value_or(log.date);
        for (int day = 0; day < 7; ++day) {
            if (m_plan.days[static_cast<std::size_t>(day)].date != when) {
                continue;
            }
            for (const core::LoggedExercise& entry : log.entries) {
                const auto it =
                    std::find(m_exerciseIds.begin(), m_exerciseIds.end(), entry.exerciseId);
                const int row = static_cast<int>(it - m_exerciseIds.begin());
                if (it != m_exerciseIds.end() && entry.status != core::LogStatus::Skipped &&
                    (wasLate ? late(row, day) != nullptr : planned(row, day) != nullptr)) {
                    m_ticks[static_cast<std::size_t>(row)][static_cast<std::size_t>(day)] = true;
                }
            }
            std::optional<int> pain = log.sessionPain;
            if (!pain) {
                for (const core::LoggedExercise& entry : log.entries) {
                    if (entry.painDuring && (!pain || *entry.painDuring > *pain)) {
                        pain = entry.painDuring;
                    }
                }
            }
            if (pain) {
                auto& cell = m_pain[static_cast<std::size_t>(day)];
                cell = std::max(cell.value_or(0), *pain);
            }
            if (log.worseNextMorning) {
                auto& cell = m_worse[static_cast<std::size_t>(day)];
                cell = cell.value_or(false) || *log.worseNextMorning;
            }
        }
    }
    endResetModel();
}

QString SessionLogGridModel::exerciseIdAt(int row) const
{
    if (row < 0 || row >= exerciseCount()) {
        return {};
    }
    return QString::fromStdString(m_exerciseIds[static_cast<std::size_t>(row)]);
}

const core::PlannedExercise* SessionLogGridModel::planned(int row, int day) const
{
    if (row < 0 || row >= exerciseCount() || day < 0 || day >= 7) {
        return nullptr;
    }
    const auto& exercises = m_plan.days[static_cast<std::size_t>(day)].exercises;
    const auto it =
        std::find_if(exercises.begin(), exercises.end(), [&](const core::PlannedExercise& e) {
            return e.id == m_exerciseIds[static_cast<std::size_t>(row)];
        });
    return it == exercises.end() ? nullptr : &*it;
}

const core::PlannedExercise* SessionLogGridModel::late(int row, int day) const
{
    if (day < 1 || planned(row, day)) {
        return nullptr;
    }
    return planned(row, day - 1);
}

bool SessionLogGridModel::isTicked(int row, int day) const
{
    return (planned(row, day) != nullptr || late(row, day) != nullptr) &&
           m_ticks[static_cast<std::size_t>(row)][static_cast<std::size_t>(day)];
}

bool SessionLogGridModel::anyTicked(int day, bool lateCells) const
{
    for (int row = 0; row < exerciseCount(); ++row) {
        const bool cellIsLate = late(row, day) != nullptr;
        if (cellIsLate == lateCells && isTicked(row, day)) {
            return true;
        }
    }
    return false;
}

void SessionLogGridModel::setTicked(int row, int day, bool ticked)
{
    setData(index(row, day), ticked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

std::optional<int> SessionLogGridModel::pain(int day) const
{
    if (day < 0 || day >= 7) {
        return std::nullopt;
    }
    return m_pain[static_cast<std::size_t>(day)];
}

void SessionLogGridModel::setPain(int day, std::optional<int> pain)
{
    setData(index(painRow(), day), pain ? QVariant(*pain) : QVariant(QString()), Qt::EditRole);
}

std::optional<bool> SessionLogGridModel::worseNextMorning(int day) const
{
    if (day < 0 || day >= 7) {
        return std::nullopt;
    }
    return m_worse[static_cast<std::size_t>(day)];
}

void SessionLogGridModel::setWorseNextMorning(int day, bool worse)
{
    setData(index(morningRow(), day), worse ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

bool SessionLogGridModel::sessionPossible(int day) const
{
    for (int row = 0; row < exerciseCount(); ++row) {
        if (planned(row, day) != nullptr || late(row, day) != nullptr) {
            return true;
        }
    }
    return false;
}

std::vector<int> SessionLogGridModel::morningWithoutSession() const
{
    std::vector<int> days;
    for (int day = 0; day < 7; ++day) {
        if (!anyTicked(day, false) && !anyTicked(day, true) &&
            m_worse[static_cast<std::size_t>(day)].value_or(false)) {
            days.push_back(day);
        }
    }
    return days;
}

std::vector<int> SessionLogGridModel::painWithoutSession() const
{
    std::vector<int> days;
    for (int day = 0; day < 7; ++day) {
        if (!anyTicked(day, false) && !anyTicked(day, true) &&
            m_pain[static_cast<std::size_t>(day)]) {
            days.push_back(day);
        }
    }
    return days;
}

std::vector<core::SessionLog> SessionLogGridModel::toLogs() const
{
    std::vector<core::SessionLog> logs;
    for (int day = 0; day < 7; ++day) {
        const bool onTime = anyTicked(day, false);
        if (day > 0 && anyTicked(day, true)) {
            // The day before's session, done this day. The day's pain belongs to it when there
            // is no session of the day's own.
            logs.push_back(sessionLog(
                day - 1, day, onTime ? std::nullopt : m_pain[static_cast<std::size_t>(day)]));
        }
        if (onTime) {
            logs.push_back(sessionLog(day, day, m_pain[static_cast<std::size_t>(day)]));
        }
    }
    return logs;
}

core::SessionLog SessionLogGridModel::sessionLog(int plannedDay, int doneDay,
                                                 std::optional<int> pain) const
{
    const core::PlanDay& planDay = m_plan.days[static_cast<std::size_t>(plannedDay)];
    const int day = doneDay;
    core::SessionLog log;
    log.date = m_plan.days[static_cast<std::size_t>(doneDay)].date;
    log.plannedDate = planDay.date;
    log.sessionPain = pain;
    // The morning after the day the session was done.
    log.worseNextMorning = m_worse[static_cast<std::size_t>(doneDay)];
    {
        for (const core::PlannedExercise& exercise : planDay.exercises) {
            const auto it = std::find(m_exerciseIds.begin(), m_exerciseIds.end(), exercise.id);
            const int row = static_cast<int>(it - m_exerciseIds.begin());
            core::LoggedExercise entry;
            entry.exerciseId = exercise.id;
            entry.setsPlanned = exercise.sets;
            // On its own day only the day's cells count; done late, only the late cells.
            const bool cellMatches =
                plannedDay == doneDay ? planned(row, day) != nullptr : late(row, day) != nullptr;
            if (cellMatches && isTicked(row, day)) {
                entry.status = core::LogStatus::Done;
                entry.setsDone = exercise.sets;
            } else {
                entry.status = core::LogStatus::Skipped;
            }
            // A plan edited by hand may list one exercise twice on a day; log it once.
            const bool repeated = std::any_of(
                log.entries.begin(), log.entries.end(),
                [&](const core::LoggedExercise& e) { return e.exerciseId == exercise.id; });
            if (!repeated) {
                log.entries.push_back(std::move(entry));
            }
        }
    }
    return log;
}

bool SessionLogGridModel::holdsDetail(const std::vector<core::SessionLog>& logs,
                                      const core::Plan& plan)
{
    for (const core::SessionLog& log : logs) {
        if (!log.note.empty() || !log.plannedDate) {
            return true;
        }
        const bool onPlanDay =
            std::any_of(plan.days.begin(), plan.days.end(), [&](const core::PlanDay& d) {
                return d.date == *log.plannedDate && !d.exercises.empty();
            });
        const bool oneDayLate = log.date == *log.plannedDate + std::chrono::days(1);
        if (!onPlanDay || (log.date != *log.plannedDate && !oneDayLate)) {
            return true;
        }
        for (const core::LoggedExercise& entry : log.entries) {
            if (entry.painDuring || entry.difficulty || entry.status == core::LogStatus::Partly) {
                return true;
            }
        }
    }
    return false;
}

int SessionLogGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_exerciseIds.empty() ? 0 : exerciseCount() + 2;
}

int SessionLogGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant SessionLogGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const int row = index.row();
    const int day = index.column();
    if (row == painRow()) {
        const auto value = m_pain[static_cast<std::size_t>(day)];
        switch (role) {
        case Qt::DisplayRole:
            return value ? QString::number(*value) : QString();
        case Qt::EditRole:
            return value ? QVariant(*value) : QVariant(QString());
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return tr("Pain during the session on %1, 0 to 10")
                .arg(shortDayText(m_plan.days[static_cast<std::size_t>(day)].date));
        default:
            return {};
        }
    }
    if (row == morningRow()) {
        if (!sessionPossible(day)) {
            return role == Qt::ToolTipRole || role == Qt::AccessibleTextRole
                       ? QVariant(tr("No session to log on this day"))
                       : QVariant();
        }
        const bool worse = m_worse[static_cast<std::size_t>(day)].value_or(false);
        switch (role) {
        case Qt::CheckStateRole:
            return worse ? Qt::Checked : Qt::Unchecked;
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return tr("Worse the morning after the session on %1")
                .arg(shortDayText(m_plan.days[static_cast<std::size_t>(day)].date));
        default:
            return {};
        }
    }
    const core::PlannedExercise* exercise = planned(row, day);
    const core::PlannedExercise* lateExercise = late(row, day);
    switch (role) {
    case Qt::CheckStateRole:
        if (!exercise && !lateExercise) {
            return {};
        }
        return isTicked(row, day) ? Qt::Checked : Qt::Unchecked;
    case Qt::DisplayRole:
        return lateExercise && isTicked(row, day) ? tr("a day late") : QVariant();
    case Qt::ForegroundRole:
        return lateExercise ? QVariant(QPalette().brush(QPalette::PlaceholderText)) : QVariant();
    case PlannedRole:
        return exercise != nullptr;
    case LateRole:
        return lateExercise != nullptr;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (lateExercise) {
            return tr("%1, planned on %2, done a day late on %3")
                .arg(QString::fromStdString(lateExercise->name),
                     shortDayText(m_plan.days[static_cast<std::size_t>(day - 1)].date),
                     shortDayText(m_plan.days[static_cast<std::size_t>(day)].date));
        }
        if (!exercise) {
            return tr("Not planned on this day");
        }
        return tr("%1 on %2: %3 sets planned")
            .arg(QString::fromStdString(exercise->name),
                 shortDayText(m_plan.days[static_cast<std::size_t>(day)].date))
            .arg(exercise->sets);
    default:
        return {};
    }
}

bool SessionLogGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const int row = index.row();
    const int day = index.column();
    if (row == painRow()) {
        if (role != Qt::EditRole) {
            return false;
        }
        std::optional<int> pain;
        const QString text = value.toString().trimmed();
        if (!text.isEmpty()) {
            bool ok = false;
            const int number = text.toInt(&ok);
            if (!ok || number < 0 || number > 10) {
                return false; // the editor keeps 0-10; anything else is refused
            }
            pain = number;
        }
        m_pain[static_cast<std::size_t>(day)] = pain;
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
        return true;
    }
    if (row == morningRow()) {
        if (role != Qt::CheckStateRole || !sessionPossible(day)) {
            return false;
        }
        auto& cell = m_worse[static_cast<std::size_t>(day)];
        if (value.toInt() == Qt::Checked) {
            cell = true;
        } else if (cell) {
            cell = false; // a "worse" taken back is a settled morning; nothing stays nothing
        }
        emit dataChanged(index, index, {Qt::CheckStateRole});
        return true;
    }
    if (role != Qt::CheckStateRole || (!planned(row, day) && !late(row, day))) {
        return false;
    }
    const bool ticked = value.toInt() == Qt::Checked;
    m_ticks[static_cast<std::size_t>(row)][static_cast<std::size_t>(day)] = ticked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags SessionLogGridModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    if (index.row() == painRow()) {
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    }
    const bool checkable = index.row() == morningRow() ? sessionPossible(index.column())
                                                       : planned(index.row(), index.column()) ||
                                                             late(index.row(), index.column());
    if (checkable) {
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    }
    // Selectable so that the keyboard can move across it; nothing to tick.
    return Qt::ItemIsSelectable;
}

QVariant SessionLogGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= 7) {
            return {};
        }
        return shortDayText(m_plan.days[static_cast<std::size_t>(section)].date);
    }
    if (section == painRow()) {
        return tr("Pain during (0-10)");
    }
    if (section == morningRow()) {
        return tr("Worse next morning");
    }
    if (section < 0 || section > painRow()) {
        return {};
    }
    // The name as the plan has it.
    for (const core::PlanDay& day : m_plan.days) {
        for (const core::PlannedExercise& exercise : day.exercises) {
            if (exercise.id == m_exerciseIds[static_cast<std::size_t>(section)]) {
                return QString::fromStdString(exercise.name);
            }
        }
    }
    return exerciseIdAt(section);
}

} // namespace glidepath::ui
