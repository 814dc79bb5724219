// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/holtwinters.h"

#include "io/areawriter.h"
#include "temporal/normalquantile.h"
#include "temporal/poissonregression.h"
#include "util/error.h"

#include <Eigen/Dense>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <random>

namespace bib::core {

namespace {

struct StartValues
{
    double level = 0;
    double trend = 0;
    std::vector<double> figure; ///< seasonal start value per position 0 … m − 1
};

/// R's `decompose(x[1:2m])` figure and the straight line through its trend (see filterHoltWinters).
StartValues seasonalStartValues(std::span<const double> y, std::size_t m)
{
    const std::size_t window = 2 * m;
    const std::size_t half = m / 2; // the centred filter has m + 1 weights for even m, m for odd m
    std::vector<double> movingAverage(window, std::nan(""));
    for (std::size_t i = half; i + half < window; ++i) {
        double sum = 0;
        for (std::size_t j = i - half; j <= i + half; ++j)
            sum += y[j];
        if (m % 2 == 0)
            sum -= 0.5 * (y[i - half] + y[i + half]);
        movingAverage[i] = sum / static_cast<double>(m);
    }
    StartValues start;
    start.figure.assign(m, 0.0);
    double figureSum = 0;
    for (std::size_t p = 0; p < m; ++p) {
        double sum = 0;
        int count = 0;
        for (std::size_t i = p; i < window; i += m) {
            if (!std::isnan(movingAverage[i])) {
                sum += y[i] - movingAverage[i];
                ++count;
            }
        }
        start.figure[p] = sum / count;
        figureSum += start.figure[p];
    }
    for (double& f : start.figure)
        f -= figureSum / static_cast<double>(m);
    // Least-squares line through the moving average against x = 1, 2, …: intercept at x = 0.
    double sx = 0, sy = 0, sxx = 0, sxy = 0, k = 0;
    for (std::size_t i = 0; i < window; ++i) {
        if (std::isnan(movingAverage[i]))
            continue;
        k += 1;
        sx += k;
        sy += movingAverage[i];
        sxx += k * k;
        sxy += k * movingAverage[i];
    }
    start.trend = (k * sxy - sx * sy) / (k * sxx - sx * sx);
    start.level = (sy - start.trend * sx) / k;
    return start;
}

double sumOfSquaredErrors(std::span<const double> y, std::size_t m, const HoltWintersParameters& p)
{
    return filterHoltWinters(y, m, p).sumOfSquaredErrors();
}

/// Nelder–Mead on the box [0, 1]^d (points clamped), from `start`, at most `evaluations` evaluations.
template <typename Function>
std::vector<double> nelderMead(const Function& f, std::vector<double> start, int evaluations)
{
    const std::size_t d = start.size();
    auto clamp = [](std::vector<double> x) {
        for (double& v : x)
            v = std::clamp(v, 0.0, 1.0);
        return x;
    };
    std::vector<std::vector<double>> simplex{clamp(start)};
    for (std::size_t i = 0; i < d; ++i) {
        std::vector<double> x = start;
        x[i] += x[i] < 0.5 ? 0.1 : -0.1;
        simplex.push_back(clamp(x));
    }
    std::vector<double> values;
    for (const auto& x : simplex)
        values.push_back(f(x));
    int used = static_cast<int>(simplex.size());
    auto along = [&](const std::vector<double>& centre, const std::vector<double>& worst, double t) {
        std::vector<double> x(d);
        for (std::size_t i = 0; i < d; ++i)
            x[i] = centre[i] + t * (worst[i] - centre[i]);
        return clamp(x);
    };
    while (used < evaluations) {
        std::vector<std::size_t> order(d + 1);
        for (std::size_t i = 0; i <= d; ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
        const std::size_t best = order.front(), worst = order.back(), second = order[d - 1];
        if (values[worst] - values[best] <= 1e-10 * (std::abs(values[best]) + 1e-10))
            break;
        std::vector<double> centre(d, 0.0);
        for (std::size_t i = 0; i <= d; ++i)
            if (i != worst)
                for (std::size_t j = 0; j < d; ++j)
                    centre[j] += simplex[i][j] / static_cast<double>(d);
        const std::vector<double> reflected = along(centre, simplex[worst], -1.0);
        const double fr = f(reflected);
        ++used;
        if (fr < values[best]) {
            const std::vector<double> expanded = along(centre, simplex[worst], -2.0);
            const double fe = f(expanded);
            ++used;
            simplex[worst] = fe < fr ? expanded : reflected;
            values[worst] = std::min(fe, fr);
        } else if (fr < values[second]) {
            simplex[worst] = reflected;
            values[worst] = fr;
        } else {
            const std::vector<double> contracted = along(centre, simplex[worst], 0.5);
            const double fc = f(contracted);
            ++used;
            if (fc < values[worst]) {
                simplex[worst] = contracted;
                values[worst] = fc;
            } else {
                for (std::size_t i = 0; i <= d; ++i) {
                    if (i == best)
                        continue;
                    simplex[i] = along(simplex[best], simplex[i], 0.5);
                    values[i] = f(simplex[i]);
                    ++used;
                }
            }
        }
    }
    const auto best = std::min_element(values.begin(), values.end()) - values.begin();
    return simplex[static_cast<std::size_t>(best)];
}

/// The best point of a 6^d grid (from (0.3, 0.1, 0.1) on) refined by nelderMead, at most 400 evaluations.
template <typename Function>
std::vector<double> minimiseOnUnitBox(const Function& objective, std::size_t dimensions)
{
    constexpr std::array<double, 6> grid{0.02, 0.1, 0.25, 0.45, 0.7, 0.95};
    std::vector<double> best = std::vector<double>{0.3, 0.1, 0.1};
    best.resize(dimensions);
    double bestValue = objective(best);
    std::vector<double> x(dimensions);
    for (double a : grid)
        for (double b : grid)
            for (double g :
                 dimensions == 3 ? std::vector<double>(grid.begin(), grid.end()) : std::vector<double>{0.0}) {
                x[0] = a;
                x[1] = b;
                if (dimensions == 3)
                    x[2] = g;
                const double value = objective(x);
                if (value < bestValue) {
                    bestValue = value;
                    best = x;
                }
            }
    return nelderMead(objective, best, 400);
}

} // namespace

double FourierSeason::at(std::size_t period) const
{
    double value = 0;
    std::size_t next = 0;
    const auto t = static_cast<double>(period);
    for (std::size_t k = 1; k <= harmonics && seasonLength; ++k) {
        const double frequency =
            2 * std::numbers::pi * static_cast<double>(k) / static_cast<double>(seasonLength);
        if (2 * k != seasonLength)
            value += coefficients[next++] * std::sin(frequency * t);
        value += coefficients[next++] * std::cos(frequency * t);
    }
    return value;
}

FourierSeason fitFourierSeason(std::span<const double> y, std::size_t m, std::size_t harmonics)
{
    FourierSeason season;
    if (m < 2 || harmonics == 0)
        return season;
    season.seasonLength = m;
    season.harmonics = std::min(harmonics, m / 2);
    const auto columns = PoissonRegressionForecaster::design(1, y.size(), true, m, season.harmonics);
    const auto n = static_cast<Eigen::Index>(y.size());
    const auto p = static_cast<Eigen::Index>(columns.size());
    Eigen::MatrixXd x(n, p);
    Eigen::VectorXd response(n);
    for (Eigen::Index t = 0; t < n; ++t) {
        response(t) = y[static_cast<std::size_t>(t)];
        for (Eigen::Index j = 0; j < p; ++j)
            x(t, j) = columns[static_cast<std::size_t>(j)][static_cast<std::size_t>(t)];
    }
    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(x);
    if (qr.rank() < p)
        throw InputError("Fourier season: " + std::to_string(y.size()) + " periods are too few for " +
                         std::to_string(season.harmonics) + " Fourier pairs with a trend");
    const Eigen::VectorXd beta = qr.solve(response);
    season.intercept = beta(0);
    season.slope = beta(1);
    for (Eigen::Index j = 2; j < p; ++j)
        season.coefficients.push_back(beta(j));
    return season;
}

HoltWintersModel filterSeasonallyAdjusted(std::span<const double> y, const FourierSeason& season,
                                          const HoltWintersParameters& p, std::size_t estimatedParameters)
{
    const std::size_t n = y.size();
    if (n < 3)
        throw InputError("Holt's method needs at least 3 periods of data, got " + std::to_string(n) +
                         " periods");
    HoltWintersModel model;
    model.mParameters = {p.alpha, p.beta, 0.0};
    model.mLength = n;
    model.mFourier = season;
    model.mLevel = season.intercept; // the regression line at t = 0
    model.mTrend = season.slope;
    const double alpha = std::clamp(p.alpha, 0.0, 1.0);
    const double beta = std::clamp(p.beta, 0.0, 1.0);
    model.mResiduals.reserve(n);
    for (std::size_t t = 0; t < n; ++t) {
        const double adjusted = y[t] - season.at(t + 1);
        const double error = adjusted - (model.mLevel + model.mTrend);
        model.mResiduals.push_back(error);
        model.mSumOfSquares += error * error;
        const double previousLevel = model.mLevel;
        model.mLevel = alpha * adjusted + (1 - alpha) * (model.mLevel + model.mTrend);
        model.mTrend = beta * (model.mLevel - previousLevel) + (1 - beta) * model.mTrend;
    }
    const double degrees = static_cast<double>(n) - static_cast<double>(estimatedParameters);
    model.mResidualVariance = model.mSumOfSquares / std::max(degrees, 1.0);
    return model;
}

HoltWintersModel filterHoltWinters(std::span<const double> y, std::size_t m, const HoltWintersParameters& p,
                                   std::size_t estimatedParameters)
{
    const bool seasonal = m >= 2;
    const std::size_t n = y.size();
    if (seasonal ? n < 2 * m : n < 3)
        throw InputError("Holt–Winters needs at least " +
                         std::string(seasonal ? "two seasons" : "3 periods") + " of data, got " +
                         std::to_string(n) + " periods");
    HoltWintersModel model;
    model.mParameters = p;
    model.mSeasonLength = seasonal ? m : 0;
    model.mLength = n;
    std::size_t start = 2;
    if (seasonal) {
        StartValues values = seasonalStartValues(y, m);
        model.mLevel = values.level;
        model.mTrend = values.trend;
        model.mSeasonRing = std::move(values.figure);
        start = m;
    } else {
        model.mLevel = y[1];
        model.mTrend = y[1] - y[0];
    }
    const double alpha = std::clamp(p.alpha, 0.0, 1.0);
    const double beta = std::clamp(p.beta, 0.0, 1.0);
    const double gamma = std::clamp(p.gamma, 0.0, 1.0);
    model.mResiduals.reserve(n - start);
    for (std::size_t t = start; t < n; ++t) {
        const double season = seasonal ? model.mSeasonRing[t % m] : 0.0;
        const double error = y[t] - (model.mLevel + model.mTrend + season);
        model.mResiduals.push_back(error);
        model.mSumOfSquares += error * error;
        const double previousLevel = model.mLevel;
        model.mLevel = alpha * (y[t] - season) + (1 - alpha) * (model.mLevel + model.mTrend);
        model.mTrend = beta * (model.mLevel - previousLevel) + (1 - beta) * model.mTrend;
        if (seasonal)
            model.mSeasonRing[t % m] = gamma * (y[t] - model.mLevel) + (1 - gamma) * season;
    }
    // The first m residuals are in-sample for the start values (decompose() saw those periods), which
    // makes them too small; σ² comes from the later ones when there are at least 8.
    const std::size_t skipped = seasonal && model.mResiduals.size() >= m + 8 ? m : 0;
    double sum = 0;
    for (std::size_t i = skipped; i < model.mResiduals.size(); ++i)
        sum += model.mResiduals[i] * model.mResiduals[i];
    const double degrees =
        static_cast<double>(model.mResiduals.size() - skipped) - static_cast<double>(estimatedParameters);
    model.mResidualVariance = sum / std::max(degrees, 1.0);
    return model;
}

double HoltWintersModel::mean(std::size_t step) const
{
    const double h = static_cast<double>(step);
    const double season = mSeasonLength ? mSeasonRing[(mLength + step - 1) % mSeasonLength] : 0.0;
    return mLevel + h * mTrend + season + mFourier.at(mLength + step);
}

double HoltWintersModel::forecastVariance(std::size_t step) const
{
    const auto& [alpha, beta, gamma] = mParameters;
    double sum = 1;
    for (std::size_t j = 1; j < step; ++j) {
        const bool seasonStep = mSeasonLength && j % mSeasonLength == 0;
        const double c =
            alpha * (1 + static_cast<double>(j) * beta) + (seasonStep ? gamma * (1 - alpha) : 0.0);
        sum += c * c;
    }
    return mResidualVariance * sum;
}

double HoltWintersModel::quantile(std::size_t step, double probability) const
{
    return mean(step) + standardNormalQuantile(probability) * std::sqrt(forecastVariance(step));
}

std::vector<double> HoltWintersModel::seasonal() const
{
    std::vector<double> last;
    for (std::size_t k = 0; k < mSeasonLength; ++k)
        last.push_back(mSeasonRing[(mLength - mSeasonLength + k) % mSeasonLength]);
    return last;
}

void HoltWintersModel::addSimulatedPath(std::span<const double> innovations, std::span<double> path) const
{
    const auto& [alpha, beta, gamma] = mParameters;
    double level = mLevel, trend = mTrend;
    std::vector<double> ring = mSeasonRing;
    for (std::size_t h = 0; h < path.size(); ++h) {
        const std::size_t position = mSeasonLength ? (mLength + h) % mSeasonLength : 0;
        const double season = mSeasonLength ? ring[position] : 0.0;
        const double e = innovations[h];
        path[h] += level + trend + season + mFourier.at(mLength + h + 1) + e;
        level += trend + alpha * e;
        trend += alpha * beta * e;
        if (mSeasonLength)
            ring[position] += gamma * (1 - alpha) * e;
    }
}

std::string HoltWintersModel::description() const
{
    std::string text =
        mSeasonLength ? "ETS(A,A,A) m=" + std::to_string(mSeasonLength) : std::string("ETS(A,A,N)");
    if (mFourier.seasonLength)
        text += " + " + std::to_string(mFourier.harmonics) +
                " Fourier pairs m=" + std::to_string(mFourier.seasonLength);
    text += " alpha=" + formatNumber(mParameters.alpha) + " beta=" + formatNumber(mParameters.beta);
    if (mSeasonLength)
        text += " gamma=" + formatNumber(mParameters.gamma);
    return text + " sigma=" + formatNumber(std::sqrt(mResidualVariance));
}

HoltWintersParameters estimateHoltWintersParameters(std::span<const double> y, std::size_t m)
{
    const bool seasonal = m >= 2;
    auto objective = [&](const std::vector<double>& x) {
        return sumOfSquaredErrors(y, seasonal ? m : 0, {x[0], x[1], seasonal ? x[2] : 0.0});
    };
    const std::vector<double> x = minimiseOnUnitBox(objective, seasonal ? 3 : 2);
    return {x[0], x[1], seasonal ? x[2] : 0.0};
}

std::unique_ptr<FittedForecastModel> HoltWintersForecaster::fitSeries(std::span<const double> counts,
                                                                      std::size_t seasonLength,
                                                                      std::string& note) const
{
    if (counts.size() < 4)
        throw InputError("Holt–Winters needs at least 4 periods, got " + std::to_string(counts.size()));
    std::size_t m = seasonLength >= 2 ? seasonLength : 0;
    if (m && counts.size() < 2 * m) {
        note = "fewer than two seasons of " + std::to_string(m) +
               " periods: no seasonality (Holt's linear trend)";
        m = 0;
    }
    if (m > longestStateSeason) {
        // See the class comment: a fixed Fourier season, Holt's linear method on the adjusted series.
        const FourierSeason season = fitFourierSeason(counts, m, mHarmonics);
        auto objective = [&](const std::vector<double>& x) {
            return filterSeasonallyAdjusted(counts, season, {x[0], x[1], 0.0}).sumOfSquaredErrors();
        };
        const std::vector<double> x = minimiseOnUnitBox(objective, 2);
        // k: α, β, the start level and trend, and the Fourier coefficients.
        return std::make_unique<HoltWintersModel>(
            filterSeasonallyAdjusted(counts, season, {x[0], x[1], 0.0}, 4 + season.coefficients.size()));
    }
    const HoltWintersParameters parameters = estimateHoltWintersParameters(counts, m);
    return std::make_unique<HoltWintersModel>(filterHoltWinters(counts, m, parameters, m ? 3 : 2));
}

std::vector<std::vector<double>>
HoltWintersForecaster::aggregateQuantiles(const std::vector<const FittedForecastModel*>& members,
                                          const std::vector<double>& probabilities,
                                          const ForecastSettings& settings) const
{
    std::vector<const HoltWintersModel*> models;
    std::size_t shortest = SIZE_MAX;
    for (const FittedForecastModel* member : members) {
        if (!member)
            continue;
        const auto* model = dynamic_cast<const HoltWintersModel*>(member);
        if (!model)
            throw InternalError("Holt–Winters aggregate of a model of another method");
        models.push_back(model);
        shortest = std::min(shortest, model->residuals().size());
    }
    const std::size_t horizon = settings.horizon;
    std::vector<std::vector<double>> quantiles(probabilities.size(), std::vector<double>(horizon, 0.0));
    if (models.empty())
        return quantiles;
    // mt19937_64's raw output is fixed by the standard; the modulo bias is below shortest / 2⁶⁴.
    std::mt19937_64 engine(settings.seed);
    const std::size_t paths = std::max<std::size_t>(settings.samplePaths, 1);
    std::vector<std::vector<double>> sums(horizon, std::vector<double>(paths, 0.0));
    std::vector<std::size_t> periodsBack(horizon);
    std::vector<double> innovations(horizon), path(horizon);
    for (std::size_t p = 0; p < paths; ++p) {
        for (auto& back : periodsBack)
            back = 1 + static_cast<std::size_t>(engine() % shortest);
        std::fill(path.begin(), path.end(), 0.0);
        for (const HoltWintersModel* model : models) {
            const auto& residuals = model->residuals();
            for (std::size_t h = 0; h < horizon; ++h)
                innovations[h] = residuals[residuals.size() - periodsBack[h]];
            model->addSimulatedPath(innovations, path);
        }
        for (std::size_t h = 0; h < horizon; ++h)
            sums[h][p] = path[h];
    }
    for (std::size_t q = 0; q < probabilities.size(); ++q)
        for (std::size_t h = 0; h < horizon; ++h)
            quantiles[q][h] = forecastmath::sampleQuantile(sums[h], probabilities[q]);
    return quantiles;
}

} // namespace bib::core

namespace bib::core::forecastmath {

double sampleQuantile(std::vector<double> values, double probability)
{
    if (values.empty())
        throw InternalError("sampleQuantile: no values");
    std::sort(values.begin(), values.end());
    const double h = (static_cast<double>(values.size()) - 1) * probability;
    const auto low = static_cast<std::size_t>(std::floor(h));
    const std::size_t high = std::min(low + 1, values.size() - 1);
    return values[low] + (h - std::floor(h)) * (values[high] - values[low]);
}

} // namespace bib::core::forecastmath
