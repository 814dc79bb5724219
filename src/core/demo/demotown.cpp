// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demotown.h"

#include "demo/demonames.h"
#include "demo/geosgeometry.h"
#include "demo/random.h"
#include "util/error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numbers>
#include <numeric>

namespace bib::core::demo {

namespace {

constexpr Point townCentre{155000.0, 445000.0};
constexpr double meanBuurtArea = 0.55e6; // m²; Dutch town buurten are mostly 0.2–1.5 km²
constexpr double gridSize = 0.01;        // m; every output coordinate lies on this grid

double roundToGrid(double value)
{
    return std::round(value / gridSize) * gridSize;
}

double distance(const Point& a, const Point& b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

/// Compass bearing from `from` to `to`, degrees clockwise from north in [0, 360).
double bearing(const Point& from, const Point& to)
{
    const double degrees = std::atan2(to.x - from.x, to.y - from.y) * 180.0 / std::numbers::pi;
    return degrees < 0.0 ? degrees + 360.0 : degrees;
}

/// A star-shaped outline r(θ) = R·(1 + Σ a_k cos(kθ + φ_k)), k = 2..5: smooth and irregular.
struct Outline
{
    double radius = 0.0;
    std::array<double, 4> amplitude{};
    std::array<double, 4> phase{};

    double radiusAt(double angle) const
    {
        double factor = 1.0;
        for (std::size_t k = 0; k < amplitude.size(); ++k)
            factor += amplitude[k] * std::cos(static_cast<double>(k + 2) * angle + phase[k]);
        return radius * factor;
    }
};

Outline makeOutline(RandomStream& random, int buurtCount)
{
    Outline outline;
    outline.radius = std::sqrt(meanBuurtArea * buurtCount / std::numbers::pi);
    const std::array<std::pair<double, double>, 4> ranges{
        {{0.06, 0.10}, {0.03, 0.06}, {0.02, 0.04}, {0.01, 0.02}}};
    for (std::size_t k = 0; k < ranges.size(); ++k) {
        outline.amplitude[k] = random.uniform(ranges[k].first, ranges[k].second);
        outline.phase[k] = random.uniform(0.0, 2.0 * std::numbers::pi);
    }
    return outline;
}

MultiPolygon outlineShape(const Outline& outline)
{
    constexpr int vertices = 240;
    Ring ring;
    for (int i = 0; i < vertices; ++i) {
        const double angle = 2.0 * std::numbers::pi * i / vertices;
        const double r = outline.radiusAt(angle);
        ring.push_back({roundToGrid(townCentre.x + r * std::cos(angle)),
                        roundToGrid(townCentre.y + r * std::sin(angle))});
    }
    ring.push_back(ring.front());
    MultiPolygon shape;
    shape.polygons.push_back(Polygon{{std::move(ring)}});
    shape.updateEnvelope();
    return shape;
}

Point randomPointInside(RandomStream& random, const MultiPolygon& shape)
{
    const Envelope& e = shape.envelope;
    for (;;) {
        const Point p{random.uniform(e.minX, e.maxX), random.uniform(e.minY, e.maxY)};
        if (contains(shape, p))
            return p;
    }
}

/// Mitchell's best-candidate sampling: each new point is the one of `candidates` random points
/// farthest from the points so far, which spreads points evenly without a grid.
std::vector<Point> bestCandidatePoints(RandomStream& random, const MultiPolygon& shape, int count)
{
    constexpr int candidates = 12;
    std::vector<Point> points{randomPointInside(random, shape)};
    while (points.size() < static_cast<std::size_t>(count)) {
        Point best{};
        double bestDistance = -1.0;
        for (int c = 0; c < candidates; ++c) {
            const Point p = randomPointInside(random, shape);
            double nearest = std::numeric_limits<double>::infinity();
            for (const auto& q : points)
                nearest = std::min(nearest, distance(p, q));
            if (nearest > bestDistance) {
                bestDistance = nearest;
                best = p;
            }
        }
        points.push_back(best);
    }
    return points;
}

/// The Voronoi cells of `sites` clipped to `outline`, in the order of the sites, snapped to the grid.
std::vector<MultiPolygon> clippedVoronoiCells(const GeosContext& context, const std::vector<Point>& sites,
                                              const MultiPolygon& outline)
{
    GEOSContextHandle_t h = context.handle();
    std::vector<GEOSGeometry*> points;
    for (const auto& p : sites)
        points.push_back(pointGeometry(context, p).release());
    const GeosGeometryPtr multipoint = context.own(
        GEOSGeom_createCollection_r(h, GEOS_MULTIPOINT, points.data(), static_cast<unsigned>(points.size())),
        "multipoint");
    const GeosGeometryPtr clip = toGeos(context, outline);
    const GeosGeometryPtr frame = context.own(GEOSBuffer_r(h, clip.get(), 2000.0, 4), "buffer");
    const GeosGeometryPtr diagram =
        context.own(GEOSVoronoiDiagram_r(h, multipoint.get(), frame.get(), 0.0, 0), "Voronoi");

    // GEOS 3.11 does not keep the input order of the cells: find each cell's site.
    std::vector<MultiPolygon> cells(sites.size());
    const int count = GEOSGetNumGeometries_r(h, diagram.get());
    for (int i = 0; i < count; ++i) {
        const GEOSGeometry* cell = GEOSGetGeometryN_r(h, diagram.get(), i);
        const MultiPolygon cellShape = toMultiPolygon(context, *cell);
        for (std::size_t s = 0; s < sites.size(); ++s) {
            if (!cellShape.envelope.contains(sites[s]) || !contains(cellShape, sites[s]))
                continue;
            const GeosGeometryPtr clipped =
                context.own(GEOSIntersection_r(h, cell, clip.get()), "intersection");
            const GeosGeometryPtr snapped =
                context.own(GEOSGeom_setPrecision_r(h, clipped.get(), gridSize, 0), "snap");
            cells[s] = toMultiPolygon(context, *snapped);
            break;
        }
    }
    for (std::size_t s = 0; s < cells.size(); ++s)
        if (cells[s].isEmpty())
            throw InternalError("demo town: the Voronoi cell of site " + std::to_string(s) + " is empty");
    return cells;
}

/// Moves every site towards the centre along its ray: a site at relative distance s (0 at the centre,
/// 1 on the outline) goes to s·(a + (1 − a)·s). Cells near the centre shrink to about a² = 0.3 of the
/// mean, cells at the edge grow to about 2 − a = 1.45 of it.
void pullTowardsCentre(std::vector<Point>& sites, const Outline& outline)
{
    constexpr double a = 0.55;
    for (auto& p : sites) {
        const double dx = p.x - townCentre.x, dy = p.y - townCentre.y;
        const double angle = std::atan2(dy, dx);
        const double s = std::hypot(dx, dy) / outline.radiusAt(angle);
        const double factor = a + (1.0 - a) * s;
        p = {townCentre.x + dx * factor, townCentre.y + dy * factor};
    }
}

std::vector<std::vector<std::size_t>> sharedEdgeNeighbours(const GeosContext& context,
                                                           const std::vector<MultiPolygon>& cells)
{
    std::vector<GeosGeometryPtr> geometries;
    for (const auto& cell : cells)
        geometries.push_back(toGeos(context, cell));
    std::vector<std::vector<std::size_t>> neighbours(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
        for (std::size_t j = i + 1; j < cells.size(); ++j) {
            if (!cells[i].envelope.intersects(cells[j].envelope))
                continue;
            // Interiors apart, boundaries meeting in a line: a shared edge, not a shared corner.
            if (GEOSRelatePattern_r(context.handle(), geometries[i].get(), geometries[j].get(),
                                    "F***1****") == 1) {
                neighbours[i].push_back(j);
                neighbours[j].push_back(i);
            }
        }
    }
    for (auto& list : neighbours)
        std::sort(list.begin(), list.end());
    return neighbours;
}

std::size_t nearest(const Point& p, const std::vector<Point>& centres)
{
    std::size_t best = 0;
    for (std::size_t c = 1; c < centres.size(); ++c)
        if (distance(p, centres[c]) < distance(p, centres[best]))
            best = c;
    return best;
}

/// k-means (Lloyd) with k-means++ starting centres; returns the group of each point.
std::vector<std::size_t> kMeansGroups(RandomStream& random, const std::vector<Point>& points, std::size_t k)
{
    std::vector<Point> centres{points[random.index(points.size())]};
    while (centres.size() < k) {
        std::vector<double> weight(points.size());
        for (std::size_t i = 0; i < points.size(); ++i)
            weight[i] = std::pow(distance(points[i], centres[nearest(points[i], centres)]), 2.0);
        double target = random.uniform() * std::accumulate(weight.begin(), weight.end(), 0.0);
        std::size_t chosen = 0;
        while (chosen + 1 < points.size() && target >= weight[chosen])
            target -= weight[chosen++];
        centres.push_back(points[chosen]);
    }
    std::vector<std::size_t> group(points.size());
    for (int iteration = 0; iteration < 30; ++iteration) {
        for (std::size_t i = 0; i < points.size(); ++i)
            group[i] = nearest(points[i], centres);
        std::vector<Point> sum(k);
        std::vector<int> members(k, 0);
        for (std::size_t i = 0; i < points.size(); ++i) {
            sum[group[i]].x += points[i].x;
            sum[group[i]].y += points[i].y;
            ++members[group[i]];
        }
        for (std::size_t c = 0; c < k; ++c)
            if (members[c] > 0)
                centres[c] = {sum[c].x / members[c], sum[c].y / members[c]};
    }
    return group;
}

std::vector<std::vector<std::size_t>> componentsOf(std::size_t wijk, const std::vector<std::size_t>& group,
                                                   const std::vector<std::vector<std::size_t>>& neighbours)
{
    std::vector<std::vector<std::size_t>> components;
    std::vector<bool> seen(group.size(), false);
    for (std::size_t start = 0; start < group.size(); ++start) {
        if (group[start] != wijk || seen[start])
            continue;
        std::vector<std::size_t> component{start}, stack{start};
        seen[start] = true;
        while (!stack.empty()) {
            const std::size_t b = stack.back();
            stack.pop_back();
            for (std::size_t n : neighbours[b])
                if (group[n] == wijk && !seen[n]) {
                    seen[n] = true;
                    component.push_back(n);
                    stack.push_back(n);
                }
        }
        components.push_back(std::move(component));
    }
    return components;
}

/// Hands every buurt cut off from the main part of its wijk to the neighbouring wijk it touches most.
void makeWijkenContiguous(std::vector<std::size_t>& group, std::size_t wijkCount,
                          const std::vector<std::vector<std::size_t>>& neighbours)
{
    for (int pass = 0; pass < 20; ++pass) {
        bool changed = false;
        for (std::size_t w = 0; w < wijkCount; ++w) {
            auto components = componentsOf(w, group, neighbours);
            std::stable_sort(components.begin(), components.end(),
                             [](const auto& a, const auto& b) { return a.size() > b.size(); });
            for (std::size_t c = 1; c < components.size(); ++c)
                for (std::size_t b : components[c]) {
                    std::vector<int> touching(wijkCount, 0);
                    for (std::size_t n : neighbours[b])
                        if (group[n] != w)
                            ++touching[group[n]];
                    group[b] = static_cast<std::size_t>(std::max_element(touching.begin(), touching.end()) -
                                                        touching.begin());
                    changed = true;
                }
        }
        if (!changed)
            return;
    }
}

} // namespace

Point centroid(const MultiPolygon& shape)
{
    double sumArea = 0.0, sumX = 0.0, sumY = 0.0;
    for (const auto& polygon : shape.polygons)
        for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
            const Ring& ring = polygon.rings[r];
            if (ring.size() < 4)
                continue;
            const Point& o = ring.front(); // relative to the first vertex, for precision
            const double sign = (r == 0) == (signedRingArea(ring) > 0.0) ? 1.0 : -1.0;
            for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
                const double x1 = ring[i].x - o.x, y1 = ring[i].y - o.y;
                const double x2 = ring[i + 1].x - o.x, y2 = ring[i + 1].y - o.y;
                const double cross = sign * (x1 * y2 - x2 * y1) / 2.0;
                sumArea += cross;
                sumX += cross * (o.x + (x1 + x2) / 3.0);
                sumY += cross * (o.y + (y1 + y2) / 3.0);
            }
        }
    if (sumArea == 0.0)
        return {std::nan(""), std::nan("")};
    return {sumX / sumArea, sumY / sumArea};
}

namespace {

struct Tiling
{
    std::vector<MultiPolygon> cells;
    std::vector<std::vector<std::size_t>> neighbours;
    std::vector<std::size_t> group; ///< wijk of each cell, not yet in code order
};

std::vector<Point> centroids(const std::vector<MultiPolygon>& cells)
{
    std::vector<Point> out;
    for (const auto& cell : cells)
        out.push_back(centroid(cell));
    return out;
}

Tiling tileOutline(const GeosContext& context, RandomStream& random, const Outline& outline,
                   const MultiPolygon& shape, int buurtCount, int wijkCount, Feedback& feedback)
{
    std::vector<Point> sites = bestCandidatePoints(random, shape, buurtCount);
    for (int step = 0; step < 2; ++step) { // Lloyd relaxation evens out the cell sizes
        feedback.throwIfCancelled();
        sites = centroids(clippedVoronoiCells(context, sites, shape));
    }
    pullTowardsCentre(sites, outline);
    Tiling tiling;
    tiling.cells = clippedVoronoiCells(context, sites, shape);
    feedback.setProgress(20.0);
    tiling.neighbours = sharedEdgeNeighbours(context, tiling.cells);
    tiling.group = kMeansGroups(random, centroids(tiling.cells), static_cast<std::size_t>(wijkCount));
    makeWijkenContiguous(tiling.group, static_cast<std::size_t>(wijkCount), tiling.neighbours);
    return tiling;
}

Point meanOf(const std::vector<Point>& points, const std::vector<std::size_t>& members)
{
    Point sum{};
    for (std::size_t m : members) {
        sum.x += points[m].x;
        sum.y += points[m].y;
    }
    const auto n = static_cast<double>(members.size());
    return {sum.x / n, sum.y / n};
}

std::string numbered(const char* prefix, const std::string& gemeenteDigits, std::size_t a, std::size_t b = 0)
{
    char buffer[32];
    if (b == 0)
        std::snprintf(buffer, sizeof buffer, "%s%s%02zu", prefix, gemeenteDigits.c_str(), a);
    else
        std::snprintf(buffer, sizeof buffer, "%s%s%02zu%02zu", prefix, gemeenteDigits.c_str(), a, b);
    return buffer;
}

/// Puts wijken in code order (the one nearest the centre first, then clockwise from north) and the
/// buurten of each wijk from its middle outwards; names and codes follow that order.
DemoTown orderAndName(const Tiling& tiling, std::size_t wijkCount, RandomStream& nameRandom)
{
    const std::vector<Point> cellCentres = centroids(tiling.cells);
    std::vector<std::vector<std::size_t>> members(wijkCount);
    for (std::size_t b = 0; b < tiling.group.size(); ++b)
        members[tiling.group[b]].push_back(b);
    std::erase_if(members, [](const auto& m) { return m.empty(); });
    std::vector<Point> wijkCentres;
    for (const auto& m : members)
        wijkCentres.push_back(meanOf(cellCentres, m));
    std::vector<std::size_t> wijkOrder(members.size());
    std::iota(wijkOrder.begin(), wijkOrder.end(), 0);
    const std::size_t central = nearest(townCentre, wijkCentres);
    std::stable_sort(wijkOrder.begin(), wijkOrder.end(), [&](std::size_t a, std::size_t b) {
        if ((a == central) != (b == central))
            return a == central;
        return bearing(townCentre, wijkCentres[a]) < bearing(townCentre, wijkCentres[b]);
    });

    DemoTown town;
    town.centre = townCentre;
    DemoNames names(nameRandom);
    const std::string digits = std::string(demoGemeenteCode).substr(2);
    for (std::size_t w = 0; w < wijkOrder.size(); ++w) {
        const std::size_t old = wijkOrder[w];
        DemoWijk wijk;
        wijk.code = numbered("WK", digits, w + 1);
        wijk.name = names.wijkName(bearing(townCentre, wijkCentres[old]), old == central);
        std::vector<std::size_t> cellsOfWijk = members[old];
        std::stable_sort(cellsOfWijk.begin(), cellsOfWijk.end(), [&](std::size_t a, std::size_t b) {
            return distance(cellCentres[a], wijkCentres[old]) < distance(cellCentres[b], wijkCentres[old]);
        });
        if (cellsOfWijk.size() > 99)
            throw InternalError("demo town: a wijk has more than 99 buurten");
        for (std::size_t r = 0; r < cellsOfWijk.size(); ++r) {
            DemoBuurt buurt;
            buurt.code = numbered("BU", digits, w + 1, r + 1);
            buurt.name = names.buurtName();
            buurt.wijk = w;
            buurt.shape = tiling.cells[cellsOfWijk[r]];
            buurt.centroid = cellCentres[cellsOfWijk[r]];
            buurt.area = area(buurt.shape);
            wijk.buurten.push_back(town.buurten.size());
            town.buurten.push_back(std::move(buurt));
        }
        town.wijken.push_back(std::move(wijk));
    }
    return town;
}

/// Neighbour lists in the final buurt order (recomputed, since orderAndName reorders buurten).
void setNeighbours(const GeosContext& context, DemoTown& town)
{
    std::vector<MultiPolygon> shapes;
    for (const auto& b : town.buurten)
        shapes.push_back(b.shape);
    const auto neighbours = sharedEdgeNeighbours(context, shapes);
    for (std::size_t b = 0; b < town.buurten.size(); ++b)
        town.buurten[b].neighbours = neighbours[b];
}

void unionWijken(const GeosContext& context, DemoTown& town)
{
    GEOSContextHandle_t h = context.handle();
    for (auto& wijk : town.wijken) {
        std::vector<GEOSGeometry*> parts;
        for (std::size_t b : wijk.buurten)
            parts.push_back(toGeos(context, town.buurten[b].shape).release());
        const GeosGeometryPtr collection =
            context.own(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                    static_cast<unsigned>(parts.size())),
                        "collection");
        const GeosGeometryPtr merged = context.own(GEOSUnaryUnion_r(h, collection.get()), "union");
        wijk.shape = toMultiPolygon(context, *merged);
        wijk.centroid = centroid(wijk.shape);
    }
}

void checkCounts(int buurtCount, int wijkCount)
{
    if (buurtCount < 20 || buurtCount > 400)
        throw InputError("demo: the number of buurten must be between 20 and 400, not " +
                         std::to_string(buurtCount));
    if (wijkCount < 2 || wijkCount > 30)
        throw InputError("demo: the number of wijken must be between 2 and 30, not " +
                         std::to_string(wijkCount));
    if (buurtCount > 40 * wijkCount)
        throw InputError("demo: at most 40 buurten per wijk on average; use more wijken");
}

} // namespace

DemoTown buildDemoTown(std::uint64_t seed, int buurtCount, int wijkCount, Feedback& feedback)
{
    checkCounts(buurtCount, wijkCount);
    GeosContext context;
    RandomStream random(mixSeed(seed, DemoStream::Town));
    RandomStream nameRandom(mixSeed(seed, DemoStream::Names));
    const Outline outline = makeOutline(random, buurtCount);
    const MultiPolygon shape = outlineShape(outline);
    const Tiling tiling = tileOutline(context, random, outline, shape, buurtCount, wijkCount, feedback);
    DemoTown town = orderAndName(tiling, static_cast<std::size_t>(wijkCount), nameRandom);
    town.outline = shape;
    setNeighbours(context, town);
    unionWijken(context, town);
    feedback.setProgress(40.0);
    return town;
}

} // namespace bib::core::demo
