// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/periodcalendar.h"

#include "io/events.h"

#include <cstdio>

namespace bib::core {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
// 1970-01-01 was a Thursday; the ISO week holding it began on Monday 1969-12-29, 3 days earlier.
constexpr std::int64_t kDaysFromMonday = 3;

std::int64_t floorDivide(std::int64_t value, std::int64_t divisor)
{
    const std::int64_t quotient = value / divisor;
    return quotient * divisor > value ? quotient - 1 : quotient;
}

std::string isoDate(std::int64_t days)
{
    std::int64_t year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02d-%02d", static_cast<long long>(year), month, day);
    return buffer;
}

} // namespace

std::int64_t daysFromCivil(std::int64_t year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = floorDivide(year, 400);
    const std::int64_t yearOfEra = year - era * 400;
    const std::int64_t dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void civilFromDays(std::int64_t days, std::int64_t& year, int& month, int& day)
{
    days += 719468;
    const std::int64_t era = floorDivide(days, 146097);
    const std::int64_t dayOfEra = days - era * 146097;
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t shiftedMonth = (5 * dayOfYear + 2) / 153;
    day = static_cast<int>(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    month = static_cast<int>(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
}

std::int64_t PeriodCalendar::keyOf(std::int64_t utcSeconds) const
{
    const std::int64_t days = floorDivide(utcSeconds + amsterdamOffsetSeconds(utcSeconds), kSecondsPerDay);
    if (mPeriod == Period::Day)
        return days;
    if (mPeriod == Period::Week)
        return floorDivide(days + kDaysFromMonday, 7);
    std::int64_t year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    if (mPeriod == Period::Month)
        return year * 12 + month - 1;
    if (mPeriod == Period::Quarter)
        return year * 4 + (month - 1) / 3;
    return year;
}

std::string PeriodCalendar::startDate(std::int64_t key) const
{
    switch (mPeriod) {
    case Period::Day:
        return isoDate(key);
    case Period::Week:
        return isoDate(key * 7 - kDaysFromMonday);
    case Period::Month:
        return isoDate(
            daysFromCivil(floorDivide(key, 12), static_cast<int>(key - floorDivide(key, 12) * 12) + 1, 1));
    case Period::Quarter:
        return isoDate(
            daysFromCivil(floorDivide(key, 4), static_cast<int>(key - floorDivide(key, 4) * 4) * 3 + 1, 1));
    case Period::Year:
        break;
    }
    return isoDate(daysFromCivil(key, 1, 1));
}

} // namespace bib::core
