// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/pointindex.h"

#include <algorithm>
#include <cmath>

namespace bib::core {

namespace {

constexpr std::uint32_t LeafSize = 8;

double coordinate(const Point& p, int axis)
{
    return axis == 0 ? p.x : p.y;
}

} // namespace

PointIndex::PointIndex(std::vector<Point> points) : mPoints(std::move(points))
{
    for (std::size_t i = 0; i < mPoints.size(); ++i)
        if (std::isfinite(mPoints[i].x) && std::isfinite(mPoints[i].y))
            mOrder.push_back(static_cast<std::uint32_t>(i));
    if (!mOrder.empty())
        build(0, static_cast<std::uint32_t>(mOrder.size()));
}

std::size_t PointIndex::build(std::uint32_t begin, std::uint32_t end)
{
    const std::size_t index = mNodes.size();
    mNodes.push_back(Node{begin, end});
    if (end - begin <= LeafSize)
        return index;
    Envelope box;
    for (std::uint32_t i = begin; i < end; ++i)
        box.expand(mPoints[mOrder[i]]);
    const int axis = box.width() >= box.height() ? 0 : 1;
    const std::uint32_t middle = begin + (end - begin) / 2;
    std::nth_element(mOrder.begin() + begin, mOrder.begin() + middle, mOrder.begin() + end,
                     [&](std::uint32_t a, std::uint32_t b) {
                         return coordinate(mPoints[a], axis) < coordinate(mPoints[b], axis);
                     });
    mNodes[index].leaf = false;
    mNodes[index].axis = static_cast<std::uint8_t>(axis);
    mNodes[index].split = coordinate(mPoints[mOrder[middle]], axis);
    build(begin, middle); // left child is index + 1: points with coordinate <= split
    const std::size_t right = build(middle, end);
    mNodes[index].right = static_cast<std::uint32_t>(right);
    return index;
}

std::vector<std::uint32_t> PointIndex::nearest(const Point& query, std::size_t k, std::size_t exclude) const
{
    std::vector<Candidate> heap; // max-heap on (distance, row): the worst kept candidate on top
    if (k == 0 || mOrder.empty())
        return {};
    heap.reserve(k + 1);
    searchNearest(0, query, k, exclude, heap);
    std::sort_heap(heap.begin(), heap.end());
    std::vector<std::uint32_t> out;
    out.reserve(heap.size());
    for (const auto& candidate : heap)
        out.push_back(candidate.row);
    return out;
}

void PointIndex::searchNearest(std::size_t nodeIndex, const Point& query, std::size_t k, std::size_t exclude,
                               std::vector<Candidate>& heap) const
{
    const Node& node = mNodes[nodeIndex];
    if (node.leaf) {
        for (std::uint32_t i = node.begin; i < node.end; ++i) {
            const std::uint32_t row = mOrder[i];
            if (row == exclude)
                continue;
            const double dx = mPoints[row].x - query.x, dy = mPoints[row].y - query.y;
            const Candidate candidate{dx * dx + dy * dy, row};
            if (heap.size() < k) {
                heap.push_back(candidate);
                std::push_heap(heap.begin(), heap.end());
            } else if (candidate < heap.front()) {
                std::pop_heap(heap.begin(), heap.end());
                heap.back() = candidate;
                std::push_heap(heap.begin(), heap.end());
            }
        }
        return;
    }
    const double difference = coordinate(query, node.axis) - node.split;
    const std::size_t nearSide = difference <= 0.0 ? nodeIndex + 1 : mNodes[nodeIndex].right;
    const std::size_t farSide = difference <= 0.0 ? mNodes[nodeIndex].right : nodeIndex + 1;
    searchNearest(nearSide, query, k, exclude, heap);
    // Visit the far side unless it is strictly farther than the worst kept candidate: at an equal
    // distance a lower row there may still win the tie.
    if (heap.size() < k || difference * difference <= heap.front().distanceSquared)
        searchNearest(farSide, query, k, exclude, heap);
}

std::vector<std::uint32_t> PointIndex::withinDistance(const Point& query, double radius) const
{
    std::vector<std::uint32_t> out;
    if (!mOrder.empty())
        searchRadius(0, query, radius, out);
    std::sort(out.begin(), out.end());
    return out;
}

void PointIndex::searchRadius(std::size_t nodeIndex, const Point& query, double radius,
                              std::vector<std::uint32_t>& out) const
{
    const Node& node = mNodes[nodeIndex];
    if (node.leaf) {
        for (std::uint32_t i = node.begin; i < node.end; ++i) {
            const std::uint32_t row = mOrder[i];
            if (std::hypot(mPoints[row].x - query.x, mPoints[row].y - query.y) <= radius)
                out.push_back(row);
        }
        return;
    }
    const double difference = coordinate(query, node.axis) - node.split;
    if (difference <= radius)
        searchRadius(nodeIndex + 1, query, radius, out);
    if (difference >= -radius)
        searchRadius(mNodes[nodeIndex].right, query, radius, out);
}

} // namespace bib::core
