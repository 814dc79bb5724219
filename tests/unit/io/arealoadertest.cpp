// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/arealoader.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace bib::core;
using bib::test::realData;
using bib::test::testData;

AreaSet loadThree(SilentFeedback& feedback, const std::string& filter = {})
{
    AreaSource source;
    source.path = testData("areas/three_squares.geojson");
    source.idField = "code";
    source.nameField = "naam";
    source.filter = filter;
    return loadAreas(source, feedback);
}

TEST(AreaLoader, readsIdsNamesAndColumnsInFileOrder)
{
    SilentFeedback feedback;
    const AreaSet areas = loadThree(feedback);
    ASSERT_EQ(areas.size(), 3u);
    EXPECT_EQ(areas.id(0), "BU01");
    EXPECT_EQ(areas.name(2), "Oost");
    const Column* inwoners = areas.column("inwoners");
    ASSERT_NE(inwoners, nullptr);
    EXPECT_EQ(inwoners->values[0], 1200.0);
    EXPECT_TRUE(std::isnan(inwoners->values[2])); // null in the file
    ASSERT_NE(areas.textColumn("gm_code"), nullptr);
    EXPECT_EQ(areas.textColumn("gm_code")->values[2], "GM0002");
    EXPECT_EQ(areas.crs, "EPSG:28992");
    EXPECT_EQ(feedback.warningCount(), 0u);
}

TEST(AreaLoader, keepsHolesSoAreaIsExteriorMinusHole)
{
    SilentFeedback feedback;
    const AreaSet areas = loadThree(feedback);
    // BU03: 100 m × 200 m exterior minus a 20 m × 20 m hole = 20000 − 400 m².
    EXPECT_DOUBLE_EQ(area(areas.shape(2)), 19600.0);
    EXPECT_DOUBLE_EQ(area(areas.shape(0)), 10000.0);
}

TEST(AreaLoader, appliesAttributeFilter)
{
    SilentFeedback feedback;
    const AreaSet areas = loadThree(feedback, "gm_code = 'GM0001'");
    EXPECT_EQ(areas.size(), 2u);
}

TEST(AreaLoader, rejectsDuplicateIdsListingThem)
{
    SilentFeedback feedback;
    AreaSource source{testData("bad/duplicate_ids.geojson"), "", "code", "", "", "", "EPSG:28992"};
    try {
        loadAreas(source, feedback);
        FAIL() << "expected an InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("'BU01' (2×), 'BU02' (2×)"), std::string::npos) << e.what();
    }
}

TEST(AreaLoader, repairsSelfIntersectionWithWarningNamingTheFeature)
{
    SilentFeedback feedback;
    AreaSource source{testData("bad/self_intersecting.geojson"), "", "code", "", "", "", "EPSG:28992"};
    const AreaSet areas = loadAreas(source, feedback);
    ASSERT_EQ(areas.size(), 2u);
    ASSERT_EQ(feedback.warningCount(), 1u);
    EXPECT_EQ(feedback.warnings()[0].featureId, "BU01");
    // The bow tie 0,0 → 100,100 → 100,0 → 0,100 splits into two triangles of 50·100/2 = 2500 m² each.
    EXPECT_NEAR(area(areas.shape(0)), 5000.0, 1e-6);
}

TEST(AreaLoader, keepsFeatureWithoutGeometryAsRowWithoutShape)
{
    SilentFeedback feedback;
    AreaSource source{testData("bad/empty_geometry.geojson"), "", "code", "", "", "", "EPSG:28992"};
    const AreaSet areas = loadAreas(source, feedback);
    ASSERT_EQ(areas.size(), 2u);
    EXPECT_TRUE(areas.shape(0).isEmpty());
    ASSERT_EQ(feedback.warningCount(), 1u);
    EXPECT_EQ(feedback.warnings()[0].featureId, "BU01");
}

TEST(AreaLoader, layerWithoutCrsNeedsAssumeCrs)
{
    SilentFeedback feedback;
    AreaSource source{testData("bad/shp_no_prj/areas.shp"), "", "code", "", "", "", "EPSG:28992"};
    EXPECT_THROW(loadAreas(source, feedback), CrsError);
    source.assumeCrs = "EPSG:28992";
    EXPECT_EQ(loadAreas(source, feedback).size(), 2u);
}

TEST(AreaLoader, reprojectsLonLatInLonLatOrder)
{
    // A square in WGS84 near Utrecht Dom tower (lon 5.1214, lat 52.0907). Expected RD New
    // coordinates from PROJ's own `echo 52.0907 5.1214 | cs2cs EPSG:4326 EPSG:28992`
    // printed 136783.73 455860.14 (cs2cs takes lat lon for EPSG:4326; PROJ 9.1.1).
    bib::test::TempDir dir;
    const std::string path = dir.file("wgs84.geojson");
    bib::test::writeFile(
        path, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"A"},
        "geometry":{"type":"Polygon","coordinates":[[[5.1213,52.0906],[5.1215,52.0906],[5.1215,52.0908],[5.1213,52.0908],[5.1213,52.0906]]]}}]})");
    SilentFeedback feedback;
    AreaSource source{path, "", "code", "", "", "", "EPSG:28992"};
    const AreaSet areas = loadAreas(source, feedback);
    const Point inside = pointOnSurface(areas.shape(0));
    EXPECT_NEAR(inside.x, 136783.73, 0.05);
    EXPECT_NEAR(inside.y, 455860.14, 0.05);
}

TEST(AreaLoader, readsAllNationalBuurten)
{
    const std::string path = realData("cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg");
    if (path.empty())
        GTEST_SKIP() << "real data not available";
    SilentFeedback feedback;
    AreaSource source{path, "buurten_2019", "bu_code", "bu_naam", "", "", "EPSG:28992"};
    const AreaSet areas = loadAreas(source, feedback);
    // The data's README (ogrinfo -so): 13 594 buurten, all geometries valid.
    EXPECT_EQ(areas.size(), 13594u);
    EXPECT_EQ(feedback.warningCount(), 0u);
    for (std::size_t i = 0; i < areas.size(); ++i)
        ASSERT_FALSE(areas.shape(i).isEmpty()) << areas.id(i);
}

TEST(AreaLoader, filtersUtrechtFromRealLayer)
{
    const std::string path = realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg");
    if (path.empty())
        GTEST_SKIP() << "real data not available";
    SilentFeedback feedback;
    AreaSource source{path, "buurten", "bu_code", "bu_naam", "gm_code = 'GM0344'", "", "EPSG:28992"};
    const AreaSet areas = loadAreas(source, feedback);
    EXPECT_EQ(areas.size(), 111u); // README: Utrecht 111 buurten
    // README: Σ aant_inw over Utrecht = 374 200.
    double sum = 0;
    for (double v : areas.column("aant_inw")->values)
        if (!std::isnan(v))
            sum += v;
    EXPECT_EQ(sum, 374200.0);
}

} // namespace

namespace {

TEST(AreaLoader, geoPackageWithUndefinedCrsNeedsAssumeCrs)
{
    // ogr2ogr writes srs_id 0 ("Undefined geographic SRS") for a layer without CRS; GDAL reports it
    // as a CRS, but it is none: RD metres must not be read as degrees.
    bib::test::TempDir dir;
    const std::string path = dir.file("nocrs.gpkg");
    const std::string command = "ogr2ogr -q -f GPKG '" + path + "' '" + bib::test::testData("bad/shp_no_prj/areas.shp") + "'";
    ASSERT_EQ(std::system(command.c_str()), 0);
    SilentFeedback feedback;
    AreaSource source{path, "", "code", "", "", "", "EPSG:28992"};
    EXPECT_THROW(loadAreas(source, feedback), CrsError);
    source.assumeCrs = "EPSG:28992";
    EXPECT_EQ(loadAreas(source, feedback).size(), 2u);
}

} // namespace

namespace {

// The same three areas through every file format the loader promises; written by GDAL's own ogr2ogr.
class AreaFormats : public testing::TestWithParam<std::pair<std::string, std::string>>
{
};

TEST_P(AreaFormats, readTheSameAreasAndValues)
{
    const auto& [driver, extension] = GetParam();
    bib::test::TempDir dir;
    const std::string path = dir.file("areas" + extension);
    const std::string command = "ogr2ogr -q -f '" + driver + "' '" + path + "' '" +
                                bib::test::testData("areas/three_squares.geojson") + "'";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    SilentFeedback feedback;
    AreaSource source{path, "", "code", "naam", "", "", "EPSG:28992"};
    const AreaSet areas = loadAreas(source, feedback);
    ASSERT_EQ(areas.size(), 3u);
    // FlatGeobuf stores features in spatial-index order, so look areas up by id.
    const std::size_t zuid = *areas.rowOf("BU02");
    EXPECT_EQ(areas.name(zuid), "Zuid");
    EXPECT_EQ(areas.column("inwoners")->values[*areas.rowOf("BU01")], 1200.0);
    EXPECT_DOUBLE_EQ(area(areas.shape(*areas.rowOf("BU03"))), 19600.0); // 100 × 200 m minus the 20 × 20 m hole
}

INSTANTIATE_TEST_SUITE_P(Drivers, AreaFormats,
                         testing::Values(std::make_pair("GPKG", ".gpkg"), std::make_pair("ESRI Shapefile", ".shp"),
                                         std::make_pair("FlatGeobuf", ".fgb"), std::make_pair("GeoJSON", ".geojson")),
                         [](const auto& param) { return param.param.second.substr(1); });

} // namespace
