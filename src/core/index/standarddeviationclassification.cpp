// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/standarddeviationclassification.h"

#include <cmath>

namespace bib::core {

namespace {

double mean(const std::vector<double>& values)
{
    double sum = 0.0;
    for (double v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

// Two passes (mean first) rather than Σx² - n·m², which cancels badly for large, close values.
double sampleStandardDeviation(const std::vector<double>& values, double average)
{
    double squares = 0.0;
    for (double v : values)
        squares += (v - average) * (v - average);
    return std::sqrt(squares / static_cast<double>(values.size() - 1));
}

} // namespace

std::vector<double> StandardDeviationClassification::calculateBreaks(const std::vector<double>& sorted,
                                                                     int classCount) const
{
    const double average = mean(sorted);
    const double deviation = sampleStandardDeviation(sorted, average);
    const double firstOffset = -(classCount - 2) / 2.0;
    std::vector<double> cuts;
    for (int j = 0; j <= classCount - 2; ++j)
        cuts.push_back(average + (firstOffset + j) * deviation);
    return cutsInsideData(cuts, sorted.front(), sorted.back());
}

} // namespace bib::core
