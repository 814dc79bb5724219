// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/eventcolumns.h"
#include "io/arealoader.h"
#include "io/recipedata.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <span>

namespace {

using namespace bib::core;

/// Events as CSV rows `buurt,tijd,soort`: per area and week the given number of events on the
/// Wednesday, 12:00, of the ISO weeks starting Monday 2024-01-01, 2024-01-08, …
std::string weeklyEventsCsv(const std::map<std::string, std::vector<int>>& weekly,
                            const std::string& category = "a")
{
    using namespace std::chrono;
    std::string csv = "buurt,tijd,soort\n";
    for (const auto& [code, counts] : weekly) {
        for (std::size_t w = 0; w < counts.size(); ++w) {
            const year_month_day day{sys_days{year{2024} / January / 3} + days{7 * static_cast<int>(w)}};
            char date[32];
            std::snprintf(date, sizeof date, "%04d-%02u-%02uT12:00", static_cast<int>(day.year()),
                          static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
            for (int e = 0; e < counts[w]; ++e)
                csv += code + "," + date + "," + category + "\n";
        }
    }
    return csv;
}

AreaSet threeSquares()
{
    SilentFeedback feedback;
    AreaSource source;
    source.path = bib::test::testData("areas/three_squares.geojson");
    source.idField = "code";
    return loadAreas(source, feedback);
}

EventSourceSpec codeSource(const std::string& path)
{
    EventSourceSpec spec;
    spec.path = path;
    spec.code = "buurt";
    spec.time = "tijd";
    spec.period = Period::Week;
    return spec;
}

EventColumnSpec column(const std::string& name, EventMeasure measure, std::size_t periods = 0)
{
    EventColumnSpec c;
    c.name = name;
    c.measure = measure;
    c.periods = periods;
    return c;
}

double value(const AreaSet& areas, const std::string& column, const std::string& id)
{
    return areas.column(column)->values[*areas.rowOf(id)];
}

// Weeks W0 … W7 (2024-01-01 … 2024-02-19); the reference period is W7, the week of the last event.
//   BU01: 1 2 3 2 1 2 3 9    BU02: 0 1 0 1 0 1 0 1    BU03: no events (all 0)
// Hand calculation:
//  - count over the last 4 weeks (W4…W7): BU01 1+2+3+9 = 15, BU02 0+1+0+1 = 2, BU03 0; all weeks: 23, 4, 0.
//  - EARS C1, baseline 3, judges W7 with the window W4…W6:
//      BU01: 1 2 3 → mean 2, sd 1 → score (9 − 2)/1 = 7; upper 2 + qnorm(0.999)·1 = 5.09 < 9 and 9 ≥ the
//            minimum count 5 → alarm 1.
//      BU02: 0 1 0 → mean 1/3, sd √(((1/3)² + (2/3)² + (1/3)²)/2) = √(1/3) → score (1 − 1/3)/√(1/3) = 2/√3
//            = 1.1547…; upper 1/3 + 3.09·0.577 = 2.12 > 1 → alarm 0.
//      BU03: 0 0 0 → sd 0 and y = 0: 0/0, no score (missing, noted); alarm 0.
TEST(EventColumns, countsSignalAndAlarmOfTheReferenceWeekAsCalculatedByHand)
{
    bib::test::TempDir dir;
    bib::test::writeFile(dir.file("e.csv"), weeklyEventsCsv({{"BU01", {1, 2, 3, 2, 1, 2, 3, 9}},
                                                             {"BU02", {0, 1, 0, 1, 0, 1, 0, 1}}}));
    AreaSet areas = threeSquares();
    EventSourceSpec spec = codeSource(dir.file("e.csv"));
    spec.columns = {column("m4", EventMeasure::Count, 4), column("m_all", EventMeasure::Count),
                    column("signal", EventMeasure::Signal), column("alarm", EventMeasure::Alarm)};
    for (std::size_t c = 2; c < 4; ++c) {
        spec.columns[c].peakMethod = PeakMethod::EarsC1;
        spec.columns[c].peakOptions.baseline = 3;
        spec.columns[c].peakOptions.minimumSigma = 0; // earsC's default, so σ is the sample sd
    }
    SilentFeedback feedback;
    const EventColumnsReport report = addEventColumns(areas, spec, "events[0]", 1, feedback);

    EXPECT_EQ(report.firstPeriod, "2024-01-01");
    EXPECT_EQ(report.referencePeriod, "2024-02-19");
    EXPECT_EQ(report.periods, 8u);
    EXPECT_EQ(report.counted, 27u);
    EXPECT_EQ(report.rowsRead, 27u);
    EXPECT_EQ(value(areas, "m4", "BU01"), 15);
    EXPECT_EQ(value(areas, "m4", "BU02"), 2);
    EXPECT_EQ(value(areas, "m4", "BU03"), 0);
    EXPECT_EQ(value(areas, "m_all", "BU01"), 23);
    EXPECT_EQ(value(areas, "m_all", "BU02"), 4);
    EXPECT_NEAR(value(areas, "signal", "BU01"), 7.0, 1e-12);
    EXPECT_NEAR(value(areas, "signal", "BU02"), 2.0 / std::sqrt(3.0), 1e-12);
    EXPECT_TRUE(std::isnan(value(areas, "signal", "BU03")));
    EXPECT_EQ(value(areas, "alarm", "BU01"), 1);
    EXPECT_EQ(value(areas, "alarm", "BU02"), 0);
    EXPECT_EQ(value(areas, "alarm", "BU03"), 0);
    ASSERT_EQ(report.notes.size(), 1u);
    EXPECT_NE(report.notes[0].find("1 of 3 areas have no score"), std::string::npos) << report.notes[0];

    // The recipe's default min_sigma 1: σ = max(s, 1). BU01 max(1, 1) = 1 → 7 as before; BU02
    // (1 − 1/3)/max(0.577, 1) = 2/3; BU03 (0 − 0)/1 = 0, a score where there was none.
    AreaSet floored = threeSquares();
    spec.columns = {column("signal", EventMeasure::Signal)};
    spec.columns[0].peakMethod = PeakMethod::EarsC1;
    spec.columns[0].peakOptions.baseline = 3;
    EXPECT_EQ(spec.columns[0].peakOptions.minimumSigma, 1.0);
    addEventColumns(floored, spec, "events[0]", 1, feedback);
    EXPECT_NEAR(value(floored, "signal", "BU01"), 7.0, 1e-12);
    EXPECT_NEAR(value(floored, "signal", "BU02"), 2.0 / 3.0, 1e-12);
    EXPECT_EQ(value(floored, "signal", "BU03"), 0.0);
}

// With end = 2024-03-06 (a Wednesday) the reference is the week of Monday 2024-03-04, two weeks after
// the last event: W8 and W9 count 0, so the last 4 weeks of BU01 are W6…W9 = 3 + 9 + 0 + 0 = 12.
// With end = 2024-01-10 (W1) the series is W0…W1 and a window of 4 weeks is too long.
TEST(EventColumns, endDateMovesTheReferencePeriod)
{
    bib::test::TempDir dir;
    bib::test::writeFile(dir.file("e.csv"), weeklyEventsCsv({{"BU01", {1, 2, 3, 2, 1, 2, 3, 9}}}));
    AreaSet areas = threeSquares();
    EventSourceSpec spec = codeSource(dir.file("e.csv"));
    spec.end = "2024-03-06";
    spec.columns = {column("m4", EventMeasure::Count, 4)};
    SilentFeedback feedback;
    const EventColumnsReport report = addEventColumns(areas, spec, "events[0]", 1, feedback);
    EXPECT_EQ(report.referencePeriod, "2024-03-04");
    EXPECT_EQ(value(areas, "m4", "BU01"), 12);

    AreaSet again = threeSquares();
    spec.end = "2024-01-10";
    try {
        addEventColumns(again, spec, "events[0]", 1, feedback);
        FAIL() << "a window longer than the series must be refused";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("events[0]: columns[0] (m4): periods: a window of 4 weeks"),
                  std::string::npos)
            << e.what();
    }
}

// Holt's linear method (weekly data shorter than two seasons of 52, so no seasonality) on an exactly
// linear series: start values ℓ = y₂, b = y₂ − y₁ and every one-step error is 0 for any α, β, so the state
// stays on the line. BU01 1 … 8: forecasts 9, 10, 11 → the next 3 weeks total 30. BU02 constant 2:
// ℓ = 2, b = 0 → 2 + 2 + 2 = 6. BU03 has no events: 0.
TEST(EventColumns, forecastIsTheTotalOfTheNextPeriodsAsCalculatedByHand)
{
    bib::test::TempDir dir;
    bib::test::writeFile(dir.file("e.csv"), weeklyEventsCsv({{"BU01", {1, 2, 3, 4, 5, 6, 7, 8}},
                                                             {"BU02", {2, 2, 2, 2, 2, 2, 2, 2}}}));
    AreaSet areas = threeSquares();
    EventSourceSpec spec = codeSource(dir.file("e.csv"));
    spec.columns = {column("prognose", EventMeasure::Forecast, 3)};
    SilentFeedback feedback;
    const EventColumnsReport report = addEventColumns(areas, spec, "events[0]", 1, feedback);
    EXPECT_NEAR(value(areas, "prognose", "BU01"), 30.0, 1e-9);
    EXPECT_NEAR(value(areas, "prognose", "BU02"), 6.0, 1e-9);
    EXPECT_EQ(value(areas, "prognose", "BU03"), 0.0);
    EXPECT_FALSE(report.notes.empty()); // the fall-back to Holt's linear method is noted
}

// Events located by position (x/y in RD New) inside the 100 m squares, with categories: only "jeugd" is
// counted. BU01 holds (150050, 450050), BU02 (150150, 450050); (150500, 450050) lies outside every square.
TEST(EventColumns, positionsAndSelectedCategoriesAreCounted)
{
    bib::test::TempDir dir;
    bib::test::writeFile(dir.file("p.csv"), "x;y;tijd;soort\n"
                                            "150050;450050;2024-01-03;jeugd\n"
                                            "150050;450050;2024-01-04;afval\n"
                                            "150150;450050;2024-01-10;jeugd\n"
                                            "150150;450050;2024-01-11;jeugd\n"
                                            "150500;450050;2024-01-11;jeugd\n");
    AreaSet areas = threeSquares();
    EventSourceSpec spec;
    spec.path = dir.file("p.csv");
    spec.x = "x";
    spec.y = "y";
    spec.crs = "EPSG:28992";
    spec.time = "tijd";
    spec.category = "soort";
    spec.categories = {"jeugd"};
    spec.columns = {column("jeugd", EventMeasure::Count)};
    SilentFeedback feedback;
    const EventColumnsReport report = addEventColumns(areas, spec, "events[0]", 1, feedback);
    EXPECT_EQ(value(areas, "jeugd", "BU01"), 1);
    EXPECT_EQ(value(areas, "jeugd", "BU02"), 2);
    EXPECT_EQ(value(areas, "jeugd", "BU03"), 0);
    EXPECT_EQ(report.outside, 1u);
    EXPECT_EQ(report.counted, 3u);

    AreaSet again = threeSquares();
    spec.categories = {"jeugdoverlast"};
    try {
        addEventColumns(again, spec, "events[0]", 1, feedback);
        FAIL() << "an unknown category must be refused";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("\"jeugdoverlast\""), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("\"afval\""), std::string::npos) << e.what();
    }
}

TEST(EventColumns, columnNameThatExistsIsRefusedAndSignalNeedsHistory)
{
    bib::test::TempDir dir;
    bib::test::writeFile(dir.file("e.csv"), weeklyEventsCsv({{"BU01", {1, 2, 3}}}));
    SilentFeedback feedback;
    AreaSet areas = threeSquares();
    EventSourceSpec spec = codeSource(dir.file("e.csv"));
    spec.columns = {column("inwoners", EventMeasure::Count)};
    EXPECT_THROW(addEventColumns(areas, spec, "events[0]", 1, feedback), InputError);
    spec.columns = {column("signaal", EventMeasure::Signal)}; // EARS C2, baseline 7: 10 weeks of history
    try {
        addEventColumns(areas, spec, "events[0]", 1, feedback);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("needs 9 weeks of history"), std::string::npos) << e.what();
    }
}

// The recipe route: loadRecipeData adds the columns (BU01: 15 in the last 4 weeks, as above).
TEST(EventColumns, recipeDataAddsTheColumnsOfEveryEventsSource)
{
    bib::test::TempDir dir;
    bib::test::writeFile(dir.file("e.csv"), weeklyEventsCsv({{"BU01", {1, 2, 3, 2, 1, 2, 3, 9}},
                                                             {"BU02", {0, 1, 0, 1, 0, 1, 0, 1}}}));
    bib::test::writeFile(dir.file("r.bib.json"), R"({"bib_recipe": 1, "areas": {"path": ")" +
                                                     bib::test::testData("areas/three_squares.geojson") +
                                                     R"(", "id": "code"},
      "events": [{"path": "e.csv", "code": "buurt", "time": "tijd", "period": "week",
                  "columns": [{"name": "meldingen_4w", "measure": "count", "periods": 4}]}],
      "indicators": [{"field": "meldingen_4w", "transform": "per1000:inwoners"}]})");
    const Recipe recipe = readRecipe(dir.file("r.bib.json"));
    SilentFeedback feedback;
    const RecipeData data = loadRecipeData(recipe, feedback);
    ASSERT_EQ(data.events.size(), 1u);
    EXPECT_EQ(value(data.areas, "meldingen_4w", "BU01"), 15);
    EXPECT_EQ(value(data.areas, "meldingen_4w", "BU02"), 2);
    EXPECT_EQ(data.events[0].referencePeriod, "2024-02-19");
    // The series behind the columns, parallel to `events` and indexed like the area rows.
    ASSERT_EQ(data.series.size(), 1u);
    ASSERT_EQ(data.series[0].areaCount(), data.areas.size());
    const auto bu01 = data.series[0].area(*data.areas.rowOf("BU01")).counts;
    EXPECT_EQ(std::vector<std::uint32_t>(bu01.begin(), bu01.end()),
              (std::vector<std::uint32_t>{1, 2, 3, 2, 1, 2, 3, 9}));
    EXPECT_FALSE(data.series[0].hasPeaks());    // no signal or alarm column
    EXPECT_FALSE(data.series[0].hasForecast()); // no forecast column
}

std::vector<double> asDoubles(std::span<const std::uint32_t> counts)
{
    return std::vector<double>(counts.begin(), counts.end());
}

// The series kept for charts. Input: category "a" per week W0 … W7 (weeks from Monday 2024-01-01)
//   BU01: 1 2 3 2 1 2 3 9    BU02: 0 1 0 1 0 1 0 1    BU03: none
// plus category "b" events (BU01 5 per week, BU02 4 in W2) that the spec does not select, and end =
// 2024-03-06, so the reference is W9 (Monday 2024-03-04) and W8, W9 count 0.
// Independent count (by hand from the rows written): BU01 1 2 3 2 1 2 3 9 0 0, BU02 0 1 0 1 0 1 0 1 0 0,
// BU03 ten zeros; period starts 2024-01-01 + 7·t days.
// EARS C1, baseline 3, min_sigma 0, by hand: W0 … W2 are history (NaN); BU01 W3 and W7 have the window
// 1 2 3 → expected 2, upper 2 + qnorm(0.999)·1 = 2 + 3.090232306 = 5.090232306; W7 (9 > 5.09, 9 ≥ 5) is
// its only alarm. The remaining periods are checked against PeakDetector::detect on the stored counts,
// and the forecast against Forecaster::forecast on them (the same code, to show nothing is re-derived
// differently), the forecast column against the sum of the stored means.
TEST(AreaSeries, keepsCountsPeaksAndForecastOfEveryArea)
{
    bib::test::TempDir dir;
    std::string csv =
        weeklyEventsCsv({{"BU01", {1, 2, 3, 2, 1, 2, 3, 9}}, {"BU02", {0, 1, 0, 1, 0, 1, 0, 1}}});
    const std::string other = weeklyEventsCsv({{"BU01", {5, 5, 5, 5, 5, 5, 5, 5}}, {"BU02", {0, 0, 4}}}, "b");
    csv += other.substr(other.find('\n') + 1);
    bib::test::writeFile(dir.file("e.csv"), csv);
    AreaSet areas = threeSquares();
    EventSourceSpec spec = codeSource(dir.file("e.csv"));
    spec.category = "soort";
    spec.categories = {"a"};
    spec.end = "2024-03-06";
    spec.columns = {column("m4", EventMeasure::Count, 4), column("signal", EventMeasure::Signal),
                    column("alarm_c2", EventMeasure::Alarm), column("prognose", EventMeasure::Forecast, 3)};
    spec.columns[1].peakMethod = PeakMethod::EarsC1;
    spec.columns[1].peakOptions.baseline = 3;
    spec.columns[1].peakOptions.minimumSigma = 0;
    spec.columns[2].peakOptions.baseline = 3; // a second detector: the series keeps the first one's
    SilentFeedback feedback;
    AreaEventSeries series;
    addEventColumns(areas, spec, "events[0]", 7, feedback, &series);

    ASSERT_EQ(series.areaCount(), 3u);
    ASSERT_EQ(series.periodCount(), 10u);
    EXPECT_EQ(series.period(), Period::Week);
    EXPECT_EQ(series.periodStarts().front(), "2024-01-01");
    EXPECT_EQ(series.periodStarts()[5], "2024-02-05");
    EXPECT_EQ(series.periodStarts().back(), "2024-03-04");
    const std::map<std::string, std::vector<std::uint32_t>> expectedCounts = {
        {"BU01", {1, 2, 3, 2, 1, 2, 3, 9, 0, 0}},
        {"BU02", {0, 1, 0, 1, 0, 1, 0, 1, 0, 0}},
        {"BU03", std::vector<std::uint32_t>(10, 0)}};
    for (const auto& [id, counts] : expectedCounts) {
        const auto stored = series.area(*areas.rowOf(id)).counts;
        EXPECT_EQ(std::vector<std::uint32_t>(stored.begin(), stored.end()), counts) << id;
    }

    ASSERT_TRUE(series.hasPeaks());
    EXPECT_EQ(series.peakColumn(), "signal");
    EXPECT_EQ(series.peakMethod(), PeakMethod::EarsC1);
    EXPECT_EQ(series.peakHistory(), 3u);
    EXPECT_EQ(series.peakDescription().rfind("ears-c1", 0), 0u) << series.peakDescription();
    const AreaSeriesView bu01 = series.area(*areas.rowOf("BU01"));
    for (std::size_t t = 0; t < 3; ++t)
        EXPECT_TRUE(std::isnan(bu01.expected[t]) && std::isnan(bu01.upper[t])) << t;
    for (std::size_t t : {3u, 7u}) {
        EXPECT_NEAR(bu01.expected[t], 2.0, 1e-6) << t;
        EXPECT_NEAR(bu01.upper[t], 5.090232306, 1e-6) << t;
    }
    for (std::size_t t = 0; t < 10; ++t)
        EXPECT_EQ(bu01.alarm[t], t == 7 ? 1 : 0) << t;

    const auto detector = createPeakDetector(PeakMethod::EarsC1, spec.columns[1].peakOptions);
    const auto forecaster = createForecaster(ForecastMethod::HoltWinters);
    ForecastSettings settings;
    settings.horizon = 3;
    settings.seasonLength = defaultSeasonLength(Period::Week);
    settings.seed = 7;
    ASSERT_TRUE(series.hasForecast());
    EXPECT_EQ(series.forecastMethod(), "ets");
    EXPECT_EQ(series.forecastStarts(), (std::vector<std::string>{"2024-03-11", "2024-03-18", "2024-03-25"}));
    for (std::size_t a = 0; a < 3; ++a) {
        const AreaSeriesView view = series.area(a);
        const PeakResult peaks = detector->detect(asDoubles(view.counts));
        for (std::size_t t = 0; t < 10; ++t) {
            EXPECT_EQ(std::isnan(view.expected[t]), std::isnan(peaks.expected[t]));
            if (!std::isnan(peaks.expected[t])) {
                EXPECT_EQ(view.expected[t], static_cast<float>(peaks.expected[t])) << a << " " << t;
                EXPECT_EQ(view.upper[t], static_cast<float>(peaks.upper[t])) << a << " " << t;
            }
            EXPECT_EQ(view.alarm[t] == 1, static_cast<bool>(peaks.alarm[t])) << a << " " << t;
        }
        const SeriesForecast forecast = forecaster->forecast(asDoubles(view.counts), settings);
        ASSERT_EQ(view.mean.size(), 3u);
        double total = 0;
        for (std::size_t h = 0; h < 3; ++h) {
            EXPECT_EQ(view.mean[h], static_cast<float>(forecast.mean[h]));
            EXPECT_EQ(view.lo80[h], static_cast<float>(forecast.lo80[h]));
            EXPECT_EQ(view.hi80[h], static_cast<float>(forecast.hi80[h]));
            EXPECT_EQ(view.lo95[h], static_cast<float>(forecast.lo95[h]));
            EXPECT_EQ(view.hi95[h], static_cast<float>(forecast.hi95[h]));
            EXPECT_LE(view.lo95[h], view.lo80[h]);
            EXPECT_LE(view.hi80[h], view.hi95[h]);
            total += view.mean[h];
        }
        EXPECT_NEAR(total, areas.column("prognose")->values[a], 1e-4 * (1 + total)) << a;
    }
    EXPECT_THROW(series.area(3), std::out_of_range);
}

} // namespace
