#pragma once

#include "models/progress_data.h"

#include <glidepath/core/progression_rules.h>
#include <glidepath/report/handout_renderer.h>
#include <glidepath/report/reason_text.h>

#include <QSize>
#include <QString>
#include <QtPlugin>

#include <functional>
#include <memory>
#include <vector>

class QChart;
class QPointF;
class QWidget;

namespace glidepath::ui {

// The three charts of the Progress page, rebuilt from ProgressData:
//  - pain over the weeks (at rest, in activity, during exercise) over the green / amber / red
//    zones of the rules, with a marker per saved plan (progress, hold, step back, refer) whose
//    hover text gives the plan's reasons;
//  - sessions done per week (stacked bars: at or above the adherence rule, below it) with the
//    rule's line;
//  - the PSFS average per assessment with the baseline and the meaningful-change line.
// Series carry object names ("painRest", "markersProgress", "adherenceOk", "psfsBaseline"...)
// so that tests and accessibility tools can find them.
// Qt Charts is loaded only with the charts module (modules/charts), when the Progress page or a
// clinician summary first needs a chart: this is the module's interface.
class ProgressCharts
{
public:
    enum class Which
    {
        Pain,
        Adherence,
        Psfs
    };

    virtual ~ProgressCharts() = default;

    // Dark charts for a dark palette; takes effect at the next setData.
    virtual void setDark(bool dark) = 0;
    // The words of the plan markers' reasons: clinician, or client in personal mode.
    virtual void setReasonRegister(report::Register reg) = 0;
    virtual void setData(const ProgressData& data, const core::ProgressionRules& rules) = 0;

    virtual QChart* painChart() const = 0;
    virtual QChart* adherenceChart() const = 0;
    virtual QChart* psfsChart() const = 0;
    // A view showing one of the charts (a QChartView, antialiased), owned by the caller.
    virtual QWidget* createView(Which which) const = 0;

    // What hovering a decision marker at point shows: the plan's decision and reasons.
    virtual QString markerText(const QPointF& point) const = 0;
    // What hovering the adherence bar of week index shows.
    virtual QString adherenceText(int index) const = 0;
    // Called when a marker or bar is hovered (on) or left (!on); text is the tooltip.
    virtual void onHover(std::function<void(const QString& text, bool on)> handler) = 0;
};

class ChartsModule
{
public:
    virtual ~ChartsModule() = default;
    virtual std::unique_ptr<ProgressCharts> createProgressCharts() = 0;
    // The charts drawn offscreen for the clinician summary PDF, each size (logical pixels,
    // rendered at twice the resolution for print). PSFS is left out when there is none.
    virtual std::vector<report::ReportChart>
    reportCharts(const ProgressData& data, const core::ProgressionRules& rules, QSize size) = 0;
};

// The charts module, loaded on first use; nullptr with why in *error when it cannot be loaded.
ChartsModule* chartsModule(QString* error = nullptr);

} // namespace glidepath::ui

#define GLIDEPATH_CHARTS_MODULE_IID "org.glidepath.ChartsModule/1"
Q_DECLARE_INTERFACE(glidepath::ui::ChartsModule, GLIDEPATH_CHARTS_MODULE_IID)
