#include "commands/undo_command.h"

#include "app_context.h"
#include "storage_error_text.h"

#include <glidepath/report/issue_text.h>
#include <glidepath/storage/storage_error.h>

namespace glidepath::ui::command {

UndoCommand::UndoCommand(AppContext& context, const QString& text) : m_context(context)
{
    setText(text);
}

void UndoCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    try {
        applyRedo();
        notify();
    } catch (const std::exception& error) {
        setObsolete(true);
        emit m_context.errorOccurred(
            tr("Could not redo “%1”: %2").arg(text(), describeFailure(error)));
        notify();
    }
}

void UndoCommand::undo()
{
    try {
        applyUndo();
        notify();
    } catch (const std::exception& error) {
        setObsolete(true);
        emit m_context.errorOccurred(
            tr("Could not undo “%1”: %2").arg(text(), describeFailure(error)));
        notify();
    }
}

Outcome execute(AppContext& context, std::unique_ptr<UndoCommand> command)
{
    try {
        command->applyRedo();
    } catch (const storage::StaleRecordError& error) {
        Outcome outcome = Outcome::failure(describeFailure(error));
        outcome.stale = StaleSave{error.storedVersion(), QString::fromStdString(error.changedBy()),
                                  QString::fromStdString(error.changedAt())};
        return outcome;
    } catch (const storage::StorageError& error) {
        Outcome outcome = Outcome::failure(describeFailure(error), error.issues());
        outcome.connectionLost = context.database().connectionLost();
        return outcome;
    } catch (const std::exception& error) {
        return Outcome::failure(describeFailure(error));
    }
    command->notify();
    command->m_skipNextRedo = true;
    context.undoStack()->push(command.release());
    return Outcome::success();
}

Outcome record(AppContext& context, std::unique_ptr<UndoCommand> command)
{
    command->notify();
    command->m_skipNextRedo = true;
    context.undoStack()->push(command.release());
    return Outcome::success();
}

QString describeFailure(const std::exception& error)
{
    const auto* storageError = dynamic_cast<const storage::StorageError*>(&error);
    if (!storageError) {
        return QString::fromStdString(error.what());
    }
    using Kind = storage::StorageError::Kind;
    switch (storageError->kind()) {
    case Kind::ReadOnly:
        return UndoCommand::tr("Built-in exercises cannot be changed. Duplicate one to edit it.");
    case Kind::NotFound:
        return UndoCommand::tr("It no longer exists in the database (%1).")
            .arg(storageErrorDetail(*storageError));
    case Kind::Invalid:
        if (!storageError->issues().empty()) {
            QStringList lines;
            for (const core::ValidationIssue& issue : storageError->issues()) {
                lines << report::issueText(issue);
            }
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case Kind::Io:
        return UndoCommand::tr("The database could not be written (%1).")
            .arg(storageErrorDetail(*storageError));
    case Kind::ReadOnlyDatabase:
        return UndoCommand::tr("The database file cannot be written: it or its folder is "
                               "read-only. Nothing was changed (%1).")
            .arg(storageErrorDetail(*storageError));
    case Kind::DiskFull:
        return UndoCommand::tr("The disk is full, so nothing was saved. Free some space and "
                               "try again.");
    default:
        break;
    }
    // Storage's own words in English; in another language words made from the error's kind.
    return storageErrorSentence(*storageError);
}

} // namespace glidepath::ui::command
