// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/explain.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace bib::core {

std::vector<double> contributions(const PreparedIndex& prepared, const IndexWeights& weights, std::size_t area)
{
    const std::vector<double> effective = effectiveWeights(prepared, weights);
    const bool geometric = prepared.aggregation == Aggregation::Geometric;
    std::vector<double> out(prepared.indicators.size(), std::numeric_limits<double>::quiet_NaN());
    // With the Reweight rule the present indicators share the whole weight: rescale to them.
    double presentShare = 0.0;
    for (std::size_t i = 0; i < out.size(); ++i)
        if (effective[i] > 0 && !std::isnan(prepared.indicators[i].normalised[area]))
            presentShare += effective[i];
    if (presentShare <= 0)
        return out;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double v = prepared.indicators[i].normalised[area];
        if (effective[i] <= 0 || std::isnan(v))
            continue;
        const double w = effective[i] / presentShare;
        out[i] = geometric ? w * std::log(v) : w * v;
    }
    return out;
}

std::vector<Driver> topDrivers(const PreparedIndex& prepared, const IndexWeights& weights, std::size_t area,
                               std::size_t count)
{
    const std::vector<double> effective = effectiveWeights(prepared, weights);
    std::vector<Driver> drivers;
    for (std::size_t i = 0; i < prepared.indicators.size(); ++i) {
        const auto& p = prepared.indicators[i];
        const double x = p.values[area];
        if (effective[i] <= 0 || std::isnan(x) || !(p.stats.sd > 0))
            continue;
        double z = (x - p.stats.mean) / p.stats.sd;
        if (p.spec.direction == Direction::Negative)
            z = -z;
        if (z > 0)
            drivers.push_back({i, z, effective[i] * z});
    }
    std::stable_sort(drivers.begin(), drivers.end(),
                     [](const Driver& a, const Driver& b) { return a.weighted > b.weighted; });
    if (drivers.size() > count)
        drivers.resize(count);
    return drivers;
}

std::string formatDecimal(double value, int decimals, Language language, bool showPlus)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, showPlus ? "%+.*f" : "%.*f", decimals, value);
    std::string text = buffer;
    if (language == Language::Dutch)
        std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

std::string driverSentence(const PreparedIndex& prepared, const std::vector<Driver>& drivers, Language language)
{
    const bool dutch = language == Language::Dutch;
    if (drivers.empty())
        return dutch ? "geen indicator duidelijk boven het gemiddelde" : "no indicator clearly above the average";
    std::string high, low;
    for (const Driver& d : drivers) {
        const auto& p = prepared.indicators[d.indicator];
        // A negative indicator drives need when its raw value is low: show the raw distance.
        const bool isLow = p.spec.direction == Direction::Negative;
        const double shown = isLow ? -d.standardised : d.standardised;
        std::string part = p.spec.label + " (" + formatDecimal(shown, 1, language, true) + " sd)";
        std::string& target = isLow ? low : high;
        target += (target.empty() ? "" : ", ") + part;
    }
    std::string sentence;
    if (!high.empty())
        sentence = (dutch ? "vooral hoog: " : "mainly high: ") + high;
    if (!low.empty())
        sentence += (sentence.empty() ? "" : "; ") + std::string(dutch ? "vooral laag: " : "mainly low: ") + low;
    return sentence;
}

} // namespace bib::core
