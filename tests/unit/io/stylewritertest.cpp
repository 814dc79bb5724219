// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/stylewriter.h"
#include "io/areawriter.h"
#include "io/gdalutil.h"
#include "model/areaset.h"
#include "testsupport.h"
#include "util/error.h"
#include "util/feedback.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>

namespace {

using namespace bib::core;

/// The palettes as styles/ramps.json holds them, read here independently of the compiled copy.
std::vector<std::string> palette(const std::string& ramp, int classes)
{
    const auto json = nlohmann::json::parse(
        bib::test::readFile(std::string(BIB_TEST_DATA_DIR) + "/../../styles/ramps.json"));
    for (const auto& r : json.at("ramps"))
        if (r.at("name") == ramp)
            return r.at("classes").at(std::to_string(classes)).get<std::vector<std::string>>();
    return {};
}

GraduatedFillStyle threeClasses()
{
    GraduatedFillStyle style;
    style.statusField = "index_status";
    style.breaks = {-1.5, 0, 0.5, 2};
    style.labels = {"-1,50 – 0,00", "0,00 – 0,50", "0,50 – 2,00"};
    style.colours = rampColours("YlOrRd", 3);
    return style;
}

TEST(StyleWriter, rampColoursAreTheWorkstationsPalettes)
{
    EXPECT_EQ(rampColours("YlOrRd", 5), palette("YlOrRd", 5));
    EXPECT_EQ(rampColours("Blues", 7), palette("Blues", 7));
    EXPECT_EQ(noDataColour(), "#e6e6e6");
    EXPECT_THROW(rampColours("Rainbow", 5), InputError);
}

TEST(StyleWriter, fewerClassesSpreadOverTheNextPaletteMoreInterpolate)
{
    // 3 classes: positions 0, ½, 1 of the 5-class palette → its colours 0, 2 and 4 (as render/colorramp.cpp).
    const auto five = palette("YlOrRd", 5);
    EXPECT_EQ(rampColours("YlOrRd", 3), (std::vector<std::string>{five[0], five[2], five[4]}));
    // 13 classes: interpolated in the 7-class palette; position 1/2 is its colour 3 exactly.
    const auto thirteen = rampColours("YlOrRd", 13);
    ASSERT_EQ(thirteen.size(), 13u);
    EXPECT_EQ(thirteen[6], palette("YlOrRd", 7)[3]);
    EXPECT_EQ(thirteen.front(), palette("YlOrRd", 7).front());
    EXPECT_EQ(thirteen.back(), palette("YlOrRd", 7).back());
}

TEST(StyleWriter, qmlHasOneRangeAndFillPerClassPlusNoDataAndWithheld)
{
    const std::string qml = graduatedFillQml(threeClasses());
    EXPECT_NE(qml.find("renderer-v2 type=\"graduatedSymbol\""), std::string::npos);
    EXPECT_NE(qml.find("<range lower=\"-1.5\" upper=\"0\" symbol=\"0\" label=\"-1,50 – 0,00\""),
              std::string::npos);
    EXPECT_NE(qml.find("<range lower=\"0.5\" upper=\"2\" symbol=\"2\""), std::string::npos);
    // Sentinels: floor(-1.5) − 10⁶ for NULL, one less for withheld.
    EXPECT_NE(qml.find("<range lower=\"-1000002\" upper=\"-1000002\" symbol=\"3\" label=\"geen gegevens\""),
              std::string::npos);
    EXPECT_NE(qml.find("<range lower=\"-1000003\" upper=\"-1000003\" symbol=\"4\" label=\"onderdrukt\""),
              std::string::npos);
    EXPECT_NE(
        qml.find("attr=\"CASE WHEN &quot;index_status&quot; = &apos;onderdrukt&apos; THEN -1000003 WHEN "
                 "&quot;index&quot; IS NULL THEN -1000002 ELSE &quot;index&quot; END\""),
        std::string::npos)
        << qml;
    // #ffffb2 of YlOrRd is 255,255,178.
    EXPECT_NE(qml.find("<Option name=\"color\" type=\"QString\" value=\"255,255,178,255\"/>"),
              std::string::npos);
    EXPECT_NE(qml.find("value=\"b_diagonal\""), std::string::npos);
}

TEST(StyleWriter, mismatchedSizesAreAnInternalError)
{
    GraduatedFillStyle style = threeClasses();
    style.colours.pop_back();
    EXPECT_THROW(graduatedFillQml(style), InternalError);
}

TEST(StyleWriter, layerStylesHasQgisTwelveColumnsAndOneDefaultRow)
{
    bib::test::TempDir dir;
    const std::string path = dir.file("styled.gpkg");
    AreaSet areas;
    areas.addArea("A", "a", {});
    areas.setColumn({"index", {1.0}, {}});
    Feedback feedback;
    AreaWriteOptions options;
    options.layerName = "Index";
    writeAreas(areas, path, options, feedback);
    writeLayerStyle(path, {"Index", "geom", "", "<qgis/>", "test"});
    writeLayerStyle(path,
                    {"Index", "geom", "", graduatedFillQml(threeClasses()), "test"}); // replaces the first

    GdalDatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    OGRLayer* styles = ds->GetLayerByName("layer_styles");
    ASSERT_NE(styles, nullptr);
    std::vector<std::string> names;
    for (int i = 0; i < styles->GetLayerDefn()->GetFieldCount(); ++i)
        names.emplace_back(styles->GetLayerDefn()->GetFieldDefn(i)->GetNameRef());
    EXPECT_EQ(names, (std::vector<std::string>{"f_table_catalog", "f_table_schema", "f_table_name",
                                               "f_geometry_column", "styleName", "styleQML", "styleSLD",
                                               "useAsDefault", "description", "owner", "ui", "update_time"}));
    OGRLayer* rows =
        ds->ExecuteSQL("SELECT f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                       "styleName, useAsDefault, update_time || '', typeof(f_table_schema) FROM layer_styles",
                       nullptr, nullptr);
    ASSERT_NE(rows, nullptr);
    EXPECT_EQ(rows->GetFeatureCount(), 1);
    std::unique_ptr<OGRFeature> row(rows->GetNextFeature());
    ASSERT_TRUE(row);
    EXPECT_STREQ(row->GetFieldAsString(0), "");
    EXPECT_STREQ(row->GetFieldAsString(1), "");
    EXPECT_STREQ(row->GetFieldAsString(7), "text"); // '' and not NULL: QGIS 3.22 needs it
    EXPECT_STREQ(row->GetFieldAsString(2), "Index");
    EXPECT_STREQ(row->GetFieldAsString(3), "geom");
    EXPECT_STREQ(row->GetFieldAsString(4), "Index");
    EXPECT_EQ(row->GetFieldAsInteger(5), 1);
    EXPECT_TRUE(std::regex_match(std::string(row->GetFieldAsString(6)),
                                 std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")))
        << row->GetFieldAsString(6);
    row.reset();
    ds->ReleaseResultSet(rows);
}

} // namespace
