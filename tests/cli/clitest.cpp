// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sys/wait.h>

namespace {

using bib::test::readFile;
using bib::test::realData;
using bib::test::runBib;
using bib::test::testData;

TEST(Cli, helpListsCommandsAndExitsZero)
{
    const auto r = runBib({"--help"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("info"), std::string::npos);
    EXPECT_NE(r.out.find("join"), std::string::npos);
}

TEST(Cli, everySubcommandHasHelp)
{
    for (const char* command : {"info", "join"}) {
        const auto r = runBib({command, "--help"});
        EXPECT_EQ(r.exitCode, 0) << command;
        EXPECT_NE(r.out.find("Usage"), std::string::npos) << command << r.out;
    }
}

TEST(Cli, unknownOptionIsUsageErrorWithExitCodeOne)
{
    const auto r = runBib({"info", "--no-such-option", "x"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("--help"), std::string::npos);
}

TEST(Cli, missingSubcommandIsUsageError)
{
    EXPECT_EQ(runBib({}).exitCode, 1);
}

TEST(Cli, infoDescribesLayerAsJson)
{
    const auto r = runBib({"--json", "info", testData("areas/three_squares.geojson")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    ASSERT_EQ(json["layers"].size(), 1u);
    const auto& layer = json["layers"][0];
    EXPECT_EQ(layer["features"], 3);
    EXPECT_EQ(layer["crs"], "EPSG:28992");
    // Extent by hand from the file: x 150000…150300, y 450000…450200.
    EXPECT_EQ(layer["extent"], nlohmann::json::array({150000, 450000, 150300, 450200}));
    bool sawInwoners = false;
    for (const auto& f : layer["fields"]) {
        if (f["name"] == "inwoners") {
            sawInwoners = true;
            EXPECT_EQ(f["missing"], 1); // BU03 has inwoners null
        }
    }
    EXPECT_TRUE(sawInwoners);
}

TEST(Cli, joinWritesCsvAndReport)
{
    bib::test::TempDir dir;
    const std::string out = dir.file("joined.csv");
    const auto r =
        runBib({"--json", "join", testData("areas/three_squares.geojson"), "--id", "code", "--name", "naam",
                "--table", testData("tables/simple.csv"), "--table-id", "code", "-o", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto report = nlohmann::json::parse(r.out);
    // simple.csv has BU01, BU02, BU99; the areas BU01, BU02, BU03.
    EXPECT_EQ(report["matched"], 2);
    EXPECT_EQ(report["unmatched_areas"], nlohmann::json::array({"BU03"}));
    EXPECT_EQ(report["unmatched_rows"], nlohmann::json::array({"BU99"}));
    const std::string csv = readFile(out);
    EXPECT_NE(csv.find("aandeel_bijstand"), std::string::npos) << csv;
    // 4,5 (decimal comma in the table) is written as 4.5; BU03 has no row so its value is empty.
    EXPECT_NE(csv.find("BU01,Noord"), std::string::npos) << csv;
    EXPECT_NE(csv.find(",4.5"), std::string::npos) << csv;
}

TEST(Cli, failedJoinLeavesExistingOutputUntouched)
{
    bib::test::TempDir dir;
    const std::string out = dir.file("result.csv");
    bib::test::writeFile(out, "previous result\n");
    const auto r = runBib({"join", testData("areas/three_squares.geojson"), "--id", "code", "--table",
                           testData("bad/duplicate_header.csv"), "--table-id", "code", "-o", out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(readFile(out), "previous result\n");
    // No temporary files are left behind.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path()))
        ++files;
    EXPECT_EQ(files, 1u);
}

TEST(Cli, joinsUtrechtIndicatorsToAllBuurten)
{
    const std::string areas = realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg");
    const std::string table = realData("cbs-buurt-indicatoren-2024/buurten_2024.csv");
    if (areas.empty() || table.empty())
        GTEST_SKIP() << "real data not available";
    bib::test::TempDir dir;
    const auto r =
        runBib({"--json", "join", areas, "--layer", "buurten", "--id", "bu_code", "--filter",
                "gm_code = 'GM0599'", "--table", table, "--table-id", "bu_code", "-o", dir.file("r.gpkg")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto report = nlohmann::json::parse(r.out);
    // The data's README: Rotterdam 91 of 92 buurten have 2024 indicators; BU05992650 has none.
    EXPECT_EQ(report["areas"], 92);
    EXPECT_EQ(report["matched"], 91);
    EXPECT_EQ(report["unmatched_areas"], nlohmann::json::array({"BU05992650"}));
    EXPECT_TRUE(std::filesystem::exists(dir.file("r.gpkg")));
}

} // namespace

namespace {

TEST(Cli, ctrlCCancelsWithExitCodeThreeAndWritesNothing)
{
    const std::string areas = realData("cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg");
    if (areas.empty())
        GTEST_SKIP() << "real data not available";
    bib::test::TempDir dir;
    const std::string output = dir.file("lisa.csv");
    // 99,999 permutations on 13,594 buurten take far longer than the 1.5 s before the interrupt.
    const std::string command =
        "'" + std::string(BIB_EXECUTABLE) + "' lisa '" + areas +
        "' --layer buurten_2019 --id bu_code --field bev_dichth --permutations 99999 -o '" + output + "' >'" +
        dir.file("out.txt") + "' 2>'" + dir.file("err.txt") +
        "' & pid=$!; sleep 1.5; kill -INT $pid; wait $pid";
    // The script goes in a file so that no outer shell expands $! and $pid.
    bib::test::writeFile(dir.file("interrupt.sh"), command + "\n");
    const int status = std::system(("bash '" + dir.file("interrupt.sh") + "'").c_str());
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 3) << bib::test::readFile(dir.file("err.txt"));
    EXPECT_NE(bib::test::readFile(dir.file("err.txt")).find("cancelled"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(output));
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path()))
        ++files;
    EXPECT_EQ(files, 3u); // interrupt.sh, out.txt and err.txt only: no temporary output left behind
}

} // namespace
