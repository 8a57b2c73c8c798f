#pragma once

#include "models/illustration_thumbnails.h"

#include <glidepath/core/exercise.h>

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace glidepath::ui {

// The rows of the Library page: exercises in the order given (search rank or name), one column per
// Column. Read-only: edits go through the undo commands, and the page reloads the rows.
class ExerciseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Name,
        Category,
        Phases,
        KneeFlexion,
        Impact,
        Equipment,
        Picture, // a thumbnail of the start and end position, drawn when the row is shown
        Count
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString exercise id
        SortRole,                  // a value that sorts the column sensibly
        BuiltinRole,               // bool
        HiddenRole,                // bool
    };

    explicit ExerciseTableModel(QObject* parent = nullptr);

    void setExercises(std::vector<core::Exercise> exercises);
    const std::vector<core::Exercise>& exercises() const { return m_exercises; }
    const core::Exercise* exerciseAt(int row) const;
    // -1 when the id is not among the rows.
    int rowOf(const std::string& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const core::Exercise& exercise, Column column) const;
    QVariant sortKey(const core::Exercise& exercise, Column column) const;

    std::vector<core::Exercise> m_exercises;
    mutable IllustrationThumbnails m_thumbnails{QSize(84, 30)};
};

} // namespace glidepath::ui
