#pragma once

#include <QString>

#include <string>

namespace glidepath::ui {

// The engine words its reasons and advice in plain English, but with ISO dates ("2025-03-05")
// and, in places, its own ids ("locked_knee", "patellofemoral_pain"). Before people read them,
// dates take the one style the app uses ("Wed 5 Mar 2025", from QLocale) and ids become their
// labels; a bracketed red-flag id, which only repeats the question quoted before it, goes.
QString engineText(const std::string& text);
QString engineText(const QString& text);

} // namespace glidepath::ui
