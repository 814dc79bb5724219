// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>

namespace bib::core::demo {

/// The independent random streams of the demo generator, one per part of the data.
enum class DemoStream : std::uint64_t
{
    Town = 1,
    Names = 2,
    Indicators = 3,
    Events = 4,
    Messages = 5,
};

/// Mixes a recorded seed with a stream number and an index into an independent seed (SplitMix64
/// finaliser, Steele, Lea & Flood 2014), so each part of the demo data draws from its own stream
/// and a change in one part cannot shift the numbers of another.
std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream, std::uint64_t index = 0);
inline std::uint64_t mixSeed(std::uint64_t seed, DemoStream stream, std::uint64_t index = 0)
{
    return mixSeed(seed, static_cast<std::uint64_t>(stream), index);
}

/// A random stream whose numbers are the same on every platform and standard library.
///
/// Built on the raw output of std::mt19937_64, which the C++ standard specifies exactly; the
/// standard distributions are not used because their algorithms are implementation-defined.
/// Floating-point results go through log/cos/exp of the C library, which may differ in the last
/// bit between libraries; the demo generator rounds every published number, which hides that.
/// Not thread-safe: one stream per thread.
class RandomStream
{
public:
    explicit RandomStream(std::uint64_t seed) : mEngine(seed) {}

    /// The next raw 64-bit output of mt19937_64.
    std::uint64_t next() { return mEngine(); }
    /// Uniform in [0, 1) from the top 53 bits of one output.
    double uniform();
    /// Uniform in [low, high).
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform integer in [0, count); count must be positive. Rejection sampling, so unbiased.
    std::size_t index(std::size_t count);
    /// Standard normal by the Box–Muller transform (one value per call, two uniforms consumed).
    double normal();
    double normal(double mean, double standardDeviation) { return mean + standardDeviation * normal(); }
    /// Poisson count: Knuth's multiplication method for means below 30, else the normal
    /// approximation rounded to the nearest integer and clamped at 0. Returns 0 for mean <= 0.
    std::int64_t poisson(double mean);

private:
    std::mt19937_64 mEngine;
};

} // namespace bib::core::demo
