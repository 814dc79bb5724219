// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/contiguityweights.h"

#include "io/areawriter.h"
#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace bib::core {

namespace {

struct Vertex
{
    std::int64_t cellX = 0; ///< grid cell (snap > 0); unused at snap 0
    std::int64_t cellY = 0;
    double x = 0.0;
    double y = 0.0;
    std::uint32_t area = 0;
};

/// Matching vertex pairs of two areas: `within` under the tolerance, `exact` at the same point.
struct PairCount
{
    std::uint64_t key = 0; ///< (lower row << 32) | higher row
    std::uint32_t within = 0;
    std::uint32_t exact = 0;
};

std::uint64_t pairKey(std::uint32_t a, std::uint32_t b)
{
    return a < b ? (std::uint64_t{a} << 32) | b : (std::uint64_t{b} << 32) | a;
}

std::vector<Vertex> collectVertices(const AreaSet& areas)
{
    std::size_t total = 0;
    for (std::size_t i = 0; i < areas.size(); ++i)
        for (const auto& polygon : areas.shape(i).polygons)
            for (const auto& ring : polygon.rings)
                total += ring.size();
    std::vector<Vertex> vertices;
    vertices.reserve(total);
    for (std::size_t i = 0; i < areas.size(); ++i) {
        for (const auto& polygon : areas.shape(i).polygons) {
            for (const auto& ring : polygon.rings) {
                std::size_t count = ring.size();
                if (count > 1 && ring.front().x == ring.back().x && ring.front().y == ring.back().y)
                    --count; // the closing point repeats the first
                for (std::size_t k = 0; k < count; ++k)
                    vertices.push_back(Vertex{0, 0, ring[k].x, ring[k].y, static_cast<std::uint32_t>(i)});
            }
        }
    }
    return vertices;
}

/// Merges the counts of equal pairs, capped at 2 (rook needs two, queen one), so a large tolerance
/// keeps memory in O(area pairs) rather than O(vertex pairs).
void compact(std::vector<PairCount>& counts)
{
    std::sort(counts.begin(), counts.end(),
              [](const PairCount& a, const PairCount& b) { return a.key < b.key; });
    std::size_t out = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (out > 0 && counts[out - 1].key == counts[i].key) {
            counts[out - 1].within = std::min(counts[out - 1].within + counts[i].within, 2u);
            counts[out - 1].exact = std::min(counts[out - 1].exact + counts[i].exact, 2u);
        } else {
            counts[out++] = counts[i];
        }
    }
    counts.resize(out);
}

/// Snap 0: vertices at exactly the same coordinates. Each group of equal points adds, for every
/// two areas in it, the product of their vertex counts there (spdep counts vertex pairs).
void countExactMatches(std::vector<Vertex>& vertices, std::vector<PairCount>& counts)
{
    std::sort(vertices.begin(), vertices.end(), [](const Vertex& a, const Vertex& b) {
        return a.x < b.x || (a.x == b.x && (a.y < b.y || (a.y == b.y && a.area < b.area)));
    });
    std::vector<std::pair<std::uint32_t, std::uint32_t>> runs; // (area, vertices) in one point
    for (std::size_t begin = 0; begin < vertices.size();) {
        std::size_t end = begin + 1;
        while (end < vertices.size() && vertices[end].x == vertices[begin].x &&
               vertices[end].y == vertices[begin].y)
            ++end;
        if (vertices[begin].area != vertices[end - 1].area) {
            runs.clear();
            for (std::size_t k = begin; k < end; ++k) {
                if (runs.empty() || runs.back().first != vertices[k].area)
                    runs.emplace_back(vertices[k].area, 0);
                ++runs.back().second;
            }
            for (std::size_t a = 0; a < runs.size(); ++a)
                for (std::size_t b = a + 1; b < runs.size(); ++b) {
                    const std::uint32_t n = runs[a].second * runs[b].second;
                    counts.push_back(PairCount{pairKey(runs[a].first, runs[b].first), n, n});
                }
        }
        begin = end;
    }
}

bool cellLess(const Vertex& a, std::int64_t cellX, std::int64_t cellY)
{
    return a.cellX < cellX || (a.cellX == cellX && a.cellY < cellY);
}

/// Snap > 0: every vertex pair of different areas within `snap`, found by comparing each grid
/// cell (size snap) with itself and the cells above, right-below, right and right-above it, so
/// each pair of vertices is looked at once.
void countNearMatches(std::vector<Vertex>& vertices, double snap, std::vector<PairCount>& counts,
                      Feedback& feedback)
{
    Envelope extent;
    for (const auto& v : vertices)
        extent.expand(Point{v.x, v.y});
    if (std::max(extent.width(), extent.height()) / snap > 1e15)
        throw InputError("snap tolerance " + formatNumber(snap) +
                         " m is too small for the layer's extent; use 0 for exact coincidence");
    for (auto& v : vertices) {
        v.cellX = static_cast<std::int64_t>(std::floor((v.x - extent.minX) / snap));
        v.cellY = static_cast<std::int64_t>(std::floor((v.y - extent.minY) / snap));
    }
    std::sort(vertices.begin(), vertices.end(), [](const Vertex& a, const Vertex& b) {
        return a.cellX < b.cellX || (a.cellX == b.cellX && a.cellY < b.cellY);
    });
    std::size_t compactAt = std::size_t{1} << 22;
    const auto compare = [&](const Vertex& u, const Vertex& v) {
        if (u.area == v.area)
            return;
        const double dx = u.x - v.x, dy = u.y - v.y;
        if (std::abs(dx) > snap || std::abs(dy) > snap || std::hypot(dx, dy) > snap)
            return;
        counts.push_back(PairCount{pairKey(u.area, v.area), 1, dx == 0.0 && dy == 0.0 ? 1u : 0u});
        if (counts.size() >= compactAt) {
            compact(counts);
            compactAt = std::max(compactAt, 2 * counts.size());
        }
    };
    // Cells come in (column, row) order, so the first cell at or after any target that grows with
    // the current cell only moves forward: each bound is a pointer advanced over the whole pass.
    const std::size_t count = vertices.size();
    const auto advance = [&](std::size_t from, std::int64_t cellX, std::int64_t cellY) {
        while (from < count && cellLess(vertices[from], cellX, cellY))
            ++from;
        return from;
    };
    std::size_t rightBegin = 0, rightEnd = 0, cells = 0;
    for (std::size_t begin = 0; begin < count;) {
        const std::int64_t cx = vertices[begin].cellX, cy = vertices[begin].cellY;
        const std::size_t end = advance(begin, cx, cy + 1);
        const std::size_t aboveEnd = advance(end, cx, cy + 2);
        rightBegin = advance(std::max(rightBegin, aboveEnd), cx + 1, cy - 1);
        rightEnd = advance(std::max(rightEnd, rightBegin), cx + 1, cy + 2);
        for (std::size_t p = begin; p < end; ++p) {
            for (std::size_t q = p + 1; q < aboveEnd; ++q)
                compare(vertices[p], vertices[q]);
            for (std::size_t q = rightBegin; q < rightEnd; ++q)
                compare(vertices[p], vertices[q]);
        }
        if ((++cells & 0x3fff) == 0)
            feedback.throwIfCancelled();
        begin = end;
    }
}

} // namespace

ContiguityResult findContiguity(const AreaSet& areas, ContiguityRule rule, double snap, Feedback& feedback)
{
    if (!std::isfinite(snap) || snap < 0.0)
        throw InputError("snap tolerance must be 0 or a positive number of metres, not " +
                         formatNumber(snap));
    if (areas.size() > UINT32_MAX)
        throw InputError("too many areas for spatial weights");
    std::vector<Vertex> vertices = collectVertices(areas);
    ContiguityResult result;
    result.vertices = vertices.size();
    std::vector<PairCount> counts;
    if (snap == 0.0)
        countExactMatches(vertices, counts);
    else
        countNearMatches(vertices, snap, counts, feedback);
    feedback.throwIfCancelled();
    vertices = {};

    compact(counts);
    const std::uint64_t needed = rule == ContiguityRule::Queen ? 1 : 2;
    for (std::size_t begin = 0; begin < counts.size();) {
        std::uint64_t within = 0, exact = 0;
        std::size_t end = begin;
        for (; end < counts.size() && counts[end].key == counts[begin].key; ++end) {
            within += counts[end].within;
            exact += counts[end].exact;
        }
        if (within >= needed) {
            result.pairs.emplace_back(static_cast<std::uint32_t>(counts[begin].key >> 32),
                                      static_cast<std::uint32_t>(counts[begin].key & 0xffffffffu));
            if (exact < needed)
                ++result.pairsAddedBySnap;
        }
        begin = end;
    }
    return result;
}

ContiguityWeightsBuilder::ContiguityWeightsBuilder(ContiguityRule rule, double snap)
    : mRule(rule), mSnap(snap)
{
    if (!std::isfinite(snap) || snap < 0.0)
        throw InputError("--snap must be 0 or a positive number of metres, not " + formatNumber(snap));
}

SpatialWeights ContiguityWeightsBuilder::neighbours(const AreaSet& areas, WeightsReport& report,
                                                    Feedback& feedback) const
{
    const ContiguityResult found = findContiguity(areas, mRule, mSnap, feedback);
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows(areas.size());
    for (const auto& [a, b] : found.pairs) {
        rows[a].emplace_back(b, 1.0);
        rows[b].emplace_back(a, 1.0);
    }
    report.snap = mSnap;
    report.pairsAddedBySnap = found.pairsAddedBySnap;
    report.vertices = found.vertices;
    std::string description = mRule == ContiguityRule::Queen ? "queen contiguity" : "rook contiguity";
    if (mSnap > 0.0)
        description += " (snap " + formatNumber(mSnap) + " m, " + std::to_string(found.pairsAddedBySnap) +
                       " pair" + (found.pairsAddedBySnap == 1 ? "" : "s") + " added by snapping)";
    return SpatialWeights(areas.ids(), rows, description);
}

} // namespace bib::core
