#include "models/plan_model.h"

#include "exercise_language.h"
#include "labels.h"
#include "models/client_labels.h"
#include "models/plan_labels.h"

#include <glidepath/core/progression_steps.h>

#include <algorithm>
#include <stdexcept>

namespace glidepath::ui {

namespace {

// Day rows carry internal id 0; exercise rows carry their day's index + 1.
constexpr quintptr kDayId = 0;

} // namespace

PlanModel::PlanModel(QObject* parent) : QAbstractItemModel(parent) {}

void PlanModel::setPlan(core::Plan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_hasPlan = true;
    ++m_generation;
    endResetModel();
}

void PlanModel::clear()
{
    beginResetModel();
    m_plan = {};
    m_hasPlan = false;
    ++m_generation;
    endResetModel();
}

int PlanModel::dayCount() const
{
    return m_hasPlan ? static_cast<int>(m_plan.days.size()) : 0;
}

int PlanModel::exerciseCount(int day) const
{
    if (day < 0 || day >= dayCount()) {
        return 0;
    }
    return static_cast<int>(m_plan.days[static_cast<std::size_t>(day)].exercises.size());
}

const core::PlannedExercise& PlanModel::exerciseAt(int day, int row) const
{
    if (row < 0 || row >= exerciseCount(day)) {
        throw std::out_of_range("no exercise at this day and row");
    }
    return m_plan.days[static_cast<std::size_t>(day)].exercises[static_cast<std::size_t>(row)];
}

core::PlanDay& PlanModel::day(int index)
{
    if (index < 0 || index >= dayCount()) {
        throw std::out_of_range("no such day in the plan");
    }
    return m_plan.days[static_cast<std::size_t>(index)];
}

QModelIndex PlanModel::dayIndex(int day, int column) const
{
    return index(day, column);
}

QModelIndex PlanModel::exerciseIndex(int day, int row, int column) const
{
    return index(row, column, dayIndex(day));
}

int PlanModel::estimatedSeconds(const core::PlannedExercise& exercise) const
{
    core::Dose dose;
    dose.sets = exercise.sets;
    dose.reps = exercise.reps;
    dose.holdSeconds = exercise.holdSeconds;
    dose.tempo = exercise.tempo;
    dose.restSeconds = exercise.restSeconds;
    // The engine writes Both for two-legged work and Each for one leg at a time (done twice);
    // a clinician's "left/right leg only" is done once.
    const core::Laterality laterality = exercise.side == core::WorkSide::Each
                                            ? core::Laterality::Unilateral
                                            : core::Laterality::Bilateral;
    return core::estimateSeconds(dose, laterality, m_rules);
}

void PlanModel::recomputeMinutes(int dayIndex)
{
    core::PlanDay& d = day(dayIndex);
    if (d.exercises.empty()) {
        d.kind = core::DayKind::Rest;
        d.estimatedMinutes = 0;
        return;
    }
    int seconds = 0;
    for (const core::PlannedExercise& exercise : d.exercises) {
        seconds += estimatedSeconds(exercise);
    }
    d.estimatedMinutes = core::minutesFromSeconds(seconds);
}

void PlanModel::replaceExercise(int dayIndex, int row, const core::PlannedExercise& exercise)
{
    core::PlanDay& d = day(dayIndex);
    d.exercises.at(static_cast<std::size_t>(row)) = exercise;
    recomputeMinutes(dayIndex);
    emit dataChanged(exerciseIndex(dayIndex, row, 0),
                     exerciseIndex(dayIndex, row, ColumnCount - 1));
    emit dataChanged(this->dayIndex(dayIndex, 0), this->dayIndex(dayIndex, ColumnCount - 1));
    emit edited();
}

void PlanModel::insertExercise(int dayIndex, int row, const core::PlannedExercise& exercise,
                               core::DayKind kindForRestDay)
{
    core::PlanDay& d = day(dayIndex);
    row = std::clamp(row, 0, static_cast<int>(d.exercises.size()));
    beginInsertRows(this->dayIndex(dayIndex), row, row);
    d.exercises.insert(d.exercises.begin() + row, exercise);
    endInsertRows();
    if (d.kind == core::DayKind::Rest) {
        d.kind = kindForRestDay;
    }
    recomputeMinutes(dayIndex);
    emit dataChanged(this->dayIndex(dayIndex, 0), this->dayIndex(dayIndex, ColumnCount - 1));
    emit edited();
}

core::PlannedExercise PlanModel::removeExercise(int dayIndex, int row)
{
    core::PlanDay& d = day(dayIndex);
    if (row < 0 || row >= static_cast<int>(d.exercises.size())) {
        throw std::out_of_range("no exercise at this day and row");
    }
    beginRemoveRows(this->dayIndex(dayIndex), row, row);
    core::PlannedExercise removed = d.exercises[static_cast<std::size_t>(row)];
    d.exercises.erase(d.exercises.begin() + row);
    endRemoveRows();
    recomputeMinutes(dayIndex);
    emit dataChanged(this->dayIndex(dayIndex, 0), this->dayIndex(dayIndex, ColumnCount - 1));
    emit edited();
    return removed;
}

void PlanModel::moveExercise(int dayIndex, int from, int to)
{
    core::PlanDay& d = day(dayIndex);
    const int count = static_cast<int>(d.exercises.size());
    if (from < 0 || from >= count || to < 0 || to >= count) {
        throw std::out_of_range("cannot move an exercise outside its day");
    }
    if (from == to) {
        return;
    }
    const QModelIndex parent = this->dayIndex(dayIndex);
    // beginMoveRows wants the destination as the row before which the item lands.
    beginMoveRows(parent, from, from, parent, to > from ? to + 1 : to);
    core::PlannedExercise moved = d.exercises[static_cast<std::size_t>(from)];
    d.exercises.erase(d.exercises.begin() + from);
    d.exercises.insert(d.exercises.begin() + to, std::move(moved));
    endMoveRows();
    emit edited();
}

PlanModel::DayMeta PlanModel::dayMeta(int dayIndex) const
{
    const core::PlanDay& d = m_plan.days.at(static_cast<std::size_t>(dayIndex));
    return {d.kind, d.estimatedMinutes};
}

void PlanModel::setDays(std::vector<core::PlanDay> days)
{
    beginResetModel();
    m_plan.days = std::move(days);
    endResetModel();
    emit edited();
}

void PlanModel::setDayMeta(int dayIndex, DayMeta meta)
{
    core::PlanDay& d = day(dayIndex);
    d.kind = meta.kind;
    d.estimatedMinutes = meta.estimatedMinutes;
    emit dataChanged(this->dayIndex(dayIndex, 0), this->dayIndex(dayIndex, ColumnCount - 1));
}

void PlanModel::appendOverride(const core::PlanOverride& override)
{
    m_plan.overrides.push_back(override);
    emitDayChanged(override.dayIndex); // views mark the exercises changed by hand
    emit edited();
}

void PlanModel::removeLastOverride()
{
    if (!m_plan.overrides.empty()) {
        const int day = m_plan.overrides.back().dayIndex;
        m_plan.overrides.pop_back();
        emitDayChanged(day);
        emit edited();
    }
}

void PlanModel::emitDayChanged(int day)
{
    if (day >= 0 && day < dayCount()) {
        emit dataChanged(dayIndex(day, 0), dayIndex(day, ColumnCount - 1));
    }
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < dayCount() ? createIndex(row, column, kDayId) : QModelIndex();
    }
    if (parent.internalId() != kDayId || parent.column() != 0) {
        return {};
    }
    if (row >= exerciseCount(parent.row())) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex PlanModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kDayId) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kDayId);
}

int PlanModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return dayCount();
    }
    if (parent.internalId() == kDayId && parent.column() == 0) {
        return exerciseCount(parent.row());
    }
    return 0;
}

int PlanModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

QVariant PlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_hasPlan) {
        return {};
    }
    if (index.internalId() == kDayId) {
        const core::PlanDay& d = m_plan.days.at(static_cast<std::size_t>(index.row()));
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case NameColumn:
                return shortDayText(d.date);
            case DoseColumn:
                return Labels::of(d.kind);
            case TempoColumn:
                return d.kind == core::DayKind::Rest
                           ? QVariant()
                           : QVariant(tr("About %n min", nullptr, d.estimatedMinutes));
            default:
                return {};
            }
        case DayIndexRole:
            return index.row();
        case DayKindRole:
            return static_cast<int>(d.kind);
        case EstimatedMinutesRole:
            return d.estimatedMinutes;
        case IsDayRole:
            return true;
        default:
            return {};
        }
    }
    const int dayRow = static_cast<int>(index.internalId() - 1);
    const core::PlannedExercise& e = exerciseAt(dayRow, index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return exerciseName(e);
        case DoseColumn:
            return PlanLabels::dose(e, timedWork(e.id));
        case TempoColumn:
            return PlanLabels::tempo(e.tempo);
        case SideColumn:
            return Labels::of(e.side);
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case ReasonRole: {
        const QString why = report::reasonText(e.reason, m_reasonRegister);
        return why.isEmpty() ? QVariant() : QVariant(why);
    }
    case ExerciseIdRole:
        return QString::fromStdString(e.id);
    case DayIndexRole:
        return dayRow;
    case IsDayRole:
        return false;
    default:
        return {};
    }
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Exercise");
    case DoseColumn:
        return tr("Dose");
    case TempoColumn:
        return tr("Tempo");
    case SideColumn:
        return tr("Side");
    default:
        return {};
    }
}

} // namespace glidepath::ui
