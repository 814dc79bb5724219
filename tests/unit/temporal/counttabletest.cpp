// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/counttable.h"
#include "temporal/forecaster.h"
#include "temporal/peakdetector.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>

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

// Series B's first row is in week 4 (2024-01-29) of a table that starts in week 0: weeks 0–3 are
// unknown for B, not zero. B's rows hold 5 5 6 5 6 5 (weeks 4–9).
// Hand calculation, EARS C1 with baseline 3:
//  - with its own start, B is first judged in week 7 (= 4 + 3), window weeks 4–6 = 5 5 6: expected 16/3;
//  - invented zeros would judge week 4 against 0 0 0 (σ = 0, upper 0): 5 > 0 and 5 ≥ the minimum count
//    5, an alarm that the data do not support.
TEST(CountTable, seriesStartingLaterHaveUnknownLeadingPeriodsThatDetectorsDoNotSee)
{
    bib::test::TempDir dir;
    const std::string path = dir.file("c.csv");
    std::string text = "id,period_start,count\n";
    const char* weeks[] = {"2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29",
                           "2024-02-05", "2024-02-12", "2024-02-19", "2024-02-26", "2024-03-04"};
    for (const char* week : weeks)
        text += std::string("A,") + week + ",1\n";
    const int b[] = {5, 5, 6, 5, 6, 5};
    for (int w = 4; w < 10; ++w)
        text += std::string("B,") + weeks[w] + "," + std::to_string(b[w - 4]) + "\n";
    bib::test::writeFile(path, text);
    SilentFeedback feedback;
    const CountTable t = readCountTable(path, feedback);
    ASSERT_EQ(t.series.size(), 2u);
    EXPECT_EQ(seriesStart(t.series[0]), 0u);
    EXPECT_EQ(seriesStart(t.series[1]), 4u);
    for (std::size_t w = 0; w < 4; ++w)
        EXPECT_TRUE(std::isnan(t.series[1].counts[w])) << w;
    EXPECT_EQ(t.series[1].counts[4], 5);

    PeakOptions options;
    options.baseline = 3;
    const auto results = detectPeaks(t, *createPeakDetector(PeakMethod::EarsC1, options), path, feedback);
    EXPECT_EQ(results[0].firstJudged, 3u);
    EXPECT_EQ(results[1].firstJudged, 7u);
    for (std::size_t w = 0; w < 7; ++w) {
        EXPECT_FALSE(results[1].alarm[w]) << w;
        EXPECT_TRUE(std::isnan(results[1].expected[w])) << w;
    }
    EXPECT_DOUBLE_EQ(results[1].expected[7], 16.0 / 3.0);

    // C starts in week 8: 2 weeks, fewer than the 4 that C1 with baseline 3 needs, so nothing of it is
    // judged and a warning names it.
    bib::test::writeFile(path, text + "C,2024-02-26,1\nC,2024-03-04,9\n");
    SilentFeedback warnings;
    const CountTable withC = readCountTable(path, warnings);
    const auto resultsC =
        detectPeaks(withC, *createPeakDetector(PeakMethod::EarsC1, options), path, warnings);
    EXPECT_EQ(resultsC[2].firstJudged, 10u);
    EXPECT_FALSE(resultsC[2].alarm[9]);
    ASSERT_EQ(warnings.warningCount(), 1u) << warnings.warnings()[0].message;
    EXPECT_EQ(warnings.warnings()[0].featureId, "C");

    // The written peak table leaves B's unknown counts empty.
    writePeakTable(dir.file("p.csv"), t, results, {});
    EXPECT_NE(bib::test::readFile(dir.file("p.csv")).find("B,2024-01-01,,,,,,\n"), std::string::npos);
}

// A series whose rows are 1 … 6 from week 2 on is exactly linear on its own periods, so Holt's linear
// method (weekly data shorter than two seasons) forecasts 7 for the next week: start values ℓ = 2,
// b = 1 and every one-step error is 0. With invented zeros (0 0 1 2 … 6) the series would not be linear.
TEST(CountTable, forecastsUseOnlyTheSeriesOwnPeriods)
{
    bib::test::TempDir dir;
    const std::string path = dir.file("c.csv");
    bib::test::writeFile(path, "id,period_start,count\n"
                               "A,2024-01-01,3\nA,2024-01-08,3\n"
                               "B,2024-01-15,1\nB,2024-01-22,2\nB,2024-01-29,3\nB,2024-02-05,4\n"
                               "B,2024-02-12,5\nB,2024-02-19,6\nA,2024-02-19,3\n");
    SilentFeedback feedback;
    const CountTable t = readCountTable(path, feedback);
    EXPECT_EQ(t.series[0].counts, (std::vector<double>{3, 3, 0, 0, 0, 0, 0, 3})); // zeros inside A's range
    ForecastSettings settings;
    settings.horizon = 1;
    settings.seasonLength = defaultSeasonLength(t.period);
    const TableForecast f =
        forecastTable(t, *createForecaster(ForecastMethod::HoltWinters), settings, {}, feedback);
    EXPECT_NEAR(f.forecasts[1].mean[0], 7.0, 1e-9);
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
