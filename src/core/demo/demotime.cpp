// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demotime.h"

#include <cstdio>

namespace bib::core::demo {

using namespace std::chrono;

namespace {

sys_days lastSunday(year y, month m)
{
    return sys_days{year_month_weekday_last{y, m, weekday_last{Sunday}}};
}

} // namespace

bool isAmsterdamSummerTime(UtcMinutes instant)
{
    const year y = year_month_day{floor<days>(instant)}.year();
    const UtcMinutes start = lastSunday(y, March) + hours{1};
    const UtcMinutes end = lastSunday(y, October) + hours{1};
    return instant >= start && instant < end;
}

int amsterdamOffsetMinutes(UtcMinutes instant)
{
    return isAmsterdamSummerTime(instant) ? 120 : 60;
}

UtcMinutes fromAmsterdamWallTime(sys_days date, minutes timeOfDay)
{
    const UtcMinutes wall = date + timeOfDay;
    const UtcMinutes asSummer = wall - hours{2};
    if (isAmsterdamSummerTime(asSummer))
        return asSummer;
    const UtcMinutes asWinter = wall - hours{1};
    if (!isAmsterdamSummerTime(asWinter))
        return asWinter;
    // In the spring gap: the wall time one hour later, which is summer time.
    return asWinter;
}

std::string isoDate(sys_days date)
{
    const year_month_day ymd{date};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

std::string isoAmsterdamTime(UtcMinutes instant)
{
    const int offset = amsterdamOffsetMinutes(instant);
    const UtcMinutes local = instant + minutes{offset};
    const sys_days date = floor<days>(local);
    const auto minuteOfDay = static_cast<int>((local - date).count());
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:00+%02d:00", isoDate(date).c_str(), minuteOfDay / 60,
                  minuteOfDay % 60, offset / 60);
    return buffer;
}

} // namespace bib::core::demo
