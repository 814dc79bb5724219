// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/publishedseries.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace bib::core;

const double nan = std::nan("");

/// A weekly count table from Monday 2024-01-01 with one series per area ("A", "B", …).
CountTable weeklyTable(const std::vector<std::vector<double>>& counts)
{
    CountTable table;
    table.idField = "code";
    table.period = Period::Week;
    std::string start = "2024-01-01";
    for (std::size_t t = 0; t < counts.front().size(); ++t) {
        table.periods.push_back(start);
        start = nextPeriodStart(start, Period::Week);
    }
    for (std::size_t a = 0; a < counts.size(); ++a)
        table.series.push_back({std::string(1, static_cast<char>('A' + a)), "", counts[a], {}});
    return table;
}

PrivacySpec kFive()
{
    PrivacySpec privacy;
    privacy.minimumCount = 5;
    return privacy;
}

// k = 5, EARS C1 with baseline 3 (history 3), min_sigma 0 and min_count 0, worked by hand:
//   t        0  1  2  3  4  5  6  7
//   A        6  7  8  3  9  6  7  13   → t3 (3 < 5) withheld
//   B        0  0  0  2  5  5  5  5    → t0 … t3 withheld
// A: expected/upper of t3 rest on t0 … t2 (6 7 8: mean 7, sd 1, upper 7 + qnorm(0.999) = 10.0902) and
//    are shown; t4, t5, t6 have t3 in their window and are withheld; t7's window 9 6 7 is clean: mean
//    22/3, sd √(7/3) = 1.5275, upper 7.3333 + 3.0902·1.5275 = 12.0538 < 13 → alarm, shown.
// B: t3 alarms (2 > upper 0 of the window 0 0 0, min_count 0), but its count is withheld, so the mark
//    is too; expected/upper of t3 … t6 have a withheld count in their window; t7 (window 5 5 5) is shown.
TEST(PublishedSeries, withholdsSmallCountsAndLevelsWhoseWindowHoldsOneByHand)
{
    PeakOptions options;
    options.baseline = 3;
    options.minimumSigma = 0;
    options.minimumCount = 0;
    const auto detector = createPeakDetector(PeakMethod::EarsC1, options);
    const CountTable table = weeklyTable({{6, 7, 8, 3, 9, 6, 7, 13}, {0, 0, 0, 2, 5, 5, 5, 5}});
    AreaEventSeries series;
    series.setCounts("e.csv", table);
    series.setPeaks({detector->detect(table.series[0].counts), detector->detect(table.series[1].counts)},
                    *detector, "signaal");

    const PublishedAreaSeries a = publishAreaSeries(series, 0, kFive());
    ASSERT_EQ(a.counts.values.size(), 8u);
    for (std::size_t t = 0; t < 8; ++t) {
        EXPECT_EQ(a.counts.isWithheld(t), t == 3) << t;
        EXPECT_EQ(std::isnan(a.counts.values[t]), t == 3) << t;
    }
    EXPECT_EQ(a.counts.values[7], 13.0);
    for (std::size_t t = 0; t < 3; ++t) // history: never computed, not withheld
        EXPECT_TRUE(std::isnan(a.expected.values[t]) && !a.expected.isWithheld(t)) << t;
    EXPECT_FALSE(a.expected.isWithheld(3));
    EXPECT_NEAR(a.expected.values[3], 7.0, 1e-6);
    EXPECT_NEAR(a.upper.values[3], 10.0902323, 1e-5);
    for (std::size_t t = 4; t < 7; ++t) {
        EXPECT_TRUE(a.expected.isWithheld(t) && std::isnan(a.expected.values[t])) << t;
        EXPECT_TRUE(a.upper.isWithheld(t) && std::isnan(a.upper.values[t])) << t;
    }
    EXPECT_NEAR(a.expected.values[7], 22.0 / 3.0, 1e-5);
    EXPECT_NEAR(a.upper.values[7], 12.0538, 1e-3);
    EXPECT_TRUE(a.alarm[7]);

    const PublishedAreaSeries b = publishAreaSeries(series, 1, kFive());
    EXPECT_FALSE(b.alarm[3]); // the detector alarms there, but the count 2 is withheld
    for (std::size_t t = 3; t < 7; ++t)
        EXPECT_TRUE(b.expected.isWithheld(t) && b.upper.isWithheld(t)) << t;
    EXPECT_FALSE(b.expected.isWithheld(7));
    EXPECT_EQ(b.expected.values[7], 5.0);

    // Only the last 3 periods, judged on the whole series.
    const PublishedAreaSeries last = publishAreaSeries(series, 0, kFive(), 3);
    EXPECT_EQ(last.periodStarts, (std::vector<std::string>{"2024-02-05", "2024-02-12", "2024-02-19"}));
    EXPECT_EQ(last.counts.values, (std::vector<double>{6, 7, 13}));
    EXPECT_TRUE(last.expected.isWithheld(0) && last.expected.isWithheld(1) && !last.expected.isWithheld(2));
    EXPECT_EQ(last.alarm, (std::vector<bool>{false, false, true}));
}

// EARS C3's upper bound contains the period's own count (y_t + σ(z − lagged)), the CUSUM's carries the
// statistic from the start. Levels set to 1 by hand from the first judged period on (their values do not
// matter for the rule, only which counts they rest on):
//   C3, baseline 3 → history 7; counts 6 × 9 then 2 at t9: expected(t9) rests on t2 … t8 (clean) → shown,
//   upper(t9) also on t9 → withheld.
//   CUSUM, baseline 3 + guard band 2 → history 5; counts 1 at t0, then 6: expected(t5) rests on t0 … t4 →
//   withheld, expected(t6 …) shown; every upper rests on t0 → withheld.
TEST(PublishedSeries, upperBoundsOfC3AndCusumRestOnMoreCounts)
{
    PeakOptions options;
    options.baseline = 3;
    const auto c3 = createPeakDetector(PeakMethod::EarsC3, options);
    const auto cusum = createPeakDetector(PeakMethod::PoissonCusum, options);
    auto levels = [](std::size_t firstJudged, std::size_t n) {
        PeakResult r;
        r.firstJudged = firstJudged;
        r.expected.assign(n, nan);
        r.upper.assign(n, nan);
        r.score.assign(n, nan);
        r.alarm.assign(n, false);
        for (std::size_t t = firstJudged; t < n; ++t)
            r.expected[t] = r.upper[t] = 1.0;
        return r;
    };
    AreaEventSeries series;
    series.setCounts("e.csv", weeklyTable({{6, 6, 6, 6, 6, 6, 6, 6, 6, 2}}));
    series.setPeaks({levels(7, 10)}, *c3, "signaal");
    const PublishedAreaSeries fromC3 = publishAreaSeries(series, 0, kFive());
    EXPECT_FALSE(fromC3.expected.isWithheld(9));
    EXPECT_EQ(fromC3.expected.values[9], 1.0);
    EXPECT_TRUE(fromC3.upper.isWithheld(9));
    EXPECT_FALSE(fromC3.upper.isWithheld(8));

    series.setCounts("e.csv", weeklyTable({{1, 6, 6, 6, 6, 6, 6, 6, 6, 6}}));
    series.setPeaks({levels(5, 10)}, *cusum, "signaal");
    const PublishedAreaSeries fromCusum = publishAreaSeries(series, 0, kFive());
    EXPECT_TRUE(fromCusum.expected.isWithheld(5));
    for (std::size_t t = 6; t < 10; ++t)
        EXPECT_FALSE(fromCusum.expected.isWithheld(t)) << t;
    for (std::size_t t = 5; t < 10; ++t)
        EXPECT_TRUE(fromCusum.upper.isWithheld(t)) << t;
}

// Forecast values below k = 5 are withheld one by one, 5 itself is shown:
//   mean 4.9 5 12 → withheld, 5, 12; lo80 1 2 3 → all withheld; hi95 12 15 30 → all shown.
TEST(PublishedSeries, forecastValuesBelowTheMinimumCountAreWithheld)
{
    AreaEventSeries series;
    series.setCounts("e.csv", weeklyTable({{6, 7, 8}}));
    TableForecast forecast;
    forecast.areaSeries = 1;
    SeriesForecast f;
    f.mean = {4.9, 5, 12};
    f.lo80 = {1, 2, 3};
    f.hi80 = {9, 10, 20};
    f.lo95 = {0, 0.5, 1};
    f.hi95 = {12, 15, 30};
    forecast.forecasts = {f};
    series.setForecast(forecast, "ets", "prognose");
    const PublishedAreaSeries published = publishAreaSeries(series, 0, kFive());
    EXPECT_FALSE(published.hasPeaks());
    ASSERT_TRUE(published.hasForecast());
    EXPECT_EQ(published.forecastStarts, (std::vector<std::string>{"2024-01-22", "2024-01-29", "2024-02-05"}));
    EXPECT_EQ(published.mean.withheld, (std::vector<bool>{true, false, false}));
    EXPECT_TRUE(std::isnan(published.mean.values[0]));
    EXPECT_NEAR(published.mean.values[1], 5.0, 1e-6);
    EXPECT_EQ(published.lo80.withheld, (std::vector<bool>{true, true, true}));
    EXPECT_EQ(published.hi95.withheld, (std::vector<bool>{false, false, false}));
    EXPECT_TRUE(published.lo95.anyWithheld());
    EXPECT_FALSE(published.hi80.anyWithheld());
}

// Complementary withholding, k = 5, by hand: counts 8 2 9 7 6 11 (t1 = 2 withheld).
//  - a published figure on the last 4 periods (9 7 6 11) rests on no withheld count: only t1 is withheld;
//  - one on the last 5 (2 9 7 6 11): its total minus the shown four would give 2 back, so t1 … t5 are
//    withheld, t0 stays;
//  - one on the whole series (a window longer than it): everything is withheld.
TEST(PublishedSeries, countsUnderAPublishedTotalOrScoreWithAWithheldOneAreAllWithheld)
{
    AreaEventSeries series;
    series.setCounts("e.csv", weeklyTable({{8, 2, 9, 7, 6, 11}}));
    auto withheld = [&](std::size_t window) {
        return publishAreaSeries(series, 0, kFive(), 0, window).counts.withheld;
    };
    EXPECT_EQ(withheld(0), (std::vector<bool>{false, true, false, false, false, false}));
    EXPECT_EQ(withheld(4), (std::vector<bool>{false, true, false, false, false, false}));
    EXPECT_EQ(withheld(5), (std::vector<bool>{false, true, true, true, true, true}));
    EXPECT_EQ(withheld(100), std::vector<bool>(6, true));
    EXPECT_TRUE(std::isnan(publishAreaSeries(series, 0, kFive(), 0, 5).counts.values[5]));
}

// The windows of the published figures of one area, by hand (20 periods):
//   m4 (count, 4 periods) published; m_all (count, all periods) withheld; signaal (EARS C1, baseline 3:
//   the period and 3 before = 4) published → 4. With EARS C2, baseline 7 (history 7 + 2) → 10; with a
//   CUSUM score → all 20; with m_all published → 20. Alarm and forecast columns are no windows.
TEST(PublishedSeries, aggregateWindowIsTheLongestPublishedFigure)
{
    EventSourceSpec spec;
    auto column = [](const std::string& name, EventMeasure measure, std::size_t periods) {
        EventColumnSpec c;
        c.name = name;
        c.measure = measure;
        c.periods = periods;
        c.peakMethod = PeakMethod::EarsC1;
        c.peakOptions.baseline = 3;
        return c;
    };
    spec.columns = {column("m4", EventMeasure::Count, 4), column("m_all", EventMeasure::Count, 0),
                    column("signaal", EventMeasure::Signal, 0), column("alarm", EventMeasure::Alarm, 0),
                    column("prognose", EventMeasure::Forecast, 13)};
    PublishedResult published;
    published.areas.addArea("A", "a", {});
    published.areas.setColumn({"m4", {33}, {}});
    published.areas.setColumn({"m_all", {nan}, {}});
    published.areas.setColumn({"signaal", {1.5}, {}});
    published.areas.setColumn({"alarm", {1}, {}});
    published.areas.setColumn({"prognose", {40}, {}});
    published.mask.protect("m_all", 1);
    published.mask.suppress("m_all", 0, SuppressionReason::SmallCount);
    EXPECT_EQ(publishedAggregateWindow(spec, 20, published, 0), 4u);
    spec.columns[2].peakMethod = PeakMethod::EarsC2;
    spec.columns[2].peakOptions.baseline = 7;
    EXPECT_EQ(publishedAggregateWindow(spec, 20, published, 0), 10u);
    spec.columns[2].peakMethod = PeakMethod::PoissonCusum;
    EXPECT_EQ(publishedAggregateWindow(spec, 20, published, 0), 20u);
    spec.columns[2].measure = EventMeasure::Alarm;
    EXPECT_EQ(publishedAggregateWindow(spec, 20, published, 0), 4u);
    published.areas.setColumn({"m_all", {60}, {}});
    published.mask = SuppressionMask();
    EXPECT_EQ(publishedAggregateWindow(spec, 20, published, 0), 20u);
}

} // namespace
