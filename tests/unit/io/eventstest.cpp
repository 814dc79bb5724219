// SPDX-License-Identifier: GPL-3.0-or-later
// Expected UTC seconds were cross-checked on Debian 12 with GNU coreutils `date -u -d '…' +%s` or
// `TZ=Europe/Amsterdam date -d '…' +%s` (tzdata 2025b); RD coordinates of lon/lat points with
// `gdaltransform -s_srs EPSG:4326 -t_srs EPSG:28992` (GDAL 3.6.2, PROJ 9.1.1: Helmert
// "Amersfoort to WGS 84 (4)"), as each comment says.
#include "io/events.h"
#include "io/gdalutil.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <map>
#include <optional>

namespace {

using namespace bib::core;
using bib::test::realData;
using bib::test::TempDir;
using bib::test::testData;

// date -u -d '2024-03-05T14:30:00Z' +%s
constexpr std::int64_t k20240305T1430Z = 1709649000;
// TZ=Europe/Amsterdam date -d '2024-07-15 12:00:00' +%s (CEST, 10:00 UTC)
constexpr std::int64_t k20240715T1200Amsterdam = 1721037600;
// gdaltransform -s_srs EPSG:4326 -t_srs EPSG:28992 <<< '6.57971528 52.99146999' (first Assen melding)
constexpr double kAssenFirstX = 235072.000330181;
constexpr double kAssenFirstY = 556717.000711745;
// gdaltransform … <<< '6.59198258 53.01279903' (second Assen melding)
constexpr double kAssenSecondX = 235855.999984985;
constexpr double kAssenSecondY = 559104.000977661;
constexpr double kCentimetre = 0.01; // tolerance of reprojected coordinates, in metres

EventSource source(const std::string& path, const std::string& timeField)
{
    EventSource s;
    s.path = path;
    s.timeField = timeField;
    return s;
}

std::string errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const InputError& e) {
        return e.what();
    }
    ADD_FAILURE() << "expected an InputError";
    return {};
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

/// The warning about `row`, or nullopt.
std::optional<Warning> warningForRow(const Feedback& feedback, std::int64_t row)
{
    for (const Warning& w : feedback.warnings())
        if (w.row == row)
            return w;
    return std::nullopt;
}

/// One feature of a GeoPackage written by a test: an optional point and string attributes.
struct TestFeature
{
    std::optional<std::pair<double, double>> point;
    std::vector<std::string> values;
};

/// Writes a one-layer GeoPackage ("events") with string fields; crs may be empty (no CRS) and
/// `type` wkbNone (an attribute table).
void writeGeoPackage(const std::string& path, const std::string& crs, OGRwkbGeometryType type,
                     const std::vector<std::string>& fields, const std::vector<TestFeature>& features)
{
    ensureGdal();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    ASSERT_NE(driver, nullptr);
    GdalDatasetPtr dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_NE(dataset, nullptr);
    std::optional<OGRSpatialReference> srs;
    if (!crs.empty())
        srs = spatialReference(crs, "test");
    OGRLayer* layer = dataset->CreateLayer("events", srs ? &*srs : nullptr, type, nullptr);
    ASSERT_NE(layer, nullptr);
    for (const std::string& field : fields) {
        OGRFieldDefn definition(field.c_str(), OFTString);
        ASSERT_EQ(layer->CreateField(&definition), OGRERR_NONE);
    }
    for (const TestFeature& f : features) {
        OGRFeature feature(layer->GetLayerDefn());
        for (std::size_t i = 0; i < f.values.size(); ++i)
            if (!f.values[i].empty())
                feature.SetField(static_cast<int>(i), f.values[i].c_str());
        if (f.point)
            feature.SetGeometry(std::make_unique<OGRPoint>(f.point->first, f.point->second).get());
        ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
    }
}

std::map<std::string, std::size_t> categoryCounts(const EventSet& events)
{
    std::map<std::string, std::size_t> counts;
    for (std::uint32_t c : events.category)
        ++counts[events.categoryNames.at(c)];
    return counts;
}

} // namespace

// ---- OGR point layers -----------------------------------------------------------------------

TEST(Events, readsPointLayerInItsOwnCrs)
{
    SilentFeedback feedback;
    EventSource s = source(testData("events/points_rd.geojson"), "tijd");
    s.categoryField = "soort";
    const EventSet events = readEvents(s, feedback);
    ASSERT_EQ(events.size(), 4u);
    EXPECT_EQ(events.rowsRead, 4u);
    EXPECT_EQ(events.x[1], 155100.5); // EPSG:28992 in and out: not transformed at all
    EXPECT_EQ(events.y[1], 463000.25);
    EXPECT_TRUE(events.codes.empty());
    EXPECT_EQ(feedback.warningCount(), 0u);
}

TEST(Events, keepsCategoriesInFirstAppearanceOrder)
{
    SilentFeedback feedback;
    EventSource s = source(testData("events/points_rd.geojson"), "tijd");
    s.categoryField = "soort";
    const EventSet events = readEvents(s, feedback);
    EXPECT_EQ(events.categoryNames, (std::vector<std::string>{"Afval", "Groen", "Overlast"}));
    EXPECT_EQ(events.category, (std::vector<std::uint32_t>{0, 1, 0, 2}));
}

TEST(Events, hasOneEmptyCategoryWithoutCategoryField)
{
    SilentFeedback feedback;
    const EventSet events = readEvents(source(testData("events/points_rd.geojson"), "tijd"), feedback);
    EXPECT_EQ(events.categoryNames, std::vector<std::string>{""});
    EXPECT_EQ(events.category, (std::vector<std::uint32_t>(4, 0)));
}

TEST(Events, readsDateTimeFieldsWithTheirZones)
{
    // GeoJSON ISO strings become OGR DateTime fields, each value with its own zone flag.
    SilentFeedback feedback;
    const EventSet events = readEvents(source(testData("events/points_rd.geojson"), "tijd"), feedback);
    ASSERT_EQ(events.size(), 4u);
    EXPECT_EQ(events.time[0], k20240305T1430Z);         // …T14:30:00Z
    EXPECT_EQ(events.time[1], k20240305T1430Z);         // …T16:30:00+02:00
    EXPECT_EQ(events.time[2], k20240715T1200Amsterdam); // no zone: Europe/Amsterdam
    EXPECT_EQ(events.time[3], k20240305T1430Z);         // …T14:30:00.75Z, floored to the second
}

TEST(Events, readsDutchTimesFromTextFields)
{
    SilentFeedback feedback;
    const EventSet events =
        readEvents(source(testData("events/points_dutch_text_times.geojson"), "tijd"), feedback);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events.time[0], k20240305T1430Z - 3600);              // 05-03-2024 14:30 CET = 13:30 UTC
    EXPECT_EQ(events.time[1], k20240715T1200Amsterdam - 12 * 3600); // 15/7/2024 00:00 CEST
}

TEST(Events, reprojectsLayerGeometryToWorkingCrs)
{
    SilentFeedback feedback;
    const EventSet events =
        readEvents(source(testData("events/points_wgs84.geojson"), "created_at"), feedback);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_NEAR(events.x[0], kAssenFirstX, kCentimetre);
    EXPECT_NEAR(events.y[0], kAssenFirstY, kCentimetre);
    EXPECT_NEAR(events.x[1], kAssenSecondX, kCentimetre);
    EXPECT_NEAR(events.y[1], kAssenSecondY, kCentimetre);
    EXPECT_EQ(events.time[0], 1746014169); // date -u -d '2025-04-30T11:56:09Z' +%s
}

TEST(Events, usesAnotherWorkingCrsWhenAsked)
{
    SilentFeedback feedback;
    EventSource s = source(testData("events/points_wgs84.geojson"), "created_at");
    s.workingCrs = "EPSG:4326";
    const EventSet events = readEvents(s, feedback);
    EXPECT_DOUBLE_EQ(events.x[0], 6.57971528);
    EXPECT_DOUBLE_EQ(events.y[0], 52.99146999);
}

TEST(Events, refusesLayerWithoutCrsUnlessCrsIsGiven)
{
    TempDir dir;
    const std::string path = dir.file("nocrs.gpkg");
    writeGeoPackage(path, "", wkbPoint, {"tijd"},
                    {{std::pair{155000.0, 463000.0}, {"2024-03-05T14:30:00Z"}}});
    SilentFeedback feedback;
    EventSource s = source(path, "tijd");
    EXPECT_THROW(readEvents(s, feedback), CrsError);
    s.crs = "EPSG:28992";
    const EventSet events = readEvents(s, feedback);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events.x[0], 155000.0);
}

TEST(Events, warnsWhenGivenCrsDiffersFromLayerCrs)
{
    SilentFeedback feedback;
    EventSource s = source(testData("events/points_rd.geojson"), "tijd");
    s.crs = "EPSG:4326";
    const EventSet events = readEvents(s, feedback);
    EXPECT_EQ(events.x[0], 155000.0); // the layer's own CRS wins
    ASSERT_EQ(feedback.warningCount(), 1u);
    EXPECT_TRUE(contains(feedback.warnings()[0].message, "EPSG:28992")) << feedback.warnings()[0].message;
}

TEST(Events, refusesPolygonLayer)
{
    SilentFeedback feedback;
    const std::string message =
        errorOf([&] { readEvents(source(testData("events/areas_polygon.geojson"), "tijd"), feedback); });
    EXPECT_TRUE(contains(message, "Polygon")) << message;
}

TEST(Events, readsXyAndWktFieldsOfAttributeTable)
{
    TempDir dir;
    const std::string path = dir.file("table.gpkg");
    writeGeoPackage(
        path, "", wkbNone, {"x", "y", "wkt", "tijd"},
        {{std::nullopt, {"155000,5", "463000", "POINT (155000.5 463000)", "2024-03-05T14:30:00Z"}}});
    SilentFeedback feedback;
    EventSource s = source(path, "tijd");
    s.xField = "x";
    s.yField = "y";
    s.crs = "EPSG:28992";
    EventSet events = readEvents(s, feedback);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events.x[0], 155000.5); // decimal comma in a text field
    s.xField = s.yField = "";
    s.wktField = "wkt";
    events = readEvents(s, feedback);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events.x[0], 155000.5);
    EXPECT_EQ(events.y[0], 463000.0);
}

TEST(Events, readsDecimalCommaButNoThousandsSeparators)
{
    TempDir dir;
    const std::string path = dir.file("numbers.gpkg");
    std::vector<TestFeature> features;
    for (const char* x : {"155000,5", "1,55e5", "+155000", " 155000 ", "155.000,5", "155,000,5", "1 000",
                          "nan", "inf", "+-5", "0x10", "5,"})
        features.push_back({std::nullopt, {x, "463000", "2024-03-05T14:30:00Z"}});
    writeGeoPackage(path, "", wkbNone, {"x", "y", "tijd"}, features);
    SilentFeedback feedback;
    EventSource s = source(path, "tijd");
    s.xField = "x";
    s.yField = "y";
    s.crs = "EPSG:28992";
    const EventSet events = readEvents(s, feedback);
    EXPECT_EQ(events.x, (std::vector<double>{155000.5, 155000.0, 155000.0, 155000.0}));
    EXPECT_EQ(events.badPosition, 8u);
}

TEST(Events, readsAreaCodesWithNaNPositions)
{
    TempDir dir;
    const std::string path = dir.file("codes.gpkg");
    writeGeoPackage(path, "", wkbNone, {"buurt", "tijd"},
                    {{std::nullopt, {"BU03440101", "2024-03-05T14:30:00Z"}},
                     {std::nullopt, {"", "2024-03-05T14:30:00Z"}},
                     {std::nullopt, {" BU03440102 ", "2024-03-05T14:30:00Z"}}});
    SilentFeedback feedback;
    EventSource s = source(path, "tijd");
    s.codeField = "buurt";
    const EventSet events = readEvents(s, feedback);
    EXPECT_EQ(events.codes, (std::vector<std::string>{"BU03440101", "BU03440102"}));
    ASSERT_EQ(events.size(), 2u);
    EXPECT_TRUE(std::isnan(events.x[0]) && std::isnan(events.y[1]));
    EXPECT_EQ(events.badPosition, 1u);
    EXPECT_TRUE(warningForRow(feedback, 2).has_value());
}

TEST(Events, refusesAttributeTableWithoutLocatingOption)
{
    TempDir dir;
    const std::string path = dir.file("table.gpkg");
    writeGeoPackage(path, "", wkbNone, {"buurt", "tijd"}, {{std::nullopt, {"BU1", "2024-03-05"}}});
    SilentFeedback feedback;
    const std::string message = errorOf([&] { readEvents(source(path, "tijd"), feedback); });
    EXPECT_TRUE(contains(message, "no way to locate")) << message;
    EXPECT_TRUE(contains(message, "buurt, tijd")) << message;
}

// ---- Options and fields ----------------------------------------------------------------------

TEST(Events, namesAvailableFieldsWhenTimeFieldIsMissing)
{
    SilentFeedback feedback;
    const std::string message =
        errorOf([&] { readEvents(source(testData("events/points_rd.geojson"), "datum"), feedback); });
    EXPECT_TRUE(contains(message, "'datum'")) << message;
    EXPECT_TRUE(contains(message, "soort, tijd")) << message;
}

TEST(Events, namesAvailableFieldsWhenCategoryFieldIsMissing)
{
    SilentFeedback feedback;
    EventSource s = source(testData("events/points_rd.geojson"), "tijd");
    s.categoryField = "categorie";
    const std::string message = errorOf([&] { readEvents(s, feedback); });
    EXPECT_TRUE(contains(message, "'categorie'") && contains(message, "soort, tijd")) << message;
}

TEST(Events, requiresTimeField)
{
    SilentFeedback feedback;
    EXPECT_THROW(readEvents(source(testData("events/points_rd.geojson"), ""), feedback), InputError);
}

TEST(Events, requiresCrsForXyAndWkt)
{
    SilentFeedback feedback;
    EventSource s = source(testData("events/rd_semicolon_decimal_comma.csv"), "datum");
    s.xField = "x";
    s.yField = "y";
    EXPECT_THROW(readEvents(s, feedback), CrsError);
    s.xField = s.yField = "";
    s.wktField = "geometrie";
    EXPECT_THROW(readEvents(s, feedback), CrsError);
}

TEST(Events, refusesTwoWaysOfLocating)
{
    SilentFeedback feedback;
    EventSource s = source(testData("events/lonlat.csv"), "created_at");
    s.lonField = "lon";
    s.latField = "lat";
    s.codeField = "melding_id";
    const std::string message = errorOf([&] { readEvents(s, feedback); });
    EXPECT_TRUE(contains(message, "only one way")) << message;
}

TEST(Events, refusesHalfAPair)
{
    SilentFeedback feedback;
    EventSource s = source(testData("events/lonlat.csv"), "created_at");
    s.lonField = "lon";
    EXPECT_THROW(readEvents(s, feedback), InputError);
}

// ---- Bad rows --------------------------------------------------------------------------------

TEST(Events, skipsBadRowsOfLayerNamingRowNumbers)
{
    TempDir dir;
    const std::string path = dir.file("bad.gpkg");
    writeGeoPackage(path, "EPSG:28992", wkbPoint, {"tijd"},
                    {{std::pair{155000.0, 463000.0}, {"2024-03-05T14:30:00Z"}},
                     {std::nullopt, {"2024-03-05T14:30:00Z"}},
                     {std::pair{155200.0, 463000.0}, {"morgen"}},
                     {std::pair{155300.0, 463000.0}, {""}},
                     {std::pair{155400.0, 463000.0}, {"2024-03-05T15:30:00Z"}}});
    SilentFeedback feedback;
    const EventSet events = readEvents(source(path, "tijd"), feedback);
    EXPECT_EQ(events.size(), 2u);
    EXPECT_EQ(events.rowsRead, 5u);
    EXPECT_EQ(events.badPosition, 1u);
    EXPECT_EQ(events.badTime, 2u);
    ASSERT_EQ(feedback.warningCount(), 3u);
    EXPECT_TRUE(contains(warningForRow(feedback, 2)->message, "no geometry"));
    EXPECT_TRUE(contains(warningForRow(feedback, 3)->message, "'morgen'"));
    EXPECT_EQ(warningForRow(feedback, 3)->source, path);
    EXPECT_EQ(warningForRow(feedback, 3)->featureId, "3"); // the GeoPackage fid
    EXPECT_TRUE(contains(warningForRow(feedback, 4)->message, "empty"));
}

TEST(Events, skipsPositionsTheTransformationCannotTake)
{
    // ETRS89-LAEA (EPSG:3035, centred on 52°N 10°E) has no position for the antipode of its centre:
    // `gdaltransform -s_srs EPSG:4326 -t_srs EPSG:3035 <<< '-170 -52'` says "transformation failed".
    TempDir dir;
    const std::string path = dir.file("antipode.gpkg");
    writeGeoPackage(path, "EPSG:4326", wkbPoint, {"tijd", "soort"},
                    {{std::pair{5.0, 52.0}, {"2024-03-05T14:30:00Z", "Afval"}},
                     {std::pair{-170.0, -52.0}, {"2024-03-05T14:30:00Z", "Antipode"}},
                     {std::pair{6.0, 53.0}, {"2024-03-05T14:30:00Z", "Groen"}}});
    SilentFeedback feedback;
    EventSource s = source(path, "tijd");
    s.categoryField = "soort";
    s.workingCrs = "EPSG:3035";
    const EventSet events = readEvents(s, feedback);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events.badPosition, 1u);
    EXPECT_TRUE(contains(warningForRow(feedback, 2)->message, "from EPSG:4326 to EPSG:3035"));
    // The antipode's category is gone, the others keep their order.
    EXPECT_EQ(events.categoryNames, (std::vector<std::string>{"Afval", "Groen"}));
    EXPECT_EQ(events.category, (std::vector<std::uint32_t>{0, 1}));
}

TEST(Events, listsTwentyBadRowsOfAKindThenOneSummary)
{
    TempDir dir;
    const std::string path = dir.file("many_bad.gpkg");
    std::vector<TestFeature> features;
    for (int i = 0; i < 25; ++i)
        features.push_back({std::pair{155000.0, 463000.0}, {"niet " + std::to_string(i)}});
    for (int i = 0; i < 3; ++i)
        features.push_back({std::nullopt, {"2024-03-05T14:30:00Z"}});
    features.push_back({std::pair{155000.0, 463000.0}, {"2024-03-05T14:30:00Z"}});
    writeGeoPackage(path, "EPSG:28992", wkbPoint, {"tijd"}, features);
    SilentFeedback feedback;
    const EventSet events = readEvents(source(path, "tijd"), feedback);
    EXPECT_EQ(events.size(), 1u);
    EXPECT_EQ(events.badTime, 25u);
    EXPECT_EQ(events.badPosition, 3u);
    const std::vector<Warning> warnings = feedback.warnings();
    ASSERT_EQ(warnings.size(), 20u + 1u + 3u); // 20 times, their summary, 3 positions (no summary)
    EXPECT_EQ(warnings[19].row, 20);
    EXPECT_TRUE(warningForRow(feedback, 26).has_value()); // first bad position
    EXPECT_FALSE(warningForRow(feedback, 21).has_value());
    bool summary = false;
    for (const Warning& w : warnings)
        summary = summary || (w.row == -1 && contains(w.message, "25 rows") && contains(w.message, "time"));
    EXPECT_TRUE(summary);
}

TEST(Events, refusesSourceWithoutUsableRowShowingFirstProblem)
{
    TempDir dir;
    const std::string path = dir.file("unusable.gpkg");
    writeGeoPackage(path, "EPSG:28992", wkbPoint, {"tijd"},
                    {{std::pair{155000.0, 463000.0}, {"2024-02-30"}}, {std::nullopt, {"2024-03-05"}}});
    SilentFeedback feedback;
    const std::string message = errorOf([&] { readEvents(source(path, "tijd"), feedback); });
    EXPECT_TRUE(contains(message, "none of the 2 rows")) << message;
    EXPECT_TRUE(contains(message, "row 1: '2024-02-30'")) << message;
}

TEST(Events, refusesEmptyLayer)
{
    TempDir dir;
    const std::string path = dir.file("empty.gpkg");
    writeGeoPackage(path, "EPSG:28992", wkbPoint, {"tijd"}, {});
    SilentFeedback feedback;
    const std::string message = errorOf([&] { readEvents(source(path, "tijd"), feedback); });
    EXPECT_TRUE(contains(message, "no data rows")) << message;
}

// ---- CSV through readTable -------------------------------------------------------------------

TEST(Events, readsCsvXyWithDecimalCommaAndDutchDates)
{
    SilentFeedback feedback;
    EventSource s = source(testData("events/rd_semicolon_decimal_comma.csv"), "datum");
    s.xField = "x";
    s.yField = "y";
    s.crs = "EPSG:28992";
    s.categoryField = "soort";
    const EventSet events = readEvents(s, feedback);
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events.x, (std::vector<double>{155000.5, 155100.0, 155200.75}));
    EXPECT_EQ(events.y, (std::vector<double>{463000.25, 463000.0, 463100.5}));
    EXPECT_EQ(events.time[0], k20240305T1430Z - 3600);                       // 05-03-2024 14:30 CET
    EXPECT_EQ(events.time[1], k20240305T1430Z - 3600 - 14 * 3600 - 30 * 60); // 5/3/2024 00:00 CET
    EXPECT_EQ(events.time[2], k20240715T1200Amsterdam);
    EXPECT_EQ(events.categoryNames, (std::vector<std::string>{"Afval", "Groen"}));
    EXPECT_EQ(events.category, (std::vector<std::uint32_t>{0, 1, 0}));
}

TEST(Events, readsCsvLonLatIntoRd)
{
    SilentFeedback feedback;
    EventSource s = source(testData("events/lonlat.csv"), "created_at");
    s.lonField = "lon";
    s.latField = "lat";
    const EventSet events = readEvents(s, feedback);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_NEAR(events.x[0], kAssenFirstX, kCentimetre);
    EXPECT_NEAR(events.y[0], kAssenFirstY, kCentimetre);
    EXPECT_NEAR(events.x[1], kAssenSecondX, kCentimetre);
    EXPECT_NEAR(events.y[1], kAssenSecondY, kCentimetre);
}

TEST(Events, skipsBadCsvRowsNamingRowNumbers)
{
    SilentFeedback feedback;
    const std::string path = testData("events/bad_rows.csv");
    EventSource s = source(path, "tijd");
    s.xField = "x";
    s.yField = "y";
    s.crs = "EPSG:28992";
    s.categoryField = "soort";
    const EventSet events = readEvents(s, feedback);
    EXPECT_EQ(events.rowsRead, 6u);
    EXPECT_EQ(events.size(), 2u);
    EXPECT_EQ(events.badTime, 2u);     // "gisteren" (row 2), 31-02-2024 (row 5)
    EXPECT_EQ(events.badPosition, 2u); // empty x (row 3), "abc" (row 4)
    EXPECT_EQ(events.x, (std::vector<double>{155000.0, 155500.0}));
    EXPECT_EQ(events.categoryNames, (std::vector<std::string>{"Afval", "Riolering"}));
    ASSERT_EQ(feedback.warningCount(), 4u);
    EXPECT_TRUE(contains(warningForRow(feedback, 2)->message, "'gisteren'"));
    EXPECT_TRUE(contains(warningForRow(feedback, 3)->message, "'x' is empty"));
    EXPECT_TRUE(contains(warningForRow(feedback, 4)->message, "'abc'"));
    EXPECT_TRUE(contains(warningForRow(feedback, 5)->message, "'31-02-2024'"));
    EXPECT_EQ(warningForRow(feedback, 4)->source, path);
}

TEST(Events, readsCsvWktPointsOnly)
{
    SilentFeedback feedback;
    EventSource s = source(testData("events/wkt.csv"), "tijd");
    s.wktField = "geometrie";
    s.crs = "EPSG:28992";
    const EventSet events = readEvents(s, feedback);
    EXPECT_EQ(events.x, (std::vector<double>{155000.0, 155200.0}));
    EXPECT_EQ(events.badPosition, 3u);
    EXPECT_TRUE(contains(warningForRow(feedback, 2)->message, "not a POINT"));
    EXPECT_TRUE(contains(warningForRow(feedback, 3)->message, "empty point"));
    EXPECT_TRUE(warningForRow(feedback, 4).has_value()); // "POINT (155100,5 463000)" is not WKT
}

TEST(Events, readsCsvAreaCodes)
{
    SilentFeedback feedback;
    EventSource s = source(testData("events/codes.csv"), "tijd");
    s.codeField = "buurt";
    const EventSet events = readEvents(s, feedback);
    EXPECT_EQ(events.codes, (std::vector<std::string>{"BU03440101", "BU03440102"}));
    EXPECT_TRUE(std::isnan(events.x[1]));
    EXPECT_EQ(events.badPosition, 1u);
}

TEST(Events, refusesCsvWithoutLocatingOptionListingColumns)
{
    SilentFeedback feedback;
    const std::string message =
        errorOf([&] { readEvents(source(testData("events/no_position.csv"), "tijd"), feedback); });
    EXPECT_TRUE(contains(message, "no way to locate")) << message;
    EXPECT_TRUE(contains(message, "id, tijd, soort")) << message;
}

TEST(Events, namesCsvColumnsWhenLonColumnIsMissing)
{
    SilentFeedback feedback;
    EventSource s = source(testData("events/lonlat.csv"), "created_at");
    s.lonField = "longitude";
    s.latField = "lat";
    const std::string message = errorOf([&] { readEvents(s, feedback); });
    EXPECT_TRUE(contains(message, "'longitude'") && contains(message, "lon, lat")) << message;
}

// ---- Real data: Assen Signalen meldingen ------------------------------------------------------

TEST(EventsRealData, readsAssenGeoPackageWithReadmeCategoryCounts)
{
    const std::string path = realData("assen-signalen-meldingen/assen_signalen_meldingen.gpkg");
    if (path.empty())
        GTEST_SKIP() << "real data not present";
    SilentFeedback feedback;
    EventSource s = source(path, "created_at");
    s.layer = "meldingen";
    s.categoryField = "category";
    const EventSet events = readEvents(s, feedback);
    EXPECT_EQ(events.size(), 3024u);
    EXPECT_EQ(events.badPosition + events.badTime, 0u);
    EXPECT_EQ(feedback.warningCount(), 0u);
    // README.md of the data set (main categories)
    const std::map<std::string, std::size_t> expected = {{"Openbaar groen en water", 942},
                                                         {"Afval", 763},
                                                         {"Wegen, verkeer en straatmeubilair", 675},
                                                         {"Overlast Openbare Ruimte", 358},
                                                         {"Overlast Dier", 155},
                                                         {"overig", 76},
                                                         {"Riolering", 46},
                                                         {"Civiele Constructie", 9}};
    EXPECT_EQ(categoryCounts(events), expected);
    EXPECT_EQ(events.categoryNames.front(), "Overlast Openbare Ruimte"); // the first row's category
    EXPECT_EQ(events.time.front(), 1746014169); // 2025-04-30T11:56:09.809Z; date -u -d … +%s
    EXPECT_NEAR(events.x.front(), kAssenFirstX, kCentimetre);
}

TEST(EventsRealData, assenCsvLonLatMatchesGeoPackage)
{
    const std::string gpkg = realData("assen-signalen-meldingen/assen_signalen_meldingen.gpkg");
    const std::string csv = realData("assen-signalen-meldingen/assen_signalen_meldingen.csv");
    if (gpkg.empty() || csv.empty())
        GTEST_SKIP() << "real data not present";
    SilentFeedback feedback;
    EventSource layerSource = source(gpkg, "created_at");
    layerSource.layer = "meldingen";
    EventSource csvSource = source(csv, "created_at");
    csvSource.lonField = "lon";
    csvSource.latField = "lat";
    csvSource.categoryField = "category";
    const EventSet fromLayer = readEvents(layerSource, feedback);
    const EventSet fromCsv = readEvents(csvSource, feedback);
    ASSERT_EQ(fromCsv.size(), 3024u);
    ASSERT_EQ(fromLayer.size(), fromCsv.size()); // both in the same row order (checked with ogrinfo)
    for (std::size_t i :
         {std::size_t{0}, std::size_t{1}, std::size_t{999}, std::size_t{2000}, std::size_t{3023}}) {
        EXPECT_NEAR(fromCsv.x[i], fromLayer.x[i], kCentimetre) << "row " << i + 1;
        EXPECT_NEAR(fromCsv.y[i], fromLayer.y[i], kCentimetre) << "row " << i + 1;
    }
    // The GeoPackage stores milliseconds, rounded: 4 CSV times with fractions ≥ .9995 s (e.g.
    // 2026-06-11T12:01:01.999993Z) round up to the next second there, so allow one second.
    std::size_t differ = 0;
    for (std::size_t i = 0; i < fromCsv.size(); ++i) {
        EXPECT_LE(std::abs(fromCsv.time[i] - fromLayer.time[i]), 1) << "row " << i + 1;
        differ += fromCsv.time[i] != fromLayer.time[i];
    }
    EXPECT_EQ(differ, 4u);
    EXPECT_EQ(fromCsv.categoryNames.size(), 8u);
}
