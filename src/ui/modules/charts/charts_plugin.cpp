// The charts module: the Progress page's charts and the clinician summary's chart images through
// Qt Charts, in a plugin of its own so that Qt Charts (and the OpenGL libraries it pulls in) are
// loaded when a chart is first needed, not at every start of the app.
#include "modules/charts/qt_progress_charts.h"

#include <QObject>

namespace glidepath::ui {

class ChartsPlugin final : public QObject, public ChartsModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GLIDEPATH_CHARTS_MODULE_IID)
    Q_INTERFACES(glidepath::ui::ChartsModule)

public:
    std::unique_ptr<ProgressCharts> createProgressCharts() override
    {
        return std::make_unique<QtProgressCharts>();
    }
    std::vector<report::ReportChart>
    reportCharts(const ProgressData& data, const core::ProgressionRules& rules, QSize size) override
    {
        return QtProgressCharts::reportCharts(data, rules, size);
    }
};

} // namespace glidepath::ui

#include "charts_plugin.moc"
