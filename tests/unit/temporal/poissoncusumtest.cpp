// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/poissoncusum.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace bib::core;

TEST(PoissonCusum, referenceValueIsLucasLikelihoodRatioValue)
{
    // k = (λ1 − λ0)/(ln λ1 − ln λ0): λ0 = 4, λ1 = 6 → 2/ln 1.5 = 4.9326…; it lies between λ0 and λ1.
    EXPECT_NEAR(PoissonCusum::referenceValue(4, 6), 2 / std::log(1.5), 1e-15);
    EXPECT_NEAR(PoissonCusum::referenceValue(4, 6), 4.932606924, 1e-9);
    EXPECT_NEAR(PoissonCusum::referenceValue(0.5, 0.5 + std::sqrt(0.5)), 0.8022782, 1e-7);
}

TEST(PoissonCusum, accumulatesStandardisedExcessAndResetsAfterAlarm)
{
    // Baseline 3, guard band 2, shift 1 sd, h = 3: every window holds only 4s, so λ0 = 4, √λ0 = 2,
    // λ1 = 6, k = 2/ln 1.5 = 4.932607.
    //   t = 5 (y = 9): S = (9 − k)/2 = 2.033697 ≤ 3, upper = k + 2·3 = 10.932607
    //   t = 6 (y = 9): S = 2.033697 + 2.033697 = 4.067393 > 3 → alarm, upper = k + 2·(3 − 2.033697)
    //   t = 7 (y = 4): after the reset S = max(0, (4 − k)/2) = 0, upper = k + 6 again.
    // surveillance 1.20.3 algo.cusum agrees until the alarm (it does not reset): with
    // control = list(range = 6:8, m = 4, k = (2/log(1.5) − 4)/2, h = 3, trans = "standard") on
    // c(4, 4, 4, 4, 4, 9, 9, 4) its cusum is 2.033697, 4.067393, 3.601090.
    PeakOptions options;
    options.baseline = 3;
    options.decisionInterval = 3;
    options.minimumCount = 0;
    const auto detector = createPeakDetector(PeakMethod::PoissonCusum, options);
    EXPECT_EQ(detector->history(), 5u);
    const auto r = detector->detect({4, 4, 4, 4, 4, 9, 9, 4});
    const double k = 2 / std::log(1.5);
    EXPECT_EQ(r.firstJudged, 5u);
    EXPECT_DOUBLE_EQ(r.expected[5], 4.0);
    EXPECT_NEAR(r.score[5], (9 - k) / 2, 1e-14);
    EXPECT_NEAR(r.score[5], 2.033697, 1e-6);
    EXPECT_NEAR(r.upper[5], k + 6, 1e-14);
    EXPECT_FALSE(r.alarm[5]);
    EXPECT_NEAR(r.score[6], 4.067393, 1e-6);
    EXPECT_NEAR(r.upper[6], k + 2 * (3 - (9 - k) / 2), 1e-13);
    EXPECT_TRUE(r.alarm[6]);
    EXPECT_EQ(r.score[7], 0.0);
    EXPECT_NEAR(r.upper[7], k + 6, 1e-14);
    EXPECT_FALSE(r.alarm[7]);
}

TEST(PoissonCusum, emptyBaselineUsesTheMinimumMean)
{
    // All-zero windows: expected 0, but λ0 = 0.5 keeps k finite: k = √0.5/ln(1 + √2) = 0.802278…
    PeakOptions options;
    options.baseline = 3;
    options.guardBand = 0;
    options.minimumCount = 0;
    const auto r = createPeakDetector(PeakMethod::PoissonCusum, options)->detect({0, 0, 0, 6});
    const double scale = std::sqrt(0.5), k = scale / std::log1p(std::sqrt(2.0));
    EXPECT_EQ(r.expected[3], 0.0);
    EXPECT_NEAR(r.upper[3], k + scale * 5, 1e-14);
    EXPECT_NEAR(r.score[3], (6 - k) / scale, 1e-13);
    EXPECT_TRUE(r.alarm[3]); // 7.35 > 5
}

} // namespace
