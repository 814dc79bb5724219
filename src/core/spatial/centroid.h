// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/areaset.h"
#include "model/geometry.h"

#include <vector>

namespace bib::core {

/// The centroid (centre of mass) of a shape in the working CRS: the area-weighted mean of the
/// polygons' centroids, holes subtracted — what GEOS GEOSGetCentroid and so sf's st_centroid give
/// for polygons, which spdep's knearneigh and dnearneigh are usually fed. A centroid need not lie
/// inside the shape (pointOnSurface does). A shape of zero area falls back to the mean of its
/// vertices; an empty shape gives {NaN, NaN}. O(vertices).
Point centroid(const MultiPolygon& shape);

/// centroid() of every area, by row.
std::vector<Point> centroids(const AreaSet& areas);

} // namespace bib::core
