// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/areawriter.h"
#include "io/arealoader.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace bib::core;

TEST(AreaWriter, formatsShortestRoundTrip)
{
    EXPECT_EQ(formatNumber(0.1), "0.1");
    EXPECT_EQ(formatNumber(1200.0), "1200");
    EXPECT_EQ(formatNumber(-2.5e-7), "-2.5e-07");
    EXPECT_EQ(formatNumber(std::nan("")), "");
}

TEST(AreaWriter, quotesCellsOnlyWhenNeeded)
{
    EXPECT_EQ(csvCell("Noord"), "Noord");
    EXPECT_EQ(csvCell("Den Haag, Centrum"), "\"Den Haag, Centrum\"");
    EXPECT_EQ(csvCell("zeg \"hoi\""), "\"zeg \"\"hoi\"\"\"");
}

TEST(AreaWriter, geoPackageRoundTripKeepsIdsValuesAndShapes)
{
    SilentFeedback feedback;
    AreaSource source{
        bib::test::testData("areas/three_squares.geojson"), "", "code", "naam", "", "", "EPSG:28992"};
    AreaSet areas = loadAreas(source, feedback);
    areas.setColumn(Column{"score", {0.5, std::nan(""), -1.25}, {}});
    bib::test::TempDir dir;
    const std::string out = dir.file("r.gpkg");
    AreaWriteOptions options;
    options.layerName = "buurten";
    writeAreas(areas, out, options, feedback);

    AreaSource back{out, "buurten", "code", "naam", "", "", "EPSG:28992"};
    const AreaSet read = loadAreas(back, feedback);
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read.id(2), "BU03");
    EXPECT_EQ(read.name(1), "Zuid");
    EXPECT_EQ(read.column("score")->values[2], -1.25);
    EXPECT_TRUE(std::isnan(read.column("score")->values[1]));
    EXPECT_DOUBLE_EQ(area(read.shape(2)), 19600.0);
}

TEST(AreaWriter, unknownExtensionIsInputError)
{
    SilentFeedback feedback;
    AreaSet areas;
    bib::test::TempDir dir;
    EXPECT_THROW(writeAreas(areas, dir.file("x.shp"), {}, feedback), InputError);
}

} // namespace

namespace {

TEST(AreaWriter, writesColumnsInTheGivenOrderMixingTextAndNumbers)
{
    AreaSet areas;
    areas.idField = "code";
    areas.addArea("A", "", {});
    areas.setColumn(Column{"I", {0.5}, {}});
    areas.setTextColumn(TextColumn{"cluster", {"HH"}, {}});
    areas.setColumn(Column{"p", {0.01}, {}});
    bib::test::TempDir dir;
    SilentFeedback feedback;
    AreaWriteOptions options;
    options.columnOrder = {"I", "p", "cluster"};
    writeAreas(areas, dir.file("o.csv"), options, feedback);
    EXPECT_EQ(bib::test::readFile(dir.file("o.csv")), "code,I,p,cluster\nA,0.5,0.01,HH\n");
    // Default: text columns first, then numbers.
    writeAreas(areas, dir.file("d.csv"), {}, feedback);
    EXPECT_EQ(bib::test::readFile(dir.file("d.csv")), "code,cluster,I,p\nA,HH,0.5,0.01\n");
    options.columnOrder = {"missing"};
    EXPECT_THROW(writeAreas(areas, dir.file("x.csv"), options, feedback), InternalError);
}

} // namespace
