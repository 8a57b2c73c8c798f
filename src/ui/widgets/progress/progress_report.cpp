#include "widgets/progress/progress_report.h"

#include "app_context.h"
#include "modules/module_loader.h"
#include "widgets/progress/progress_charts.h"

#include <glidepath/storage/tracking_repository.h>

namespace glidepath::ui {

ProgressData loadProgress(AppContext& context, qint64 clientId)
{
    const auto client = context.clients().find(clientId);
    if (!client) {
        return {};
    }
    storage::TrackingRepository tracking(context.database());
    return buildProgress(context.clients().checkIns(clientId), context.clients().plans(clientId),
                         tracking.sessionLogs(clientId), tracking.psfsAssessments(clientId),
                         core::meaningfulChangeFor(client->profile));
}

ChartsModule* chartsModule(QString* error)
{
    return modules::get<ChartsModule>(QStringLiteral("charts"), error);
}

std::vector<report::ReportChart> progressReportCharts(AppContext& context, qint64 clientId)
{
    ChartsModule* charts = chartsModule();
    if (!charts) {
        return {}; // the summary is printed without its charts rather than not at all
    }
    return charts->reportCharts(loadProgress(context, clientId), context.rules(), QSize(900, 380));
}

} // namespace glidepath::ui
