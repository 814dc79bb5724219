// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/poissoncusum.h"

#include "io/areawriter.h"

#include <algorithm>
#include <cmath>

namespace bib::core {

PoissonCusum::PoissonCusum(PeakOptions options) : PeakDetector(PeakMethod::PoissonCusum, std::move(options))
{
}

double PoissonCusum::referenceValue(double inControlMean, double outOfControlMean)
{
    return (outOfControlMean - inControlMean) / (std::log(outOfControlMean) - std::log(inControlMean));
}

std::size_t PoissonCusum::historyPeriods() const
{
    return options().baseline + options().guardBand;
}

std::string PoissonCusum::parameterText() const
{
    const PeakOptions& o = options();
    return "baseline " + std::to_string(o.baseline) + ", guard band " + std::to_string(o.guardBand) +
           ", shift " + formatNumber(o.shift) + " sd, h " + formatNumber(o.decisionInterval) +
           " sd, minimum mean " + formatNumber(o.minimumMean);
}

void PoissonCusum::evaluate(const std::vector<double>& y, PeakResult& result) const
{
    const PeakOptions& o = options();
    const std::size_t b = o.baseline;
    double sum = 0.0;
    for (std::size_t i = 0; i < b; ++i)
        sum += y[i];
    double cusum = 0.0;
    for (std::size_t t = result.firstJudged; t < y.size(); ++t) {
        if (t > result.firstJudged) // slide the window y_{t−g−B} … y_{t−g−1} one period on
            sum += y[t - o.guardBand - 1] - y[t - o.guardBand - 1 - b];
        const double mean = sum / static_cast<double>(b);
        const double inControl = std::max(mean, o.minimumMean);
        const double scale = std::sqrt(inControl);
        const double k = referenceValue(inControl, inControl + o.shift * scale);
        result.expected[t] = mean;
        result.upper[t] = k + scale * (o.decisionInterval - cusum);
        cusum = std::max(0.0, cusum + (y[t] - k) / scale);
        result.score[t] = cusum;
        result.alarm[t] = cusum > o.decisionInterval;
        if (result.alarm[t])
            cusum = 0.0;
    }
}

} // namespace bib::core
