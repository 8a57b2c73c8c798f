#pragma once

#include "commands/command_ids.h"
#include "commands/undo_command.h"

#include <QString>

#include <utility>

namespace glidepath::ui::command {

// "Change value V of object O" (Tiled's changevalue.h): one template for every simple edit.
// Consecutive changes with the same key (object and field) merge into one undo step, and a series
// of changes that ends where it began drops out of the stack entirely.
template <typename T> class ChangeValue : public UndoCommand
{
public:
    ChangeValue(AppContext& context, MergeId mergeId, QString key, T before, T after,
                const QString& text)
        : UndoCommand(context, text), m_mergeId(mergeId), m_key(std::move(key)),
          m_before(std::move(before)), m_after(std::move(after))
    {
        setObsolete(m_before == m_after);
    }

    int id() const override { return static_cast<int>(m_mergeId); }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const ChangeValue<T>*>(other);
        if (!next || next->m_key != m_key) {
            return false;
        }
        m_after = next->m_after;
        setObsolete(m_before == m_after);
        return true;
    }

    const T& before() const { return m_before; }
    const T& after() const { return m_after; }

protected:
    virtual void apply(const T& value) = 0;

    // The values as stored, when the first apply finds them other than those given (a save over
    // someone else's newer one: undo brings theirs back, not the form's older copy).
    void setValues(T before, T after)
    {
        m_before = std::move(before);
        m_after = std::move(after);
        setObsolete(m_before == m_after);
    }

    void applyRedo() override { apply(m_after); }
    void applyUndo() override { apply(m_before); }

private:
    MergeId m_mergeId;
    QString m_key;
    T m_before;
    T m_after;
};

} // namespace glidepath::ui::command
