// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/table.h"
#include "temporal/forecaster.h"
#include "temporal/poissonregression.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>

namespace {

using namespace bib::core;

/// Weekly burglary counts per 2-digit postcode group (pc4 / 100), ISO weeks (Monday) from 2023-04-24 —
/// the first whole week of the police data — to 2026-06-01, the last whole week (163 weeks).
std::vector<std::vector<double>> weeklyBurglariesPerPostcodeGroup(const std::string& path)
{
    SilentFeedback feedback;
    TableReadOptions options;
    options.textColumns = {"pc4", "datum", "soort"};
    const Table table = readTable(path, options, feedback);
    const TableColumn* pc4 = table.column("pc4");
    const TableColumn* date = table.column("datum");
    using namespace std::chrono;
    const sys_days first = year{2023} / April / 24;
    constexpr int weeks = 163;
    std::map<int, std::vector<double>> groups;
    for (std::size_t r = 0; r < table.rowCount; ++r) {
        int y = 0;
        unsigned m = 0, d = 0;
        if (std::sscanf(date->text[r].c_str(), "%d-%u-%u", &y, &m, &d) != 3)
            continue;
        const auto week = (sys_days{year{y} / month{m} / day{d}} - first).count() / 7;
        if ((sys_days{year{y} / month{m} / day{d}} < first) || week >= weeks)
            continue;
        auto& counts = groups[std::stoi(pc4->text[r]) / 100];
        counts.resize(weeks, 0.0);
        counts[static_cast<std::size_t>(week)] += 1;
    }
    std::vector<std::vector<double>> series;
    for (auto& [group, counts] : groups)
        series.push_back(std::move(counts));
    return series;
}

struct Coverage
{
    double inside80 = 0, inside95 = 0, claimed80 = 0, claimed95 = 0;
    std::size_t checks = 0;
    std::size_t forecasts = 0; ///< series × origins
};

/// P(lo ≤ Y ≤ hi) for Y ~ Poisson(mean): what a discrete interval claims.
double poissonProbability(double mean, double lo, double hi)
{
    double p = 0;
    for (double k = lo; k <= hi; k += 1)
        p += std::exp(k * std::log(mean) - mean - std::lgamma(k + 1));
    return p;
}

/// Rolling origins every 4 weeks from week 108 (two seasons + 4) to the end, horizon 4.
Coverage coverageOf(const Forecaster& forecaster, const std::vector<std::vector<double>>& series,
                    bool discrete)
{
    Coverage c;
    constexpr std::size_t horizon = 4;
    for (const auto& counts : series) {
        for (std::size_t origin = 108; origin + horizon <= counts.size(); origin += 4) {
            const std::span<const double> history(counts.data(), origin);
            const SeriesForecast f = forecaster.forecast(history, {horizon, 52, 100, 1});
            ++c.forecasts;
            for (std::size_t h = 0; h < horizon; ++h) {
                const double truth = counts[origin + h];
                c.inside80 += truth >= f.lo80[h] && truth <= f.hi80[h];
                c.inside95 += truth >= f.lo95[h] && truth <= f.hi95[h];
                c.claimed80 += discrete ? poissonProbability(f.mean[h], f.lo80[h], f.hi80[h]) : 0.80;
                c.claimed95 += discrete ? poissonProbability(f.mean[h], f.lo95[h], f.hi95[h]) : 0.95;
                ++c.checks;
            }
        }
    }
    const auto n = static_cast<double>(c.checks);
    c.inside80 /= n;
    c.inside95 /= n;
    c.claimed80 /= n;
    c.claimed95 /= n;
    return c;
}

/// The tolerance: 3 binomial standard errors sqrt(p(1 − p)/N) with N the number of series × origins,
/// not the number of checks — the 4 steps of one forecast share their errors, so they are counted
/// once (about 1 in 740 for independent forecasts to fail by chance). Forecasts of different postcode
/// groups in the same week are not independent either (national weather and holidays move them
/// together), which this tolerance does not cover; the margins printed by the test show the room left.
double tolerance(double p, std::size_t forecasts)
{
    return 3 * std::sqrt(p * (1 - p) / static_cast<double>(forecasts));
}

void report(const char* method, const Coverage& c)
{
    std::printf(
        "%s: %zu forecasts, %zu checks; 80%%: %.3f (claimed %.3f, tol %.3f); 95%%: %.3f (claimed %.3f, "
        "tol %.3f)\n",
        method, c.forecasts, c.checks, c.inside80, c.claimed80, tolerance(c.claimed80, c.forecasts),
        c.inside95, c.claimed95, tolerance(c.claimed95, c.forecasts));
}

// History, on the same 4,680 forecast/truth pairs (1,170 forecasts):
//  - With 52 seasonal states (start values from decompose() of the first two seasons, fitted γ ≈ 0.45, so
//    each weekly state was last year's single noisy count): 0.773 (80 %) and 0.920 (95 %, 0.011 beyond the
//    tolerance); mean squared error 13.4, mean (y − ŷ)²/σ_h² = 1.27. The variance formula was not the cause
//    (forecastVariance() matches FPP2's closed form, holtwinterstest.cpp); the noisy states were, and adding
//    their estimation variance reached only 0.928.
//  - As R's forecast::ets refuses seasons above 24 and FPP2 §12.1 suggests for weekly data, a season of 52
//    became a fitted Fourier curve (3 pairs, with a trend column in the regression) and Holt's method
//    smoothed the seasonally adjusted series from the regression line's start states, the intervals taking
//    the season as known like forecast::stlf: 80 %: 0.786, 95 %: 0.929 (0.002 beyond the tolerance); mean
//    (y − ŷ)²/σ_h² 1.14, 1.24, 1.20, 1.49 at h = 1 … 4. R's own stlf-like pipeline (lm Fourier season,
//    forecast::ets on the adjusted series, forecast 8.20) does no better: 0.781 / 0.923 with ETS(A,A,N),
//    0.783 / 0.924 when ets() chooses among ANN, AAN and AAdN by AICc.
//  - Choosing among ETS(A,N,N), (A,A,N) and (A,Ad,N) by AICc alone (as forecast::stlf's ets() call does;
//    742 ANN, 428 AAN here) changed nothing: 0.786 / 0.929.
//  - The cause: the Fourier coefficients are estimated from two or three years of small counts, and the
//    intervals treated the curve as known. On simulated series where the model is right — Poisson counts
//    around each group's own fitted log-linear trend + season (R glm over all 163 weeks), 4 seeds — the
//    known-season intervals still gave mean (y − ŷ)²/σ_h² ≈ 1.09 at h = 1 and 95 % coverage 0.938–0.945.
//    Adding the curve's regression prediction variance x_tᵀ·vcov·x_t (holtwinters.h, pinned against R's
//    vcov(lm)) brings the simulated series to 0.805–0.809 / 0.942–0.950 and the real ones to the figures
//    this test checks: 80 %: 0.797, 95 %: 0.934 (the Fourier variance alone, with ETS(A,A,N) throughout:
//    0.797 / 0.933). Mean (y − ŷ)²/σ_h² is still 1.09 at h = 1 and 1.40 at h = 4 on the real series: the
//    dark-season weeks (October–March, Christmas week most) vary more than any constant-σ model of the
//    earlier years says, which the margins printed below show. The tolerance is unchanged.
TEST(ForecastCoverage, holtWintersIntervalsCoverWeeklyBurglariesAsClaimed)
{
    const std::string path = bib::test::realData("politie-woninginbraak-pc4/woninginbraak_pc4_events.csv");
    if (path.empty())
        GTEST_SKIP() << "real data absent";
    const auto series = weeklyBurglariesPerPostcodeGroup(path);
    ASSERT_GT(series.size(), 80u);
    const Coverage c = coverageOf(*createForecaster(ForecastMethod::HoltWinters), series, false);
    report("ets", c);
    EXPECT_NEAR(c.inside80, 0.80, tolerance(0.80, c.forecasts));
    EXPECT_NEAR(c.inside95, 0.95, tolerance(0.95, c.forecasts));
}

TEST(ForecastCoverage, poissonIntervalsCoverWeeklyBurglariesAsClaimed)
{
    const std::string path = bib::test::realData("politie-woninginbraak-pc4/woninginbraak_pc4_events.csv");
    if (path.empty())
        GTEST_SKIP() << "real data absent";
    const auto series = weeklyBurglariesPerPostcodeGroup(path);
    const Coverage c = coverageOf(*createForecaster(ForecastMethod::PoissonRegression), series, true);
    report("poisson", c);
    // A discrete interval claims at least its nominal level; under the plug-in Poisson(μ) it claims
    // `claimed` (the negative binomial predictive claims somewhere in between), so the empirical
    // coverage must lie in [nominal − tol, claimed + tol].
    EXPECT_GE(c.inside80, 0.80 - tolerance(0.80, c.forecasts));
    EXPECT_LE(c.inside80, c.claimed80 + tolerance(c.claimed80, c.forecasts));
    EXPECT_GE(c.inside95, 0.95 - tolerance(0.95, c.forecasts));
    EXPECT_LE(c.inside95, c.claimed95 + tolerance(c.claimed95, c.forecasts));
}

} // namespace
