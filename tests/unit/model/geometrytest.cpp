// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/geometry.h"
#include "model/areaset.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace bib::core;

MultiPolygon square(double x, double y, double size)
{
    MultiPolygon m;
    m.polygons.push_back(Polygon{{Ring{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}}}});
    m.updateEnvelope();
    return m;
}

TEST(Geometry, ringAreaIsPositiveCounterClockwise)
{
    const Ring ccw{{0, 0}, {4, 0}, {4, 3}, {0, 3}, {0, 0}};
    EXPECT_DOUBLE_EQ(signedRingArea(ccw), 12.0); // 4 × 3
    const Ring cw(ccw.rbegin(), ccw.rend());
    EXPECT_DOUBLE_EQ(signedRingArea(cw), -12.0);
}

TEST(Geometry, ringAreaIsExactAtRdCoordinates)
{
    // 1 m² square at RD coordinates: naive shoelace loses digits at 1e11 products.
    const Ring r{{155000.25, 463000.5},
                 {155001.25, 463000.5},
                 {155001.25, 463001.5},
                 {155000.25, 463001.5},
                 {155000.25, 463000.5}};
    EXPECT_DOUBLE_EQ(signedRingArea(r), 1.0);
}

TEST(Geometry, containsRespectsHoles)
{
    MultiPolygon m = square(0, 0, 10);
    m.polygons[0].rings.push_back(Ring{{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}});
    EXPECT_TRUE(contains(m, {1, 1}));
    EXPECT_FALSE(contains(m, {5, 5}));
    EXPECT_FALSE(contains(m, {11, 5}));
}

TEST(Geometry, pointOnSurfaceIsInsideConcaveShape)
{
    // A U shape whose centroid (5, ≈3.9) lies in the notch.
    MultiPolygon u;
    u.polygons.push_back(
        Polygon{{Ring{{0, 0}, {10, 0}, {10, 10}, {7, 10}, {7, 3}, {3, 3}, {3, 10}, {0, 10}, {0, 0}}}});
    u.updateEnvelope();
    const Point p = pointOnSurface(u);
    EXPECT_TRUE(contains(u, p)) << p.x << " " << p.y;
}

TEST(Geometry, pointOnSurfaceOfEmptyIsNaN)
{
    EXPECT_TRUE(std::isnan(pointOnSurface(MultiPolygon{}).x));
}

TEST(AreaSet, rejectsDuplicateIds)
{
    AreaSet set;
    set.addArea("A", "a", square(0, 0, 1));
    EXPECT_THROW(set.addArea("A", "again", square(1, 0, 1)), InputError);
}

TEST(AreaSet, columnsGrowWithAreasAndAreReplacedByName)
{
    AreaSet set;
    set.addArea("A", "a", square(0, 0, 1));
    set.setColumn(Column{"v", {1.0}, {}});
    set.addArea("B", "b", square(1, 0, 1));
    ASSERT_EQ(set.column("v")->values.size(), 2u);
    EXPECT_TRUE(std::isnan(set.column("v")->values[1]));
    set.setColumn(Column{"v", {3.0, 4.0}, {}});
    EXPECT_EQ(set.columns().size(), 1u);
    EXPECT_EQ(set.column("v")->values[1], 4.0);
    EXPECT_EQ(set.rowOf("B"), 1u);
    EXPECT_FALSE(set.rowOf("C").has_value());
    EXPECT_THROW(set.setColumn(Column{"w", {1.0}, {}}), InternalError);
}

TEST(AreaSet, extentIsUnionOfShapes)
{
    AreaSet set;
    set.addArea("A", "", square(0, 0, 1));
    set.addArea("B", "", square(5, 7, 2));
    const Envelope e = set.extent();
    EXPECT_EQ(e.minX, 0);
    EXPECT_EQ(e.maxX, 7);
    EXPECT_EQ(e.maxY, 9);
}

} // namespace
