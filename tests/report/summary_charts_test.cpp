// The clinician summary's charts share one plot rectangle: the pain chart names its zones in a
// margin right of its plot, and the sessions chart keeps the same margin, so the two x-axes line
// up and a check-in's date stands at the same place in both.

#include "../../src/report/summary_charts.h"

#include <glidepath/core/progression_rules.h>

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <chrono>
#include <utility>
#include <vector>

namespace glidepath::report {
namespace {

std::vector<core::CheckIn> threeCheckIns()
{
    std::vector<core::CheckIn> checkins(3);
    const core::Date first = core::parseIsoDate("2026-11-01").value();
    for (std::size_t i = 0; i < checkins.size(); ++i) {
        checkins[i].date = first + std::chrono::days(7 * static_cast<int>(i));
        checkins[i].painRest = 1;
        checkins[i].painActivity = 2;
        checkins[i].painExercise = static_cast<int>(2 * i);
        checkins[i].adherence = 1.0 - 0.1 * static_cast<double>(i);
    }
    return checkins;
}

// The first and last column of the longest run of painted pixels in any row: a grid line or a
// zone band, which span the plot from its left edge to its right edge.
std::pair<int, int> widestRun(const QImage& image)
{
    std::pair<int, int> widest{0, -1};
    for (int y = 0; y < image.height(); ++y) {
        int start = -1;
        for (int x = 0; x <= image.width(); ++x) {
            const bool painted = x < image.width() && image.pixel(x, y) != qRgb(255, 255, 255);
            if (painted && start < 0) {
                start = x;
            } else if (!painted && start >= 0) {
                if (x - 1 - start > widest.second - widest.first) {
                    widest = {start, x - 1};
                }
                start = -1;
            }
        }
    }
    return widest;
}

TEST(SummaryCharts, ThePainAndSessionsPlotsShareTheirLeftAndRightEdges)
{
    QImage pain(900, 500, QImage::Format_RGB32);
    QImage sessions(900, 500, QImage::Format_RGB32);
    const detail::Style style(pain, HandoutOptions{});
    const QRectF area(20, 10, 860, 480);
    const auto checkins = threeCheckIns();
    const core::ProgressionRules rules;
    for (auto [image, sessionsChart] : {std::pair{&pain, false}, std::pair{&sessions, true}}) {
        image->fill(Qt::white);
        QPainter p(image);
        if (sessionsChart) {
            detail::drawAdherenceChart(&p, style, area, checkins, rules);
        } else {
            detail::drawPainChart(&p, style, area, checkins, rules);
        }
    }
    const auto painPlot = widestRun(pain);
    const auto sessionsPlot = widestRun(sessions);
    ASSERT_GT(painPlot.second - painPlot.first, 400) << "the pain chart's plot was found";
    EXPECT_NEAR(painPlot.first, sessionsPlot.first, 1);
    EXPECT_NEAR(painPlot.second, sessionsPlot.second, 1);
    // The zones' names stand right of the plot, inside the area.
    EXPECT_LT(painPlot.second, area.right() - 20);
}

} // namespace
} // namespace glidepath::report
