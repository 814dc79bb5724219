// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/weightsbuilder.h"

#include "spatial/weightsfile.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <numeric>

namespace {

using namespace bib::core;
using bib::test::TempDir;

MultiPolygon square(double x, double y, double size)
{
    MultiPolygon shape{{Polygon{{Ring{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}}}}},
                       {}};
    shape.updateEnvelope();
    return shape;
}

/// Two touching 100 m squares (a, b), and c 1 km east of them, on its own.
AreaSet twoAndAnIsland()
{
    AreaSet areas;
    areas.addArea("a", "", square(150000, 450000, 100));
    areas.addArea("b", "", square(150100, 450000, 100));
    areas.addArea("c", "", square(151200, 450000, 100));
    return areas;
}

WeightsOptions parsed(const std::string& text)
{
    WeightsOptions options;
    parseWeightsMethod(text, options);
    return options;
}

TEST(WeightsBuilder, parsesEveryFormOfTheWeightsOption)
{
    EXPECT_EQ(parsed("queen").method, WeightsMethod::Queen);
    EXPECT_EQ(parsed("Rook").method, WeightsMethod::Rook);
    EXPECT_EQ(parsed("knn:6").k, 6u);
    EXPECT_EQ(parsed("knn:6").method, WeightsMethod::NearestNeighbours);
    EXPECT_EQ(parsed("distance:2500").distance, 2500.0);
    EXPECT_EQ(parsed("inverse:2500").power, 1.0);
    EXPECT_EQ(parsed("inverse:2500:2").power, 2.0);
    EXPECT_EQ(parsed("inverse:2500:2").method, WeightsMethod::InverseDistance);
    EXPECT_EQ(parsed("dir/Utrecht.GAL").method, WeightsMethod::File);
    EXPECT_EQ(parsed("dir/Utrecht.GAL").path, "dir/Utrecht.GAL");
    EXPECT_EQ(parsed("w.gwt").method, WeightsMethod::File);
}

TEST(WeightsBuilder, rejectsMalformedWeightsOptions)
{
    for (const char* bad : {"", "queen:1", "knn", "knn:0", "knn:-2", "knn:2.5", "distance:", "distance:-5",
                            "distance:1km", "inverse:100:0", "lattice", "w.csv"})
        EXPECT_THROW(parsed(bad), InputError) << bad;
    EXPECT_EQ(parseWeightStyle("W"), WeightStyle::RowStandardised);
    EXPECT_EQ(parseWeightStyle("B"), WeightStyle::Binary);
    EXPECT_THROW(parseWeightStyle("C"), InputError);
    EXPECT_EQ(parseIslandRule("nearest"), IslandRule::ConnectNearest);
    EXPECT_THROW(parseIslandRule("drop"), InputError);
}

TEST(WeightsBuilder, rowStandardisedRowsSumToOneAndIslandsStayEmpty)
{
    SilentFeedback feedback;
    WeightsReport report;
    const SpatialWeights w = buildWeights(twoAndAnIsland(), WeightsOptions{}, report, feedback);
    for (std::size_t i = 0; i < 2; ++i) {
        const auto values = w.weights(i);
        EXPECT_DOUBLE_EQ(std::accumulate(values.begin(), values.end(), 0.0), 1.0);
    }
    EXPECT_EQ(w.neighbourCount(2), 0u);
    EXPECT_EQ(report.islandsFound, std::vector<std::string>{"c"});
    EXPECT_EQ(report.summary.islands, std::vector<std::string>{"c"});
    EXPECT_EQ(report.description, "queen contiguity, row-standardised (W)");
    EXPECT_EQ(w.description(), report.description);
}

TEST(WeightsBuilder, islandsLinkedToTheNearestAreaInBothDirections)
{
    WeightsOptions options;
    options.style = WeightStyle::Binary;
    options.islands = IslandRule::ConnectNearest;
    SilentFeedback feedback;
    WeightsReport report;
    const SpatialWeights w = buildWeights(twoAndAnIsland(), options, report, feedback);
    ASSERT_EQ(report.islandLinks.size(), 1u);
    EXPECT_EQ(report.islandLinks[0], (std::pair<std::string, std::string>{"c", "b"}));
    EXPECT_EQ(w.neighbours(2)[0], 1u);
    EXPECT_EQ(w.neighbourCount(1), 2u);
    EXPECT_TRUE(w.isSymmetric());
    EXPECT_TRUE(report.summary.islands.empty());
    EXPECT_EQ(report.islandsFound, std::vector<std::string>{"c"});
    EXPECT_EQ(report.description, "queen contiguity, 1 island linked to the nearest area, binary (B)");
}

TEST(WeightsBuilder, summaryGivesMinMeanMaxAndLinks)
{
    const SpatialWeights w({"a", "b", "c"}, {{{1, 1.0}}, {{0, 1.0}, {2, 1.0}}, {}}, "x");
    const WeightsSummary s = summarise(w);
    EXPECT_EQ(s.links, 3u);
    EXPECT_EQ(s.minNeighbours, 0u);
    EXPECT_EQ(s.maxNeighbours, 2u);
    EXPECT_DOUBLE_EQ(s.meanNeighbours, 1.0);
    EXPECT_FALSE(s.symmetric);
    EXPECT_EQ(s.islands, std::vector<std::string>{"c"});
}

TEST(WeightsBuilder, snapAppliesToContiguityOnly)
{
    WeightsOptions options = parsed("knn:1");
    options.snap = 1.0;
    SilentFeedback feedback;
    WeightsReport report;
    EXPECT_THROW(buildWeights(twoAndAnIsland(), options, report, feedback), InputError);
}

TEST(WeightsBuilder, readsAFileAndReportsAreasItLacks)
{
    TempDir dir;
    bib::test::writeFile(dir.file("w.gal"), "0 2 x id\na 1\nb\nb 1\na\n");
    WeightsOptions options = parsed(dir.file("w.gal"));
    options.islands = IslandRule::ConnectNearest;
    SilentFeedback feedback;
    WeightsReport report;
    const SpatialWeights w = buildWeights(twoAndAnIsland(), options, report, feedback);
    EXPECT_EQ(report.missingFromFile, std::vector<std::string>{"c"});
    EXPECT_EQ(report.islandLinks.size(), 1u);
    EXPECT_EQ(w.linkCount(), 4u);
    EXPECT_DOUBLE_EQ(w.weights(1)[0], 0.5);
}

TEST(WeightsBuilder, cancelledFeedbackStopsTheBuild)
{
    SilentFeedback feedback;
    feedback.cancel();
    WeightsReport report;
    EXPECT_THROW(buildWeights(twoAndAnIsland(), WeightsOptions{}, report, feedback), CancelledError);
}

} // namespace
