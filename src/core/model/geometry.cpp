// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/geometry.h"

#include <cmath>

namespace bib::core {

void MultiPolygon::updateEnvelope()
{
    envelope = Envelope{};
    for (const auto& polygon : polygons)
        for (const auto& ring : polygon.rings)
            for (const auto& p : ring)
                envelope.expand(p);
}

double signedRingArea(const Ring& ring)
{
    if (ring.size() < 3)
        return 0.0;
    // Shoelace formula relative to the first vertex, which keeps the sum well conditioned for RD
    // coordinates in the hundreds of thousands of metres.
    const Point& origin = ring.front();
    double sum = 0.0;
    for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
        const double x1 = ring[i].x - origin.x, y1 = ring[i].y - origin.y;
        const double x2 = ring[i + 1].x - origin.x, y2 = ring[i + 1].y - origin.y;
        sum += x1 * y2 - x2 * y1;
    }
    return sum / 2.0;
}

double area(const MultiPolygon& shape)
{
    double total = 0.0;
    for (const auto& polygon : shape.polygons) {
        for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
            const double a = std::abs(signedRingArea(polygon.rings[r]));
            total += r == 0 ? a : -a;
        }
    }
    return total;
}

bool contains(const MultiPolygon& shape, const Point& p)
{
    if (!shape.envelope.contains(p))
        return false;
    bool inside = false;
    for (const auto& polygon : shape.polygons) {
        for (const auto& ring : polygon.rings) {
            const std::size_t n = ring.size();
            for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
                const Point& a = ring[i];
                const Point& b = ring[j];
                if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
                    inside = !inside;
            }
        }
    }
    return inside;
}

namespace {

// Midpoint of the widest inside interval of a horizontal line through y, or NaN width if none.
std::pair<double, double> widestInterval(const Polygon& polygon, double y)
{
    std::vector<double> xs;
    for (const auto& ring : polygon.rings) {
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const Point& a = ring[i];
            const Point& b = ring[j];
            if ((a.y > y) != (b.y > y))
                xs.push_back(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y));
        }
    }
    std::sort(xs.begin(), xs.end());
    double bestWidth = -1.0, bestMid = std::nan("");
    for (std::size_t i = 0; i + 1 < xs.size(); i += 2) {
        const double width = xs[i + 1] - xs[i];
        if (width > bestWidth) {
            bestWidth = width;
            bestMid = (xs[i] + xs[i + 1]) / 2.0;
        }
    }
    return {bestWidth, bestMid};
}

} // namespace

Point pointOnSurface(const MultiPolygon& shape)
{
    // Scan-line method (as GEOS InteriorPointArea): a horizontal line through the middle of the
    // largest polygon's envelope; the midpoint of its widest inside interval is inside.
    const Polygon* largest = nullptr;
    double largestArea = -1.0;
    for (const auto& polygon : shape.polygons) {
        if (polygon.rings.empty())
            continue;
        const double a = std::abs(signedRingArea(polygon.rings.front()));
        if (a > largestArea) {
            largestArea = a;
            largest = &polygon;
        }
    }
    if (!largest)
        return {std::nan(""), std::nan("")};
    Envelope env;
    for (const auto& p : largest->rings.front())
        env.expand(p);
    double bestWidth = -1.0;
    Point best{std::nan(""), std::nan("")};
    // Try a few scan lines; vertices exactly on the line are avoided by the odd fractions.
    for (double f : {0.5, 0.37, 0.63, 0.23, 0.77, 0.11, 0.89}) {
        const double y = env.minY + f * (env.maxY - env.minY);
        const auto [width, mid] = widestInterval(*largest, y);
        if (width > bestWidth) {
            bestWidth = width;
            best = {mid, y};
        }
        if (f == 0.5 && width > 0.0)
            break;
    }
    return best;
}

} // namespace bib::core
