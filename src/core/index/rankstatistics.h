// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace bib::core {

/// Competition ranks of many vectors of the same length, fast: the inner loop of the uncertainty
/// analysis, which ranks 14,574 index values a thousand times.
///
/// Gives the same ranks as descendingRanks() (1 = highest, ties share the lowest number, equal
/// doubles tie and −0 ties with +0) by an LSD radix sort on the upper 33 bits of an order-
/// preserving integer key of each double (3 passes of 11 bits, a pass with one digit skipped),
/// after which the rare runs of equal upper bits are sorted by the full key. O(n) per call.
/// Not thread-safe: one per thread (it keeps its buffers between calls). At most 2³¹ values.
class RankSorter
{
public:
    /// ranks[i] = competition rank of values[i] among the values that are not NaN; 0 for NaN.
    /// `ranks` has room for values.size() entries.
    void rank(const std::vector<double>& values, std::uint32_t* ranks);

private:
    void sortPacked();

    std::vector<std::uint64_t> mKeys;                   ///< [i]: order key of values[i]
    std::vector<std::uint64_t> mPacked, mPackedScratch; ///< upper 33 key bits | i
};

/// R's type 7 quantiles (the default of quantile()) of x at the probabilities p (ascending):
/// sorted x₀ ≤ … ≤ x_{m−1}, h = (m − 1)·p, Q(p) = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋₊₁ − x_⌊h⌋).
/// x must not be empty. O(size of x) by a radix select; `scratch` is a buffer kept between calls.
std::array<double, 3> type7Quantiles(const std::vector<std::uint32_t>& x, const std::array<double, 3>& p,
                                     std::vector<std::uint32_t>& scratch);

} // namespace bib::core
