// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"

#include "demo/geosgeometry.h"
#include "io/gdalutil.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <set>

namespace {

using namespace bib::core;
using namespace bib::core::demo;
namespace fs = std::filesystem;

/// The data set with default options, generated once for all tests in this file.
const DemoData& defaultData()
{
    static const DemoData data = [] {
        SilentFeedback feedback;
        return generateDemoData(DemoOptions{}, feedback);
    }();
    return data;
}

DemoData smallData(std::uint64_t seed)
{
    SilentFeedback feedback;
    return generateDemoData(DemoOptions{seed, 40, 5}, feedback);
}

/// Rows of a demo CSV without the byte order mark and header, cells split on ';', quotes removed.
std::vector<std::vector<std::string>> csvRows(const std::string& text)
{
    std::vector<std::vector<std::string>> rows;
    std::size_t start = text.find("\r\n") + 2; // skip the header
    while (start < text.size()) {
        const std::size_t end = text.find("\r\n", start);
        std::vector<std::string> cells;
        std::string line = text.substr(start, end - start), cell;
        for (char c : line + ";") {
            if (c == ';') {
                if (cell.size() >= 2 && cell.front() == '"')
                    cell = cell.substr(1, cell.size() - 2);
                cells.push_back(cell);
                cell.clear();
            } else {
                cell += c;
            }
        }
        rows.push_back(std::move(cells));
        start = end + 2;
    }
    return rows;
}

/// A number in CBS notation; NaN for the missing marker '.'.
double cbsNumber(std::string cell)
{
    if (cell == ".")
        return std::nan("");
    std::replace(cell.begin(), cell.end(), ',', '.');
    return std::stod(cell);
}

double correlation(const std::vector<double>& a, const std::vector<double>& b)
{
    double ma = 0, mb = 0, n = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!std::isnan(a[i]) && !std::isnan(b[i])) {
            ma += a[i];
            mb += b[i];
            ++n;
        }
    ma /= n;
    mb /= n;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!std::isnan(a[i]) && !std::isnan(b[i])) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
    return sab / std::sqrt(saa * sbb);
}

TEST(DemoGenerator, sameSeedGivesIdenticalFileTexts)
{
    const DemoData a = smallData(11);
    const DemoData b = smallData(11);
    EXPECT_EQ(a.indicatorCsv, b.indicatorCsv);
    EXPECT_EQ(a.meldingenCsv, b.meldingenCsv);
    EXPECT_EQ(a.messagesCsv, b.messagesCsv);
    EXPECT_EQ(a.readme, b.readme);
}

TEST(DemoGenerator, otherSeedGivesOtherData)
{
    const DemoData a = smallData(11);
    const DemoData b = smallData(12);
    EXPECT_NE(a.indicatorCsv, b.indicatorCsv);
    EXPECT_NE(a.meldingenCsv, b.meldingenCsv);
}

TEST(DemoGenerator, rejectsCountsOutOfRange)
{
    SilentFeedback feedback;
    EXPECT_THROW(generateDemoData(DemoOptions{1, 10, 2}, feedback), InputError);
    EXPECT_THROW(generateDemoData(DemoOptions{1, 120, 1}, feedback), InputError);
    EXPECT_THROW(generateDemoData(DemoOptions{1, 400, 3}, feedback), InputError);
}

TEST(DemoTown, hasRequestedCountsCbsCodesAndUniqueNames)
{
    const DemoTown& town = defaultData().town;
    ASSERT_EQ(town.buurten.size(), 120u);
    ASSERT_EQ(town.wijken.size(), 12u);
    const std::regex buurtCode("BU9999[0-9]{4}"), wijkCode("WK9999[0-9]{2}");
    std::set<std::string> names;
    for (const auto& b : town.buurten) {
        EXPECT_TRUE(std::regex_match(b.code, buurtCode)) << b.code;
        EXPECT_EQ(b.code.substr(2, 6), town.wijken[b.wijk].code.substr(2, 6)) << b.code;
        EXPECT_TRUE(names.insert(b.name).second) << "duplicate name " << b.name;
        // Real Dutch buurten are mostly 0.2–1.5 km².
        EXPECT_GT(b.area, 0.15e6) << b.code;
        EXPECT_LT(b.area, 1.6e6) << b.code;
    }
    for (std::size_t w = 0; w < town.wijken.size(); ++w) {
        EXPECT_TRUE(std::regex_match(town.wijken[w].code, wijkCode));
        EXPECT_TRUE(names.insert(town.wijken[w].name).second) << "duplicate name " << town.wijken[w].name;
        EXPECT_FALSE(town.wijken[w].buurten.empty());
    }
    const Envelope extent = [&] {
        Envelope e;
        for (const auto& b : town.buurten)
            e.expand(b.shape.envelope);
        return e;
    }();
    EXPECT_GT(extent.minX, 145000.0); // inland, around RD (155000, 445000)
    EXPECT_LT(extent.maxX, 165000.0);
    EXPECT_GT(extent.minY, 435000.0);
    EXPECT_LT(extent.maxY, 455000.0);
}

TEST(DemoTown, buurtenTileTheOutlineWithoutGapsOrOverlaps)
{
    const DemoTown& town = defaultData().town;
    GeosContext context;
    GEOSContextHandle_t h = context.handle();
    std::vector<GeosGeometryPtr> shapes;
    double sum = 0.0;
    for (const auto& b : town.buurten) {
        shapes.push_back(toGeos(context, b.shape));
        ASSERT_EQ(GEOSisValid_r(h, shapes.back().get()), 1) << b.code;
        sum += geosArea(context, *shapes.back());
    }
    const GeosGeometryPtr outline = toGeos(context, town.outline);
    const double outlineArea = geosArea(context, *outline);
    EXPECT_NEAR(sum / outlineArea, 1.0, 1e-6);

    std::vector<GEOSGeometry*> copies;
    for (const auto& s : shapes)
        copies.push_back(GEOSGeom_clone_r(h, s.get()));
    const GeosGeometryPtr all =
        context.own(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, copies.data(),
                                                static_cast<unsigned>(copies.size())),
                    "collection");
    const GeosGeometryPtr merged = context.own(GEOSUnaryUnion_r(h, all.get()), "union");
    EXPECT_NEAR(geosArea(context, *merged) / sum, 1.0, 1e-9) << "union area below the sum: overlaps";
    const GeosGeometryPtr gaps =
        context.own(GEOSSymDifference_r(h, merged.get(), outline.get()), "difference");
    EXPECT_LT(geosArea(context, *gaps), 1e-6 * outlineArea) << "the buurten do not cover the outline";

    for (std::size_t i = 0; i < shapes.size(); ++i)
        for (std::size_t j = i + 1; j < shapes.size(); ++j) {
            if (!town.buurten[i].shape.envelope.intersects(town.buurten[j].shape.envelope))
                continue;
            const GeosGeometryPtr overlap =
                context.own(GEOSIntersection_r(h, shapes[i].get(), shapes[j].get()), "intersection");
            EXPECT_LT(geosArea(context, *overlap), 1e-3)
                << town.buurten[i].code << " " << town.buurten[j].code;
        }
}

TEST(DemoTown, everyBuurtSharesAnEdgeWithANeighbour)
{
    const DemoTown& town = defaultData().town;
    GeosContext context;
    std::vector<GeosGeometryPtr> shapes;
    for (const auto& b : town.buurten)
        shapes.push_back(toGeos(context, b.shape));
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        int sharedEdges = 0;
        for (std::size_t j = 0; j < shapes.size(); ++j)
            if (j != i &&
                GEOSRelatePattern_r(context.handle(), shapes[i].get(), shapes[j].get(), "F***1****") == 1)
                ++sharedEdges;
        EXPECT_GE(sharedEdges, 1) << town.buurten[i].code;
        EXPECT_EQ(static_cast<std::size_t>(sharedEdges), town.buurten[i].neighbours.size())
            << town.buurten[i].code;
    }
}

TEST(DemoTown, wijkenAreContiguousUnionsOfTheirBuurten)
{
    const DemoTown& town = defaultData().town;
    for (const auto& w : town.wijken) {
        EXPECT_EQ(w.shape.polygons.size(), 1u) << w.code << " is not one piece";
        double sum = 0.0;
        for (std::size_t b : w.buurten)
            sum += town.buurten[b].area;
        EXPECT_NEAR(area(w.shape) / sum, 1.0, 1e-9) << w.code;
    }
}

TEST(DemoIndicators, csvIsInTheCbsDialect)
{
    const std::string& text = defaultData().indicatorCsv;
    EXPECT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_EQ(text.substr(3, text.find("\r\n") - 3),
              "bu_code;bu_naam;inwoners;aandeel_0_14;aandeel_15_24;gem_inkomen;aandeel_bijstand;"
              "verzuim_per_1000;overlastmeldingen;politieregistraties;aandeel_eenouder");
    EXPECT_EQ(text.find('\n'), text.find("\r\n") + 1) << "line ends are CRLF";
    EXPECT_NE(text.find("\"BU99990101\";"), std::string::npos) << "codes are quoted text";
    EXPECT_NE(text.find(";.;"), std::string::npos) << "some cells are suppressed";
    const auto rows = csvRows(text);
    ASSERT_EQ(rows.size(), 120u);
    for (const auto& row : rows)
        ASSERT_EQ(row.size(), 11u);
}

TEST(DemoIndicators, valuesArePlausibleAndFollowNeed)
{
    const auto rows = csvRows(defaultData().indicatorCsv);
    // Expected ranges: the CBS Kerncijfers wijken en buurten spread of Dutch buurten, roughly.
    const std::map<std::size_t, std::pair<double, double>> ranges{
        {2, {300, 4000}}, {3, {5, 30}},  {4, {5, 30}},   {5, {15, 60}}, {6, {0, 25}},
        {7, {0, 200}},    {8, {0, 500}}, {9, {0, 1000}}, {10, {0, 35}}};
    std::vector<double> income, bijstand, verzuim;
    int suppressed = 0;
    for (const auto& row : rows) {
        for (const auto& [column, range] : ranges) {
            const double v = cbsNumber(row[column]);
            if (std::isnan(v)) {
                ++suppressed;
                EXPECT_LT(cbsNumber(row[2]), 600) << row[0] << " suppressed but not small";
                continue;
            }
            EXPECT_GE(v, range.first) << row[0] << " column " << column;
            EXPECT_LE(v, range.second) << row[0] << " column " << column;
        }
        income.push_back(cbsNumber(row[5]));
        bijstand.push_back(cbsNumber(row[6]));
        verzuim.push_back(cbsNumber(row[7]));
    }
    EXPECT_GE(suppressed, 3);
    EXPECT_LE(suppressed, 40);
    EXPECT_LT(correlation(income, bijstand), -0.6);
    EXPECT_GT(correlation(bijstand, verzuim), 0.6);
}

TEST(DemoIndicators, highNeedClusterLiesInTheHotspotWijk)
{
    const DemoData& data = defaultData();
    const auto& hotspot = data.indicators.hotspotBuurt;
    EXPECT_EQ(data.town.buurten[hotspot].wijk, data.indicators.hotspotWijk);
    EXPECT_NE(data.indicators.hotspotWijk, 0u) << "not in the centre";
    int high = 0;
    for (std::size_t n : data.town.buurten[hotspot].neighbours)
        if (data.indicators.buurten[n].need > 0.4)
            ++high;
    EXPECT_GE(high, 2) << "a cluster, not a single buurt";
}

TEST(DemoEvents, reportsHaveAmsterdamOffsetsAndLieInsideOneBuurt)
{
    const DemoData& data = defaultData();
    const auto rows = csvRows(data.meldingenCsv);
    EXPECT_LT(data.meldingenCsv.size(), 1'000'000u);
    ASSERT_GE(rows.size(), 2000u);
    ASSERT_LE(rows.size(), 12000u);
    const std::regex stamp(R"((\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:00\+(01|02):00)");
    const std::set<std::string> categories{"jeugdoverlast", "geluidsoverlast", "vandalisme", "afval"};
    std::vector<std::int64_t> count2025(data.town.buurten.size(), 0);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        ASSERT_EQ(row.size(), 5u);
        EXPECT_EQ(row[0], std::to_string(i + 1));
        std::smatch m;
        ASSERT_TRUE(std::regex_match(row[1], m, stamp)) << row[1];
        const std::string date = m[1];
        ASSERT_GE(date, "2024-01-01");
        ASSERT_LE(date, "2025-12-31");
        // Strictly between the transition days (2024-03-31/10-27, 2025-03-30/10-26) it is summer time.
        const bool summer =
            (date > "2024-03-31" && date < "2024-10-27") || (date > "2025-03-30" && date < "2025-10-26");
        const bool winter =
            date < "2024-03-31" || (date > "2024-10-27" && date < "2025-03-30") || date > "2025-10-26";
        if (summer) {
            EXPECT_EQ(m[2], "02") << row[1];
        }
        if (winter) {
            EXPECT_EQ(m[2], "01") << row[1];
        }
        EXPECT_TRUE(categories.contains(row[2])) << row[2];
        const Point p{cbsNumber(row[3]), cbsNumber(row[4])};
        int inside = 0;
        for (std::size_t b = 0; b < data.town.buurten.size(); ++b)
            if (contains(data.town.buurten[b].shape, p)) {
                ++inside;
                if (date >= "2025-01-01")
                    ++count2025[b];
            }
        EXPECT_EQ(inside, 1) << "report " << row[0];
    }
    for (std::size_t b = 0; b < count2025.size(); ++b)
        EXPECT_EQ(count2025[b], data.indicators.buurten[b].overlastmeldingen) << data.town.buurten[b].code;
}

TEST(DemoEvents, summerEveningsAreBusierThanWinterEvenings)
{
    int summer = 0, winter = 0;
    for (const auto& row : csvRows(defaultData().meldingenCsv)) {
        const int month = std::stoi(row[1].substr(5, 2));
        const int hour = std::stoi(row[1].substr(11, 2));
        if (hour < 20)
            continue;
        if (month >= 6 && month <= 8)
            ++summer;
        if (month == 12 || month <= 2)
            ++winter;
    }
    EXPECT_GT(summer, winter * 3 / 2);
}

TEST(DemoMessages, plantedBurstIsTheMaximumOfItsBuurt)
{
    const DemoData& data = defaultData();
    const auto& m = data.messages;
    const std::string code = data.town.buurten[m.burstBuurt].code;
    const std::string week = isoDate(m.weeks[m.burstWeek]);
    const auto rows = csvRows(data.messagesCsv);
    ASSERT_EQ(rows.size(), data.town.buurten.size() * 105u);
    std::string bestWeek;
    long best = -1;
    int ties = 0;
    for (const auto& row : rows) {
        if (row[0] != code)
            continue;
        const long n = std::stol(row[2]);
        ties = n == best ? ties + 1 : (n > best ? 0 : ties);
        if (n > best) {
            best = n;
            bestWeek = row[1];
        }
    }
    EXPECT_EQ(bestWeek, week);
    EXPECT_EQ(ties, 0);
    EXPECT_GT(static_cast<double>(best), 4.0 * m.baseline[m.burstBuurt]);
    EXPECT_NE(data.readme.find(code), std::string::npos);
    EXPECT_NE(data.readme.find(week), std::string::npos);
}

TEST(DemoMessages, weeksStartOnMondaysOverTwoYears)
{
    const auto& weeks = defaultData().messages.weeks;
    ASSERT_EQ(weeks.size(), 105u);
    EXPECT_EQ(isoDate(weeks.front()), "2024-01-01"); // a Monday
    EXPECT_EQ(isoDate(weeks.back()), "2025-12-29");
    for (const auto& w : weeks)
        EXPECT_EQ(std::chrono::weekday{w}, std::chrono::Monday);
}

struct LayerFeature
{
    std::string id;
    std::string name;
    double area = 0.0;
};

std::vector<LayerFeature> readLayer(const std::string& path, const std::string& layerName,
                                    std::string* description)
{
    GdalDatasetPtr ds = openVector(path);
    OGRLayer* layer = pickLayer(*ds, path, layerName);
    if (const char* d = layer->GetMetadataItem("DESCRIPTION"))
        *description = d;
    std::vector<LayerFeature> out;
    layer->ResetReading();
    while (std::unique_ptr<OGRFeature> f{layer->GetNextFeature()}) {
        const OGRGeometry* g = f->GetGeometryRef();
        const auto* surface = g ? dynamic_cast<const OGRMultiPolygon*>(g) : nullptr;
        out.push_back({f->GetFieldAsString(0), f->GetFieldAsString(1), surface ? surface->get_Area() : -1.0});
    }
    return out;
}

template <typename Area>
void expectLayerMatches(const std::string& path, const std::string& layerName,
                        const std::vector<Area>& expected)
{
    std::string description;
    const auto features = readLayer(path, layerName, &description);
    EXPECT_NE(description.find("SYNTHETIC"), std::string::npos) << layerName;
    ASSERT_EQ(features.size(), expected.size()) << layerName;
    for (std::size_t i = 0; i < features.size(); ++i) {
        EXPECT_EQ(features[i].id, expected[i].code);
        EXPECT_EQ(features[i].name, expected[i].name);
        EXPECT_NEAR(features[i].area / area(expected[i].shape), 1.0, 1e-6) << expected[i].code;
    }
}

void expectFolderMatches(const fs::path& folder, const DemoData& data)
{
    EXPECT_EQ(bib::test::readFile((folder / demoIndicatorName).string()), data.indicatorCsv);
    EXPECT_EQ(bib::test::readFile((folder / demoMeldingenName).string()), data.meldingenCsv);
    EXPECT_EQ(bib::test::readFile((folder / demoMessagesName).string()), data.messagesCsv);
    EXPECT_EQ(bib::test::readFile((folder / demoReadmeName).string()), data.readme);
    EXPECT_EQ(bib::test::readFile((folder / demoRecipeName).string()), data.recipe);
    const std::string gpkg = (folder / demoGeoPackageName).string();
    expectLayerMatches(gpkg, "buurten", data.town.buurten);
    expectLayerMatches(gpkg, "wijken", data.town.wijken);
}

TEST(DemoGenerator, writesEveryFileIntoANewFolder)
{
    bib::test::TempDir dir;
    const fs::path folder = dir.path() / "nested" / "demo";
    SilentFeedback feedback;
    const DemoWriteResult result = writeDemoData(folder, DemoOptions{5, 30, 3}, feedback);
    ASSERT_EQ(result.files.size(), 6u);
    for (const auto& file : result.files)
        EXPECT_TRUE(fs::is_regular_file(file)) << file;
    expectFolderMatches(folder, result.data);
    EXPECT_NE(result.data.readme.find("SYNTHETIC"), std::string::npos);
    EXPECT_NE(result.data.readme.find("--seed 5 --buurten 30 --wijken 3"), std::string::npos);
}

// Catches drift between the generator and the committed data/demo: after a deliberate change to
// the generator, regenerate with `bib demo -o data/demo` and commit the result.
TEST(DemoGenerator, committedDemoFolderEqualsFreshGeneration)
{
    const fs::path folder = BIB_DEMO_DATA_DIR;
    ASSERT_TRUE(fs::is_regular_file(folder / demoGeoPackageName)) << folder;
    expectFolderMatches(folder, defaultData());
    std::uintmax_t total = 0;
    for (const auto& entry : fs::directory_iterator(folder))
        total += entry.is_regular_file() ? entry.file_size() : 0;
    EXPECT_LT(total, 2'000'000u) << "keep the committed demo folder small";
}

} // namespace
