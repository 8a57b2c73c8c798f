#include "models/date_text.h"

#include "labels.h"

#include <QLocale>

#include <chrono>

namespace glidepath::ui {

QDate toQDate(core::Date date)
{
    const std::chrono::year_month_day ymd{date};
    return QDate(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                 static_cast<int>(static_cast<unsigned>(ymd.day())));
}

core::Date fromQDate(const QDate& date)
{
    return std::chrono::sys_days{std::chrono::year{date.year()} /
                                 std::chrono::month{static_cast<unsigned>(date.month())} /
                                 std::chrono::day{static_cast<unsigned>(date.day())}};
}

QString shortDayText(core::Date date)
{
    return QLocale().toString(toQDate(date),
                              Labels::dateFormat(Labels::DateStyle::WeekdayDayMonth));
}

QString longDateText(core::Date date)
{
    return QLocale().toString(toQDate(date), Labels::dateFormat(Labels::DateStyle::LongDate));
}

} // namespace glidepath::ui
