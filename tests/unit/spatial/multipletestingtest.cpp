// SPDX-License-Identifier: GPL-3.0-or-later
// Bonferroni and Benjamini–Hochberg against R's p.adjust, NaN handling and the rejection rule.
#include "spatial/multipletesting.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using namespace bib::core;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const std::vector<double> kP{0.01, 0.04, 0.03, 0.005, 0.2, kNaN, 0.5, 0.04};

TEST(MultipleTesting, benjaminiHochbergMatchesRPAdjust)
{
    // R 4.2.2: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2, NA, 0.5, 0.04), "BH"); NA does not count in m.
    const std::vector<double> expected{0.035, 0.056, 0.056, 0.035, 0.23333333333333336, kNaN, 0.5, 0.056};
    const auto adjusted = adjustPValues(kP, PValueAdjustment::BenjaminiHochberg);
    ASSERT_EQ(adjusted.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (std::isnan(expected[i]))
            EXPECT_TRUE(std::isnan(adjusted[i]));
        else
            EXPECT_NEAR(adjusted[i], expected[i], 1e-15) << i; // absolute, p-value units
    }
}

TEST(MultipleTesting, bonferroniMatchesRPAdjust)
{
    // R 4.2.2: p.adjust(…, "bonferroni"), m = 7 non-missing p-values, capped at 1.
    const std::vector<double> expected{0.07, 0.28, 0.21, 0.035, 1.0, kNaN, 1.0, 0.28};
    const auto adjusted = adjustPValues(kP, PValueAdjustment::Bonferroni);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (std::isnan(expected[i]))
            EXPECT_TRUE(std::isnan(adjusted[i]));
        else
            EXPECT_NEAR(adjusted[i], expected[i], 1e-15) << i;
    }
}

TEST(MultipleTesting, noneKeepsValues)
{
    const auto adjusted = adjustPValues(kP, PValueAdjustment::None);
    EXPECT_EQ(adjusted[3], 0.005);
    EXPECT_TRUE(std::isnan(adjusted[5]));
}

TEST(MultipleTesting, significantAtRejectsTheBenjaminiHochbergStepUpSet)
{
    // Step-up rule at alpha 0.05 with m = 7: sorted 0.005 0.01 0.03 0.04 0.04 0.2 0.5 against
    // k·0.05/7 = 0.0071 0.0143 0.0214 0.0286 0.0357 0.0429 0.05: only k = 1, 2 pass, so 0.005 and 0.01.
    const auto rejected = significantAt(kP, 0.05, PValueAdjustment::BenjaminiHochberg);
    const std::vector<bool> expected{true, false, false, true, false, false, false, false};
    EXPECT_EQ(rejected, expected);
    const auto unadjusted = significantAt(kP, 0.05, PValueAdjustment::None);
    const std::vector<bool> expectedUnadjusted{true, true, true, true, false, false, false, true};
    EXPECT_EQ(unadjusted, expectedUnadjusted);
}

TEST(MultipleTesting, parsesNames)
{
    EXPECT_EQ(parsePValueAdjustment("fdr"), PValueAdjustment::BenjaminiHochberg);
    EXPECT_EQ(parsePValueAdjustment("bh"), PValueAdjustment::BenjaminiHochberg);
    EXPECT_EQ(parsePValueAdjustment("bonferroni"), PValueAdjustment::Bonferroni);
    EXPECT_EQ(parsePValueAdjustment("none"), PValueAdjustment::None);
    EXPECT_FALSE(parsePValueAdjustment("holm"));
    EXPECT_EQ(toString(PValueAdjustment::BenjaminiHochberg), "fdr");
}

} // namespace
