// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace bib::core {

/// How weights are scaled before a statistic uses them (spdep's `style`).
enum class WeightStyle
{
    RowStandardised, ///< "W": each row sums to 1 (islands keep an empty row)
    Binary,          ///< "B": every neighbour weighs 1 (or its general weight, e.g. inverse distance)
};

/// A spatial weights matrix in compressed sparse rows: row i lists the neighbours j of area i with
/// their weight w_ij. Areas are identified by row; `ids` gives the area id of each row. Built by
/// the contiguity, k-nearest-neighbour and distance builders, or read from GAL/GWT. Immutable
/// after construction; safe to share between threads for reading.
class SpatialWeights
{
public:
    SpatialWeights() = default;
    /// rows[i] = (neighbour row, weight) pairs; they are sorted by neighbour row.
    SpatialWeights(std::vector<std::string> ids,
                   const std::vector<std::vector<std::pair<std::uint32_t, double>>>& rows,
                   std::string description);

    std::size_t size() const { return mIds.size(); }
    const std::vector<std::string>& ids() const { return mIds; }
    std::span<const std::uint32_t> neighbours(std::size_t row) const
    {
        return {mNeighbours.data() + mOffsets[row], mOffsets[row + 1] - mOffsets[row]};
    }
    std::span<const double> weights(std::size_t row) const
    {
        return {mWeights.data() + mOffsets[row], mOffsets[row + 1] - mOffsets[row]};
    }
    std::size_t neighbourCount(std::size_t row) const { return mOffsets[row + 1] - mOffsets[row]; }
    std::size_t linkCount() const { return mNeighbours.size(); }
    /// Rows without neighbours.
    std::vector<std::size_t> islands() const;
    /// True when j is a neighbour of i exactly when i is a neighbour of j.
    bool isSymmetric() const;
    /// What built the weights, for reports: "queen contiguity (snap 1 m)", "k = 6 nearest", …
    const std::string& description() const { return mDescription; }

    /// The same neighbours with the weights scaled as `style` says. Row-standardising divides each
    /// row by its sum; binary keeps the general weights (1 for contiguity).
    SpatialWeights withStyle(WeightStyle style) const;
    /// Only the rows where keep[i] is true, renumbered; links to dropped rows disappear (so an area
    /// can become an island). Used to leave out areas with a missing value.
    SpatialWeights subset(const std::vector<bool>& keep) const;

private:
    std::vector<std::string> mIds;
    std::vector<std::size_t> mOffsets{0};
    std::vector<std::uint32_t> mNeighbours;
    std::vector<double> mWeights;
    std::string mDescription;
};

} // namespace bib::core
