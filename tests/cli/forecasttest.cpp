// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace {

/// Monthly counts of four buurten in two wijken of one gemeente, 36 months.
std::string monthlyCounts()
{
    std::string text = "bu_code,period_start,category,count\n";
    const char* ids[] = {"BU03440101", "BU03440102", "BU03440201", "BU03440202"};
    for (int s = 0; s < 4; ++s)
        for (int t = 0; t < 36; ++t) {
            const int count = 3 + s + (t % 12 < 3 ? 2 : 0) + (t * 7 + s) % 3;
            char date[16];
            std::snprintf(date, sizeof date, "%04d-%02d-01", 2022 + t / 12, t % 12 + 1);
            text += std::string(ids[s]) + "," + date + ",," + std::to_string(count) + "\n";
        }
    return text;
}

TEST(ForecastCommand, writesIntervalsForAreasAndBottomUpAggregates)
{
    bib::test::TempDir dir;
    bib::test::writeFile(dir.file("counts.csv"), monthlyCounts());
    for (const std::string method : {"ets", "poisson"}) {
        const auto r = bib::test::runBib({"forecast", dir.file("counts.csv"), "--horizon", "3", "--method",
                                          method, "--wijk-from-code", "-o", dir.file(method + ".csv")});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const std::string out = bib::test::readFile(dir.file(method + ".csv"));
        EXPECT_EQ(out.rfind("bu_code,period_start,category,mean,lo80,hi80,lo95,hi95\n", 0), 0u) << out;
        EXPECT_NE(out.find("BU03440101,2025-01-01,"), std::string::npos);
        EXPECT_NE(out.find("WK034402,2025-03-01,"), std::string::npos);
        EXPECT_NE(out.find("GM0344,2025-02-01,"), std::string::npos);
        EXPECT_EQ(out.find(",-"), std::string::npos) << "no negative values";
    }
}

TEST(ForecastCommand, backtestReportsMaeAgainstSeasonalNaiveAsJson)
{
    bib::test::TempDir dir;
    bib::test::writeFile(dir.file("counts.csv"), monthlyCounts());
    const auto r = bib::test::runBib(
        {"--json", "forecast", dir.file("counts.csv"), "--horizon", "2", "--backtest", "--origins", "3"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"season\": 12"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"seasonal_naive_mae\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"origins\": 3"), std::string::npos) << r.out;
}

TEST(ForecastCommand, rejectsAnUnknownMethodAndAMissingOutput)
{
    bib::test::TempDir dir;
    bib::test::writeFile(dir.file("counts.csv"), monthlyCounts());
    EXPECT_NE(bib::test::runBib({"forecast", dir.file("counts.csv"), "--horizon", "2", "--method", "arima",
                                 "-o", dir.file("f.csv")})
                  .exitCode,
              0);
    EXPECT_EQ(bib::test::runBib({"forecast", dir.file("counts.csv"), "--horizon", "2"}).exitCode, 2);
}

} // namespace
