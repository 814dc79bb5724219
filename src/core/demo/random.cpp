// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/random.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace bib::core::demo {

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream, std::uint64_t index)
{
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (stream + 1) + 0xbf58476d1ce4e5b9ULL * (index + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double RandomStream::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

std::size_t RandomStream::index(std::size_t count)
{
    const std::uint64_t n = count;
    // Largest multiple of n that fits, so every residue is equally likely.
    const std::uint64_t limit =
        std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
    std::uint64_t value = next();
    while (value >= limit)
        value = next();
    return static_cast<std::size_t>(value % n);
}

double RandomStream::normal()
{
    const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

std::int64_t RandomStream::poisson(double mean)
{
    if (!(mean > 0.0))
        return 0;
    if (mean >= 30.0) {
        const double value = std::round(mean + std::sqrt(mean) * normal());
        return value < 0.0 ? 0 : static_cast<std::int64_t>(value);
    }
    const double limit = std::exp(-mean);
    std::int64_t count = 0;
    double product = uniform();
    while (product > limit) {
        ++count;
        product *= uniform();
    }
    return count;
}

} // namespace bib::core::demo
