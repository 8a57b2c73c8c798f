#include "models/plan_print_state.h"

#include "app_context.h"
#include "models/client_labels.h"

#include <glidepath/core/plan_status.h>

#include <QCoreApplication>

namespace glidepath::ui::plan_print_state {

std::optional<QString> newestSavedPlan(AppContext& context, qint64 clientId)
{
    if (clientId <= 0) {
        return std::nullopt;
    }
    try {
        const std::optional<storage::StoredPlan> newest = context.clients().latestPlan(clientId);
        if (!newest) {
            return std::nullopt;
        }
        const std::optional<storage::ClientRecord> record = context.clients().find(clientId);
        if (!record) {
            return std::nullopt;
        }
        std::vector<core::CheckIn> checkIns;
        for (storage::StoredCheckIn& stored : context.clients().checkIns(clientId)) {
            checkIns.push_back(std::move(stored.checkIn));
        }
        const auto standing = core::standingRedFlags(record->screeningRedFlags, checkIns);
        return core::isSuperseded(newest->plan, standing) ? supersededReason() : QString();
    } catch (const std::exception&) {
        // The Plan page reports a database it cannot read when it is shown.
        return std::nullopt;
    }
}

QString supersededReason()
{
    // Filed under the Plan page's context, where the text was first written.
    return QCoreApplication::translate(
               "glidepath::ui::PlanPage",
               "This plan is superseded: a red flag was answered yes, so it must not be "
               "handed out as the current plan. ") +
           ClientLabels::supersededClearedBy();
}

} // namespace glidepath::ui::plan_print_state
