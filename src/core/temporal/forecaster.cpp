// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/forecaster.h"

#include "temporal/holtwinters.h"
#include "temporal/poissonregression.h"
#include "util/error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace bib::core {

namespace {

/// Probabilities of lo95, lo80, hi80, hi95.
const std::vector<double> intervalProbabilities{0.025, 0.10, 0.90, 0.975};
constexpr std::size_t maximumHorizon = 1000;

void checkSettings(const ForecastSettings& settings)
{
    if (settings.horizon < 1 || settings.horizon > maximumHorizon)
        throw InputError("the forecast horizon must be 1 … " + std::to_string(maximumHorizon) +
                         " periods, got " + std::to_string(settings.horizon));
}

SeriesForecast zeroForecast(std::size_t horizon)
{
    SeriesForecast f;
    f.mean = f.lo80 = f.hi80 = f.lo95 = f.hi95 = std::vector<double>(horizon, 0.0);
    f.model = "zero";
    f.note = "no events in the series: forecast 0";
    return f;
}

/// Clamps at 0 and keeps the intervals nested (they are by construction; clamping keeps that).
SeriesForecast fromQuantiles(std::vector<double> mean, const std::vector<std::vector<double>>& q)
{
    SeriesForecast f;
    for (double& m : mean)
        m = std::max(m, 0.0);
    f.mean = std::move(mean);
    auto clamped = [](std::vector<double> v) {
        for (double& x : v)
            x = std::max(x, 0.0);
        return v;
    };
    f.lo95 = clamped(q[0]);
    f.lo80 = clamped(q[1]);
    f.hi80 = clamped(q[2]);
    f.hi95 = clamped(q[3]);
    return f;
}

SeriesForecast forecastFromModel(const FittedForecastModel& model, std::size_t horizon)
{
    std::vector<double> mean(horizon);
    std::vector<std::vector<double>> quantiles(intervalProbabilities.size(), mean);
    for (std::size_t h = 0; h < horizon; ++h) {
        mean[h] = model.mean(h + 1);
        for (std::size_t q = 0; q < intervalProbabilities.size(); ++q)
            quantiles[q][h] = model.quantile(h + 1, intervalProbabilities[q]);
    }
    SeriesForecast f = fromQuantiles(std::move(mean), quantiles);
    f.model = model.description();
    return f;
}

bool isBuurtCode(const std::string& id)
{
    if (id.size() != 10 || id.compare(0, 2, "BU") != 0)
        return false;
    return std::all_of(id.begin() + 2, id.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

} // namespace

std::string toString(ForecastMethod method)
{
    return method == ForecastMethod::PoissonRegression ? "poisson" : "ets";
}

ForecastMethod parseForecastMethod(const std::string& key)
{
    if (key == "ets")
        return ForecastMethod::HoltWinters;
    if (key == "poisson")
        return ForecastMethod::PoissonRegression;
    throw InputError("unknown forecast method '" + key + "': use ets (Holt–Winters) or poisson");
}

std::size_t defaultSeasonLength(Period period)
{
    switch (period) {
    case Period::Week:
        return 52;
    case Period::Month:
        return 12;
    case Period::Quarter:
        return 4;
    case Period::Day:
    case Period::Year:
        return 0;
    }
    return 0;
}

std::unique_ptr<FittedForecastModel> Forecaster::fit(std::span<const double> counts, std::size_t seasonLength,
                                                     std::string& note) const
{
    if (counts.empty())
        throw InputError("cannot forecast an empty series");
    bool anyEvent = false;
    for (std::size_t t = 0; t < counts.size(); ++t) {
        if (!(counts[t] >= 0) || std::isinf(counts[t]))
            throw InputError("count " + std::to_string(t + 1) + " is missing, negative or infinite");
        anyEvent = anyEvent || counts[t] > 0;
    }
    if (!anyEvent) {
        note = "no events in the series: forecast 0";
        return nullptr;
    }
    return fitSeries(counts, seasonLength, note);
}

SeriesForecast Forecaster::forecast(std::span<const double> counts, const ForecastSettings& settings) const
{
    checkSettings(settings);
    std::string note;
    const auto model = fit(counts, settings.seasonLength, note);
    if (!model)
        return zeroForecast(settings.horizon);
    SeriesForecast f = forecastFromModel(*model, settings.horizon);
    f.note = note;
    return f;
}

SeriesForecast Forecaster::aggregate(const std::vector<const FittedForecastModel*>& members,
                                     const ForecastSettings& settings) const
{
    checkSettings(settings);
    std::vector<double> mean(settings.horizon, 0.0);
    std::size_t fitted = 0;
    for (const FittedForecastModel* member : members) {
        if (!member)
            continue;
        ++fitted;
        for (std::size_t h = 0; h < settings.horizon; ++h)
            mean[h] += std::max(member->mean(h + 1), 0.0);
    }
    if (fitted == 0)
        return zeroForecast(settings.horizon);
    SeriesForecast f =
        fromQuantiles(std::move(mean), aggregateQuantiles(members, intervalProbabilities, settings));
    f.model = "bottom-up sum of " + std::to_string(members.size()) + " series";
    return f;
}

std::unique_ptr<Forecaster> createForecaster(ForecastMethod method, std::size_t harmonics)
{
    if (method == ForecastMethod::PoissonRegression)
        return std::make_unique<PoissonRegressionForecaster>(harmonics);
    return std::make_unique<HoltWintersForecaster>(harmonics);
}

std::vector<AreaGrouping> groupingsFromCbsCodes(const CountTable& table, Feedback& feedback)
{
    AreaGrouping wijk{"wijk", {}}, gemeente{"gemeente", {}};
    std::size_t other = 0;
    for (const CountSeries& s : table.series) {
        if (isBuurtCode(s.id)) {
            wijk.groupOf.push_back("WK" + s.id.substr(2, 6));
            gemeente.groupOf.push_back("GM" + s.id.substr(2, 4));
            continue;
        }
        wijk.groupOf.emplace_back();
        gemeente.groupOf.emplace_back();
        if (++other <= 20)
            feedback.warn("", s.id, -1,
                          "not a CBS buurt code (BU + 8 digits): left out of the wijk and gemeente sums");
    }
    if (other > 20)
        feedback.warn("", "", -1,
                      std::to_string(other - 20) + " more series without a buurt code left out of the sums");
    if (other == table.series.size())
        throw InputError("--wijk-from-code: no id is a CBS buurt code (BU + 8 digits, e.g. BU03440101)");
    return {wijk, gemeente};
}

TableForecast forecastTable(const CountTable& table, const Forecaster& forecaster,
                            const ForecastSettings& settings, const std::vector<AreaGrouping>& groupings,
                            Feedback& feedback)
{
    checkSettings(settings);
    TableForecast result;
    result.layout.idField = table.idField;
    result.layout.period = table.period;
    result.layout.periods = table.periods;
    std::vector<std::unique_ptr<FittedForecastModel>> models;
    const std::size_t count = table.series.size();
    for (std::size_t s = 0; s < count; ++s) {
        feedback.throwIfCancelled();
        feedback.setProgress(90.0 * static_cast<double>(s) /
                             static_cast<double>(std::max<std::size_t>(count, 1)));
        const CountSeries& series = table.series[s];
        std::string note;
        // Only the series' own periods: those before its start are unknown (readCountTable).
        const std::span<const double> observed =
            std::span<const double>(series.counts)
                .subspan(std::min(seriesStart(series), series.counts.size()));
        models.push_back(forecaster.fit(observed, settings.seasonLength, note));
        SeriesForecast f = models.back() ? forecastFromModel(*models.back(), settings.horizon)
                                         : zeroForecast(settings.horizon);
        f.note = note;
        if (!f.note.empty())
            result.notes.push_back(series.id + (series.category.empty() ? "" : "/" + series.category) + ": " +
                                   f.note);
        result.layout.series.push_back({series.id, series.category, {}, {}});
        result.forecasts.push_back(std::move(f));
    }
    result.areaSeries = count;
    for (const AreaGrouping& grouping : groupings) {
        if (grouping.groupOf.size() != count)
            throw InternalError("forecastTable: a grouping needs one group per series");
        std::map<std::pair<std::string, std::string>, std::size_t> index;
        std::vector<std::vector<const FittedForecastModel*>> members;
        std::vector<std::pair<std::string, std::string>> keys;
        for (std::size_t s = 0; s < count; ++s) {
            if (grouping.groupOf[s].empty())
                continue;
            const auto key = std::make_pair(grouping.groupOf[s], table.series[s].category);
            const auto [it, added] = index.emplace(key, members.size());
            if (added) {
                members.emplace_back();
                keys.push_back(key);
            }
            members[it->second].push_back(models[s].get());
        }
        for (std::size_t g = 0; g < members.size(); ++g) {
            feedback.throwIfCancelled();
            ForecastSettings groupSettings = settings;
            groupSettings.seed = settings.seed + 0x9E3779B97F4A7C15ULL * (g + 1);
            result.layout.series.push_back({keys[g].first, keys[g].second, {}, {}});
            result.forecasts.push_back(forecaster.aggregate(members[g], groupSettings));
            result.forecasts.back().model += " (" + grouping.level + ")";
        }
    }
    feedback.setProgress(100);
    return result;
}

} // namespace bib::core
