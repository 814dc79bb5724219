// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/rankstatistics.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <utility>

namespace bib::core {

namespace {

/// A key whose unsigned order is the descending order of the double (−0 and +0 share a key).
std::uint64_t descendingKey(double value)
{
    const std::uint64_t bits = std::bit_cast<std::uint64_t>(value == 0.0 ? 0.0 : value);
    const std::uint64_t ascending = (bits >> 63) ? ~bits : bits | 0x8000000000000000ULL;
    return ~ascending;
}

/// Sorts mPacked ascending by the full key of each area. mPacked holds the key's upper 33
/// bits with the area number in the lower 31: an LSD radix sort on those 33 bits (3 passes of 11
/// bits; a pass where every element has the same digit is skipped), then runs with equal upper
/// bits, which are rare and short, are put in order by the full key.
/// The order statistics x_(k) (0-based, k ascending) of x by a radix select: count x in 256
/// buckets of equal width over [min, max], find each position's bucket, then sort only the values
/// of that bucket (a handful; none when a bucket is one value wide). O(size of x) per call.
std::array<double, 6> orderStatistics(const std::vector<std::uint32_t>& x,
                                      const std::array<std::size_t, 6>& positions,
                                      std::vector<std::uint32_t>& bucket)
{
    const auto [lowest, highest] = std::minmax_element(x.begin(), x.end());
    const std::uint32_t first = *lowest;
    const int width = std::bit_width(*highest - first);
    const int shift = width > 8 ? width - 8 : 0;
    std::array<std::uint32_t, 256> counts{};
    for (std::uint32_t v : x)
        ++counts[(v - first) >> shift];
    std::array<double, 6> out{};
    std::size_t below = 0, k = 0;
    std::size_t gathered = counts.size(); // the bucket whose values `bucket` holds, sorted
    for (std::size_t b = 0; b < counts.size() && k < positions.size(); ++b) {
        for (; k < positions.size() && positions[k] < below + counts[b]; ++k) {
            if (shift == 0) {
                out[k] = static_cast<double>(first + b);
                continue;
            }
            if (gathered != b) {
                bucket.clear();
                for (std::uint32_t v : x)
                    if (((v - first) >> shift) == b)
                        bucket.push_back(v);
                std::sort(bucket.begin(), bucket.end());
                gathered = b;
            }
            out[k] = static_cast<double>(bucket[positions[k] - below]);
        }
        below += counts[b];
    }
    return out;
}

} // namespace

void RankSorter::sortPacked()
{
    constexpr int kBits = 11, kPasses = 3, kShift = 31;
    constexpr std::size_t kBuckets = std::size_t{1} << kBits;
    const std::size_t m = mPacked.size();
    std::array<std::array<std::uint32_t, kBuckets>, kPasses> counts{};
    for (std::uint64_t p : mPacked)
        for (int pass = 0; pass < kPasses; ++pass)
            ++counts[static_cast<std::size_t>(pass)][(p >> (kShift + pass * kBits)) & (kBuckets - 1)];
    mPackedScratch.resize(m);
    for (int pass = 0; pass < kPasses; ++pass) {
        auto& count = counts[static_cast<std::size_t>(pass)];
        if (std::find(count.begin(), count.end(), static_cast<std::uint32_t>(m)) != count.end())
            continue;
        std::uint32_t offset = 0;
        for (auto& c : count)
            offset += std::exchange(c, offset);
        for (std::uint64_t p : mPacked)
            mPackedScratch[count[(p >> (kShift + pass * kBits)) & (kBuckets - 1)]++] = p;
        std::swap(mPacked, mPackedScratch);
    }
    constexpr std::uint64_t kAreaMask = (std::uint64_t{1} << kShift) - 1;
    const auto byKey = [&](std::uint64_t a, std::uint64_t b) {
        return mKeys[a & kAreaMask] < mKeys[b & kAreaMask];
    };
    for (std::size_t start = 0; start < m;) {
        std::size_t end = start + 1;
        while (end < m && (mPacked[end] >> kShift) == (mPacked[start] >> kShift))
            ++end;
        if (end - start > 1)
            std::sort(mPacked.begin() + static_cast<std::ptrdiff_t>(start),
                      mPacked.begin() + static_cast<std::ptrdiff_t>(end), byKey);
        start = end;
    }
}

void RankSorter::rank(const std::vector<double>& values, std::uint32_t* ranks)
{
    constexpr std::uint64_t kAreaMask = (std::uint64_t{1} << 31) - 1;
    mPacked.clear();
    mKeys.resize(values.size());
    for (std::size_t a = 0; a < values.size(); ++a) {
        ranks[a] = 0;
        mKeys[a] = 0;
        if (!std::isnan(values[a])) {
            mKeys[a] = descendingKey(values[a]);
            mPacked.push_back((mKeys[a] & ~kAreaMask) | a);
        }
    }
    sortPacked();
    std::uint32_t rank = 0;
    for (std::size_t k = 0; k < mPacked.size(); ++k) {
        const std::size_t area = mPacked[k] & kAreaMask;
        // Different upper bits mean different keys; only equal upper bits need the full keys.
        const bool tie = k > 0 && (mPacked[k] & ~kAreaMask) == (mPacked[k - 1] & ~kAreaMask) &&
                         mKeys[area] == mKeys[mPacked[k - 1] & kAreaMask];
        if (!tie)
            rank = static_cast<std::uint32_t>(k + 1);
        ranks[area] = rank;
    }
}

std::array<double, 3> type7Quantiles(const std::vector<std::uint32_t>& x, const std::array<double, 3>& p,
                                     std::vector<std::uint32_t>& scratch)
{
    std::array<std::size_t, 6> positions{};
    std::array<double, 3> fraction{};
    for (std::size_t k = 0; k < p.size(); ++k) {
        const double h = static_cast<double>(x.size() - 1) * p[k];
        const std::size_t low = static_cast<std::size_t>(std::floor(h));
        fraction[k] = h - static_cast<double>(low);
        positions[2 * k] = low;
        positions[2 * k + 1] = std::min(low + 1, x.size() - 1);
    }
    const std::array<double, 6> order = orderStatistics(x, positions, scratch);
    std::array<double, 3> q{};
    for (std::size_t k = 0; k < p.size(); ++k)
        q[k] = order[2 * k] + fraction[k] * (order[2 * k + 1] - order[2 * k]);
    return q;
}

} // namespace bib::core
