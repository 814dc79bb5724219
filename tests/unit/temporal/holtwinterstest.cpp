// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/holtwinters.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

namespace {

using namespace bib::core;

// The small series of the R cross-checks below.
const std::vector<double> series{12, 7, 9, 15, 14, 8, 11, 17, 13, 10, 12, 19, 16, 9, 13, 20, 15, 11, 14, 22};

void expectNear(double actual, double expected, double relative)
{
    EXPECT_NEAR(actual, expected, relative * std::max(1.0, std::abs(expected)));
}

TEST(HoltWinters, matchesRSeasonalFilterWithFixedParameters)
{
    // R 4.2.2: fit <- HoltWinters(ts(x, frequency = 4), alpha = 0.4, beta = 0.15, gamma = 0.3,
    //          seasonal = "additive"); fit$coefficients; fit$SSE; predict(fit, 6)   (x = `series`)
    const HoltWintersModel model = filterHoltWinters(series, 4, {0.4, 0.15, 0.3});
    expectNear(model.level(), 16.59655699044044397, 1e-10);
    expectNear(model.trend(), 0.39191844577508156, 1e-10);
    const std::vector<double> s{1.27675546848188604, -4.20149953986291891, -1.66397357601026030,
                                4.52697298471654008};
    for (std::size_t k = 0; k < 4; ++k)
        expectNear(model.seasonal()[k], s[k], 1e-10);
    expectNear(model.sumOfSquaredErrors(), 32.087057984498337, 1e-10);
    const std::vector<double> predicted{18.265230904697415, 13.178894342127688, 16.108338751755429,
                                        22.691203758257309, 19.832904687797740, 14.746568125228013};
    for (std::size_t h = 1; h <= 6; ++h)
        expectNear(model.mean(h), predicted[h - 1], 1e-10);
}

TEST(HoltWinters, matchesRSeasonalFilterForAnOddSeasonLength)
{
    // R 4.2.2: fit <- HoltWinters(ts(x[1:15], frequency = 5), alpha = 0.2, beta = 0.05, gamma = 0.6,
    //          seasonal = "additive"); fit$SSE; predict(fit, 7)
    const HoltWintersModel model = filterHoltWinters(std::span(series).first(15), 5, {0.2, 0.05, 0.6});
    expectNear(model.level(), 13.59424691785970296, 1e-10);
    expectNear(model.trend(), 0.26049386826515702, 1e-10);
    expectNear(model.sumOfSquaredErrors(), 200.53681152866048, 1e-10);
    const std::vector<double> predicted{11.590868237975918, 16.150618646376444, 16.280935498144320,
                                        12.734789119909330, 14.459422501883152, 12.893337579301702,
                                        17.453087987702233};
    for (std::size_t h = 1; h <= 7; ++h)
        expectNear(model.mean(h), predicted[h - 1], 1e-10);
}

TEST(HoltWinters, matchesRHoltLinearWithoutSeason)
{
    // R 4.2.2: fit2 <- HoltWinters(x, alpha = 0.5, beta = 0.2, gamma = FALSE); fit2$SSE; predict(fit2, 3)
    const HoltWintersModel model = filterHoltWinters(series, 0, {0.5, 0.2, 0.0});
    expectNear(model.level(), 17.84960769221417110, 1e-10);
    expectNear(model.trend(), 0.75215958512249526, 1e-10);
    expectNear(model.sumOfSquaredErrors(), 730.07560361242304, 1e-10);
    expectNear(model.mean(3), 20.106086447581657, 1e-10);
    EXPECT_EQ(model.residuals().size(), series.size() - 2);
}

TEST(HoltWinters, forecastVarianceEqualsTheClosedFormOfEtsAAA)
{
    // FPP2 (Hyndman & Athanasopoulos 2018) Table 7.8, ETS(A,A,A) in the error-correction parameters
    // a = α, b = αβ, g = (1 − α)γ, k = ⌊(h − 1)/m⌋:
    //   σ_h² = σ² [1 + (h − 1){a² + abh + b²h(2h − 1)/6} + gk{2a + g + bm(k + 1)}]
    const HoltWintersParameters p{0.4, 0.15, 0.3};
    const HoltWintersModel model = filterHoltWinters(series, 4, p);
    const double a = p.alpha, b = p.alpha * p.beta, g = (1 - p.alpha) * p.gamma, m = 4;
    const double sigma2 = model.residualVariance();
    double later = 0; // residuals after the first filtered season (periods 9 … 20), none estimated
    for (std::size_t i = 4; i < model.residuals().size(); ++i)
        later += model.residuals()[i] * model.residuals()[i];
    EXPECT_NEAR(sigma2, later / 12.0, 1e-12);
    for (int h = 1; h <= 13; ++h) {
        const double k = std::floor((h - 1) / m);
        const double closed = sigma2 * (1 + (h - 1) * (a * a + a * b * h + b * b * h * (2 * h - 1) / 6.0) +
                                        g * k * (2 * a + g + b * m * (k + 1)));
        EXPECT_NEAR(model.forecastVariance(static_cast<std::size_t>(h)), closed, 1e-9 * closed)
            << "h = " << h;
    }
}

TEST(HoltWinters, simulatedPathWithoutInnovationsIsTheMean)
{
    const HoltWintersModel model = filterHoltWinters(series, 4, {0.4, 0.15, 0.3});
    std::vector<double> path(9, 0.0);
    model.addSimulatedPath(std::vector<double>(9, 0.0), {}, path);
    for (std::size_t h = 1; h <= 9; ++h)
        EXPECT_NEAR(path[h - 1], model.mean(h), 1e-12);
}

TEST(HoltWinters, estimationFindsAtLeastAsSmallAnErrorAsRsStartAndTheGrid)
{
    const HoltWintersParameters best = estimateHoltWintersParameters(series, 4);
    const double sse = filterHoltWinters(series, 4, best).sumOfSquaredErrors();
    for (const HoltWintersParameters other :
         {HoltWintersParameters{0.3, 0.1, 0.1}, HoltWintersParameters{0.4, 0.15, 0.3},
          HoltWintersParameters{0.95, 0.02, 0.45}})
        EXPECT_LE(sse, filterHoltWinters(series, 4, other).sumOfSquaredErrors() + 1e-12);
    for (double v : {best.alpha, best.beta, best.gamma}) {
        EXPECT_GE(v, 0.0);
        EXPECT_LE(v, 1.0);
    }
}

TEST(HoltWinters, recoversAnExactSeasonalTrend)
{
    // y_t = 20 + 0.5 t + seasonal pattern: any parameters give zero error once the start values are right.
    std::vector<double> y;
    const double pattern[4] = {3, -1, -4, 2};
    for (int t = 0; t < 24; ++t)
        y.push_back(20 + 0.5 * t + pattern[t % 4]);
    HoltWintersForecaster forecaster;
    const SeriesForecast f = forecaster.forecast(y, {5, 4, 100, 1});
    for (int h = 1; h <= 5; ++h)
        EXPECT_NEAR(f.mean[static_cast<std::size_t>(h - 1)], 20 + 0.5 * (23 + h) + pattern[(23 + h) % 4],
                    1e-6);
}

TEST(HoltWinters, fallsBackToHoltLinearForLessThanTwoSeasons)
{
    HoltWintersForecaster forecaster;
    const SeriesForecast f = forecaster.forecast(std::span(series).first(7), {2, 4, 100, 1});
    EXPECT_NE(f.note.find("two seasons"), std::string::npos) << f.note;
    EXPECT_EQ(f.model.rfind("ETS(A,A,N)", 0), 0u) << f.model;
    EXPECT_THROW(forecaster.forecast(std::vector<double>{1, 2, 3}, {1, 0, 100, 1}), InputError);
}

TEST(HoltWinters, intervalsAreGaussianAroundTheMeanAndClampedAtZero)
{
    // qnorm(0.975) = 1.9599639845400536 (R 4.2.2)
    const HoltWintersModel model = filterHoltWinters(series, 4, {0.4, 0.15, 0.3});
    EXPECT_NEAR(model.quantile(3, 0.975) - model.mean(3),
                1.9599639845400536 * std::sqrt(model.forecastVariance(3)), 1e-12);
    HoltWintersForecaster forecaster;
    const SeriesForecast f =
        forecaster.forecast(std::vector<double>{0, 1, 0, 0, 2, 0, 0, 0, 1, 0}, {4, 0, 100, 1});
    for (std::size_t h = 0; h < 4; ++h) {
        EXPECT_GE(f.lo95[h], 0.0);
        EXPECT_LE(f.lo95[h], f.lo80[h]);
        EXPECT_LE(f.lo80[h], f.hi80[h]);
        EXPECT_LE(f.hi80[h], f.hi95[h]);
    }
}

/// y_t = 10 + 0.05 t + 3 sin(2πt/52) + (7t mod 5), t = 1 … 110: a long (weekly) season.
std::vector<double> weeklySeries()
{
    std::vector<double> y;
    for (int t = 1; t <= 110; ++t)
        y.push_back(10 + 0.05 * t + 3 * std::sin(2 * std::numbers::pi * t / 52) + (t * 7) % 5);
    return y;
}

TEST(HoltWinters, longSeasonMatchesRFourierRegressionAndHoltOnTheAdjustedSeries)
{
    // R 4.2.2, t <- 1:110; y as weeklySeries(); m <- 52;
    //   X <- cbind(sin(2*pi*t/m), cos(2*pi*t/m), sin(4*pi*t/m), cos(4*pi*t/m), sin(6*pi*t/m), cos(6*pi*t/m))
    //   fit <- lm(y ~ t + X); s <- function(tt) Fourier columns at tt %*% coef(fit)[3:8]
    //   hw <- HoltWinters(ts(c(0, 0, y - s(t))), alpha = 0.3, beta = 0.1, gamma = FALSE,
    //                     l.start = coef(fit)[1], b.start = coef(fit)[2])
    //   (the two leading zeros are never read: with l.start/b.start given, filtering starts at the third
    //   value, so the first adjusted value is filtered from the regression line at t = 0; a hand-written
    //   loop of the same recursions in R gives the same numbers)
    //   predict(hw, n.ahead = 4) + s(111:114); hw$SSE
    const std::vector<double> y = weeklySeries();
    const FourierSeason season = fitFourierSeason(y, 52, 3);
    ASSERT_EQ(season.coefficients.size(), 6u);
    const double coefficients[6] = {2.9689888001042312737, 0.0140202121751578524,  -0.0199407779284215339,
                                    0.0262104681747703724, -0.0053318241642293044, 0.0372759235889697088};
    for (std::size_t k = 0; k < 6; ++k)
        expectNear(season.coefficients[k], coefficients[k], 1e-9);
    expectNear(season.intercept, 12.0759601614631115751, 1e-9);
    expectNear(season.slope, 0.0486242536436535880, 1e-9);
    const HoltWintersModel model = filterSeasonallyAdjusted(y, season, {0.3, 0.1, 0.0});
    const double forecasts[4] = {19.317710489547167, 19.542307691249999, 19.737651494954758,
                                 19.901109735726035};
    for (std::size_t h = 1; h <= 4; ++h)
        expectNear(model.mean(h), forecasts[h - 1], 1e-9);
    expectNear(model.sumOfSquaredErrors(), 306.32621982107452, 1e-9);
    EXPECT_EQ(model.residuals().size(), 110u);
    // Holt's class-1 variance plus the estimation variance of the Fourier curve:
    //   V <- vcov(fit)[3:8, 3:8]; V[1, ]; X(111) %*% V %*% t(X(111)); X(114) %*% V %*% t(X(114))
    const double covarianceRow[6] = {4.5032574467532428e-02,  -3.1597205313851850e-03,
                                     4.2039000335795578e-06,  -1.9823032391492667e-03,
                                     -1.0662933862165555e-03, -5.1436454424452587e-04};
    ASSERT_EQ(season.covariance.size(), 36u);
    for (std::size_t k = 0; k < 6; ++k)
        EXPECT_NEAR(season.covariance[k], covarianceRow[k], 1e-9 * 0.045);
    expectNear(season.covariance[35], 0.040026751774303912, 1e-9);
    expectNear(season.variance(111), 0.1132446061772667, 1e-9);
    expectNear(season.variance(114), 0.12759619305497813, 1e-9);
    expectNear(model.forecastVariance(2),
               model.residualVariance() * (1 + 0.3 * 1.1 * 0.3 * 1.1) + season.variance(112), 1e-12);
}

TEST(HoltWinters, dampedAndTrendlessSmoothingOfTheAdjustedSeriesMatchAnRLoop)
{
    // R 4.2.2, fit, s and the adjusted series z <- y - s(t) as above, then by hand (component form, the
    // start states the regression line at t = 0, b = 0 without trend):
    //   for (i in seq_along(z)) { e <- z[i] - (l + phi*b); sse <- sse + e^2
    //     lnew <- alpha*z[i] + (1 - alpha)*(l + phi*b); b <- beta*(lnew - l) + (1 - beta)*phi*b; l <- lnew }
    //   damped: alpha = 0.3, beta = 0.1, phi = 0.9; mean(h) = l + sum(phi^(1:h))*b + s(110 + h)
    //   none:   alpha = 0.3, b = 0
    // AICc (Hyndman et al. 2008 §7.1) = n log(sse/n) + n(1 + log 2π) + 2q + 2q(q + 1)/(n − q − 1), n = 110,
    // q = 6 (α, β, φ, ℓ₀, b₀, σ²) damped and 3 (α, ℓ₀, σ²) without trend.
    const std::vector<double> y = weeklySeries();
    const FourierSeason season = fitFourierSeason(y, 52, 3);
    const HoltWintersModel damped =
        filterSeasonallyAdjusted(y, season, {0.3, 0.1, 0.0, 0.9}, TrendType::Damped);
    expectNear(damped.level(), 17.069122231401437, 1e-9);
    expectNear(damped.trend(), -0.012568786354008432, 1e-9);
    expectNear(damped.sumOfSquaredErrors(), 306.29194060863182, 1e-9);
    const double forecasts[4] = {19.232766457055995, 19.433615822120487, 19.606229860881584,
                                 19.747874601234408};
    for (std::size_t h = 1; h <= 4; ++h)
        expectNear(damped.mean(h), forecasts[h - 1], 1e-9);
    expectNear(damped.aicc(), 437.62842820337238, 1e-9);
    EXPECT_EQ(damped.description().rfind("ETS(A,Ad,N) + 3 Fourier pairs m=52", 0), 0u)
        << damped.description();

    const HoltWintersModel level = filterSeasonallyAdjusted(y, season, {0.3, 0.1, 0.0, 0.9}, TrendType::None);
    expectNear(level.level(), 16.99077591426596, 1e-9);
    EXPECT_EQ(level.trend(), 0.0);
    expectNear(level.sumOfSquaredErrors(), 300.3844868973718, 1e-9);
    expectNear(level.mean(1), 19.165732047639125, 1e-9);
    expectNear(level.mean(3) - season.at(113), level.level(), 1e-12);
    expectNear(level.aicc(), 428.89701263987257, 1e-9);
    // ETS(A,N,N)'s class-1 variance: c_j = α.
    expectNear(level.forecastVariance(3) - season.variance(113), level.residualVariance() * (1 + 2 * 0.09),
               1e-12);
}

TEST(HoltWinters, dampedForecastVarianceMatchesRsForecastPackage)
{
    // R forecast 8.20: f <- ets(yy, model = "AAN", damped = TRUE, alpha = 0.3, beta = 0.03, phi = 0.9);
    // fc <- forecast(f, h = 6, level = 80); ((fc$upper - fc$mean) / qnorm(0.9))^2 / f$sigma2
    // (any series yy; equal to FPP2 Table 7.8's closed form for ETS(A,Ad,N)). The component β is
    // 0.03 / α = 0.1.
    const std::vector<double> ratio{1, 1.106929, 1.23034069, 1.3695965389, 1.523930018509, 1.69249585479229};
    const std::vector<double> y = weeklySeries();
    const FourierSeason season = fitFourierSeason(y, 52, 3);
    const HoltWintersModel model =
        filterSeasonallyAdjusted(y, season, {0.3, 0.1, 0.0, 0.9}, TrendType::Damped);
    for (std::size_t h = 1; h <= 6; ++h)
        expectNear((model.forecastVariance(h) - season.variance(110 + h)) / model.residualVariance(),
                   ratio[h - 1], 1e-12);
}

TEST(HoltWinters, simulatedPathAddsTheFourierCoefficientError)
{
    // R: L <- t(chol(V)); X(111) %*% L[, 1], X(112) %*% L[, 1] — the curve of the error δ = L·(1, 0, …, 0).
    const std::vector<double> y = weeklySeries();
    const HoltWintersModel model = filterSeasonallyAdjusted(y, fitFourierSeason(y, 52, 3), {0.3, 0.1, 0.0});
    std::vector<double> path(2, 0.0);
    model.addSimulatedPath(std::vector<double>(2, 0.0), std::vector<double>{1, 0, 0, 0, 0, 0}, path);
    expectNear(path[0] - model.mean(1), 0.14925294042473605, 1e-9);
    expectNear(path[1] - model.mean(2), 0.17066803535985145, 1e-9);
}

TEST(HoltWinters, longSeasonChoosesNoTrendForASeriesWithoutOne)
{
    // No trend: seasonal curve + a repeating pattern of period 5. R forecast 8.20 on the same adjusted
    // series, z <- y - X %*% coef(lm(y ~ t + X))[3:8] with X the 3 Fourier pairs of m = 52:
    //   ets(ts(z), model = "AZN", ic = "aicc")$method = "ETS(A,N,N)"
    //   (AICc 663.8 against 668.2 for ETS(A,A,N) and 670.9 for ETS(A,Ad,N)).
    std::vector<double> y;
    for (int t = 1; t <= 120; ++t)
        y.push_back(10 + 3 * std::sin(2 * std::numbers::pi * t / 52) + (t * 7) % 5);
    const SeriesForecast f = HoltWintersForecaster().forecast(y, {4, 52, 100, 1});
    EXPECT_EQ(f.model.rfind("ETS(A,N,N) + 3 Fourier pairs m=52", 0), 0u) << f.model;
}

TEST(HoltWinters, longSeasonUsesFourierTermsInsteadOfSeasonalStates)
{
    // Exact trend + two harmonics of a 52-period season: the Fourier fit is exact, the adjusted series a
    // straight line, which Holt's method forecasts without error whatever its parameters.
    std::vector<double> y;
    auto truth = [](double t) {
        return 20 + 0.5 * t + 4 * std::sin(2 * std::numbers::pi * t / 52) +
               2 * std::cos(4 * std::numbers::pi * t / 52);
    };
    for (int t = 1; t <= 120; ++t)
        y.push_back(truth(t));
    HoltWintersForecaster forecaster;
    const SeriesForecast f = forecaster.forecast(y, {6, 52, 100, 1});
    EXPECT_EQ(f.model.rfind("ETS(A,A,N) + 3 Fourier pairs m=52", 0), 0u) << f.model;
    EXPECT_TRUE(f.note.empty()) << f.note;
    for (std::size_t h = 1; h <= 6; ++h)
        EXPECT_NEAR(f.mean[h - 1], truth(static_cast<double>(120 + h)), 1e-6);
    // Seasons up to 24 keep their seasonal states.
    EXPECT_EQ(forecaster.forecast(series, {2, 4, 100, 1}).model.rfind("ETS(A,A,A) m=4", 0), 0u);
}

TEST(HoltWinters, sampleQuantileIsRType7)
{
    // quantile(c(4, 1, 3, 2, 10), c(0.1, 0.9)) = 1.4, 7.6 (R 4.2.2, type 7)
    EXPECT_NEAR(forecastmath::sampleQuantile({4, 1, 3, 2, 10}, 0.1), 1.4, 1e-12);
    EXPECT_NEAR(forecastmath::sampleQuantile({4, 1, 3, 2, 10}, 0.9), 7.6, 1e-12);
}

} // namespace
