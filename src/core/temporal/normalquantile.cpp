// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/normalquantile.h"

#include <cmath>
#include <limits>

namespace bib::core {

double standardNormalQuantile(double probability)
{
    if (!(probability > 0.0 && probability < 1.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (probability == 0.5)
        return 0.0;
    // Work in the upper tail q = P(Z > x), where erfc is accurate.
    const double q = probability < 0.5 ? probability : 1.0 - probability;
    const double t = std::sqrt(-2.0 * std::log(q));
    double x = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) /
                       (1.0 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
    const double inverseSqrt2Pi = 0.3989422804014327;
    for (int step = 0; step < 20; ++step) {
        const double tail = 0.5 * std::erfc(x / std::sqrt(2.0));
        const double density = inverseSqrt2Pi * std::exp(-0.5 * x * x);
        const double change = (tail - q) / density; // Newton on tail(x) − q, tail' = −density
        x += change;
        if (std::abs(change) <= 1e-16 * std::abs(x))
            break;
    }
    return probability < 0.5 ? -x : x;
}

} // namespace bib::core
