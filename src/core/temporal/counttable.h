// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/feedback.h"

#include <string>
#include <vector>

namespace bib::core {

/// The time unit of a count series.
enum class Period
{
    Day,
    Week, ///< ISO week, starting on Monday
    Month,
    Quarter,
    Year,
};

/// The counts of one area (and category) over consecutive periods without gaps.
struct CountSeries
{
    std::string id;       ///< area id
    std::string category; ///< "" when the counts are not split by category
    /// One per period of CountTable::periods, 0 where nothing happened; NaN for the periods before the
    /// series starts (see seriesStart), which are unknown, not empty.
    std::vector<double> counts;
    std::vector<double>
        rates; ///< per 1,000 of the denominator, when the table has a rate column (else empty)
};

/// A table of counts per area and period as `bib aggregate` writes it: columns `<id>,
/// period_start, category, count[, rate]`, period_start an ISO date (the first day of the period
/// in the Europe/Amsterdam calendar).
struct CountTable
{
    std::string idField;
    Period period = Period::Week;
    std::vector<std::string> periods; ///< ISO dates of all period starts, consecutive, oldest first
    std::vector<CountSeries> series;  ///< one per (id, category), in the order first seen
};

/// Reads a count table. The periods are made consecutive and shared by all series; each series starts
/// at its own first row: the periods before it are NaN (unknown — another area's data may simply
/// begin earlier, and a detector must not see invented zeros there), missing periods after it are
/// filled with 0 counts (`bib aggregate` writes zeros, other tools may write only the non-zero rows).
/// The period length is inferred from the dates (7 days → Week, …). Throws InputError naming the file
/// and row for a missing column, an unreadable date or count, a negative or fractional count, or
/// dates that fit no period.
CountTable readCountTable(const std::string& path, Feedback& feedback);

/// Writes rows `<id>, period_start, category, <columns…>` atomically; values[c][s][t] is column c
/// of series s at period firstPeriod + t, counting from table.periods.front() (so firstPeriod =
/// periods.size() writes the periods after the table's end, as a forecast does). NaN = empty cell.
void writeSeriesTable(const std::string& path, const CountTable& table,
                      const std::vector<std::string>& columns,
                      const std::vector<std::vector<std::vector<double>>>& values, std::size_t firstPeriod,
                      const std::vector<std::string>& inputs);

/// The index of the first period of `series` with a count (not NaN); counts.size() when there is none.
std::size_t seriesStart(const CountSeries& series);

/// The first day of the period after `isoDate` (e.g. "2024-01-01" + Week → "2024-01-08").
std::string nextPeriodStart(const std::string& isoDate, Period period);

std::string toString(Period period);

} // namespace bib::core
