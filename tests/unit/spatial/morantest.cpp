// SPDX-License-Identifier: GPL-3.0-or-later
// Global and local Moran's I: hand-worked values on a line, the moments under randomisation against
// full enumeration of all permutations, and spdep 1.2-7 on two real layers.
#include "spatial/moran.h"
#include "spatial/completecases.h"
#include "spatialreference.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

using namespace bib::core;
using bib::test::maxRelativeDifference;

/// Relative tolerance (dimensionless) for agreement with spdep: both compute the same closed forms in
/// double precision, so only rounding in different summation orders separates them.
constexpr double kSpdepTolerance = 1e-9;

GlobalMoranOptions noPermutations()
{
    GlobalMoranOptions options;
    options.permutation.permutations = 0;
    return options;
}

TEST(Moran, lineOfFourByHand)
{
    // x = 1, 2, 3, 4 on a line, binary weights. z = −1.5 −0.5 0.5 1.5, Σz² = 5, S₀ = 6,
    // Σᵢ zᵢ Σⱼ wᵢⱼ zⱼ = 2(0.75 − 0.25 + 0.75) = 2.5 → I = 4/6 · 2.5/5 = 1/3. S₁ = 12, S₂ = 40,
    // K = 4 · 10.25 / 25 = 1.64, E[I²] = (4·32 − 1.64·40) / (3·2·1·36) = 13/45 → Var = 13/45 − 1/9 = 8/45.
    const SpatialWeights w = bib::test::latticeWeights(1, 4, false);
    SilentFeedback feedback;
    const auto result = globalMoran(std::vector<double>{1, 2, 3, 4}, w, noPermutations(), feedback);
    EXPECT_NEAR(result.i, 1.0 / 3.0, 1e-15);
    EXPECT_NEAR(result.expected, -1.0 / 3.0, 1e-15);
    EXPECT_NEAR(result.variance, 8.0 / 45.0, 1e-15);
    EXPECT_NEAR(result.z, std::sqrt(2.5), 1e-14);
    EXPECT_NEAR(result.pNormal, std::erfc(std::sqrt(2.5) / std::sqrt(2.0)), 1e-15);
    EXPECT_TRUE(std::isnan(result.pSimulated));
}

TEST(Moran, momentsUnderRandomisationEqualFullEnumeration)
{
    // Under randomisation every one of the 9! orderings of the values is equally likely: the mean and
    // variance of I over all of them are E[I] = −1/(n − 1) and Var[I] of Cliff & Ord. Row-standardised
    // rook weights on a 3×3 grid are asymmetric, which exercises S₁ and S₂ fully.
    const SpatialWeights w = bib::test::latticeWeights(3, 3, false).withStyle(WeightStyle::RowStandardised);
    std::vector<double> values{3.1, 0.4, 7.7, 2.2, 9.0, 1.5, 4.8, 6.3, 0.9};
    SilentFeedback feedback;
    const auto result = globalMoran(values, w, noPermutations(), feedback);
    std::sort(values.begin(), values.end());
    double sum = 0.0, squares = 0.0, count = 0.0;
    do {
        const double i = globalMoran(values, w, noPermutations(), feedback).i;
        sum += i;
        squares += i * i;
        count += 1.0;
    } while (std::next_permutation(values.begin(), values.end()));
    const double mean = sum / count;
    EXPECT_NEAR(result.expected, -1.0 / 8.0, 1e-15);
    EXPECT_NEAR(mean, result.expected, 1e-12);
    EXPECT_NEAR(squares / count - mean * mean, result.variance, 1e-12);
}

TEST(Moran, localMomentsEqualConditionalEnumeration)
{
    // Conditional randomisation: xᵢ stays, the other 8 values take all 8! orderings. Mean and
    // variance of Iᵢ over them are spdep's E.Ii and Var.Ii (Sokal et al. 1998), for the centre
    // (4 neighbours) and a corner (2 neighbours) of a row-standardised 3×3 rook grid.
    const SpatialWeights w = bib::test::latticeWeights(3, 3, false).withStyle(WeightStyle::RowStandardised);
    const std::vector<double> values{3.1, 0.4, 7.7, 2.2, 9.0, 1.5, 4.8, 6.3, 0.9};
    SilentFeedback feedback;
    LocalMoranOptions options;
    options.permutation.permutations = 0;
    const auto result = localMoran(values, w, options, feedback);
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / 9.0;
    double m2 = 0.0;
    for (double v : values)
        m2 += (v - mean) * (v - mean) / 9.0;
    for (std::size_t area : {std::size_t{4}, std::size_t{0}}) {
        std::vector<double> others;
        for (std::size_t j = 0; j < 9; ++j)
            if (j != area)
                others.push_back(values[j]);
        std::sort(others.begin(), others.end());
        double sum = 0.0, squares = 0.0, count = 0.0;
        do {
            std::vector<double> arranged = others;
            arranged.insert(arranged.begin() + static_cast<std::ptrdiff_t>(area), values[area]);
            double lag = 0.0;
            const auto neighbours = w.neighbours(area);
            for (std::size_t t = 0; t < neighbours.size(); ++t)
                lag += w.weights(area)[t] * (arranged[neighbours[t]] - mean);
            const double i = (values[area] - mean) / m2 * lag;
            sum += i;
            squares += i * i;
            count += 1.0;
        } while (std::next_permutation(others.begin(), others.end()));
        EXPECT_NEAR(sum / count, result.expected[area], 1e-12) << area;
        EXPECT_NEAR(squares / count - (sum / count) * (sum / count), result.variance[area], 1e-12) << area;
    }
}

TEST(Moran, localIslandsFollowSpdepZeroPolicy)
{
    // Islands: Iᵢ = 0, E = 0, Var = 0 as spdep's localmoran(zero.policy = TRUE) gives; z and the
    // p-values are NaN (spdep: NaN), the cluster is "ns".
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows{
        {{1, 1.0}}, {{0, 1.0}, {2, 1.0}}, {{1, 1.0}}, {}};
    const SpatialWeights w({"a", "b", "c", "d"}, rows, "line and an island");
    SilentFeedback feedback;
    LocalMoranOptions options;
    options.alpha = 1.0;
    const auto result = localMoran(std::vector<double>{1, 2, 4, 8}, w, options, feedback);
    EXPECT_EQ(result.islands, std::vector<std::size_t>{3});
    EXPECT_EQ(result.i[3], 0.0);
    EXPECT_EQ(result.expected[3], 0.0);
    EXPECT_EQ(result.variance[3], 0.0);
    EXPECT_TRUE(std::isnan(result.z[3]));
    EXPECT_TRUE(std::isnan(result.pNormal[3]));
    EXPECT_TRUE(std::isnan(result.pSimulated[3]));
    EXPECT_EQ(result.cluster[3], LisaCluster::NotSignificant);
}

TEST(Moran, clustersAreQuadrantsOfSignificantAreas)
{
    // Two blocks on a 10×10 queen grid: high values left, low right. With alpha = 1 every area with
    // neighbours is "significant", so the classes are just the quadrants of (zᵢ, lag zᵢ).
    const SpatialWeights w = bib::test::latticeWeights(10, 10, true).withStyle(WeightStyle::RowStandardised);
    std::vector<double> values(100);
    for (std::size_t k = 0; k < 100; ++k)
        values[k] = (k % 10 < 5 ? 10.0 : 0.0) + static_cast<double>(k % 3);
    values[0] = 0.0; // a low area among high neighbours
    SilentFeedback feedback;
    LocalMoranOptions options;
    options.alpha = 1.0;
    options.permutation.permutations = 0;
    const auto result = localMoran(values, w, options, feedback);
    EXPECT_EQ(result.cluster[0], LisaCluster::LowHigh);
    EXPECT_EQ(result.cluster[11], LisaCluster::HighHigh);
    EXPECT_EQ(result.cluster[18], LisaCluster::LowLow);
    EXPECT_EQ(toString(result.cluster[0]), "LH");
    options.alpha = 0.05;
    options.adjustment = PValueAdjustment::Bonferroni;
    const auto strict = localMoran(values, w, options, feedback);
    EXPECT_EQ(strict.cluster[0], LisaCluster::NotSignificant);
}

TEST(Moran, permutationPValuesRepeatForAnyThreadCount)
{
    const SpatialWeights w = bib::test::latticeWeights(12, 12, true).withStyle(WeightStyle::RowStandardised);
    std::vector<double> values(w.size());
    for (std::size_t k = 0; k < values.size(); ++k)
        values[k] = std::cos(static_cast<double>(k) * 0.37) + (k < 40 ? 2.0 : 0.0);
    SilentFeedback feedback;
    LocalMoranOptions options;
    options.permutation.seed = 99;
    options.permutation.threads = 1;
    const auto one = localMoran(values, w, options, feedback);
    options.permutation.threads = 2;
    const auto two = localMoran(values, w, options, feedback);
    EXPECT_EQ(one.pSimulated, two.pSimulated);
    GlobalMoranOptions global;
    global.permutation.threads = 1;
    const double p1 = globalMoran(values, w, global, feedback).pSimulated;
    global.permutation.threads = 2;
    EXPECT_EQ(p1, globalMoran(values, w, global, feedback).pSimulated);
    EXPECT_DOUBLE_EQ(p1, 1.0 / 1000.0); // the blocks make I far above every shuffle
}

/// One real layer against spdep: the kept areas, the reference rows and their global values.
struct SpdepCase
{
    const bib::test::RealLayer* layer;
    std::string field;
    std::string prefix; ///< reference file prefix in tests/data/spatial
};

void checkAgainstSpdep(const SpdepCase& c)
{
    if (!c.layer->loaded)
        GTEST_SKIP() << "real data absent";
    // Reference: make_reference.R — localmoran(x, nb2listw(subset(nb, !is.na(x)), style = "W",
    // zero.policy = TRUE), zero.policy = TRUE) and moran.test(x, listw W and B, zero.policy = TRUE).
    const auto local = bib::test::readReferenceTable(
        bib::test::testData("spatial/" + c.prefix + "_local.csv" + (c.prefix[0] == 'n' ? ".gz" : "")));
    const auto global =
        bib::test::readReferenceTable(bib::test::testData("spatial/" + c.prefix + "_global.csv"));
    const std::vector<double> x = c.layer->column(c.field);
    const CompleteCases cc = completeCases(c.layer->queen, WeightStyle::RowStandardised, {x});
    ASSERT_EQ(cc.weights.ids(), local.text("bu_code"));
    EXPECT_EQ(maxRelativeDifference(cc.columns[0], local.numbers("x")), 0.0);

    SilentFeedback feedback;
    LocalMoranOptions options;
    options.permutation.permutations = 0;
    const auto lisa = localMoran(cc.columns[0], cc.weights, options, feedback);
    const double iDiff = maxRelativeDifference(lisa.i, local.numbers("Ii"));
    const double eDiff = maxRelativeDifference(lisa.expected, local.numbers("E.Ii"));
    const double vDiff = maxRelativeDifference(lisa.variance, local.numbers("Var.Ii"));
    const double zDiff = maxRelativeDifference(lisa.z, local.numbers("Z.Ii"));
    ::testing::Test::RecordProperty("local_max_relative_difference",
                                    bib::test::scientific(std::max({iDiff, eDiff, vDiff, zDiff})));
    EXPECT_LT(iDiff, kSpdepTolerance);
    EXPECT_LT(eDiff, kSpdepTolerance);
    EXPECT_LT(vDiff, kSpdepTolerance);
    EXPECT_LT(zDiff, kSpdepTolerance);
    EXPECT_EQ(static_cast<double>(lisa.islands.size()), global.value("n_islands"));

    for (const auto& [style, name] :
         {std::pair{WeightStyle::RowStandardised, "W"}, std::pair{WeightStyle::Binary, "B"}}) {
        const CompleteCases styled = completeCases(c.layer->queen, style, {x});
        const auto moran = globalMoran(styled.columns[0], styled.weights, noPermutations(), feedback);
        const std::string key = std::string("moran_") + name + "_";
        const std::vector<double> ours{moran.i, moran.expected, moran.variance, moran.z};
        const std::vector<double> theirs{global.value(key + "I"), global.value(key + "E_I"),
                                         global.value(key + "Var_I"), global.value(key + "Z_I")};
        const double diff = maxRelativeDifference(ours, theirs);
        ::testing::Test::RecordProperty(std::string("global_") + name + "_max_relative_difference",
                                        bib::test::scientific(diff));
        EXPECT_LT(diff, kSpdepTolerance) << name;
    }
}

TEST(Moran, matchesSpdepOnUtrechtRotterdam)
{
    checkAgainstSpdep({&bib::test::utrechtRotterdamLayer(), "misdr_p1000", "utrecht_rotterdam"});
}

TEST(Moran, matchesSpdepOnNationalLayer)
{
    checkAgainstSpdep({&bib::test::nationalLayer(), "bev_dichth", "nl_buurten_2019"});
}

void checkPermutationShare(const bib::test::RealLayer& layer, const std::string& field,
                           const std::string& prefix)
{
    if (!layer.loaded)
        GTEST_SKIP() << "real data absent";
    // Reference: localmoran_perm(x, listw W, nsim = 999, zero.policy = TRUE, iseed = 1): the share of
    // areas with neighbours whose "Pr(folded) Sim" < 0.05. Ours uses another random stream (and draws
    // without replacement), so the shares agree within sampling error: 3 standard errors of the
    // difference of two independent proportions (a conservative bound: both runs share the data).
    const auto global =
        bib::test::readReferenceTable(bib::test::testData("spatial/" + prefix + "_global.csv"));
    const CompleteCases cc = completeCases(layer.queen, WeightStyle::RowStandardised, {layer.column(field)});
    SilentFeedback feedback;
    LocalMoranOptions options;
    options.permutation.seed = 1;
    const auto lisa = localMoran(cc.columns[0], cc.weights, options, feedback);
    double below = 0.0, tested = 0.0;
    for (double p : lisa.pSimulated) {
        if (std::isnan(p))
            continue;
        tested += 1.0;
        below += p < 0.05 ? 1.0 : 0.0;
    }
    EXPECT_EQ(tested, global.value("localmoran_perm_areas"));
    const double theirs = global.value("localmoran_perm_share_p_lt_0.05");
    const double ours = below / tested;
    ::testing::Test::RecordProperty("share_ours", bib::test::scientific(ours));
    ::testing::Test::RecordProperty("share_spdep", bib::test::scientific(theirs));
    EXPECT_NEAR(ours, theirs, 3.0 * std::sqrt(2.0 * theirs * (1.0 - theirs) / tested));
}

TEST(Moran, permutationShareMatchesSpdepOnUtrechtRotterdam)
{
    checkPermutationShare(bib::test::utrechtRotterdamLayer(), "misdr_p1000", "utrecht_rotterdam");
}

TEST(Moran, permutationShareMatchesSpdepOnNationalLayer)
{
    checkPermutationShare(bib::test::nationalLayer(), "bev_dichth", "nl_buurten_2019");
}

TEST(Moran, rejectsConstantValues)
{
    const SpatialWeights w = bib::test::latticeWeights(3, 3, false);
    SilentFeedback feedback;
    EXPECT_THROW(globalMoran(std::vector<double>(9, 2.0), w, noPermutations(), feedback), InputError);
    EXPECT_THROW(localMoran(std::vector<double>(9, 2.0), w, LocalMoranOptions{}, feedback), InputError);
}

} // namespace
