// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "temporal/counttable.h"
#include "temporal/forecaster.h"
#include "util/feedback.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace bib::core {

/// Seasonal naive forecast (FPP3 §5.2): ŷ_{n+h} = y_{n+h−m(k+1)}, k = ⌊(h − 1)/m⌋ — the value of the same
/// period one season earlier. Naive (the last value) when m < 2 or the history is shorter than m.
std::vector<double> seasonalNaiveForecast(std::span<const double> history, std::size_t seasonLength,
                                          std::size_t horizon);

struct BacktestSettings
{
    ForecastSettings forecast; ///< horizon and season length of every fit
    /// Rolling origins: the last `origins` forecast origins n − h, n − h − step, … (FPP3 §5.10,
    /// "time series cross-validation"); fewer when the series is too short for them.
    std::size_t origins = 8;
    std::size_t step = 1;
    /// The shortest training series; 0 = two seasons + 1 (or 8 periods without season), so that
    /// Holt–Winters can be seasonal at every origin.
    std::size_t minimumTraining = 0;
};

/// Mean absolute errors of one series over all origins and steps 1 … horizon.
struct BacktestSeries
{
    std::string id;
    std::string category;
    double methodMae = 0;
    double naiveMae = 0;
    std::size_t errors = 0; ///< origins × horizon
};

struct BacktestResult
{
    std::vector<BacktestSeries> series; ///< in table order; series too short for one origin are left out
    std::size_t origins = 0;            ///< origins used per series
    double methodMae = 0;               ///< over all errors of all series
    double naiveMae = 0;
    /// 1 − methodMae / naiveMae: > 0 when the method beats the seasonal naive forecast (a relative MAE,
    /// like Hyndman & Koehler's 2006 MASE but scaled by the naive's out-of-sample error). NaN when
    /// naiveMae = 0.
    double skill = 0;
};

/// Rolling-origin back-test of `forecaster` against the seasonal naive forecast on every series of
/// `table`: at each origin both forecast `horizon` periods from the counts before it and are compared
/// with the held-out counts. The method's clamped mean (≥ 0) is its point forecast. InputError when no
/// series is long enough for one origin. Cost: origins × one fit per series. Cancellable.
BacktestResult backtest(const CountTable& table, const Forecaster& forecaster,
                        const BacktestSettings& settings, Feedback& feedback);

} // namespace bib::core
