// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/counttable.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

namespace {

using namespace bib::core;

TEST(CountTable, fillsMissingWeeksWithZeroAndKeepsSeriesOrder)
{
    bib::test::TempDir dir;
    const std::string path = dir.file("c.csv");
    // B has no row for the week of 2024-01-08: a zero; A has no row at all for 2024-01-15.
    bib::test::writeFile(path, "bu_code,period_start,category,count\n"
                               "B,2024-01-01,,3\nA,2024-01-01,,1\nA,2024-01-08,,2\nB,2024-01-15,,5\n");
    SilentFeedback feedback;
    const CountTable t = readCountTable(path, feedback);
    EXPECT_EQ(t.idField, "bu_code");
    EXPECT_EQ(t.period, Period::Week);
    EXPECT_EQ(t.periods, (std::vector<std::string>{"2024-01-01", "2024-01-08", "2024-01-15"}));
    ASSERT_EQ(t.series.size(), 2u);
    EXPECT_EQ(t.series[0].id, "B");
    EXPECT_EQ(t.series[0].counts, (std::vector<double>{3, 0, 5}));
    EXPECT_EQ(t.series[1].counts, (std::vector<double>{1, 2, 0}));
}

TEST(CountTable, infersMonthsAndStepsOverYearEnds)
{
    EXPECT_EQ(nextPeriodStart("2024-12-01", Period::Month), "2025-01-01");
    EXPECT_EQ(nextPeriodStart("2024-10-01", Period::Quarter), "2025-01-01");
    EXPECT_EQ(nextPeriodStart("2024-02-26", Period::Week), "2024-03-04"); // 2024 is a leap year: 26 + 7 − 29
    EXPECT_EQ(nextPeriodStart("2024-02-28", Period::Day), "2024-02-29");
}

TEST(CountTable, rejectsBadCountsAndDatesNamingTheRow)
{
    bib::test::TempDir dir;
    SilentFeedback feedback;
    bib::test::writeFile(dir.file("a.csv"), "id,period_start,count\nA,2024-01-01,1.5\n");
    EXPECT_THROW(readCountTable(dir.file("a.csv"), feedback), InputError);
    bib::test::writeFile(dir.file("b.csv"), "id,period_start,count\nA,01-01-2024,1\n");
    try {
        readCountTable(dir.file("b.csv"), feedback);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("row 1"), std::string::npos) << e.what();
    }
    bib::test::writeFile(dir.file("c.csv"), "id,when,count\nA,2024-01-01,1\n");
    EXPECT_THROW(readCountTable(dir.file("c.csv"), feedback), InputError);
}

TEST(CountTable, writesPeriodsAfterTheEndForForecasts)
{
    bib::test::TempDir dir;
    CountTable t;
    t.idField = "id";
    t.period = Period::Week;
    t.periods = {"2024-01-01", "2024-01-08"};
    t.series = {{"A", "", {1, 2}, {}}};
    writeSeriesTable(dir.file("f.csv"), t, {"mean"}, {{{3.5, 4}}}, 2, {});
    EXPECT_EQ(bib::test::readFile(dir.file("f.csv")),
              "id,period_start,category,mean\nA,2024-01-15,,3.5\nA,2024-01-22,,4\n");
}

} // namespace
