// SPDX-License-Identifier: GPL-3.0-or-later
#include "classification.h"

#include <algorithm>
#include <cmath>

namespace bib::render {

int Classification::classOf(double value) const
{
    const int count = classCount();
    if (count == 0 || !std::isfinite(value))
        return -1;
    // First upper bound >= value; the upper bounds are breaks[1 … count].
    const auto upper = std::lower_bound(breaks.begin() + 1, breaks.end(), value);
    const auto index = std::distance(breaks.begin() + 1, upper);
    return std::min(static_cast<int>(index), count - 1);
}

std::unique_ptr<Classifier> Classifier::create(ClassificationMethod method)
{
    switch (method) {
    case ClassificationMethod::EqualInterval:
        return std::make_unique<EqualIntervalClassifier>();
    case ClassificationMethod::Quantile:
        break;
    }
    return std::make_unique<QuantileClassifier>();
}

Classification Classifier::classify(const std::vector<double>& values, int classCount) const
{
    classCount = std::clamp(classCount, 1, 12);
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v))
            sorted.push_back(v);
    }
    std::sort(sorted.begin(), sorted.end());

    Classification result;
    if (!sorted.empty()) {
        const double minimum = sorted.front();
        const double maximum = sorted.back();
        result.breaks.push_back(minimum);
        if (minimum < maximum && classCount > 1) {
            // A break equal to the minimum is kept once: class 0 then holds exactly the minimum
            // (many areas with 0 is common), the others are merged away.
            for (double b : interiorBreaks(sorted, classCount)) {
                const bool first = result.breaks.size() == 1;
                if (b < maximum && (b > result.breaks.back() || (first && b == minimum)))
                    result.breaks.push_back(b);
            }
        }
        result.breaks.push_back(maximum);
    }

    result.counts.assign(static_cast<std::size_t>(result.classCount()), 0);
    result.classOfValue.reserve(values.size());
    for (double v : values) {
        const int c = result.classOf(v);
        result.classOfValue.push_back(c);
        if (c < 0)
            ++result.noDataCount;
        else
            ++result.counts[static_cast<std::size_t>(c)];
    }
    return result;
}

std::vector<double> QuantileClassifier::interiorBreaks(const std::vector<double>& sorted,
                                                       int classCount) const
{
    std::vector<double> breaks;
    const double last = static_cast<double>(sorted.size() - 1);
    for (int j = 1; j < classCount; ++j) {
        const double h = last * j / classCount;
        const auto lower = static_cast<std::size_t>(std::floor(h));
        const double fraction = h - std::floor(h);
        const double next = lower + 1 < sorted.size() ? sorted[lower + 1] : sorted[lower];
        breaks.push_back(sorted[lower] + fraction * (next - sorted[lower]));
    }
    return breaks;
}

std::vector<double> EqualIntervalClassifier::interiorBreaks(const std::vector<double>& sorted,
                                                            int classCount) const
{
    std::vector<double> breaks;
    const double minimum = sorted.front();
    const double width = (sorted.back() - minimum) / classCount;
    for (int j = 1; j < classCount; ++j)
        breaks.push_back(minimum + j * width);
    return breaks;
}

} // namespace bib::render
