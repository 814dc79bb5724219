// SPDX-License-Identifier: GPL-3.0-or-later
// Empirical Bayes rates: hand-worked global smoothing, the local neighbourhood sums, the
// Assunção–Reis standardisation, and spdep 1.2-7 EBest / EBlocal / EBImoran.mc on two real layers.
#include "spatial/empiricalbayes.h"
#include "spatial/completecases.h"
#include "spatialreference.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using namespace bib::core;
using bib::test::maxRelativeDifference;

constexpr double kSpdepTolerance = 1e-9; // relative, dimensionless

TEST(EmpiricalBayes, globalByHand)
{
    // e = 1, 10, 4; p = 100, 200, 100 → r = 0.01, 0.05, 0.04, b = 15/400 = 0.0375,
    // s² = (100·0.0275² + 200·0.0125² + 100·0.0025²)/400 = 0.000230, p̄ = 400/3,
    // a = 0.000230 − 0.0375/(400/3) = −0.00005125 < 0 → 0: every rate shrinks to b.
    const std::vector<double> events{1, 10, 4}, population{100, 200, 100};
    const auto rates = globalEmpiricalBayes(events, population);
    EXPECT_DOUBLE_EQ(rates.raw[1], 0.05);
    EXPECT_DOUBLE_EQ(rates.priorMean[0], 0.0375);
    EXPECT_EQ(rates.priorVariance[0], 0.0);
    for (double s : rates.smoothed)
        EXPECT_DOUBLE_EQ(s, 0.0375);
}

TEST(EmpiricalBayes, globalShrinksSmallPopulationsMore)
{
    // With real spread between areas (a > 0) a small area moves further towards b than a large one.
    const std::vector<double> events{5, 500, 40, 900}, population{100, 10000, 1000, 10000};
    const auto rates = globalEmpiricalBayes(events, population);
    const double b = rates.priorMean[0];
    const double a = rates.priorVariance[0];
    ASSERT_GT(a, 0.0);
    EXPECT_NEAR(rates.smoothed[0], b + a * (0.05 - b) / (a + b / 100.0), 1e-15);
    EXPECT_LT(std::abs(rates.smoothed[0] - rates.raw[0]), std::abs(b - rates.raw[0]));
    EXPECT_LT(std::abs(rates.smoothed[1] - rates.raw[1]), std::abs(rates.smoothed[0] - rates.raw[0]));
}

TEST(EmpiricalBayes, localUsesTheAreaAndItsNeighbours)
{
    // Island d: Nᵢ = {d}, mᵢ = rᵢ, Cᵢ = 0 → aᵢ = 0 and the estimate is its own rate.
    // Area a (neighbour b): m = (2 + 6)/(100 + 100) = 0.04.
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows{
        {{1, 1.0}}, {{0, 1.0}, {2, 1.0}}, {{1, 1.0}}, {}};
    const SpatialWeights w({"a", "b", "c", "d"}, rows, "line and an island");
    const std::vector<double> events{2, 6, 30, 7}, population{100, 100, 300, 70};
    const auto rates = localEmpiricalBayes(events, population, w);
    EXPECT_DOUBLE_EQ(rates.priorMean[0], 0.04);
    EXPECT_DOUBLE_EQ(rates.priorMean[3], 0.1);
    EXPECT_DOUBLE_EQ(rates.smoothed[3], 0.1);
    EXPECT_DOUBLE_EQ(rates.priorMean[1], 38.0 / 500.0);
}

TEST(EmpiricalBayes, rejectsNonPositivePopulation)
{
    EXPECT_THROW(globalEmpiricalBayes(std::vector<double>{1, 2}, std::vector<double>{10, 0}), InputError);
    EXPECT_THROW(globalEmpiricalBayes(std::vector<double>{-1, 2}, std::vector<double>{10, 5}), InputError);
}

TEST(EmpiricalBayes, standardisedRatesHaveTheAssuncaoReisForm)
{
    const std::vector<double> events{5, 500, 40, 900}, population{100, 10000, 1000, 10000};
    const auto rates = globalEmpiricalBayes(events, population);
    const auto z = empiricalBayesStandardised(events, population);
    const double b = rates.priorMean[0], a = rates.priorVariance[0];
    for (std::size_t i = 0; i < z.size(); ++i)
        EXPECT_NEAR(z[i], (rates.raw[i] - b) / std::sqrt(a + b / population[i]), 1e-14);
}

void checkAgainstSpdep(const bib::test::RealLayer& layer, const std::string& prefix, bool gzip)
{
    if (!layer.loaded)
        GTEST_SKIP() << "real data absent";
    // Reference: make_reference.R — EBest(e, p), EBlocal(e, p, subset(nb, keep), zero.policy = TRUE)
    // and EBImoran.mc(e, p, nb2listw(subset(nb, keep), "W"))$statistic with e = misdr_2024,
    // p = aant_inw, keep = both present and p > 0.
    const auto eb = bib::test::readReferenceTable(
        bib::test::testData("spatial/" + prefix + "_eb.csv" + (gzip ? ".gz" : "")));
    const auto global =
        bib::test::readReferenceTable(bib::test::testData("spatial/" + prefix + "_global.csv"));
    std::vector<double> population = layer.column("aant_inw");
    for (double& p : population)
        if (!(p > 0))
            p = std::numeric_limits<double>::quiet_NaN();
    const CompleteCases cc =
        completeCases(layer.queen, WeightStyle::RowStandardised, {layer.column("misdr_2024"), population});
    ASSERT_EQ(cc.weights.ids(), eb.text("bu_code"));
    const auto globalRates = globalEmpiricalBayes(cc.columns[0], cc.columns[1]);
    const auto localRates = localEmpiricalBayes(cc.columns[0], cc.columns[1], cc.weights);
    const double rawDiff = maxRelativeDifference(globalRates.raw, eb.numbers("raw"));
    const double globalDiff = maxRelativeDifference(globalRates.smoothed, eb.numbers("EBest"));
    // spdep gives NaN (0/0) where no area of the neighbourhood has an event; bib gives the
    // neighbourhood rate mᵢ = 0 there (2 areas of the national layer).
    std::vector<double> expectedLocal = eb.numbers("EBlocal");
    for (std::size_t i = 0; i < expectedLocal.size(); ++i) {
        if (std::isnan(expectedLocal[i])) {
            EXPECT_EQ(localRates.priorMean[i], 0.0) << cc.weights.ids()[i];
            expectedLocal[i] = 0.0;
        }
    }
    const double localDiff = maxRelativeDifference(localRates.smoothed, expectedLocal);
    ::testing::Test::RecordProperty("ebest_max_relative_difference", bib::test::scientific(globalDiff));
    ::testing::Test::RecordProperty("eblocal_max_relative_difference", bib::test::scientific(localDiff));
    EXPECT_LT(rawDiff, kSpdepTolerance);
    EXPECT_LT(globalDiff, kSpdepTolerance);
    EXPECT_LT(localDiff, kSpdepTolerance);

    SilentFeedback feedback;
    PermutationOptions permutation;
    permutation.permutations = 0;
    const auto moran = empiricalBayesMoran(cc.columns[0], cc.columns[1], cc.weights, permutation, feedback);
    const double moranDiff =
        std::abs(moran.i - global.value("ebimoran_W_I")) / std::abs(global.value("ebimoran_W_I"));
    ::testing::Test::RecordProperty("ebimoran_relative_difference", bib::test::scientific(moranDiff));
    EXPECT_LT(moranDiff, kSpdepTolerance);
}

TEST(EmpiricalBayes, matchesSpdepOnUtrechtRotterdam)
{
    checkAgainstSpdep(bib::test::utrechtRotterdamLayer(), "utrecht_rotterdam", false);
}

TEST(EmpiricalBayes, matchesSpdepOnNationalLayer)
{
    checkAgainstSpdep(bib::test::nationalLayer(), "nl_buurten_2019", true);
}

} // namespace
