#pragma once

// Dates between core and Qt, and in words. Apart from client_labels.h so that the charts module
// (modules/charts) can use them without the rest of the UI.

#include <glidepath/core/date.h>

#include <QDate>
#include <QString>

namespace glidepath::ui {

QDate toQDate(core::Date date);
core::Date fromQDate(const QDate& date);
// "Mon 6 May" in the user's locale.
QString shortDayText(core::Date date);
// "6 May 2024" in the user's locale.
QString longDateText(core::Date date);

} // namespace glidepath::ui
