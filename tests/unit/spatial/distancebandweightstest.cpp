// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/distancebandweights.h"

#include "io/arealoader.h"
#include "spatial/weightsfile.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using namespace bib::core;
using bib::test::realData;
using bib::test::testData;

/// Squares of 2 m centred at x = 0, 3, 7, 20 on one line.
AreaSet lineOfSquares()
{
    AreaSet areas;
    int i = 0;
    for (double x : {0.0, 3.0, 7.0, 20.0}) {
        MultiPolygon shape{{Polygon{{Ring{{x - 1, -1}, {x + 1, -1}, {x + 1, 1}, {x - 1, 1}, {x - 1, -1}}}}},
                           {}};
        shape.updateEnvelope();
        areas.addArea("a" + std::to_string(i++), "", shape);
    }
    return areas;
}

SpatialWeights build(const DistanceBandWeightsBuilder& builder, const AreaSet& areas, WeightsReport& report,
                     IslandRule islands = IslandRule::Leave)
{
    SilentFeedback feedback;
    return builder.build(areas, islands, WeightStyle::Binary, report, feedback);
}

TEST(DistanceBandWeights, linksCentroidsWithinTheBandInclusive)
{
    WeightsReport report;
    const SpatialWeights band = build(DistanceBandWeightsBuilder(4.0), lineOfSquares(), report);
    EXPECT_EQ(std::vector<std::uint32_t>(band.neighbours(1).begin(), band.neighbours(1).end()),
              (std::vector<std::uint32_t>{0, 2})); // 3 m and exactly 4 m
    EXPECT_EQ(band.weights(1)[1], 1.0);
    EXPECT_EQ(report.islandsFound, std::vector<std::string>{"a3"});
    EXPECT_TRUE(band.isSymmetric());
    EXPECT_EQ(band.description(), "distance band 4 m (centroids), binary (B)");
}

TEST(DistanceBandWeights, inverseDistanceWeighsOneOverDistanceToThePower)
{
    WeightsReport report;
    const SpatialWeights inverse = build(DistanceBandWeightsBuilder(4.0, 2.0), lineOfSquares(), report);
    EXPECT_DOUBLE_EQ(inverse.weights(1)[0], 1.0 / 9.0);
    EXPECT_DOUBLE_EQ(inverse.weights(1)[1], 1.0 / 16.0);
    EXPECT_EQ(inverse.description(), "inverse distance 1/d^2 within 4 m (centroids), binary (B)");
}

TEST(DistanceBandWeights, islandLinkedToNearestGetsTheInverseDistanceWeight)
{
    WeightsReport report;
    const SpatialWeights inverse =
        build(DistanceBandWeightsBuilder(4.0, 1.0), lineOfSquares(), report, IslandRule::ConnectNearest);
    ASSERT_EQ(report.islandLinks.size(), 1u);
    EXPECT_EQ(report.islandLinks[0], (std::pair<std::string, std::string>{"a3", "a2"}));
    EXPECT_DOUBLE_EQ(inverse.weights(3)[0], 1.0 / 13.0);
    EXPECT_TRUE(inverse.isSymmetric());
}

TEST(DistanceBandWeights, inverseDistanceRefusesCoincidentCentroids)
{
    AreaSet areas = lineOfSquares();
    MultiPolygon same = areas.shape(0);
    areas.addArea("twin", "", same);
    WeightsReport report;
    EXPECT_EQ(build(DistanceBandWeightsBuilder(1.0), areas, report).neighbourCount(0), 1u);
    try {
        build(DistanceBandWeightsBuilder(1.0, 1.0), areas, report);
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("a0 and twin"), std::string::npos) << e.what();
    }
}

TEST(DistanceBandWeights, rejectsNonPositiveDistanceOrPower)
{
    EXPECT_THROW(DistanceBandWeightsBuilder(0.0), InputError);
    EXPECT_THROW(DistanceBandWeightsBuilder(100.0, -1.0), InputError);
}

TEST(DistanceBandWeights, matchesSpdepDnearneighOnUtrechtAndRotterdam)
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
    const SpatialWeights band = build(DistanceBandWeightsBuilder(1000.0), areas, report);
    // Reference: dnearneigh(st_centroid(st_geometry(areas)), 0, 1000), spdep 1.2-7: 742 links,
    // 49 areas without neighbours — make_spdep_reference.R.
    std::vector<std::string> missing;
    const SpatialWeights spdep = readWeightsFile(testData("spatial/utrecht_rotterdam_dnn1000_spdep.gal"),
                                                 areas.ids(), missing, feedback);
    EXPECT_EQ(band.linkCount(), 742u);
    EXPECT_EQ(report.islandsFound.size(), 49u);
    for (std::size_t i = 0; i < band.size(); ++i) {
        const auto a = band.neighbours(i), b = spdep.neighbours(i);
        EXPECT_TRUE(std::equal(a.begin(), a.end(), b.begin(), b.end())) << band.ids()[i];
    }
}

} // namespace
