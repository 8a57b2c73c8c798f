#pragma once

#include "models/illustration_thumbnails.h"

#include <glidepath/core/exercise.h>
#include <glidepath/storage/exercise_repository.h>

#include <QAbstractTableModel>

#include <functional>
#include <list>
#include <optional>
#include <unordered_map>
#include <vector>

namespace glidepath::ui {

// The rows of the Library page as a window on the database: rowCount() is the true number of
// exercises the query lists, and rows are read a block at a time when a view first asks for them
// (a few blocks are kept, the least recently used dropped), so neither time nor memory grows with
// the library. Sorting by a header asks the database for that order. Read-only: edits go through
// the undo commands, and the page calls refresh().
class ExerciseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Add a column before Count; display(), headerData() and orderFor() name each one.
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
        BuiltinRole,               // bool
        HiddenRole,                // bool
    };
    static constexpr int kBlockRows = 128;
    static constexpr std::size_t kKeptBlocks = 24;

    // The repository is looked up on each read, since the open database can be replaced.
    using Source = std::function<const storage::ExerciseRepository&()>;
    explicit ExerciseTableModel(Source source, QObject* parent = nullptr);

    // Lists what the query lists (resets the model). The sort order set by sort() is kept.
    void setQuery(storage::ExerciseQuery query);
    const storage::ExerciseQuery& query() const { return m_query; }
    // Reads the count again and drops the cached rows (after an edit).
    void refresh();

    // The row, read from the database if it is not cached; nullptr when out of range.
    const storage::ExerciseListRow* exerciseAt(int row) const;
    std::string idAt(int row) const;
    // The row of id among the rows read so far, -1 when not among them (never reads).
    int cachedRowOf(const std::string& id) const;
    // The row of id in the whole list (asks the database when it is not cached); -1 if unlisted.
    int rowOf(const std::string& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static storage::ExerciseOrder orderFor(Column column);

private:
    QVariant display(const storage::ExerciseListRow& exercise, Column column) const;
    QVariant thumbnailAt(int row) const;
    const std::vector<storage::ExerciseListRow>* block(int index) const;
    void reload();

    Source m_source;
    storage::ExerciseQuery m_query;
    int m_count = 0;
    mutable std::unordered_map<int, std::vector<storage::ExerciseListRow>> m_blocks;
    mutable std::list<int> m_recent; // block numbers, most recently used first
    mutable IllustrationThumbnails m_thumbnails{QSize(84, 30)};
};

} // namespace glidepath::ui
