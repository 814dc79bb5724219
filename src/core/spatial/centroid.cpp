// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/centroid.h"

#include <cmath>

namespace bib::core {

namespace {

/// Accumulates signed-area moments relative to a fixed origin, which keeps the sums well
/// conditioned for RD coordinates in the hundreds of thousands of metres.
struct Moments
{
    Point origin;
    double area = 0.0;
    double x = 0.0;
    double y = 0.0;

    void addRing(const Ring& ring, double sign)
    {
        double ringArea = 0.0, ringX = 0.0, ringY = 0.0;
        for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
            const double x1 = ring[i].x - origin.x, y1 = ring[i].y - origin.y;
            const double x2 = ring[i + 1].x - origin.x, y2 = ring[i + 1].y - origin.y;
            const double cross = x1 * y2 - x2 * y1;
            ringArea += cross;
            ringX += (x1 + x2) * cross;
            ringY += (y1 + y2) * cross;
        }
        // ringArea is twice the signed area; the moments are six times the signed first moments.
        // Orientation is normalised: shells count positive and holes negative, whatever their
        // winding in the source.
        const double orientation = ringArea < 0.0 ? -1.0 : 1.0;
        area += sign * orientation * ringArea / 2.0;
        x += sign * orientation * ringX / 6.0;
        y += sign * orientation * ringY / 6.0;
    }
};

} // namespace

Point centroid(const MultiPolygon& shape)
{
    const double nan = std::nan("");
    const Ring* first = nullptr;
    for (const auto& polygon : shape.polygons)
        if (!polygon.rings.empty() && !polygon.rings.front().empty() && !first)
            first = &polygon.rings.front();
    if (!first)
        return {nan, nan};
    Moments moments{first->front()};
    for (const auto& polygon : shape.polygons)
        for (std::size_t r = 0; r < polygon.rings.size(); ++r)
            moments.addRing(polygon.rings[r], r == 0 ? 1.0 : -1.0);
    if (moments.area > 0.0)
        return {moments.origin.x + moments.x / moments.area, moments.origin.y + moments.y / moments.area};
    double sumX = 0.0, sumY = 0.0;
    std::size_t count = 0;
    for (const auto& polygon : shape.polygons)
        for (const auto& ring : polygon.rings)
            for (const auto& p : ring) {
                sumX += p.x;
                sumY += p.y;
                ++count;
            }
    return {sumX / static_cast<double>(count), sumY / static_cast<double>(count)};
}

std::vector<Point> centroids(const AreaSet& areas)
{
    std::vector<Point> out;
    out.reserve(areas.size());
    for (std::size_t i = 0; i < areas.size(); ++i)
        out.push_back(centroid(areas.shape(i)));
    return out;
}

} // namespace bib::core
