#pragma once

#include "commands/undo_command.h"

#include <glidepath/storage/record_snapshot.h>

#include <functional>
#include <optional>
#include <vector>

namespace glidepath::ui::command {

// One undoable change of stored records: clients, check-ins, session logs, PSFS assessments,
// plan versions and templates. The first apply does the change through the repositories and
// tells the command what it did; undo and redo then replay it with whole-record snapshots, so a
// deleted record comes back with its id and its children, and an added one is taken away and
// brought back as the very same record (later commands refer to it by id). Every replay runs in
// one transaction.
class StoredChange final : public UndoCommand
{
public:
    using Work = std::function<void(StoredChange&)>;

    // first does the change the first time; notify emits the ChangeNotifier's signals.
    StoredChange(AppContext& context, const QString& text, Work first,
                 std::function<void()> notify);

    // Called by the first work, in the order it does things.
    void add(storage::RecordKind kind, std::int64_t id);    // it created this record
    void remove(storage::RecordKind kind, std::int64_t id); // deletes it now, keeping a snapshot
    // It changed a record in place; undo and redo run these.
    void update(std::function<void()> undo, std::function<void()> redo);

private:
    void applyRedo() override;
    void applyUndo() override;
    void notify() override;

    struct Added
    {
        storage::RecordKind kind;
        std::int64_t id;
        std::optional<storage::RecordSnapshot> snapshot; // kept while undone
    };
    struct Updated
    {
        std::function<void()> undo;
        std::function<void()> redo;
    };

    Work m_first;
    std::function<void()> m_notify;
    bool m_done = false;
    std::vector<storage::RecordSnapshot> m_removed;
    std::vector<Updated> m_updated;
    std::vector<Added> m_added;
};

// Runs a StoredChange through execute(): applied now, pushed when it worked.
Outcome change(AppContext& context, const QString& text, StoredChange::Work first,
               std::function<void()> notify);

} // namespace glidepath::ui::command
