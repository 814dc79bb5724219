// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/compositeindex.h"
#include "index/recipe.h"
#include "util/feedback.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bib::core {

/// Settings of the Monte Carlo uncertainty analysis of the ranks (the concept of COINr's
/// get_sensitivity "UA": sample the analyst's choices, recompute, summarise the ranks).
///
/// Draw d (0-based) is a function of (seed, d) only: its random stream is std::mt19937_64 seeded
/// with splitMix64(seed + (d + 1) × 0x9E3779B97F4A7C15), so the result is the same for any number
/// of threads. A draw, in this order of random numbers:
///  1. picks one normalisation for every indicator, uniformly from `normalisations` (empty: each
///     indicator keeps its own normalisation and nothing is drawn);
///  2. picks the aggregation uniformly from those of `aggregations` that are possible with that
///     normalisation (geometric needs every normalised value of the indicators that take part
///     > 0; a normalisation where it is not is paired with the other aggregations only, and a note
///     says so); empty: the recipe's aggregation;
///  3. with perturbWeights, draws the domain weights (when there are two or more domains with
///     positive weight) and then, domain by domain, the weights of its indicators from a
///     Dirichlet(α) with αᵢ = concentration × wᵢ / Σw over the positive weights wᵢ: the mean is
///     the recipe's share wᵢ / Σw and the variance share·(1 − share) / (concentration + 1), so
///     the coefficient of variation of a weight is √((1 − share) / (share · (concentration + 1))).
///     Weights of 0 stay 0. A domain or group with one positive weight is not perturbed.
struct UncertaintyOptions
{
    std::size_t draws = 1000;
    bool perturbWeights = true;
    double concentration = 50.0;               ///< > 0; 50: a weight with share 0.25 varies by ±24 % (1 sd)
    std::vector<Normalisation> normalisations; ///< zscore, minmax, rank, percentile; empty = own
    std::vector<Aggregation> aggregations;     ///< empty = the prepared index's aggregation
    std::uint64_t seed = 12345;                ///< the recipe's seed
    unsigned threads = 0; ///< 0: std::thread::hardware_concurrency(), at most 16; never changes the result
};

/// The options of a recipe's "robustness" section with the recipe's seed.
UncertaintyOptions uncertaintyOptions(const RobustnessSpec& spec, std::uint64_t seed);

/// What one draw uses: for explanation and for tests that recompute a draw with computeIndex.
struct UncertaintyDraw
{
    IndexWeights weights;   ///< the drawn weights (the recipe's when not perturbed)
    int normalisation = -1; ///< index into UncertaintyOptions::normalisations; −1 = each its own
    Aggregation aggregation = Aggregation::Arithmetic;
};

/// Rank statistics of the draws per area. Ranks are competition ranks as descendingRanks():
/// 1 = highest index, ties share the lowest number, among the areas with an index in that draw.
///
/// Percentiles are R's type 7 (the default of quantile()) over the ranks of the draws in which
/// the area has an index: sorted ranks x₀ ≤ … ≤ x_{m−1}, h = (m − 1)·p, Q(p) = x_⌊h⌋ + (h − ⌊h⌋)
/// (x_⌊h⌋₊₁ − x_⌊h⌋). rankMedian = Q(0.5). The interval [rankP05, rankP95] is [Q(0.05), Q(0.95)]
/// widened to contain the nominal rank where that lies outside (possible when the nominal choices
/// are atypical of the sampled ones, e.g. the recipe's normalisation is not among the
/// alternatives, or near ties); such areas are flagged in nominalOutside and counted.
/// NaN for areas without a nominal index, and for every statistic but the nominal rank of an
/// area that has an index in no draw.
struct UncertaintyResult
{
    std::vector<double> nominalRank; ///< computeIndex with the recipe's weights
    std::vector<double> rankMedian;
    std::vector<double> rankP05;
    std::vector<double> rankP95;
    std::vector<bool> nominalOutside; ///< the nominal rank was outside [Q(0.05), Q(0.95)]
    std::size_t nominalOutsideCount = 0;
    std::size_t draws = 0;
    std::size_t geometricDraws = 0; ///< draws that aggregated geometrically
    unsigned threads = 1;           ///< threads used (does not affect the result)
    std::vector<std::string> notes; ///< e.g. normalisations with which geometric was not possible
};

/// Runs the uncertainty analysis. Normalises every indicator once per alternative normalisation
/// up front (from PreparedIndicator::values) and caches the columns (and their logarithms when a
/// geometric draw can use them); each draw then only aggregates and ranks.
///
/// A draw repeats computeIndex's floating-point operations in the same order (the logarithms of
/// geometric draws come from the cache), so a draw without perturbation gives exactly the nominal
/// ranks; the ranks are sorted by a radix sort on the bits of the index. Missing values follow the prepared
/// index's rule. Complexity O(draws × areas × (indicators + log areas)) time, 4 × draws × areas bytes for the
/// ranks. Runs on UncertaintyOptions::threads threads; checks feedback for cancellation every 16
/// draws and reports progress. Throws InputError for bad options (no draws, concentration ≤ 0,
/// a normalisation with parameters), CancelledError when cancelled.
UncertaintyResult runUncertainty(const PreparedIndex& prepared, const UncertaintyOptions& options,
                                 Feedback& feedback);

/// The choices of draw d, exactly as runUncertainty makes them (same random stream).
UncertaintyDraw describeDraw(const PreparedIndex& prepared, const UncertaintyOptions& options,
                             std::size_t draw);

/// `prepared` with the normalised columns of `normalisation` (for every indicator that is not left
/// out) and the given aggregation: what a draw aggregates. Normalises from PreparedIndicator::values.
PreparedIndex withChoices(const PreparedIndex& prepared, const Normalisation* normalisation,
                          Aggregation aggregation);

/// SplitMix64's output function (Steele, Lea & Flood 2014): the seed of draw d's stream.
std::uint64_t splitMix64(std::uint64_t x);

/// How the ranks move when one indicator is left out of the index (its weight set to 0, every
/// other weight kept; computeIndex renormalises, so a domain whose only indicator is dropped
/// drops out and the other domains share its weight).
struct IndicatorDropShift
{
    std::size_t indicator = 0;      ///< index into PreparedIndex::indicators
    double meanAbsoluteShift = 0.0; ///< mean |rank without − nominal rank| over areas with both
    double maximumAbsoluteShift = 0.0;
    std::vector<double>
        shift; ///< per area rank without − nominal rank (NaN: either missing); empty unless asked
};

/// The shift for every indicator that takes part (effective weight > 0), in indicator order.
/// O(indicators × computeIndex).
std::vector<IndicatorDropShift> indicatorDropShifts(const PreparedIndex& prepared,
                                                    const IndexWeights& weights, bool perArea = false);

} // namespace bib::core
