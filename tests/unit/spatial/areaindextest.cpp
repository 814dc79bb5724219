// SPDX-License-Identifier: GPL-3.0-or-later
// AreaIndex: the half-open border rule on adjacent squares (shared edge, shared corner, outer
// border), holes, overlaps, exact orientation, and agreement with contains() away from edges.
#include "spatial/areaindex.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

namespace {

using bib::core::AreaIndex;
using bib::core::AreaSet;
using bib::core::MultiPolygon;
using bib::core::Point;
using bib::core::Ring;

// RD New magnitudes, so that rounding would show if the tests were not exact.
constexpr double kX0 = 155000.0;
constexpr double kY0 = 463000.0;

Ring squareRing(double x, double y, double size, bool clockwise = false)
{
    Ring ring = {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}};
    if (clockwise)
        std::reverse(ring.begin(), ring.end());
    return ring;
}

MultiPolygon square(double x, double y, double size)
{
    MultiPolygon shape;
    shape.polygons.push_back({{squareRing(kX0 + x, kY0 + y, size)}});
    shape.updateEnvelope();
    return shape;
}

std::size_t locate(const AreaIndex& index, double x, double y)
{
    return index.locate({kX0 + x, kY0 + y});
}

/// A | B side by side, C | D above them: 10 m squares meeting at (10, 10).
AreaSet fourSquares()
{
    AreaSet areas;
    areas.addArea("A", "", square(0, 0, 10));
    areas.addArea("B", "", square(10, 0, 10));
    areas.addArea("C", "", square(0, 10, 10));
    areas.addArea("D", "", square(10, 10, 10));
    return areas;
}

TEST(AreaIndex, pointOnSharedVerticalEdgeGoesToTheAreaOnItsRight)
{
    const AreaIndex index(fourSquares());
    EXPECT_EQ(locate(index, 10, 5), 1U);
    EXPECT_EQ(locate(index, 10, 15), 3U);
}

TEST(AreaIndex, pointOnSharedHorizontalEdgeGoesToTheAreaAbove)
{
    const AreaIndex index(fourSquares());
    EXPECT_EQ(locate(index, 5, 10), 2U);
    EXPECT_EQ(locate(index, 15, 10), 3U);
}

TEST(AreaIndex, pointOnSharedCornerGoesToTheAreaUpAndRight)
{
    const AreaIndex index(fourSquares());
    EXPECT_EQ(locate(index, 10, 10), 3U);
}

TEST(AreaIndex, outerBorderIsInsideOnlyOnLeftAndBottomEdges)
{
    const AreaIndex index(fourSquares());
    EXPECT_EQ(locate(index, 0, 5), 0U);
    EXPECT_EQ(locate(index, 5, 0), 0U);
    EXPECT_EQ(locate(index, 0, 0), 0U);
    EXPECT_EQ(locate(index, 20, 5), AreaIndex::kNone);
    EXPECT_EQ(locate(index, 5, 20), AreaIndex::kNone);
    EXPECT_EQ(locate(index, 20, 20), AreaIndex::kNone);
}

TEST(AreaIndex, pointsOutsideAndNaNHaveNoArea)
{
    const AreaIndex index(fourSquares());
    EXPECT_EQ(locate(index, -1, 5), AreaIndex::kNone);
    EXPECT_EQ(locate(index, 5, 25), AreaIndex::kNone);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(index.locate({nan, kY0}), AreaIndex::kNone);
}

TEST(AreaIndex, interiorPointsGoToTheirSquare)
{
    const AreaIndex index(fourSquares());
    EXPECT_EQ(locate(index, 3, 3), 0U);
    EXPECT_EQ(locate(index, 13, 3), 1U);
    EXPECT_EQ(locate(index, 3, 13), 2U);
    EXPECT_EQ(locate(index, 13, 13), 3U);
}

TEST(AreaIndex, holeHoldsNoPointButAnAreaInsideItDoes)
{
    AreaSet areas;
    MultiPolygon ring;
    ring.polygons.push_back({{squareRing(kX0, kY0, 30), squareRing(kX0 + 10, kY0 + 10, 10, true)}});
    ring.updateEnvelope();
    areas.addArea("ring", "", ring);
    areas.addArea("island", "", square(10, 10, 10));
    const AreaIndex index(areas);
    EXPECT_EQ(locate(index, 5, 5), 0U);
    EXPECT_EQ(locate(index, 15, 15), 1U);
    EXPECT_EQ(locate(index, 10, 15), 1U); // the island's left edge is the hole's: the island takes it
    EXPECT_EQ(locate(index, 20, 15), 0U); // the island's right edge goes to the ring on its right
}

TEST(AreaIndex, overlappingAreasGiveThePointToTheLowestRow)
{
    AreaSet areas;
    areas.addArea("small", "", square(5, 5, 5));
    areas.addArea("big", "", square(0, 0, 20));
    areas.addArea("big2", "", square(0, 0, 20));
    const AreaIndex index(areas);
    EXPECT_EQ(locate(index, 7, 7), 0U);
    EXPECT_EQ(locate(index, 15, 15), 1U);
}

TEST(AreaIndex, areaWithoutShapeHoldsNothing)
{
    AreaSet areas;
    areas.addArea("empty", "", MultiPolygon{});
    areas.addArea("A", "", square(0, 0, 10));
    const AreaIndex index(areas);
    EXPECT_EQ(locate(index, 5, 5), 1U);
    AreaSet none;
    none.addArea("empty", "", MultiPolygon{});
    EXPECT_EQ(AreaIndex(none).locate({kX0, kY0}), AreaIndex::kNone);
}

TEST(AreaIndex, orientationIsExactForCollinearPointsAtRdMagnitudes)
{
    const Point a{150000.1, 150000.1};
    const Point b{160000.3, 160000.3};
    const double x = 155000.7;
    EXPECT_EQ(bib::core::orientation(a, b, {x, x}), 0);
    EXPECT_EQ(bib::core::orientation(a, b, {x, std::nextafter(x, 1e9)}), 1);
    EXPECT_EQ(bib::core::orientation(a, b, {x, std::nextafter(x, 0.0)}), -1);
}

TEST(AreaIndex, diagonalSharedEdgeTakesEachPointOnItOnce)
{
    // Two triangles sharing the diagonal of a square; points exactly on it (x == y in double).
    AreaSet areas;
    MultiPolygon lower;
    lower.polygons.push_back({{{{kX0, kY0}, {kX0 + 100, kY0}, {kX0 + 100, kY0 + 100}, {kX0, kY0}}}});
    MultiPolygon upper;
    upper.polygons.push_back({{{{kX0, kY0}, {kX0 + 100, kY0 + 100}, {kX0, kY0 + 100}, {kX0, kY0}}}});
    areas.addArea("lower", "", lower);
    areas.addArea("upper", "", upper);
    const AreaIndex index(areas);
    for (double t = 0.5; t < 100; t += 0.5)
        EXPECT_EQ(index.locate({kX0 + t, kY0 + t}), 0U) << t; // the lower triangle lies to the right
}

TEST(AreaIndex, randomPointsAgreeWithContainsAndLandOnGridLinesOnce)
{
    // A 7 × 5 tiling of 13 m squares: off the grid lines contains() decides; on them exactly one area.
    AreaSet areas;
    for (int r = 0; r < 5; ++r)
        for (int c = 0; c < 7; ++c)
            areas.addArea(std::to_string(r * 7 + c), "", square(13.0 * c, 13.0 * r, 13.0));
    const AreaIndex index(areas);
    std::mt19937_64 random(20240305);
    std::uniform_real_distribution<double> x(0.0, 91.0);
    std::uniform_real_distribution<double> y(0.0, 65.0);
    for (int i = 0; i < 20000; ++i) {
        const Point p{kX0 + x(random), kY0 + y(random)};
        const std::size_t found = index.locate(p);
        ASSERT_NE(found, AreaIndex::kNone);
        EXPECT_TRUE(bib::core::contains(areas.shape(found), p));
    }
    for (int r = 0; r < 5; ++r)
        for (int c = 0; c < 7; ++c)
            EXPECT_EQ(locate(index, 13.0 * c, 13.0 * r), static_cast<std::size_t>(r * 7 + c));
}

} // namespace
