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

Outcome saveClient(AppContext& context, const storage::ClientRecord& record)
{
    const QString name = QString::fromStdString(record.profile.name);
    ChangeNotifier& changes = context.changes();
    if (record.id <= 0) {
        auto id = std::make_shared<qint64>(0);
        Outcome outcome = change(
            context, UndoCommand::tr("Add client %1").arg(name),
            [&context, record, id](StoredChange& step) {
                *id = context.clients().create(record);
                step.add(RecordKind::Client, *id);
            },
            [&changes] { emit changes.clientsChanged(); });
        if (outcome) {
            outcome.createdId = std::to_string(*id);
        }
        return outcome;
    }
    return change(
        context, UndoCommand::tr("Save profile of %1").arg(name),
        [&context, record](StoredChange& step) {
            const auto before = context.clients().find(record.id);
            if (!before) {
                throw storage::StorageError(storage::StorageError::Kind::NotFound,
                                            "the client is no longer in the database");
            }
            context.clients().update(record);
            step.update([&context, stored = *before] { context.clients().update(stored); },
                        [&context, record] { context.clients().update(record); });
        },
        [&changes] { emit changes.clientsChanged(); });
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
                    const core::CheckIn& checkIn)
{
    ChangeNotifier& changes = context.changes();
    auto notify = [&changes, clientId] { emit changes.checkInsChanged(clientId); };
    const QString text = UndoCommand::tr("Save check-in %1").arg(dayMonth(checkIn.date));
    if (checkInId <= 0) {
        auto id = std::make_shared<qint64>(0);
        Outcome outcome = change(
            context, text,
            [&context, clientId, checkIn, id](StoredChange& step) {
                *id = context.clients().addCheckIn(clientId, checkIn);
                step.add(RecordKind::CheckIn, *id);
            },
            notify);
        if (outcome) {
            outcome.createdId = std::to_string(*id);
        }
        return outcome;
    }
    return change(
        context, text,
        [&context, clientId, checkInId, checkIn](StoredChange& step) {
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
            context.clients().updateCheckIn(checkInId, checkIn);
            step.update([&context, checkInId,
                         old = *before] { context.clients().updateCheckIn(checkInId, old); },
                        [&context, checkInId, checkIn] {
                            context.clients().updateCheckIn(checkInId, checkIn);
                        });
        },
        notify);
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
