// SPDX-License-Identifier: GPL-3.0-or-later
// Event counts per area × period × category: the Europe/Amsterdam period calendar, the complete
// grid with zeros, border and outside events, codes, rates, and the real-data references in
// tests/data/events/aggregate (made by make_references.py there with geopandas/pandas).
#include "temporal/aggregation.h"

#include "io/arealoader.h"
#include "io/table.h"
#include "io/timestamp.h"
#include "temporal/periodcalendar.h"
#include "testsupport.h"
#include "util/error.h"
#include "util/sha256.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

namespace {

using namespace bib::core;

std::int64_t utc(int year, int month, int day, int hour, int minute = 0)
{
    return *utcSecondsOf({year, month, day, hour, minute, 0});
}

std::string startOf(Period period, std::int64_t utcSeconds)
{
    const PeriodCalendar calendar(period);
    return calendar.startDate(calendar.keyOf(utcSeconds));
}

TEST(PeriodCalendar, readsInstantsInAmsterdamLocalTime)
{
    // 2024-03-31T22:30Z is 00:30 CEST on Monday 1 April (DST began that night at 01:00 UTC).
    EXPECT_EQ(startOf(Period::Day, utc(2024, 3, 31, 22, 30)), "2024-04-01");
    EXPECT_EQ(startOf(Period::Week, utc(2024, 3, 31, 22, 30)), "2024-04-01");
    EXPECT_EQ(startOf(Period::Month, utc(2024, 3, 31, 22, 30)), "2024-04-01");
    EXPECT_EQ(startOf(Period::Quarter, utc(2024, 3, 31, 22, 30)), "2024-04-01");
    EXPECT_EQ(startOf(Period::Week, utc(2024, 3, 31, 21, 59)), "2024-03-25"); // Sunday 23:59 CEST
    // 2023-12-31T23:30Z is 00:30 CET on 1 January 2024, a Monday.
    EXPECT_EQ(startOf(Period::Year, utc(2023, 12, 31, 23, 30)), "2024-01-01");
    EXPECT_EQ(startOf(Period::Year, utc(2023, 12, 31, 22, 30)), "2023-01-01");
    EXPECT_EQ(startOf(Period::Week, utc(2023, 12, 31, 23, 30)), "2024-01-01");
}

TEST(PeriodCalendar, isoWeeksStartOnMondayAcrossYearEnds)
{
    // 1 January 2021 was a Friday: ISO week 53 of 2020 began on Monday 28 December 2020.
    EXPECT_EQ(startOf(Period::Week, utc(2021, 1, 1, 12)), "2020-12-28");
    EXPECT_EQ(startOf(Period::Week, utc(1970, 1, 1, 12)), "1969-12-29");
    EXPECT_EQ(startOf(Period::Week, utc(1969, 12, 28, 12)), "1969-12-22");
}

TEST(PeriodCalendar, consecutivePeriodsHaveConsecutiveKeys)
{
    const PeriodCalendar months(Period::Month);
    EXPECT_EQ(months.keyOf(utc(2024, 1, 15, 12)) + 1, months.keyOf(utc(2024, 2, 15, 12)));
    EXPECT_EQ(months.startDate(months.keyOf(utc(2024, 12, 15, 12)) + 1), "2025-01-01");
    const PeriodCalendar quarters(Period::Quarter);
    EXPECT_EQ(quarters.startDate(quarters.keyOf(utc(2024, 11, 1, 12)) + 1), "2025-01-01");
    for (std::int64_t days = -800000; days < 800000; days += 997) {
        std::int64_t year = 0;
        int month = 0, day = 0;
        civilFromDays(days, year, month, day);
        ASSERT_EQ(daysFromCivil(year, month, day), days);
    }
}

MultiPolygon square(double x, double y, double size)
{
    MultiPolygon shape;
    shape.polygons.push_back({{{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}}}});
    shape.updateEnvelope();
    return shape;
}

/// West [0,10]² and East [10,20]×[0,10], with inhabitants 2000 and 0.
AreaSet twoSquares()
{
    AreaSet areas;
    areas.idField = "bu_code";
    areas.addArea("West", "", square(0, 0, 10));
    areas.addArea("East", "", square(10, 0, 10));
    areas.setColumn({"inwoners", {2000.0, 0.0}, {}});
    return areas;
}

void addEvent(EventSet& events, double x, double y, std::int64_t time, std::uint32_t category = 0)
{
    events.x.push_back(x);
    events.y.push_back(y);
    events.time.push_back(time);
    events.category.push_back(category);
    ++events.rowsRead;
}

TEST(Aggregation, countsEveryEventOnceWithBorderAndOutsideEvents)
{
    EventSet events;
    events.categoryNames = {""};
    addEvent(events, 5, 5, utc(2024, 3, 5, 12));
    addEvent(events, 10, 5, utc(2024, 3, 5, 12));  // shared edge: to East, on its right
    addEvent(events, 10, 10, utc(2024, 3, 5, 12)); // top corner: above both, outside
    addEvent(events, 25, 5, utc(2024, 3, 5, 12));
    SilentFeedback feedback;
    const AggregationResult result = aggregateEvents(twoSquares(), events, {}, feedback);
    EXPECT_EQ(result.count(0, 0, 0), 1U);
    EXPECT_EQ(result.count(1, 0, 0), 1U);
    EXPECT_EQ(result.counted, 2U);
    EXPECT_EQ(result.outside, 2U);
    ASSERT_EQ(feedback.warningCount(), 1U);
    EXPECT_NE(feedback.warnings()[0].message.find("2 of 4 events lie outside"), std::string::npos);
}

TEST(Aggregation, periodGridRunsFromFirstToLastEventWithZeros)
{
    EventSet events;
    events.categoryNames = {"Afval", "Groen"};
    addEvent(events, 5, 5, utc(2024, 3, 4, 9), 0);   // Monday, week of 4 March
    addEvent(events, 15, 5, utc(2024, 3, 20, 9), 1); // week of 18 March
    addEvent(events, 15, 5, utc(2024, 3, 20, 10), 1);
    AggregationOptions options;
    options.period = Period::Week;
    options.denominatorField = "inwoners";
    SilentFeedback feedback;
    const AggregationResult result = aggregateEvents(twoSquares(), events, options, feedback);
    ASSERT_EQ(result.periodStarts, (std::vector<std::string>{"2024-03-04", "2024-03-11", "2024-03-18"}));
    EXPECT_TRUE(result.byCategory);
    EXPECT_EQ(result.count(0, 0, 0), 1U);
    EXPECT_EQ(result.count(0, 1, 0), 0U);
    EXPECT_EQ(result.count(1, 2, 1), 2U);
    EXPECT_EQ(result.count(1, 2, 0), 0U);
    EXPECT_DOUBLE_EQ(result.rate(0, 0, 0), 0.5);   // 1 / 2000 × 1000
    EXPECT_TRUE(std::isnan(result.rate(1, 2, 1))); // no inhabitants: no rate
}

TEST(Aggregation, codesCountPerIdAndUnmatchedCodesAreListed)
{
    EventSet events;
    events.categoryNames = {""};
    for (const char* code : {"West", "East", "East", "Noord", "Noord", "west"}) {
        addEvent(events, std::nan(""), std::nan(""), utc(2024, 3, 5, 12));
        events.codes.emplace_back(code);
    }
    SilentFeedback feedback;
    const AggregationResult result = aggregateEvents(twoSquares(), events, {}, feedback);
    EXPECT_EQ(result.count(0, 0, 0), 1U);
    EXPECT_EQ(result.count(1, 0, 0), 2U);
    EXPECT_EQ(result.unmatched, 3U);
    EXPECT_EQ(result.unmatchedCodes,
              (std::vector<std::pair<std::string, std::size_t>>{{"Noord", 2}, {"west", 1}}));
}

TEST(Aggregation, missingDenominatorFieldIsAnInputError)
{
    EventSet events;
    events.categoryNames = {""};
    addEvent(events, 5, 5, utc(2024, 3, 5, 12));
    AggregationOptions options;
    options.denominatorField = "jongeren";
    SilentFeedback feedback;
    EXPECT_THROW(aggregateEvents(twoSquares(), events, options, feedback), InputError);
}

TEST(Aggregation, periodGridLargerThanTheLimitIsRefused)
{
    EventSet events;
    events.categoryNames = {""};
    addEvent(events, 5, 5, utc(1900, 3, 5, 12)); // a wrong year
    addEvent(events, 5, 5, utc(2024, 3, 5, 12));
    AggregationOptions options;
    options.period = Period::Day;
    options.maxCells = 1000;
    SilentFeedback feedback;
    EXPECT_THROW(aggregateEvents(twoSquares(), events, options, feedback), InputError);
}

TEST(Aggregation, streamingWithThreadsEqualsCountingInMemory)
{
    bib::test::TempDir folder;
    std::string csv = "x;y;tijd;soort\n";
    for (int i = 0; i < 5000; ++i)
        csv += std::to_string(i % 23) + "," + std::to_string(i % 7) + ";" + std::to_string(i % 10) +
               ";2024-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10) + "T12:00;" +
               (i % 3 ? "Afval" : "Groen") + "\n";
    bib::test::writeFile(folder.file("events.csv"), csv);
    EventSource source;
    source.path = folder.file("events.csv");
    source.xField = "x";
    source.yField = "y";
    source.crs = "EPSG:28992";
    source.timeField = "tijd";
    source.categoryField = "soort";
    AggregationOptions options;
    options.period = Period::Month;
    options.chunkSize = 64;
    options.threads = 3;
    SilentFeedback feedback;
    const AreaSet areas = twoSquares();
    const AggregationResult streamed = aggregateEvents(areas, source, options, feedback);
    const AggregationResult inMemory =
        aggregateEvents(areas, readEvents(source, feedback), options, feedback);
    EXPECT_EQ(streamed.counts, inMemory.counts);
    EXPECT_EQ(streamed.periodStarts, inMemory.periodStarts);
    EXPECT_EQ(streamed.categories, inMemory.categories);
    EXPECT_EQ(streamed.outside, inMemory.outside);
    EXPECT_EQ(streamed.counted + streamed.outside, 5000U);
}

// ---- Real data ---------------------------------------------------------------------------------

std::map<std::string, std::vector<std::string>> referenceRows(const std::string& path)
{
    std::ifstream in(path);
    std::map<std::string, std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::stringstream split(line);
        for (std::string cell; std::getline(split, cell, ',');)
            cells.push_back(cell);
        rows[cells[0]] = cells;
    }
    return rows;
}

AreaSet assenBuurten(const std::string& gpkg)
{
    AreaSource areas;
    areas.path = gpkg;
    areas.layer = "buurten_2019_assen";
    areas.idField = "bu_code";
    SilentFeedback feedback;
    return loadAreas(areas, feedback);
}

// Reference: geopandas sjoin(predicate="intersects") of the 3 024 reports with the 109 buurten, from
// the GeoPackage points and from the CSV lon/lat (pyproj), and the author's bu_code_2019 column. None
// of the reports lies on a border (no point intersects two buurten), so the border rule changes
// nothing here; the same 5 reports lie outside every buurt in all three.
TEST(AggregationRealData, assenReportsPerBuurtEqualGeopandasSjoin)
{
    const std::string gpkg = bib::test::realData("assen-signalen-meldingen/assen_signalen_meldingen.gpkg");
    if (gpkg.empty())
        GTEST_SKIP() << "real data not present";
    const AreaSet areas = assenBuurten(gpkg);
    const auto reference = referenceRows(bib::test::testData("events/aggregate/assen_buurt_counts.csv"));
    EventSource points;
    points.path = gpkg;
    points.layer = "meldingen";
    points.timeField = "created_at";
    EventSource lonLat;
    lonLat.path = bib::test::realData("assen-signalen-meldingen/assen_signalen_meldingen.csv");
    lonLat.lonField = "lon";
    lonLat.latField = "lat";
    lonLat.timeField = "created_at";
    SilentFeedback feedback;
    const AggregationResult fromPoints = aggregateEvents(areas, points, {}, feedback);
    const AggregationResult fromLonLat = aggregateEvents(areas, lonLat, {}, feedback);
    ASSERT_EQ(reference.size(), areas.size() + 1);
    for (std::size_t a = 0; a < areas.size(); ++a) {
        const std::vector<std::string>& row = reference.at(areas.id(a));
        EXPECT_EQ(std::to_string(fromPoints.count(a, 0, 0)), row[1]) << areas.id(a);
        EXPECT_EQ(std::to_string(fromLonLat.count(a, 0, 0)), row[2]) << areas.id(a);
        EXPECT_EQ(std::to_string(fromPoints.count(a, 0, 0)), row[3]) << areas.id(a);
    }
    EXPECT_EQ(fromPoints.counted, 3019U);
    EXPECT_EQ(fromPoints.outside, 5U);
    EXPECT_EQ(fromLonLat.outside, 5U);
}

// Reference: pandas group-by of pc4 × Monday of `datum` (pc4_week_reference.txt: the SHA-256 of the
// sorted lines "pc4,week_start,count" of all nonzero cells, joined by "\n").
TEST(AggregationRealData, burglariesPerPc4AndWeekEqualPandasGroupBy)
{
    const std::string folder = bib::test::realData("politie-woninginbraak-pc4");
    if (folder.empty())
        GTEST_SKIP() << "real data not present";
    AreaSource pc4;
    pc4.path = folder + "/postcodes4_2020_woninginbraak.gpkg";
    pc4.idField = "pc4";
    SilentFeedback feedback;
    const AreaSet areas = loadAreas(pc4, feedback);
    EventSource events;
    events.path = folder + "/woninginbraak_pc4_events.csv";
    events.codeField = "pc4";
    events.timeField = "datum";
    AggregationOptions options;
    options.period = Period::Week;
    const AggregationResult result = aggregateEvents(areas, events, options, feedback);
    std::vector<std::string> lines;
    for (std::size_t a = 0; a < areas.size(); ++a)
        for (std::size_t t = 0; t < result.periodCount(); ++t)
            if (const std::uint64_t n = result.count(a, t, 0); n > 0)
                lines.push_back(areas.id(a) + "," + result.periodStarts[t] + "," + std::to_string(n));
    std::sort(lines.begin(), lines.end());
    std::string joined;
    for (const std::string& line : lines)
        joined += (joined.empty() ? "" : "\n") + line;
    const std::string reference =
        bib::test::readFile(bib::test::testData("events/aggregate/pc4_week_reference.txt"));
    EXPECT_EQ(result.counted, 64185U);
    EXPECT_EQ(result.unmatched, 0U);
    EXPECT_NE(reference.find("nonzero_cells " + std::to_string(lines.size()) + "\n"), std::string::npos);
    EXPECT_NE(reference.find("first_week " + result.periodStarts.front() + "\n"), std::string::npos);
    EXPECT_NE(reference.find("last_week " + result.periodStarts.back() + "\n"), std::string::npos);
    EXPECT_NE(reference.find("sha256 " + sha256Hex(joined) + "\n"), std::string::npos);
}

} // namespace
