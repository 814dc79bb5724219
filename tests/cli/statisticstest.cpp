// SPDX-License-Identifier: GPL-3.0-or-later
// bib moran, lisa, gistar and ebrate end to end on small generated grids: hand-worked values, exact
// output columns, missing values left out and listed, repeatable permutations.
#include "testsupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <sstream>

namespace {

using bib::test::readFile;
using bib::test::runBib;
using bib::test::TempDir;

/// A GeoJSON grid of 100 m squares in RD New, row by row, with ids A1, A2, … and numeric fields;
/// a missing value is written as null.
std::string gridGeoJson(std::size_t rows, std::size_t columns,
                        const std::vector<std::pair<std::string, std::vector<std::optional<double>>>>& fields)
{
    std::ostringstream out;
    out << R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[)";
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < columns; ++c) {
            const std::size_t k = r * columns + c;
            const double x = 150000.0 + 100.0 * static_cast<double>(c),
                         y = 450000.0 + 100.0 * static_cast<double>(r);
            out << (k ? "," : "") << R"({"type":"Feature","properties":{"code":"A)" << k + 1 << '"';
            for (const auto& [name, values] : fields) {
                out << ",\"" << name << "\":";
                if (values[k])
                    out << *values[k];
                else
                    out << "null";
            }
            out << R"(},"geometry":{"type":"Polygon","coordinates":[[[)" << x << "," << y << "],[" << x + 100
                << "," << y << "],[" << x + 100 << "," << y + 100 << "],[" << x << "," << y + 100 << "],["
                << x << "," << y << "]]]}}";
        }
    }
    out << "]}";
    return out.str();
}

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

TEST(StatisticsCli, moranOnALineMatchesTheHandWorkedValues)
{
    // Five squares in a row; the last has no value and is left out, leaving the line x = 1, 2, 3, 4
    // with binary weights: I = 1/3, E[I] = −1/3, Var[I] = 8/45, z = √2.5 (see morantest.cpp).
    TempDir dir;
    bib::test::writeFile(dir.file("line.geojson"), gridGeoJson(1, 5, {{"x", {1, 2, 3, 4, std::nullopt}}}));
    const auto r = runBib({"--json", "moran", dir.file("line.geojson"), "--id", "code", "--field", "x",
                           "--style", "B", "--permutations", "99"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    std::vector<std::string> keys;
    for (const auto& [key, value] : json.items())
        keys.push_back(key);
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(keys, (std::vector<std::string>{"E_I", "I", "Var_I", "Z_I", "p_norm", "p_sim"}));
    EXPECT_NEAR(json["I"].get<double>(), 1.0 / 3.0, 1e-15);
    EXPECT_NEAR(json["E_I"].get<double>(), -1.0 / 3.0, 1e-15);
    EXPECT_NEAR(json["Var_I"].get<double>(), 8.0 / 45.0, 1e-15);
    EXPECT_NEAR(json["Z_I"].get<double>(), std::sqrt(2.5), 1e-14);
    EXPECT_NE(r.err.find("A5"), std::string::npos) << "the left-out area is named on stderr";

    const auto text =
        runBib({"moran", dir.file("line.geojson"), "--id", "code", "--field", "x", "--style", "B"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("I E_I Var_I Z_I p_norm p_sim"), std::string::npos);
    EXPECT_NE(text.out.find("left out"), std::string::npos);
    EXPECT_NE(text.out.find("A5"), std::string::npos);
}

class StatisticsGrid : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::vector<std::optional<double>> x(36), events(36), population(36);
        for (std::size_t k = 0; k < 36; ++k) {
            x[k] = (k % 6 < 3 ? 10.0 : 1.0) + static_cast<double>((k * 7) % 5);
            events[k] = static_cast<double>((k * 13) % 9);
            population[k] = 100.0 + static_cast<double>(k * 10);
        }
        x[7] = std::nullopt;
        population[20] = 0.0;
        bib::test::writeFile(mDir.file("grid.geojson"),
                             gridGeoJson(6, 6, {{"x", x}, {"events", events}, {"population", population}}));
    }
    std::vector<std::string> withGrid(std::vector<std::string> arguments) const
    {
        // After the command name (global flags such as --json come before it).
        const auto command = std::find_if(arguments.begin(), arguments.end(),
                                          [](const std::string& a) { return a.rfind("--", 0) != 0; });
        arguments.insert(command + 1, {mDir.file("grid.geojson"), "--id", "code"});
        return arguments;
    }
    TempDir mDir;
};

TEST_F(StatisticsGrid, lisaWritesTheColumnsAndRepeatsWithASeed)
{
    const auto first = runBib(withGrid({"lisa", "--field", "x", "--seed", "5", "-o", mDir.file("a.csv")}));
    ASSERT_EQ(first.exitCode, 0) << first.err;
    const auto second = runBib(withGrid({"lisa", "--field", "x", "--seed", "5", "-o", mDir.file("b.csv")}));
    ASSERT_EQ(second.exitCode, 0) << second.err;
    const std::string a = readFile(mDir.file("a.csv"));
    EXPECT_EQ(a, readFile(mDir.file("b.csv")));
    // The columns in the documented order, the class last.
    EXPECT_EQ(firstLine(a), "code,I,E_I,Var_I,Z_I,p_norm,p_sim,cluster");
    EXPECT_EQ(a.find("\nA8,"), std::string::npos) << "A8 has no value and is left out";
    EXPECT_NE(first.out.find("A8"), std::string::npos);
    EXPECT_NE(a.find(",HH\n"), std::string::npos);
    const auto other = runBib(withGrid({"lisa", "--field", "x", "--seed", "6", "-o", mDir.file("c.csv")}));
    ASSERT_EQ(other.exitCode, 0);
    EXPECT_NE(a, readFile(mDir.file("c.csv")));
}

TEST_F(StatisticsGrid, lisaJsonSummary)
{
    const auto r = runBib(withGrid({"--json", "lisa", "--field", "x", "--fdr", "-o", mDir.file("l.gpkg")}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    EXPECT_EQ(json["areas"], 35);
    EXPECT_EQ(json["left_out"], nlohmann::json::array({"A8"}));
    EXPECT_EQ(json["adjustment"], "fdr");
    EXPECT_EQ(json["permutations"], 999);
}

TEST_F(StatisticsGrid, fdrAndBonferroniExcludeEachOther)
{
    const auto r =
        runBib(withGrid({"lisa", "--field", "x", "--fdr", "--bonferroni", "-o", mDir.file("l.csv")}));
    EXPECT_EQ(r.exitCode, 1);
}

TEST_F(StatisticsGrid, gistarWritesTheColumns)
{
    const auto r = runBib(withGrid({"gistar", "--field", "x", "-o", mDir.file("g.csv")}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string g = readFile(mDir.file("g.csv"));
    EXPECT_EQ(firstLine(g), "code,Z,p_norm,p_sim,cluster");
    EXPECT_NE(g.find(",hot\n"), std::string::npos);
    EXPECT_NE(g.find(",cold\n"), std::string::npos);
    const auto noSelf = runBib(withGrid({"gistar", "--field", "x", "--no-self", "-o", mDir.file("gi.csv")}));
    ASSERT_EQ(noSelf.exitCode, 0) << noSelf.err;
    EXPECT_NE(noSelf.out.find("Gi of x"), std::string::npos);
    EXPECT_NE(readFile(mDir.file("gi.csv")), g);
}

TEST_F(StatisticsGrid, ebrateLeavesOutZeroPopulation)
{
    const auto global = runBib(
        withGrid({"ebrate", "--events", "events", "--population", "population", "-o", mDir.file("eb.csv")}));
    ASSERT_EQ(global.exitCode, 0) << global.err;
    const std::string eb = readFile(mDir.file("eb.csv"));
    EXPECT_EQ(firstLine(eb), "code,raw,eb");
    EXPECT_EQ(eb.find("\nA21,"), std::string::npos) << "population 0: no rate";
    EXPECT_NE(global.out.find("A21"), std::string::npos);
    const auto local = runBib(withGrid({"ebrate", "--events", "events", "--population", "population",
                                        "--local", "--per", "1000", "-o", mDir.file("ebl.csv")}));
    ASSERT_EQ(local.exitCode, 0) << local.err;
    EXPECT_NE(readFile(mDir.file("ebl.csv")), eb);
}

TEST_F(StatisticsGrid, unknownFieldNamesTheNumericFields)
{
    const auto r = runBib(withGrid({"moran", "--field", "nope"}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("population"), std::string::npos) << r.err;
}

TEST_F(StatisticsGrid, distanceWeightsInDegreesAreRefused)
{
    // The grid reprojected to EPSG:4326: a distance band of 150 would be 150 degrees, every area a
    // neighbour of every other, without any sign in the numbers. Contiguity measures no distance.
    const auto r = runBib(withGrid({"gistar", "--field", "x", "--working-crs", "EPSG:4326", "--weights",
                                    "distance:150", "-o", mDir.file("g.csv")}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("geographic"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("EPSG:28992"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(mDir.file("g.csv")));
    const auto queen = runBib(withGrid({"gistar", "--field", "x", "--working-crs", "EPSG:4326", "--weights",
                                        "queen", "-o", mDir.file("q.csv")}));
    EXPECT_EQ(queen.exitCode, 0) << queen.err;
}

TEST_F(StatisticsGrid, moranOfRatesNeedsBothFields)
{
    const auto r = runBib(withGrid({"moran", "--events", "events"}));
    EXPECT_EQ(r.exitCode, 2);
    const auto rates =
        runBib(withGrid({"--json", "moran", "--events", "events", "--population", "population"}));
    ASSERT_EQ(rates.exitCode, 0) << rates.err;
    EXPECT_TRUE(nlohmann::json::parse(rates.out).contains("I"));
}

} // namespace
