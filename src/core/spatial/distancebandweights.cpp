// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/distancebandweights.h"

#include "io/areawriter.h"
#include "spatial/centroid.h"
#include "spatial/pointindex.h"
#include "util/error.h"

#include <cmath>

namespace bib::core {

DistanceBandWeightsBuilder::DistanceBandWeightsBuilder(double distance, std::optional<double> inversePower)
    : mDistance(distance), mPower(inversePower)
{
    if (!std::isfinite(distance) || distance <= 0.0)
        throw InputError("distance band: the distance must be a positive number of metres, not " +
                         formatNumber(distance));
    if (mPower && (!std::isfinite(*mPower) || *mPower <= 0.0))
        throw InputError("inverse distance: the power must be a positive number, not " +
                         formatNumber(*mPower));
}

double DistanceBandWeightsBuilder::islandLinkWeight(double distance) const
{
    return mPower ? 1.0 / std::pow(distance, *mPower) : 1.0;
}

SpatialWeights DistanceBandWeightsBuilder::neighbours(const AreaSet& areas, WeightsReport& /*report*/,
                                                      Feedback& feedback) const
{
    const PointIndex index(centroids(areas));
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows(areas.size());
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const Point& from = index.point(i);
        if (!std::isfinite(from.x)) {
            feedback.warn(areas.source, areas.id(i), -1,
                          "the area has no geometry, so no centroid: it gets no neighbours");
            continue;
        }
        for (const std::uint32_t j : index.withinDistance(from, mDistance)) {
            if (j == i)
                continue;
            const double distance = std::hypot(from.x - index.point(j).x, from.y - index.point(j).y);
            if (mPower && distance == 0.0)
                throw InputError("inverse distance: areas " + areas.id(i) + " and " + areas.id(j) +
                                 " have the same centroid, so 1/d is undefined; use a distance band or knn");
            rows[i].emplace_back(j, islandLinkWeight(distance));
        }
        if ((i & 0xfff) == 0)
            feedback.throwIfCancelled();
    }
    const std::string band = formatNumber(mDistance) + " m (centroids)";
    return SpatialWeights(areas.ids(), rows,
                          mPower ? "inverse distance 1/d^" + formatNumber(*mPower) + " within " + band
                                 : "distance band " + band);
}

} // namespace bib::core
