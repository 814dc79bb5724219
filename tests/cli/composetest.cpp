// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>

namespace {

using bib::test::readCsvById;
using bib::test::readFile;
using bib::test::runBib;
using bib::test::testData;

std::string substituteRealDataPath(const std::string& recipePath, const std::string& target)
{
    std::string text = readFile(recipePath);
    for (std::size_t pos = text.find("{REAL}"); pos != std::string::npos; pos = text.find("{REAL}"))
        text.replace(pos, 6, BIB_REAL_DATA_DIR);
    bib::test::writeFile(target, text);
    return target;
}

TEST(Compose, goldenUtrechtRecipeMatchesIndependentPandasReference)
{
    if (bib::test::realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg").empty())
        GTEST_SKIP() << "real data not available";
    bib::test::TempDir dir;
    const std::string golden = std::string(BIB_TEST_DATA_DIR) + "/../golden/utrecht-2024/";
    const std::string recipe =
        substituteRealDataPath(golden + "recipe.bib.json", dir.file("utrecht.bib.json"));
    const auto r = runBib({"--json", "compose", recipe, "-o", dir.file("index.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto summary = nlohmann::json::parse(r.out);
    EXPECT_EQ(summary["areas"], 111);

    // expected.csv was written by reference.py (pandas/numpy, from the recipe semantics).
    const auto expected = readCsvById(golden + "expected.csv");
    const auto actual = readCsvById(dir.file("index.csv"));
    ASSERT_EQ(expected.size(), 111u);
    ASSERT_EQ(actual.size(), 111u);
    std::size_t withIndex = 0;
    for (const auto& [id, row] : expected) {
        ASSERT_TRUE(actual.count(id)) << id;
        const std::string& e = row.at("index");
        const std::string& a = actual.at(id).at("index");
        if (e.empty()) {
            EXPECT_TRUE(a.empty()) << id << " has index " << a;
            continue;
        }
        ++withIndex;
        // Tolerance 1e-12 (index units, z-score scale): both sides sum the same terms in another order.
        EXPECT_NEAR(std::stod(a), std::stod(e), 1e-12) << id;
        EXPECT_EQ(actual.at(id).at("rank"), row.at("rank")) << id;
    }
    EXPECT_EQ(summary["with_index"], withIndex);
}

TEST(Compose, writesNormalisedContributionAndClassColumns)
{
    bib::test::TempDir dir;
    const std::string table = dir.file("t.csv");
    bib::test::writeFile(table, "code;bijstand;jongeren\nBU01;4;10\nBU02;8;30\nBU03;6;20\n");
    const std::string recipe = dir.file("r.bib.json");
    bib::test::writeFile(recipe, R"({"bib_recipe": 1, "name": "test",
      "areas": {"path": ")" + testData("areas/three_squares.geojson") +
                                     R"(", "id": "code", "name": "naam"},
      "tables": [{"path": "t.csv", "id": "code"}],
      "indicators": [{"field": "bijstand", "normalisation": "minmax", "weight": 1},
                     {"field": "jongeren", "normalisation": "minmax", "weight": 3}],
      "classification": {"method": "equal-interval", "classes": 2}})");
    const auto r = runBib({"compose", recipe, "-o", dir.file("out.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = readCsvById(dir.file("out.csv"));
    // bijstand 4, 8, 6 → minmax 0, 1, .5; jongeren 10, 30, 20 → 0, 1, .5; weights 1 and 3:
    // index = (b + 3j) / 4 → 0, 1, .5; contributions of BU02: 1/4 · 1 and 3/4 · 1.
    EXPECT_EQ(rows.at("BU01").at("n_bijstand"), "0");
    EXPECT_EQ(rows.at("BU03").at("n_jongeren"), "0.5");
    EXPECT_EQ(rows.at("BU01").at("index"), "0");
    EXPECT_EQ(rows.at("BU02").at("index"), "1");
    EXPECT_EQ(rows.at("BU03").at("index"), "0.5");
    EXPECT_EQ(rows.at("BU02").at("rank"), "1");
    EXPECT_EQ(rows.at("BU03").at("rank"), "2");
    EXPECT_EQ(rows.at("BU02").at("c_bijstand"), "0.25");
    EXPECT_EQ(rows.at("BU02").at("c_jongeren"), "0.75");
    // Equal interval, 2 classes over 0…1: (0, 0.5] and (0.5, 1]; 0.5 goes to the lower class.
    EXPECT_EQ(rows.at("BU01").at("class"), "1");
    EXPECT_EQ(rows.at("BU03").at("class"), "1");
    EXPECT_EQ(rows.at("BU02").at("class"), "2");
    EXPECT_NE(rows.at("BU02").at("drivers").find("vooral hoog"), std::string::npos);
}

/// Twelve 100 m squares BU01…BU12 in a row (EPSG:28992) and a table with three indicators.
std::string writeTwelveAreaRecipe(const bib::test::TempDir& dir)
{
    std::string geojson = R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":)"
                          R"("urn:ogc:def:crs:EPSG::28992"}},"features":[)";
    std::string table = "code;bijstand;jongeren;verzuim\n";
    for (int i = 0; i < 12; ++i) {
        const std::string code = std::string("BU") + (i < 9 ? "0" : "") + std::to_string(i + 1);
        const int x = 150000 + 100 * i;
        geojson += std::string(i ? "," : "") + R"({"type":"Feature","properties":{"code":")" + code +
                   R"("},"geometry":{"type":"Polygon","coordinates":[[[)" + std::to_string(x) + ",450000],[" +
                   std::to_string(x + 100) + ",450000],[" + std::to_string(x + 100) + ",450100],[" +
                   std::to_string(x) + ",450100],[" + std::to_string(x) + ",450000]]]}}";
        table += code + ";" + std::to_string((i * 7) % 12) + ";" + std::to_string((i * 5) % 11) + ";" +
                 std::to_string(i) + "\n";
    }
    bib::test::writeFile(dir.file("areas.geojson"), geojson + "]}");
    bib::test::writeFile(dir.file("t.csv"), table);
    const std::string recipe = dir.file("r.bib.json");
    bib::test::writeFile(recipe, R"({"bib_recipe": 1, "name": "robuust", "seed": 99,
      "areas": {"path": "areas.geojson", "id": "code"},
      "tables": [{"path": "t.csv", "id": "code"}],
      "indicators": [{"field": "bijstand", "weight": 2}, {"field": "jongeren"}, {"field": "verzuim"}],
      "robustness": {"concentration": 20, "normalisations": ["zscore", "minmax", "rank"]}})");
    return recipe;
}

TEST(Compose, robustnessAddsRankIntervalsThatContainTheRankAndRepeat)
{
    bib::test::TempDir dir;
    const std::string recipe = writeTwelveAreaRecipe(dir);
    const auto r = runBib({"--json", "compose", recipe, "-o", dir.file("a.csv"), "--robustness", "300"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto summary = nlohmann::json::parse(r.out);
    ASSERT_TRUE(summary.contains("robustness")) << r.out;
    EXPECT_EQ(summary["robustness"]["draws"], 300);
    EXPECT_EQ(summary["robustness"]["seed"], 99);
    EXPECT_EQ(summary["robustness"]["concentration"], 20);
    EXPECT_EQ(summary["robustness"]["normalisations"].size(), 3u);
    EXPECT_EQ(summary["robustness"]["rank_shift_when_dropped"].size(), 3u);
    const auto rows = readCsvById(dir.file("a.csv"));
    ASSERT_EQ(rows.size(), 12u);
    for (const auto& [id, row] : rows) {
        const double rank = std::stod(row.at("rank"));
        EXPECT_LE(std::stod(row.at("rank_p05")), rank) << id;
        EXPECT_GE(std::stod(row.at("rank_p95")), rank) << id;
        EXPECT_LE(std::stod(row.at("rank_p05")), std::stod(row.at("rank_median"))) << id;
        EXPECT_GE(std::stod(row.at("rank_p95")), std::stod(row.at("rank_median"))) << id;
    }
    // The same recipe (same seed) gives the same file, byte for byte.
    const auto again = runBib({"compose", recipe, "-o", dir.file("b.csv"), "--robustness", "300"});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_EQ(readFile(dir.file("a.csv")), readFile(dir.file("b.csv")));
    EXPECT_NE(again.out.find("robustness: 300 draws, seed 99"), std::string::npos) << again.out;
}

TEST(Compose, robustnessZeroTurnsTheRecipesSectionOff)
{
    bib::test::TempDir dir;
    const std::string recipe = writeTwelveAreaRecipe(dir);
    auto r = runBib({"--json", "compose", recipe, "-o", dir.file("off.csv"), "--robustness", "0"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_FALSE(nlohmann::json::parse(r.out).contains("robustness"));
    EXPECT_FALSE(readCsvById(dir.file("off.csv")).at("BU01").count("rank_median"));
    // Without the flag the recipe's section runs with its 1,000 draws.
    r = runBib({"--json", "compose", recipe, "-o", dir.file("on.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["robustness"]["draws"], 1000);
}

TEST(Compose, badRecipeNamesKeyPathWithExitCodeTwo)
{
    bib::test::TempDir dir;
    const std::string recipe = dir.file("bad.bib.json");
    bib::test::writeFile(recipe, R"({"bib_recipe": 1, "areas": {"path": "x.gpkg", "id": "c"},
      "indicators": [{"field": "a", "weight": -2}]})");
    const auto r = runBib({"compose", recipe, "-o", dir.file("out.csv")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("indicators[0].weight: must be ≥ 0"), std::string::npos) << r.err;
}

TEST(Compose, unknownIndicatorFieldIsReported)
{
    bib::test::TempDir dir;
    const std::string recipe = dir.file("bad.bib.json");
    bib::test::writeFile(recipe, R"({"bib_recipe": 1, "areas": {"path": ")" +
                                     testData("areas/three_squares.geojson") + R"(", "id": "code"},
      "indicators": [{"field": "verzuim"}]})");
    const auto r = runBib({"compose", recipe, "-o", dir.file("out.csv")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("indicators[0].field: \"verzuim\""), std::string::npos) << r.err;
}

// A recipe with an events source: reports per buurt code (ISO weeks from Monday 2024-01-01, on the
// Wednesdays at 12:00), the count of the last 4 weeks as reports per 1,000 inhabitants, and an EARS C1
// signal column that is no indicator. Hand calculation:
//   weeks W0…W7   BU01: 1 2 3 2 1 2 3 9   BU02: 0 1 0 1 0 1 0 1   BU03: 0 0 0 0 1 1 1 1
//   last 4 weeks (W4…W7): 15, 2, 4; bewoners 1000, 2000, 500 → per 1,000: 15, 1, 8
//   minmax over (15, 1, 8): 1, 0, 0.5 = the index (one indicator); ranks 1, 3, 2
//   C1 (baseline 3) of BU01 in W7: window 1 2 3, mean 2, sd 1 → (9 − 2)/1 = 7
TEST(Compose, eventsSourceColumnsEnterTheIndex)
{
    bib::test::TempDir dir;
    const std::vector<std::pair<std::string, std::vector<int>>> weekly = {{"BU01", {1, 2, 3, 2, 1, 2, 3, 9}},
                                                                          {"BU02", {0, 1, 0, 1, 0, 1, 0, 1}},
                                                                          {"BU03", {0, 0, 0, 0, 1, 1, 1, 1}}};
    std::string events = "buurt;datum\n";
    for (const auto& [code, counts] : weekly)
        for (std::size_t w = 0; w < counts.size(); ++w)
            for (int e = 0; e < counts[w]; ++e) {
                const int day = 3 + 7 * static_cast<int>(w); // January 3, 10, …, 31, then February
                const std::string date =
                    day <= 31 ? "2024-01-" + std::string(day < 10 ? "0" : "") + std::to_string(day)
                              : "2024-02-" + std::string(day - 31 < 10 ? "0" : "") + std::to_string(day - 31);
                events += code + ";" + date + " 12:00\n";
            }
    bib::test::writeFile(dir.file("meldingen.csv"), events);
    bib::test::writeFile(dir.file("t.csv"), "code;bewoners\nBU01;1000\nBU02;2000\nBU03;500\n");
    const std::string recipe = dir.file("r.bib.json");
    bib::test::writeFile(recipe, R"({"bib_recipe": 1, "name": "meldingen",
      "areas": {"path": ")" + testData("areas/three_squares.geojson") +
                                     R"(", "id": "code"},
      "tables": [{"path": "t.csv", "id": "code"}],
      "events": [{"path": "meldingen.csv", "code": "buurt", "time": "datum",
                  "columns": [{"name": "meldingen_4w", "measure": "count", "periods": 4},
                              {"name": "signaal", "measure": "signal", "method": "ears-c1", "baseline": 3}]}],
      "indicators": [{"field": "meldingen_4w", "transform": "per1000:bewoners", "normalisation": "minmax"}]})");
    const auto r = runBib({"--json", "compose", recipe, "-o", dir.file("out.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto summary = nlohmann::json::parse(r.out);
    ASSERT_EQ(summary["events"].size(), 1u) << r.out;
    EXPECT_EQ(summary["events"][0]["reference_period"], "2024-02-19");
    EXPECT_EQ(summary["events"][0]["counted"], 31);
    const auto rows = readCsvById(dir.file("out.csv"));
    EXPECT_EQ(rows.at("BU01").at("meldingen_4w"), "15");
    EXPECT_EQ(rows.at("BU02").at("meldingen_4w"), "2");
    EXPECT_EQ(rows.at("BU03").at("meldingen_4w"), "4");
    EXPECT_EQ(rows.at("BU01").at("index"), "1");
    EXPECT_EQ(rows.at("BU02").at("index"), "0");
    EXPECT_EQ(rows.at("BU03").at("index"), "0.5");
    EXPECT_EQ(rows.at("BU03").at("rank"), "2");
    EXPECT_EQ(rows.at("BU01").at("signaal"), "7");

    // A column name that collides with a table column is named with the recipe's key path.
    std::string clash = readFile(recipe);
    clash.replace(clash.find("\"signaal\""), 9, "\"bewoners\"");
    bib::test::writeFile(recipe, clash);
    const auto bad = runBib({"compose", recipe, "-o", dir.file("bad.csv")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("events[0]: columns[1].name: 'bewoners' is already a column"), std::string::npos)
        << bad.err;
}

TEST(RecipeCommand, initWritesRecipeThatChecksOk)
{
    bib::test::TempDir dir;
    const std::string recipe = dir.file("start.bib.json");
    auto r = runBib({"recipe", "init", testData("areas/three_squares.geojson"), "--id", "code", "--table",
                     testData("tables/simple.csv"), "--table-id", "code", "-o", recipe});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto json = nlohmann::json::parse(readFile(recipe));
    // Numeric fields: inwoners from the areas; from the table inwoners clashes (t_inwoners) and
    // aandeel_bijstand.
    EXPECT_GE(json["indicators"].size(), 2u);
    r = runBib({"recipe", "check", recipe});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("matched 2 of 3"), std::string::npos) << r.out;
}

} // namespace
