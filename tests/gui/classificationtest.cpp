// SPDX-License-Identifier: GPL-3.0-or-later
#include "classification.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using bib::render::ClassificationMethod;
using bib::render::Classifier;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

TEST(Classification, quantileBreaksInterpolateBetweenOrderStatistics)
{
    // Values 1…10 (n = 10) in 4 classes, Hyndman & Fan type 7 (R: quantile(1:10, c(.25,.5,.75))):
    //   p = 1/4: h = 9·0.25 = 2.25 → x[2] + 0.25·(x[3] - x[2]) = 3 + 0.25 = 3.25
    //   p = 2/4: h = 4.5          → 5 + 0.5                     = 5.5
    //   p = 3/4: h = 6.75         → 7 + 0.75                    = 7.75
    // Upper bounds inclusive: {1,2,3} {4,5} {6,7} {8,9,10}; the NaN is no data.
    const auto result = Classifier::create(ClassificationMethod::Quantile)
                            ->classify({7, 1, 2, 3, kNaN, 4, 5, 6, 8, 9, 10}, 4);
    ASSERT_EQ(result.classCount(), 4);
    const std::vector<double> expected = {1.0, 3.25, 5.5, 7.75, 10.0};
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_DOUBLE_EQ(result.breaks[i], expected[i]) << "break " << i;
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{3, 2, 2, 3}));
    EXPECT_EQ(result.noDataCount, 1u);
    EXPECT_EQ(result.classOfValue[0], 2); // 7
    EXPECT_EQ(result.classOfValue[4], -1);
}

TEST(Classification, equalIntervalBreaksHaveEqualWidth)
{
    // min 0, max 10, 4 classes: width 2.5 → breaks 0, 2.5, 5, 7.5, 10. 2.5 sits in class 0 (upper
    // bound inclusive), 2.6 in class 1, 10 in class 3.
    const auto result =
        Classifier::create(ClassificationMethod::EqualInterval)->classify({0.0, 2.5, 2.6, 10.0, kNaN}, 4);
    EXPECT_EQ(result.breaks, (std::vector<double>{0.0, 2.5, 5.0, 7.5, 10.0}));
    EXPECT_EQ(result.classOfValue, (std::vector<int>{0, 0, 1, 3, -1}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{2, 1, 0, 1}));
}

TEST(Classification, tiedValuesMergeBreaks)
{
    // 1,1,1,1,5 in 4 quantile classes: h = 4·j/4 = j, so all three interior breaks are x[1…3] = 1,
    // the minimum. One is kept (class 0 = exactly 1), the other two merge: 2 classes remain.
    const auto result = Classifier::create(ClassificationMethod::Quantile)->classify({1, 1, 1, 1, 5}, 4);
    EXPECT_EQ(result.breaks, (std::vector<double>{1.0, 1.0, 5.0}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{4, 1}));
}

TEST(Classification, constantAndEmptyColumns)
{
    const auto constant = Classifier::create(ClassificationMethod::Quantile)->classify({3, 3, kNaN}, 5);
    EXPECT_EQ(constant.classCount(), 1);
    EXPECT_EQ(constant.classOfValue, (std::vector<int>{0, 0, -1}));
    const auto empty = Classifier::create(ClassificationMethod::EqualInterval)->classify({kNaN, kNaN}, 5);
    EXPECT_EQ(empty.classCount(), 0);
    EXPECT_EQ(empty.noDataCount, 2u);
}
