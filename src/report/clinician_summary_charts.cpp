// The clinician summary's "Charts" section (see summary_charts.h).

#include "handout_blocks.h"
#include "summary_charts.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace glidepath::report::detail {

namespace {

class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

// A chart with its caption centred under it.
Block captioned(const Style& s, DrawFn chart, const QString& caption)
{
    return drawnBlock(
        [&s, chart, caption](QPainter* p, const QRectF& area) {
            double y = area.top() + chart(p, area) + s.space(3.0);
            y += s.text(p, QRectF(area.left(), y, area.width(), 0), caption,
                        s.font(TextRole::Small), Style::muted(), Qt::AlignHCenter);
            return y - area.top();
        },
        s.space(10.0));
}

// A caller's picture, fitted to the text width and no taller than about half a page.
Block picture(const Style& s, const ReportChart& chart)
{
    const QImage image = chart.image;
    return captioned(
        s,
        [&s, image](QPainter* p, const QRectF& area) {
            double width = area.width();
            double height = width * image.height() / std::max(1, image.width());
            const double maxHeight = s.pt(330.0);
            if (height > maxHeight) {
                width *= maxHeight / height;
                height = maxHeight;
            }
            if (p != nullptr) {
                p->save();
                p->setRenderHint(QPainter::SmoothPixmapTransform, true);
                p->drawImage(
                    QRectF(area.left() + (area.width() - width) / 2.0, area.top(), width, height),
                    image);
                p->restore();
            }
            return height;
        },
        QString::fromStdString(chart.caption));
}

} // namespace

void addSummaryCharts(PageLayout& layout, const Style& s, const HandoutData& data,
                      std::span<const ReportChart> charts)
{
    std::vector<Block> blocks;
    // The report's own charts: the same in the app and from the CLI.
    if (!data.checkins.empty()) {
        const std::span<const core::CheckIn> checkins(data.checkins);
        const core::ProgressionRules& rules = data.rules;
        blocks.push_back(captioned(
            s,
            [&s, checkins, &rules](QPainter* p, const QRectF& a) {
                return drawPainChart(p, s, a, checkins, rules);
            },
            Handout::tr("Pain (0 to 10) at each check-in, over the exercise-pain zones of the "
                        "rules.")));
        blocks.push_back(captioned(
            s,
            [&s, checkins, &rules](QPainter* p, const QRectF& a) {
                return drawAdherenceChart(p, s, a, checkins, rules);
            },
            Handout::tr("Share of planned sessions done, as reported at each check-in; hollow "
                        "bars are below the rule.")));
    }
    if (!data.psfs.empty()) {
        const std::span<const core::PsfsAssessment> psfs(data.psfs);
        const double points = core::meaningfulChangeFor(data.profile).psfsPoints;
        blocks.push_back(captioned(
            s,
            [&s, psfs, points](QPainter* p, const QRectF& a) {
                return drawPsfsChart(p, s, a, psfs, points);
            },
            Handout::tr("Function (patient-specific functional scale): 0 = unable to do the "
                        "activity, 10 = able to do it as before the problem.")));
    }
    for (const ReportChart& chart : charts) {
        if (!chart.image.isNull()) {
            blocks.push_back(picture(s, chart));
        }
    }
    if (blocks.empty()) {
        return;
    }
    Block heading = headingBlock(s, Handout::tr("Charts"), s.space(16.0));
    heading.bookmark = Handout::tr("Charts");
    layout.add(std::move(heading));
    // Consecutive charts travel in pairs: a lone chart never opens a near-empty last page.
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        blocks[i].keepWithNext = i + 2 == blocks.size();
        layout.add(std::move(blocks[i]));
    }
}

} // namespace glidepath::report::detail
