#include "commands/record_commands.h"

#include "app_context.h"

#include <utility>

namespace glidepath::ui::command {

StoredChange::StoredChange(AppContext& context, const QString& text, Work first,
                           std::function<void()> notify)
    : UndoCommand(context, text), m_first(std::move(first)), m_notify(std::move(notify))
{}

void StoredChange::add(storage::RecordKind kind, std::int64_t id)
{
    m_added.push_back({kind, id, std::nullopt});
}

void StoredChange::remove(storage::RecordKind kind, std::int64_t id)
{
    m_removed.push_back(storage::RecordSnapshot::remove(context().database(), kind, id));
}

void StoredChange::update(std::function<void()> undo, std::function<void()> redo)
{
    m_updated.push_back({std::move(undo), std::move(redo)});
}

void StoredChange::applyRedo()
{
    storage::Database& db = context().database();
    if (!m_done) {
        db.transaction([&] { m_first(*this); });
        m_done = true;
        return;
    }
    db.transaction([&] {
        for (const storage::RecordSnapshot& removed : m_removed) {
            storage::RecordSnapshot::remove(db, removed.kind(), removed.id());
        }
        for (const Updated& updated : m_updated) {
            updated.redo();
        }
        for (Added& added : m_added) {
            if (added.snapshot) {
                added.snapshot->restore(db);
            }
        }
    });
    for (Added& added : m_added) {
        added.snapshot.reset();
    }
}

void StoredChange::applyUndo()
{
    storage::Database& db = context().database();
    std::vector<storage::RecordSnapshot> taken;
    db.transaction([&] {
        for (auto added = m_added.rbegin(); added != m_added.rend(); ++added) {
            taken.push_back(storage::RecordSnapshot::remove(db, added->kind, added->id));
        }
        for (auto updated = m_updated.rbegin(); updated != m_updated.rend(); ++updated) {
            updated->undo();
        }
        for (auto removed = m_removed.rbegin(); removed != m_removed.rend(); ++removed) {
            removed->restore(db);
        }
    });
    // Kept only once the whole undo committed, so a failed undo leaves the command as it was.
    for (std::size_t i = 0; i < taken.size(); ++i) {
        m_added[m_added.size() - 1 - i].snapshot = std::move(taken[i]);
    }
}

void StoredChange::notify()
{
    if (m_notify) {
        m_notify();
    }
}

Outcome change(AppContext& context, const QString& text, StoredChange::Work first,
               std::function<void()> notify)
{
    return execute(context, std::make_unique<StoredChange>(context, text, std::move(first),
                                                           std::move(notify)));
}

} // namespace glidepath::ui::command
