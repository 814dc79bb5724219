// SPDX-License-Identifier: GPL-3.0-or-later
// Correlations, Cronbach's alpha and principal components against R 4.2.2 (base R only).
//
// The R reference, run with Rscript; z is what prepareIndex makes of the data below (zscore, sample
// sd; x3 has direction "negative"):
//
//   x <- data.frame(x1 = c(3, 7, 1, 9, 4, 6, 2, 8, 5, 10), x2 = c(2, 8, 2, 7, 5, 5, 1, 9, 4, 8),
//                   x3 = c(10, 4, 8, NA, 6, 5, 9, 2, 7, 1), x4 = c(1, 6, 3, 8, 2, 7, 4, 9, 5, 6))
//   z <- scale(x); z[, 3] <- -z[, 3]
//   cor(z, use = "pairwise.complete.obs")
//   idx <- ((z[, 1] + z[, 2]) / 2 + (z[, 3] + z[, 4]) / 2) / 2
//   cor(z, idx, use = "pairwise.complete.obs")
//   alpha <- function(m) { m <- na.omit(m); k <- ncol(m)
//                          k / (k - 1) * (1 - sum(apply(m, 2, var)) / var(rowSums(m))) }
//   alpha(z[, 1:2]); alpha(z[, 3:4])
//   p <- prcomp(na.omit(z), scale. = TRUE); p$sdev^2; p$sdev^2 / sum(p$sdev^2); p$rotation; p$rotation[, 1]^2
#include "index/indexstatistics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using namespace bib::core;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Prepared as in the R reference: domains a = {x1, x2} and b = {x3, x4}, equal weights, zscore.
PreparedIndex referenceIndex()
{
    const std::vector<std::pair<std::string, std::vector<double>>> columns = {
        {"x1", {3, 7, 1, 9, 4, 6, 2, 8, 5, 10}},
        {"x2", {2, 8, 2, 7, 5, 5, 1, 9, 4, 8}},
        {"x3", {10, 4, 8, kNaN, 6, 5, 9, 2, 7, 1}},
        {"x4", {1, 6, 3, 8, 2, 7, 4, 9, 5, 6}}};
    AreaSet areas;
    for (int i = 0; i < 10; ++i)
        areas.addArea("A" + std::to_string(i + 1), "", {});
    Recipe recipe;
    recipe.domains = {{"a", 1.0}, {"b", 1.0}};
    for (const auto& [name, values] : columns) {
        areas.setColumn(Column{name, values, {}});
        IndicatorSpec spec;
        spec.field = name;
        spec.domain = name == "x1" || name == "x2" ? "a" : "b";
        spec.direction = name == "x3" ? Direction::Negative : Direction::Positive;
        recipe.indicators.push_back(spec);
    }
    SilentFeedback feedback;
    return prepareIndex(areas, recipe, feedback);
}

// Tolerances are in units of r, α or eigenvalues: R prints 17 significant digits, and both sides
// sum the same terms in another order.
constexpr double kTolerance = 1e-12;

TEST(IndexStatistics, correlationMatrixMatchesRPairwiseComplete)
{
    const PreparedIndex prepared = referenceIndex();
    const IndicatorCorrelations c =
        indicatorCorrelations(prepared, computeIndex(prepared, recipeWeights(prepared)).index);
    const double expected[4][4] = {{1, 0.90907220332419980, 0.92560175820963031, 0.76888410283771425},
                                   {0.90907220332419980, 1, 0.94562309407772549, 0.74890742284829770},
                                   {0.92560175820963031, 0.94562309407772549, 1, 0.77619893520814343},
                                   {0.76888410283771425, 0.74890742284829770, 0.77619893520814343, 1}};
    ASSERT_EQ(c.indicators, (std::vector<std::size_t>{0, 1, 2, 3}));
    for (std::size_t a = 0; a < 4; ++a)
        for (std::size_t b = 0; b < 4; ++b)
            EXPECT_NEAR(c.matrix[a][b], expected[a][b], kTolerance) << a << "," << b;
    const double withIndex[4] = {0.95158912605673940, 0.96079215035091381, 0.97369676211221079,
                                 0.86178641945340029};
    for (std::size_t a = 0; a < 4; ++a)
        EXPECT_NEAR(c.withIndex[a], withIndex[a], kTolerance) << a;
}

TEST(IndexStatistics, correlationIsNaNForFewerThanTwoPairsOrAConstant)
{
    EXPECT_TRUE(std::isnan(pearsonCorrelation({1, kNaN, 3}, {kNaN, 2, 5})));
    EXPECT_TRUE(std::isnan(pearsonCorrelation({1, 2, 3}, {4, 4, 4})));
    EXPECT_DOUBLE_EQ(pearsonCorrelation({1, 2, 3}, {6, 4, 2}), -1.0);
}

TEST(IndexStatistics, cronbachAlphaOfTwoItemsWorkedByHand)
{
    // x = 1, 2, 3 and y = 1, 3, 2: s²(x) = s²(y) = 1; row sums 2, 5, 5 have mean 4 and s² = (4 + 1 + 1)/2
    // = 3; α = 2/1 · (1 − 2/3) = 2/3. The row with a missing value is not a complete case.
    EXPECT_NEAR(cronbachAlpha({{1, 2, 3, 9}, {1, 3, 2, kNaN}}), 2.0 / 3.0, 1e-15);
    EXPECT_TRUE(std::isnan(cronbachAlpha({{1, 2, 3}})));
}

TEST(IndexStatistics, cronbachAlphaPerDomainMatchesR)
{
    const std::vector<DomainAlpha> alphas = domainAlphas(referenceIndex());
    ASSERT_EQ(alphas.size(), 2u);
    EXPECT_EQ(alphas[0].indicators, 2u);
    EXPECT_EQ(alphas[0].completeCases, 10u);
    EXPECT_NEAR(alphas[0].alpha, 0.95237068743787123, kTolerance);
    EXPECT_EQ(alphas[1].completeCases, 9u);
    EXPECT_NEAR(alphas[1].alpha, 0.87385359987756073, kTolerance);
}

TEST(IndexStatistics, principalComponentsMatchRPrcomp)
{
    const PrincipalComponents pca = principalComponents(referenceIndex());
    EXPECT_EQ(pca.completeCases, 9u);
    const std::vector<double> eigenvalues = {3.519899045028429541, 0.341649744840918701, 0.087604598006628315,
                                             0.050846612124019828};
    const std::vector<double> shares = {0.879974761257108162, 0.085412436210229745, 0.021901149501657100,
                                        0.012711653031004969};
    // prcomp's rotation by column; its signs happen to follow our convention (loadings sum ≥ 0).
    const double rotation[4][4] = {
        {0.50866507404801375, 0.51293113435012827, 0.51979778986282255, 0.45603919953414546},
        {-0.31367790789413175, -0.29548228443474001, -0.17766270579501039, 0.88472162438474566},
        {0.790280985159490190, -0.548567976027305670, -0.269618196597089854, 0.042838863621536383},
        {0.135358697682251644, 0.590478658951213875, -0.790918610659183785, 0.086375503459533015}};
    ASSERT_EQ(pca.eigenvalues.size(), 4u);
    for (std::size_t j = 0; j < 4; ++j) {
        EXPECT_NEAR(pca.eigenvalues[j], eigenvalues[j], 1e-10) << j;
        EXPECT_NEAR(pca.explainedShare[j], shares[j], 1e-10) << j;
        for (std::size_t k = 0; k < 4; ++k)
            EXPECT_NEAR(pca.loadings[j][k], rotation[j][k], 1e-9) << j << "," << k;
    }
    const double weights[4] = {0.25874015755627133, 0.26309834858570935, 0.27018974234627502,
                               0.20797175151174413};
    for (std::size_t k = 0; k < 4; ++k)
        EXPECT_NEAR(pca.weights[k], weights[k], 1e-10) << k;
}

TEST(IndexStatistics, pcaWeightsBecomeEffectiveWeightsThroughWeightsForEffective)
{
    const PreparedIndex prepared = referenceIndex();
    const PrincipalComponents pca = principalComponents(prepared);
    const std::vector<double> effective =
        effectiveWeights(prepared, weightsForEffective(prepared, pca.weights));
    for (std::size_t k = 0; k < 4; ++k)
        EXPECT_NEAR(effective[k], pca.weights[k], 1e-15) << k;
}

TEST(IndexStatistics, principalComponentsNeedTwoIndicators)
{
    PreparedIndex prepared = referenceIndex();
    prepared.indicators.resize(1);
    prepared.domains.resize(1);
    const PrincipalComponents pca = principalComponents(prepared);
    EXPECT_EQ(pca.indicators.size(), 1u);
    EXPECT_TRUE(pca.eigenvalues.empty());
    EXPECT_TRUE(pca.weights.empty());
}

} // namespace
