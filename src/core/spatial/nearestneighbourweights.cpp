// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/nearestneighbourweights.h"

#include "spatial/centroid.h"
#include "spatial/pointindex.h"
#include "util/error.h"

#include <cmath>

namespace bib::core {

namespace {

void warnAboutMissingShapes(const AreaSet& areas, Feedback& feedback)
{
    for (std::size_t i = 0; i < areas.size(); ++i)
        if (areas.shape(i).isEmpty())
            feedback.warn(areas.source, areas.id(i), -1,
                          "the area has no geometry, so no centroid: it gets no neighbours");
}

} // namespace

NearestNeighbourWeightsBuilder::NearestNeighbourWeightsBuilder(std::size_t k) : mK(k)
{
    if (k == 0)
        throw InputError("k nearest neighbours: k must be at least 1");
}

SpatialWeights NearestNeighbourWeightsBuilder::neighbours(const AreaSet& areas, WeightsReport& /*report*/,
                                                          Feedback& feedback) const
{
    const PointIndex index(centroids(areas));
    if (mK >= index.indexedCount())
        throw InputError("k nearest neighbours: k = " + std::to_string(mK) + " needs at least " +
                         std::to_string(mK + 1) + " areas with a geometry; there are " +
                         std::to_string(index.indexedCount()));
    warnAboutMissingShapes(areas, feedback);
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows(areas.size());
    for (std::size_t i = 0; i < areas.size(); ++i) {
        if (!std::isfinite(index.point(i).x))
            continue;
        for (const std::uint32_t j : index.nearest(index.point(i), mK, i))
            rows[i].emplace_back(j, 1.0);
        if ((i & 0xfff) == 0)
            feedback.throwIfCancelled();
    }
    return SpatialWeights(areas.ids(), rows, "k = " + std::to_string(mK) + " nearest neighbours (centroids)");
}

} // namespace bib::core
