// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "temporal/counttable.h"

#include <cstdint>
#include <string>

namespace bib::core {

/// Numbers the periods of the Europe/Amsterdam calendar, so that consecutive periods have
/// consecutive keys: days since 1970-01-01, ISO weeks (Monday to Sunday) since the week of
/// 1969-12-29, months and quarters since year 0, and years. Stateless and thread-safe.
class PeriodCalendar
{
public:
    explicit PeriodCalendar(Period period) : mPeriod(period) {}

    /// The key of the period holding a UTC instant, read in Amsterdam local time
    /// (amsterdamOffsetSeconds): 2024-03-31T22:30:00Z is 1 April 00:30 CEST, so it falls in
    /// April and in the week of Monday 1 April.
    std::int64_t keyOf(std::int64_t utcSeconds) const;
    /// The ISO date (YYYY-MM-DD) of the first day of the period with this key.
    std::string startDate(std::int64_t key) const;
    Period period() const { return mPeriod; }

private:
    Period mPeriod;
};

/// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's civil-date algorithms,
/// "chrono-Compatible Low-Level Date Algorithms").
std::int64_t daysFromCivil(std::int64_t year, int month, int day);
void civilFromDays(std::int64_t days, std::int64_t& year, int& month, int& day);

} // namespace bib::core
