#include "commands/review_commands.h"

#include "app_context.h"
#include "commands/command.h"

#include <glidepath/report/issue_text.h>
#include <glidepath/storage/storage_error.h>

#include <QStringList>

namespace glidepath::ui::command {

RecordReview::RecordReview(AppContext& context, storage::StoredReview stored)
    : UndoCommand(context, UndoCommand::tr("Record the review by %1")
                               .arg(QString::fromStdString(stored.review.clinician))),
      m_stored(std::move(stored))
{}

void RecordReview::applyRedo()
{
    storage::ReviewRepository(context().database()).restore(m_stored);
}

void RecordReview::applyUndo()
{
    storage::ReviewRepository(context().database()).remove(m_stored.id);
}

void RecordReview::notify()
{
    emit context().changes().reviewsChanged(m_stored.clientId);
}

Outcome recordClinicianReview(AppContext& context, qint64 clientId,
                              const core::ClinicianReview& review)
{
    std::vector<core::FieldIssue> issues = storage::ReviewRepository::validate(review);
    if (!issues.empty()) {
        std::vector<core::ValidationIssue> validation;
        QStringList lines;
        for (core::FieldIssue& issue : issues) {
            lines << report::issueText(issue);
            validation.push_back({{}, issue.field, issue.message, issue.kind, issue.values});
        }
        return Outcome::failure(lines.join(QLatin1Char('\n')), std::move(validation));
    }
    storage::StoredReview stored;
    try {
        // Stored first (the id and the recording time come from storage), then pushed as done.
        stored = storage::ReviewRepository(context.database()).add(clientId, review);
    } catch (const storage::StorageError& error) {
        return Outcome::failure(describeFailure(error), error.issues());
    } catch (const std::exception& error) {
        return Outcome::failure(describeFailure(error));
    }
    return record(context, std::make_unique<RecordReview>(context, std::move(stored)));
}

} // namespace glidepath::ui::command
