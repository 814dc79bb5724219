// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/areaset.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace bib::core {

/// Finds the area that holds a point: a uniform grid over the extent of the areas with exact
/// point-in-polygon tests, for counting many points (events) per area.
///
/// Border rule (half-open, as raster pixels are): a point belongs to a polygon when a ray from it
/// towards +x crosses the polygon's edges an odd number of times, where an edge counts when one end
/// lies strictly above the point and the other at or below it, and the crossing lies strictly to
/// the right of the point. So left and bottom edges are inside, right and top edges outside: a point
/// on a vertical shared edge goes to the area on its right, on a horizontal shared edge to the area
/// above, on a shared corner to the area up and to the right. Areas that tile the plane therefore
/// take every point at most once; a point on the outer border of the union goes to an area only
/// when that border is a left or bottom edge. When areas overlap, the point goes to the lowest row
/// that holds it. Holes and multi-part areas count (even-odd over all rings).
///
/// Exact: the side of an edge is decided by Shewchuk's orientation filter with an exact
/// floating-point expansion when the filter cannot decide, so no tolerance is involved.
///
/// Cells without edges know their area outright; a cell crossed by edges tests the candidate areas
/// with only their edges in the cell's row of the grid. The grid has about
/// max(2·edges, 64·areas) cells (at most 4 million). Build O(edges · cells crossed); memory
/// O(cells + edges). locate() is thread-safe (the index is immutable after construction).
class AreaIndex
{
public:
    static constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

    /// Indexes the shapes of `areas` (in its working CRS); areas without a shape hold no point.
    explicit AreaIndex(const AreaSet& areas);

    /// The row of the area that holds `p` by the border rule above, or kNone (also for NaN).
    std::size_t locate(const Point& p) const;

    std::size_t columns() const { return mColumns; }
    std::size_t rows() const { return mRows; }

private:
    struct Edge
    {
        double ax, ay, bx, by;
    };
    /// The edges of one area that reach into one row of the grid.
    struct Group
    {
        std::uint32_t area;
        std::uint32_t begin, end; ///< into mEdges
    };
    static constexpr std::uint32_t kCovers = 0x80000000U;

    void chooseGrid(std::size_t edgeCount, std::size_t areaCount);
    void buildRows(const std::vector<Edge>& edges, const std::vector<std::uint32_t>& edgeArea);
    void buildCells();
    void buildCellsOfRow(std::size_t row, std::vector<std::uint32_t>& cellGroups);
    std::size_t rowOf(double y) const;
    std::size_t columnOf(double x) const;
    bool inside(const Group& group, const Point& p) const;

    Envelope mExtent;
    double mCell = 1.0;
    double mMargin = 0.0;
    std::size_t mColumns = 0;
    std::size_t mRows = 0;
    std::vector<Edge> mEdges;              ///< by row, then area
    std::vector<Group> mGroups;            ///< by row, then area
    std::vector<std::uint32_t> mRowGroups; ///< mRows + 1 offsets into mGroups
    std::vector<std::uint32_t> mCellBegin; ///< mRows · mColumns + 1 offsets into mEntries
    std::vector<std::uint32_t> mEntries;   ///< group index, | kCovers when the area covers the whole cell
};

/// The side of p relative to the directed line a→b: +1 left, −1 right, 0 on it, exactly.
int orientation(const Point& a, const Point& b, const Point& p);

} // namespace bib::core
