#include "modules/charts/qt_progress_charts.h"

#include "labels.h"
#include "models/date_text.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace glidepath::ui {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// Points sit at noon local time so that no daylight-saving shift moves them to another day.
qint64 xOf(core::Date date)
{
    return QDateTime(toQDate(date), QTime(12, 0)).toMSecsSinceEpoch();
}

QString weekText(core::Date date)
{
    return QLocale().toString(toQDate(date), Labels::dateFormat(Labels::DateStyle::DayMonth));
}

QString percentText(double share)
{
    return QStringLiteral("%1%").arg(static_cast<int>(std::lround(share * 100)));
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* marker : chart->legend()->markers(series)) {
        marker->setVisible(false);
    }
}

// A horizontal band between low and high across [from, to], drawn under the data.
QAreaSeries* addBand(QChart* chart, const QString& name, const QString& objectName, qreal from,
                     qreal to, qreal low, qreal high, QColor colour)
{
    auto* upper = new QLineSeries;
    upper->append(from, high);
    upper->append(to, high);
    auto* lower = new QLineSeries;
    lower->append(from, low);
    lower->append(to, low);
    auto* band = new QAreaSeries(upper, lower);
    band->setName(name);
    band->setObjectName(objectName);
    colour.setAlpha(60);
    band->setColor(colour);
    band->setPen(Qt::NoPen);
    chart->addSeries(band);
    // The area series does not own its edges; make it, so they go with it.
    upper->setParent(band);
    lower->setParent(band);
    return band;
}

QLineSeries* addLine(QChart* chart, const QString& name, const QString& objectName, QColor colour,
                     Qt::PenStyle style = Qt::SolidLine, qreal width = 2.5)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->setObjectName(objectName);
    QPen pen(colour, width);
    pen.setStyle(style);
    line->setPen(pen);
    chart->addSeries(line);
    return line;
}

void attach(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    series->attachAxis(x);
    series->attachAxis(y);
}

QValueAxis* scoreAxis(const QString& title)
{
    auto* y = new QValueAxis;
    y->setRange(0, 10);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(title);
    return y;
}

QDateTimeAxis* dateAxis(qint64 from, qint64 to)
{
    // Ticks fall on Mondays, the day every plan week starts: the range is widened to whole
    // weeks from a Monday, and a long range ticks every second (third…) Monday.
    const QDate first = QDateTime::fromMSecsSinceEpoch(from).date();
    const QDate monday = first.addDays(1 - first.dayOfWeek());
    const QDate last = QDateTime::fromMSecsSinceEpoch(to).date();
    const qint64 days = std::max<qint64>(7, monday.daysTo(last));
    const qint64 weeks = (days + 6) / 7;
    constexpr qint64 kMaxIntervals = 8;
    const qint64 step = (weeks + kMaxIntervals - 1) / kMaxIntervals;
    const qint64 intervals = (weeks + step - 1) / step;
    auto* x = new QDateTimeAxis;
    x->setFormat(Labels::dateFormat(Labels::DateStyle::WeekdayDayMonth));
    x->setRange(QDateTime(monday, QTime(0, 0)),
                QDateTime(monday.addDays(7 * step * intervals), QTime(0, 0)));
    x->setTickCount(static_cast<int>(intervals + 1));
    return x;
}

void prepare(QChart* chart, const QString& title)
{
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

} // namespace

QtProgressCharts::QtProgressCharts()
    : m_pain(new QChart), m_adherence(new QChart), m_psfs(new QChart)
{
    m_pain->setObjectName(QStringLiteral("painChart"));
    m_adherence->setObjectName(QStringLiteral("adherenceChart"));
    m_psfs->setObjectName(QStringLiteral("psfsChart"));
}

QtProgressCharts::~QtProgressCharts()
{
    for (const QPointer<QChart>& chart : {m_pain, m_adherence, m_psfs}) {
        if (chart && !chart->scene()) {
            delete chart.data();
        }
    }
}

void QtProgressCharts::setData(const ProgressData& data, const core::ProgressionRules& rules)
{
    // The theme resets series colours, so it is set before the series are made.
    for (QChart* chart : {m_pain.data(), m_adherence.data(), m_psfs.data()}) {
        if (chart) {
            chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        }
    }
    buildPain(data, rules);
    buildAdherence(data, rules);
    buildPsfs(data);
}

void QtProgressCharts::buildPain(const ProgressData& data, const core::ProgressionRules& rules)
{
    QChart* chart = m_pain;
    if (!chart) {
        return;
    }
    clearChart(chart);
    m_markerTexts.clear();
    prepare(chart, data.empty() ? tr("Pain over the weeks - nothing recorded yet")
                                : tr("Pain over the weeks"));

    qint64 from = 0;
    qint64 to = 0;
    if (data.empty()) {
        const QDateTime now = QDateTime::currentDateTime();
        from = now.addDays(-28).toMSecsSinceEpoch();
        to = now.toMSecsSinceEpoch();
    } else {
        from = xOf(data.weeks.front().start) - 4 * kDayMs;
        to = xOf(data.weeks.back().start) + 4 * kDayMs;
    }
    auto* x = dateAxis(from, to);
    x->setTitleText(tr("Week starting"));
    auto* y = scoreAxis(tr("Pain (0-10)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // The zones of the rules: the engine's own thresholds, so the picture matches its decisions.
    const qreal green = rules.greenMaxExercisePain;
    const qreal amber = rules.amberMaxExercisePain;
    const struct
    {
        QString name;
        QString objectName;
        qreal low;
        qreal high;
        QColor colour;
    } bands[] = {
        {tr("Safe zone (0-%1)").arg(green), QStringLiteral("bandGreen"), 0, green,
         QColor(0x2e, 0x9d, 0x4b)},
        {tr("Acceptable (%1-%2)").arg(green).arg(amber), QStringLiteral("bandAmber"), green, amber,
         QColor(0xe8, 0xa3, 0x17)},
        {tr("Too high (above %1)").arg(amber), QStringLiteral("bandRed"), amber, 10,
         QColor(0xd6, 0x3b, 0x2f)},
    };
    for (const auto& band : bands) {
        QAreaSeries* area = addBand(chart, band.name, band.objectName, static_cast<qreal>(from),
                                    static_cast<qreal>(to), band.low, band.high, band.colour);
        attach(area, x, y);
        hideFromLegend(chart, area);
    }

    QLineSeries* rest =
        addLine(chart, tr("At rest"), QStringLiteral("painRest"), QColor(0x3b, 0x6e, 0xc4));
    QLineSeries* activity =
        addLine(chart, tr("In activity"), QStringLiteral("painActivity"), QColor(0x8e, 0x44, 0xad));
    QLineSeries* exercise = addLine(chart, tr("During exercise"), QStringLiteral("painExercise"),
                                    QColor(0x22, 0x22, 0x22));
    for (QLineSeries* line : {rest, activity, exercise}) {
        line->setPointsVisible(true);
        attach(line, x, y);
    }
    for (const ProgressWeek& week : data.weeks) {
        const auto at = static_cast<qreal>(xOf(week.start));
        if (week.checkIn) {
            rest->append(at, week.checkIn->painRest);
            activity->append(at, week.checkIn->painActivity);
        }
        if (const auto pain = week.exercisePain()) {
            exercise->append(at, *pain);
        }
    }

    // One marker per plan, in a row along the top, shaped and coloured by the decision.
    struct MarkerKind
    {
        core::Action action;
        QString objectName;
        QScatterSeries::MarkerShape shape;
        QColor colour;
    };
    const MarkerKind kinds[] = {
        {core::Action::Progress, QStringLiteral("markersProgress"),
         QScatterSeries::MarkerShapeTriangle, QColor(0x2e, 0x9d, 0x4b)},
        {core::Action::Hold, QStringLiteral("markersHold"), QScatterSeries::MarkerShapeCircle,
         QColor(0xe8, 0xa3, 0x17)},
        {core::Action::Regress, QStringLiteral("markersRegress"),
         QScatterSeries::MarkerShapeRotatedRectangle, QColor(0xd6, 0x3b, 0x2f)},
        {core::Action::Refer, QStringLiteral("markersRefer"), QScatterSeries::MarkerShapeRectangle,
         QColor(0x7b, 0x1f, 0x3a)},
    };
    constexpr qreal kMarkerRow = 9.4;
    for (const MarkerKind& kind : kinds) {
        auto* markers = new QScatterSeries;
        markers->setName(tr("Plan: %1").arg(Labels::of(kind.action)));
        markers->setObjectName(kind.objectName);
        markers->setMarkerShape(kind.shape);
        markers->setMarkerSize(13);
        markers->setColor(kind.colour);
        markers->setBorderColor(kind.colour.darker(140));
        for (const ProgressWeek& week : data.weeks) {
            if (!week.plan || week.plan->decision.action != kind.action) {
                continue;
            }
            const qint64 at = xOf(week.start);
            markers->append(static_cast<qreal>(at), kMarkerRow);
            QStringList lines;
            lines << tr("Plan for the week of %1: %2 (%3 light, phase %4)")
                         .arg(longDateText(week.start), Labels::of(week.plan->decision.action),
                              Labels::of(week.plan->decision.light).toLower())
                         .arg(week.plan->decision.phase);
            for (const QString& reason :
                 report::reasonTexts(week.plan->decision.reasons, m_reasonRegister)) {
                lines << QStringLiteral("• ") + reason;
            }
            m_markerTexts.insert(at, lines.join(QLatin1Char('\n')));
        }
        chart->addSeries(markers);
        attach(markers, x, y);
        if (markers->count() == 0) {
            hideFromLegend(chart, markers);
        }
        connect(markers, &QScatterSeries::hovered, this,
                [this](const QPointF& point, bool on) { hovered(markerText(point), on); });
    }
}

QWidget* QtProgressCharts::createView(Which which) const
{
    QChart* chart = which == Which::Pain        ? m_pain.data()
                    : which == Which::Adherence ? m_adherence.data()
                                                : m_psfs.data();
    auto* view = new QChartView(chart); // owns the chart from here
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

QString QtProgressCharts::markerText(const QPointF& point) const
{
    // The marker nearest in time (hover points are not exact).
    QString best;
    qint64 bestDistance = 4 * kDayMs;
    for (auto it = m_markerTexts.cbegin(); it != m_markerTexts.cend(); ++it) {
        const qint64 distance = std::llabs(it.key() - static_cast<qint64>(point.x()));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = it.value();
        }
    }
    return best;
}

void QtProgressCharts::buildAdherence(const ProgressData& data, const core::ProgressionRules& rules)
{
    QChart* chart = m_adherence;
    if (!chart) {
        return;
    }
    clearChart(chart);
    m_adherenceTexts.clear();
    prepare(chart, tr("Sessions done each week"));

    auto* ok = new QBarSet(tr("At or above %1").arg(percentText(rules.minAdherence)));
    ok->setObjectName(QStringLiteral("adherenceOk"));
    ok->setColor(QColor(0x3b, 0x8e, 0x5a));
    auto* low = new QBarSet(tr("Below %1 (the plan is held)").arg(percentText(rules.minAdherence)));
    low->setObjectName(QStringLiteral("adherenceLow"));
    low->setColor(QColor(0xd9, 0x82, 0x2b));
    QStringList categories;
    for (const ProgressWeek& week : data.weeks) {
        categories << weekText(week.start);
        const auto adherence = week.adherence();
        const double percent = adherence ? *adherence * 100.0 : 0.0;
        const bool enough = adherence && *adherence >= rules.minAdherence;
        ok->append(enough ? percent : 0.0);
        low->append(adherence && !enough ? percent : 0.0);
        QString text;
        if (!adherence) {
            text = tr("Week of %1: nothing recorded").arg(longDateText(week.start));
        } else if (week.adherenceFromLogs()) {
            text = tr("Week of %1: %2 of the planned sessions done (%n session(s) logged of %3 "
                      "planned)",
                      nullptr, week.sessionsLogged)
                       .arg(longDateText(week.start), percentText(*adherence))
                       .arg(week.sessionsPlanned);
        } else {
            text = tr("Week of %1: %2 of the planned sessions done (from the check-in)")
                       .arg(longDateText(week.start), percentText(*adherence));
        }
        m_adherenceTexts << text;
    }
    auto* bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("adherenceBars"));
    bars->append(ok);
    bars->append(low);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    connect(bars, &QStackedBarSeries::hovered, this,
            [this](bool on, int index, QBarSet*) { hovered(adherenceText(index), on); });

    auto* x = new QBarCategoryAxis;
    x->append(categories.isEmpty() ? QStringList{tr("no weeks yet")} : categories);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(bars, x, y);

    // The rule's line across the bars, on a hidden axis that spans the same categories.
    auto* span = new QValueAxis;
    const qreal count = std::max<qsizetype>(1, categories.size());
    span->setRange(-0.5, count - 0.5);
    span->setVisible(false);
    chart->addAxis(span, Qt::AlignBottom);
    QLineSeries* threshold =
        addLine(chart, tr("Needed to progress (%1)").arg(percentText(rules.minAdherence)),
                QStringLiteral("adherenceThreshold"), QColor(0x55, 0x55, 0x55), Qt::DashLine, 1.5);
    threshold->append(-0.5, rules.minAdherence * 100.0);
    threshold->append(count - 0.5, rules.minAdherence * 100.0);
    attach(threshold, span, y);
}

QString QtProgressCharts::adherenceText(int index) const
{
    return index >= 0 && index < m_adherenceTexts.size() ? m_adherenceTexts.at(index) : QString();
}

void QtProgressCharts::buildPsfs(const ProgressData& data)
{
    QChart* chart = m_psfs;
    if (!chart) {
        return;
    }
    clearChart(chart);
    prepare(chart, data.psfs.empty() ? tr("Function (PSFS) - no assessment yet")
                                     : tr("Function (PSFS average)"));
    qint64 from = 0;
    qint64 to = 0;
    if (data.psfs.empty()) {
        const QDateTime now = QDateTime::currentDateTime();
        from = now.addDays(-28).toMSecsSinceEpoch();
        to = now.toMSecsSinceEpoch();
    } else {
        from = xOf(data.psfs.front().assessment.date) - 4 * kDayMs;
        to = xOf(data.psfs.back().assessment.date) + 4 * kDayMs;
    }
    auto* x = dateAxis(from, to);
    auto* y = scoreAxis(tr("Score (0-10)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    QLineSeries* average = addLine(chart, tr("Average score"), QStringLiteral("psfsAverage"),
                                   QColor(0x3b, 0x6e, 0xc4));
    average->setPointsVisible(true);
    attach(average, x, y);
    for (const storage::StoredPsfs& stored : data.psfs) {
        if (const auto value = core::psfsAverage(stored.assessment)) {
            average->append(static_cast<qreal>(xOf(stored.assessment.date)), *value);
        }
    }
    if (data.psfs.empty()) {
        return;
    }
    const double baseline = core::psfsAverage(data.psfs.front().assessment).value_or(0.0);
    QLineSeries* base =
        addLine(chart, tr("Baseline %1").arg(QLocale().toString(baseline, 'f', 1)),
                QStringLiteral("psfsBaseline"), QColor(0x55, 0x55, 0x55), Qt::DashLine, 1.5);
    base->append(static_cast<qreal>(from), baseline);
    base->append(static_cast<qreal>(to), baseline);
    attach(base, x, y);
    const double target = std::min(10.0, baseline + data.thresholds.psfsPoints);
    QLineSeries* meaningful = addLine(
        chart,
        tr("Meaningful change (+%1)").arg(QLocale().toString(data.thresholds.psfsPoints, 'g', 3)),
        QStringLiteral("psfsMeaningful"), QColor(0x2e, 0x9d, 0x4b), Qt::DotLine, 2.0);
    meaningful->append(static_cast<qreal>(from), target);
    meaningful->append(static_cast<qreal>(to), target);
    attach(meaningful, x, y);
}

std::vector<report::ReportChart> QtProgressCharts::reportCharts(const ProgressData& data,
                                                              const core::ProgressionRules& rules,
                                                              QSize size)
{
    std::vector<report::ReportChart> out;
    if (data.empty() && data.psfs.empty()) {
        return out;
    }
    QtProgressCharts charts;
    charts.setData(data, rules);
    const auto render = [&](QChart* chart, const QString& caption) {
        // A scene of its own: the chart is drawn offscreen, without any view or window.
        QGraphicsScene scene;
        scene.addItem(chart); // the scene owns the chart from here
        chart->setBackgroundRoundness(0);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        constexpr qreal kScale = 2.0; // sharp enough for print
        QImage image(size * kScale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(kScale);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
        }
        out.push_back({image, caption.toStdString()});
    };
    render(charts.painChart(),
           tr("Pain at rest, in activity and during exercise by week, over the safe, acceptable "
              "and too-high zones; markers show each plan's decision."));
    render(charts.adherenceChart(),
           tr("Share of the planned sessions done each week (from session logs where there are "
              "any, otherwise from the check-in)."));
    if (!data.psfs.empty()) {
        render(charts.psfsChart(),
               tr("Patient-Specific Functional Scale: average score per assessment, with the "
                  "baseline and the meaningful-change line."));
    }
    return out;
}

} // namespace glidepath::ui
