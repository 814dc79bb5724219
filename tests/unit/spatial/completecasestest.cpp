// SPDX-License-Identifier: GPL-3.0-or-later
// Leaving out areas with a missing value: rows, ids, restyled weights and new islands.
#include "spatial/completecases.h"
#include "spatialreference.h"

#include <gtest/gtest.h>

#include <limits>

namespace {

using namespace bib::core;

TEST(CompleteCases, dropsMissingAreasAndRestylesRows)
{
    // Line a–b–c–d; c is missing: b keeps only a (weight 1 after row-standardising), d becomes an island.
    const SpatialWeights line =
        bib::test::latticeWeights(1, 4, false).withStyle(WeightStyle::RowStandardised);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> x{1, 2, nan, 4};
    const std::vector<double> y{5, 6, 7, 8};
    const CompleteCases cc = completeCases(line, WeightStyle::RowStandardised, {x, y});
    EXPECT_EQ(cc.rows, (std::vector<std::size_t>{0, 1, 3}));
    EXPECT_EQ(cc.leftOut, std::vector<std::string>{"0,2"});
    EXPECT_EQ(cc.columns[1], (std::vector<double>{5, 6, 8}));
    ASSERT_EQ(cc.weights.size(), 3u);
    ASSERT_EQ(cc.weights.neighbourCount(1), 1u);
    EXPECT_DOUBLE_EQ(cc.weights.weights(1)[0], 1.0);
    EXPECT_EQ(cc.newIslands, std::vector<std::string>{"0,3"});
}

} // namespace
