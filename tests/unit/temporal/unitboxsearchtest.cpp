// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/unitboxsearch.h"

#include <gtest/gtest.h>

namespace {

using namespace bib::core;

TEST(UnitBoxSearch, findsAnInteriorMinimumOfAQuadratic)
{
    // By hand: (x − 0.33)² + 2(y − 0.71)² + 1 has its minimum 1 at (0.33, 0.71), inside the box.
    const auto f = [](const std::vector<double>& x) {
        return (x[0] - 0.33) * (x[0] - 0.33) + 2 * (x[1] - 0.71) * (x[1] - 0.71) + 1;
    };
    const std::vector<double> best = unitbox::minimise(f, 2);
    ASSERT_EQ(best.size(), 2u);
    EXPECT_NEAR(best[0], 0.33, 1e-3);
    EXPECT_NEAR(best[1], 0.71, 1e-3);
}

TEST(UnitBoxSearch, stopsAtTheBoxWhenTheMinimumLiesOutside)
{
    // By hand: (x − 1.4)² + (y + 0.2)² + (z − 0.5)² is smallest on [0, 1]³ at (1, 0, 0.5); one dimension:
    // (x + 3)² at 0.
    const auto f = [](const std::vector<double>& x) {
        return (x[0] - 1.4) * (x[0] - 1.4) + (x[1] + 0.2) * (x[1] + 0.2) + (x[2] - 0.5) * (x[2] - 0.5);
    };
    const std::vector<double> best = unitbox::minimise(f, 3);
    EXPECT_NEAR(best[0], 1.0, 1e-3);
    EXPECT_NEAR(best[1], 0.0, 1e-3);
    EXPECT_NEAR(best[2], 0.5, 1e-3);
    const auto g = [](const std::vector<double>& x) { return (x[0] + 3) * (x[0] + 3); };
    EXPECT_NEAR(unitbox::minimise(g, 1)[0], 0.0, 1e-9);
}

} // namespace
