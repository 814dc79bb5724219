// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/areaindex.h"

#include "util/error.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bib::core {

namespace {

constexpr std::size_t kMaxCells = std::size_t{4} << 20;
constexpr double kEpsilon = 0x1p-53;
// Shewchuk, "Adaptive Precision Floating-Point Arithmetic and Fast Robust Geometric Predicates"
// (1997), ccwerrboundA: when |det| exceeds this times (|left| + |right|), its sign is right.
constexpr double kOrientationBound = (3.0 + 16.0 * kEpsilon) * kEpsilon;

/// a + b = sum + error exactly (Knuth's TwoSum).
void twoSum(double a, double b, double& sum, double& error)
{
    sum = a + b;
    const double bVirtual = sum - a;
    const double aVirtual = sum - bVirtual;
    error = (a - aVirtual) + (b - bVirtual);
}

/// a · b = product + error exactly (with a fused multiply-add).
void twoProduct(double a, double b, double& product, double& error)
{
    product = a * b;
    error = std::fma(a, b, -product);
}

/// Adds b to a nonoverlapping expansion kept in increasing magnitude (Shewchuk's Grow-Expansion).
template <std::size_t N> void growExpansion(std::array<double, N>& terms, std::size_t& count, double b)
{
    double q = b;
    for (std::size_t i = 0; i < count; ++i)
        twoSum(q, terms[i], q, terms[i]);
    terms[count++] = q;
}

int exactOrientation(const Point& a, const Point& b, const Point& p)
{
    // (b − a) × (p − a), every difference and product split into exact pairs of doubles.
    std::array<double, 4> d{};
    twoSum(b.x, -a.x, d[0], d[1]);
    twoSum(p.y, -a.y, d[2], d[3]);
    std::array<double, 4> e{};
    twoSum(b.y, -a.y, e[0], e[1]);
    twoSum(p.x, -a.x, e[2], e[3]);
    std::array<double, 17> terms{};
    std::size_t count = 0;
    for (int i = 0; i < 2; ++i) {
        for (int j = 2; j < 4; ++j) {
            double product = 0.0;
            double error = 0.0;
            twoProduct(d[static_cast<std::size_t>(i)], d[static_cast<std::size_t>(j)], product, error);
            growExpansion(terms, count, product);
            growExpansion(terms, count, error);
            twoProduct(-e[static_cast<std::size_t>(i)], e[static_cast<std::size_t>(j)], product, error);
            growExpansion(terms, count, product);
            growExpansion(terms, count, error);
        }
    }
    for (std::size_t i = count; i-- > 0;)
        if (terms[i] != 0.0)
            return terms[i] > 0.0 ? 1 : -1;
    return 0;
}

} // namespace

int orientation(const Point& a, const Point& b, const Point& p)
{
    const double left = (b.x - a.x) * (p.y - a.y);
    const double right = (b.y - a.y) * (p.x - a.x);
    const double det = left - right;
    const double bound = kOrientationBound * (std::abs(left) + std::abs(right));
    if (det > bound)
        return 1;
    if (-det > bound)
        return -1;
    return exactOrientation(a, b, p);
}

AreaIndex::AreaIndex(const AreaSet& areas)
{
    std::vector<Edge> edges;
    std::vector<std::uint32_t> edgeArea;
    for (std::size_t area = 0; area < areas.size(); ++area) {
        for (const Polygon& polygon : areas.shape(area).polygons) {
            for (const Ring& ring : polygon.rings) {
                for (std::size_t i = 0; i < ring.size(); ++i) {
                    const Point& a = ring[i];
                    const Point& b = ring[(i + 1) % ring.size()]; // closes an unclosed ring too
                    if ((a.x == b.x && a.y == b.y) || !std::isfinite(a.x + a.y + b.x + b.y))
                        continue;
                    edges.push_back({a.x, a.y, b.x, b.y});
                    edgeArea.push_back(static_cast<std::uint32_t>(area));
                    mExtent.expand(a);
                }
            }
        }
    }
    if (edges.empty())
        return;
    if (areas.size() >= kCovers)
        throw InputError("too many areas for the area index (" + std::to_string(areas.size()) + ")");
    chooseGrid(edges.size(), areas.size());
    buildRows(edges, edgeArea);
    buildCells();
}

void AreaIndex::chooseGrid(std::size_t edgeCount, std::size_t areaCount)
{
    const double width = mExtent.width();
    const double height = mExtent.height();
    const double target = static_cast<double>(std::min(kMaxCells, std::max(2 * edgeCount, 64 * areaCount)));
    mCell = std::sqrt(width * height / target);
    if (!(mCell > 0.0))
        mCell = std::max(width, height) / target;
    if (!(mCell > 0.0))
        mCell = 1.0;
    mColumns = static_cast<std::size_t>(width / mCell) + 1;
    mRows = static_cast<std::size_t>(height / mCell) + 1;
    // Wider than any rounding in clipping an edge to a row, far narrower than a cell.
    const double magnitude = std::max(
        {std::abs(mExtent.minX), std::abs(mExtent.maxX), std::abs(mExtent.minY), std::abs(mExtent.maxY)});
    mMargin = std::max(mCell * 1e-6, magnitude * 1e-9);
}

std::size_t AreaIndex::rowOf(double y) const
{
    const double row = std::floor((y - mExtent.minY) / mCell);
    return row <= 0.0 ? 0 : std::min(mRows - 1, static_cast<std::size_t>(row));
}

std::size_t AreaIndex::columnOf(double x) const
{
    const double column = std::floor((x - mExtent.minX) / mCell);
    return column <= 0.0 ? 0 : std::min(mColumns - 1, static_cast<std::size_t>(column));
}

// Every edge goes to each row its y-range reaches, grouped per area; the rows keep area order.
void AreaIndex::buildRows(const std::vector<Edge>& edges, const std::vector<std::uint32_t>& edgeArea)
{
    std::vector<std::size_t> rowStart(mRows + 1, 0);
    for (const Edge& e : edges)
        for (std::size_t r = rowOf(std::min(e.ay, e.by)); r <= rowOf(std::max(e.ay, e.by)); ++r)
            ++rowStart[r + 1];
    for (std::size_t r = 0; r < mRows; ++r)
        rowStart[r + 1] += rowStart[r];
    if (rowStart[mRows] >= kCovers)
        throw InputError("the areas have too many edges for the area index");
    mEdges.resize(rowStart[mRows]);
    std::vector<std::uint32_t> areaOfSlot(mEdges.size());
    std::vector<std::size_t> fill(rowStart.begin(), rowStart.end() - 1);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const Edge& e = edges[i];
        for (std::size_t r = rowOf(std::min(e.ay, e.by)); r <= rowOf(std::max(e.ay, e.by)); ++r) {
            areaOfSlot[fill[r]] = edgeArea[i];
            mEdges[fill[r]++] = e;
        }
    }
    mRowGroups.assign(1, 0);
    for (std::size_t r = 0; r < mRows; ++r) {
        for (std::size_t i = rowStart[r]; i < rowStart[r + 1]; ++i) {
            if (i == rowStart[r] || areaOfSlot[i] != areaOfSlot[i - 1])
                mGroups.push_back(
                    {areaOfSlot[i], static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i)});
            ++mGroups.back().end;
        }
        mRowGroups.push_back(static_cast<std::uint32_t>(mGroups.size()));
    }
    // Rightmost edges first: inside() stops at the first edge that lies wholly left of the point.
    for (const Group& group : mGroups)
        std::sort(mEdges.begin() + group.begin, mEdges.begin() + group.end,
                  [](const Edge& a, const Edge& b) { return std::max(a.ax, a.bx) > std::max(b.ax, b.bx); });
}

void AreaIndex::buildCells()
{
    mCellBegin.assign(1, 0);
    mCellBegin.reserve(mRows * mColumns + 1);
    std::vector<std::uint32_t> cellGroups;
    for (std::size_t r = 0; r < mRows; ++r)
        buildCellsOfRow(r, cellGroups);
}

// The cells of one row: the areas whose edges reach into each cell (from each edge's clipped
// x-range, widened by mMargin), and, by a scan along the row's centre line, the areas that hold
// the centre of a cell without having an edge in it — those hold the whole cell.
void AreaIndex::buildCellsOfRow(std::size_t row, std::vector<std::uint32_t>& cellGroups)
{
    const double bottom = mExtent.minY + static_cast<double>(row) * mCell - mMargin;
    const double top = mExtent.minY + static_cast<double>(row + 1) * mCell + mMargin;
    const double centre = mExtent.minY + (static_cast<double>(row) + 0.5) * mCell;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> touched; // (column, group)
    std::vector<std::pair<double, std::uint32_t>> crossings;      // (x on the centre line, group)
    for (std::uint32_t g = mRowGroups[row]; g < mRowGroups[row + 1]; ++g) {
        for (std::uint32_t i = mGroups[g].begin; i < mGroups[g].end; ++i) {
            const Edge& e = mEdges[i];
            double low = std::min(e.ax, e.bx);
            double high = std::max(e.ax, e.bx);
            if (e.ay != e.by) {
                const auto xAt = [&e](double y) { return e.ax + (y - e.ay) * (e.bx - e.ax) / (e.by - e.ay); };
                const double x1 = xAt(std::clamp(bottom, std::min(e.ay, e.by), std::max(e.ay, e.by)));
                const double x2 = xAt(std::clamp(top, std::min(e.ay, e.by), std::max(e.ay, e.by)));
                low = std::max(low, std::min(x1, x2));
                high = std::min(high, std::max(x1, x2));
                if ((e.ay > centre) != (e.by > centre))
                    crossings.emplace_back(xAt(centre), g);
            }
            for (std::size_t c = columnOf(low - mMargin); c <= columnOf(high + mMargin); ++c)
                touched.emplace_back(static_cast<std::uint32_t>(c), g);
        }
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    std::sort(crossings.begin(), crossings.end());

    std::vector<std::uint32_t> active; // groups whose area holds the current centre, ascending
    std::size_t next = 0;
    std::size_t t = 0;
    for (std::size_t c = 0; c < mColumns; ++c) {
        const double x = mExtent.minX + (static_cast<double>(c) + 0.5) * mCell;
        for (; next < crossings.size() && crossings[next].first < x; ++next) {
            const auto it = std::lower_bound(active.begin(), active.end(), crossings[next].second);
            if (it != active.end() && *it == crossings[next].second)
                active.erase(it);
            else
                active.insert(it, crossings[next].second);
        }
        cellGroups.clear();
        for (; t < touched.size() && touched[t].first == c; ++t)
            cellGroups.push_back(touched[t].second);
        const std::size_t withEdges = cellGroups.size();
        for (const std::uint32_t g : active)
            if (!std::binary_search(cellGroups.begin(),
                                    cellGroups.begin() + static_cast<std::ptrdiff_t>(withEdges), g))
                cellGroups.push_back(g | kCovers);
        std::sort(cellGroups.begin(), cellGroups.end(),
                  [](std::uint32_t a, std::uint32_t b) { return (a & ~kCovers) < (b & ~kCovers); });
        mEntries.insert(mEntries.end(), cellGroups.begin(), cellGroups.end());
        mCellBegin.push_back(static_cast<std::uint32_t>(mEntries.size()));
    }
}

bool AreaIndex::inside(const Group& group, const Point& p) const
{
    bool odd = false;
    for (std::uint32_t i = group.begin; i < group.end; ++i) {
        const Edge& e = mEdges[i];
        if (e.ax <= p.x && e.bx <= p.x)
            break; // so are all edges after it
        const bool aAbove = e.ay > p.y;
        const bool bAbove = e.by > p.y;
        if (aAbove == bAbove)
            continue;
        if (e.ax > p.x && e.bx > p.x) {
            odd = !odd;
            continue;
        }
        // Going up, the crossing lies right of p when p is left of the edge; going down, when right.
        const int side = orientation({e.ax, e.ay}, {e.bx, e.by}, p);
        if (bAbove ? side > 0 : side < 0)
            odd = !odd;
    }
    return odd;
}

std::size_t AreaIndex::locate(const Point& p) const
{
    if (mRows == 0 ||
        !(p.x >= mExtent.minX && p.x <= mExtent.maxX && p.y >= mExtent.minY && p.y <= mExtent.maxY))
        return kNone;
    const std::size_t cell = rowOf(p.y) * mColumns + columnOf(p.x);
    for (std::uint32_t k = mCellBegin[cell]; k < mCellBegin[cell + 1]; ++k) {
        const std::uint32_t entry = mEntries[k];
        const Group& group = mGroups[entry & ~kCovers];
        if ((entry & kCovers) != 0 || inside(group, p))
            return group.area;
    }
    return kNone;
}

} // namespace bib::core
