// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/eventcolumns.h"

#include "io/events.h"
#include "temporal/aggregation.h"
#include "temporal/periodcalendar.h"
#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bib::core {

namespace {

EventSource eventSource(const EventSourceSpec& spec)
{
    EventSource source;
    source.path = spec.path;
    source.layer = spec.layer;
    source.xField = spec.x;
    source.yField = spec.y;
    source.lonField = spec.lon;
    source.latField = spec.lat;
    source.wktField = spec.wkt;
    source.codeField = spec.code;
    source.crs = spec.crs;
    source.timeField = spec.time;
    source.categoryField = spec.category;
    return source;
}

/// Indices into result.categories of the categories the spec counts (all without a category field).
std::vector<std::size_t> selectedCategories(const AggregationResult& result, const EventSourceSpec& spec)
{
    std::vector<std::size_t> selected;
    if (spec.category.empty()) {
        for (std::size_t c = 0; c < result.categories.size(); ++c)
            selected.push_back(c);
        return selected;
    }
    for (const std::string& wanted : spec.categories) {
        const auto it = std::find(result.categories.begin(), result.categories.end(), wanted);
        if (it == result.categories.end()) {
            std::string seen;
            for (const auto& name : result.categories)
                seen += (seen.empty() ? "\"" : ", \"") + name + "\"";
            throw InputError("categories: no counted event has the category \"" + wanted +
                             "\" in the field '" + spec.category + "'; the categories are " + seen);
        }
        selected.push_back(static_cast<std::size_t>(it - result.categories.begin()));
    }
    return selected;
}

/// The counts per area from the first period to the reference period, as a count table.
CountTable seriesUpToReference(const AreaSet& areas, const AggregationResult& result,
                               const EventSourceSpec& spec)
{
    const PeriodCalendar calendar(spec.period);
    std::int64_t firstUtc = 0;
    parseTimestamp(result.periodStarts.front(), firstUtc);
    const std::int64_t first = calendar.keyOf(firstUtc);
    std::int64_t reference = first + static_cast<std::int64_t>(result.periodCount()) - 1;
    if (!spec.end.empty()) {
        std::int64_t endUtc = 0;
        parseTimestamp(spec.end, endUtc);
        reference = calendar.keyOf(endUtc);
        if (reference < first)
            throw InputError("end: " + spec.end + " lies before the period of the first counted event (" +
                             result.periodStarts.front() + ")");
    }
    CountTable table;
    table.idField = areas.idField;
    table.period = spec.period;
    for (std::int64_t key = first; key <= reference; ++key)
        table.periods.push_back(calendar.startDate(key));
    const std::vector<std::size_t> categories = selectedCategories(result, spec);
    const std::size_t observed = std::min(table.periods.size(), result.periodCount());
    for (std::size_t a = 0; a < areas.size(); ++a) {
        CountSeries series{areas.id(a), "", std::vector<double>(table.periods.size(), 0.0), {}};
        for (std::size_t t = 0; t < observed; ++t)
            for (std::size_t c : categories)
                series.counts[t] += static_cast<double>(result.count(a, t, c));
        table.series.push_back(std::move(series));
    }
    return table;
}

std::vector<double> windowCounts(const CountTable& table, std::size_t periods)
{
    const std::size_t length = table.periods.size();
    const std::size_t window = periods == 0 ? length : periods;
    if (window > length)
        throw InputError("periods: a window of " + std::to_string(window) + " " + toString(table.period) +
                         "s needs that many periods, but the events cover " + std::to_string(length) + " (" +
                         table.periods.front() + " … " + table.periods.back() + ")");
    std::vector<double> values;
    values.reserve(table.series.size());
    for (const CountSeries& s : table.series) {
        double sum = 0;
        for (std::size_t t = length - window; t < length; ++t)
            sum += s.counts[t];
        values.push_back(sum);
    }
    return values;
}

std::vector<double> peakColumn(const CountTable& table, const EventColumnSpec& column,
                               const std::string& path, EventColumnsReport& report, AreaEventSeries* series,
                               Feedback& feedback)
{
    const auto detector = createPeakDetector(column.peakMethod, column.peakOptions);
    const std::vector<PeakResult> results = detectPeaks(table, *detector, path, feedback);
    if (series && !series->hasPeaks())
        series->setPeaks(results, *detector, column.name);
    const std::size_t last = table.periods.size() - 1;
    std::vector<double> values;
    values.reserve(results.size());
    std::size_t notFinite = 0;
    for (const PeakResult& r : results) {
        if (column.measure == EventMeasure::Alarm) {
            values.push_back(r.alarm[last] ? 1.0 : 0.0);
            continue;
        }
        const bool finite = std::isfinite(r.score[last]);
        notFinite += finite ? 0 : 1;
        values.push_back(finite ? r.score[last] : std::numeric_limits<double>::quiet_NaN());
    }
    if (notFinite > 0)
        report.notes.push_back(column.name + ": " + std::to_string(notFinite) + " of " +
                               std::to_string(values.size()) +
                               " areas have no score (their baseline has no variation, σ = 0); "
                               "\"min_sigma\" (e.g. 1) gives them one");
    return values;
}

std::vector<double> forecastColumn(const CountTable& table, const EventColumnSpec& column, std::uint64_t seed,
                                   EventColumnsReport& report, AreaEventSeries* series, Feedback& feedback)
{
    const auto forecaster = createForecaster(column.forecastMethod);
    ForecastSettings settings;
    settings.horizon = column.periods;
    settings.seasonLength = defaultSeasonLength(table.period);
    settings.seed = seed;
    const TableForecast forecast = forecastTable(table, *forecaster, settings, {}, feedback);
    if (series && !series->hasForecast())
        series->setForecast(forecast, toString(column.forecastMethod), column.name);
    std::vector<double> values;
    values.reserve(forecast.areaSeries);
    for (std::size_t s = 0; s < forecast.areaSeries; ++s) {
        double sum = 0;
        for (double mean : forecast.forecasts[s].mean)
            sum += mean;
        values.push_back(sum);
    }
    if (!forecast.notes.empty())
        report.notes.push_back(column.name + ": " + std::to_string(forecast.notes.size()) +
                               " areas with a model note, e.g. " + forecast.notes.front());
    return values;
}

EventColumnsReport addColumns(AreaSet& areas, const EventSourceSpec& spec, std::uint64_t seed,
                              AreaEventSeries* series, Feedback& feedback)
{
    for (std::size_t c = 0; c < spec.columns.size(); ++c)
        if (areas.column(spec.columns[c].name) || areas.textColumn(spec.columns[c].name))
            throw InputError("columns[" + std::to_string(c) + "].name: '" + spec.columns[c].name +
                             "' is already a column of the areas or a table; choose another name");
    AggregationOptions options;
    options.period = spec.period;
    const AggregationResult result = aggregateEvents(areas, eventSource(spec), options, feedback);
    const CountTable table = seriesUpToReference(areas, result, spec);
    if (series)
        series->setCounts(spec.path, table);

    EventColumnsReport report;
    report.path = spec.path;
    report.rowsRead = result.rowsRead;
    report.outside = result.outside;
    report.unmatched = result.unmatched;
    report.badPosition = result.badPosition;
    report.badTime = result.badTime;
    for (const CountSeries& s : table.series)
        for (double c : s.counts)
            report.counted += static_cast<std::size_t>(c);
    report.period = spec.period;
    report.firstPeriod = table.periods.front();
    report.referencePeriod = table.periods.back();
    report.periods = table.periods.size();

    const Provenance provenance{spec.path, "", std::nullopt};
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
        feedback.throwIfCancelled();
        const EventColumnSpec& column = spec.columns[c];
        std::vector<double> values;
        try {
            switch (column.measure) {
            case EventMeasure::Count:
                values = windowCounts(table, column.periods);
                break;
            case EventMeasure::Signal:
            case EventMeasure::Alarm:
                values = peakColumn(table, column, spec.path, report, series, feedback);
                break;
            case EventMeasure::Forecast:
                values = forecastColumn(table, column, seed, report, series, feedback);
                break;
            }
        } catch (const InputError& e) {
            throw InputError("columns[" + std::to_string(c) + "] (" + column.name + "): " + e.what());
        }
        areas.setColumn(Column{column.name, std::move(values), provenance});
        report.columns.push_back(column.name);
    }
    return report;
}

} // namespace

EventColumnsReport addEventColumns(AreaSet& areas, const EventSourceSpec& spec, const std::string& keyPath,
                                   std::uint64_t seed, Feedback& feedback, AreaEventSeries* series)
{
    try {
        return addColumns(areas, spec, seed, series, feedback);
    } catch (const CrsError& e) {
        throw CrsError(keyPath + ": " + e.what());
    } catch (const InputError& e) {
        throw InputError(keyPath + ": " + e.what());
    }
}

} // namespace bib::core
