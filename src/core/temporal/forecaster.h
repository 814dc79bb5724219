// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "temporal/counttable.h"
#include "util/feedback.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bib::core {

/// The forecasting methods of `bib forecast --method`.
enum class ForecastMethod
{
    HoltWinters,       ///< "ets": additive Holt–Winters, see HoltWintersForecaster
    PoissonRegression, ///< "poisson": log-linear trend + Fourier season, see PoissonRegressionForecaster
};

std::string toString(ForecastMethod method);
/// "ets" or "poisson"; InputError naming both for anything else.
ForecastMethod parseForecastMethod(const std::string& key);

/// The default season length of a period: 52 for weeks, 12 for months, 4 for quarters, and 0 (no
/// seasonality) for days (a weekly cycle is not a yearly season, and a yearly one would need 730+ days)
/// and years.
std::size_t defaultSeasonLength(Period period);

/// What every forecast needs. The probability levels are fixed: 80 % and 95 % central intervals.
struct ForecastSettings
{
    std::size_t horizon = 1;      ///< periods ahead, ≥ 1
    std::size_t seasonLength = 0; ///< periods per season; 0 or 1 = no seasonality
    /// Sample paths per aggregate for the simulated (bootstrap) intervals of bottom-up sums.
    std::size_t samplePaths = 2000;
    std::uint64_t seed = 20240101; ///< seed of those paths, recorded so a run repeats
};

/// The forecast of one series, one value per step 1 … horizon after the last observation.
///
/// Every value is ≥ 0 (counts). lo80 ≤ hi80 and lo95 ≤ lo80, hi80 ≤ hi95. The mean need not lie inside
/// a discrete (Poisson) interval: for a mean of 0.05 the 80 % interval is [0, 0].
struct SeriesForecast
{
    std::vector<double> mean;
    std::vector<double> lo80, hi80, lo95, hi95;
    std::string model; ///< e.g. "ETS(A,A,A) m=52 alpha=0.12 beta=0 gamma=0.3"
    std::string note;  ///< why the model differs from the one asked for (too short, all zeros), else ""
};

/// A model fitted to one series: its forecast distribution for the steps after the end.
class FittedForecastModel
{
public:
    virtual ~FittedForecastModel() = default;
    /// Mean of the forecast distribution `step` (≥ 1) periods after the end; may be < 0 for an
    /// additive model (the entry point clamps).
    virtual double mean(std::size_t step) const = 0;
    /// Quantile at `probability` in (0, 1) of that distribution (unclamped).
    virtual double quantile(std::size_t step, double probability) const = 0;
    virtual std::string description() const = 0;
};

/// A family of count forecasting methods behind one non-virtual entry point (STYLE.md 4).
///
/// forecast() does what every method shares: validation (finite counts ≥ 0, horizon ≥ 1), the all-zero
/// shortcut (a series without any event forecasts 0 with interval [0, 0]: no method can estimate a rate
/// from nothing), the fit, the 80/95 % interval quantiles (probabilities 0.10/0.90 and 0.025/0.975) and
/// clamping at 0. Methods hold no mutable state: safe to call from several threads on one object.
class Forecaster
{
public:
    virtual ~Forecaster() = default;

    /// Forecast of `counts` (oldest first). Throws InputError for an empty series, NaN or negative counts.
    SeriesForecast forecast(std::span<const double> counts, const ForecastSettings& settings) const;

    /// The fitted model behind forecast(), or nullptr for an all-zero series; `note` as in SeriesForecast.
    std::unique_ptr<FittedForecastModel> fit(std::span<const double> counts, std::size_t seasonLength,
                                             std::string& note) const;

    /// Bottom-up forecast of the sum of several series fitted by this forecaster (nullptr members are
    /// all-zero series and add 0). The mean is the sum of the members' clamped means, so the levels add
    /// up exactly; the intervals depend on the method (see each method's aggregateQuantiles).
    SeriesForecast aggregate(const std::vector<const FittedForecastModel*>& members,
                             const ForecastSettings& settings) const;

    /// Key of `bib forecast --method`, e.g. "ets".
    virtual std::string_view key() const = 0;

private:
    virtual std::unique_ptr<FittedForecastModel>
    fitSeries(std::span<const double> counts, std::size_t seasonLength, std::string& note) const = 0;
    /// quantiles[p][h] of the sum of the non-null `members` at step h + 1 for each probability p.
    virtual std::vector<std::vector<double>>
    aggregateQuantiles(const std::vector<const FittedForecastModel*>& members,
                       const std::vector<double>& probabilities, const ForecastSettings& settings) const = 0;
};

/// The method for a key of ForecastMethod. `harmonics` is the number of Fourier pairs of the Poisson
/// regression and of the Fourier season Holt–Winters uses for seasons longer than 24 periods.
std::unique_ptr<Forecaster> createForecaster(ForecastMethod method, std::size_t harmonics = 3);

/// A grouping of the series of a count table into one aggregate level (wijk, gemeente).
struct AreaGrouping
{
    std::string level;                ///< "wijk", "gemeente"
    std::vector<std::string> groupOf; ///< per CountTable::series: the group id, "" = in no group
};

/// CBS codes: area BU + 8 digits (e.g. BU03440101) lies in wijk WK + the first 6 digits (WK034401) and
/// gemeente GM + the first 4 (GM0344). Ids of another form get group "" with a warning (first 20, then
/// a count). Throws InputError when no id is a buurt code.
std::vector<AreaGrouping> groupingsFromCbsCodes(const CountTable& table, Feedback& feedback);

/// A forecast table: the area series, then one series per (group, category) of each level in the order
/// first seen; `layout` has the ids/categories/periods to pass to writeSeriesTable (its aggregate series
/// have no counts).
struct TableForecast
{
    CountTable layout;
    std::vector<SeriesForecast> forecasts; ///< one per layout.series
    std::size_t areaSeries = 0;            ///< the first areaSeries entries are the areas
    std::vector<std::string> notes;        ///< "<id>: note" for every area with a note
};

/// Fits every series of `table` on its periods from seriesStart on, and adds the bottom-up aggregates
/// of each grouping. Aggregates are
/// summed within a category. Cost: one fit per series plus settings.samplePaths × horizon × members
/// per aggregate for the simulated methods. Progress on `feedback`; cancellable.
TableForecast forecastTable(const CountTable& table, const Forecaster& forecaster,
                            const ForecastSettings& settings, const std::vector<AreaGrouping>& groupings,
                            Feedback& feedback);

} // namespace bib::core
