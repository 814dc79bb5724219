// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/poissonregression.h"

#include "io/areawriter.h"
#include "util/error.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <numbers>

namespace bib::core {

namespace {

double poissonDeviance(std::span<const double> y, const Eigen::VectorXd& mu)
{
    double deviance = 0;
    for (Eigen::Index t = 0; t < mu.size(); ++t) {
        const double yt = y[static_cast<std::size_t>(t)];
        deviance += 2 * ((yt > 0 ? yt * std::log(yt / mu[t]) : 0.0) - (yt - mu[t]));
    }
    return deviance;
}

Eigen::VectorXd meanOf(const Eigen::VectorXd& eta)
{
    return eta.array().exp().max(DBL_EPSILON).matrix();
}

class PoissonRegressionModel final : public FittedForecastModel
{
public:
    PoissonRegressionModel(std::vector<double> means, std::vector<double> variances, std::string description)
        : mMeans(std::move(means)), mVariances(std::move(variances)), mDescription(std::move(description))
    {
    }
    double mean(std::size_t step) const override { return mMeans.at(step - 1); }
    double variance(std::size_t step) const { return mVariances.at(step - 1); }
    double quantile(std::size_t step, double probability) const override
    {
        return countQuantile(mean(step), variance(step), probability);
    }
    std::string description() const override { return mDescription; }

private:
    std::vector<double> mMeans;     ///< μ for steps 1 … 1000 after the end
    std::vector<double> mVariances; ///< the predictive variance V of those steps
    std::string mDescription;
};

} // namespace

PoissonGlmFit fitPoissonGlm(const std::vector<std::vector<double>>& columns, std::span<const double> y)
{
    const auto n = static_cast<Eigen::Index>(y.size());
    const auto p = static_cast<Eigen::Index>(columns.size());
    Eigen::MatrixXd x(n, p);
    for (Eigen::Index j = 0; j < p; ++j) {
        if (columns[static_cast<std::size_t>(j)].size() != y.size())
            throw InputError("Poisson regression: a design column and the counts differ in length");
        for (Eigen::Index t = 0; t < n; ++t)
            x(t, j) = columns[static_cast<std::size_t>(j)][static_cast<std::size_t>(t)];
    }
    Eigen::VectorXd mu(n), eta(n), beta = Eigen::VectorXd::Zero(p);
    for (Eigen::Index t = 0; t < n; ++t) {
        mu[t] = y[static_cast<std::size_t>(t)] + 0.1;
        eta[t] = std::log(mu[t]);
    }
    PoissonGlmFit fit;
    double deviance = poissonDeviance(y, mu);
    for (fit.iterations = 1; fit.iterations <= 100; ++fit.iterations) {
        const Eigen::VectorXd w = mu.array().sqrt();
        Eigen::VectorXd z(n);
        for (Eigen::Index t = 0; t < n; ++t)
            z[t] = eta[t] + (y[static_cast<std::size_t>(t)] - mu[t]) / mu[t];
        const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(w.asDiagonal() * x);
        if (qr.rank() < p)
            throw InputError("Poisson regression: the design is rank deficient (" +
                             std::to_string(qr.rank()) + " of " + std::to_string(p) +
                             " columns independent)");
        Eigen::VectorXd next = qr.solve((w.array() * z.array()).matrix());
        Eigen::VectorXd nextEta = x * next;
        Eigen::VectorXd nextMu = meanOf(nextEta);
        double nextDeviance = poissonDeviance(y, nextMu);
        for (int halving = 0; !std::isfinite(nextDeviance) && halving < 30; ++halving) {
            next = 0.5 * (next + beta);
            nextEta = x * next;
            nextMu = meanOf(nextEta);
            nextDeviance = poissonDeviance(y, nextMu);
        }
        const double change = std::abs(nextDeviance - deviance) / (std::abs(nextDeviance) + 0.1);
        beta = next;
        eta = nextEta;
        mu = nextMu;
        deviance = nextDeviance;
        if (change < 1e-13) {
            fit.converged = true;
            break;
        }
    }
    fit.iterations = std::min(fit.iterations, 100);
    fit.coefficients.assign(beta.data(), beta.data() + p);
    fit.fitted.assign(mu.data(), mu.data() + n);
    fit.deviance = deviance;
    for (Eigen::Index t = 0; t < n; ++t) {
        const double r = y[static_cast<std::size_t>(t)] - mu[t];
        fit.pearsonChiSquare += r * r / mu[t];
    }
    const Eigen::MatrixXd weighted = mu.array().sqrt().matrix().asDiagonal() * x;
    const Eigen::MatrixXd information = weighted.transpose() * weighted;
    const Eigen::MatrixXd covariance = information.ldlt().solve(Eigen::MatrixXd::Identity(p, p));
    for (Eigen::Index i = 0; i < p; ++i)
        for (Eigen::Index j = 0; j < p; ++j)
            fit.covariance.push_back(covariance(i, j));
    return fit;
}

double poissonQuantile(double mean, double probability)
{
    if (!(mean > 0))
        return 0;
    const double first = std::max(0.0, std::floor(mean - 40 * std::sqrt(mean) - 10));
    double cumulative = 0;
    for (double k = first;; k += 1) {
        cumulative += std::exp(k * std::log(mean) - mean - std::lgamma(k + 1));
        // The relative slack keeps rounding from stepping past an exact boundary (qpois uses 64·DBL_EPSILON).
        if (cumulative >= probability * (1 - 64 * DBL_EPSILON))
            return k;
        if (k > mean + 40 * std::sqrt(mean) + 40)
            return k;
    }
}

double countQuantile(double mean, double variance, double probability)
{
    if (!(mean > 0))
        return 0;
    if (!(variance > mean * (1 + 1e-12)))
        return poissonQuantile(mean, probability);
    const double size = mean * mean / (variance - mean);
    const double logP = std::log(size / (size + mean)), logQ = std::log(mean / (size + mean));
    const double spread = std::sqrt(variance);
    const double first = std::max(0.0, std::floor(mean - 40 * spread - 10));
    double cumulative = 0;
    for (double k = first;; k += 1) {
        cumulative +=
            std::exp(std::lgamma(k + size) - std::lgamma(size) - std::lgamma(k + 1) + size * logP + k * logQ);
        if (cumulative >= probability * (1 - 64 * DBL_EPSILON) || k > mean + 60 * spread + 60)
            return k;
    }
}

std::vector<std::vector<double>> PoissonRegressionForecaster::design(std::size_t first, std::size_t count,
                                                                     bool trend, std::size_t m,
                                                                     std::size_t harmonics)
{
    std::vector<std::vector<double>> columns{std::vector<double>(count, 1.0)};
    auto column = [&](auto value) {
        std::vector<double> c(count);
        for (std::size_t i = 0; i < count; ++i)
            c[i] = value(static_cast<double>(first + i));
        columns.push_back(std::move(c));
    };
    if (trend)
        column([](double t) { return t; });
    const std::size_t pairs = m >= 2 ? std::min(harmonics, m / 2) : 0;
    for (std::size_t k = 1; k <= pairs; ++k) {
        const double frequency = 2 * std::numbers::pi * static_cast<double>(k) / static_cast<double>(m);
        if (2 * k != m)
            column([&](double t) { return std::sin(frequency * t); });
        column([&](double t) { return std::cos(frequency * t); });
    }
    return columns;
}

std::unique_ptr<FittedForecastModel>
PoissonRegressionForecaster::fitSeries(std::span<const double> counts, std::size_t m, std::string& note) const
{
    const std::size_t n = counts.size();
    bool trend = true;
    if (m >= 2 && n < m) {
        note = "shorter than one season of " + std::to_string(m) + " periods: no seasonality";
        m = 0;
    }
    if (n < 3) {
        note = "fewer than 3 periods: constant mean";
        trend = false;
        m = 0;
    }
    const PoissonGlmFit fit = fitPoissonGlm(design(1, n, trend, m, mHarmonics), counts);
    if (!fit.converged)
        note += std::string(note.empty() ? "" : "; ") +
                "IRLS did not converge in 100 steps (a rate going to 0 at an end of the series?)";
    // Enough forecast steps for any horizon a caller asks (mean() reads them): the design is cheap.
    constexpr std::size_t maximumSteps = 1000;
    const auto future = design(n + 1, maximumSteps, trend, m, mHarmonics);
    const std::size_t p = fit.coefficients.size();
    const double dispersion = n > p ? std::max(1.0, fit.pearsonChiSquare / static_cast<double>(n - p)) : 1.0;
    std::vector<double> means(maximumSteps, 0.0), variances(maximumSteps, 0.0);
    for (std::size_t h = 0; h < maximumSteps; ++h) {
        double eta = 0, etaVariance = 0;
        for (std::size_t i = 0; i < p; ++i) {
            eta += fit.coefficients[i] * future[i][h];
            for (std::size_t j = 0; j < p; ++j)
                etaVariance += future[i][h] * fit.covariance[i * p + j] * future[j][h];
        }
        means[h] = std::exp(eta);
        variances[h] = dispersion * means[h] + means[h] * means[h] * std::expm1(dispersion * etaVariance);
    }
    std::string description = "Poisson GLM log-linear" + std::string(trend ? " trend" : " constant");
    if (m >= 2)
        description +=
            " + " + std::to_string(std::min(mHarmonics, m / 2)) + " Fourier pairs m=" + std::to_string(m);
    description += " deviance=" + formatNumber(fit.deviance) + " df=" + std::to_string(n - p) +
                   " dispersion=" + formatNumber(dispersion);
    return std::make_unique<PoissonRegressionModel>(std::move(means), std::move(variances),
                                                    std::move(description));
}

std::vector<std::vector<double>>
PoissonRegressionForecaster::aggregateQuantiles(const std::vector<const FittedForecastModel*>& members,
                                                const std::vector<double>& probabilities,
                                                const ForecastSettings& settings) const
{
    std::vector<std::vector<double>> quantiles(probabilities.size(),
                                               std::vector<double>(settings.horizon, 0.0));
    for (std::size_t h = 0; h < settings.horizon; ++h) {
        double total = 0, variance = 0;
        for (const FittedForecastModel* member : members) {
            if (!member)
                continue;
            const auto* model = dynamic_cast<const PoissonRegressionModel*>(member);
            if (!model)
                throw InternalError("Poisson aggregate of a model of another method");
            total += model->mean(h + 1);
            variance += model->variance(h + 1);
        }
        for (std::size_t q = 0; q < probabilities.size(); ++q)
            quantiles[q][h] = countQuantile(total, variance, probabilities[q]);
    }
    return quantiles;
}

} // namespace bib::core
