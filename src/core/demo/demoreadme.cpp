// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/cbscsv.h"
#include "demo/demogenerator.h"
#include "demo/demotime.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace bib::core {

namespace {

/// Locale-independent number for prose ("28.4"): printf would follow a Dutch locale set by a GUI.
std::string number(double value, int decimals)
{
    std::string text = demo::decimalComma(value, decimals);
    std::replace(text.begin(), text.end(), ',', '.');
    return text;
}

std::string command(const DemoOptions& options)
{
    std::string text = "bib demo -o data/demo --seed " + std::to_string(options.seed);
    const DemoOptions defaults;
    if (options.buurten != defaults.buurten)
        text += " --buurten " + std::to_string(options.buurten);
    if (options.wijken != defaults.wijken)
        text += " --wijken " + std::to_string(options.wijken);
    return text;
}

using Field = std::function<double(const demo::BuurtIndicators&)>;

/// "min – max (n missing)" of one indicator over all buurten.
std::string range(const DemoData& data, const Field& field, int decimals)
{
    double low = std::numeric_limits<double>::infinity(), high = -low;
    int missing = 0;
    for (const auto& b : data.indicators.buurten) {
        const double v = field(b);
        if (std::isnan(v)) {
            ++missing;
            continue;
        }
        low = std::min(low, v);
        high = std::max(high, v);
    }
    std::string text = number(low, decimals) + " – " + number(high, decimals);
    if (missing > 0)
        text += " (" + std::to_string(missing) + " suppressed)";
    return text;
}

std::string header(const DemoData& data)
{
    const auto& town = data.town;
    double totalArea = 0.0, smallest = std::numeric_limits<double>::infinity(), largest = 0.0;
    std::int64_t people = 0;
    for (std::size_t b = 0; b < town.buurten.size(); ++b) {
        totalArea += town.buurten[b].area;
        smallest = std::min(smallest, town.buurten[b].area);
        largest = std::max(largest, town.buurten[b].area);
        people += data.indicators.buurten[b].inwoners;
    }
    return "# Voorbeeldstad — SYNTHETIC demo data\n\n"
           "**SYNTHETIC DATA — SYNTHETISCHE GEGEVENS.** Every shape, name, number and report in this "
           "folder was made up by a random generator. Voorbeeldstad (gemeente code GM9999) is not a real "
           "municipality; no person, place or statistic in it is real. Use it to try out and test Buurt in "
           "Beeld, never as evidence about any real place.\n\n## How it was made\n\n"
           "```\n" +
           command(data.options) +
           "\n```\n\nThe generator is `src/core/demo/` (`bib::core::writeDemoData`). The same seed and "
           "counts give the same bytes in every CSV file and in this README, and the same features in the "
           "GeoPackage (byte for byte with the same GDAL and SQLite versions). "
           "`tests/unit/demo/demogeneratortest.cpp` checks that this folder still equals a fresh "
           "generation with the default seed: after changing the generator, run the command above "
           "again.\n\n## In short\n\n"
           "- " +
           std::to_string(town.buurten.size()) + " buurten in " + std::to_string(town.wijken.size()) +
           " wijken, " + number(totalArea / 1e6, 1) + " km² in all; buurten of " + number(smallest / 1e6, 2) +
           " to " + number(largest / 1e6, 2) +
           " km², smaller in the centre.\n"
           "- " +
           std::to_string(people) +
           " inhabitants.\n"
           "- " +
           std::to_string(data.meldingen.size()) +
           " nuisance reports in 2024–2025.\n"
           "- " +
           std::to_string(data.messages.weeks.size()) +
           " weeks of message counts per buurt, with one planted "
           "burst (see the end).\n\n";
}

std::string geoPackageSection()
{
    return "## Files\n\n"
           "All CSV files use the dialect of Dutch statistics exports: UTF-8 with a byte order mark, `;` "
           "between cells, CRLF line ends, decimal comma, no thousands separator, codes, names and "
           "categories in double quotes, and `.` for a value that is suppressed (CBS's marker). "
           "Coordinates are RD New (EPSG:28992) metres.\n\n### voorbeeldstad.gpkg\n\nGeoPackage, "
           "EPSG:28992, multipolygons. Layer descriptions say SYNTHETIC.\n\n- `buurten`: `bu_code` (BU + "
           "gemeente 9999 + wijk 2 digits + buurt 2 digits, e.g. BU99990101), `bu_naam`, `wk_code`, "
           "`wk_naam`, `gm_code` (GM9999), `gm_naam` (Voorbeeldstad). The buurten tile the town without "
           "gaps or overlaps and neighbours share exact edges (Voronoi cells of evenly spread points, "
           "clipped to a smooth invented town outline; coordinates on a 1 cm grid).\n- `wijken`: `wk_code` "
           "(WK + 9999 + 2 digits, e.g. WK999901), `wk_naam`, `gm_code`. Each wijk is the "
           "union of its buurten; WK999901 is the centre, the others follow clockwise from the north.\n\n";
}

std::string indicatorSection(const DemoData& data)
{
    using B = demo::BuurtIndicators;
    auto count = [](auto member) { return [member](const B& b) { return static_cast<double>(b.*member); }; };
    auto share = [](double B::*member) { return [member](const B& b) { return b.*member; }; };
    const std::string suppressed =
        "not published (`.`) below " + std::to_string(demo::suppressBelowInhabitants) + " inhabitants";
    return "### indicatoren.csv\n\n"
           "One row per buurt. Values in this file: range over the buurten.\n\n| column | meaning | unit | "
           "values |\n|---|---|---|---|\n| `bu_code` | buurt code, text | | |\n| `bu_naam` | buurt name | "
           "| |\n"
           "| `inwoners` | inhabitants | count | " +
           range(data, count(&B::inwoners), 0) +
           " |\n"
           "| `aandeel_0_14` | inhabitants aged 0–14 | % of inhabitants, whole | " +
           range(data, share(&B::aandeel0tot14), 0) +
           " |\n"
           "| `aandeel_15_24` | inhabitants aged 15–24 | % of inhabitants, whole | " +
           range(data, share(&B::aandeel15tot24), 0) +
           " |\n"
           "| `gem_inkomen` | mean income per inhabitant; " +
           suppressed + " | × € 1000 a year, 1 decimal | " + range(data, share(&B::gemInkomen), 1) +
           " |\n"
           "| `aandeel_bijstand` | inhabitants on social assistance (bijstand); " +
           suppressed + " | % of inhabitants, 1 decimal | " + range(data, share(&B::aandeelBijstand), 1) +
           " |\n"
           "| `verzuim_per_1000` | school absenteeism reports; not published below " +
           std::to_string(demo::suppressAbsenteeismBelowInhabitants) +
           " inhabitants | per 1000 pupils a year, "
           "1 decimal | " +
           range(data, share(&B::verzuimPer1000), 1) +
           " |\n| `overlastmeldingen` | nuisance reports in 2025: exactly the 2025 rows of meldingen.csv "
           "inside the "
           "buurt | count a year | " +
           range(data, count(&B::overlastmeldingen), 0) +
           " |\n"
           "| `politieregistraties` | police registrations | count a year | " +
           range(data, count(&B::politieregistraties), 0) +
           " |\n"
           "| `aandeel_eenouder` | one-parent households; " +
           suppressed + " | % of households, 1 decimal | " + range(data, share(&B::aandeelEenouder), 1) +
           " |\n\nAll but `inwoners` follow one hidden need surface (Gaussian bumps over the town plus "
           "noise): high need means lower income and more bijstand, absenteeism, nuisance, police "
           "registrations and one-parent "
           "households.\n\n";
}

std::string eventSection()
{
    return "### meldingen.csv\n\n"
           "Nuisance reports from 2024-01-01 to 2025-12-31, one row each, in time order.\n\n| column | "
           "meaning |\n|---|---|\n| `id` | report number, 1, 2, … in time order |\n| `tijdstip` | ISO 8601 "
           "local time in Europe/Amsterdam with its offset: `+01:00` (CET) or `+02:00` (CEST, last Sunday "
           "of March 01:00 UTC to last Sunday of October 01:00 UTC); whole minutes |\n| `categorie` | "
           "`jeugdoverlast` (youth), `geluidsoverlast` (noise), `vandalisme`, `afval` (litter, dumping) "
           "|\n| `x`, `y` | location, RD New metres, whole metres; always at least 2 m inside one buurt "
           "|\n\nThe rate per buurt grows with inhabitants and need; more reports in summer, on Friday and "
           "Saturday, and in the evening (most on summer evenings); litter mostly by day, vandalism mostly "
           "at night.\n\n### berichten_week.csv\n\nWeekly counts of geo-tagged social-media messages per "
           "buurt.\n\n| column | meaning |\n|---|---|\n| `bu_code` | buurt code |\n| `week_start` | the "
           "Monday that starts the week, ISO date; 2024-01-01 up to 2025-12-29 |\n| `aantal` | messages in "
           "that week (count) |\n\nEach buurt has a baseline that grows with inhabitants, young people and "
           "need, ±15 % over the seasons, "
           "with Poisson noise.\n\n### voorbeeldstad.bib.json\n\nThe demo recipe: a composite index of youth "
           "needs over four domains (bestaanszekerheid, school, veiligheid, gezin) from indicatoren.csv, with "
           "nuisance reports and police registrations per 1,000 inhabitants and the reweight rule for "
           "suppressed cells. The workstation opens it by default; `bib compose voorbeeldstad.bib.json -o "
           "index.csv` computes it on the command line.\n\n";
}

std::string plantedSection(const DemoData& data)
{
    const auto& town = data.town;
    const auto& m = data.messages;
    const auto& burst = town.buurten[m.burstBuurt];
    const auto& hotspot = town.buurten[data.indicators.hotspotBuurt];
    const auto& wijk = town.wijken[data.indicators.hotspotWijk];
    return "## Planted signals (what an analysis should find)\n\n"
           "- **High-need cluster**: centred on buurt " +
           hotspot.code + " " + hotspot.name + " in wijk " + wijk.code + " " + wijk.name +
           "; its neighbouring buurten are high too. Two weaker, wider areas of need lie elsewhere.\n"
           "- **Message burst**: buurt **" +
           burst.code + " " + burst.name + "**, week starting **" + demo::isoDate(m.weeks[m.burstWeek]) +
           "**: " + std::to_string(m.counts[m.burstBuurt][m.burstWeek]) +
           " messages where an ordinary week expects about " + number(m.baseline[m.burstBuurt], 1) +
           " (planted at " + number(m.burstFactor, 2) +
           " times the expectation). It is the highest week of that buurt. Its direct neighbours get 1.6 "
           "times their expectation in the same week, and the buurt itself 1.8 times in the week "
           "after.\n";
}

} // namespace

std::string demoReadme(const DemoData& data)
{
    return header(data) + geoPackageSection() + indicatorSection(data) + eventSection() +
           plantedSection(data);
}

} // namespace bib::core
