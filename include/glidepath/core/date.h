#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace glidepath::core {

using Date = std::chrono::sys_days;

// Strict ISO 8601 calendar date "YYYY-MM-DD"; nullopt for anything else or an impossible date.
std::optional<Date> parseIsoDate(std::string_view text);
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
