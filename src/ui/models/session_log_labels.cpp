#include "models/session_log_labels.h"

#include <QLocale>

#include <cmath>

namespace glidepath::ui {

QString SessionLogLabels::of(core::LogStatus status)
{
    switch (status) {
    case core::LogStatus::Done:
        return tr("Done");
    case core::LogStatus::Partly:
        return tr("Partly");
    case core::LogStatus::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString SessionLogLabels::fieldName(const std::string& field, const QString& exerciseName)
{
    const QString text = QString::fromStdString(field);
    const QString last = text.section(QLatin1Char('/'), -1);
    QString what;
    if (last == QLatin1String("sets_done")) {
        what = tr("sets done");
    } else if (last == QLatin1String("sets_planned")) {
        what = tr("sets planned");
    } else if (last == QLatin1String("pain") || last == QLatin1String("session_pain")) {
        what = tr("pain");
    } else if (last == QLatin1String("difficulty")) {
        what = tr("difficulty");
    } else if (last == QLatin1String("exercise")) {
        what = tr("exercise");
    } else if (last == QLatin1String("status")) {
        what = tr("status");
    } else if (last == QLatin1String("planned_date")) {
        what = tr("planned session");
    } else if (last == QLatin1String("note")) {
        what = tr("note");
    } else if (last == QLatin1String("entries")) {
        what = tr("exercises");
    } else if (last == QLatin1String("date")) {
        what = tr("date");
    } else {
        what = text;
    }
    if (!exerciseName.isEmpty()) {
        return tr("%1, %2").arg(exerciseName, what);
    }
    return what;
}

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString points(double value)
{
    // 2 -> "2", 1.16 -> "1.16"
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return number(value, whole ? 0 : 2);
}

} // namespace

QString SessionLogLabels::nprsThreshold(const core::MeaningfulChange& thresholds)
{
    if (thresholds.nprsShare > 0.0) {
        return tr("meaningful change: %1 points or %2 % of the baseline")
            .arg(points(thresholds.nprsPoints))
            .arg(static_cast<int>(std::lround(thresholds.nprsShare * 100)));
    }
    return tr("meaningful change: %1 points").arg(points(thresholds.nprsPoints));
}

QString SessionLogLabels::psfsThreshold(const core::MeaningfulChange& thresholds)
{
    return tr("meaningful change: %1 points on the average").arg(points(thresholds.psfsPoints));
}

QString SessionLogLabels::change(const core::ScoreChange& change, int decimals)
{
    QString signedValue = number(change.change, decimals);
    if (change.change > 0) {
        signedValue.prepend(QLatin1Char('+'));
    }
    if (change.improved) {
        return tr("%1 (meaningful improvement)").arg(signedValue);
    }
    if (change.worse) {
        return tr("%1 (meaningfully worse)").arg(signedValue);
    }
    return tr("%1 (not a meaningful change yet)").arg(signedValue);
}

} // namespace glidepath::ui
