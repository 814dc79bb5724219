// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spatial/spatialweights.h"

#include <span>
#include <string>
#include <vector>

namespace bib::core {

/// The areas that have every value a statistic needs, with the neighbours recomputed among them.
struct CompleteCases
{
    std::vector<std::size_t> rows;            ///< kept rows of the input, ascending
    std::vector<std::string> leftOut;         ///< ids of the areas left out, in input order
    std::vector<std::vector<double>> columns; ///< each input column restricted to `rows`
    SpatialWeights weights;                   ///< the weights among the kept areas, styled again
    std::vector<std::string> newIslands;      ///< ids of kept areas that lost their last neighbour
};

/// Leaves out every area where one of `columns` is NaN (missing) or infinite, drops the links to
/// them (SpatialWeights::subset) and applies `style` again, so a row-standardised row sums to 1 over
/// the neighbours that remain — spdep's subset.listw does the same. columns[c].size() must equal
/// weights.size(); the row order of the weights is the row order of the columns. O(n + links).
CompleteCases completeCases(const SpatialWeights& weights, WeightStyle style,
                            const std::vector<std::span<const double>>& columns);

} // namespace bib::core
