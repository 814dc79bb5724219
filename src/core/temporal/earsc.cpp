// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/earsc.h"

#include "io/areawriter.h"
#include "temporal/normalquantile.h"

#include <algorithm>
#include <cmath>

namespace bib::core {

namespace {

/// R's pmax(0, x) for one value: NaN stays NaN (std::max would return 0).
double positivePart(double x)
{
    return std::isnan(x) ? x : (x > 0.0 ? x : 0.0);
}

struct WindowStatistics
{
    double mean = 0.0;
    double sd = 0.0;
};

/// Mean and sample standard deviation of y[first … first + length − 1], two passes with long double
/// sums as R's mean() and var() do.
WindowStatistics windowStatistics(const std::vector<double>& y, std::size_t first, std::size_t length)
{
    long double sum = 0.0L;
    for (std::size_t i = first; i < first + length; ++i)
        sum += y[i];
    const auto n = static_cast<long double>(length);
    const long double mean = sum / n;
    long double squares = 0.0L;
    for (std::size_t i = first; i < first + length; ++i) {
        const long double d = y[i] - mean;
        squares += d * d;
    }
    return {static_cast<double>(mean), static_cast<double>(std::sqrt(squares / (n - 1.0L)))};
}

} // namespace

EarsC::EarsC(PeakMethod method, PeakOptions options) : PeakDetector(method, std::move(options)) {}

double EarsC::alpha() const
{
    if (options().alpha)
        return *options().alpha;
    return method() == PeakMethod::EarsC3 ? 0.025 : 0.001;
}

std::size_t EarsC::historyPeriods() const
{
    const std::size_t b = options().baseline;
    return method() == PeakMethod::EarsC1 ? b : method() == PeakMethod::EarsC2 ? b + 2 : b + 4;
}

std::string EarsC::parameterText() const
{
    return "baseline " + std::to_string(options().baseline) +
           (method() == PeakMethod::EarsC1 ? "" : ", guard band 2") + ", alpha " + formatNumber(alpha()) +
           (options().minimumSigma > 0 ? ", min-sigma " + formatNumber(options().minimumSigma) : "");
}

void EarsC::evaluate(const std::vector<double>& y, PeakResult& result) const
{
    const std::size_t b = options().baseline;
    const double z = standardNormalQuantile(1.0 - alpha());
    const double minimumSigma = options().minimumSigma;
    const std::size_t guard = method() == PeakMethod::EarsC1 ? 0 : 2;
    // The window of period t starts at t − guard − B; σ = max(s, minSigma), where s is finite (B ≥ 3),
    // so std::max and R's pmax agree.
    auto window = [&](std::size_t t) {
        WindowStatistics w = windowStatistics(y, t - guard - b, b);
        w.sd = std::max(w.sd, minimumSigma);
        return w;
    };
    if (method() != PeakMethod::EarsC3) {
        for (std::size_t t = result.firstJudged; t < y.size(); ++t) {
            const WindowStatistics w = window(t);
            result.expected[t] = w.mean;
            result.upper[t] = w.mean + z * w.sd;
            result.score[t] = (y[t] - w.mean) / w.sd;
            result.alarm[t] = y[t] > result.upper[t];
        }
        return;
    }
    // C3: the C2 statistics of t − 2 and t − 1 are carried along.
    const std::size_t first = result.firstJudged;
    auto c2 = [&](std::size_t t, const WindowStatistics& w) { return (y[t] - w.mean) / w.sd; };
    double lag2 = c2(first - 2, window(first - 2));
    double lag1 = c2(first - 1, window(first - 1));
    for (std::size_t t = first; t < y.size(); ++t) {
        const WindowStatistics w = window(t);
        const double current = c2(t, w);
        const double lagged = positivePart(lag2 - 1.0) + positivePart(lag1 - 1.0);
        result.expected[t] = w.mean;
        result.upper[t] = positivePart(y[t] + w.sd * (z - lagged));
        result.score[t] = lagged + positivePart(current - 1.0);
        result.alarm[t] = y[t] > result.upper[t];
        lag2 = lag1;
        lag1 = current;
    }
}

} // namespace bib::core
