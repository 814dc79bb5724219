// SPDX-License-Identifier: GPL-3.0-or-later
// bib peaks end to end: the documented columns, the Dutch sentences for the last period, --json, and
// the message for a series too short for the method.
#include "testsupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace {

using bib::test::readFile;
using bib::test::runBib;
using bib::test::TempDir;

/// Weekly counts from 2024-09-30 on (week 40) in the `bib aggregate` format; ids with their counts.
std::string countTable(const std::vector<std::pair<std::string, std::vector<int>>>& series)
{
    static const char* const weeks[] = {"2024-09-30", "2024-10-07", "2024-10-14", "2024-10-21", "2024-10-28",
                                        "2024-11-04", "2024-11-11", "2024-11-18", "2024-11-25", "2024-12-02"};
    std::ostringstream out;
    out << "wijk_naam,period_start,category,count\n";
    for (const auto& [id, counts] : series)
        for (std::size_t t = 0; t < counts.size(); ++t)
            out << id << "," << weeks[t] << ",," << counts[t] << "\n";
    return out.str();
}

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

TEST(PeaksCli, writesColumnsAndPrintsCurrentAlarmsInDutch)
{
    TempDir dir;
    bib::test::writeFile(dir.file("counts.csv"),
                         countTable({{"Overvecht-Noord", {10, 12, 14, 10, 12, 14, 12, 46}},
                                     {"Zuilen", {1, 1, 1, 1, 1, 1, 1, 3}}}));
    const auto r =
        runBib({"peaks", dir.file("counts.csv"), "--method", "ears-c1", "-o", dir.file("alarms.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(
        r.out.find(
            "1 alarm in week 47 (2024-11-18):\n  Overvecht-Noord, week 47: 46 meldingen, verwacht 12\n"),
        std::string::npos)
        << r.out;
    EXPECT_EQ(r.out.find("Zuilen,"), std::string::npos) << "3 events after 1s stay below --min-count 5";
    const std::string table = readFile(dir.file("alarms.csv"));
    EXPECT_EQ(firstLine(table), "wijk_naam,period_start,count,expected,upper,alarm,category,score");
    EXPECT_NE(table.find("\nOvervecht-Noord,2024-11-18,46,12,"), std::string::npos) << table;
    EXPECT_NE(table.find("\nZuilen,2024-11-18,3,1,1,0,,\n"), std::string::npos) << table;

    const auto low = runBib({"peaks", dir.file("counts.csv"), "--min-count", "0", "-o", dir.file("low.csv")});
    ASSERT_EQ(low.exitCode, 0) << low.err;
    EXPECT_NE(low.out.find("Zuilen, week 47: 3 meldingen, verwacht 1"), std::string::npos) << low.out;
}

TEST(PeaksCli, jsonListsTheCurrentAlarms)
{
    TempDir dir;
    bib::test::writeFile(dir.file("counts.csv"), countTable({{"A", {10, 12, 14, 10, 12, 14, 12, 46}},
                                                             {"B", {5, 6, 5, 6, 5, 6, 5, 6}}}));
    const auto r = runBib({"--json", "peaks", dir.file("counts.csv"), "--method", "cusum", "--baseline", "3",
                           "--noun", "inbraken", "-o", dir.file("a.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    EXPECT_EQ(json["method"], "cusum");
    EXPECT_EQ(json["current_period"], "2024-11-18");
    EXPECT_EQ(json["first_judged"], "2024-11-04"); // week 5: baseline 3 + guard band 2
    ASSERT_EQ(json["current_alarms"].size(), 1u);
    EXPECT_EQ(json["current_alarms"][0]["id"], "A");
    EXPECT_EQ(json["current_alarms"][0]["count"], 46);
    EXPECT_EQ(json["current_alarms"][0]["sentence"], "A, week 47: 46 inbraken, verwacht 12");
}

TEST(PeaksCli, tooShortSeriesSaysHowMuchHistoryIsNeeded)
{
    TempDir dir;
    bib::test::writeFile(dir.file("counts.csv"), countTable({{"A", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}}}));
    const auto r = runBib({"peaks", dir.file("counts.csv"), "--method", "ears-c3", "-o", dir.file("a.csv")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("needs 11 weeks of history before the first period it judges, so at least 12 weeks; "
                         "there are 10 weeks"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("smaller --baseline"), std::string::npos) << r.err;
}

} // namespace
