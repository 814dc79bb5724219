// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <map>
#include <sstream>

namespace {

using bib::test::readCsvById;
using bib::test::readFile;
using bib::test::runBib;
using bib::test::TempDir;

/// tests/data/export: eight areas. The recipe sets minimum_count 1000 (so the withheld counts have
/// distinctive digits to search for) and minimum_population 50. By the rules of docs/recipe.md:
///   BU03 has 37 inhabitants: jeugdzorg 86420 (a rate on 37) and its index columns are withheld;
///   BU04 jeugdzorg 987 and BU05 meldingen 876 are counts below 1000;
///   BU08 has no jeugdzorg, so no index ("geen gegevens"), and nothing withheld.
/// The table's column "geheim" is not in the recipe and must never be exported.
std::string fixture(const TempDir& dir)
{
    for (const char* name : {"areas.geojson", "table.csv", "recipe.bib.json"})
        std::filesystem::copy_file(std::string(BIB_TEST_DATA_DIR) + "/export/" + name, dir.file(name));
    return dir.file("recipe.bib.json");
}

/// True when `number` occurs in `bytes` as a whole number: not inside a longer run of digits.
bool containsNumber(const std::string& bytes, const std::string& number)
{
    const auto partOfNumber = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; };
    for (auto pos = bytes.find(number); pos != std::string::npos; pos = bytes.find(number, pos + 1)) {
        const bool before = pos > 0 && partOfNumber(bytes[pos - 1]);
        const bool after = pos + number.size() < bytes.size() && partOfNumber(bytes[pos + number.size()]);
        if (!before && !after)
            return true;
    }
    return false;
}

/// The 8 bytes of a double as SQLite and GeoPackage store it (little-endian on this platform,
/// REAL columns are big-endian in the SQLite record: both are checked).
bool containsDouble(const std::string& bytes, double value)
{
    char little[8];
    std::memcpy(little, &value, 8);
    std::string big(little, 8);
    std::reverse(big.begin(), big.end());
    return bytes.find(std::string(little, 8)) != std::string::npos || bytes.find(big) != std::string::npos;
}

struct WithheldCell
{
    std::string id;
    std::string column;
};

/// The cells the rules withhold in the fixture (hand-derived above).
const std::vector<WithheldCell> kWithheld = {
    {"BU03", "jeugdzorg"}, {"BU03", "n_jeugdzorg"}, {"BU03", "c_jeugdzorg"}, {"BU03", "index"},
    {"BU03", "rank"},      {"BU04", "jeugdzorg"},   {"BU04", "n_jeugdzorg"}, {"BU04", "c_jeugdzorg"},
    {"BU05", "meldingen"}, {"BU05", "n_meldingen"}, {"BU05", "c_meldingen"},
};

class Export : public ::testing::Test
{
protected:
    void SetUp() override
    {
        GDALAllRegister();
        recipe = fixture(dir);
        // The unprotected result of the same recipe tells which numbers must not appear.
        const auto r = runBib({"compose", recipe, "-o", dir.file("compose.csv")});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        raw = readCsvById(dir.file("compose.csv"));
        for (const auto& cell : kWithheld) {
            const std::string text = raw.at(cell.id).at(cell.column);
            ASSERT_FALSE(text.empty()) << cell.id << " " << cell.column;
            secrets.push_back(text);
        }
        secrets.push_back("55503"); // "geheim" of BU03: not in the recipe, never exported
        // A withheld value that another cell publishes (0 and 1 of minmax, 1/3 = its weight) cannot
        // be searched for; those cells are checked one by one instead.
        std::erase_if(secrets, [this](const std::string& secret) { return isPublishedElsewhere(secret); });
        ASSERT_EQ(secrets.size(), 5u); // 86420, 987, 876, 55503 and the index of BU03
    }

    bool isPublishedElsewhere(const std::string& value) const
    {
        for (const auto& [id, row] : raw)
            for (const auto& [column, text] : row) {
                bool withheld = column == "class" || column == "drivers" || column == "geheim";
                for (const auto& cell : kWithheld)
                    withheld = withheld || (cell.id == id && cell.column == column);
                if (!withheld && text == value)
                    return true;
            }
        return false;
    }

    /// The withheld numbers that are long enough to search for as text (ranks are small integers,
    /// checked cell by cell instead).
    std::vector<std::string> searchable() const
    {
        std::vector<std::string> out;
        for (const auto& s : secrets)
            if (s.size() >= 3)
                out.push_back(s);
        return out;
    }

    TempDir dir;
    std::string recipe;
    std::map<std::string, std::map<std::string, std::string>> raw;
    std::vector<std::string> secrets;
};

TEST_F(Export, csvShowsOnderdruktAndNoWithheldNumber)
{
    const auto r = runBib({"export", recipe, "-o", dir.file("out.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = readCsvById(dir.file("out.csv"));
    for (const auto& cell : kWithheld)
        EXPECT_EQ(rows.at(cell.id).at(cell.column), "onderdrukt") << cell.id << " " << cell.column;
    EXPECT_EQ(rows.at("BU03").at("class"), "onderdrukt");
    EXPECT_EQ(rows.at("BU03").at("drivers"), "onderdrukt");
    EXPECT_EQ(rows.at("BU04").at("drivers"), "onderdrukt");
    EXPECT_EQ(rows.at("BU08").at("class"), "geen gegevens");
    EXPECT_EQ(rows.at("BU08").at("index"), "");
    EXPECT_EQ(rows.at("BU01").at("jeugdzorg"), "31415");
    // BU03 had the highest index (rank 1); the published areas are ranked again without a gap.
    EXPECT_EQ(raw.at("BU03").at("rank"), "1");
    EXPECT_EQ(rows.at("BU01").at("rank"), "1");
    EXPECT_EQ(rows.at("BU03").at("inwoners"), "37");
    EXPECT_EQ(rows.at("BU01").count("geheim"), 0u);
    const std::string bytes = readFile(dir.file("out.csv"));
    for (const auto& secret : searchable())
        EXPECT_FALSE(containsNumber(bytes, secret)) << secret;
}

TEST_F(Export, xlsxHasNullAndStatusAndNoWithheldNumberInAnyPart)
{
    const auto r = runBib({"export", recipe, "-o", dir.file("out.xlsx")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string bytes = bib::test::unzippedBytes(dir.file("out.xlsx"));
    ASSERT_NE(bytes.find("onderdrukt"), std::string::npos);
    for (const auto& secret : searchable())
        EXPECT_FALSE(containsNumber(bytes, secret)) << secret;

    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(dir.file("out.xlsx").c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    OGRLayer* layer = ds->GetLayer(0);
    ASSERT_NE(layer, nullptr);
    for (auto& feature : *layer) {
        const std::string id = feature->GetFieldAsString("code");
        for (const auto& cell : kWithheld)
            if (cell.id == id) {
                EXPECT_FALSE(feature->IsFieldSetAndNotNull(feature->GetFieldIndex(cell.column.c_str())))
                    << id << " " << cell.column;
                EXPECT_STREQ(feature->GetFieldAsString((cell.column + "_status").c_str()), "onderdrukt");
            }
    }
}

TEST_F(Export, geoPackageHasNullAndStatusNoWithheldValueAndAStyle)
{
    const auto r = runBib({"--json", "export", recipe, "-o", dir.file("out.gpkg")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto summary = nlohmann::json::parse(r.out);
    EXPECT_EQ(summary["areas_with_index_withheld"], 1);
    EXPECT_EQ(summary["styled"], true);
    // No value appears in the summary either: it counts cells.
    for (const auto& secret : searchable())
        EXPECT_FALSE(containsNumber(r.out, secret)) << secret;

    const std::string bytes = readFile(dir.file("out.gpkg"));
    for (const auto& secret : secrets) {
        if (secret.size() < 3)
            continue;
        EXPECT_FALSE(containsNumber(bytes, secret)) << secret;
        EXPECT_FALSE(containsDouble(bytes, std::stod(secret))) << secret;
    }

    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(dir.file("out.gpkg").c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    OGRLayer* layer = ds->GetLayerByName("areas");
    ASSERT_NE(layer, nullptr) << "layer named after the area layer";
    EXPECT_LT(layer->GetLayerDefn()->GetFieldIndex("geheim"), 0);
    std::size_t rows = 0;
    for (auto& feature : *layer) {
        ++rows;
        const std::string id = feature->GetFieldAsString("code");
        for (const auto& cell : kWithheld)
            if (cell.id == id) {
                EXPECT_FALSE(feature->IsFieldSetAndNotNull(feature->GetFieldIndex(cell.column.c_str())))
                    << id << " " << cell.column;
                EXPECT_STREQ(feature->GetFieldAsString((cell.column + "_status").c_str()), "onderdrukt");
            }
        if (id == "BU03") {
            EXPECT_STREQ(feature->GetFieldAsString("class"), "onderdrukt");
        }
        if (id == "BU01") {
            EXPECT_EQ(feature->GetFieldAsDouble("jeugdzorg"), 31415);
        }
    }
    EXPECT_EQ(rows, 8u);
    OGRLayer* styles =
        ds->ExecuteSQL("SELECT f_table_name, useAsDefault FROM layer_styles", nullptr, nullptr);
    ASSERT_NE(styles, nullptr);
    EXPECT_EQ(styles->GetFeatureCount(), 1);
    ds->ReleaseResultSet(styles);
}

TEST_F(Export, summaryPrintsCountsPerColumnNotValues)
{
    const auto r = runBib({"export", recipe, "-o", dir.file("out.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("withheld: 15 cells, the index of 1 areas"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("meldingen: 1 (count below the minimum)"), std::string::npos) << r.out;
    for (const auto& secret : searchable())
        EXPECT_FALSE(containsNumber(r.out, secret)) << secret;
}

TEST_F(Export, unknownExtensionAndInputAsOutputAreRefused)
{
    EXPECT_EQ(runBib({"export", recipe, "-o", dir.file("out.shp")}).exitCode, 2);
    EXPECT_EQ(runBib({"export", recipe, "-o", dir.file("table.csv")}).exitCode, 2);
    EXPECT_EQ(readFile(dir.file("table.csv")).substr(0, 4), "code");
}

} // namespace
