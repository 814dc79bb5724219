// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace {

using bib::test::readFile;
using bib::test::realData;
using bib::test::runBib;
using bib::test::TempDir;
using bib::test::testData;
using bib::test::writeFile;

std::string squareFeature(const std::string& code, double x, double y)
{
    const auto c = [](double v) { return std::to_string(static_cast<long>(v)); };
    return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code +
           "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + c(x) + "," + c(y) + "],[" +
           c(x + 100) + "," + c(y) + "],[" + c(x + 100) + "," + c(y + 100) + "],[" + c(x) + "," + c(y + 100) +
           "],[" + c(x) + "," + c(y) + "]]]}}";
}

/// A 3×3 grid of 100 m squares (c00 … c22, c11 the centre) and an island 1 km east, in EPSG:28992.
std::string writeGrid(const TempDir& dir)
{
    std::string features;
    for (int column = 0; column < 3; ++column)
        for (int row = 0; row < 3; ++row)
            features += squareFeature("c" + std::to_string(column) + std::to_string(row),
                                      150000 + 100 * column, 450000 + 100 * row) +
                        ",";
    features += squareFeature("island", 151300, 450100);
    const std::string path = dir.file("grid.geojson");
    writeFile(path, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                    "\"urn:ogc:def:crs:EPSG::28992\"}},\"features\":[" +
                        features + "]}");
    return path;
}

TEST(CliWeights, queenGalWithNeighbourSummaryAndIslands)
{
    TempDir dir;
    const auto r = runBib({"weights", writeGrid(dir), "--id", "code", "-o", dir.file("w.gal")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    // 4 corners × 3 + 4 edges × 5 + centre 8 = 40 links over 10 areas.
    EXPECT_NE(r.out.find("areas 10, links 40, neighbours min/mean/max 0/4.00/8, islands 1 (island)"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("queen contiguity, row-standardised (W)"), std::string::npos) << r.out;
    const std::string gal = readFile(dir.file("w.gal"));
    EXPECT_EQ(gal.substr(0, gal.find('\n')), "0 10 grid code");
    EXPECT_NE(gal.find("c11 8\nc00 c01 c02 c10 c12 c20 c21 c22\n"), std::string::npos) << gal;
    EXPECT_NE(gal.find("island 0\n\n"), std::string::npos);
}

TEST(CliWeights, rookGwtAsJsonWithIslandLinkedToNearest)
{
    TempDir dir;
    const auto r = runBib({"--json", "weights", writeGrid(dir), "--id", "code", "--weights", "rook",
                           "--style", "B", "--islands", "nearest", "-o", dir.file("w.gwt")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    EXPECT_EQ(json["areas"], 10);
    EXPECT_EQ(json["links"], 24 + 2);
    EXPECT_EQ(json["neighbours"]["min"], 1);
    EXPECT_EQ(json["neighbours"]["max"], 4);
    EXPECT_EQ(json["islands"].size(), 0u);
    EXPECT_EQ(json["islands_found"], nlohmann::json::array({"island"}));
    EXPECT_EQ(json["island_links"], nlohmann::json::parse(R"([["island", "c21"]])"));
    EXPECT_EQ(json["symmetric"], true);
    EXPECT_EQ(json["output"], dir.file("w.gwt"));
    const std::string gwt = readFile(dir.file("w.gwt"));
    EXPECT_NE(gwt.find("island c21 1\n"), std::string::npos) << gwt;
    EXPECT_NE(gwt.find("c21 island 1\n"), std::string::npos) << gwt;
}

TEST(CliWeights, knnReportsAsymmetryAndReadsItsOwnFileBack)
{
    TempDir dir;
    const std::string grid = writeGrid(dir);
    auto r = runBib({"weights", grid, "--id", "code", "--weights", "knn:2", "-o", dir.file("knn.gal")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("areas 10, links 20, neighbours min/mean/max 2/2.00/2, islands 0"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("asymmetric"), std::string::npos);
    r = runBib(
        {"weights", grid, "--id", "code", "--weights", dir.file("knn.gal"), "-o", dir.file("copy.gal")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(readFile(dir.file("copy.gal")), readFile(dir.file("knn.gal")));
}

TEST(CliWeights, snapIsReported)
{
    TempDir dir;
    const auto r =
        runBib({"weights", writeGrid(dir), "--id", "code", "--snap", "1", "-o", dir.file("w.gal")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("snap 1 m added 0 neighbour pairs"), std::string::npos) << r.out;
}

TEST(CliWeights, badOptionsAreUsageErrorsAndBadFilesInputErrors)
{
    TempDir dir;
    const std::string grid = writeGrid(dir);
    EXPECT_EQ(
        runBib({"weights", grid, "--id", "code", "--weights", "knn:0", "-o", dir.file("w.gal")}).exitCode, 1);
    EXPECT_EQ(runBib({"weights", grid, "--id", "code", "--style", "X", "-o", dir.file("w.gal")}).exitCode, 1);
    EXPECT_EQ(
        runBib({"weights", grid, "--id", "code", "--islands", "drop", "-o", dir.file("w.gal")}).exitCode, 1);
    EXPECT_EQ(runBib({"weights", grid, "--id", "code", "--snap", "-1", "-o", dir.file("w.gal")}).exitCode, 1);
    auto r = runBib({"weights", grid, "--id", "code", "-o", dir.file("w.csv")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(".gal"), std::string::npos) << r.err;
    writeFile(dir.file("bad.gal"), "0 2 grid code\nc00 1\nnowhere\n");
    r = runBib({"weights", grid, "--id", "code", "--weights", dir.file("bad.gal"), "-o", dir.file("w.gal")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("line 3: unknown area id 'nowhere'"), std::string::npos) << r.err;
    r = runBib({"weights", grid, "--id", "code", "--weights", "knn:10", "-o", dir.file("w.gal")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(CliWeights, helpNamesTheSharedWeightsOptions)
{
    const auto r = runBib({"weights", "--help"});
    EXPECT_EQ(r.exitCode, 0);
    for (const char* option : {"--weights", "--snap", "--style", "--islands", "--output"})
        EXPECT_NE(r.out.find(option), std::string::npos) << option;
}

TEST(CliWeights, utrechtRotterdamQueenEqualsSpdep)
{
    const std::string path = realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg");
    if (path.empty())
        GTEST_SKIP() << "real data absent";
    TempDir dir;
    const auto r = runBib({"weights", path, "--layer", "buurten", "--id", "bu_code", "-o",
                           dir.file("utrecht_rotterdam_buurten.gal")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("areas 203, links 1118,"), std::string::npos) << r.out;
    // spdep 1.2-7 poly2nb + write.nb.gal (tests/data/spatial/make_spdep_reference.R), but for the
    // header's layer name.
    std::string ours = readFile(dir.file("utrecht_rotterdam_buurten.gal"));
    std::string spdep = readFile(testData("spatial/utrecht_rotterdam_queen_spdep.gal"));
    EXPECT_EQ(ours.substr(ours.find('\n')), spdep.substr(spdep.find('\n')));
}

} // namespace
