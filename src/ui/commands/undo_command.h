#pragma once

#include "commands/outcome.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace glidepath::ui {
class AppContext;
}

namespace glidepath::ui::command {

// Base of every Glidepath undo command. Ownership: the undo stack owns pushed commands; the data
// they describe is owned by the database, and each command keeps only the copies it needs to go
// both ways.
//
// The facade applies a command once *before* pushing it (execute()), so a change the storage
// rejects is reported to the widget and never reaches the stack; the stack's first redo() is then
// skipped. A later undo or redo that fails (the data changed underneath) reports through
// AppContext::errorOccurred and drops the command from the stack.
class UndoCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(UndoCommand)

public:
    UndoCommand(AppContext& context, const QString& text);

    void redo() final;
    void undo() final;

protected:
    virtual void applyRedo() = 0; // may throw
    virtual void applyUndo() = 0; // may throw
    virtual void notify() = 0;    // emit the context's signals after a change either way

    AppContext& context() { return m_context; }

private:
    friend Outcome execute(AppContext& context, std::unique_ptr<UndoCommand> command);
    friend Outcome record(AppContext& context, std::unique_ptr<UndoCommand> command);

    AppContext& m_context;
    bool m_skipNextRedo = false;
};

// Applies the command now; on success pushes it on the context's undo stack, on failure deletes it
// and returns why (nothing changed).
Outcome execute(AppContext& context, std::unique_ptr<UndoCommand> command);
// Pushes a command whose change has already been made (for operations the storage performs and
// returns in one step, such as duplicate).
Outcome record(AppContext& context, std::unique_ptr<UndoCommand> command);

// Plain-words message for an exception thrown by storage or validation.
QString describeFailure(const std::exception& error);

} // namespace glidepath::ui::command
