// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/areaseries.h"

#include "util/error.h"

#include <cmath>
#include <stdexcept>

namespace bib::core {

namespace {

std::uint32_t wholeCount(double count)
{
    if (!(count >= 0.0) || count > 4294967295.0)
        throw InternalError("AreaEventSeries: a count must be a whole number in 0 … 2³² − 1");
    return static_cast<std::uint32_t>(std::llround(count));
}

template <typename T>
std::span<const T> slice(const std::vector<T>& values, std::size_t row, std::size_t length)
{
    if (values.empty())
        return {};
    return std::span<const T>(values).subspan(row * length, length);
}

} // namespace

void AreaEventSeries::setCounts(const std::string& path, const CountTable& table)
{
    *this = AreaEventSeries();
    mPath = path;
    mPeriod = table.period;
    mPeriodStarts = table.periods;
    mAreaCount = table.series.size();
    const std::size_t length = mPeriodStarts.size();
    mCounts.reserve(mAreaCount * length);
    for (const CountSeries& series : table.series) {
        if (series.counts.size() != length)
            throw InternalError("AreaEventSeries: a series of " + series.id +
                                " does not span the table's periods");
        for (double count : series.counts)
            mCounts.push_back(wholeCount(count));
    }
}

void AreaEventSeries::setPeaks(const std::vector<PeakResult>& results, const PeakDetector& detector,
                               const std::string& column)
{
    const std::size_t length = periodCount();
    if (results.size() != mAreaCount)
        throw InternalError("AreaEventSeries: one peak result per area expected");
    mPeakMethod = detector.method();
    mPeakDescription = detector.description();
    mPeakHistory = detector.history();
    mPeakColumn = column;
    mExpected.assign(mAreaCount * length, std::nanf(""));
    mUpper.assign(mAreaCount * length, std::nanf(""));
    mAlarm.assign(mAreaCount * length, 0);
    for (std::size_t a = 0; a < mAreaCount; ++a) {
        const PeakResult& r = results[a];
        if (r.expected.size() != length || r.upper.size() != length || r.alarm.size() != length)
            throw InternalError("AreaEventSeries: a peak result does not span the periods");
        for (std::size_t t = 0; t < length; ++t) {
            mExpected[a * length + t] = static_cast<float>(r.expected[t]);
            mUpper[a * length + t] = static_cast<float>(r.upper[t]);
            mAlarm[a * length + t] = r.alarm[t] ? 1 : 0;
        }
    }
}

void AreaEventSeries::setForecast(const TableForecast& forecast, const std::string& method,
                                  const std::string& column)
{
    if (forecast.areaSeries != mAreaCount || forecast.forecasts.size() < mAreaCount)
        throw InternalError("AreaEventSeries: one forecast per area expected");
    const std::size_t horizon = mAreaCount == 0 ? 0 : forecast.forecasts.front().mean.size();
    mHorizon = horizon;
    mForecastMethod = method;
    mForecastColumn = column;
    mForecastStarts.clear();
    std::string start = mPeriodStarts.empty() ? std::string() : mPeriodStarts.back();
    for (std::size_t h = 0; h < horizon && !start.empty(); ++h) {
        start = nextPeriodStart(start, mPeriod);
        mForecastStarts.push_back(start);
    }
    for (std::vector<float>* v : {&mMean, &mLo80, &mHi80, &mLo95, &mHi95}) {
        v->clear();
        v->reserve(mAreaCount * horizon);
    }
    for (std::size_t a = 0; a < mAreaCount; ++a) {
        const SeriesForecast& f = forecast.forecasts[a];
        if (f.mean.size() != horizon || f.lo80.size() != horizon || f.hi80.size() != horizon ||
            f.lo95.size() != horizon || f.hi95.size() != horizon)
            throw InternalError("AreaEventSeries: the forecasts differ in horizon");
        for (std::size_t h = 0; h < horizon; ++h) {
            mMean.push_back(static_cast<float>(f.mean[h]));
            mLo80.push_back(static_cast<float>(f.lo80[h]));
            mHi80.push_back(static_cast<float>(f.hi80[h]));
            mLo95.push_back(static_cast<float>(f.lo95[h]));
            mHi95.push_back(static_cast<float>(f.hi95[h]));
        }
    }
}

AreaSeriesView AreaEventSeries::area(std::size_t row) const
{
    if (row >= mAreaCount)
        throw std::out_of_range("AreaEventSeries::area: row " + std::to_string(row) + " of " +
                                std::to_string(mAreaCount));
    const std::size_t length = periodCount();
    AreaSeriesView view;
    view.counts = slice(mCounts, row, length);
    view.expected = slice(mExpected, row, length);
    view.upper = slice(mUpper, row, length);
    view.alarm = slice(mAlarm, row, length);
    view.mean = slice(mMean, row, mHorizon);
    view.lo80 = slice(mLo80, row, mHorizon);
    view.hi80 = slice(mHi80, row, mHorizon);
    view.lo95 = slice(mLo95, row, mHorizon);
    view.hi95 = slice(mHi95, row, mHorizon);
    return view;
}

} // namespace bib::core
