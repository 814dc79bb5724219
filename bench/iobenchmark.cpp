// SPDX-License-Identifier: GPL-3.0-or-later
// Times of the product issue's I/O targets: read the national buurt layer (13,594 polygons) into
// an AreaSet in under 0.5 s, and join the 14,574-row indicator CSV in under 0.1 s.
//
//   bib_bench_io [--data DIR] [Google Benchmark flags, e.g. --benchmark_repetitions=7]
//
// DIR holds the real data sets (default: BIB_REAL_DATA_DIR, ../shared/data/real beside the
// checkout). Every benchmark runs one operation per iteration; ask for repetitions to get a median.
// bench/run.sh runs this and prints the times beside ogr2ogr's and geopandas's.
#include "io/arealoader.h"
#include "io/join.h"
#include "io/table.h"
#include "util/error.h"
#include "util/feedback.h"

#include <benchmark/benchmark.h>

#include <cstring>
#include <filesystem>
#include <functional>
#include <iostream>
#include <optional>
#include <string>

namespace {

using namespace bib::core;

struct Inputs
{
    AreaSource buurten;
    std::string indicatorTable;
};

Inputs inputs(const std::filesystem::path& dataDir)
{
    Inputs in;
    in.buurten.path = (dataDir / "cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg").string();
    in.buurten.layer = "buurten_2019";
    in.buurten.idField = "bu_code";
    in.buurten.nameField = "bu_naam";
    in.indicatorTable = (dataDir / "cbs-buurt-indicatoren-2024/buurten_2024.csv").string();
    return in;
}

TableReadOptions tableOptions()
{
    TableReadOptions options;
    options.textColumns = {"bu_code", "wk_code", "gm_code", "postcode"};
    return options;
}

void benchLoadAreas(benchmark::State& state, const Inputs& in)
{
    std::size_t count = 0;
    for (auto _ : state) {
        SilentFeedback feedback;
        AreaSet areas = loadAreas(in.buurten, feedback);
        count = areas.size();
        benchmark::DoNotOptimize(areas);
    }
    state.SetLabel(std::to_string(count) + " areas");
}

void benchReadTable(benchmark::State& state, const Inputs& in)
{
    try {
        std::size_t rows = 0;
        for (auto _ : state) {
            SilentFeedback feedback;
            Table table = readTable(in.indicatorTable, tableOptions(), feedback);
            rows = table.rowCount;
            benchmark::DoNotOptimize(table);
        }
        state.SetLabel(std::to_string(rows) + " rows");
    } catch (const Error& error) {
        state.SkipWithError(error.what());
    }
}

/// joinTable alone on a table read once; each iteration joins into a fresh copy of the areas
/// (the copy is not timed).
void benchJoinTable(benchmark::State& state, const AreaSet& areas, const Inputs& in, bool includeRead)
{
    try {
        SilentFeedback readFeedback;
        std::optional<Table> once;
        if (!includeRead)
            once = readTable(in.indicatorTable, tableOptions(), readFeedback);
        std::size_t matched = 0;
        for (auto _ : state) {
            state.PauseTiming();
            AreaSet copy = areas;
            state.ResumeTiming();
            SilentFeedback feedback;
            std::optional<Table> read;
            if (includeRead)
                read = readTable(in.indicatorTable, tableOptions(), feedback);
            const JoinReport report =
                joinTable(copy, includeRead ? *read : *once, "bu_code", JoinOptions{}, feedback);
            matched = report.matched;
            benchmark::DoNotOptimize(copy);
        }
        state.SetLabel(std::to_string(matched) + " areas matched");
    } catch (const Error& error) {
        state.SkipWithError(error.what());
    }
}

std::filesystem::path dataDirFrom(int argc, char** argv)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--data") == 0)
            return argv[i + 1];
    return BIB_REAL_DATA_DIR;
}

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    const Inputs in = inputs(dataDirFrom(argc, argv));
    for (const std::string& path : {in.buurten.path, in.indicatorTable}) {
        if (!std::filesystem::exists(path)) {
            std::cerr << "bib_bench_io: " << path
                      << " not found; give the real data folder with --data DIR\n";
            return 2;
        }
    }

    // One untimed read first: warms the page cache and PROJ's database, and gives the join its areas.
    AreaSet areas;
    try {
        SilentFeedback feedback;
        areas = loadAreas(in.buurten, feedback);
        std::cerr << "bib_bench_io: " << areas.size() << " areas, " << areas.columns().size()
                  << " numeric and " << areas.textColumns().size() << " text columns, "
                  << feedback.warningCount() << " warnings\n";
    } catch (const Error& error) {
        std::cerr << "bib_bench_io: " << error.what() << "\n";
        return 1;
    }

    auto configure = [](benchmark::internal::Benchmark* b) {
        b->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);
    };
    configure(benchmark::RegisterBenchmark("loadAreas/buurten_2019", benchLoadAreas, in));
    configure(benchmark::RegisterBenchmark("readTable/buurten_2024", benchReadTable, in));
    configure(
        benchmark::RegisterBenchmark("joinTable/buurten_2024", benchJoinTable, std::cref(areas), in, false));
    configure(
        benchmark::RegisterBenchmark("readAndJoin/buurten_2024", benchJoinTable, std::cref(areas), in, true));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
