// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoindicators.h"

#include "demo/cbscsv.h"
#include "demo/random.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bib::core::demo {

namespace {

struct Bump
{
    Point centre;
    double height = 0.0;
    double sigma = 0.0; ///< m
};

double distance(const Point& a, const Point& b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

double needAt(const Point& p, const std::vector<Bump>& bumps)
{
    double value = 0.06;
    for (const auto& bump : bumps) {
        const double d = distance(p, bump.centre);
        value += bump.height * std::exp(-d * d / (2.0 * bump.sigma * bump.sigma));
    }
    return value;
}

std::vector<Bump> needBumps(const DemoTown& town, RandomStream& random, DemoIndicators& result)
{
    // The strong cluster: the middle buurt of a wijk away from the centre.
    result.hotspotWijk = 1 + random.index(town.wijken.size() - 1);
    result.hotspotBuurt = town.wijken[result.hotspotWijk].buurten.front();
    const Point hotspot = town.buurten[result.hotspotBuurt].centroid;
    std::vector<Bump> bumps{{hotspot, 0.95, 650.0}};
    for (int weaker = 0; weaker < 2; ++weaker) {
        for (int attempt = 0; attempt < 100; ++attempt) {
            const Point c = town.buurten[random.index(town.buurten.size())].centroid;
            if (distance(c, hotspot) < 3000.0 && attempt + 1 < 100)
                continue;
            bumps.push_back({c, random.uniform(0.3, 0.45), random.uniform(900.0, 1400.0)});
            break;
        }
    }
    return bumps;
}

/// Relative distance from the centre: 0 in the middle, 1 for the farthest buurt.
std::vector<double> relativeDistances(const DemoTown& town)
{
    double farthest = 0.0;
    for (const auto& b : town.buurten)
        farthest = std::max(farthest, distance(b.centroid, town.centre));
    std::vector<double> out;
    for (const auto& b : town.buurten)
        out.push_back(distance(b.centroid, town.centre) / farthest);
    return out;
}

/// A few outer buurten are business parks or rural edges with few inhabitants.
std::vector<bool> sparselyPopulated(const DemoTown& town, const std::vector<double>& relative,
                                    std::size_t hotspotWijk, RandomStream& random)
{
    std::vector<std::size_t> candidates;
    for (std::size_t b = 0; b < town.buurten.size(); ++b)
        if (relative[b] > 0.6 && town.buurten[b].wijk != hotspotWijk)
            candidates.push_back(b);
    std::vector<bool> sparse(town.buurten.size(), false);
    const std::size_t wanted = std::max<std::size_t>(2, town.buurten.size() / 20);
    for (std::size_t n = 0; n < wanted && !candidates.empty(); ++n) {
        const std::size_t pick = random.index(candidates.size());
        sparse[candidates[pick]] = true;
        candidates.erase(candidates.begin() + static_cast<std::ptrdiff_t>(pick));
    }
    return sparse;
}

double roundTo(double value, int decimals)
{
    double scale = 1.0;
    for (int d = 0; d < decimals; ++d)
        scale *= 10.0;
    return static_cast<double>(std::llround(value * scale)) / scale;
}

double clampRound(double value, double low, double high, int decimals)
{
    return roundTo(std::clamp(value, low, high), decimals);
}

std::int64_t inhabitants(double areaM2, double relative, double need, bool sparse, RandomStream& random)
{
    if (sparse)
        return 300 + static_cast<std::int64_t>(random.index(281));
    const double density =
        4600.0 * (1.0 - 0.45 * relative) * std::exp(random.normal(0.0, 0.2)) * (1.0 + 0.3 * need);
    return std::clamp<std::int64_t>(std::llround(areaM2 / 1e6 * density), 300, 4000);
}

BuurtIndicators drawBuurt(double z, double relative, double areaM2, bool sparse, RandomStream& random)
{
    BuurtIndicators b;
    b.need = z;
    b.inwoners = inhabitants(areaM2, relative, z, sparse, random);
    b.aandeel0tot14 = clampRound(random.normal(15.0 + 5.0 * z, 1.8), 8.0, 28.0, 0);
    b.aandeel15tot24 = clampRound(random.normal(10.0 + 4.0 * z + 3.0 * (1.0 - relative), 1.5), 6.0, 25.0, 0);
    b.gemInkomen = clampRound(random.normal(33.0 + 5.0 * relative - 14.0 * z, 2.0), 18.0, 55.0, 1);
    b.aandeelBijstand = clampRound(random.normal(1.2 + 10.0 * std::pow(z, 1.5), 0.5), 0.3, 20.0, 1);
    b.verzuimPer1000 = clampRound(random.normal(22.0 + 55.0 * z, 6.0), 5.0, 150.0, 1);
    b.politieregistraties = random.poisson(static_cast<double>(b.inwoners) / 1000.0 * (22.0 + 65.0 * z));
    b.aandeelEenouder = clampRound(random.normal(5.0 + 11.0 * z, 1.2), 1.5, 30.0, 1);
    const double missing = std::numeric_limits<double>::quiet_NaN();
    if (b.inwoners < suppressBelowInhabitants)
        b.gemInkomen = b.aandeelBijstand = b.aandeelEenouder = missing;
    if (b.inwoners < suppressAbsenteeismBelowInhabitants)
        b.verzuimPer1000 = missing;
    return b;
}

} // namespace

DemoIndicators generateIndicators(const DemoTown& town, std::uint64_t seed)
{
    RandomStream random(mixSeed(seed, DemoStream::Indicators));
    DemoIndicators result;
    const std::vector<Bump> bumps = needBumps(town, random, result);
    const std::vector<double> relative = relativeDistances(town);
    const std::vector<bool> sparse = sparselyPopulated(town, relative, result.hotspotWijk, random);
    for (std::size_t b = 0; b < town.buurten.size(); ++b) {
        const double z =
            std::clamp(needAt(town.buurten[b].centroid, bumps) + random.normal(0.0, 0.05), 0.0, 1.0);
        result.buurten.push_back(drawBuurt(z, relative[b], town.buurten[b].area, sparse[b], random));
    }
    return result;
}

std::string indicatorCsv(const DemoTown& town, const DemoIndicators& indicators)
{
    std::string text = cbsByteOrderMark;
    text +=
        "bu_code;bu_naam;inwoners;aandeel_0_14;aandeel_15_24;gem_inkomen;aandeel_bijstand;verzuim_per_1000;"
        "overlastmeldingen;politieregistraties;aandeel_eenouder";
    text += cbsLineEnd;
    for (std::size_t i = 0; i < town.buurten.size(); ++i) {
        const BuurtIndicators& b = indicators.buurten[i];
        const std::string cells[] = {
            quotedText(town.buurten[i].code),    quotedText(town.buurten[i].name),
            std::to_string(b.inwoners),          decimalComma(b.aandeel0tot14, 0),
            decimalComma(b.aandeel15tot24, 0),   decimalComma(b.gemInkomen, 1),
            decimalComma(b.aandeelBijstand, 1),  decimalComma(b.verzuimPer1000, 1),
            std::to_string(b.overlastmeldingen), std::to_string(b.politieregistraties),
            decimalComma(b.aandeelEenouder, 1)};
        for (std::size_t c = 0; c < std::size(cells); ++c)
            text += (c ? std::string(1, cbsSeparator) : std::string()) + cells[c];
        text += cbsLineEnd;
    }
    return text;
}

} // namespace bib::core::demo
