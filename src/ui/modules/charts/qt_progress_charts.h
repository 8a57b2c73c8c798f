#pragma once

#include "widgets/progress/progress_charts.h"

#include <QChart>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace glidepath::ui {

// ProgressCharts drawn with Qt Charts; lives in the charts module (modules/charts).
class QtProgressCharts final : public QObject, public ProgressCharts
{
    Q_OBJECT

public:
    QtProgressCharts();
    ~QtProgressCharts() override;

    void setDark(bool dark) override { m_dark = dark; }
    void setReasonRegister(report::Register reg) override { m_reasonRegister = reg; }
    void setData(const ProgressData& data, const core::ProgressionRules& rules) override;

    QChart* painChart() const override { return m_pain; }
    QChart* adherenceChart() const override { return m_adherence; }
    QChart* psfsChart() const override { return m_psfs; }
    QWidget* createView(Which which) const override;

    QString markerText(const QPointF& point) const override;
    QString adherenceText(int index) const override;
    void onHover(std::function<void(const QString& text, bool on)> handler) override
    {
        m_hover = std::move(handler);
    }

    static std::vector<report::ReportChart>
    reportCharts(const ProgressData& data, const core::ProgressionRules& rules, QSize size);

private:
    void hovered(const QString& text, bool on) const
    {
        if (m_hover) {
            m_hover(text, on);
        }
    }
    void buildPain(const ProgressData& data, const core::ProgressionRules& rules);
    void buildAdherence(const ProgressData& data, const core::ProgressionRules& rules);
    void buildPsfs(const ProgressData& data);

    report::Register m_reasonRegister = report::Register::Clinician;
    // A QChartView that shows a chart owns it from then on; the rest are deleted with this object.
    QPointer<QChart> m_pain;
    QPointer<QChart> m_adherence;
    QPointer<QChart> m_psfs;
    QHash<qint64, QString> m_markerTexts; // by the marker's x (ms since epoch)
    QStringList m_adherenceTexts;         // by week index
    bool m_dark = false;
    std::function<void(const QString&, bool)> m_hover;
};

} // namespace glidepath::ui
