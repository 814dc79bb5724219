// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/forecaster.h"
#include "temporal/poissonregression.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace {

using namespace bib::core;

CountTable buurtTable()
{
    CountTable t;
    t.idField = "bu_code";
    t.period = Period::Month;
    for (int i = 0; i < 30; ++i)
        t.periods.push_back("p" + std::to_string(i));
    const std::vector<std::string> ids{"BU03440101", "BU03440102", "BU03440201", "BU05990101", "elsewhere"};
    for (std::size_t s = 0; s < ids.size(); ++s) {
        std::vector<double> y;
        for (int i = 0; i < 30; ++i)
            y.push_back(std::floor(3 + static_cast<double>(s) + 2 * std::sin(i * 0.5236) +
                                   ((i * 7 + static_cast<int>(s)) % 3)));
        t.series.push_back({ids[s], "", y, {}});
    }
    return t;
}

TEST(Forecaster, parsesMethodsAndDefaultSeasons)
{
    EXPECT_EQ(parseForecastMethod("ets"), ForecastMethod::HoltWinters);
    EXPECT_EQ(parseForecastMethod("poisson"), ForecastMethod::PoissonRegression);
    EXPECT_THROW(parseForecastMethod("arima"), InputError);
    EXPECT_EQ(defaultSeasonLength(Period::Week), 52u);
    EXPECT_EQ(defaultSeasonLength(Period::Month), 12u);
    EXPECT_EQ(defaultSeasonLength(Period::Quarter), 4u);
    EXPECT_EQ(defaultSeasonLength(Period::Day), 0u);
    EXPECT_EQ(defaultSeasonLength(Period::Year), 0u);
}

TEST(Forecaster, validatesCountsAndHorizonAndForecastsZeroForAnEmptySeries)
{
    const auto forecaster = createForecaster(ForecastMethod::HoltWinters);
    EXPECT_THROW(forecaster->forecast(std::vector<double>{1, -1, 2, 3}, {1, 0, 100, 1}), InputError);
    EXPECT_THROW(forecaster->forecast(std::vector<double>{1, NAN, 2, 3}, {1, 0, 100, 1}), InputError);
    EXPECT_THROW(forecaster->forecast(std::vector<double>{1, 2, 2, 3}, {0, 0, 100, 1}), InputError);
    const SeriesForecast f = forecaster->forecast(std::vector<double>(10, 0.0), {3, 4, 100, 1});
    EXPECT_EQ(f.mean, std::vector<double>(3, 0.0));
    EXPECT_EQ(f.hi95, std::vector<double>(3, 0.0));
    EXPECT_FALSE(f.note.empty());
}

TEST(Forecaster, groupsCbsBuurtCodesIntoWijkAndGemeente)
{
    SilentFeedback feedback;
    const auto groupings = groupingsFromCbsCodes(buurtTable(), feedback);
    ASSERT_EQ(groupings.size(), 2u);
    EXPECT_EQ(groupings[0].groupOf,
              (std::vector<std::string>{"WK034401", "WK034401", "WK034402", "WK059901", ""}));
    EXPECT_EQ(groupings[1].groupOf, (std::vector<std::string>{"GM0344", "GM0344", "GM0344", "GM0599", ""}));
    EXPECT_EQ(feedback.warningCount(), 1u);
}

TEST(Forecaster, bottomUpMeansAddUpAcrossLevels)
{
    SilentFeedback feedback;
    const CountTable table = buurtTable();
    for (ForecastMethod method : {ForecastMethod::HoltWinters, ForecastMethod::PoissonRegression}) {
        const auto forecaster = createForecaster(method);
        const TableForecast r = forecastTable(table, *forecaster, {4, 12, 500, 7},
                                              groupingsFromCbsCodes(table, feedback), feedback);
        ASSERT_EQ(r.areaSeries, 5u);
        ASSERT_EQ(r.layout.series.size(), 5u + 3u + 2u); // 3 wijken, 2 gemeenten
        EXPECT_EQ(r.layout.series[5].id, "WK034401");
        EXPECT_EQ(r.layout.series[8].id, "GM0344");
        for (std::size_t h = 0; h < 4; ++h) {
            EXPECT_NEAR(r.forecasts[5].mean[h], r.forecasts[0].mean[h] + r.forecasts[1].mean[h], 1e-9);
            EXPECT_NEAR(r.forecasts[8].mean[h], r.forecasts[5].mean[h] + r.forecasts[6].mean[h],
                        1e-9); // gemeente = its wijken
            EXPECT_LE(r.forecasts[8].lo95[h], r.forecasts[8].lo80[h]);
            EXPECT_LE(r.forecasts[8].hi80[h], r.forecasts[8].hi95[h]);
            EXPECT_LE(r.forecasts[8].lo80[h], r.forecasts[8].mean[h]);
            EXPECT_GE(r.forecasts[8].hi80[h], r.forecasts[8].mean[h]);
        }
    }
}

TEST(Forecaster, poissonAggregateIntervalsAreThoseOfTheSummedMeanAndVariance)
{
    SilentFeedback feedback;
    const CountTable table = buurtTable();
    const auto forecaster = createForecaster(ForecastMethod::PoissonRegression);
    const TableForecast r =
        forecastTable(table, *forecaster, {2, 12, 100, 1}, groupingsFromCbsCodes(table, feedback), feedback);
    const double total = r.forecasts[0].mean[1] + r.forecasts[1].mean[1] + r.forecasts[2].mean[1];
    // Overdispersion and parameter uncertainty only widen the Poisson(Σμ) interval.
    EXPECT_GE(r.forecasts[8].hi95[1], poissonQuantile(total, 0.975));
    EXPECT_LE(r.forecasts[8].lo80[1], poissonQuantile(total, 0.10));
}

TEST(Forecaster, holtWintersAggregateOfOneSeriesIsNearItsGaussianInterval)
{
    // One member: the bootstrap of its own residuals should give an interval of about the same width.
    CountTable table = buurtTable();
    table.series.resize(1);
    const auto forecaster = createForecaster(ForecastMethod::HoltWinters);
    SilentFeedback feedback;
    const TableForecast r =
        forecastTable(table, *forecaster, {1, 12, 4000, 3}, {{"wijk", {"WK034401"}}}, feedback);
    const double gaussian = r.forecasts[0].hi80[0] - r.forecasts[0].lo80[0];
    const double bootstrap = r.forecasts[1].hi80[0] - r.forecasts[1].lo80[0];
    EXPECT_NEAR(bootstrap, gaussian, 0.35 * gaussian);
}

TEST(Forecaster, holtWintersWeeklyAggregateOfOneSeriesIsNearItsGaussianInterval)
{
    // A 52-week season: the Fourier-season model, whose Gaussian interval includes the curve's estimation
    // variance and whose simulated paths draw the coefficient error; one member should again give about
    // the same width both ways.
    CountTable table;
    table.idField = "bu_code";
    table.period = Period::Week;
    std::vector<double> y;
    for (int i = 0; i < 120; ++i) {
        table.periods.push_back("p" + std::to_string(i));
        y.push_back(std::floor(5 + 3 * std::sin(2 * std::numbers::pi * i / 52) + ((i * 7) % 5)));
    }
    table.series.push_back({"BU03440101", "", y, {}});
    const auto forecaster = createForecaster(ForecastMethod::HoltWinters);
    SilentFeedback feedback;
    const TableForecast r =
        forecastTable(table, *forecaster, {4, 52, 4000, 3}, {{"wijk", {"WK034401"}}}, feedback);
    ASSERT_NE(r.forecasts[0].model.find("Fourier pairs m=52"), std::string::npos) << r.forecasts[0].model;
    for (std::size_t h = 0; h < 4; ++h) {
        const double gaussian = r.forecasts[0].hi80[h] - r.forecasts[0].lo80[h];
        const double bootstrap = r.forecasts[1].hi80[h] - r.forecasts[1].lo80[h];
        EXPECT_NEAR(bootstrap, gaussian, 0.35 * gaussian) << "h = " << h + 1;
    }
}

} // namespace
