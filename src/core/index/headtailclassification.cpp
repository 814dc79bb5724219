// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/headtailclassification.h"

#include <algorithm>

namespace bib::core {

std::vector<double> HeadTailClassification::calculateBreaks(const std::vector<double>& sorted,
                                                            int classCount) const
{
    // The head of sorted values is always a suffix: sorted[headStart …].
    std::size_t headStart = 0;
    std::vector<double> cuts;
    while (static_cast<int>(cuts.size()) < classCount - 1) {
        const auto first = sorted.begin() + static_cast<std::ptrdiff_t>(headStart);
        const auto size = static_cast<double>(sorted.end() - first);
        double sum = 0.0;
        for (auto it = first; it != sorted.end(); ++it)
            sum += *it;
        const double mean = sum / size;
        cuts.push_back(mean);
        const auto head = std::upper_bound(first, sorted.end(), mean);
        const auto headSize = static_cast<double>(sorted.end() - head);
        // A head of one value, or of equal values, has nothing left to split.
        if (headSize <= 1.0 || *head == sorted.back() || headSize / size >= headShareLimit)
            break;
        headStart = static_cast<std::size_t>(head - sorted.begin());
    }
    // A mean is always below the maximum in exact arithmetic; guard against rounding anyway.
    return cutsInsideData(cuts, sorted.front(), sorted.back());
}

} // namespace bib::core
