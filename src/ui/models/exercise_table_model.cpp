#include "models/exercise_table_model.h"

#include "exercise_language.h"
#include "labels.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace glidepath::ui {

ExerciseTableModel::ExerciseTableModel(Source source, QObject* parent)
    : QAbstractTableModel(parent), m_source(std::move(source))
{}

void ExerciseTableModel::setQuery(storage::ExerciseQuery query)
{
    const storage::ExerciseOrder order = m_query.order;
    const bool descending = m_query.descending;
    m_query = std::move(query);
    m_query.order = order;
    m_query.descending = descending;
    reload();
}

void ExerciseTableModel::refresh()
{
    reload();
}

void ExerciseTableModel::reload()
{
    beginResetModel();
    m_blocks.clear();
    m_recent.clear();
    m_thumbnails.clear(); // an edit may have changed a picture
    try {
        m_count = m_source().countMatching(m_query);
    } catch (const std::exception&) {
        m_count = 0; // an unreadable database lists nothing; the page reports the error
    }
    endResetModel();
}

const std::vector<storage::ExerciseListRow>* ExerciseTableModel::block(int index) const
{
    const auto found = m_blocks.find(index);
    if (found != m_blocks.end()) {
        if (m_recent.front() != index) {
            m_recent.remove(index);
            m_recent.push_front(index);
        }
        return &found->second;
    }
    std::vector<storage::ExerciseListRow> rows;
    try {
        rows = m_source().rows(m_query, index * kBlockRows, kBlockRows);
    } catch (const std::exception&) {
        return nullptr;
    }
    if (m_blocks.size() >= kKeptBlocks) {
        m_blocks.erase(m_recent.back());
        m_recent.pop_back();
    }
    m_recent.push_front(index);
    return &m_blocks.emplace(index, std::move(rows)).first->second;
}

const storage::ExerciseListRow* ExerciseTableModel::exerciseAt(int row) const
{
    if (row < 0 || row >= m_count) {
        return nullptr;
    }
    const auto* rows = block(row / kBlockRows);
    const auto offset = static_cast<std::size_t>(row % kBlockRows);
    // The database may have changed under a stale count: a missing row reads as none.
    return rows && offset < rows->size() ? &(*rows)[offset] : nullptr;
}

std::string ExerciseTableModel::idAt(int row) const
{
    const storage::ExerciseListRow* exercise = exerciseAt(row);
    return exercise ? exercise->id : std::string();
}

int ExerciseTableModel::cachedRowOf(const std::string& id) const
{
    if (id.empty()) {
        return -1;
    }
    for (const auto& [index, rows] : m_blocks) {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].id == id) {
                return index * kBlockRows + static_cast<int>(i);
            }
        }
    }
    return -1;
}

int ExerciseTableModel::rowOf(const std::string& id) const
{
    const int cached = cachedRowOf(id);
    if (cached >= 0 || id.empty()) {
        return cached;
    }
    try {
        return m_source().positionOf(m_query, id).value_or(-1);
    } catch (const std::exception&) {
        return -1;
    }
}

int ExerciseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ExerciseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant ExerciseTableModel::display(const storage::ExerciseListRow& exercise, Column column) const
{
    switch (column) {
    case Column::Name:
        return exerciseName(exercise.id, exercise.name);
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

QVariant ExerciseTableModel::thumbnailAt(int row) const
{
    const std::string id = idAt(row);
    if (id.empty()) {
        return {};
    }
    if (const QPixmap* cached = m_thumbnails.cached(id)) {
        return *cached;
    }
    // The list rows carry no picture: the one exercise is read when its thumbnail is first
    // shown, then the pixmap is kept until the list is refreshed after an edit.
    const auto exercise = m_source().find(id);
    return exercise ? QVariant(m_thumbnails.thumbnail(*exercise)) : QVariant();
}

QVariant ExerciseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::FontRole:
    case Qt::ForegroundRole:
    case IdRole:
    case BuiltinRole:
    case HiddenRole:
        break;
    case Qt::SizeHintRole:
        if (static_cast<Column>(index.column()) == Column::Picture) {
            return m_thumbnails.size() + QSize(8, 4);
        }
        return {};
    case Qt::DecorationRole:
        if (static_cast<Column>(index.column()) == Column::Picture) {
            return thumbnailAt(index.row());
        }
        return {};
    default:
        return {}; // answered without reading a row
    }
    const storage::ExerciseListRow* found = exerciseAt(index.row());
    if (!found) {
        return {};
    }
    const storage::ExerciseListRow& exercise = *found;
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(exercise, column);
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

storage::ExerciseOrder ExerciseTableModel::orderFor(Column column)
{
    switch (column) {
    case Column::Name:
        return storage::ExerciseOrder::Name;
    case Column::Category:
        return storage::ExerciseOrder::Category;
    case Column::Phases:
        return storage::ExerciseOrder::Phases;
    case Column::KneeFlexion:
        return storage::ExerciseOrder::KneeFlexion;
    case Column::Impact:
        return storage::ExerciseOrder::Impact;
    case Column::Equipment:
        return storage::ExerciseOrder::Equipment;
    case Column::Picture: // a picture has no order of its own; by name, as a clinician expects
        return storage::ExerciseOrder::Name;
    case Column::Count:
        break;
    }
    return storage::ExerciseOrder::Relevance;
}

void ExerciseTableModel::sort(int column, Qt::SortOrder order)
{
    // A view with no sort indicator asks for column -1: the relevance (or name) order.
    const storage::ExerciseOrder wanted = column < 0 || column >= static_cast<int>(Column::Count)
                                              ? storage::ExerciseOrder::Relevance
                                              : orderFor(static_cast<Column>(column));
    const bool descending = order == Qt::DescendingOrder;
    if (wanted == m_query.order && descending == m_query.descending) {
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_query.order = wanted;
    m_query.descending = descending;
    m_blocks.clear();
    m_recent.clear();
    // No persistent indexes are kept across a sort of a windowed list: the page reselects.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace glidepath::ui
