// SPDX-License-Identifier: GPL-3.0-or-later
// Timing of `bib aggregate`'s core (not a test, STYLE.md 17):
//   bib_bench_aggregate generate AREAS.gpkg N EVENTS.csv   writes N synthetic events (x,y,time)
//   bib_bench_aggregate run AREAS.gpkg EVENTS.csv OUT.csv  loads, counts per area × ISO week, writes
//   bib_bench_aggregate read EVENTS.csv                    only reads and parses (the serial part:
//                                                          one thread reads while the others count)
// Events: a uniformly chosen area (so small urban buurten get dense points), a uniform point in its
// envelope (so some fall in neighbours or outside), a uniform second of 2024; seeded, repeatable.
#include "io/arealoader.h"
#include "temporal/aggregation.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <random>
#include <string>

namespace {

using namespace bib::core;

AreaSet loadBuurten(const std::string& path)
{
    AreaSource source;
    source.path = path;
    source.layer = "buurten_2019";
    source.idField = "bu_code";
    SilentFeedback feedback;
    return loadAreas(source, feedback);
}

int generate(const std::string& areasPath, std::size_t count, const std::string& output)
{
    const AreaSet areas = loadBuurten(areasPath);
    std::FILE* out = std::fopen(output.c_str(), "w");
    if (!out)
        return 1;
    std::mt19937_64 random(20240305);
    std::uniform_int_distribution<std::size_t> area(0, areas.size() - 1);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> second(0, 366 * 86400 - 1);
    std::fputs("x,y,time\n", out);
    for (std::size_t i = 0; i < count; ++i) {
        const Envelope& e = areas.shape(area(random)).envelope;
        const double x = e.minX + unit(random) * e.width();
        const double y = e.minY + unit(random) * e.height();
        const int s = second(random);
        const int day = s / 86400;
        int month = 1;
        int dayOfMonth = day + 1;
        for (const int length : {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}) {
            if (dayOfMonth <= length)
                break;
            dayOfMonth -= length;
            ++month;
        }
        std::fprintf(out, "%.2f,%.2f,2024-%02d-%02dT%02d:%02d:%02dZ\n", x, y, month, dayOfMonth,
                     s % 86400 / 3600, s % 3600 / 60, s % 60);
    }
    return std::fclose(out) == 0 ? 0 : 1;
}

int run(const std::string& areasPath, const std::string& eventsPath, const std::string& output)
{
    const auto start = std::chrono::steady_clock::now();
    const AreaSet areas = loadBuurten(areasPath);
    const auto loaded = std::chrono::steady_clock::now();
    EventSource events;
    events.path = eventsPath;
    events.xField = "x";
    events.yField = "y";
    events.crs = "EPSG:28992";
    events.timeField = "time";
    AggregationOptions options;
    options.period = Period::Week;
    SilentFeedback feedback;
    const AggregationResult result = aggregateEvents(areas, events, options, feedback);
    const auto counted = std::chrono::steady_clock::now();
    writeAggregation(output, areas, result, {areasPath, eventsPath});
    const auto written = std::chrono::steady_clock::now();
    const auto seconds = [](auto from, auto to) { return std::chrono::duration<double>(to - from).count(); };
    // CPU seconds of all threads (std::clock is process CPU time on Linux): on a busy machine the wall
    // time says little, and CPU / 2 is what two free cores would need at best.
    const double cpu = static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
    std::cout << "events " << result.rowsRead << " counted " << result.counted << " outside "
              << result.outside << "\nload areas " << seconds(start, loaded) << " s, read+count "
              << seconds(loaded, counted) << " s, write " << seconds(counted, written) << " s, total "
              << seconds(start, written) << " s; CPU " << cpu << " s in all threads\n";
    return 0;
}

/// Only the reading thread's work: forEachEventChunk with a callback that keeps nothing.
int readOnly(const std::string& eventsPath)
{
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpuStart = std::clock();
    EventSource events;
    events.path = eventsPath;
    events.xField = "x";
    events.yField = "y";
    events.crs = "EPSG:28992";
    events.timeField = "time";
    SilentFeedback feedback;
    std::size_t delivered = 0;
    forEachEventChunk(
        events, std::size_t{1} << 16, [&delivered](EventSet& chunk) { delivered += chunk.size(); }, feedback);
    const double cpu = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::cout << "read and parse only: " << delivered << " events, "
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s, CPU "
              << cpu << " s\n";
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "generate" && argc == 5)
        return generate(argv[2], std::stoul(argv[3]), argv[4]);
    if (mode == "run" && argc == 5)
        return run(argv[2], argv[3], argv[4]);
    if (mode == "read" && argc == 3)
        return readOnly(argv[2]);
    std::cerr
        << "usage: bib_bench_aggregate generate AREAS N EVENTS.csv | run AREAS EVENTS.csv OUT.csv | read "
           "EVENTS.csv\n";
    return 2;
}
