// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demomessages.h"

#include "demo/cbscsv.h"
#include "demo/demoevents.h"
#include "demo/demotime.h"
#include "demo/random.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace bib::core::demo {

using namespace std::chrono;

namespace {

constexpr std::uint64_t burstStreamIndex = 1'000'000; // beyond any buurt index

std::vector<sys_days> mondays()
{
    std::vector<sys_days> result;
    sys_days monday = sys_days{demoFirstDay};
    while (weekday{monday} != Monday)
        monday += days{1};
    for (; monday <= sys_days{demoLastDay}; monday += days{7})
        result.push_back(monday);
    return result;
}

double seasonFactor(sys_days weekStart)
{
    const year_month_day ymd{weekStart + days{3}}; // the Thursday decides the season, as in ISO weeks
    const auto dayOfYear = (weekStart + days{3} - sys_days{ymd.year() / January / 1}).count();
    return 1.0 + 0.15 * std::cos(2.0 * std::numbers::pi * (static_cast<double>(dayOfYear) - 196.0) / 365.25);
}

double weeklyBaseline(const BuurtIndicators& b)
{
    return static_cast<double>(b.inwoners) / 1000.0 * (1.5 + 0.12 * b.aandeel15tot24 + 2.0 * b.need);
}

/// Multiplier of buurt b in week w from the planted burst (1 elsewhere).
double burstMultiplier(const DemoTown& town, const WeeklyMessages& m, std::size_t b, std::size_t w)
{
    if (b == m.burstBuurt) {
        if (w == m.burstWeek)
            return m.burstFactor;
        if (w == m.burstWeek + 1)
            return 1.8;
        return 1.0;
    }
    const auto& near = town.buurten[m.burstBuurt].neighbours;
    if (w == m.burstWeek && std::binary_search(near.begin(), near.end(), b))
        return 1.6;
    return 1.0;
}

/// Keeps the planted week the highest of its buurt's series even for a tiny baseline.
void secureBurstMaximum(WeeklyMessages& m)
{
    auto& series = m.counts[m.burstBuurt];
    std::int64_t highestOther = 0;
    for (std::size_t w = 0; w < series.size(); ++w)
        if (w != m.burstWeek)
            highestOther = std::max(highestOther, series[w]);
    series[m.burstWeek] = std::max(series[m.burstWeek], highestOther + 1);
}

} // namespace

WeeklyMessages generateMessages(const DemoTown& town, const DemoIndicators& indicators, std::uint64_t seed)
{
    WeeklyMessages m;
    m.weeks = mondays();
    RandomStream burstRandom(mixSeed(seed, DemoStream::Messages, burstStreamIndex));
    m.burstBuurt = indicators.hotspotBuurt;
    m.burstWeek = std::min<std::size_t>(30 + burstRandom.index(66), m.weeks.size() - 2);
    m.burstFactor = burstRandom.uniform(5.5, 7.5);
    for (std::size_t b = 0; b < town.buurten.size(); ++b) {
        RandomStream random(mixSeed(seed, DemoStream::Messages, b));
        m.baseline.push_back(weeklyBaseline(indicators.buurten[b]));
        std::vector<std::int64_t> series;
        for (std::size_t w = 0; w < m.weeks.size(); ++w)
            series.push_back(
                random.poisson(m.baseline[b] * seasonFactor(m.weeks[w]) * burstMultiplier(town, m, b, w)));
        m.counts.push_back(std::move(series));
    }
    secureBurstMaximum(m);
    return m;
}

std::string messagesCsv(const DemoTown& town, const WeeklyMessages& messages)
{
    std::string text = cbsByteOrderMark;
    text.reserve(town.buurten.size() * messages.weeks.size() * 28);
    text += "bu_code;week_start;aantal";
    text += cbsLineEnd;
    std::vector<std::string> dates;
    for (const auto& week : messages.weeks)
        dates.push_back(isoDate(week));
    for (std::size_t b = 0; b < town.buurten.size(); ++b) {
        const std::string code = quotedText(town.buurten[b].code) + cbsSeparator;
        for (std::size_t w = 0; w < messages.weeks.size(); ++w)
            text += code + dates[w] + cbsSeparator + std::to_string(messages.counts[b][w]) + cbsLineEnd;
    }
    return text;
}

} // namespace bib::core::demo
