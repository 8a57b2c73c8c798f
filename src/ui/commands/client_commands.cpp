// The command facade for clients, their check-ins and their saved plans (command.h).

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

QString nameOf(AppContext& context, qint64 clientId)
{
    const auto client = context.clients().find(clientId);
    return client ? QString::fromStdString(client->profile.name) : QString();
}

} // namespace

Outcome saveClient(AppContext& context, const storage::ClientRecord& record,
                   std::optional<qint64> basedOnVersion)
{
    const QString name = QString::fromStdString(record.profile.name);
    ChangeNotifier& changes = context.changes();
    // Read in the same transaction as the save, so the form's next save is based on what this
    // one stored and not on a later save from another desk.
    auto version = std::make_shared<qint64>(0);
    auto storedVersion = [&context](qint64 id) {
        const auto stored = context.clients().find(id);
        return stored ? stored->rowVersion : 0;
    };
    if (record.id <= 0) {
        auto id = std::make_shared<qint64>(0);
        Outcome outcome = change(
            context, UndoCommand::tr("Add client %1").arg(name),
            [&context, record, id, version, storedVersion](StoredChange& step) {
                *id = context.clients().create(record);
                step.add(RecordKind::Client, *id);
                *version = storedVersion(*id);
            },
            [&changes] { emit changes.clientsChanged(); });
        if (outcome) {
            outcome.createdId = std::to_string(*id);
            outcome.savedVersion = *version;
        }
        return outcome;
    }
    Outcome outcome = change(
        context, UndoCommand::tr("Save profile of %1").arg(name),
        [&context, record, basedOnVersion, version, storedVersion](StoredChange& step) {
            const auto before = context.clients().find(record.id);
            if (!before) {
                throw storage::StorageError(storage::StorageError::Kind::NotFound,
                                            "the client is no longer in the database");
            }
            context.clients().update(record, basedOnVersion);
            *version = storedVersion(record.id);
            step.update([&context, stored = *before] { context.clients().update(stored); },
                        [&context, record] { context.clients().update(record); });
        },
        [&changes] { emit changes.clientsChanged(); });
    if (outcome) {
        outcome.savedVersion = *version;
    }
    return outcome;
}

Outcome deleteClient(AppContext& context, qint64 clientId)
{
    ChangeNotifier& changes = context.changes();
    return change(
        context, UndoCommand::tr("Delete client %1").arg(nameOf(context, clientId)),
        [clientId](StoredChange& step) { step.remove(RecordKind::Client, clientId); },
        [&changes, clientId] {
            emit changes.checkInsChanged(clientId);
            emit changes.plansChanged(clientId);
            emit changes.trackingChanged(clientId);
            emit changes.clientsChanged();
        });
}

Outcome saveCheckIn(AppContext& context, qint64 clientId, qint64 checkInId,
                    const core::CheckIn& checkIn, std::optional<qint64> basedOnVersion)
{
    ChangeNotifier& changes = context.changes();
    auto notify = [&changes, clientId] { emit changes.checkInsChanged(clientId); };
    const QString text = UndoCommand::tr("Save check-in %1").arg(dayMonth(checkIn.date));
    // As in saveClient: the version this save stored, read in its transaction.
    auto version = std::make_shared<qint64>(0);
    auto storedVersion = [&context, clientId](qint64 id) {
        for (const storage::StoredCheckIn& stored : context.clients().checkIns(clientId)) {
            if (stored.id == id) {
                return stored.rowVersion;
            }
        }
        return std::int64_t{0};
    };
    if (checkInId <= 0) {
        auto id = std::make_shared<qint64>(0);
        Outcome outcome = change(
            context, text,
            [&context, clientId, checkIn, id, version, storedVersion](StoredChange& step) {
                *id = context.clients().addCheckIn(clientId, checkIn);
                step.add(RecordKind::CheckIn, *id);
                *version = storedVersion(*id);
            },
            notify);
        if (outcome) {
            outcome.createdId = std::to_string(*id);
            outcome.savedVersion = *version;
        }
        return outcome;
    }
    Outcome outcome = change(
        context, text,
        [&context, clientId, checkInId, checkIn, basedOnVersion, version,
         storedVersion](StoredChange& step) {
            std::optional<core::CheckIn> before;
            for (const storage::StoredCheckIn& stored : context.clients().checkIns(clientId)) {
                if (stored.id == checkInId) {
                    before = stored.checkIn;
                }
            }
            if (!before) {
                throw storage::StorageError(storage::StorageError::Kind::NotFound,
                                            "the check-in is no longer in the database");
            }
            context.clients().updateCheckIn(checkInId, checkIn, basedOnVersion);
            *version = storedVersion(checkInId);
            step.update([&context, checkInId,
                         old = *before] { context.clients().updateCheckIn(checkInId, old); },
                        [&context, checkInId, checkIn] {
                            context.clients().updateCheckIn(checkInId, checkIn);
                        });
        },
        notify);
    if (outcome) {
        outcome.savedVersion = *version;
    }
    return outcome;
}

Outcome deleteCheckIn(AppContext& context, qint64 clientId, qint64 checkInId)
{
    std::optional<storage::StoredCheckIn> snapshot;
    for (storage::StoredCheckIn& stored : context.clients().checkIns(clientId)) {
        if (stored.id == checkInId) {
            snapshot = std::move(stored);
        }
    }
    if (!snapshot) {
        return Outcome::failure(UndoCommand::tr("That check-in is no longer in the database."));
    }
    ChangeNotifier& changes = context.changes();
    return change(
        context, UndoCommand::tr("Delete check-in %1").arg(dayMonth(snapshot->checkIn.date)),
        [checkInId](StoredChange& step) { step.remove(RecordKind::CheckIn, checkInId); },
        [&changes, clientId] { emit changes.checkInsChanged(clientId); });
}

Outcome savePlan(AppContext& context, qint64 clientId, const core::Plan& plan,
                 storage::StoredPlan* stored)
{
    ChangeNotifier& changes = context.changes();
    auto saved = std::make_shared<storage::StoredPlan>();
    Outcome outcome = change(
        context, UndoCommand::tr("Save plan for the week of %1").arg(dayMonth(plan.weekStart)),
        [&context, clientId, plan, saved](StoredChange& step) {
            *saved = context.clients().savePlan(clientId, plan);
            step.add(RecordKind::Plan, saved->id);
        },
        [&changes, clientId] { emit changes.plansChanged(clientId); });
    if (outcome) {
        outcome.createdId = std::to_string(saved->id);
        if (stored) {
            *stored = *saved;
        }
    }
    return outcome;
}

Outcome deletePlan(AppContext& context, qint64 planId)
{
    const auto found = context.clients().findPlan(planId);
    if (!found) {
        return Outcome::failure(UndoCommand::tr("That plan is no longer in the database."));
    }
    ChangeNotifier& changes = context.changes();
    const qint64 clientId = found->clientId;
    return change(
        context,
        UndoCommand::tr("Delete plan version %1 of the week of %2")
            .arg(found->version)
            .arg(dayMonth(found->plan.weekStart)),
        [planId](StoredChange& step) { step.remove(RecordKind::Plan, planId); },
        [&changes, clientId] { emit changes.plansChanged(clientId); });
}

} // namespace glidepath::ui::command
