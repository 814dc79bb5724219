// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/random.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace {

using bib::core::demo::mixSeed;
using bib::core::demo::RandomStream;

TEST(RandomStream, rawOutputIsTheStandardMersenneTwister)
{
    // C++ standard [rand.predef]: the 10000th output of a default-constructed mt19937_64 (seed 5489).
    RandomStream random(5489u);
    std::uint64_t value = 0;
    for (int i = 0; i < 10000; ++i)
        value = random.next();
    EXPECT_EQ(value, 9981545732273789042ULL);
}

TEST(RandomStream, uniformUsesTheTop53Bits)
{
    RandomStream a(42u), b(42u);
    const double expected = static_cast<double>(b.next() >> 11) / 9007199254740992.0; // 2^53
    EXPECT_EQ(a.uniform(), expected);
}

TEST(RandomStream, sameSeedSameSequence)
{
    RandomStream a(7u), b(7u);
    for (int i = 0; i < 100; ++i) {
        EXPECT_EQ(a.normal(), b.normal());
        EXPECT_EQ(a.poisson(12.5), b.poisson(12.5));
    }
}

TEST(RandomStream, normalHasMeanZeroAndVarianceOne)
{
    RandomStream random(1u);
    const int n = 200000;
    double sum = 0.0, sum2 = 0.0;
    for (int i = 0; i < n; ++i) {
        const double v = random.normal();
        sum += v;
        sum2 += v * v;
    }
    // Standard error of the mean is 1/sqrt(n) = 0.0022; of the variance about sqrt(2/n) = 0.0032.
    EXPECT_NEAR(sum / n, 0.0, 0.01);
    EXPECT_NEAR(sum2 / n - (sum / n) * (sum / n), 1.0, 0.015);
}

void expectPoissonMoments(double mean)
{
    RandomStream random(3u);
    const int n = 100000;
    double sum = 0.0, sum2 = 0.0;
    for (int i = 0; i < n; ++i) {
        const auto v = static_cast<double>(random.poisson(mean));
        sum += v;
        sum2 += v * v;
    }
    const double m = sum / n;
    EXPECT_NEAR(m, mean, 5.0 * std::sqrt(mean / n)) << "mean " << mean;
    EXPECT_NEAR(sum2 / n - m * m, mean, 0.03 * mean + 0.05) << "variance at mean " << mean;
}

TEST(RandomStream, poissonMeanAndVarianceMatchForKnuthAndNormalBranches)
{
    expectPoissonMoments(0.3);
    expectPoissonMoments(4.0);
    expectPoissonMoments(29.0);
    expectPoissonMoments(80.0);
}

TEST(RandomStream, poissonOfNonPositiveMeanIsZero)
{
    RandomStream random(3u);
    EXPECT_EQ(random.poisson(0.0), 0);
    EXPECT_EQ(random.poisson(-2.0), 0);
}

TEST(RandomStream, indexStaysInRangeAndReachesEveryValue)
{
    RandomStream random(9u);
    std::set<std::size_t> seen;
    for (int i = 0; i < 1000; ++i) {
        const std::size_t v = random.index(7);
        ASSERT_LT(v, 7u);
        seen.insert(v);
    }
    EXPECT_EQ(seen.size(), 7u);
}

TEST(MixSeed, streamsAndIndexesGiveDistinctSeeds)
{
    std::set<std::uint64_t> seeds;
    for (std::uint64_t stream = 0; stream < 8; ++stream)
        for (std::uint64_t index = 0; index < 200; ++index)
            seeds.insert(mixSeed(20261127u, stream, index));
    EXPECT_EQ(seeds.size(), 8u * 200u);
}

} // namespace
