// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "privacy/publishedresult.h"
#include "temporal/areaseries.h"

#include <cstddef>
#include <string>
#include <vector>

namespace bib::core {

/// One line of a published series: a value per period (or forecast step), NaN where it is withheld
/// or was never computed (the detector's history periods); `withheld` tells the two apart.
struct PublishedLine
{
    std::vector<double> values;
    std::vector<bool> withheld;

    bool isWithheld(std::size_t i) const { return withheld[i]; }
    /// True when any value of the line is withheld.
    bool anyWithheld() const;
};

/// One area's events series as it may be shown outside the program (charts in briefings, maps,
/// the workstation's exported figures): docs/recipe.md, "Privacy", rule 7.
struct PublishedAreaSeries
{
    Period period = Period::Week;
    std::vector<std::string> periodStarts; ///< ISO dates of the shown periods, oldest first
    PublishedLine counts;
    /// Detector levels (empty lines when the source has no signal or alarm column).
    PublishedLine expected, upper;
    /// 1 = alarm in that period; false where the period's count is withheld.
    std::vector<bool> alarm;
    std::string peakDescription;

    std::vector<std::string> forecastStarts; ///< ISO dates of the forecast steps
    /// Forecast mean and central 80/95 % intervals (empty lines when the source has no forecast column).
    PublishedLine mean, lo80, hi80, lo95, hi95;
    std::string forecastMethod; ///< "ets" or "poisson"

    bool hasPeaks() const { return !expected.values.empty(); }
    bool hasForecast() const { return !mean.values.empty(); }
};

/// Applies the disclosure rules to the series of area `row` of `series` (rule 7 of docs/recipe.md):
///  - a count below privacy.minimumCount (0 included) is withheld, and so is the alarm mark of its
///    period;
///  - complementary: when a figure published elsewhere (a count column's window total, a signal
///    column's score) rests on the last `aggregateWindow` periods and one of their counts is withheld,
///    all counts of those periods are withheld, since the total minus the shown counts, or the score
///    with the shown counts, gives the withheld one back (0 = no such figure; ≥ the periods = all);
///  - the detector's expected value and upper bound of a period are withheld when any count they are
///    computed from is withheld: the `peakHistory()` periods before it (the baseline window, with guard
///    band and, for EARS C3, the two periods whose C2 statistics it adds); for EARS C3's upper bound
///    also the period itself (its upper bound is y_t + σ·(z − lagged statistics)); for the CUSUM's upper
///    bound every earlier period (it carries the CUSUM statistic from the start of the series);
///  - a forecast mean or interval bound below privacy.minimumCount is withheld (like the forecast
///    column, a small expected count is a small count).
/// The rules look at the whole series; the result then holds only the last `lastPeriods` periods (all
/// when 0 or more than there are). Throws std::out_of_range for a row ≥ series.areaCount(). O(periods).
PublishedAreaSeries publishAreaSeries(const AreaEventSeries& series, std::size_t row,
                                      const PrivacySpec& privacy, std::size_t lastPeriods = 0,
                                      std::size_t aggregateWindow = 0);

/// The longest window, in periods up to the reference period, of the figures of events source `spec`
/// that `published` shows for area `row`: a count column's `periods` (all `periodCount` when 0) and a
/// signal column's detector history + 1 (EARS: the score rests on the period and its history; CUSUM:
/// on the whole series), where the cell holds a published value; 0 when there is none. Alarm columns
/// (a 0/1 bound) and forecast columns (a fitted model of the whole series) are not windows.
std::size_t publishedAggregateWindow(const EventSourceSpec& spec, std::size_t periodCount,
                                     const PublishedResult& published, std::size_t row);

} // namespace bib::core
