#pragma once

#include "models/progress_data.h"

#include <glidepath/core/progression_rules.h>
#include <glidepath/report/handout_renderer.h>
#include <glidepath/report/reason_text.h>

#include <QChart>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QStringList>

#include <vector>

class QPointF;

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
class ProgressCharts : public QObject
{
    Q_OBJECT

public:
    explicit ProgressCharts(QObject* parent = nullptr);
    ~ProgressCharts() override;

    // Dark charts for a dark palette; takes effect at the next setData.
    void setDark(bool dark) { m_dark = dark; }
    void setData(const ProgressData& data, const core::ProgressionRules& rules);

    QChart* painChart() const { return m_pain; }
    QChart* adherenceChart() const { return m_adherence; }
    QChart* psfsChart() const { return m_psfs; }

    // What hovering a decision marker at point shows: the plan's decision and reasons.
    QString markerText(const QPointF& point) const;
    // What hovering the adherence bar of week index shows.
    QString adherenceText(int index) const;

    // The charts drawn offscreen for the clinician summary PDF, each size (logical pixels,
    // rendered at twice the resolution for print). PSFS is left out when there is none.
    static std::vector<report::ReportChart> reportCharts(const ProgressData& data,
                                                         const core::ProgressionRules& rules,
                                                         QSize size = QSize(900, 380));

signals:
    // A marker or bar was hovered (on) or left (!on); text is the tooltip.
    void hoverText(const QString& text, bool on);

public:
    // The words of the plan markers' reasons: clinician, or client in personal mode.
    void setReasonRegister(report::Register reg) { m_reasonRegister = reg; }

private:
    report::Register m_reasonRegister = report::Register::Clinician;
    void buildPain(const ProgressData& data, const core::ProgressionRules& rules);
    void buildAdherence(const ProgressData& data, const core::ProgressionRules& rules);
    void buildPsfs(const ProgressData& data);

    // A QChartView that shows a chart owns it from then on; the rest are deleted with this object.
    QPointer<QChart> m_pain;
    QPointer<QChart> m_adherence;
    QPointer<QChart> m_psfs;
    QHash<qint64, QString> m_markerTexts; // by the marker's x (ms since epoch)
    QStringList m_adherenceTexts;         // by week index
    bool m_dark = false;
};

} // namespace glidepath::ui
