// SPDX-License-Identifier: GPL-3.0-or-later
// The conditional-permutation engine: exact repeats for any thread count, sampling without
// replacement that never draws the area itself, unbiased bounded integers, the folded p-value, and
// cancellation.
#include "spatial/permutation.h"
#include "spatialreference.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace {

using namespace bib::core;

std::vector<double> rampValues(std::size_t n)
{
    std::vector<double> v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = std::sin(static_cast<double>(i) * 1.7) * 10.0 + static_cast<double>(i % 7);
    return v;
}

bool sameCounts(const std::vector<LagCounts>& a, const std::vector<LagCounts>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].greater != b[i].greater || a[i].equal != b[i].equal || a[i].less != b[i].less)
            return false;
    return true;
}

TEST(Permutation, localCountsRepeatForAnyThreadCount)
{
    const SpatialWeights w = bib::test::latticeWeights(30, 30, true).withStyle(WeightStyle::RowStandardised);
    const auto values = rampValues(w.size());
    SilentFeedback feedback;
    PermutationOptions options;
    options.permutations = 199;
    options.seed = 7;
    options.threads = 1;
    const auto one = permuteLocalLags(values, w, options, feedback);
    options.threads = 2;
    const auto two = permuteLocalLags(values, w, options, feedback);
    options.threads = 5;
    const auto five = permuteLocalLags(values, w, options, feedback);
    EXPECT_TRUE(sameCounts(one, two));
    EXPECT_TRUE(sameCounts(one, five));
    options.seed = 8;
    EXPECT_FALSE(sameCounts(one, permuteLocalLags(values, w, options, feedback)));
    for (const auto& c : one)
        EXPECT_EQ(c.total(), 199u);
}

TEST(Permutation, globalCrossProductsRepeatForAnyThreadCount)
{
    const SpatialWeights w = bib::test::latticeWeights(20, 20, false);
    const auto values = rampValues(w.size());
    SilentFeedback feedback;
    PermutationOptions options;
    options.permutations = 600; // more than two chunks of 256
    options.threads = 1;
    const auto one = permuteCrossProducts(values, w, options, feedback);
    options.threads = 3;
    EXPECT_EQ(one, permuteCrossProducts(values, w, options, feedback));
}

TEST(Permutation, drawsWithoutReplacementAndNeverTheAreaItself)
{
    // Complete graph: every permutation must draw all n − 1 other values once, so the permuted lag
    // always equals the observed one. Drawing with replacement, or drawing xᵢ, would change it.
    const std::size_t n = 12;
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows(n);
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n; ++i) {
        ids.push_back(std::to_string(i));
        for (std::size_t j = 0; j < n; ++j)
            if (j != i)
                rows[i].emplace_back(static_cast<std::uint32_t>(j), 1.0);
    }
    const SpatialWeights w(ids, rows, "complete");
    std::vector<double> values(n);
    std::iota(values.begin(), values.end(), 1.0);
    values[3] = 1000.0;
    SilentFeedback feedback;
    PermutationOptions options;
    options.permutations = 99;
    for (const auto& c : permuteLocalLags(values, w, options, feedback))
        EXPECT_EQ(c.equal, 99u);
}

TEST(Permutation, totalSchemeRedrawsTheAreaItself)
{
    // Row i links to every area including itself: the total scheme draws all n values, so the lag
    // never changes; the conditional scheme keeps xᵢ out of the draw and the self-link out of the lag.
    const std::size_t n = 6;
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows(n);
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n; ++i) {
        ids.push_back(std::to_string(i));
        for (std::size_t j = 0; j < n; ++j)
            rows[i].emplace_back(static_cast<std::uint32_t>(j), 1.0);
    }
    const SpatialWeights w(ids, rows, "complete with self");
    const std::vector<double> values{1, 2, 3, 50, 5, 6};
    SilentFeedback feedback;
    PermutationOptions options;
    options.permutations = 49;
    for (auto scheme : {PermutationScheme::Total, PermutationScheme::Conditional})
        for (const auto& c : permuteLocalLags(values, w, options, feedback, scheme))
            EXPECT_EQ(c.equal, 49u);
    // A line with self-links: under the total scheme area 0 draws 2 of all 4 values (its own among
    // them), so some draws fall below its observed lag 1 + 2; the conditional scheme draws 1 of 2, 3, 4.
    std::vector<std::vector<std::pair<std::uint32_t, double>>> line{{{0, 1.0}, {1, 1.0}},
                                                                    {{0, 1.0}, {1, 1.0}, {2, 1.0}},
                                                                    {{1, 1.0}, {2, 1.0}, {3, 1.0}},
                                                                    {{2, 1.0}, {3, 1.0}}};
    const SpatialWeights withSelf({"a", "b", "c", "d"}, line, "line with self-links");
    const std::vector<double> ramp{1, 2, 3, 4};
    const auto total = permuteLocalLags(ramp, withSelf, options, feedback, PermutationScheme::Total);
    const auto conditional =
        permuteLocalLags(ramp, withSelf, options, feedback, PermutationScheme::Conditional);
    EXPECT_EQ(total[0].less, 0u); // 1 + 2 is the smallest possible pair sum
    EXPECT_GT(total[0].greater, 0u);
    EXPECT_EQ(conditional[0].less, 0u);
    EXPECT_EQ(conditional[0].equal + conditional[0].greater, 49u);
    EXPECT_GT(total[3].less, 0u); // 3 + 4 is the largest pair sum
    EXPECT_EQ(total[3].greater, 0u);
}

TEST(Permutation, drawsUniformlyFromTheOtherAreas)
{
    // Area 0 of a line has one neighbour: its permuted lag is one value drawn uniformly from the other
    // n − 1 = 100 values 1 … 100. The observed lag is v₁ = 1: 99 of them lie above it, 1 equals it.
    const std::size_t n = 101;
    const SpatialWeights w = bib::test::latticeWeights(1, n, false);
    std::vector<double> values(n);
    std::iota(values.begin(), values.end(), 0.0);
    SilentFeedback feedback;
    PermutationOptions options;
    options.permutations = 20000;
    const auto counts = permuteLocalLags(values, w, options, feedback);
    const double share = static_cast<double>(counts[0].greater) / 20000.0;
    const double expected = 99.0 / 100.0;
    EXPECT_NEAR(share, expected, 4 * std::sqrt(expected * (1 - expected) / 20000.0));
    EXPECT_NEAR(counts[0].equal / 20000.0, 1.0 / 100.0, 4 * std::sqrt(0.01 * 0.99 / 20000.0));
}

TEST(Permutation, boundedIntegersAreUniform)
{
    RandomStream stream(streamSeed(1, 2));
    std::vector<int> histogram(7, 0);
    const int draws = 70000;
    for (int k = 0; k < draws; ++k) {
        const std::uint32_t v = stream.below(7);
        ASSERT_LT(v, 7u);
        ++histogram[v];
    }
    double chiSquare = 0.0;
    for (int h : histogram)
        chiSquare += (h - draws / 7.0) * (h - draws / 7.0) / (draws / 7.0);
    EXPECT_LT(chiSquare, 22.46); // χ² with 6 degrees of freedom, upper 0.1 % point
    for (int k = 0; k < 100; ++k)
        EXPECT_EQ(stream.below(1), 0u);
}

TEST(Permutation, streamSeedsDiffer)
{
    EXPECT_NE(streamSeed(1, 0), streamSeed(1, 1));
    EXPECT_NE(streamSeed(1, 0), streamSeed(2, 0));
    EXPECT_EQ(streamSeed(5, 9), streamSeed(5, 9));
}

TEST(Permutation, foldedPValueTakesTheSmallerTail)
{
    // spdep localmoran_perm: rnk0 = #{sim ≥ obs}, p = (min(rnk0, R − rnk0) + 1)/(R + 1).
    LagCounts counts;
    counts.greater = 10;
    counts.equal = 2;
    counts.less = 987;
    EXPECT_DOUBLE_EQ(foldedPValue(counts, 1.0), 13.0 / 1000.0);  // rnk0 = 12
    EXPECT_DOUBLE_EQ(foldedPValue(counts, -1.0), 11.0 / 1000.0); // rnk0 = 989, R − rnk0 = 10
    EXPECT_DOUBLE_EQ(foldedPValue(counts, -2.5), foldedPValue(counts, -1.0));
    EXPECT_EQ(foldedPValue(counts, 0.0), 1.0);
    EXPECT_TRUE(std::isnan(foldedPValue(LagCounts{}, 1.0)));
    const std::vector<double> permuted{1, 2, 3, 4, 5, 6, 7, 8, 9};
    EXPECT_DOUBLE_EQ(foldedPValue(permuted, 8.5), 2.0 / 10.0);
    EXPECT_DOUBLE_EQ(foldedPValue(permuted, 1.0), 1.0 / 10.0); // #≥ = 9, R − 9 = 0
}

TEST(Permutation, cancelledBeforeStartThrows)
{
    const SpatialWeights w = bib::test::latticeWeights(10, 10, true);
    const auto values = rampValues(w.size());
    SilentFeedback feedback;
    feedback.cancel();
    EXPECT_THROW(permuteLocalLags(values, w, PermutationOptions{}, feedback), CancelledError);
    EXPECT_THROW(permuteCrossProducts(values, w, PermutationOptions{}, feedback), CancelledError);
}

TEST(Permutation, islandsAreNotPermuted)
{
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows{{{1, 1.0}}, {{0, 1.0}}, {}, {}};
    const SpatialWeights w({"a", "b", "c", "d"}, rows, "pair and islands");
    SilentFeedback feedback;
    const auto counts = permuteLocalLags(std::vector<double>{1, 2, 3, 4}, w, PermutationOptions{}, feedback);
    EXPECT_EQ(counts[0].total(), 999u);
    EXPECT_EQ(counts[2].total(), 0u);
}

} // namespace
