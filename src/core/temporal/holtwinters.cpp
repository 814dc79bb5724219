// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/holtwinters.h"

#include "io/areawriter.h"
#include "temporal/normalquantile.h"
#include "temporal/poissonregression.h"
#include "temporal/unitboxsearch.h"
#include "util/error.h"

#include <Eigen/Dense>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
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

/// The standard normal pair of Box–Muller from two 53-bit uniforms of the engine (portable, unlike
/// std::normal_distribution, whose algorithm the standard leaves open).
std::array<double, 2> standardNormalPair(std::mt19937_64& engine)
{
    constexpr double unit = 1.0 / 9007199254740992.0;                   // 2⁻⁵³
    const double u1 = (static_cast<double>(engine() >> 11) + 1) * unit; // (0, 1]
    const double u2 = static_cast<double>(engine() >> 11) * unit;
    const double radius = std::sqrt(-2 * std::log(u1));
    return {radius * std::cos(2 * std::numbers::pi * u2), radius * std::sin(2 * std::numbers::pi * u2)};
}

/// φ from the unit box coordinate: forecast::ets's bounds [0.8, 0.98].
double dampingFromUnit(double x)
{
    return 0.8 + 0.18 * std::clamp(x, 0.0, 1.0);
}

/// z_t = y_t − ŝ_t for t = 1 … n.
std::vector<double> adjustedSeries(std::span<const double> y, const FourierSeason& season)
{
    std::vector<double> z = season.values(1, y.size());
    for (std::size_t t = 0; t < y.size(); ++t)
        z[t] = y[t] - z[t];
    return z;
}

struct SmoothedEnd
{
    double level = 0, trend = 0, sumOfSquares = 0;
};

/// The recursions of filterSeasonallyAdjusted over z from the regression line's start states; the
/// one-step errors are appended to `residuals` when given.
SmoothedEnd smoothAdjusted(std::span<const double> z, const FourierSeason& season,
                           const HoltWintersParameters& p, TrendType trend, std::vector<double>* residuals)
{
    const bool trended = trend != TrendType::None;
    const double alpha = std::clamp(p.alpha, 0.0, 1.0);
    const double beta = trended ? std::clamp(p.beta, 0.0, 1.0) : 0.0;
    const double phi = trend == TrendType::Damped ? std::clamp(p.phi, 0.0, 1.0) : 1.0;
    SmoothedEnd end{season.intercept, trended ? season.slope : 0.0, 0.0}; // the line at t = 0
    for (const double value : z) {
        const double damped = phi * end.trend;
        const double error = value - (end.level + damped);
        if (residuals)
            residuals->push_back(error);
        end.sumOfSquares += error * error;
        const double previousLevel = end.level;
        end.level = alpha * value + (1 - alpha) * (end.level + damped);
        end.trend = beta * (end.level - previousLevel) + (1 - beta) * damped;
    }
    return end;
}

} // namespace

std::vector<double> FourierSeason::values(std::size_t first, std::size_t count) const
{
    std::vector<double> result(count, 0.0);
    if (!seasonLength || coefficients.empty())
        return result;
    // Column 0 of the design is the intercept; the Fourier columns follow (no trend column).
    const auto columns = PoissonRegressionForecaster::design(first, count, false, seasonLength, harmonics);
    for (std::size_t j = 0; j < coefficients.size(); ++j)
        for (std::size_t i = 0; i < count; ++i)
            result[i] += coefficients[j] * columns[j + 1][i];
    return result;
}

double FourierSeason::at(std::size_t period) const
{
    return values(period, 1).front();
}

double FourierSeason::variance(std::size_t period) const
{
    const std::size_t p = coefficients.size();
    if (!seasonLength || covariance.size() != p * p)
        return 0;
    const auto columns = PoissonRegressionForecaster::design(period, 1, false, seasonLength, harmonics);
    double sum = 0;
    for (std::size_t i = 0; i < p; ++i)
        for (std::size_t j = 0; j < p; ++j)
            sum += columns[i + 1][0] * covariance[i * p + j] * columns[j + 1][0];
    return sum;
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
    if (qr.rank() < p || n <= p)
        throw InputError("Fourier season: " + std::to_string(y.size()) + " periods are too few for " +
                         std::to_string(season.harmonics) + " Fourier pairs with a trend (at least " +
                         std::to_string(p + 1) + " needed)");
    const Eigen::VectorXd beta = qr.solve(response);
    season.intercept = beta(0);
    season.slope = beta(1);
    for (Eigen::Index j = 2; j < p; ++j)
        season.coefficients.push_back(beta(j));
    const double residualVariance = (response - x * beta).squaredNorm() / static_cast<double>(n - p);
    const Eigen::MatrixXd inverse =
        (x.transpose() * x).ldlt().solve(Eigen::MatrixXd::Identity(p, p)) * residualVariance;
    for (Eigen::Index i = 2; i < p; ++i)
        for (Eigen::Index j = 2; j < p; ++j)
            season.covariance.push_back(inverse(i, j));
    return season;
}

HoltWintersModel filterSeasonallyAdjusted(std::span<const double> y, const FourierSeason& season,
                                          const HoltWintersParameters& p, TrendType trend,
                                          std::size_t estimatedParameters)
{
    const std::size_t n = y.size();
    if (n < 3)
        throw InputError("Holt's method needs at least 3 periods of data, got " + std::to_string(n) +
                         " periods");
    HoltWintersModel model;
    const bool trended = trend != TrendType::None;
    const double phi = trend == TrendType::Damped ? std::clamp(p.phi, 0.0, 1.0) : 1.0;
    model.mParameters = {p.alpha, trended ? p.beta : 0.0, 0.0, phi};
    model.mTrendType = trend;
    model.mLength = n;
    model.mFourier = season;
    const std::size_t q = season.coefficients.size();
    if (q && season.covariance.size() == q * q) {
        const Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>
            covariance(season.covariance.data(), static_cast<Eigen::Index>(q), static_cast<Eigen::Index>(q));
        const Eigen::LLT<Eigen::MatrixXd> factor{Eigen::MatrixXd(covariance)};
        if (factor.info() == Eigen::Success) {
            const Eigen::MatrixXd lower = factor.matrixL();
            for (Eigen::Index i = 0; i < lower.rows(); ++i)
                for (Eigen::Index j = 0; j < lower.cols(); ++j)
                    model.mFourierFactor.push_back(lower(i, j));
        }
    }
    const std::vector<double> adjusted = adjustedSeries(y, season);
    model.mResiduals.reserve(n);
    const SmoothedEnd end = smoothAdjusted(adjusted, season, model.mParameters, trend, &model.mResiduals);
    model.mLevel = end.level;
    model.mTrend = end.trend;
    model.mSumOfSquares = end.sumOfSquares;
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
    model.mParameters = {p.alpha, p.beta, p.gamma, 1.0};
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

namespace {

/// φ + φ² + … + φ^j (j for φ = 1).
double dampedSum(double phi, std::size_t j)
{
    double sum = 0, power = 1;
    for (std::size_t i = 0; i < j; ++i) {
        power *= phi;
        sum += power;
    }
    return sum;
}

} // namespace

double HoltWintersModel::mean(std::size_t step) const
{
    const double season = mSeasonLength ? mSeasonRing[(mLength + step - 1) % mSeasonLength] : 0.0;
    return mLevel + dampedSum(mParameters.phi, step) * mTrend + season + mFourier.at(mLength + step);
}

double HoltWintersModel::forecastVariance(std::size_t step) const
{
    const auto& [alpha, beta, gamma, phi] = mParameters;
    const bool trended = mTrendType != TrendType::None;
    double sum = 1, power = 1, trendSum = 0; // trendSum = φ_j = φ + … + φ^j
    for (std::size_t j = 1; j < step; ++j) {
        power *= phi;
        trendSum += trended ? power : 0.0;
        const bool seasonStep = mSeasonLength && j % mSeasonLength == 0;
        const double c = alpha * (1 + trendSum * beta) + (seasonStep ? gamma * (1 - alpha) : 0.0);
        sum += c * c;
    }
    return mResidualVariance * sum + mFourier.variance(mLength + step);
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

void HoltWintersModel::addSimulatedPath(std::span<const double> innovations,
                                        std::span<const double> standardNormals, std::span<double> path) const
{
    const auto& [alpha, beta, gamma, phi] = mParameters;
    double level = mLevel, trend = mTrend;
    std::vector<double> ring = mSeasonRing;
    std::vector<double> curve = mFourier.values(mLength + 1, path.size());
    const std::size_t q = mFourier.coefficients.size();
    if (q && mFourierFactor.size() == q * q && standardNormals.size() >= q) {
        // The coefficient error δ = Lξ, its curve x_tᵀδ evaluated through the season's own columns.
        FourierSeason error = mFourier;
        for (std::size_t i = 0; i < q; ++i) {
            error.coefficients[i] = 0;
            for (std::size_t j = 0; j <= i; ++j)
                error.coefficients[i] += mFourierFactor[i * q + j] * standardNormals[j];
        }
        const std::vector<double> shift = error.values(mLength + 1, path.size());
        for (std::size_t h = 0; h < path.size(); ++h)
            curve[h] += shift[h];
    }
    for (std::size_t h = 0; h < path.size(); ++h) {
        const std::size_t position = mSeasonLength ? (mLength + h) % mSeasonLength : 0;
        const double season = mSeasonLength ? ring[position] : 0.0;
        const double e = innovations[h];
        path[h] += level + phi * trend + season + curve[h] + e;
        level += phi * trend + alpha * e;
        trend = phi * trend + alpha * beta * e;
        if (mSeasonLength)
            ring[position] += gamma * (1 - alpha) * e;
    }
}

double HoltWintersModel::aicc() const
{
    const auto n = static_cast<double>(mResiduals.size());
    // α and ℓ₀, β and b₀ with a trend, φ when damped, γ and m − 1 free seasonal starts, and σ².
    double q = 3;
    if (mTrendType != TrendType::None)
        q += 2;
    if (mTrendType == TrendType::Damped)
        q += 1;
    if (mSeasonLength)
        q += static_cast<double>(mSeasonLength);
    if (n <= q + 1)
        return std::numeric_limits<double>::infinity();
    const double meanSquare = std::max(mSumOfSquares / n, std::numeric_limits<double>::min());
    return n * std::log(meanSquare) + n * (1 + std::log(2 * std::numbers::pi)) + 2 * q +
           2 * q * (q + 1) / (n - q - 1);
}

std::string HoltWintersModel::description() const
{
    std::string text;
    if (mSeasonLength)
        text = "ETS(A,A,A) m=" + std::to_string(mSeasonLength);
    else if (mTrendType == TrendType::None)
        text = "ETS(A,N,N)";
    else
        text = mTrendType == TrendType::Damped ? "ETS(A,Ad,N)" : "ETS(A,A,N)";
    if (mFourier.seasonLength)
        text += " + " + std::to_string(mFourier.harmonics) +
                " Fourier pairs m=" + std::to_string(mFourier.seasonLength);
    text += " alpha=" + formatNumber(mParameters.alpha);
    if (mTrendType != TrendType::None)
        text += " beta=" + formatNumber(mParameters.beta);
    if (mTrendType == TrendType::Damped)
        text += " phi=" + formatNumber(mParameters.phi);
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
    const std::vector<double> x = unitbox::minimise(objective, seasonal ? 3 : 2);
    return {x[0], x[1], seasonal ? x[2] : 0.0};
}

namespace {

/// The candidate of this trend type with the smallest sum of squared errors (see HoltWintersForecaster).
HoltWintersModel bestSeasonallyAdjusted(std::span<const double> counts, const FourierSeason& season,
                                        TrendType trend)
{
    auto parameters = [trend](const std::vector<double>& x) {
        HoltWintersParameters p{x[0], 0.0, 0.0, 1.0};
        if (trend != TrendType::None)
            p.beta = x[1];
        if (trend == TrendType::Damped)
            p.phi = dampingFromUnit(x[2]);
        return p;
    };
    const std::vector<double> adjusted = adjustedSeries(counts, season);
    auto objective = [&](const std::vector<double>& x) {
        return smoothAdjusted(adjusted, season, parameters(x), trend, nullptr).sumOfSquares;
    };
    const std::size_t dimensions = trend == TrendType::None ? 1 : trend == TrendType::Additive ? 2 : 3;
    const std::vector<double> x = unitbox::minimise(objective, dimensions);
    // k: the smoothing parameters, the start states (ℓ₀, b₀) and the Fourier coefficients.
    const std::size_t estimated =
        2 * dimensions - (trend == TrendType::Damped ? 1 : 0) + season.coefficients.size();
    return filterSeasonallyAdjusted(counts, season, parameters(x), trend, estimated);
}

std::unique_ptr<FittedForecastModel> fitSeasonallyAdjusted(std::span<const double> counts,
                                                           const FourierSeason& season)
{
    std::unique_ptr<HoltWintersModel> best;
    for (const TrendType trend : {TrendType::None, TrendType::Additive, TrendType::Damped}) {
        auto candidate = std::make_unique<HoltWintersModel>(bestSeasonallyAdjusted(counts, season, trend));
        if (!best || candidate->aicc() < best->aicc())
            best = std::move(candidate);
    }
    return best;
}

} // namespace

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
    if (m > longestStateSeason)
        return fitSeasonallyAdjusted(counts, fitFourierSeason(counts, m, mHarmonics));
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
    std::vector<double> innovations(horizon), path(horizon), normals;
    for (std::size_t p = 0; p < paths; ++p) {
        for (auto& back : periodsBack)
            back = 1 + static_cast<std::size_t>(engine() % shortest);
        std::fill(path.begin(), path.end(), 0.0);
        for (const HoltWintersModel* model : models) {
            const auto& residuals = model->residuals();
            for (std::size_t h = 0; h < horizon; ++h)
                innovations[h] = residuals[residuals.size() - periodsBack[h]];
            normals.clear();
            while (normals.size() < model->fourierSeason().coefficients.size()) {
                const auto pair = standardNormalPair(engine);
                normals.insert(normals.end(), pair.begin(), pair.end());
            }
            model->addSimulatedPath(innovations, normals, path);
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
