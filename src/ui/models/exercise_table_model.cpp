#include "models/exercise_table_model.h"

#include "labels.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace glidepath::ui {

ExerciseTableModel::ExerciseTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExerciseTableModel::setExercises(std::vector<core::Exercise> exercises)
{
    beginResetModel();
    m_exercises = std::move(exercises);
    endResetModel();
}

const core::Exercise* ExerciseTableModel::exerciseAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_exercises.size())) {
        return nullptr;
    }
    return &m_exercises[static_cast<std::size_t>(row)];
}

int ExerciseTableModel::rowOf(const std::string& id) const
{
    for (std::size_t i = 0; i < m_exercises.size(); ++i) {
        if (m_exercises[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int ExerciseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_exercises.size());
}

int ExerciseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant ExerciseTableModel::display(const core::Exercise& exercise, Column column) const
{
    switch (column) {
    case Column::Name:
        return QString::fromStdString(exercise.name);
    case Column::Category:
        return label(exercise.category);
    case Column::Phases:
        return exercise.phaseMin == exercise.phaseMax
                   ? QString::number(exercise.phaseMin)
                   : QStringLiteral("%1–%2").arg(exercise.phaseMin).arg(exercise.phaseMax);
    case Column::KneeFlexion:
        return label(exercise.kneeFlexion);
    case Column::Impact:
        return label(exercise.impact);
    case Column::Equipment: {
        std::vector<core::Equipment> needed;
        for (core::Equipment item : exercise.equipment) {
            if (item != core::Equipment::None) {
                needed.push_back(item);
            }
        }
        return needed.empty() ? tr("None") : joinLabels(needed);
    }
    case Column::Picture:
        return {}; // the thumbnail is the decoration
    case Column::Count:
        break;
    }
    return {};
}

QVariant ExerciseTableModel::sortKey(const core::Exercise& exercise, Column column) const
{
    switch (column) {
    case Column::Phases:
        return exercise.phaseMin * 10 + exercise.phaseMax;
    case Column::KneeFlexion:
        return static_cast<int>(exercise.kneeFlexion);
    case Column::Impact:
        return static_cast<int>(exercise.impact);
    case Column::Picture:
        return static_cast<int>(exercise.position);
    default:
        return display(exercise, column).toString().toLower();
    }
}

QVariant ExerciseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Exercise& exercise = m_exercises[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(exercise, column);
    case Qt::DecorationRole:
        if (column == Column::Picture) {
            return m_thumbnails.thumbnail(exercise);
        }
        return {};
    case Qt::SizeHintRole:
        if (column == Column::Picture) {
            return m_thumbnails.size() + QSize(8, 4);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Name) {
            QString tip = QString::fromStdString(exercise.summary);
            if (exercise.builtin) {
                tip += QLatin1Char('\n') + tr("Built-in exercise (read-only)");
            }
            if (exercise.hidden) {
                tip += QLatin1Char('\n') + tr("Hidden: not used in new plans");
            }
            return tip;
        }
        if (column == Column::KneeFlexion) {
            return Labels::describe(exercise.kneeFlexion);
        }
        if (column == Column::Equipment) {
            return display(exercise, column); // the full list when the cell is cut short
        }
        return {};
    case Qt::FontRole:
        if (exercise.hidden) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (exercise.hidden) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case IdRole:
        return QString::fromStdString(exercise.id);
    case SortRole:
        return sortKey(exercise, column);
    case BuiltinRole:
        return exercise.builtin;
    case HiddenRole:
        return exercise.hidden;
    default:
        return {};
    }
}

QVariant ExerciseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Category:
        return tr("Category");
    case Column::Phases:
        return tr("Phases");
    case Column::KneeFlexion:
        return tr("Knee bend");
    case Column::Impact:
        return tr("Impact");
    case Column::Equipment:
        return tr("Equipment");
    case Column::Picture:
        return tr("Picture");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace glidepath::ui
