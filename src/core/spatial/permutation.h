// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spatial/spatialweights.h"
#include "util/feedback.h"

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace bib::core {

/// How a permutation test runs. The result depends only on (values, weights, permutations, seed):
/// never on the number of threads or on how the work was split.
struct PermutationOptions
{
    std::size_t permutations = 999; ///< R; 0 skips the test (p_sim is then NaN)
    std::uint64_t seed = 20240601;  ///< one recorded seed; every area (or permutation) derives its own stream
    unsigned threads = 0;           ///< 0: std::thread::hardware_concurrency(), capped at 8
};

/// The seed of random stream `stream` (an area row, or a permutation number) under `seed`: two
/// SplitMix64 finalisations (Steele, Lea & Flood 2014), so neighbouring streams are unrelated.
std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t stream);

/// Uniform integers from std::mt19937_64 with our own bounded sampling (Lemire 2019, "Fast random
/// integer generation in an interval", ACM TOMACS 29(1)): each 64-bit output gives two 32-bit
/// words. std::uniform_int_distribution is implementation-defined, this is the same everywhere.
class RandomStream
{
public:
    explicit RandomStream(std::uint64_t seed) : mEngine(seed) {}
    std::uint32_t next32();
    /// Uniform in [0, bound); bound > 0. Unbiased (rejection of the short interval).
    std::uint32_t below(std::uint32_t bound);

private:
    std::mt19937_64 mEngine;
    std::uint64_t mBuffer = 0;
    bool mHasHalf = false;
};

/// How the permuted spatial lags of one area compare with its observed lag.
struct LagCounts
{
    std::uint32_t greater = 0; ///< permutations with a lag above the observed one
    std::uint32_t equal = 0;   ///< … equal to it (within 1e-12 of Σⱼ|wᵢⱼ|·max|v|, summation noise)
    std::uint32_t less = 0;    ///< … below it
    std::size_t total() const { return std::size_t{greater} + equal + less; }
};

/// Which values a local permutation test redraws for area i.
enum class PermutationScheme
{
    /// xᵢ stays put; its kᵢ neighbours (links other than a self-link) get kᵢ values drawn without
    /// replacement from the other n − 1 areas (Anselin 1995, "Local indicators of spatial
    /// association — LISA", Geographical Analysis 27(2)). A self-link wᵢᵢxᵢ is the same in every
    /// permutation and left out of both sides. The null of local Moran and of Gᵢ.
    Conditional,
    /// Every link of row i, a self-link included, gets a value drawn without replacement from all n
    /// areas: the randomisation under which the Gᵢ* z-value is exact (Ord & Getis 1995).
    Total,
};

/// Permutation test of the spatial lag Lᵢ = Σⱼ wᵢⱼ vⱼ for every area: R times the values are
/// redrawn as `scheme` says and weighted with row i's weights in order. Every local statistic here is
/// a + b·Lᵢ with a and b fixed under the permutation, so the counts give its pseudo p-value
/// (foldedPValue).
///
/// Area i uses RandomStream(streamSeed(seed, i)); areas run in parallel in chunks of 256, so the
/// counts repeat exactly for any thread count. Islands (no link other than a self-link) get all-zero
/// counts. NaN values are not allowed (leave those areas out first). Cancellation is checked every
/// chunk; throws CancelledError. O(n·R·k̄) time, O(n) memory per thread.
std::vector<LagCounts> permuteLocalLags(std::span<const double> values, const SpatialWeights& weights,
                                        const PermutationOptions& options, Feedback& feedback,
                                        PermutationScheme scheme = PermutationScheme::Conditional);

/// spdep's "Pr(folded) Sim" (localmoran_perm, localG_perm) for a statistic s = a + slope·L:
///   atLeast = #{permutations with s ≥ s_obs},  p = (min(atLeast, R − atLeast) + 1) / (R + 1)
/// i.e. the smaller tail, in the direction of the observed value, as GeoDa does. NaN when nothing
/// was permuted (an island); 1 when slope = 0 (every permuted statistic equals the observed one,
/// where spdep's formula would give 1/(R+1)).
double foldedPValue(const LagCounts& counts, double slope);

/// Total randomisation for a global statistic (Cliff & Ord 1981, ch. 1): R times all n values are
/// shuffled (Fisher–Yates, stream streamSeed(seed, r) for permutation r) and the cross-product
/// Σᵢ vᵢ Σⱼ wᵢⱼ vⱼ is evaluated. Returns the R cross-products in permutation order; repeatable for any
/// thread count. O(R·(n + links)).
std::vector<double> permuteCrossProducts(std::span<const double> values, const SpatialWeights& weights,
                                         const PermutationOptions& options, Feedback& feedback);

/// Σᵢ vᵢ Σⱼ wᵢⱼ vⱼ, summed in row order (the same code the permutations use, so ties stay exact).
double spatialCrossProduct(std::span<const double> values, const SpatialWeights& weights);

/// (min(#{x ≥ observed}, R − #{x ≥ observed}) + 1) / (R + 1) over the permuted statistics; NaN for R = 0.
double foldedPValue(std::span<const double> permuted, double observed);

} // namespace bib::core
