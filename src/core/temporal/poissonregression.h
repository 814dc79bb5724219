// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "temporal/forecaster.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace bib::core {

/// A Poisson GLM with log link fitted by iteratively reweighted least squares.
struct PoissonGlmFit
{
    std::vector<double> coefficients; ///< one per design column
    std::vector<double> fitted;       ///< μ_t per observation
    double deviance = 0;              ///< 2 Σ [y log(y/μ) − (y − μ)]
    double pearsonChiSquare = 0;      ///< Σ (y − μ)²/μ
    /// (XᵀWX)⁻¹ at the estimate, row-major p × p: the covariance of β̂ under the Poisson model (R
    /// `vcov(glm)`); multiply by a dispersion for quasi-Poisson (R `summary(glm)$cov.unscaled`).
    std::vector<double> covariance;
    int iterations = 0;
    bool converged = false;
};

/// Maximum-likelihood Poisson regression log μ = Xβ (McCullagh & Nelder 1989, §2.5): IRLS from
/// μ = y + 0.1 like R's `glm(family = poisson)`, each step the weighted least-squares solution (Eigen
/// column-pivoting QR of √W·X) with working response z = η + (y − μ)/μ and weights W = μ; μ kept
/// ≥ DBL_EPSILON like R's poisson()$linkinv. Stops when |D − D_prev| / (|D| + 0.1) < 1e-13 — tighter
/// than R's 1e-8 so the result is the MLE to ~1e-10 — or after 100 steps (converged = false, e.g. for
/// separated data whose MLE is at infinity). Step halving when the deviance is not finite.
/// `columns[j][t]` is column j of the design at observation t. InputError when the design is rank
/// deficient or the columns and counts differ in length.
PoissonGlmFit fitPoissonGlm(const std::vector<std::vector<double>>& columns, std::span<const double> counts);

/// The smallest k with P(Y ≤ k) ≥ p for Y ~ Poisson(mean): R's `qpois(p, mean)`. 0 for mean ≤ 0.
/// O(√mean) terms from the mode-free start max(0, mean − 40√mean − 10).
double poissonQuantile(double mean, double probability);

/// The smallest k with P(Y ≤ k) ≥ p for the count Y with this mean and variance: Poisson when
/// variance ≤ mean, else the negative binomial with that mean and variance (size μ²/(V − μ); R
/// `qnbinom(p, size, mu = mean)`).
double countQuantile(double mean, double variance, double probability);

/// Poisson regression with trend and season (`--method poisson`):
///   log μ_t = β₀ + β₁·t + Σ_{k=1}^{K} [a_k sin(2πkt/m) + b_k cos(2πkt/m)],  t = 1, 2, … (the period number)
/// Fourier seasonality (Hyndman & Athanasopoulos, FPP3 §7.4 "Fourier series"; `fourier(K)` in fable)
/// rather than m − 1 dummies: K = min(harmonics, ⌊m/2⌋) pairs, the sine of k = m/2 left out (it is
/// 0 at every whole t). No season when m < 2 or the series is shorter than one season (note); no trend
/// and season when it is shorter than 3 periods. Forecast μ_{n+h} = exp(x_{n+h}β).
///
/// Intervals: quantiles of countQuantile() with the mean μ̂ = exp(x'β̂) and the predictive variance
///   V = φ̂ μ̂ + μ̂² (exp(φ̂ x'Σx) − 1)
/// — the quasi-Poisson dispersion φ̂ = max(1, Pearson χ² / (n − p)) (McCullagh & Nelder 1989 §4.5.2)
/// times the Poisson variance, plus the parameter uncertainty of the log-mean (Σ = (XᵀWX)⁻¹, variance of
/// a log-normal) — so the predictive is Poisson(μ̂) only when φ̂ = 1 and Σ is negligible. The mean stays
/// the plug-in exp(x'β̂). Being discrete, an 80 % interval covers at least 80 % under the model, often
/// more for small μ. Bottom-up intervals: countQuantile() of the summed means and summed variances
/// (areas independent; with φ̂ = 1 and no parameter uncertainty the exact Poisson(Σμ)).
class PoissonRegressionForecaster final : public Forecaster
{
public:
    explicit PoissonRegressionForecaster(std::size_t harmonics = 3) : mHarmonics(harmonics) {}
    std::string_view key() const override { return "poisson"; }

    /// The design columns for periods t = first … first + count − 1 (1-based period numbers), as above.
    static std::vector<std::vector<double>> design(std::size_t first, std::size_t count, bool trend,
                                                   std::size_t seasonLength, std::size_t harmonics);

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
