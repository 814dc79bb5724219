// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spatial/weightsbuilder.h"

#include <optional>

namespace bib::core {

/// Neighbours whose polygon centroids (centroid()) lie within a distance band, 0 <= d <= distance
/// metres (spdep's dnearneigh(x, 0, distance) with its default bounds "GE", "LE"; libpysal's
/// DistanceBand). Weights 1, or with a power p the inverse distance 1 / d^p (libpysal's
/// DistanceBand(binary=False, alpha=-p)). Symmetric. Areas without a shape get no neighbours,
/// with a warning. Two areas with the same centroid are neighbours; with inverse distance that is
/// an InputError naming them (1/0). O(n log n + links) with a k-d tree.
class DistanceBandWeightsBuilder final : public WeightsBuilder
{
public:
    /// Throws InputError unless distance (and power) are positive and finite.
    explicit DistanceBandWeightsBuilder(double distance, std::optional<double> inversePower = std::nullopt);

private:
    SpatialWeights neighbours(const AreaSet& areas, WeightsReport& report, Feedback& feedback) const override;
    double islandLinkWeight(double distance) const override;

    double mDistance;
    std::optional<double> mPower;
};

} // namespace bib::core
