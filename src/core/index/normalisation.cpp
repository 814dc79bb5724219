// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/normalisation.h"

#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace bib::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> present(const std::vector<double>& values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (!std::isnan(v))
            out.push_back(v);
    return out;
}

} // namespace

ValueStatistics statistics(const std::vector<double>& values)
{
    ValueStatistics s;
    double sum = 0.0;
    s.min = std::numeric_limits<double>::infinity();
    s.max = -s.min;
    for (double v : values) {
        if (std::isnan(v))
            continue;
        ++s.count;
        sum += v;
        s.min = std::min(s.min, v);
        s.max = std::max(s.max, v);
    }
    if (s.count == 0) {
        s.min = s.max = s.mean = s.sd = kNaN;
        return s;
    }
    s.mean = sum / static_cast<double>(s.count);
    // Two-pass variance: exact enough for indicator values of any magnitude.
    double squares = 0.0;
    for (double v : values)
        if (!std::isnan(v))
            squares += (v - s.mean) * (v - s.mean);
    s.sd = s.count > 1 ? std::sqrt(squares / static_cast<double>(s.count - 1)) : kNaN;
    return s;
}

std::vector<double> averageRanks(const std::vector<double>& values)
{
    std::vector<std::size_t> order;
    order.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isnan(values[i]))
            order.push_back(i);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size(), kNaN);
    for (std::size_t start = 0; start < order.size();) {
        std::size_t end = start + 1;
        while (end < order.size() && values[order[end]] == values[order[start]])
            ++end;
        // Positions start+1 … end share their mean rank.
        const double rank = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2.0;
        for (std::size_t k = start; k < end; ++k)
            ranks[order[k]] = rank;
        start = end;
    }
    return ranks;
}

std::vector<double> applyTransform(const std::vector<double>& values, const Transform& transform,
                                   const std::vector<double>* denominator, const std::string& field)
{
    std::vector<double> out(values.size(), kNaN);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double x = values[i];
        if (std::isnan(x))
            continue;
        switch (transform.kind) {
        case TransformKind::None:
            out[i] = x;
            break;
        case TransformKind::Log:
            if (x <= -1.0)
                throw InputError("indicator '" + field +
                                 "': the log transform is ln(1 + x) and needs values above −1, "
                                 "but row " +
                                 std::to_string(i + 1) + " has " + std::to_string(x));
            out[i] = std::log1p(x);
            break;
        case TransformKind::Per1000: {
            const double d = denominator ? (*denominator)[i] : kNaN;
            if (!std::isnan(d) && d != 0.0)
                out[i] = x / d * 1000.0;
            break;
        }
        }
    }
    return out;
}

void shapeStatistics(const std::vector<double>& values, double& skewness, double& kurtosis)
{
    const ValueStatistics s = statistics(values);
    double m2 = 0, m3 = 0, m4 = 0;
    for (double v : values) {
        if (std::isnan(v))
            continue;
        const double d = v - s.mean;
        m2 += d * d;
        m3 += d * d * d;
        m4 += d * d * d * d;
    }
    const double n = static_cast<double>(s.count);
    m2 /= n;
    m3 /= n;
    m4 /= n;
    skewness = m2 > 0 ? m3 / std::pow(m2, 1.5) : 0.0;
    kurtosis = m2 > 0 ? m4 / (m2 * m2) - 3.0 : 0.0;
}

OutlierReport treatOutliers(std::vector<double>& values)
{
    OutlierReport report;
    const std::vector<double> original = values;
    auto outlying = [&](double& skew, double& kurt) {
        shapeStatistics(values, skew, kurt);
        return std::abs(skew) > 2.0 && kurt > 3.5;
    };
    double skew = 0, kurt = 0;
    while (outlying(skew, kurt) && report.winsorised < 5) {
        // Clamp the most extreme value on the side of the skew to the next value inward.
        const bool high = skew > 0;
        std::vector<double> sorted = present(values);
        std::sort(sorted.begin(), sorted.end());
        const double extreme = high ? sorted.back() : sorted.front();
        double replacement;
        if (high) {
            const auto it = std::lower_bound(sorted.begin(), sorted.end(), extreme);
            if (it == sorted.begin())
                break;
            replacement = *(it - 1);
        } else {
            const auto it = std::upper_bound(sorted.begin(), sorted.end(), extreme);
            if (it == sorted.end())
                break;
            replacement = *it;
        }
        for (double& v : values)
            if (v == extreme)
                v = replacement;
        ++report.winsorised;
    }
    if (outlying(skew, kurt)) {
        values = original;
        const ValueStatistics s = statistics(values);
        for (double& v : values) {
            if (std::isnan(v))
                continue;
            v = skew > 0 ? std::log(v - s.min + 1.0) : -std::log(s.max - v + 1.0);
        }
        report.winsorised = 0;
        report.logged = true;
        report.logOfNegativeSkew = skew <= 0;
        report.logOrigin = skew > 0 ? s.min : s.max;
        shapeStatistics(values, skew, kurt);
    }
    report.skewness = skew;
    report.kurtosis = kurt;
    return report;
}

void impute(std::vector<double>& values, MissingRule rule)
{
    if (rule != MissingRule::Mean && rule != MissingRule::Median)
        return;
    std::vector<double> p = present(values);
    if (p.empty())
        return;
    double fill;
    if (rule == MissingRule::Mean) {
        fill = statistics(values).mean;
    } else {
        std::sort(p.begin(), p.end());
        const std::size_t n = p.size();
        fill = n % 2 ? p[n / 2] : (p[n / 2 - 1] + p[n / 2]) / 2.0;
    }
    for (double& v : values)
        if (std::isnan(v))
            v = fill;
}

std::vector<double> normalise(const std::vector<double>& values, const Normalisation& normalisation,
                              Direction direction)
{
    const ValueStatistics s = statistics(values);
    const bool negative = direction == Direction::Negative;
    std::vector<double> out(values.size(), kNaN);
    std::vector<double> ranks;
    if (normalisation.kind == NormalisationKind::Rank || normalisation.kind == NormalisationKind::Percentile)
        ranks = averageRanks(values);
    const double n = static_cast<double>(s.count);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double x = values[i];
        if (std::isnan(x))
            continue;
        double v = kNaN;
        switch (normalisation.kind) {
        case NormalisationKind::ZScore:
            v = (x - s.mean) / s.sd;
            v = negative ? -v : v;
            break;
        case NormalisationKind::MinMax:
            v = (x - s.min) / (s.max - s.min);
            v = negative ? 1.0 - v : v;
            break;
        case NormalisationKind::Rank:
            v = negative ? n + 1.0 - ranks[i] : ranks[i];
            break;
        case NormalisationKind::Percentile:
            v = (ranks[i] - 1.0) / (n - 1.0);
            v = negative ? 1.0 - v : v;
            break;
        case NormalisationKind::Goalposts:
            v = std::clamp((x - normalisation.low) / (normalisation.high - normalisation.low), 0.0, 1.0);
            v = negative ? 1.0 - v : v;
            break;
        case NormalisationKind::Threshold:
            v = negative ? (x < normalisation.low ? 1.0 : 0.0) : (x > normalisation.low ? 1.0 : 0.0);
            break;
        }
        out[i] = v;
    }
    return out;
}

} // namespace bib::core
