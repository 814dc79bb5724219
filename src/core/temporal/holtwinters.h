// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "temporal/forecaster.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace bib::core {

/// Smoothing parameters of additive Holt–Winters in the component (R `stats::HoltWinters`) form:
///   level    ℓ_t = α (y_t − s_{t−m}) + (1 − α)(ℓ_{t−1} + b_{t−1})
///   trend    b_t = β (ℓ_t − ℓ_{t−1}) + (1 − β) b_{t−1}
///   season   s_t = γ (y_t − ℓ_t) + (1 − γ) s_{t−m}
/// Each in [0, 1]. In the error-correction (ETS(A,A,A)) form of Hyndman et al. (2008) these are
/// α, β_ets = αβ and γ_ets = (1 − α)γ.
struct HoltWintersParameters
{
    double alpha = 0.3;
    double beta = 0.1;
    double gamma = 0.1;
};

/// A fixed seasonal curve of K Fourier pairs (Hyndman & Athanasopoulos, FPP3 §7.4 "Fourier series"):
///   ŝ_t = Σ_{k=1}^{K} [a_k sin(2πkt/m) + b_k cos(2πkt/m)],  t = 1, 2, … the period number,
/// the sine of k = m/2 left out (0 at every whole t), K = min(harmonics, ⌊m/2⌋).
struct FourierSeason
{
    std::size_t seasonLength = 0; ///< m; 0 = no season (ŝ = 0)
    std::size_t harmonics = 0;    ///< K
    /// a_1, b_1, a_2, b_2, … in the column order of PoissonRegressionForecaster::design().
    std::vector<double> coefficients;
    double intercept = 0;                ///< β₀ of the regression below (the line at t = 0)
    double slope = 0;                    ///< β₁
    double at(std::size_t period) const; ///< ŝ_t for the 1-based period number t
};

/// The seasonal part of the ordinary least-squares fit
///   y_t = β₀ + β₁·t + ŝ_t + e_t,  t = 1 … n
/// (Eigen column-pivoting QR; R: `lm(y ~ t + sin(2*pi*k*t/m) + cos(2*pi*k*t/m) …)`, the regression of
/// forecast::fourier() terms). The trend column keeps a trend out of the season. InputError when the
/// design is rank deficient (n below 2 + 2K).
FourierSeason fitFourierSeason(std::span<const double> counts, std::size_t seasonLength,
                               std::size_t harmonics);

/// A filtered Holt–Winters model: states at the end of the series, one-step residuals and σ².
class HoltWintersModel final : public FittedForecastModel
{
public:
    /// ℓ_n + h·b_n + s_{n+h−m(k+1)} with k = ⌊(h − 1)/m⌋ (R `predict.HoltWinters`; FPP3 §8.3).
    double mean(std::size_t step) const override;
    /// mean + z_p·σ_h, z_p the standard normal quantile, σ_h from forecastVariance().
    double quantile(std::size_t step, double probability) const override;
    std::string description() const override;

    /// The class-1 forecast variance of ETS(A,A,A) / ETS(A,A,N) (Hyndman, Koehler, Ord & Snyder 2008,
    /// "Forecasting with Exponential Smoothing", ch. 6, Table 6.1; FPP3 §8.7):
    ///   σ_h² = σ² [1 + Σ_{j=1}^{h−1} c_j²],  c_j = α(1 + jβ) + γ(1 − α)·[j mod m = 0]
    /// with the component-form parameters above (so αβ and γ(1 − α) are the ETS β and γ). For the
    /// seasonal model this equals FPP2 Table 7.8's closed form; holtwinterstest.cpp pins both.
    double forecastVariance(std::size_t step) const;

    /// Adds to `path[h]` one simulated future of the model for h = 0 … path.size() − 1, driven by the
    /// given innovations (one per step) through the error-correction equations
    ///   y = ℓ + b + s + e,  ℓ ← ℓ + b + αe,  b ← b + αβe,  s ← s + γ(1 − α)e.
    /// With zero innovations the path is the mean.
    void addSimulatedPath(std::span<const double> innovations, std::span<double> path) const;

    const HoltWintersParameters& parameters() const { return mParameters; }
    std::size_t seasonLength() const { return mSeasonLength; } ///< 0 = Holt's linear method
    double level() const { return mLevel; }
    double trend() const { return mTrend; }
    /// The last m seasonal states, for the periods n − m … n − 1 (R's coefficients s1 … sm).
    std::vector<double> seasonal() const;
    /// One-step errors y_t − ŷ_{t|t−1} for the periods n − residuals().size() … n − 1.
    const std::vector<double>& residuals() const { return mResiduals; }
    double sumOfSquaredErrors() const { return mSumOfSquares; }
    /// σ² = Σe² / (T − k) over the T residuals after the first season of filtering (whose periods the
    /// seasonal start values were computed from; all residuals when fewer than 8 remain), k the
    /// estimated smoothing parameters (0 for fixed ones).
    double residualVariance() const { return mResidualVariance; }
    /// The fixed Fourier season of a long-season model (filterSeasonallyAdjusted); seasonLength 0 else.
    const FourierSeason& fourierSeason() const { return mFourier; }

private:
    friend HoltWintersModel filterHoltWinters(std::span<const double>, std::size_t,
                                              const HoltWintersParameters&, std::size_t);
    friend HoltWintersModel filterSeasonallyAdjusted(std::span<const double>, const FourierSeason&,
                                                     const HoltWintersParameters&, std::size_t);
    HoltWintersParameters mParameters;
    FourierSeason mFourier;
    std::size_t mSeasonLength = 0;
    std::size_t mLength = 0; ///< n, the observations
    double mLevel = 0;
    double mTrend = 0;
    std::vector<double> mSeasonRing; ///< s for the position t mod m
    std::vector<double> mResiduals;
    double mSumOfSquares = 0;
    double mResidualVariance = 0;
};

/// Filters `counts` with fixed parameters exactly as R's `stats::HoltWinters(x, alpha, beta, gamma,
/// seasonal = "additive")` (R 4.x, default start values):
///  - seasonal (m ≥ 2, needs n ≥ 2m): start values from `decompose()` of the first 2m values — the
///    seasonal figure (centred moving average of order m, 2×m for even m, means per position, centred)
///    and level/trend as intercept/slope of a straight line through the moving average at 1, 2, …;
///    filtering (and the residuals) start at period m + 1;
///  - non-seasonal (m = 0): ℓ = y_2, b = y_2 − y_1, filtering from period 3 (needs n ≥ 3).
/// `estimatedParameters` only sets the degrees of freedom of σ². InputError when the series is too short.
HoltWintersModel filterHoltWinters(std::span<const double> counts, std::size_t seasonLength,
                                   const HoltWintersParameters& parameters,
                                   std::size_t estimatedParameters = 0);

/// Holt's linear method on the seasonally adjusted series z_t = y_t − ŝ_t, with ŝ added back to the
/// mean and to simulated paths: the "forecast the seasonally adjusted series, then reseasonalise" scheme
/// of forecast::stlf (Hyndman & Athanasopoulos, FPP2 §6.8), with a fixed Fourier season instead of
/// STL's. The start states are the regression's line at t = 0 (ℓ₀ = β₀, b₀ = β₁), standing in for the
/// initial states forecast::ets estimates, rather than R HoltWinters' ℓ = y₂, b = y₂ − y₁ from two noisy
/// counts; filtering (and the residuals) start at period 1:
///   e_t = z_t − (ℓ + b),  ℓ ← α z_t + (1 − α)(ℓ + b),  b ← β(ℓ_new − ℓ_old) + (1 − β) b.
/// σ² = Σe² / (n − k), k = `estimatedParameters`. Like stlf, the intervals treat the season as known:
/// forecastVariance() is Holt's (γ = 0). InputError for fewer than 3 periods.
HoltWintersModel filterSeasonallyAdjusted(std::span<const double> counts, const FourierSeason& season,
                                          const HoltWintersParameters& parameters,
                                          std::size_t estimatedParameters = 0);

/// The parameters minimising the sum of squared one-step errors over the box [0, 1]³ ([0, 1]² without
/// season): the best point of a 6 × 6 × 6 grid refined by Nelder–Mead (Nelder & Mead 1965; reflection
/// 1, expansion 2, contraction ½, shrink ½, points clamped to the box), at most 400 evaluations.
/// Deterministic. A local minimum, like R's L-BFGS-B from (0.3, 0.1, 0.1) — not always R's optimum.
HoltWintersParameters estimateHoltWintersParameters(std::span<const double> counts, std::size_t seasonLength);

/// Additive Holt–Winters (`--method ets`): additive trend, additive seasonality when the season length
/// is ≥ 2 and the series has at least two seasons (else Holt's linear method, with a note), parameters
/// from estimateHoltWintersParameters(), Gaussian prediction intervals from forecastVariance().
/// Series shorter than 4 periods are an InputError.
///
/// Long seasons (m > 24, e.g. 52 weeks): no seasonal states. R's forecast::ets refuses seasonal periods
/// above 24 and points to stlf() / Fourier terms instead (Hyndman & Athanasopoulos, FPP2 §12.1 "Weekly,
/// daily and sub-daily data"): with two or three years of weekly counts, each of 52 states would start from
/// one or two noisy counts and carry last year's noise for that week into the forecast, and the class-1
/// intervals, which take the states as known, come out too narrow. Instead the season is a fitted Fourier
/// curve of K = min(harmonics, ⌊m/2⌋) pairs (fitFourierSeason, the same K as `--method poisson`) and Holt's
/// linear method smooths the seasonally adjusted series (filterSeasonallyAdjusted), α and β minimising
/// its sum of squared errors like estimateHoltWintersParameters(); σ² counts α, β, ℓ₀, b₀ and the
/// Fourier coefficients as estimated. Description
/// "ETS(A,A,N) + K Fourier pairs m=…".
///
/// Bottom-up intervals: sample paths of every member simulated with addSimulatedPath(), driven by a
/// joint bootstrap of the one-step residuals — at each future step one past period τ is drawn and every
/// member gets its own residual of period τ — so the correlation between areas in the same period is
/// kept (the idea of Panagiotelis et al. 2023, "Probabilistic forecast reconciliation", §5). Quantiles of
/// the summed paths (R type 7), settings.samplePaths paths from settings.seed.
class HoltWintersForecaster final : public Forecaster
{
public:
    /// `harmonics`: the Fourier pairs of a long season (m > 24).
    explicit HoltWintersForecaster(std::size_t harmonics = 3) : mHarmonics(harmonics) {}
    std::string_view key() const override { return "ets"; }
    /// Seasons longer than this get a Fourier season instead of seasonal states (forecast::ets's limit).
    static constexpr std::size_t longestStateSeason = 24;

private:
    std::unique_ptr<FittedForecastModel> fitSeries(std::span<const double> counts, std::size_t seasonLength,
                                                   std::string& note) const override;
    std::vector<std::vector<double>>
    aggregateQuantiles(const std::vector<const FittedForecastModel*>& members,
                       const std::vector<double>& probabilities,
                       const ForecastSettings& settings) const override;
    std::size_t mHarmonics;
};

} // namespace bib::core

namespace bib::core::forecastmath {

/// The type-7 quantile (R's default) of `values` at probability p; sorts a copy.
double sampleQuantile(std::vector<double> values, double probability);

} // namespace bib::core::forecastmath
