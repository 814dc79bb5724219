// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "temporal/counttable.h"
#include "temporal/forecaster.h"
#include "temporal/peakdetector.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace bib::core {

/// One area's slice of an AreaEventSeries: views into its arrays, valid as long as the series lives.
/// Every observed array has AreaEventSeries::periodCount() values (oldest first, the last one is the
/// reference period); every forecast array has horizon() values (step 1 … horizon after the reference).
struct AreaSeriesView
{
    std::span<const std::uint32_t> counts; ///< events per period
    /// Peak detector per period (empty when the source has no signal/alarm column): the baseline mean
    /// and the alarm threshold (NaN for the history-only periods, and where upper is NaN in PeakResult).
    std::span<const float> expected, upper;
    std::span<const std::uint8_t> alarm; ///< 1 = alarm (minimum-count rule applied), else 0
    /// Forecast per step (empty when the source has no forecast column), all ≥ 0 (clamped as
    /// Forecaster::forecast does); central 80 % and 95 % prediction intervals.
    std::span<const float> mean, lo80, hi80, lo95, hi95;
};

/// The per-area time series of one events source of a recipe: the counts per area and period that
/// addEventColumns computed, with the peak detector's expected/upper/alarm (of the first signal or
/// alarm column of the source) and the forecast (of its first forecast column), kept so that charts
/// can draw them. Filled by addEventColumns from the same computation that gives the columns.
///
/// Areas are indexed like the rows of the AreaSet the columns were added to. Storage is area-major
/// and compact (uint32 counts, float levels, uint8 alarms): 13,594 areas × 104 weeks with peaks take
/// about 20 MB. Floats hold expected/upper/forecasts to ~7 significant digits — for drawing; the
/// derived columns keep full precision. Filled once, then read-only: const access from several threads
/// is safe. The series holds unpublished counts: whatever shows them outside the program goes through
/// publishAreaSeries (privacy/publishedseries.h).
class AreaEventSeries
{
public:
    /// Sets the periods and the counts of every series of `table` (one series per area, no category
    /// split, no NaN: counts are whole numbers ≥ 0; InternalError otherwise). Clears peaks and forecast.
    void setCounts(const std::string& path, const CountTable& table);
    /// Keeps expected/upper/alarm of `results` (one per area, each as long as the periods), made by
    /// `detector` for the recipe column `column`.
    void setPeaks(const std::vector<PeakResult>& results, const PeakDetector& detector,
                  const std::string& column);
    /// Keeps mean and intervals of the first areaCount() forecasts of `forecast` (all with the same
    /// horizon). `method` is the Forecaster key ("ets", "poisson"), `column` the recipe column.
    void setForecast(const TableForecast& forecast, const std::string& method, const std::string& column);

    const std::string& path() const { return mPath; } ///< the events source, as in the recipe
    Period period() const { return mPeriod; }
    /// ISO dates (YYYY-MM-DD, Europe/Amsterdam calendar) of the period starts, oldest first; the last
    /// one is the reference period.
    const std::vector<std::string>& periodStarts() const { return mPeriodStarts; }
    std::size_t periodCount() const { return mPeriodStarts.size(); }
    std::size_t areaCount() const { return mAreaCount; }

    bool hasPeaks() const { return !mExpected.empty(); }
    PeakMethod peakMethod() const { return mPeakMethod; }
    /// PeakDetector::description(), e.g. "ears-c2 (baseline 7, guard band 2, alpha 0.001, min-count 5)".
    const std::string& peakDescription() const { return mPeakDescription; }
    /// PeakDetector::history(): periods before the first judged one (expected/upper NaN there).
    std::size_t peakHistory() const { return mPeakHistory; }
    const std::string& peakColumn() const { return mPeakColumn; }

    bool hasForecast() const { return mHorizon > 0; }
    std::size_t horizon() const { return mHorizon; }
    /// ISO dates of the forecast periods (the horizon() periods after the reference period).
    const std::vector<std::string>& forecastStarts() const { return mForecastStarts; }
    const std::string& forecastMethod() const { return mForecastMethod; } ///< "ets" or "poisson"
    const std::string& forecastColumn() const { return mForecastColumn; }

    /// The series of one area (a row of the AreaSet); throws std::out_of_range for a row ≥ areaCount().
    AreaSeriesView area(std::size_t row) const;

private:
    std::string mPath;
    Period mPeriod = Period::Week;
    std::vector<std::string> mPeriodStarts;
    std::size_t mAreaCount = 0;
    std::vector<std::uint32_t> mCounts; ///< [area × periods + t]
    PeakMethod mPeakMethod = PeakMethod::EarsC2;
    std::string mPeakDescription, mPeakColumn;
    std::size_t mPeakHistory = 0;
    std::vector<float> mExpected, mUpper; ///< [area × periods + t]
    std::vector<std::uint8_t> mAlarm;     ///< [area × periods + t]
    std::size_t mHorizon = 0;
    std::vector<std::string> mForecastStarts;
    std::string mForecastMethod, mForecastColumn;
    std::vector<float> mMean, mLo80, mHi80, mLo95, mHi95; ///< [area × horizon + h]
};

} // namespace bib::core
