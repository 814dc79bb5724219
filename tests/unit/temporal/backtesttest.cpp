// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/backtest.h"
#include "temporal/holtwinters.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace bib::core;

TEST(Backtest, seasonalNaiveRepeatsTheLastSeason)
{
    const std::vector<double> history{1, 2, 3, 4, 5, 6, 7};
    // m = 3: the last season is 5, 6, 7, and step h takes y_{n+h−m(⌊(h−1)/m⌋+1)}.
    EXPECT_EQ(seasonalNaiveForecast(history, 3, 5), (std::vector<double>{5, 6, 7, 5, 6}));
    EXPECT_EQ(seasonalNaiveForecast(history, 0, 2), (std::vector<double>{7, 7}));
    EXPECT_EQ(seasonalNaiveForecast(history, 12, 1),
              (std::vector<double>{7})); // shorter than a season: naive
}

CountTable tableOf(const std::vector<std::vector<double>>& series)
{
    CountTable t;
    t.idField = "id";
    t.period = Period::Month;
    for (std::size_t i = 0; i < series.front().size(); ++i)
        t.periods.push_back("p" + std::to_string(i));
    for (std::size_t s = 0; s < series.size(); ++s)
        t.series.push_back({"A" + std::to_string(s), "", series[s], {}});
    return t;
}

TEST(Backtest, seasonalNaiveIsPerfectOnAPurelySeasonalSeries)
{
    std::vector<double> y;
    for (int t = 0; t < 40; ++t)
        y.push_back((t % 4) * 3 + 1);
    HoltWintersForecaster forecaster;
    BacktestSettings settings;
    settings.forecast = {2, 4, 100, 1};
    settings.origins = 5;
    SilentFeedback feedback;
    const BacktestResult r = backtest(tableOf({y}), forecaster, settings, feedback);
    EXPECT_EQ(r.origins, 5u);
    ASSERT_EQ(r.series.size(), 1u);
    EXPECT_EQ(r.series[0].errors, 10u);
    EXPECT_EQ(r.naiveMae, 0.0);
    EXPECT_TRUE(std::isnan(r.skill));
}

TEST(Backtest, methodBeatsSeasonalNaiveOnATrendAndPoolsAllErrors)
{
    // A straight line: Holt's linear method is exact after its start, the naive is h·slope off.
    std::vector<double> a, b;
    for (int t = 0; t < 30; ++t) {
        a.push_back(10 + 2 * t);
        b.push_back(5 + t);
    }
    HoltWintersForecaster forecaster;
    BacktestSettings settings;
    settings.forecast = {3, 0, 100, 1};
    settings.origins = 4;
    SilentFeedback feedback;
    const BacktestResult r = backtest(tableOf({a, b}), forecaster, settings, feedback);
    // Naive errors per origin: slope·(1 + 2 + 3)/3 = 2·slope → MAE 4 for a, 2 for b, pooled 3.
    EXPECT_NEAR(r.series[0].naiveMae, 4.0, 1e-12);
    EXPECT_NEAR(r.series[1].naiveMae, 2.0, 1e-12);
    EXPECT_NEAR(r.naiveMae, 3.0, 1e-12);
    EXPECT_LT(r.methodMae, 1e-6);
    EXPECT_GT(r.skill, 0.99);
}

TEST(Backtest, rejectsSeriesTooShortForOneOrigin)
{
    HoltWintersForecaster forecaster;
    BacktestSettings settings;
    settings.forecast = {4, 12, 100, 1};
    SilentFeedback feedback;
    EXPECT_THROW(backtest(tableOf({std::vector<double>(20, 1.0)}), forecaster, settings, feedback),
                 InputError);
}

// Series B starts at period 6 of 20 (earlier periods unknown, NaN as readCountTable gives them) and is a
// straight line 1, 2, … from there. No season, minimum training 8 periods, horizon 1, 5 origins: the
// origins are 15 … 19, each with at least 8 periods of B before it, so B takes part at every origin;
// Holt's linear method is exact on a line (start ℓ = y₂, b = y₂ − y₁, every error 0) → MAE 0, and the
// naive forecast (the last value) is 1 off at every origin → MAE 1. Series C starts at period 16: no
// origin has 8 periods of it before, so it is left out.
TEST(Backtest, seriesStartingLaterAreTestedOnTheirOwnPeriodsOnly)
{
    const double unknown = std::nan("");
    std::vector<double> a(20, 3.0), b(6, unknown), c(16, unknown);
    for (int t = 1; t <= 14; ++t)
        b.push_back(t);
    for (int t = 0; t < 4; ++t)
        c.push_back(2);
    HoltWintersForecaster forecaster;
    BacktestSettings settings;
    settings.forecast = {1, 0, 100, 1};
    settings.origins = 5;
    settings.minimumTraining = 8;
    SilentFeedback feedback;
    const BacktestResult r = backtest(tableOf({a, b, c}), forecaster, settings, feedback);
    ASSERT_EQ(r.series.size(), 2u);
    EXPECT_EQ(r.series[1].id, "A1");
    EXPECT_EQ(r.series[1].errors, 5u);
    EXPECT_NEAR(r.series[1].methodMae, 0.0, 1e-9);
    EXPECT_NEAR(r.series[1].naiveMae, 1.0, 1e-12);
}

} // namespace
