#include <glidepath/core/date.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

using namespace glidepath::core;
using namespace std::chrono;

namespace {

// Sets the process time zone for one test and puts the old one back. POSIX zone strings
// ("<-08>8") need no tz database, so the test runs the same on a bare machine.
class TimeZone
{
public:
    explicit TimeZone(const char* zone)
    {
        if (const char* old = std::getenv("TZ")) {
            m_old = old;
        }
        ::setenv("TZ", zone, 1);
        ::tzset();
    }
    ~TimeZone()
    {
        if (m_old) {
            ::setenv("TZ", m_old->c_str(), 1);
        } else {
            ::unsetenv("TZ");
        }
        ::tzset();
    }
    TimeZone(const TimeZone&) = delete;
    TimeZone& operator=(const TimeZone&) = delete;

private:
    std::optional<std::string> m_old;
};

// 2026-12-07 03:30 UTC: Sunday 19:30 in Los Angeles (UTC-8), Monday in London.
system_clock::time_point mondayEarlyUtc()
{
    return sys_days{year{2026} / 12 / 7} + hours{3} + minutes{30};
}

// 2026-12-06 11:00 UTC: a Sunday in London, already Monday 01:00 on Kiritimati (UTC+14).
system_clock::time_point sundayMorningUtc()
{
    return sys_days{year{2026} / 12 / 6} + hours{11};
}

} // namespace

TEST(LocalDate, SundayEveningInTheAmericasIsStillSunday)
{
    TimeZone zone("<-08>8"); // America/Los_Angeles in winter
    const Date today = localDate(mondayEarlyUtc());
    EXPECT_EQ(toIsoString(today), "2026-12-06");
    EXPECT_EQ(weekdayIndex(today), 6); // Sunday
}

TEST(LocalDate, FarEastOfUtcTheDateIsAheadOfUtc)
{
    TimeZone zone("<+14>-14"); // Pacific/Kiritimati
    const Date today = localDate(sundayMorningUtc());
    EXPECT_EQ(toIsoString(today), "2026-12-07");
    EXPECT_EQ(weekdayIndex(today), 0); // Monday
}

TEST(LocalDate, InUtcItIsTheUtcDate)
{
    TimeZone zone("UTC0");
    EXPECT_EQ(toIsoString(localDate(mondayEarlyUtc())), "2026-12-07");
    EXPECT_EQ(toIsoString(localDate(sundayMorningUtc())), "2026-12-06");
}

TEST(SystemClock, TodayIsTheLocalDateOfNow)
{
    TimeZone zone("<-08>8");
    const SystemClock clock([] { return mondayEarlyUtc(); });
    EXPECT_EQ(toIsoString(clock.today()), "2026-12-06");
}

TEST(SystemClock, TodayFollowsTheZoneInForce)
{
    const SystemClock clock([] { return sundayMorningUtc(); });
    {
        TimeZone zone("<+14>-14");
        EXPECT_EQ(toIsoString(clock.today()), "2026-12-07");
    }
    {
        TimeZone zone("<-10>10"); // Honolulu: 01:00 on Sunday
        EXPECT_EQ(toIsoString(clock.today()), "2026-12-06");
    }
}
