// The command facade for session logs and PSFS assessments (command.h).

#include "app_context.h"
#include "commands/command.h"
#include "commands/record_commands.h"
#include "models/client_labels.h"

#include <QLocale>

namespace glidepath::ui::command {
namespace {

using storage::RecordKind;

QString dayMonth(core::Date date)
{
    return QLocale().toString(toQDate(date), QStringLiteral("d MMM"));
}

// Adds (id 0) or replaces one record of a client; the lambdas say how.
template <typename Value, typename Add, typename Find, typename Update>
Outcome saveOne(AppContext& context, const QString& text, RecordKind kind, qint64 clientId,
                qint64 id, const Value& value, Add add, Find find, Update update)
{
    ChangeNotifier& changes = context.changes();
    auto notify = [&changes, clientId] { emit changes.trackingChanged(clientId); };
    if (id <= 0) {
        auto created = std::make_shared<qint64>(0);
        Outcome outcome = change(
            context, text,
            [&context, kind, clientId, value, add, created](StoredChange& step) {
                storage::TrackingRepository tracking(context.database());
                *created = add(tracking, clientId, value);
                step.add(kind, *created);
            },
            notify);
        if (outcome) {
            outcome.createdId = std::to_string(*created);
        }
        return outcome;
    }
    return change(
        context, text,
        [&context, id, value, find, update](StoredChange& step) {
            storage::TrackingRepository tracking(context.database());
            const auto before = find(tracking, id);
            if (!before) {
                throw storage::StorageError(storage::StorageError::Kind::NotFound,
                                            "it is no longer in the database");
            }
            update(tracking, id, value);
            step.update(
                [&context, id, old = *before, update] {
                    storage::TrackingRepository again(context.database());
                    update(again, id, old);
                },
                [&context, id, value, update] {
                    storage::TrackingRepository again(context.database());
                    update(again, id, value);
                });
        },
        notify);
}

} // namespace

Outcome saveSessionLog(AppContext& context, qint64 clientId, qint64 logId,
                       const core::SessionLog& log)
{
    return saveOne(
        context, UndoCommand::tr("Log session %1").arg(dayMonth(log.date)), RecordKind::SessionLog,
        clientId, logId, log,
        [](storage::TrackingRepository& t, qint64 client, const core::SessionLog& value) {
            return t.addSessionLog(client, value);
        },
        [](storage::TrackingRepository& t, qint64 id) -> std::optional<core::SessionLog> {
            if (auto found = t.findSessionLog(id)) {
                return found->log;
            }
            return std::nullopt;
        },
        [](storage::TrackingRepository& t, qint64 id, const core::SessionLog& value) {
            t.updateSessionLog(id, value);
        });
}

Outcome deleteSessionLog(AppContext& context, qint64 logId)
{
    const auto found = storage::TrackingRepository(context.database()).findSessionLog(logId);
    if (!found) {
        return Outcome::failure(UndoCommand::tr("That session is no longer in the log."));
    }
    ChangeNotifier& changes = context.changes();
    const qint64 clientId = found->clientId;
    return change(
        context, UndoCommand::tr("Delete session %1").arg(dayMonth(found->log.date)),
        [logId](StoredChange& step) { step.remove(RecordKind::SessionLog, logId); },
        [&changes, clientId] { emit changes.trackingChanged(clientId); });
}

Outcome saveWeekLogs(AppContext& context, qint64 clientId, storage::DateRange range,
                     const std::vector<core::SessionLog>& logs)
{
    ChangeNotifier& changes = context.changes();
    const QString week = range.from ? dayMonth(*range.from) : QString();
    return change(
        context, UndoCommand::tr("Save log of the week of %1").arg(week),
        [&context, clientId, range, logs](StoredChange& step) {
            storage::TrackingRepository tracking(context.database());
            // Snapshots of the logs the week replaces, then the new ones as added records.
            for (const storage::StoredSessionLog& old : tracking.sessionLogs(clientId, range)) {
                step.remove(RecordKind::SessionLog, old.id);
            }
            for (const std::int64_t id : tracking.replaceSessionLogs(clientId, range, logs)) {
                step.add(RecordKind::SessionLog, id);
            }
        },
        [&changes, clientId] { emit changes.trackingChanged(clientId); });
}

Outcome savePsfs(AppContext& context, qint64 clientId, qint64 assessmentId,
                 const core::PsfsAssessment& assessment)
{
    return saveOne(
        context, UndoCommand::tr("Save PSFS %1").arg(dayMonth(assessment.date)), RecordKind::Psfs,
        clientId, assessmentId, assessment,
        [](storage::TrackingRepository& t, qint64 client, const core::PsfsAssessment& value) {
            return t.addPsfs(client, value);
        },
        [](storage::TrackingRepository& t, qint64 id) -> std::optional<core::PsfsAssessment> {
            if (auto found = t.findPsfs(id)) {
                return found->assessment;
            }
            return std::nullopt;
        },
        [](storage::TrackingRepository& t, qint64 id, const core::PsfsAssessment& value) {
            t.updatePsfs(id, value);
        });
}

Outcome deletePsfs(AppContext& context, qint64 assessmentId)
{
    const auto found = storage::TrackingRepository(context.database()).findPsfs(assessmentId);
    if (!found) {
        return Outcome::failure(UndoCommand::tr("That PSFS assessment is no longer stored."));
    }
    ChangeNotifier& changes = context.changes();
    const qint64 clientId = found->clientId;
    return change(
        context, UndoCommand::tr("Delete PSFS %1").arg(dayMonth(found->assessment.date)),
        [assessmentId](StoredChange& step) { step.remove(RecordKind::Psfs, assessmentId); },
        [&changes, clientId] { emit changes.trackingChanged(clientId); });
}

} // namespace glidepath::ui::command
