// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/completecases.h"

#include "util/error.h"

#include <cmath>

namespace bib::core {

CompleteCases completeCases(const SpatialWeights& weights, WeightStyle style,
                            const std::vector<std::span<const double>>& columns)
{
    const std::size_t n = weights.size();
    std::vector<bool> keep(n, true);
    for (const auto& column : columns) {
        if (column.size() != n)
            throw InternalError("completeCases: a column has " + std::to_string(column.size()) +
                                " values for " + std::to_string(n) + " weight rows");
        for (std::size_t i = 0; i < n; ++i)
            if (!std::isfinite(column[i]))
                keep[i] = false;
    }
    CompleteCases out;
    out.columns.resize(columns.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (!keep[i]) {
            out.leftOut.push_back(weights.ids()[i]);
            continue;
        }
        out.rows.push_back(i);
        for (std::size_t c = 0; c < columns.size(); ++c)
            out.columns[c].push_back(columns[c][i]);
    }
    out.weights = weights.subset(keep).withStyle(style);
    for (std::size_t k = 0; k < out.rows.size(); ++k)
        if (out.weights.neighbourCount(k) == 0 && weights.neighbourCount(out.rows[k]) > 0)
            out.newIslands.push_back(out.weights.ids()[k]);
    return out;
}

} // namespace bib::core
