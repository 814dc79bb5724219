// SPDX-License-Identifier: GPL-3.0-or-later
// The radix ranking against descendingRanks(), and type 7 quantiles against R 4.2.2's quantile().
#include "index/rankstatistics.h"
#include "index/compositeindex.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using namespace bib::core;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> radixRanks(const std::vector<double>& values)
{
    RankSorter sorter;
    std::vector<std::uint32_t> ranks(values.size());
    sorter.rank(values, ranks.data());
    std::vector<double> out;
    for (std::uint32_t r : ranks)
        out.push_back(r == 0 ? kNaN : static_cast<double>(r));
    return out;
}

void expectSameRanks(const std::vector<double>& values)
{
    const std::vector<double> expected = descendingRanks(values);
    const std::vector<double> actual = radixRanks(values);
    for (std::size_t i = 0; i < values.size(); ++i)
        EXPECT_TRUE(actual[i] == expected[i] || (std::isnan(actual[i]) && std::isnan(expected[i])))
            << "value " << values[i] << ": " << actual[i] << " vs " << expected[i];
}

TEST(RankSorter, givesCompetitionRanksHighestFirst)
{
    // The example of docs/recipe.md: 10, 8, 8, 5 → 1, 2, 2, 4; NaN has no rank.
    EXPECT_EQ(radixRanks({10, 8, 8, 5}), (std::vector<double>{1, 2, 2, 4}));
    const auto withNaN = radixRanks({kNaN, 3, -1});
    EXPECT_TRUE(std::isnan(withNaN[0]));
    EXPECT_EQ(withNaN[1], 1);
    EXPECT_EQ(withNaN[2], 2);
}

TEST(RankSorter, equalsDescendingRanksOnNearTiesSignsZerosAndInfinities)
{
    // Values that differ only in the lowest bits share the upper 33 bits the radix sort uses.
    const double near = 0.1234567;
    expectSameRanks({near, std::nextafter(near, 1.0), near, std::nextafter(near, 0.0), -0.0, 0.0, -near,
                     std::nextafter(-near, -1.0), 1e300, -1e300, std::numeric_limits<double>::infinity(),
                     -std::numeric_limits<double>::infinity(), kNaN, 5e-324, -5e-324});
    EXPECT_EQ(radixRanks({-0.0, 0.0}), (std::vector<double>{1, 1}));
}

TEST(RankSorter, equalsDescendingRanksOnManyValuesWithTies)
{
    std::uint64_t state = 7;
    std::vector<double> values;
    for (int i = 0; i < 20000; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const double u = static_cast<double>(state >> 11) * 0x1p-53;
        // A third rounded to 3 decimals (many ties), some NaN, the rest full precision around 0.
        values.push_back(i % 17 == 0 ? kNaN : i % 3 == 0 ? std::round(u * 1000) / 1000 : (u - 0.5) * 4);
    }
    expectSameRanks(values);
}

// R: quantile(c(7, 3, 3, 9, 1, 12, 5, 5, 5, 20), c(0.05, 0.5, 0.95), type = 7) → 1.9, 5, 16.4 (to
// R's printed 17 digits); R computes (1 − h)·x_lo + h·x_hi, so tolerance 1e-9 in rank units.
TEST(RankStatistics, type7QuantilesMatchR)
{
    std::vector<std::uint32_t> scratch;
    auto q = type7Quantiles({7, 3, 3, 9, 1, 12, 5, 5, 5, 20}, {0.05, 0.5, 0.95}, scratch);
    EXPECT_NEAR(q[0], 1.9, 1e-9);
    EXPECT_NEAR(q[1], 5.0, 1e-9);
    EXPECT_NEAR(q[2], 16.4, 1e-9);
    // A wide range (buckets of several values): R gives 3.8, 33, 2320 for
    // quantile(c(4000, 2, 17, 300, 301, 9, 1200, 5, 5, 64, 8, 1000, 33), c(0.05, 0.5, 0.95), type = 7).
    q = type7Quantiles({4000, 2, 17, 300, 301, 9, 1200, 5, 5, 64, 8, 1000, 33}, {0.05, 0.5, 0.95}, scratch);
    EXPECT_NEAR(q[0], 3.8, 1e-9);
    EXPECT_NEAR(q[1], 33.0, 1e-9);
    EXPECT_NEAR(q[2], 2320.0, 1e-9);
    q = type7Quantiles({6}, {0.05, 0.5, 0.95}, scratch);
    EXPECT_EQ(q, (std::array<double, 3>{6, 6, 6}));
}

} // namespace
