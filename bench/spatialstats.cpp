// SPDX-License-Identifier: GPL-3.0-or-later
// Times of the product issue's spatial-statistics targets on the national buurt layer (13,594 buurten
// of 2019, bev_dichth 2024 — 11,360 with a value), queen contiguity, row-standardised:
//   local Moran (LISA) with 999 conditional permutations, target < 1 s on 2 cores;
//   Getis–Ord Gi* with 999 permutations, target < 1 s on 2 cores.
// bench/spatialstats_peers.R times spdep's localmoran_perm and localG_perm on the same data.
//
//   bib_bench_spatialstats [Google Benchmark flags, e.g. --benchmark_repetitions=5]
#include "io/arealoader.h"
#include "spatial/completecases.h"
#include "spatial/getisord.h"
#include "spatial/moran.h"
#include "spatial/weightsbuilder.h"
#include "util/feedback.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <string>

namespace {

using namespace bib::core;

const CompleteCases& nationalLayer()
{
    static const CompleteCases cases = [] {
        AreaSource source;
        source.path =
            std::string(BIB_REAL_DATA_DIR) + "/cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg";
        source.layer = "buurten_2019";
        source.idField = "bu_code";
        SilentFeedback feedback;
        const AreaSet areas = loadAreas(source, feedback);
        WeightsReport report;
        const SpatialWeights weights = buildWeights(areas, WeightsOptions{}, report, feedback);
        return completeCases(weights, WeightStyle::RowStandardised, {areas.column("bev_dichth")->values});
    }();
    return cases;
}

void lisa(benchmark::State& state)
{
    const CompleteCases& cases = nationalLayer();
    LocalMoranOptions options;
    options.permutation.threads = static_cast<unsigned>(state.range(0));
    SilentFeedback feedback;
    for (auto _ : state)
        benchmark::DoNotOptimize(localMoran(cases.columns[0], cases.weights, options, feedback));
    state.counters["areas"] = static_cast<double>(cases.rows.size());
}

void giStar(benchmark::State& state)
{
    const CompleteCases& cases = nationalLayer();
    LocalGOptions options;
    options.permutation.threads = static_cast<unsigned>(state.range(0));
    SilentFeedback feedback;
    for (auto _ : state)
        benchmark::DoNotOptimize(localG(cases.columns[0], cases.weights, options, feedback));
    state.counters["areas"] = static_cast<double>(cases.rows.size());
}

void globalMoranTest(benchmark::State& state)
{
    const CompleteCases& cases = nationalLayer();
    GlobalMoranOptions options;
    options.permutation.threads = static_cast<unsigned>(state.range(0));
    SilentFeedback feedback;
    for (auto _ : state)
        benchmark::DoNotOptimize(globalMoran(cases.columns[0], cases.weights, options, feedback));
}

BENCHMARK(lisa)
    ->Name("lisa_999_permutations/threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(giStar)
    ->Name("gistar_999_permutations/threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(globalMoranTest)
    ->Name("global_moran_999_permutations/threads")
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    if (!std::filesystem::exists(std::string(BIB_REAL_DATA_DIR) + "/cbs-buurten-2019-nl")) {
        std::fprintf(stderr, "real data absent: %s\n", BIB_REAL_DATA_DIR);
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
