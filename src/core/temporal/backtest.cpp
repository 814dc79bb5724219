// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/backtest.h"

#include "util/error.h"

#include <algorithm>
#include <cmath>

namespace bib::core {

std::vector<double> seasonalNaiveForecast(std::span<const double> history, std::size_t m, std::size_t horizon)
{
    if (history.empty())
        throw InputError("a seasonal naive forecast needs at least one period");
    const std::size_t n = history.size();
    std::vector<double> forecast(horizon);
    for (std::size_t h = 1; h <= horizon; ++h) {
        if (m < 2 || n < m) {
            forecast[h - 1] = history.back();
            continue;
        }
        const std::size_t seasonsBack = (h - 1) / m + 1;
        forecast[h - 1] = history[n + h - m * seasonsBack - 1];
    }
    return forecast;
}

BacktestResult backtest(const CountTable& table, const Forecaster& forecaster,
                        const BacktestSettings& settings, Feedback& feedback)
{
    const std::size_t horizon = settings.forecast.horizon;
    const std::size_t m = settings.forecast.seasonLength >= 2 ? settings.forecast.seasonLength : 0;
    const std::size_t minimum = settings.minimumTraining ? settings.minimumTraining : (m ? 2 * m + 1 : 8);
    const std::size_t n = table.periods.size();
    if (horizon < 1 || settings.origins < 1 || settings.step < 1)
        throw InputError("back-test: horizon, origins and step must be at least 1");
    if (n < minimum + horizon)
        throw InputError("back-test: " + std::to_string(n) +
                         " periods are too few for a training series of " + std::to_string(minimum) +
                         " and a horizon of " + std::to_string(horizon));
    std::vector<std::size_t> origins;
    for (std::size_t k = 0; k < settings.origins; ++k) {
        const std::size_t back = horizon + k * settings.step;
        if (back > n || n - back < minimum)
            break;
        origins.push_back(n - back);
    }
    BacktestResult result;
    result.origins = origins.size();
    double methodTotal = 0, naiveTotal = 0;
    std::size_t errorCount = 0;
    for (std::size_t s = 0; s < table.series.size(); ++s) {
        feedback.throwIfCancelled();
        feedback.setProgress(100.0 * static_cast<double>(s) / static_cast<double>(table.series.size()));
        const CountSeries& series = table.series[s];
        BacktestSeries row{series.id, series.category, 0, 0, 0};
        const std::size_t start = seriesStart(series); // earlier periods are unknown (readCountTable)
        for (std::size_t origin : origins) {
            if (origin < start + minimum)
                continue;
            const std::span<const double> history(series.counts.data() + start, origin - start);
            const SeriesForecast f = forecaster.forecast(history, settings.forecast);
            const std::vector<double> naive = seasonalNaiveForecast(history, m, horizon);
            for (std::size_t h = 0; h < horizon; ++h) {
                const double truth = series.counts[origin + h];
                row.methodMae += std::abs(f.mean[h] - truth);
                row.naiveMae += std::abs(naive[h] - truth);
                ++row.errors;
            }
        }
        if (row.errors == 0)
            continue; // the series starts too late for any origin
        methodTotal += row.methodMae;
        naiveTotal += row.naiveMae;
        errorCount += row.errors;
        row.methodMae /= static_cast<double>(row.errors);
        row.naiveMae /= static_cast<double>(row.errors);
        result.series.push_back(std::move(row));
    }
    result.methodMae = errorCount ? methodTotal / static_cast<double>(errorCount) : std::nan("");
    result.naiveMae = errorCount ? naiveTotal / static_cast<double>(errorCount) : std::nan("");
    result.skill = result.naiveMae > 0 ? 1 - result.methodMae / result.naiveMae : std::nan("");
    feedback.setProgress(100);
    return result;
}

} // namespace bib::core
