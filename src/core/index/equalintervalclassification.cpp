// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/equalintervalclassification.h"

namespace bib::core {

std::vector<double> EqualIntervalClassification::calculateBreaks(const std::vector<double>& sorted,
                                                                 int classCount) const
{
    const double minimum = sorted.front();
    const double width = (sorted.back() - minimum) / classCount;
    std::vector<double> cuts;
    for (int j = 1; j < classCount; ++j)
        cuts.push_back(minimum + j * width);
    return cuts;
}

} // namespace bib::core
