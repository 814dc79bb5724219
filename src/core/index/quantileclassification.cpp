// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/quantileclassification.h"

#include <cmath>

namespace bib::core {

std::vector<double> QuantileClassification::calculateBreaks(const std::vector<double>& sorted,
                                                            int classCount) const
{
    const std::size_t last = sorted.size() - 1;
    std::vector<double> cuts;
    for (int j = 1; j < classCount; ++j) {
        const double h = static_cast<double>(last) * j / classCount;
        const auto below = static_cast<std::size_t>(std::floor(h));
        const std::size_t above = below < last ? below + 1 : last;
        // x[below] + fraction·(x[above] - x[below]) returns x[below] exactly for tied neighbours,
        // so ties merge cleanly.
        cuts.push_back(sorted[below] + (h - static_cast<double>(below)) * (sorted[above] - sorted[below]));
    }
    return cutsInsideData(cuts, sorted.front(), sorted.back());
}

} // namespace bib::core
