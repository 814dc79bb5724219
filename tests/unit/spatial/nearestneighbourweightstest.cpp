// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/nearestneighbourweights.h"

#include "io/arealoader.h"
#include "spatial/centroid.h"
#include "spatial/pointindex.h"
#include "spatial/weightsfile.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace {

using namespace bib::core;
using bib::test::realData;
using bib::test::testData;

Polygon rectangle(double minX, double minY, double maxX, double maxY)
{
    return Polygon{{Ring{{minX, minY}, {maxX, minY}, {maxX, maxY}, {minX, maxY}, {minX, minY}}}};
}

MultiPolygon shapeOf(std::vector<Polygon> polygons)
{
    MultiPolygon shape{std::move(polygons), {}};
    shape.updateEnvelope();
    return shape;
}

/// Squares of 10 m centred on the given points, ids a0, a1, …
AreaSet squaresAt(const std::vector<Point>& centres)
{
    AreaSet areas;
    for (std::size_t i = 0; i < centres.size(); ++i)
        areas.addArea(
            "a" + std::to_string(i), "",
            shapeOf({rectangle(centres[i].x - 5, centres[i].y - 5, centres[i].x + 5, centres[i].y + 5)}));
    return areas;
}

std::vector<std::uint32_t> bruteForceNearest(const std::vector<Point>& points, const Point& q, std::size_t k,
                                             std::size_t exclude)
{
    std::vector<std::pair<double, std::uint32_t>> all;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (i != exclude)
            all.emplace_back(std::pow(points[i].x - q.x, 2) + std::pow(points[i].y - q.y, 2),
                             static_cast<std::uint32_t>(i));
    std::sort(all.begin(), all.end());
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < k && i < all.size(); ++i)
        out.push_back(all[i].second);
    return out;
}

TEST(Centroid, isTheCentreOfMassWithHolesAndPartsWeightedByArea)
{
    EXPECT_DOUBLE_EQ(centroid(shapeOf({rectangle(0, 0, 4, 2)})).x, 2.0);
    // L of two unit-height rectangles: [0,4]×[0,1] (area 4) and [0,1]×[1,3] (area 2):
    // x = (2·4 + 0.5·2) / 6 = 1.5, y = (0.5·4 + 2·2) / 6 = 1.
    const Point l = centroid(shapeOf({rectangle(0, 0, 4, 1), rectangle(0, 1, 1, 3)}));
    EXPECT_DOUBLE_EQ(l.x, 1.5);
    EXPECT_DOUBLE_EQ(l.y, 1.0);
    // A 4×4 square with a 2×2 hole in its right half: x = (2·16 − 3·4) / 12 = 5/3.
    Polygon holed = rectangle(0, 0, 4, 4);
    holed.rings.push_back(Ring{{2, 1}, {2, 3}, {4, 3}, {4, 1}, {2, 1}});
    EXPECT_NEAR(centroid(shapeOf({holed})).x, 5.0 / 3.0, 1e-12);
    // Far from the origin (RD metres) the result is as exact.
    EXPECT_NEAR(centroid(shapeOf({rectangle(150000, 450000, 150004, 450002)})).y, 450001.0, 1e-9);
    EXPECT_TRUE(std::isnan(centroid(MultiPolygon{}).x));
}

TEST(PointIndex, nearestAgreesWithBruteForceIncludingTies)
{
    std::mt19937 random(20240601);
    std::uniform_int_distribution<int> coordinate(0, 40); // a coarse lattice: many equal distances
    std::vector<Point> points;
    for (int i = 0; i < 600; ++i)
        points.push_back({static_cast<double>(coordinate(random)), static_cast<double>(coordinate(random))});
    const PointIndex index(points);
    for (std::size_t i = 0; i < points.size(); i += 7)
        for (std::size_t k : {1u, 4u, 9u})
            ASSERT_EQ(index.nearest(points[i], k, i), bruteForceNearest(points, points[i], k, i))
                << i << " k " << k;
}

TEST(PointIndex, equalDistancesGoToTheLowerRow)
{
    const PointIndex index({{0, 0}, {-1, 0}, {1, 0}, {0, 1}, {0, -1}});
    EXPECT_EQ(index.nearest({0, 0}, 2, 0), (std::vector<std::uint32_t>{1, 2}));
    EXPECT_EQ(index.nearest({0, 0}, 9, 0).size(), 4u);
}

TEST(PointIndex, withinDistanceIsInclusiveAndSkipsMissingPoints)
{
    const PointIndex index({{0, 0}, {3, 4}, {3, 4.0001}, {std::nan(""), 0}});
    EXPECT_EQ(index.withinDistance({0, 0}, 5.0), (std::vector<std::uint32_t>{0, 1}));
    EXPECT_EQ(index.indexedCount(), 3u);
}

TEST(NearestNeighbourWeights, findsTheKNearestCentroidsAsymmetrically)
{
    // On a line at 0, 10, 30, 70: the nearest of 70 is 30, but 30's nearest is 10.
    const AreaSet areas = squaresAt({{0, 0}, {10, 0}, {30, 0}, {70, 0}});
    SilentFeedback feedback;
    WeightsReport report;
    const SpatialWeights knn = NearestNeighbourWeightsBuilder(1).build(areas, IslandRule::Leave,
                                                                       WeightStyle::Binary, report, feedback);
    const std::vector<std::uint32_t> expected{1, 0, 1, 2};
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_EQ(knn.neighbours(i)[0], expected[i]) << i;
    EXPECT_FALSE(report.summary.symmetric);
    EXPECT_EQ(knn.description(), "k = 1 nearest neighbours (centroids), binary (B)");
}

TEST(NearestNeighbourWeights, kMustBeBelowTheNumberOfAreasWithAShape)
{
    AreaSet areas = squaresAt({{0, 0}, {10, 0}});
    areas.addArea("empty", "", MultiPolygon{});
    SilentFeedback feedback;
    WeightsReport report;
    EXPECT_THROW(NearestNeighbourWeightsBuilder(2).build(areas, IslandRule::Leave, WeightStyle::Binary,
                                                         report, feedback),
                 InputError);
    EXPECT_THROW(NearestNeighbourWeightsBuilder(0), InputError);
    const SpatialWeights one = NearestNeighbourWeightsBuilder(1).build(areas, IslandRule::Leave,
                                                                       WeightStyle::Binary, report, feedback);
    EXPECT_EQ(report.islandsFound, std::vector<std::string>{"empty"});
    EXPECT_EQ(one.linkCount(), 2u);
    EXPECT_EQ(feedback.warningCount(), 1u);
}

TEST(NearestNeighbourWeights, matchesSpdepKnearneighOnUtrechtAndRotterdam)
{
    const std::string path = realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg");
    if (path.empty())
        GTEST_SKIP() << "real data absent";
    AreaSource source;
    source.path = path;
    source.layer = "buurten";
    source.idField = "bu_code";
    SilentFeedback feedback;
    const AreaSet areas = loadAreas(source, feedback);
    WeightsReport report;
    const SpatialWeights knn = NearestNeighbourWeightsBuilder(4).build(areas, IslandRule::Leave,
                                                                       WeightStyle::Binary, report, feedback);
    // Reference: knn2nb(knearneigh(st_centroid(st_geometry(areas)), k = 4)), spdep 1.2-7 (its C
    // code: dbscan is not installed), 812 links, asymmetric — make_spdep_reference.R.
    std::vector<std::string> missing;
    const SpatialWeights spdep =
        readWeightsFile(testData("spatial/utrecht_rotterdam_knn4_spdep.gal"), areas.ids(), missing, feedback);
    ASSERT_EQ(knn.linkCount(), 812u);
    for (std::size_t i = 0; i < knn.size(); ++i) {
        const auto a = knn.neighbours(i), b = spdep.neighbours(i);
        EXPECT_TRUE(std::equal(a.begin(), a.end(), b.begin(), b.end())) << knn.ids()[i];
    }
    EXPECT_FALSE(knn.isSymmetric());
}

} // namespace
