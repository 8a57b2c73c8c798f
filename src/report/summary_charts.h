#pragma once

// The clinician summary's charts, drawn by the report layer itself (vector, crisp in print) from
// the check-ins the summary is given, so the app and the CLI print the same summary:
//  - pain over the check-ins (at rest, in activity, during exercise) over the rules' green,
//    amber and red zones; each line has its own dash and marker shape, so it reads in greyscale;
//  - the share of planned sessions done per check-in, with the rules' adherence line.

#include "render_kit.h"

#include <glidepath/core/client.h>
#include <glidepath/core/progression_rules.h>

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

} // namespace glidepath::report::detail
