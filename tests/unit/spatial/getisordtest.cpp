// SPDX-License-Identifier: GPL-3.0-or-later
// Getis–Ord Gᵢ and Gᵢ*: the z-value moments against full enumeration, invariance to row scaling,
// hot/cold classes, and spdep 1.2-7 localG on two real layers.
#include "spatial/getisord.h"
#include "spatial/completecases.h"
#include "spatialreference.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

using namespace bib::core;
using bib::test::maxRelativeDifference;

constexpr double kSpdepTolerance = 1e-9; // relative, dimensionless

const std::vector<double> kValues{3.1, 0.4, 7.7, 2.2, 9.0, 1.5, 4.8, 6.3, 0.9};

LocalGOptions analytic(bool includeSelf)
{
    LocalGOptions options;
    options.includeSelf = includeSelf;
    options.permutation.permutations = 0;
    return options;
}

/// z-value of the lag L against the mean and variance of L over all orderings of `pool` placed in
/// the neighbour positions: the statistic the closed form should reproduce.
double enumeratedZ(std::vector<double> pool, const std::vector<double>& weights, double observedLag)
{
    std::sort(pool.begin(), pool.end());
    double sum = 0.0, squares = 0.0, count = 0.0;
    do {
        double lag = 0.0;
        for (std::size_t t = 0; t < weights.size(); ++t)
            lag += weights[t] * pool[t];
        sum += lag;
        squares += lag * lag;
        count += 1.0;
    } while (std::next_permutation(pool.begin(), pool.end()));
    const double mean = sum / count;
    return (observedLag - mean) / std::sqrt(squares / count - mean * mean);
}

TEST(GetisOrd, giIsExactUnderConditionalRandomisation)
{
    // Gᵢ: xᵢ fixed, the others permuted (Ord & Getis 1995). Centre of a 3×3 rook grid: 4 neighbours.
    const SpatialWeights w = bib::test::latticeWeights(3, 3, false);
    SilentFeedback feedback;
    const auto result = localG(kValues, w, analytic(false), feedback);
    std::vector<double> others{kValues[0], kValues[1], kValues[2], kValues[3],
                               kValues[5], kValues[6], kValues[7], kValues[8]};
    const double observed = kValues[1] + kValues[3] + kValues[5] + kValues[7];
    EXPECT_NEAR(result.z[4], enumeratedZ(others, {1, 1, 1, 1}, observed), 1e-12);
}

TEST(GetisOrd, giStarIsExactUnderTotalRandomisation)
{
    // Gᵢ*: all n values permuted, the area's own value included with its self-weight.
    const SpatialWeights w = bib::test::latticeWeights(3, 3, false);
    SilentFeedback feedback;
    const auto result = localG(kValues, w, analytic(true), feedback);
    const double observed = kValues[1] + kValues[3] + kValues[4] + kValues[5] + kValues[7];
    EXPECT_NEAR(result.z[4], enumeratedZ(kValues, {1, 1, 1, 1, 1}, observed), 1e-12);
}

TEST(GetisOrd, rowStandardisingDoesNotChangeZ)
{
    const SpatialWeights binary = bib::test::latticeWeights(4, 5, true);
    const SpatialWeights rows = binary.withStyle(WeightStyle::RowStandardised);
    std::vector<double> values(20);
    for (std::size_t k = 0; k < 20; ++k)
        values[k] = static_cast<double>((k * 7) % 11);
    SilentFeedback feedback;
    for (bool self : {true, false}) {
        const auto b = localG(values, binary, analytic(self), feedback);
        const auto r = localG(values, rows, analytic(self), feedback);
        EXPECT_LT(maxRelativeDifference(r.z, b.z), 1e-12);
    }
}

TEST(GetisOrd, hotAndColdSpots)
{
    const SpatialWeights w = bib::test::latticeWeights(10, 10, true);
    std::vector<double> values(100, 1.0);
    for (std::size_t k = 0; k < 100; ++k)
        values[k] += static_cast<double>(k % 4) * 0.1;
    for (std::size_t k : {44u, 45u, 54u, 55u, 43u, 46u, 34u, 35u, 64u, 65u})
        values[k] = 20.0;
    for (std::size_t k : {0u, 1u, 10u, 11u})
        values[k] = -15.0;
    SilentFeedback feedback;
    LocalGOptions options;
    options.adjustment = PValueAdjustment::BenjaminiHochberg;
    const auto result = localG(values, w, options, feedback);
    EXPECT_EQ(result.cluster[44], HotSpotClass::Hot);
    EXPECT_EQ(result.cluster[0], HotSpotClass::Cold);
    EXPECT_EQ(result.cluster[99], HotSpotClass::NotSignificant);
    EXPECT_EQ(toString(result.cluster[44]), "hot");
    EXPECT_TRUE(result.islands.empty());
}

TEST(GetisOrd, islands)
{
    // Gᵢ of an island is 0/0 (NaN, as spdep); Gᵢ* is its standardised value, but it is never a hot
    // spot and has no permutation p-value.
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows{
        {{1, 1.0}}, {{0, 1.0}, {2, 1.0}}, {{1, 1.0}}, {}};
    const SpatialWeights w({"a", "b", "c", "d"}, rows, "line and an island");
    const std::vector<double> values{1, 2, 4, 8};
    SilentFeedback feedback;
    LocalGOptions options;
    options.alpha = 1.0;
    options.includeSelf = false;
    const auto gi = localG(values, w, options, feedback);
    EXPECT_TRUE(std::isnan(gi.z[3]));
    options.includeSelf = true;
    const auto star = localG(values, w, options, feedback);
    const double mean = 15.0 / 4.0;
    double s2 = 0.0;
    for (double v : values)
        s2 += (v - mean) * (v - mean) / 4.0;
    EXPECT_NEAR(star.z[3], (8.0 - mean) / std::sqrt(s2), 1e-12);
    EXPECT_TRUE(std::isnan(star.pSimulated[3]));
    EXPECT_EQ(star.cluster[3], HotSpotClass::NotSignificant);
    EXPECT_EQ(star.islands, std::vector<std::size_t>{3});
}

void checkAgainstSpdep(const bib::test::RealLayer& layer, const std::string& field, const std::string& prefix,
                       bool gzip)
{
    if (!layer.loaded)
        GTEST_SKIP() << "real data absent";
    // Reference: make_reference.R — localG(x, nb2listw(sub, "W")) for Gi and
    // localG(x, nb2listw(include.self(sub), "W")) for Gi*, sub = subset(nb, !is.na(x)), zero.policy = TRUE.
    const auto local = bib::test::readReferenceTable(
        bib::test::testData("spatial/" + prefix + "_local.csv" + (gzip ? ".gz" : "")));
    const CompleteCases cc = completeCases(layer.queen, WeightStyle::RowStandardised, {layer.column(field)});
    ASSERT_EQ(cc.weights.ids(), local.text("bu_code"));
    SilentFeedback feedback;
    const auto star = localG(cc.columns[0], cc.weights, analytic(true), feedback);
    const auto gi = localG(cc.columns[0], cc.weights, analytic(false), feedback);
    const double starDiff = maxRelativeDifference(star.z, local.numbers("Gistar"));
    const double giDiff = maxRelativeDifference(gi.z, local.numbers("Gi"));
    ::testing::Test::RecordProperty("gistar_max_relative_difference", bib::test::scientific(starDiff));
    ::testing::Test::RecordProperty("gi_max_relative_difference", bib::test::scientific(giDiff));
    EXPECT_LT(starDiff, kSpdepTolerance);
    EXPECT_LT(giDiff, kSpdepTolerance);
}

TEST(GetisOrd, matchesSpdepOnUtrechtRotterdam)
{
    checkAgainstSpdep(bib::test::utrechtRotterdamLayer(), "misdr_p1000", "utrecht_rotterdam", false);
}

TEST(GetisOrd, matchesSpdepOnNationalLayer)
{
    checkAgainstSpdep(bib::test::nationalLayer(), "bev_dichth", "nl_buurten_2019", true);
}

TEST(GetisOrd, permutationShareMatchesSpdepOnNationalLayer)
{
    const auto& layer = bib::test::nationalLayer();
    if (!layer.loaded)
        GTEST_SKIP() << "real data absent";
    // Reference: localG_perm(x, include.self W, nsim = 999, iseed = 1), share of "Pr(folded) Sim" < 0.05
    // over areas with neighbours; within 3 standard errors of a difference of proportions.
    const auto global =
        bib::test::readReferenceTable(bib::test::testData("spatial/nl_buurten_2019_global.csv"));
    const CompleteCases cc =
        completeCases(layer.queen, WeightStyle::RowStandardised, {layer.column("bev_dichth")});
    SilentFeedback feedback;
    LocalGOptions options;
    options.permutation.seed = 1;
    const auto star = localG(cc.columns[0], cc.weights, options, feedback);
    double below = 0.0, tested = 0.0;
    for (double p : star.pSimulated) {
        if (std::isnan(p))
            continue;
        tested += 1.0;
        below += p < 0.05 ? 1.0 : 0.0;
    }
    EXPECT_EQ(tested, global.value("localG_perm_star_areas"));
    const double theirs = global.value("localG_perm_star_share_p_lt_0.05");
    ::testing::Test::RecordProperty("share_ours", bib::test::scientific(below / tested));
    ::testing::Test::RecordProperty("share_spdep", bib::test::scientific(theirs));
    EXPECT_NEAR(below / tested, theirs, 3.0 * std::sqrt(2.0 * theirs * (1.0 - theirs) / tested));
}

} // namespace
