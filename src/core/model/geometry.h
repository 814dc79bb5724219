// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <limits>
#include <vector>

namespace bib::core {

/// A position in the working CRS (metres for EPSG:28992).
struct Point
{
    double x = 0.0;
    double y = 0.0;
};

struct Envelope
{
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool isNull() const { return minX > maxX; }
    void expand(const Point& p)
    {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    void expand(const Envelope& e)
    {
        if (e.isNull())
            return;
        minX = std::min(minX, e.minX);
        minY = std::min(minY, e.minY);
        maxX = std::max(maxX, e.maxX);
        maxY = std::max(maxY, e.maxY);
    }
    bool contains(const Point& p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
    bool intersects(const Envelope& e) const
    {
        return !(e.minX > maxX || e.maxX < minX || e.minY > maxY || e.maxY < minY);
    }
    double width() const { return isNull() ? 0.0 : maxX - minX; }
    double height() const { return isNull() ? 0.0 : maxY - minY; }
};

/// A closed ring: the first point is repeated as the last, as in OGC simple features.
using Ring = std::vector<Point>;

/// One polygon: rings[0] is the exterior, the rest are holes.
struct Polygon
{
    std::vector<Ring> rings;
};

/// The shape of one area in the working CRS. Empty when the source feature had no usable geometry.
struct MultiPolygon
{
    std::vector<Polygon> polygons;
    Envelope envelope;

    bool isEmpty() const { return polygons.empty(); }
    void updateEnvelope();
};

/// Signed area of a ring by the shoelace formula (positive when counter-clockwise), in CRS units².
double signedRingArea(const Ring& ring);
/// Area of a multipolygon (exterior minus holes), in CRS units².
double area(const MultiPolygon& shape);
/// Even-odd point-in-polygon test over all rings; points on an edge may go either way.
bool contains(const MultiPolygon& shape, const Point& p);
/// A point guaranteed inside the shape (GEOS PointOnSurface); {NaN, NaN} for an empty shape.
Point pointOnSurface(const MultiPolygon& shape);

} // namespace bib::core
