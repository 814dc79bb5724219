// SPDX-License-Identifier: GPL-3.0-or-later
// bib aggregate end to end: exact output for two 100 m squares in RD New (border rule, zeros, rates,
// categories, periods), --code with unmatched codes, and readCountTable reading what it writes.
#include "temporal/counttable.h"
#include "testsupport.h"

#include <gtest/gtest.h>

namespace {

using bib::test::readFile;
using bib::test::runBib;
using bib::test::TempDir;

/// West [155000,155100] × [463000,463100] with 2000 inhabitants, East to its right with 0.
std::string twoSquares()
{
    return R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[
{"type":"Feature","properties":{"bu_code":"West","inw":2000},"geometry":{"type":"Polygon","coordinates":[[[155000,463000],[155100,463000],[155100,463100],[155000,463100],[155000,463000]]]}},
{"type":"Feature","properties":{"bu_code":"East","inw":0},"geometry":{"type":"Polygon","coordinates":[[[155100,463000],[155200,463000],[155200,463100],[155100,463100],[155100,463000]]]}}]})";
}

// Row 2 lies on the shared edge (to East, on its right), row 4 outside, row 5 has no time.
constexpr const char* kEvents = "x;y;tijd;soort\n"
                                "155050;463050;2024-03-04T10:00:00Z;Afval\n"
                                "155100;463050;2024-03-19 12:00;Groen\n"
                                "155150,5;463010;2024-03-20T10:00:00+01:00;Groen\n"
                                "155300;463050;2024-03-20T10:00:00Z;Afval\n"
                                "155050;463050;gisteren;Afval\n";

struct Files
{
    TempDir folder;
    std::string areas = folder.file("areas.geojson");
    std::string events = folder.file("events.csv");
    std::string output = folder.file("counts.csv");
    Files()
    {
        bib::test::writeFile(areas, twoSquares());
        bib::test::writeFile(events, kEvents);
    }
    std::vector<std::string> command(std::vector<std::string> extra) const
    {
        std::vector<std::string> arguments = {
            "aggregate", areas, "--id",         "bu_code",    "--events", events, "--x", "x",
            "--y",       "y",   "--events-crs", "EPSG:28992", "--time",   "tijd", "-o",  output};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        return arguments;
    }
};

TEST(AggregateCommand, writesOneRowPerAreaWithRatesAndReportsWhatIsNotCounted)
{
    const Files files;
    const auto result = runBib(files.command({"--per1000", "inw"}));
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(readFile(files.output), "bu_code,count,rate\nWest,1,0.5\nEast,2,\n");
    EXPECT_NE(result.out.find("outside all areas: 1"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("unreadable time: 1"), std::string::npos) << result.out;
}

TEST(AggregateCommand, writesCompleteWeekGridPerCategoryThatReadCountTableReads)
{
    const Files files;
    const auto result = runBib(files.command({"--period", "week", "--category", "soort"}));
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(readFile(files.output),
              "bu_code,period_start,category,count\n"
              "West,2024-03-04,Afval,1\nWest,2024-03-11,Afval,0\nWest,2024-03-18,Afval,0\n"
              "West,2024-03-04,Groen,0\nWest,2024-03-11,Groen,0\nWest,2024-03-18,Groen,0\n"
              "East,2024-03-04,Afval,0\nEast,2024-03-11,Afval,0\nEast,2024-03-18,Afval,0\n"
              "East,2024-03-04,Groen,0\nEast,2024-03-11,Groen,0\nEast,2024-03-18,Groen,2\n");
    bib::core::SilentFeedback feedback;
    const bib::core::CountTable table = bib::core::readCountTable(files.output, feedback);
    EXPECT_EQ(table.period, bib::core::Period::Week);
    EXPECT_EQ(table.periods.size(), 3U);
    EXPECT_EQ(table.series.size(), 4U);
}

TEST(AggregateCommand, countsCodesPerIdAndListsCodesWithoutArea)
{
    const Files files;
    bib::test::writeFile(files.events, "buurt,tijd\nWest,2024-03-05\nEast,2024-03-05\nNoord,2024-03-05\n");
    const auto result =
        runBib({"aggregate", files.areas, "--id", "bu_code", "--events", files.events, "--code", "buurt",
                "--time", "tijd", "--period", "month", "-o", files.output});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(readFile(files.output),
              "bu_code,period_start,category,count\nWest,2024-03-01,,1\nEast,2024-03-01,,1\n");
    EXPECT_NE(result.out.find("codes matching no area: 1 events (Noord: 1)"), std::string::npos)
        << result.out;
}

TEST(AggregateCommand, refusesUnknownPeriod)
{
    const Files files;
    EXPECT_NE(runBib(files.command({"--period", "fortnight"})).exitCode, 0);
}

} // namespace
