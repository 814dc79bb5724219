// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/getisord.h"

#include "spatial/moran.h"
#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bib::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The rows of the statistic: self-links dropped, and for Gᵢ* one self-link added per row.
SpatialWeights workingWeights(const SpatialWeights& weights, bool includeSelf)
{
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows(weights.size());
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const auto neighbours = weights.neighbours(i);
        const auto w = weights.weights(i);
        double largest = 0.0;
        for (std::size_t t = 0; t < neighbours.size(); ++t) {
            if (neighbours[t] == i)
                continue;
            rows[i].emplace_back(neighbours[t], w[t]);
            largest = std::max(largest, w[t]);
        }
        if (includeSelf)
            rows[i].emplace_back(static_cast<std::uint32_t>(i), rows[i].empty() ? 1.0 : largest);
    }
    return SpatialWeights(weights.ids(), rows, weights.description());
}

} // namespace

std::string toString(HotSpotClass hotSpot)
{
    switch (hotSpot) {
    case HotSpotClass::Hot:
        return "hot";
    case HotSpotClass::Cold:
        return "cold";
    case HotSpotClass::NotSignificant:
        break;
    }
    return "ns";
}

LocalGResult localG(std::span<const double> values, const SpatialWeights& weights,
                    const LocalGOptions& options, Feedback& feedback)
{
    if (values.size() != weights.size())
        throw InternalError("local G: " + std::to_string(values.size()) + " values for " +
                            std::to_string(weights.size()) + " weight rows");
    if (values.size() < 3)
        throw InputError("local G needs at least 3 areas with a value");
    for (double v : values)
        if (!std::isfinite(v))
            throw InternalError("local G: a missing value reached the statistic");
    const std::size_t count = values.size();
    const double n = static_cast<double>(count);
    const SpatialWeights w = workingWeights(weights, options.includeSelf);

    double sum = 0.0, sumSquares = 0.0;
    for (double v : values) {
        sum += v;
        sumSquares += v * v;
    }
    const double mean = sum / n;
    double centredSquares = 0.0;
    for (double v : values)
        centredSquares += (v - mean) * (v - mean);

    LocalGResult r;
    r.z.resize(count);
    r.pNormal.resize(count);
    r.pSimulated.assign(count, kNaN);
    r.cluster.assign(count, HotSpotClass::NotSignificant);
    for (std::size_t i = 0; i < count; ++i) {
        const auto neighbours = w.neighbours(i);
        const auto wi = w.weights(i);
        double lag = 0.0, rowSum = 0.0, rowSquares = 0.0;
        for (std::size_t t = 0; t < neighbours.size(); ++t) {
            lag += wi[t] * values[neighbours[t]];
            rowSum += wi[t];
            rowSquares += wi[t] * wi[t];
        }
        if (neighbours.size() <= (options.includeSelf ? 1u : 0u))
            r.islands.push_back(i);
        double expected = 0.0, variance = 0.0;
        if (options.includeSelf) {
            const double s2 = centredSquares / n;
            expected = rowSum * mean;
            variance = s2 * ((n * rowSquares - rowSum * rowSum) / (n - 1));
        } else {
            const double meanOthers = (sum - values[i]) / (n - 1);
            const double s2 = (sumSquares - values[i] * values[i]) / (n - 1) - meanOthers * meanOthers;
            expected = rowSum * meanOthers;
            variance = s2 * (((n - 1) * rowSquares - rowSum * rowSum) / (n - 2));
        }
        r.z[i] = variance > 0 ? (lag - expected) / std::sqrt(variance) : kNaN;
        r.pNormal[i] = twoSidedNormalP(r.z[i]);
    }
    if (options.permutation.permutations > 0) {
        // z rises with the lag, so the lag's counts rank it. Each statistic is permuted under the
        // randomisation its z-value assumes: Gᵢ with xᵢ fixed, Gᵢ* with xᵢ redrawn too.
        const std::vector<LagCounts> counts =
            permuteLocalLags(values, w, options.permutation, feedback,
                             options.includeSelf ? PermutationScheme::Total : PermutationScheme::Conditional);
        for (std::size_t i = 0; i < count; ++i)
            r.pSimulated[i] = foldedPValue(counts[i], 1.0);
    }
    // Islands are not tested: their Gᵢ* is only the standardised value, and they do not count in m.
    std::vector<double> tested = options.permutation.permutations > 0 ? r.pSimulated : r.pNormal;
    for (std::size_t i : r.islands)
        tested[i] = kNaN;
    const std::vector<bool> significant = significantAt(tested, options.alpha, options.adjustment);
    for (std::size_t i = 0; i < count; ++i)
        if (significant[i] && r.z[i] != 0.0)
            r.cluster[i] = r.z[i] > 0 ? HotSpotClass::Hot : HotSpotClass::Cold;
    return r;
}

} // namespace bib::core
