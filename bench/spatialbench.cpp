// SPDX-License-Identifier: GPL-3.0-or-later
// Times of the spatial weights builders on the national buurt layer (13,594 polygons): the product
// issue asks for queen contiguity in under 0.5 s. The layer is read once, untimed.
//
//   bib_bench_spatial [--data DIR] [Google Benchmark flags, e.g. --benchmark_repetitions=5]
//
// DIR holds the real data sets (default: BIB_REAL_DATA_DIR). bench/spatial.sh runs this and prints
// the times beside spdep's poly2nb/knearneigh and libpysal's Queen/Rook/KNN on the same layer.
#include "io/arealoader.h"
#include "spatial/weightsbuilder.h"
#include "spatial/weightsfile.h"
#include "util/error.h"
#include "util/feedback.h"

#include <benchmark/benchmark.h>

#include <cstring>
#include <filesystem>
#include <functional>
#include <iostream>
#include <string>

namespace {

using namespace bib::core;

void benchWeights(benchmark::State& state, const AreaSet& areas, const std::string& method, double snap)
{
    try {
        WeightsOptions options;
        parseWeightsMethod(method, options);
        options.snap = snap;
        WeightsReport report;
        for (auto _ : state) {
            SilentFeedback feedback;
            report = WeightsReport{};
            SpatialWeights weights = buildWeights(areas, options, report, feedback);
            benchmark::DoNotOptimize(weights);
        }
        state.SetLabel(std::to_string(report.summary.links) + " links, " +
                       std::to_string(report.summary.islands.size()) + " islands, " +
                       std::to_string(report.vertices) + " vertices");
    } catch (const Error& error) {
        state.SkipWithError(error.what());
    }
}

void benchGalRoundTrip(benchmark::State& state, const AreaSet& areas)
{
    try {
        SilentFeedback feedback;
        WeightsReport report;
        const SpatialWeights queen = buildWeights(areas, WeightsOptions{}, report, feedback);
        for (auto _ : state) {
            const std::string text = galText(queen, WeightsFileHeader{});
            std::vector<std::string> missing;
            SpatialWeights back =
                parseWeightsText(text, WeightsFileFormat::Gal, "bench.gal", areas.ids(), missing, feedback);
            benchmark::DoNotOptimize(back);
        }
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
    AreaSource source;
    source.path =
        (dataDirFrom(argc, argv) / "cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg").string();
    source.layer = "buurten_2019";
    source.idField = "bu_code";
    if (!std::filesystem::exists(source.path)) {
        std::cerr << "bib_bench_spatial: " << source.path
                  << " not found; give the real data folder with --data DIR\n";
        return 2;
    }
    AreaSet areas;
    try {
        SilentFeedback feedback;
        areas = loadAreas(source, feedback);
        std::cerr << "bib_bench_spatial: " << areas.size() << " areas\n";
    } catch (const Error& error) {
        std::cerr << "bib_bench_spatial: " << error.what() << "\n";
        return 1;
    }

    auto configure = [](benchmark::internal::Benchmark* b) {
        b->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);
    };
    const auto weights = [&](const char* name, const char* method, double snap) {
        configure(
            benchmark::RegisterBenchmark(name, benchWeights, std::cref(areas), std::string(method), snap));
    };
    weights("queen/buurten_2019", "queen", 0.0);
    weights("rook/buurten_2019", "rook", 0.0);
    weights("queenSnap1m/buurten_2019", "queen", 1.0);
    weights("knn6/buurten_2019", "knn:6", 0.0);
    weights("distance2000m/buurten_2019", "distance:2000", 0.0);
    configure(benchmark::RegisterBenchmark("galRoundTrip/buurten_2019", benchGalRoundTrip, std::cref(areas)));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
