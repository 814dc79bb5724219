// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spatial/weightsbuilder.h"

namespace bib::core {

enum class ContiguityRule
{
    Queen, ///< at least one boundary point in common
    Rook,  ///< at least two boundary points in common
};

/// How many boundary points of two areas lie within the tolerance of each other, and which pairs
/// of areas that makes neighbours; the work behind ContiguityWeightsBuilder.
struct ContiguityResult
{
    /// Neighbour pairs (row a < row b) under the tolerance, sorted.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    std::size_t pairsAddedBySnap = 0; ///< of `pairs`, those that are not neighbours at tolerance 0
    std::size_t vertices = 0;         ///< boundary points compared
};

/// Contiguity from polygon vertices, with spdep's poly2nb definition (spdep 1.2-7): two areas are
/// queen neighbours when a vertex of one lies within `snap` metres (Euclidean, inclusive) of a
/// vertex of the other, and rook neighbours when there are at least two such vertex pairs.
///
/// The vertices of an area are those of all its rings, each ring's repeated closing point left
/// out. (spdep's sf code leaves out only the area's very first point, so it counts the closing
/// point of every further ring or part twice; a single corner contact at such a point makes a
/// rook link there and not here.) Boundaries that cross or touch between vertices are not
/// detected — as in spdep; CBS layers share their vertices.
///
/// Vertices are hashed on a grid of cell size `snap` (exact coordinates when snap = 0) and
/// compared only with the same and adjacent cells, so the work is O(V log V) for V vertices on
/// layers whose vertices are sparser than the tolerance. Throws InputError for a negative or
/// non-finite snap.
ContiguityResult findContiguity(const AreaSet& areas, ContiguityRule rule, double snap, Feedback& feedback);

/// Queen or rook contiguity with a snapping tolerance in metres (see findContiguity); weights 1.
class ContiguityWeightsBuilder final : public WeightsBuilder
{
public:
    ContiguityWeightsBuilder(ContiguityRule rule, double snap);

private:
    SpatialWeights neighbours(const AreaSet& areas, WeightsReport& report, Feedback& feedback) const override;

    ContiguityRule mRule;
    double mSnap;
};

} // namespace bib::core
