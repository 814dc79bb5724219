// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/permutation.h"

#include "util/error.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>

namespace bib::core {

namespace {

constexpr std::size_t kChunk = 256;

std::uint64_t splitMix64(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

unsigned threadCount(unsigned requested, std::size_t chunks)
{
    unsigned threads = requested;
    if (threads == 0)
        threads = std::min(std::max(std::thread::hardware_concurrency(), 1u), 8u);
    return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, chunks)));
}

/// Runs work(begin, end, state) over [0, count) in chunks on several threads; every thread makes its
/// own State with makeState(). Stops early when cancelled; rethrows the first exception of a worker.
template <typename MakeState, typename Work>
void parallelChunks(std::size_t count, unsigned requestedThreads, Feedback& feedback, MakeState makeState,
                    Work work)
{
    const std::size_t chunks = (count + kChunk - 1) / kChunk;
    std::atomic<std::size_t> nextChunk{0};
    std::atomic<std::size_t> doneChunks{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto worker = [&] {
        try {
            auto state = makeState();
            for (std::size_t c = nextChunk++; c < chunks; c = nextChunk++) {
                if (feedback.isCancelled())
                    return;
                work(c * kChunk, std::min(count, (c + 1) * kChunk), state);
                feedback.setProgress(100.0 * static_cast<double>(++doneChunks) / static_cast<double>(chunks));
            }
        } catch (...) {
            const std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            nextChunk = chunks;
        }
    };
    const unsigned threads = threadCount(requestedThreads, chunks);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
    feedback.throwIfCancelled();
}

void checkValues(std::span<const double> values, const SpatialWeights& weights)
{
    if (values.size() != weights.size())
        throw InternalError("permutation test: " + std::to_string(values.size()) + " values for " +
                            std::to_string(weights.size()) + " weight rows");
    if (values.size() >= std::numeric_limits<std::uint32_t>::max())
        throw InputError("permutation test: too many areas");
    for (double v : values)
        if (!std::isfinite(v))
            throw InternalError("permutation test: missing or infinite value (leave such areas out first)");
}

/// One area's permutations. `pool` holds every value. Conditional: position `row` is swapped to the
/// end so that the first n − 1 positions are the candidates; total: all n are. A partial Fisher–Yates
/// shuffle draws k of them; the swaps are undone afterwards, so the pool is the same at the start of
/// every area and the draws depend only on the area's own stream.
LagCounts permuteArea(std::size_t row, std::span<const double> values, const SpatialWeights& weights,
                      double maxAbs, const PermutationOptions& options, PermutationScheme scheme,
                      std::vector<double>& pool, std::vector<double>& rowWeights,
                      std::vector<std::uint32_t>& swaps)
{
    const bool conditional = scheme == PermutationScheme::Conditional;
    rowWeights.clear();
    double observed = 0.0;
    double weightSum = 0.0;
    bool hasNeighbour = false;
    const auto neighbours = weights.neighbours(row);
    const auto w = weights.weights(row);
    for (std::size_t t = 0; t < neighbours.size(); ++t) {
        if (neighbours[t] == row && conditional)
            continue;
        hasNeighbour = hasNeighbour || neighbours[t] != row;
        rowWeights.push_back(w[t]);
        observed += w[t] * values[neighbours[t]];
        weightSum += std::abs(w[t]);
    }
    LagCounts counts;
    const std::size_t k = rowWeights.size();
    const std::size_t n = values.size();
    if (!hasNeighbour || options.permutations == 0)
        return counts;
    const std::size_t available = conditional ? n - 1 : n;
    if (k > available)
        throw InternalError("permutation test: more neighbours than other areas");
    const double tolerance = 1e-12 * weightSum * maxAbs;
    const auto candidates = static_cast<std::uint32_t>(available);
    if (conditional)
        std::swap(pool[row], pool[n - 1]);
    RandomStream stream(streamSeed(options.seed, row));
    swaps.resize(k);
    for (std::size_t r = 0; r < options.permutations; ++r) {
        double lag = 0.0;
        for (std::uint32_t t = 0; t < k; ++t) {
            const std::uint32_t j = t + stream.below(candidates - t);
            std::swap(pool[t], pool[j]);
            swaps[t] = j;
            lag += rowWeights[t] * pool[t];
        }
        for (std::size_t t = k; t-- > 0;)
            std::swap(pool[t], pool[swaps[t]]);
        if (lag > observed + tolerance)
            ++counts.greater;
        else if (lag < observed - tolerance)
            ++counts.less;
        else
            ++counts.equal;
    }
    if (conditional)
        std::swap(pool[row], pool[n - 1]);
    return counts;
}

} // namespace

double spatialCrossProduct(std::span<const double> v, const SpatialWeights& weights)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const auto neighbours = weights.neighbours(i);
        const auto w = weights.weights(i);
        double lag = 0.0;
        for (std::size_t t = 0; t < neighbours.size(); ++t)
            lag += w[t] * v[neighbours[t]];
        sum += v[i] * lag;
    }
    return sum;
}

std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t stream)
{
    return splitMix64(splitMix64(seed) ^ (stream * 0xd1b54a32d192ed03ULL));
}

std::uint32_t RandomStream::next32()
{
    if (mHasHalf) {
        mHasHalf = false;
        return static_cast<std::uint32_t>(mBuffer >> 32);
    }
    mBuffer = mEngine();
    mHasHalf = true;
    return static_cast<std::uint32_t>(mBuffer);
}

std::uint32_t RandomStream::below(std::uint32_t bound)
{
    // Lemire: the high word of a 32×32-bit product is uniform on [0, bound) once products whose low
    // word falls in the first (2³² mod bound) values are rejected.
    std::uint64_t product = std::uint64_t{next32()} * bound;
    auto low = static_cast<std::uint32_t>(product);
    if (low < bound) {
        const std::uint32_t threshold = (0u - bound) % bound;
        while (low < threshold) {
            product = std::uint64_t{next32()} * bound;
            low = static_cast<std::uint32_t>(product);
        }
    }
    return static_cast<std::uint32_t>(product >> 32);
}

std::vector<LagCounts> permuteLocalLags(std::span<const double> values, const SpatialWeights& weights,
                                        const PermutationOptions& options, Feedback& feedback,
                                        PermutationScheme scheme)
{
    checkValues(values, weights);
    std::vector<LagCounts> counts(values.size());
    if (options.permutations == 0 || values.size() < 2)
        return counts;
    if (options.permutations > std::numeric_limits<std::uint32_t>::max())
        throw InputError("permutation test: too many permutations");
    double maxAbs = 0.0;
    for (double v : values)
        maxAbs = std::max(maxAbs, std::abs(v));
    struct State
    {
        std::vector<double> pool;
        std::vector<double> rowWeights;
        std::vector<std::uint32_t> swaps;
    };
    parallelChunks(
        values.size(), options.threads, feedback,
        [&] {
            return State{std::vector<double>(values.begin(), values.end()), {}, {}};
        },
        [&](std::size_t begin, std::size_t end, State& state) {
            for (std::size_t i = begin; i < end; ++i)
                counts[i] = permuteArea(i, values, weights, maxAbs, options, scheme, state.pool,
                                        state.rowWeights, state.swaps);
        });
    return counts;
}

double foldedPValue(const LagCounts& counts, double slope)
{
    const std::size_t permutations = counts.total();
    if (permutations == 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (slope == 0.0)
        return 1.0;
    const std::size_t atLeast = counts.equal + (slope > 0 ? counts.greater : counts.less);
    const std::size_t smaller = std::min(atLeast, permutations - atLeast);
    return static_cast<double>(smaller + 1) / static_cast<double>(permutations + 1);
}

std::vector<double> permuteCrossProducts(std::span<const double> values, const SpatialWeights& weights,
                                         const PermutationOptions& options, Feedback& feedback)
{
    checkValues(values, weights);
    std::vector<double> out(options.permutations);
    const auto n = static_cast<std::uint32_t>(values.size());
    parallelChunks(
        options.permutations, options.threads, feedback, [&] { return std::vector<double>(values.size()); },
        [&](std::size_t begin, std::size_t end, std::vector<double>& shuffled) {
            for (std::size_t r = begin; r < end; ++r) {
                std::copy(values.begin(), values.end(), shuffled.begin());
                RandomStream stream(streamSeed(options.seed, r));
                for (std::uint32_t i = n; i > 1; --i)
                    std::swap(shuffled[i - 1], shuffled[stream.below(i)]);
                out[r] = spatialCrossProduct(shuffled, weights);
            }
        });
    return out;
}

double foldedPValue(std::span<const double> permuted, double observed)
{
    if (permuted.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto atLeast = static_cast<std::size_t>(
        std::count_if(permuted.begin(), permuted.end(), [observed](double s) { return s >= observed; }));
    const std::size_t smaller = std::min(atLeast, permuted.size() - atLeast);
    return static_cast<double>(smaller + 1) / static_cast<double>(permuted.size() + 1);
}

} // namespace bib::core
