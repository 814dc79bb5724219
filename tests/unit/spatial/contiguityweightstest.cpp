// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/contiguityweights.h"

#include "io/arealoader.h"
#include "spatial/weightsfile.h"
#include "testsupport.h"
#include "util/error.h"

#include <cpl_vsi.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace {

using namespace bib::core;
using bib::test::realData;
using bib::test::testData;

// RD-like coordinates: the hashing must cope with values in the hundreds of thousands.
constexpr double X0 = 150000.0;
constexpr double Y0 = 450000.0;

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

/// A 3×3 grid of 100 m squares, ids c00 … c22 by column then row; c11 is the centre.
AreaSet grid()
{
    AreaSet areas;
    for (int column = 0; column < 3; ++column)
        for (int row = 0; row < 3; ++row) {
            const double x = X0 + 100.0 * column, y = Y0 + 100.0 * row;
            areas.addArea("c" + std::to_string(column) + std::to_string(row), "",
                          shapeOf({rectangle(x, y, x + 100.0, y + 100.0)}));
        }
    return areas;
}

std::set<std::string> neighbourIds(const SpatialWeights& weights, const std::string& id)
{
    const auto row = static_cast<std::size_t>(std::find(weights.ids().begin(), weights.ids().end(), id) -
                                              weights.ids().begin());
    std::set<std::string> out;
    for (const auto j : weights.neighbours(row))
        out.insert(weights.ids()[j]);
    return out;
}

SpatialWeights contiguity(const AreaSet& areas, ContiguityRule rule, double snap, WeightsReport& report)
{
    SilentFeedback feedback;
    return ContiguityWeightsBuilder(rule, snap)
        .build(areas, IslandRule::Leave, WeightStyle::Binary, report, feedback);
}

TEST(ContiguityWeights, queenGivesTheCentreOfAGridEightNeighbours)
{
    WeightsReport report;
    const SpatialWeights queen = contiguity(grid(), ContiguityRule::Queen, 0.0, report);
    EXPECT_EQ(neighbourIds(queen, "c11").size(), 8u);
    EXPECT_EQ(neighbourIds(queen, "c00"), (std::set<std::string>{"c01", "c10", "c11"}));
    // 4 corners × 3 + 4 edges × 5 + centre 8, as spdep poly2nb on the same squares.
    EXPECT_EQ(queen.linkCount(), 40u);
    EXPECT_TRUE(queen.isSymmetric());
    EXPECT_EQ(report.vertices, 9u * 4u); // the closing point of each ring is not counted
}

TEST(ContiguityWeights, rookGivesTheCentreOfAGridFourNeighbours)
{
    WeightsReport report;
    const SpatialWeights rook = contiguity(grid(), ContiguityRule::Rook, 0.0, report);
    EXPECT_EQ(neighbourIds(rook, "c11"), (std::set<std::string>{"c01", "c10", "c12", "c21"}));
    EXPECT_EQ(neighbourIds(rook, "c00"), (std::set<std::string>{"c01", "c10"}));
    EXPECT_EQ(rook.linkCount(), 24u);
}

TEST(ContiguityWeights, snapOfOneMetreClosesAHalfMetreGapAndReportsIt)
{
    AreaSet areas;
    areas.addArea("west", "", shapeOf({rectangle(X0, Y0, X0 + 100.0, Y0 + 100.0)}));
    areas.addArea("east", "", shapeOf({rectangle(X0 + 100.5, Y0, X0 + 200.0, Y0 + 100.0)}));
    WeightsReport exact;
    EXPECT_EQ(contiguity(areas, ContiguityRule::Queen, 0.0, exact).linkCount(), 0u);
    EXPECT_EQ(exact.islandsFound, (std::vector<std::string>{"west", "east"}));
    WeightsReport narrow;
    EXPECT_EQ(contiguity(areas, ContiguityRule::Queen, 0.4, narrow).linkCount(), 0u);
    WeightsReport snapped;
    const SpatialWeights rook = contiguity(areas, ContiguityRule::Rook, 1.0, snapped);
    EXPECT_EQ(neighbourIds(rook, "west"), std::set<std::string>{"east"});
    EXPECT_EQ(snapped.snap, 1.0);
    EXPECT_EQ(snapped.pairsAddedBySnap, 1u);
    EXPECT_NE(rook.description().find("snap 1 m, 1 pair added by snapping"), std::string::npos)
        << rook.description();
}

TEST(ContiguityWeights, snapDistanceIsEuclideanAndInclusive)
{
    // Nearest corners 0.75 m apart in x and 1 m in y: 1.25 m, exact in binary.
    AreaSet areas;
    areas.addArea("a", "", shapeOf({rectangle(X0, Y0, X0 + 10.0, Y0 + 10.0)}));
    areas.addArea("b", "", shapeOf({rectangle(X0 + 10.75, Y0 + 11.0, X0 + 20.0, Y0 + 20.0)}));
    WeightsReport report;
    EXPECT_EQ(contiguity(areas, ContiguityRule::Queen, 1.25, report).linkCount(), 2u);
    // Both coordinate differences are below 1.2 m, the distance is not.
    EXPECT_EQ(contiguity(areas, ContiguityRule::Queen, 1.2, report).linkCount(), 0u);
}

TEST(ContiguityWeights, singleCornerAtTheStartOfASecondPartIsQueenButNotRook)
{
    // "two" is a multipolygon whose second part starts (and closes) at the corner it shares with
    // "one". spdep 1.2-7 counts that point twice (its sf code drops only the first point of each
    // area) and makes a rook link; one shared point is not a rook link here.
    AreaSet areas;
    areas.addArea("one", "", shapeOf({rectangle(X0, Y0, X0 + 10.0, Y0 + 10.0)}));
    areas.addArea("two", "",
                  shapeOf({rectangle(X0 + 50.0, Y0, X0 + 60.0, Y0 + 10.0),
                           rectangle(X0 + 10.0, Y0 + 10.0, X0 + 20.0, Y0 + 20.0)}));
    WeightsReport report;
    EXPECT_EQ(contiguity(areas, ContiguityRule::Queen, 0.0, report).linkCount(), 2u);
    EXPECT_EQ(contiguity(areas, ContiguityRule::Rook, 0.0, report).linkCount(), 0u);
}

TEST(ContiguityWeights, areaWithoutGeometryIsAnIsland)
{
    AreaSet areas = grid();
    areas.addArea("empty", "", MultiPolygon{});
    WeightsReport report;
    const SpatialWeights queen = contiguity(areas, ContiguityRule::Queen, 0.0, report);
    EXPECT_EQ(report.islandsFound, std::vector<std::string>{"empty"});
    EXPECT_EQ(report.withoutShape, std::vector<std::string>{"empty"});
    EXPECT_EQ(queen.linkCount(), 40u);
}

TEST(ContiguityWeights, negativeSnapIsAnInputError)
{
    EXPECT_THROW(ContiguityWeightsBuilder(ContiguityRule::Queen, -1.0), InputError);
}

// --- spdep on real data -----------------------------------------------------------------------

AreaSet loadLayer(const std::string& path, const std::string& layer)
{
    AreaSource source;
    source.path = path;
    source.layer = layer;
    source.idField = "bu_code";
    SilentFeedback feedback;
    return loadAreas(source, feedback);
}

/// Every area's neighbour ids equal in both; reports the first differences.
void expectSameNeighbours(const SpatialWeights& ours, const SpatialWeights& spdep)
{
    ASSERT_EQ(ours.ids(), spdep.ids());
    std::size_t differing = 0;
    for (std::size_t i = 0; i < ours.size(); ++i) {
        const auto a = ours.neighbours(i), b = spdep.neighbours(i);
        if (!std::equal(a.begin(), a.end(), b.begin(), b.end()) && ++differing <= 5)
            ADD_FAILURE() << "neighbours of " << ours.ids()[i] << " differ";
    }
    EXPECT_EQ(differing, 0u);
    EXPECT_EQ(ours.linkCount(), spdep.linkCount());
}

SpatialWeights spdepGal(const std::string& name, const AreaSet& areas)
{
    SilentFeedback feedback;
    std::vector<std::string> missing;
    return readWeightsFile(testData("spatial/" + name), areas.ids(), missing, feedback);
}

TEST(ContiguityWeights, matchesSpdepPoly2nbOnUtrechtAndRotterdam)
{
    const std::string path = realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg");
    if (path.empty())
        GTEST_SKIP() << "real data absent";
    const AreaSet areas = loadLayer(path, "buurten");
    ASSERT_EQ(areas.size(), 203u);
    // References: tests/data/spatial/make_spdep_reference.R (spdep 1.2-7 poly2nb, default snap
    // sqrt(.Machine$double.eps)); queen 1118 links, rook 1006, queen with snap = 1: 1118.
    WeightsReport report;
    const SpatialWeights queen = contiguity(areas, ContiguityRule::Queen, 0.0, report);
    expectSameNeighbours(queen, spdepGal("utrecht_rotterdam_queen_spdep.gal", areas));
    EXPECT_EQ(queen.linkCount(), 1118u);
    const SpatialWeights rook = contiguity(areas, ContiguityRule::Rook, 0.0, report);
    expectSameNeighbours(rook, spdepGal("utrecht_rotterdam_rook_spdep.gal", areas));
    EXPECT_EQ(rook.linkCount(), 1006u);
    WeightsReport snapped;
    expectSameNeighbours(contiguity(areas, ContiguityRule::Queen, 1.0, snapped),
                         spdepGal("utrecht_rotterdam_queen_snap1_spdep.gal", areas));
    EXPECT_EQ(snapped.pairsAddedBySnap, 0u);
}

std::string readGzip(const std::string& path)
{
    VSILFILE* file = VSIFOpenL(("/vsigzip/" + path).c_str(), "rb");
    if (!file)
        return {};
    std::string text;
    char buffer[65536];
    std::size_t read = 0;
    while ((read = VSIFReadL(buffer, 1, sizeof buffer, file)) > 0)
        text.append(buffer, read);
    VSIFCloseL(file);
    return text;
}

TEST(ContiguityWeights, matchesSpdepOnTheNationalLayer)
{
    const std::string path = realData("cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg");
    if (path.empty())
        GTEST_SKIP() << "real data absent";
    const AreaSet areas = loadLayer(path, "buurten_2019");
    ASSERT_EQ(areas.size(), 13594u);
    // spdep 1.2-7 poly2nb(queen = TRUE) of all 13,594 buurten, written by
    // tests/data/spatial/make_reference.R: 78048 links, 5 islands.
    const std::string text = readGzip(testData("spatial/nl_buurten_2019_queen.gal.gz"));
    ASSERT_FALSE(text.empty());
    SilentFeedback feedback;
    std::vector<std::string> missing;
    const SpatialWeights spdepQueen = parseWeightsText(
        text, WeightsFileFormat::Gal, "nl_buurten_2019_queen.gal", areas.ids(), missing, feedback);
    WeightsReport report;
    const SpatialWeights queen = contiguity(areas, ContiguityRule::Queen, 0.0, report);
    expectSameNeighbours(queen, spdepQueen);
    EXPECT_EQ(report.islandsFound.size(), 5u);

    // spdep 1.2-7 poly2nb(queen = FALSE) gives 71986 links: these two pairs more, each touching in
    // one point that starts the second part of a multipolygon (see
    // singleCornerAtTheStartOfASecondPartIsQueenButNotRook).
    const SpatialWeights rook = contiguity(areas, ContiguityRule::Rook, 0.0, report);
    EXPECT_EQ(rook.linkCount(), 71986u - 4u);
    for (const auto& [a, b] :
         {std::pair{"BU17830701", "BU18420002"}, std::pair{"BU02690005", "BU02690009"}}) {
        EXPECT_EQ(neighbourIds(queen, a).count(b), 1u) << a << " " << b;
        EXPECT_EQ(neighbourIds(rook, a).count(b), 0u) << a << " " << b;
    }
}

} // namespace
