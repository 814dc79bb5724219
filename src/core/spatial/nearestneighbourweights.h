// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spatial/weightsbuilder.h"

namespace bib::core {

/// The k nearest neighbours of every area by the distance between polygon centroids (centroid(),
/// as spdep's knn2nb(knearneigh(st_centroid(x), k)) on projected coordinates); weights 1.
///
/// Equal distances go to the lower row, as in spdep's knearneigh C code. The result is usually
/// asymmetric (j can be among i's nearest without i among j's). Areas without a shape get no
/// neighbours and are nobody's neighbour, with a warning. Throws InputError when k is 0 or not
/// below the number of areas with a shape. O(n log n) with a k-d tree.
class NearestNeighbourWeightsBuilder final : public WeightsBuilder
{
public:
    explicit NearestNeighbourWeightsBuilder(std::size_t k);

private:
    SpatialWeights neighbours(const AreaSet& areas, WeightsReport& report, Feedback& feedback) const override;

    std::size_t mK;
};

} // namespace bib::core
