// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "temporal/forecaster.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace bib::core {

/// Smoothing parameters of additive Holt–Winters in the component (R `stats::HoltWinters`) form, with
/// Gardner & McKenzie's (1985) damped trend (φ = 1: undamped, R HoltWinters' recursions):
///   level    ℓ_t = α (y_t − s_{t−m}) + (1 − α)(ℓ_{t−1} + φ b_{t−1})
///   trend    b_t = β (ℓ_t − ℓ_{t−1}) + (1 − β) φ b_{t−1}
///   season   s_t = γ (y_t − ℓ_t) + (1 − γ) s_{t−m}
/// α, β, γ in [0, 1]. In the error-correction (ETS(A,Ad,A)) form of Hyndman et al. (2008) these are
/// α, β_ets = αβ and γ_ets = (1 − α)γ.
struct HoltWintersParameters
{
    double alpha = 0.3;
    double beta = 0.1;
    double gamma = 0.1;
    double phi = 1.0;
};

/// The trend of the exponential smoothing of a seasonally adjusted series (ETS(A,N,N), (A,A,N), (A,Ad,N)).
enum class TrendType
{
    None,     ///< b = 0: simple exponential smoothing, β and φ unused
    Additive, ///< Holt's linear trend, φ = 1
    Damped,   ///< damped trend, φ in [0.8, 0.98] when estimated (forecast::ets's bounds)
};

/// A fixed seasonal curve of K Fourier pairs (Hyndman & Athanasopoulos, FPP3 §7.4 "Fourier series"):
///   ŝ_t = Σ_{k=1}^{K} [a_k sin(2πkt/m) + b_k cos(2πkt/m)],  t = 1, 2, … the period number,
/// the sine of k = m/2 left out (0 at every whole t), K = min(harmonics, ⌊m/2⌋). The columns are
/// PoissonRegressionForecaster::design()'s, so both methods share one definition of the curve.
struct FourierSeason
{
    std::size_t seasonLength = 0; ///< m; 0 = no season (ŝ = 0)
    std::size_t harmonics = 0;    ///< K
    /// a_1, b_1, a_2, b_2, … in the column order of PoissonRegressionForecaster::design().
    std::vector<double> coefficients;
    /// Their covariance σ̂²(XᵀX)⁻¹ (the Fourier block of R's `vcov(lm)`, σ̂² = RSS/(n − p)), row-major.
    std::vector<double> covariance;
    double intercept = 0;                ///< β₀ of the regression below (the line at t = 0)
    double slope = 0;                    ///< β₁
    double at(std::size_t period) const; ///< ŝ_t for the 1-based period number t
    /// ŝ_t for t = first … first + count − 1.
    std::vector<double> values(std::size_t first, std::size_t count) const;
    /// Var(ŝ_t) = x_tᵀ·covariance·x_t, the estimation variance of the curve at period t (R:
    /// `X_t %*% vcov(fit)[fourier, fourier] %*% X_t`); 0 without a covariance.
    double variance(std::size_t period) const;
};

/// The seasonal part of the ordinary least-squares fit
///   y_t = β₀ + β₁·t + ŝ_t + e_t,  t = 1 … n
/// (Eigen column-pivoting QR; R: `lm(y ~ t + sin(2*pi*k*t/m) + cos(2*pi*k*t/m) …)`, the regression of
/// forecast::fourier() terms), with the covariance of the Fourier coefficients. The trend column keeps a
/// trend out of the season. InputError when the design is rank deficient (n below 2 + 2K) or leaves no
/// residual degree of freedom.
FourierSeason fitFourierSeason(std::span<const double> counts, std::size_t seasonLength,
                               std::size_t harmonics);

/// A filtered Holt–Winters model: states at the end of the series, one-step residuals and σ².
class HoltWintersModel final : public FittedForecastModel
{
public:
    /// ℓ_n + φ_h·b_n + s_{n+h−m(k+1)} + ŝ_{n+h} with φ_h = φ + φ² + … + φ^h (h when undamped) and
    /// k = ⌊(h − 1)/m⌋ (R `predict.HoltWinters`; FPP3 §8.3 and §8.2 "damped trend").
    double mean(std::size_t step) const override;
    /// mean + z_p·σ_h, z_p the standard normal quantile, σ_h from forecastVariance().
    double quantile(std::size_t step, double probability) const override;
    std::string description() const override;

    /// The class-1 forecast variance of ETS(A,A,A) / ETS(A,N,N) / ETS(A,A,N) / ETS(A,Ad,N) (Hyndman,
    /// Koehler, Ord & Snyder 2008, "Forecasting with Exponential Smoothing", ch. 6, Table 6.1; FPP3 §8.7),
    /// plus the estimation variance of a Fourier season:
    ///   σ_h² = σ² [1 + Σ_{j=1}^{h−1} c_j²] + Var(ŝ_{n+h}),
    ///   c_j = α(1 + φ_j β) + γ(1 − α)·[j mod m = 0],  φ_j = φ + … + φ^j (j when undamped, 0 without trend)
    /// with the component-form parameters above (so αβ and γ(1 − α) are the ETS β and γ). For the
    /// seasonal model this equals FPP2 Table 7.8's closed form; holtwinterstest.cpp pins both.
    /// Var(ŝ) (FourierSeason::variance) is what forecast::stlf leaves out by taking the season as known.
    double forecastVariance(std::size_t step) const;

    /// Adds to `path[h]` one simulated future of the model for h = 0 … path.size() − 1, driven by the
    /// given innovations (one per step) through the error-correction equations
    ///   y = ℓ + φb + s + ŝ + e,  ℓ ← ℓ + φb + αe,  b ← φb + αβe,  s ← s + γ(1 − α)e,
    /// and, for a Fourier season, by one draw of its estimation error: `standardNormals` (one per Fourier
    /// coefficient, ignored otherwise) times the Cholesky factor of FourierSeason::covariance gives a
    /// coefficient error δ, and x_tᵀδ is added at every step. With zero inputs the path is the mean.
    void addSimulatedPath(std::span<const double> innovations, std::span<const double> standardNormals,
                          std::span<double> path) const;

    const HoltWintersParameters& parameters() const { return mParameters; }
    TrendType trendType() const { return mTrendType; }
    std::size_t seasonLength() const { return mSeasonLength; } ///< 0 = no seasonal states
    double level() const { return mLevel; }
    double trend() const { return mTrend; }
    /// The last m seasonal states, for the periods n − m … n − 1 (R's coefficients s1 … sm).
    std::vector<double> seasonal() const;
    /// One-step errors y_t − ŷ_{t|t−1} for the periods n − residuals().size() … n − 1.
    const std::vector<double>& residuals() const { return mResiduals; }
    double sumOfSquaredErrors() const { return mSumOfSquares; }
    /// σ² = Σe² / (T − k) over the T residuals after the first season of filtering (whose periods the
    /// seasonal start values were computed from; all residuals when fewer than 8 remain), k the
    /// estimated parameters (0 for fixed ones).
    double residualVariance() const { return mResidualVariance; }
    /// The bias-corrected Akaike criterion of the additive-error state space model (Hyndman et al. 2008,
    /// §7.1), with −2 log L of the Gaussian likelihood at σ̂² = SSE/n:
    ///   AICc = n log(SSE/n) + n(1 + log 2π) + 2q + 2q(q + 1)/(n − q − 1)
    /// over the n residuals, q = the smoothing parameters, the start states and σ² (ANN 3, AAN 5, AAdN 6;
    /// seasonal states add γ and m − 1 free start values). forecast::ets drops the terms in n alone, which
    /// does not change a choice among models of one series. The Fourier coefficients, the same for every
    /// candidate, are not counted (forecast::stlf's ets() call does not see them either). Infinite when
    /// n ≤ q + 1.
    double aicc() const;
    /// The fixed Fourier season of a long-season model (filterSeasonallyAdjusted); seasonLength 0 else.
    const FourierSeason& fourierSeason() const { return mFourier; }

private:
    friend HoltWintersModel filterHoltWinters(std::span<const double>, std::size_t,
                                              const HoltWintersParameters&, std::size_t);
    friend HoltWintersModel filterSeasonallyAdjusted(std::span<const double>, const FourierSeason&,
                                                     const HoltWintersParameters&, TrendType, std::size_t);
    HoltWintersParameters mParameters;
    TrendType mTrendType = TrendType::Additive;
    FourierSeason mFourier;
    std::vector<double> mFourierFactor; ///< lower Cholesky factor of mFourier.covariance, row-major
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
/// seasonal = "additive")` (R 4.x, default start values; φ = 1, `parameters.phi` is ignored):
///  - seasonal (m ≥ 2, needs n ≥ 2m): start values from `decompose()` of the first 2m values — the
///    seasonal figure (centred moving average of order m, 2×m for even m, means per position, centred)
///    and level/trend as intercept/slope of a straight line through the moving average at 1, 2, …;
///    filtering (and the residuals) start at period m + 1;
///  - non-seasonal (m = 0): ℓ = y_2, b = y_2 − y_1, filtering from period 3 (needs n ≥ 3).
/// `estimatedParameters` only sets the degrees of freedom of σ². InputError when the series is too short.
HoltWintersModel filterHoltWinters(std::span<const double> counts, std::size_t seasonLength,
                                   const HoltWintersParameters& parameters,
                                   std::size_t estimatedParameters = 0);

/// Exponential smoothing of the seasonally adjusted series z_t = y_t − ŝ_t, with ŝ added back to the
/// mean and to simulated paths: the "forecast the seasonally adjusted series, then reseasonalise" scheme
/// of forecast::stlf (Hyndman & Athanasopoulos, FPP2 §6.8), with a fixed Fourier season instead of
/// STL's. The start states are the regression's line at t = 0 (ℓ₀ = β₀, b₀ = β₁; b₀ = 0 without trend),
/// standing in for the initial states forecast::ets estimates, rather than R HoltWinters' ℓ = y₂,
/// b = y₂ − y₁ from two noisy counts; filtering (and the residuals) start at period 1:
///   e_t = z_t − (ℓ + φb),  ℓ ← α z_t + (1 − α)(ℓ + φb),  b ← β(ℓ_new − ℓ_old) + (1 − β) φb
/// (b ≡ 0 for TrendType::None; φ = 1 for Additive). σ² = Σe² / (n − k), k = `estimatedParameters`.
/// forecastVariance() adds the season's estimation variance to the class-1 variance of the smoothing.
/// InputError for fewer than 3 periods.
HoltWintersModel filterSeasonallyAdjusted(std::span<const double> counts, const FourierSeason& season,
                                          const HoltWintersParameters& parameters,
                                          TrendType trend = TrendType::Additive,
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
/// curve of K = min(harmonics, ⌊m/2⌋) pairs (fitFourierSeason, the same K as `--method poisson`) and the
/// seasonally adjusted series is smoothed (filterSeasonallyAdjusted) by the one of ETS(A,N,N), ETS(A,A,N)
/// and damped ETS(A,Ad,N) with the smallest AICc, as forecast::stlf's ets() call chooses (Hyndman &
/// Khandakar 2008). Each candidate's α, β and φ minimise its sum of squared errors (the same box search
/// as estimateHoltWintersParameters(), φ mapped to forecast::ets's [0.8, 0.98]); σ² counts the smoothing
/// parameters, the start states and the Fourier coefficients as estimated. Unlike stlf, the intervals add
/// the estimation variance of the Fourier curve (forecastVariance()). Description
/// "ETS(A,N,N) + K Fourier pairs m=…" (or A,A,N / A,Ad,N).
///
/// Bottom-up intervals: sample paths of every member simulated with addSimulatedPath(), driven by a
/// joint bootstrap of the one-step residuals — at each future step one past period τ is drawn and every
/// member gets its own residual of period τ — so the correlation between areas in the same period is
/// kept (the idea of Panagiotelis et al. 2023, "Probabilistic forecast reconciliation", §5) — and by an
/// independent Gaussian draw of each member's Fourier coefficient error (Box–Muller on the same
/// engine). Quantiles of the summed paths (R type 7), settings.samplePaths paths from settings.seed.
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
