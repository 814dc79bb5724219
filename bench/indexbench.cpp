// SPDX-License-Identifier: GPL-3.0-or-later
// Times of the product issue's composite-index targets on synthetic data of the national size
// (14,574 buurten, as in CBS's buurt table of 2024):
//   computeIndex for 30 indicators: a weight change in the interactive loop, target < 2 ms on one core;
//   1,000 uncertainty draws on 20 indicators (Dirichlet weights), target < 1 s on 2 threads.
//
//   bib_bench_index [Google Benchmark flags, e.g. --benchmark_repetitions=5]
//
// The data come from a fixed 64-bit LCG (Knuth's MMIX constants), the same stream that
// bench/index_peers.py generates, so the numpy/pandas timings there are on the same numbers.
#include "index/compositeindex.h"
#include "index/robustness.h"
#include "util/feedback.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

namespace {

using namespace bib::core;

constexpr std::size_t kAreas = 14574;
constexpr std::size_t kDomains = 4;

/// areas × indicators values in (0, 100), column by column, from the LCG seeded with 20241127.
AreaSet syntheticAreas(std::size_t indicators)
{
    std::uint64_t state = 20241127;
    AreaSet areas;
    for (std::size_t a = 0; a < kAreas; ++a)
        areas.addArea("BU" + std::to_string(a), "", {});
    for (std::size_t i = 0; i < indicators; ++i) {
        std::vector<double> values(kAreas);
        for (double& v : values) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            v = static_cast<double>(state >> 11) * 0x1p-53 * 100.0;
        }
        areas.setColumn(Column{"x" + std::to_string(i + 1), std::move(values), {}});
    }
    return areas;
}

/// zscore indicators with weights 1, 2, 3, 1, 2, 3, … spread over 4 equally weighted domains.
PreparedIndex syntheticIndex(std::size_t indicators)
{
    Recipe recipe;
    for (std::size_t d = 0; d < kDomains; ++d)
        recipe.domains.push_back({"d" + std::to_string(d + 1), 1.0});
    for (std::size_t i = 0; i < indicators; ++i) {
        IndicatorSpec spec;
        spec.field = "x" + std::to_string(i + 1);
        spec.weight = static_cast<double>(i % 3 + 1);
        spec.domain = "d" + std::to_string(i % kDomains + 1);
        recipe.indicators.push_back(spec);
    }
    SilentFeedback feedback;
    return prepareIndex(syntheticAreas(indicators), recipe, feedback);
}

void computeIndexRecompute(benchmark::State& state)
{
    const PreparedIndex prepared = syntheticIndex(static_cast<std::size_t>(state.range(0)));
    IndexWeights weights = recipeWeights(prepared);
    for (auto _ : state) {
        weights.indicators[0] += 0.001; // a slider moved
        IndexResult result = computeIndex(prepared, weights);
        benchmark::DoNotOptimize(result.rank.data());
    }
    state.counters["areas"] = static_cast<double>(prepared.areaCount);
}
BENCHMARK(computeIndexRecompute)->Arg(30)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Arguments: indicators, draws, threads, alternatives (0: weights only; 1: also zscore/minmax/rank
/// and arithmetic/geometric).
void uncertaintyDraws(benchmark::State& state)
{
    const PreparedIndex prepared = syntheticIndex(static_cast<std::size_t>(state.range(0)));
    UncertaintyOptions options;
    options.draws = static_cast<std::size_t>(state.range(1));
    options.threads = static_cast<unsigned>(state.range(2));
    options.seed = 12345;
    if (state.range(3) != 0) {
        options.normalisations = {*parseNormalisation("zscore"), *parseNormalisation("minmax"),
                                  *parseNormalisation("rank")};
        options.aggregations = {Aggregation::Arithmetic, Aggregation::Geometric};
    }
    for (auto _ : state) {
        SilentFeedback feedback;
        UncertaintyResult result = runUncertainty(prepared, options, feedback);
        benchmark::DoNotOptimize(result.rankMedian.data());
    }
}
BENCHMARK(uncertaintyDraws)
    ->ArgNames({"indicators", "draws", "threads", "alternatives"})
    ->Args({20, 1000, 2, 0})
    ->Args({20, 1000, 1, 0})
    ->Args({20, 1000, 2, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

BENCHMARK_MAIN();
