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

class SystemClock final : public Clock
{
public:
    Date today() const override;
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
