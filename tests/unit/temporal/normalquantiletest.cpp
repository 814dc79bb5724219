// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/normalquantile.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace bib::core;

TEST(NormalQuantile, matchesRsQnorm)
{
    // R 4.2.2 qnorm(c(0.999, 0.975, 0.99, 0.95, 1 - 1e-10, 0.025, 0.9)), printed with 17 digits.
    EXPECT_NEAR(standardNormalQuantile(0.999), 3.0902323061678132, 1e-14);
    EXPECT_NEAR(standardNormalQuantile(0.975), 1.9599639845400536, 1e-14);
    EXPECT_NEAR(standardNormalQuantile(0.99), 2.3263478740408408, 1e-14);
    EXPECT_NEAR(standardNormalQuantile(0.95), 1.6448536269514715, 1e-14);
    EXPECT_NEAR(standardNormalQuantile(1 - 1e-10), 6.3613408896974208, 1e-9);
    EXPECT_NEAR(standardNormalQuantile(0.025), -1.9599639845400536, 1e-14);
    EXPECT_NEAR(standardNormalQuantile(0.9), 1.2815515655446008, 1e-14);
    EXPECT_EQ(standardNormalQuantile(0.5), 0.0);
    EXPECT_TRUE(std::isnan(standardNormalQuantile(1.0)));
    EXPECT_TRUE(std::isnan(standardNormalQuantile(0.0)));
}

} // namespace
