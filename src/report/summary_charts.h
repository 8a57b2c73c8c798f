#pragma once

// The clinician summary's charts, drawn by the report layer itself (vector, crisp in print) from
// the check-ins the summary is given, so the app and the CLI print the same summary:
//  - pain over the check-ins (at rest, in activity, during exercise) over the rules' green,
//    amber and red zones; each line has its own dash and marker shape, so it reads in greyscale;
//  - the share of planned sessions done per check-in, with the rules' adherence line;
//  - function (PSFS): the average of the client's activities at each assessment, each activity's
//    score behind it, the baseline and the score a meaningful change would reach.

#include "render_kit.h"

#include <glidepath/core/client.h>
#include <glidepath/core/progression_rules.h>
#include <glidepath/core/session_log.h>
#include <glidepath/report/handout_renderer.h>

#include <QRectF>

#include <span>

class QPainter;

namespace glidepath::report::detail {

// Each returns the height used at area.width(); paints when p is not null.
double drawPainChart(QPainter* p, const Style& s, const QRectF& area,
                     std::span<const core::CheckIn> checkins, const core::ProgressionRules& rules);
double drawAdherenceChart(QPainter* p, const Style& s, const QRectF& area,
                          std::span<const core::CheckIn> checkins,
                          const core::ProgressionRules& rules);
// meaningfulPoints: the change in the average that counts (0: no target line).
double drawPsfsChart(QPainter* p, const Style& s, const QRectF& area,
                     std::span<const core::PsfsAssessment> assessments, double meaningfulPoints);

// The summary's "Charts" section: pain and sessions done over the check-ins, function (PSFS)
// over the assessments, then any chart the caller drew; nothing when there is nothing to draw.
// The charts come from data, not from the caller's pictures, so the app and the CLI print the
// same summary.
void addSummaryCharts(PageLayout& layout, const Style& s, const HandoutData& data,
                      std::span<const ReportChart> charts);

} // namespace glidepath::report::detail
