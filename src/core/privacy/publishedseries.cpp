// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/publishedseries.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bib::core {

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

/// Counts of withheld periods before each period: withheldBefore[i] = #withheld in [0, i).
class WithheldRanges
{
public:
    explicit WithheldRanges(const std::vector<bool>& withheld) : mBefore(withheld.size() + 1, 0)
    {
        for (std::size_t i = 0; i < withheld.size(); ++i)
            mBefore[i + 1] = mBefore[i] + (withheld[i] ? 1 : 0);
    }
    /// Any period in [first, last] withheld; first is clamped at 0 (a signed start may lie before it).
    bool any(std::ptrdiff_t first, std::size_t last) const
    {
        const std::size_t from = first < 0 ? 0 : static_cast<std::size_t>(first);
        return from <= last && mBefore[last + 1] > mBefore[from];
    }

private:
    std::vector<std::size_t> mBefore;
};

/// The first period of the counts an upper bound at t rests on, and whether t itself is one of them.
struct UpperDependency
{
    bool fromStart = false;
    bool includesPeriod = false;
};

UpperDependency upperDependency(PeakMethod method)
{
    switch (method) {
    case PeakMethod::EarsC3:
        return {false, true};
    case PeakMethod::PoissonCusum:
        return {true, false};
    case PeakMethod::EarsC1:
    case PeakMethod::EarsC2:
        break;
    }
    return {};
}

void publishPeaks(const AreaEventSeries& series, const AreaSeriesView& view, const std::vector<bool>& small,
                  PublishedAreaSeries& out)
{
    const std::size_t n = view.counts.size();
    const WithheldRanges ranges(small);
    const auto history = static_cast<std::ptrdiff_t>(series.peakHistory());
    const UpperDependency upper = upperDependency(series.peakMethod());
    out.expected = {std::vector<double>(n, missing), std::vector<bool>(n, false)};
    out.upper = out.expected;
    out.alarm.assign(n, false);
    for (std::size_t t = 0; t < n; ++t) {
        const auto signedT = static_cast<std::ptrdiff_t>(t);
        const bool windowWithheld = t > 0 && ranges.any(signedT - history, t - 1);
        if (std::isfinite(view.expected[t])) {
            out.expected.withheld[t] = windowWithheld;
            out.expected.values[t] = windowWithheld ? missing : view.expected[t];
        }
        if (std::isfinite(view.upper[t])) {
            bool withheld = windowWithheld || (upper.includesPeriod && small[t]);
            if (upper.fromStart)
                withheld = t > 0 && ranges.any(0, t - 1);
            out.upper.withheld[t] = withheld;
            out.upper.values[t] = withheld ? missing : view.upper[t];
        }
        out.alarm[t] = !small[t] && view.alarm[t] != 0;
    }
    out.peakDescription = series.peakDescription();
}

PublishedLine publishForecastLine(std::span<const float> values, double minimumCount)
{
    PublishedLine line{std::vector<double>(values.size(), missing), std::vector<bool>(values.size(), false)};
    for (std::size_t h = 0; h < values.size(); ++h) {
        if (!std::isfinite(values[h]))
            continue;
        line.withheld[h] = values[h] < minimumCount;
        line.values[h] = line.withheld[h] ? missing : values[h];
    }
    return line;
}

void keepLast(PublishedLine& line, std::size_t drop)
{
    if (line.values.empty())
        return;
    line.values.erase(line.values.begin(), line.values.begin() + static_cast<std::ptrdiff_t>(drop));
    line.withheld.erase(line.withheld.begin(), line.withheld.begin() + static_cast<std::ptrdiff_t>(drop));
}

} // namespace

bool PublishedLine::anyWithheld() const
{
    return std::find(withheld.begin(), withheld.end(), true) != withheld.end();
}

PublishedAreaSeries publishAreaSeries(const AreaEventSeries& series, std::size_t row,
                                      const PrivacySpec& privacy, std::size_t lastPeriods,
                                      std::size_t aggregateWindow)
{
    const AreaSeriesView view = series.area(row);
    const double minimumCount = privacy.minimumCount;
    const std::size_t n = view.counts.size();
    PublishedAreaSeries out;
    out.period = series.period();
    out.periodStarts = series.periodStarts();

    std::vector<bool> small(n, false);
    for (std::size_t t = 0; t < n; ++t)
        small[t] = static_cast<double>(view.counts[t]) < minimumCount;
    const auto window = static_cast<std::ptrdiff_t>(std::min(aggregateWindow, n));
    if (window > 0 && std::find(small.end() - window, small.end(), true) != small.end())
        std::fill(small.end() - window, small.end(), true);
    out.counts = {std::vector<double>(n, missing), small};
    for (std::size_t t = 0; t < n; ++t)
        out.counts.values[t] = small[t] ? missing : static_cast<double>(view.counts[t]);
    if (series.hasPeaks())
        publishPeaks(series, view, small, out);
    if (series.hasForecast()) {
        out.forecastStarts = series.forecastStarts();
        out.forecastMethod = series.forecastMethod();
        out.mean = publishForecastLine(view.mean, minimumCount);
        out.lo80 = publishForecastLine(view.lo80, minimumCount);
        out.hi80 = publishForecastLine(view.hi80, minimumCount);
        out.lo95 = publishForecastLine(view.lo95, minimumCount);
        out.hi95 = publishForecastLine(view.hi95, minimumCount);
    }

    const std::size_t keep = lastPeriods == 0 ? n : std::min(lastPeriods, n);
    const std::size_t drop = n - keep;
    out.periodStarts.erase(out.periodStarts.begin(),
                           out.periodStarts.begin() + static_cast<std::ptrdiff_t>(drop));
    for (PublishedLine* line : {&out.counts, &out.expected, &out.upper})
        keepLast(*line, drop);
    if (!out.alarm.empty())
        out.alarm.erase(out.alarm.begin(), out.alarm.begin() + static_cast<std::ptrdiff_t>(drop));
    return out;
}

std::size_t publishedAggregateWindow(const EventSourceSpec& spec, std::size_t periodCount,
                                     const PublishedResult& published, std::size_t row)
{
    std::size_t window = 0;
    for (const EventColumnSpec& column : spec.columns) {
        const Column* cells = published.areas.column(column.name);
        if (!cells || row >= cells->values.size() || published.isWithheld(column.name, row) ||
            !std::isfinite(cells->values[row]))
            continue;
        if (column.measure == EventMeasure::Count)
            window = std::max(window, column.periods == 0 ? periodCount : column.periods);
        else if (column.measure == EventMeasure::Signal)
            window = std::max(window,
                              column.peakMethod == PeakMethod::PoissonCusum
                                  ? periodCount
                                  : createPeakDetector(column.peakMethod, column.peakOptions)->history() + 1);
    }
    return std::min(window, periodCount);
}

} // namespace bib::core
