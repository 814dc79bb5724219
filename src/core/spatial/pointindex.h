// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/geometry.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace bib::core {

/// A static 2-d tree over points (one per area row) for nearest-neighbour and radius queries in
/// the working CRS (Euclidean distance, metres for EPSG:28992).
///
/// Points with a NaN coordinate (areas without a shape) are not indexed and never found. Building
/// is O(n log n); a query visits O(log n + answer) nodes on well-spread data. Immutable after
/// construction; concurrent queries are safe.
class PointIndex
{
public:
    explicit PointIndex(std::vector<Point> points);

    /// The k indexed points nearest to `query`, nearest first, leaving out row `exclude` (pass
    /// SIZE_MAX to leave out nothing). Equal distances are ordered by row, lower first — the
    /// order spdep's knearneigh C code keeps. Fewer than k when fewer points are indexed.
    std::vector<std::uint32_t> nearest(const Point& query, std::size_t k, std::size_t exclude) const;
    /// Every indexed row whose point lies within `radius` of `query` (distance <= radius), by row.
    std::vector<std::uint32_t> withinDistance(const Point& query, double radius) const;

    const Point& point(std::size_t row) const { return mPoints[row]; }
    std::size_t indexedCount() const { return mOrder.size(); }

private:
    struct Node
    {
        std::uint32_t begin = 0; ///< range of mOrder this node covers
        std::uint32_t end = 0;
        double split = 0.0;      ///< coordinate of the splitting point (inner nodes)
        std::uint32_t right = 0; ///< index of the right child (inner nodes); the left one follows
        std::uint8_t axis = 0;   ///< 0 = x, 1 = y
        bool leaf = true;
    };
    struct Candidate
    {
        double distanceSquared;
        std::uint32_t row;
        bool operator<(const Candidate& other) const
        {
            return distanceSquared < other.distanceSquared ||
                   (distanceSquared == other.distanceSquared && row < other.row);
        }
    };

    std::size_t build(std::uint32_t begin, std::uint32_t end);
    void searchNearest(std::size_t node, const Point& query, std::size_t k, std::size_t exclude,
                       std::vector<Candidate>& heap) const;
    void searchRadius(std::size_t node, const Point& query, double radius,
                      std::vector<std::uint32_t>& out) const;

    std::vector<Point> mPoints;
    std::vector<std::uint32_t> mOrder;
    std::vector<Node> mNodes; ///< mNodes[0] is the root
};

} // namespace bib::core
