// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/poissonregression.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using namespace bib::core;

// Monthly counts of the R cross-checks below.
const std::vector<double> counts{3, 5, 4, 8, 9, 12, 10, 7, 6, 4, 3, 2, 4, 6, 7, 9, 13, 14, 11, 9, 6, 5, 3, 4};

void expectRelative(double actual, double expected, double relative)
{
    EXPECT_NEAR(actual, expected, relative * std::abs(expected)) << "expected " << expected;
}

TEST(PoissonRegression, designIsTrendAndFourierPairsOnPeriodNumbers)
{
    const auto x = PoissonRegressionForecaster::design(1, 3, true, 12, 1);
    ASSERT_EQ(x.size(), 4u); // intercept, t, sin, cos
    EXPECT_EQ(x[1], (std::vector<double>{1, 2, 3}));
    EXPECT_NEAR(x[2][2], 1.0, 1e-15); // sin(2π·3/12)
    EXPECT_NEAR(x[3][0], std::sqrt(3.0) / 2, 1e-15);
    // m = 4 with 3 harmonics asked: K = 2 pairs, the sine of k = m/2 = 2 (always 0) left out.
    EXPECT_EQ(PoissonRegressionForecaster::design(1, 8, true, 4, 3).size(), 5u);
    EXPECT_EQ(PoissonRegressionForecaster::design(1, 8, false, 0, 3).size(), 1u);
}

TEST(PoissonRegression, coefficientsMatchRGlmWithOneHarmonic)
{
    // R 4.2.2: t <- 1:24; g <- glm(y ~ t + sin(2*pi*t/12) + cos(2*pi*t/12), family = poisson,
    //          control = glm.control(epsilon = 1e-14, maxit = 100)); coef(g); deviance(g)   (y = `counts`)
    const PoissonGlmFit fit = fitPoissonGlm(PoissonRegressionForecaster::design(1, 24, true, 12, 1), counts);
    ASSERT_TRUE(fit.converged);
    const std::vector<double> expected{1.603239790880036431, 0.016219709565791982, 0.085585950543467987,
                                       -0.687843273881828310};
    for (std::size_t j = 0; j < expected.size(); ++j)
        expectRelative(fit.coefficients[j], expected[j], 1e-8);
    expectRelative(fit.deviance, 2.4384623450755623, 1e-8);
}

TEST(PoissonRegression, coefficientsMatchRGlmWithTwoHarmonics)
{
    // R 4.2.2: glm(y ~ t + sin(2*pi*t/12) + cos(2*pi*t/12) + sin(4*pi*t/12) + cos(4*pi*t/12),
    //          family = poisson, control = glm.control(epsilon = 1e-14, maxit = 100))
    const PoissonGlmFit fit = fitPoissonGlm(PoissonRegressionForecaster::design(1, 24, true, 12, 2), counts);
    const std::vector<double> expected{1.594623876149917852,  0.016907122475605725, 0.104288965072549658,
                                       -0.684729276668499587, 0.048027565513224915, 0.012514289139410313};
    for (std::size_t j = 0; j < expected.size(); ++j)
        expectRelative(fit.coefficients[j], expected[j], 1e-8);
    expectRelative(fit.deviance, 2.2624029052885808, 1e-8);
}

TEST(PoissonRegression, quantilesMatchRQpois)
{
    // R 4.2.2: qpois(c(0.025, 0.1, 0.9, 0.975), λ) for λ = 3.7, 0.05, 2500.3
    const std::vector<double> p{0.025, 0.1, 0.9, 0.975};
    const std::vector<std::vector<double>> expected{{1, 1, 6, 8}, {0, 0, 0, 1}, {2403, 2436, 2564, 2599}};
    const std::vector<double> means{3.7, 0.05, 2500.3};
    for (std::size_t i = 0; i < means.size(); ++i)
        for (std::size_t q = 0; q < p.size(); ++q)
            EXPECT_EQ(poissonQuantile(means[i], p[q]), expected[i][q]) << means[i] << " " << p[q];
    EXPECT_EQ(poissonQuantile(0, 0.975), 0);
}

TEST(PoissonRegression, forecastsExtrapolateTheFittedCurve)
{
    PoissonRegressionForecaster forecaster(1);
    const SeriesForecast f = forecaster.forecast(counts, {3, 12, 100, 1});
    const std::vector<double> b{1.603239790880036431, 0.016219709565791982, 0.085585950543467987,
                                -0.687843273881828310};
    for (int h = 1; h <= 3; ++h) {
        const double t = 24 + h;
        const double mu = std::exp(b[0] + b[1] * t + b[2] * std::sin(2 * M_PI * t / 12) +
                                   b[3] * std::cos(2 * M_PI * t / 12));
        EXPECT_NEAR(f.mean[static_cast<std::size_t>(h - 1)], mu, 1e-7 * mu);
        EXPECT_GE(f.hi95[static_cast<std::size_t>(h - 1)], poissonQuantile(mu, 0.975)); // NB: never narrower
    }
}

TEST(PoissonRegression, shortSeriesLoseSeasonThenTrend)
{
    PoissonRegressionForecaster forecaster;
    const SeriesForecast noSeason = forecaster.forecast(std::vector<double>{1, 3, 2, 4, 3}, {2, 12, 100, 1});
    EXPECT_NE(noSeason.note.find("season"), std::string::npos);
    const SeriesForecast constant = forecaster.forecast(std::vector<double>{2, 4}, {2, 12, 100, 1});
    EXPECT_NEAR(constant.mean[1], 3.0, 1e-9); // the MLE of a constant rate is the mean count
}

TEST(PoissonRegression, rejectsARankDeficientDesign)
{
    const std::vector<std::vector<double>> design{{1, 1, 1}, {2, 2, 2}};
    EXPECT_THROW(fitPoissonGlm(design, std::vector<double>{1, 2, 3}), InputError);
}

} // namespace
