#pragma once

#include "models/progress_data.h"

#include <glidepath/report/handout_renderer.h>

#include <vector>

namespace glidepath::ui {

class AppContext;

// Everything the Progress page shows about one client, read from the context's database.
ProgressData loadProgress(AppContext& context, qint64 clientId);

// The Progress page's charts for the clinician summary PDF (empty when the client has nothing
// recorded yet), drawn offscreen.
std::vector<report::ReportChart> progressReportCharts(AppContext& context, qint64 clientId);

} // namespace glidepath::ui
