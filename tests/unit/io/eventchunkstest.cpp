// SPDX-License-Identifier: GPL-3.0-or-later
// forEachEventChunk gives the same events, totals and categories as readEvents, in chunks, for the
// event test files and for a CSV larger than one read block with quoted line breaks across it.
#include "io/events.h"

#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace bib::core;

EventSet streamAll(const EventSource& source, std::size_t chunkSize, std::size_t& chunks)
{
    SilentFeedback feedback;
    EventSet all;
    chunks = 0;
    const EventSet totals = forEachEventChunk(
        source, chunkSize,
        [&](EventSet& chunk) {
            EXPECT_GT(chunk.size(), 0U);
            EXPECT_LE(chunk.size(), chunkSize);
            ++chunks;
            all.x.insert(all.x.end(), chunk.x.begin(), chunk.x.end());
            all.y.insert(all.y.end(), chunk.y.begin(), chunk.y.end());
            all.time.insert(all.time.end(), chunk.time.begin(), chunk.time.end());
            all.category.insert(all.category.end(), chunk.category.begin(), chunk.category.end());
            all.codes.insert(all.codes.end(), chunk.codes.begin(), chunk.codes.end());
        },
        feedback);
    all.rowsRead = totals.rowsRead;
    all.badPosition = totals.badPosition;
    all.badTime = totals.badTime;
    all.categoryNames = totals.categoryNames;
    return all;
}

void expectSameEvents(const EventSource& source, std::size_t chunkSize)
{
    SilentFeedback feedback;
    const EventSet whole = readEvents(source, feedback);
    std::size_t chunks = 0;
    const EventSet streamed = streamAll(source, chunkSize, chunks);
    EXPECT_EQ(chunks, (whole.size() + chunkSize - 1) / chunkSize);
    EXPECT_EQ(streamed.x.size(), whole.x.size());
    for (std::size_t i = 0; i < whole.size() && i < streamed.size(); ++i) {
        if (std::isnan(whole.x[i])) { // located by code
            EXPECT_TRUE(std::isnan(streamed.x[i])) << i;
            continue;
        }
        EXPECT_DOUBLE_EQ(streamed.x[i], whole.x[i]) << i;
        EXPECT_DOUBLE_EQ(streamed.y[i], whole.y[i]) << i;
    }
    EXPECT_EQ(streamed.time, whole.time);
    EXPECT_EQ(streamed.category, whole.category);
    EXPECT_EQ(streamed.categoryNames, whole.categoryNames);
    EXPECT_EQ(streamed.codes, whole.codes);
    EXPECT_EQ(streamed.rowsRead, whole.rowsRead);
    EXPECT_EQ(streamed.badPosition, whole.badPosition);
    EXPECT_EQ(streamed.badTime, whole.badTime);
}

EventSource xySource(const std::string& path, const std::string& time, const std::string& category)
{
    EventSource source;
    source.path = path;
    source.xField = "x";
    source.yField = "y";
    source.crs = "EPSG:28992";
    source.timeField = time;
    source.categoryField = category;
    return source;
}

TEST(EventChunks, csvWithBadRowsGivesTheSameEventsAsReadEvents)
{
    expectSameEvents(xySource(bib::test::testData("events/bad_rows.csv"), "tijd", "soort"), 1);
    expectSameEvents(xySource(bib::test::testData("events/rd_semicolon_decimal_comma.csv"), "datum", "soort"),
                     2);
}

TEST(EventChunks, lonLatCodesWktAndLayersGiveTheSameEventsAsReadEvents)
{
    EventSource lonLat;
    lonLat.path = bib::test::testData("events/lonlat.csv");
    lonLat.lonField = "lon";
    lonLat.latField = "lat";
    lonLat.timeField = "created_at";
    lonLat.categoryField = "category";
    expectSameEvents(lonLat, 2);
    EventSource codes;
    codes.path = bib::test::testData("events/codes.csv");
    codes.codeField = "buurt";
    codes.timeField = "tijd";
    expectSameEvents(codes, 1);
    EventSource wkt;
    wkt.path = bib::test::testData("events/wkt.csv");
    wkt.wktField = "geometrie";
    wkt.crs = "EPSG:28992";
    wkt.timeField = "tijd";
    expectSameEvents(wkt, 3);
    EventSource layer;
    layer.path = bib::test::testData("events/points_wgs84.geojson");
    layer.timeField = "created_at";
    expectSameEvents(layer, 2);
}

TEST(EventChunks, csvLargerThanABlockWithQuotedLineBreaksIsReadWhole)
{
    bib::test::TempDir folder;
    std::string csv = "\xEF\xBB\xBFx,y,tijd,soort\r\n";
    for (int i = 0; i < 120000; ++i)
        csv += std::to_string(155000 + i % 1000) + "," + std::to_string(463000 + i % 777) +
               ",2024-03-05T14:30:00Z," + (i % 1000 == 0 ? "\"Afval,\r\nmet \"\"regel\"\"\"" : "Groen") +
               (i % 5000 == 0 ? "\r\n\r\n" : "\r\n");
    csv += "1,2,2024-03-05,een,te,veel\r\n";
    bib::test::writeFile(folder.file("big.csv"), csv);
    ASSERT_GT(csv.size(), std::size_t{4} << 20);
    expectSameEvents(xySource(folder.file("big.csv"), "tijd", "soort"), 10000);
    std::size_t chunks = 0;
    const EventSet streamed = streamAll(xySource(folder.file("big.csv"), "tijd", "soort"), 50000, chunks);
    EXPECT_EQ(streamed.size(), 120000U);
    EXPECT_EQ(streamed.categoryNames, (std::vector<std::string>{"Afval,\r\nmet \"regel\"", "Groen"}));
}

TEST(EventChunks, missingColumnIsAnInputErrorNamingTheColumns)
{
    std::size_t chunks = 0;
    try {
        streamAll(xySource(bib::test::testData("events/bad_rows.csv"), "datum", ""), 10, chunks);
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("columns are: x, y, tijd, soort"), std::string::npos);
    }
}

} // namespace
