// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoindicators.h"
#include "demo/demotime.h"
#include "demo/demotown.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bib::core::demo {

/// The period of the demo events: local dates 2024-01-01 up to and including 2025-12-31.
inline constexpr std::chrono::year_month_day demoFirstDay{std::chrono::year{2024}, std::chrono::January,
                                                          std::chrono::day{1}};
inline constexpr std::chrono::year_month_day demoLastDay{std::chrono::year{2025}, std::chrono::December,
                                                         std::chrono::day{31}};

/// The nuisance categories, as in meldingen.csv.
inline constexpr const char* meldingCategories[] = {"jeugdoverlast", "geluidsoverlast", "vandalisme",
                                                    "afval"};

/// One nuisance report.
struct Melding
{
    std::int64_t id = 0;      ///< 1, 2, … in time order
    UtcMinutes time;          ///< the instant; written as Amsterdam local time with offset
    std::size_t category = 0; ///< index into meldingCategories
    Point location;           ///< EPSG:28992, whole metres, at least 2 m inside its buurt
    std::size_t buurt = 0;    ///< index into DemoTown::buurten (not written to the CSV)
    int localYear = 0;        ///< calendar year of the local date
};

/// Expected reports per year in a buurt: (4 + 30·need^1.3) per 1000 inhabitants.
double expectedReportsPerYear(const BuurtIndicators& buurt);

/// Draws two years of reports: per buurt and local day a Poisson count around the yearly rate,
/// times a season factor (peak mid-July, ±30 %) and a weekday factor (Friday and Saturday high);
/// times of day peak in the evening, more so on summer evenings; the category depends on the hour.
/// Each buurt has its own random stream. Sorted by time, ids from 1.
std::vector<Melding> generateMeldingen(const DemoTown& town, const DemoIndicators& indicators,
                                       std::uint64_t seed);

/// Sets every buurt's overlastmeldingen to its number of reports in `year`.
void countReports(const std::vector<Melding>& meldingen, int year, DemoIndicators& indicators);

/// meldingen.csv: id;tijdstip;categorie;x;y in the CBS dialect (see cbscsv.h).
std::string meldingenCsv(const std::vector<Melding>& meldingen);

} // namespace bib::core::demo
