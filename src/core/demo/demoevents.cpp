// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoevents.h"

#include "demo/cbscsv.h"
#include "demo/random.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace bib::core::demo {

using namespace std::chrono;

namespace {

constexpr std::size_t categoryCount = std::size(meldingCategories);

/// Seasonal wave with its top in mid-July (day 196 of the year), between −1 and 1.
double seasonWave(sys_days date)
{
    const year_month_day ymd{date};
    const auto dayOfYear = (date - sys_days{ymd.year() / January / 1}).count();
    return std::cos(2.0 * std::numbers::pi * (static_cast<double>(dayOfYear) - 196.0) / 365.25);
}

/// Monday … Sunday; averages 1 over a week.
double weekdayFactor(sys_days date)
{
    constexpr std::array<double, 7> factor{0.875, 0.875, 0.875, 0.875, 1.15, 1.3, 1.05};
    return factor[weekday{date}.iso_encoding() - 1];
}

/// Relative frequency of each local hour; summer evenings get up to 80 % more.
std::array<double, 24> hourWeights(double summer)
{
    std::array<double, 24> weights{6, 4, 3, 2, 1, 1, 1, 2,  3,  3,  4,  4,
                                   4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 11, 9};
    for (int h : {20, 21, 22, 23, 0, 1})
        weights[static_cast<std::size_t>(h)] *= 1.0 + 0.8 * summer;
    return weights;
}

std::array<double, categoryCount> categoryWeights(int hour, double need)
{
    const bool day = hour >= 7 && hour < 19;
    const bool evening = hour >= 15 || hour < 1;
    const bool night = hour >= 22 || hour < 5;
    return {evening ? 4.0 * (1.0 + need) : 1.0, (hour >= 20 || hour < 4) ? 4.0 : 1.5, night ? 3.0 : 0.7,
            day ? 4.0 : 0.5};
}

template <std::size_t N> std::size_t drawWeighted(RandomStream& random, const std::array<double, N>& weights)
{
    double total = 0.0;
    for (double w : weights)
        total += w;
    double target = random.uniform() * total;
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if (target < weights[i])
            return i;
        target -= weights[i];
    }
    return N - 1;
}

double distanceToSegment(const Point& p, const Point& a, const Point& b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

bool wellInside(const MultiPolygon& shape, const Point& p, double margin)
{
    if (!contains(shape, p))
        return false;
    for (const auto& polygon : shape.polygons)
        for (const auto& ring : polygon.rings)
            for (std::size_t i = 0; i + 1 < ring.size(); ++i)
                if (distanceToSegment(p, ring[i], ring[i + 1]) < margin)
                    return false;
    return true;
}

/// A random address-like point: whole metres, at least 2 m from the buurt's boundary, so that it
/// falls in the same buurt whatever the edge rule of a point-in-polygon test.
Point randomLocation(RandomStream& random, const MultiPolygon& shape)
{
    const Envelope& e = shape.envelope;
    for (;;) {
        const Point p{std::round(random.uniform(e.minX, e.maxX)), std::round(random.uniform(e.minY, e.maxY))};
        if (wellInside(shape, p, 2.0))
            return p;
    }
}

void drawBuurtReports(const DemoBuurt& buurt, std::size_t index, const BuurtIndicators& indicators,
                      RandomStream& random, std::vector<Melding>& out)
{
    const double perDay = expectedReportsPerYear(indicators) / 365.25;
    for (sys_days date = sys_days{demoFirstDay}; date <= sys_days{demoLastDay}; date += days{1}) {
        const double season = seasonWave(date);
        const std::int64_t count = random.poisson(perDay * (1.0 + 0.3 * season) * weekdayFactor(date));
        const auto hours = hourWeights(std::max(0.0, season));
        for (std::int64_t n = 0; n < count; ++n) {
            Melding m;
            const auto hour = static_cast<int>(drawWeighted(random, hours));
            const auto minute = static_cast<int>(random.index(60));
            m.time = fromAmsterdamWallTime(date, minutes{hour * 60 + minute});
            m.category = drawWeighted(random, categoryWeights(hour, indicators.need));
            m.location = randomLocation(random, buurt.shape);
            m.buurt = index;
            m.localYear = static_cast<int>(year_month_day{date}.year());
            out.push_back(m);
        }
    }
}

} // namespace

double expectedReportsPerYear(const BuurtIndicators& buurt)
{
    return static_cast<double>(buurt.inwoners) / 1000.0 * (4.0 + 30.0 * std::pow(buurt.need, 1.3));
}

std::vector<Melding> generateMeldingen(const DemoTown& town, const DemoIndicators& indicators,
                                       std::uint64_t seed)
{
    std::vector<Melding> out;
    for (std::size_t b = 0; b < town.buurten.size(); ++b) {
        RandomStream random(mixSeed(seed, DemoStream::Events, b));
        drawBuurtReports(town.buurten[b], b, indicators.buurten[b], random, out);
    }
    // Stable: reports at the same minute keep buurt order, then draw order.
    std::stable_sort(out.begin(), out.end(),
                     [](const Melding& a, const Melding& b) { return a.time < b.time; });
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].id = static_cast<std::int64_t>(i + 1);
    return out;
}

void countReports(const std::vector<Melding>& meldingen, int year, DemoIndicators& indicators)
{
    for (auto& b : indicators.buurten)
        b.overlastmeldingen = 0;
    for (const auto& m : meldingen)
        if (m.localYear == year)
            ++indicators.buurten[m.buurt].overlastmeldingen;
}

std::string meldingenCsv(const std::vector<Melding>& meldingen)
{
    std::string text = cbsByteOrderMark;
    text.reserve(meldingen.size() * 64);
    text += "id;tijdstip;categorie;x;y";
    text += cbsLineEnd;
    for (const auto& m : meldingen) {
        text += std::to_string(m.id) + cbsSeparator + isoAmsterdamTime(m.time) + cbsSeparator +
                quotedText(meldingCategories[m.category]) + cbsSeparator + decimalComma(m.location.x, 0) +
                cbsSeparator + decimalComma(m.location.y, 0) + cbsLineEnd;
    }
    return text;
}

} // namespace bib::core::demo
