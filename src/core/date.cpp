#include <glidepath/core/date.h>

#include <cstdio>
#include <ctime>

namespace glidepath::core {

std::optional<Date> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    auto number = [&](std::size_t from, std::size_t count) -> int {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return -1;
            }
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int y = number(0, 4);
    const int m = number(5, 2);
    const int d = number(8, 2);
    if (y < 0 || m < 0 || d < 0) {
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd{std::chrono::year{y},
                                          std::chrono::month{static_cast<unsigned>(m)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return Date{ymd};
}

std::string toIsoString(Date date)
{
    const std::chrono::year_month_day ymd{date};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

int weekdayIndex(Date date)
{
    return static_cast<int>(std::chrono::weekday{date}.iso_encoding()) - 1;
}

Date localDate(std::chrono::system_clock::time_point instant)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(instant);
    std::tm parts{};
#ifdef _WIN32
    localtime_s(&parts, &seconds);
#else
    localtime_r(&seconds, &parts);
#endif
    return Date{std::chrono::year{parts.tm_year + 1900} /
                std::chrono::month{static_cast<unsigned>(parts.tm_mon + 1)} /
                std::chrono::day{static_cast<unsigned>(parts.tm_mday)}};
}

Date SystemClock::today() const
{
    return localDate(m_now());
}

} // namespace glidepath::core
