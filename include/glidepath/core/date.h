#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace glidepath::core {

using Date = std::chrono::sys_days;

// Strict ISO 8601 calendar date "YYYY-MM-DD"; nullopt for anything else or an impossible date.
std::optional<Date> parseIsoDate(std::string_view text);

// The dates Glidepath accepts from people and files. They sit far inside the years 0000-9999 that
// toIsoString writes and parseIsoDate reads, so every date derived from an accepted one (a plan's
// days, the next review, a date a year on) reads back. 9999-12-31 as a week_start would give
// plan days in the year 10000, which no date field can hold.
inline constexpr Date kEarliestDate{std::chrono::year{1900} / 1 / 1};
inline constexpr Date kLatestDate{std::chrono::year{2200} / 12 / 31};
constexpr bool isAcceptedDate(Date date)
{
    return date >= kEarliestDate && date <= kLatestDate;
}
std::string toIsoString(Date date);
// 0 = Monday ... 6 = Sunday.
int weekdayIndex(Date date);

// Time is injected so that date logic is testable and plans are reproducible.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual Date today() const = 0;
};

// The calendar date of an instant in the process's local time zone (TZ), not in UTC: on a
// Sunday evening in the Americas UTC is already Monday, and "today" must be what the user's
// calendar says.
Date localDate(std::chrono::system_clock::time_point instant);

// Today's local date from the wall clock. The instant source can be replaced so tests can pin
// "now" and still go through the local-time conversion.
class SystemClock final : public Clock
{
public:
    using Now = std::chrono::system_clock::time_point (*)();
    explicit SystemClock(Now now = &std::chrono::system_clock::now) : m_now(now) {}
    Date today() const override;

private:
    Now m_now;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(Date date) : m_date(date) {}
    Date today() const override { return m_date; }
    void set(Date date) { m_date = date; }

private:
    Date m_date;
};

} // namespace glidepath::core
