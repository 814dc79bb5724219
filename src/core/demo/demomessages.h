// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoindicators.h"
#include "demo/demotown.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bib::core::demo {

/// Weekly counts of geo-tagged social-media messages per buurt, with one planted burst.
struct WeeklyMessages
{
    std::vector<std::chrono::sys_days> weeks;      ///< Mondays, 2024-01-01 … 2025-12-29
    std::vector<std::vector<std::int64_t>> counts; ///< [buurt][week]
    std::vector<double> baseline;                  ///< expected messages per ordinary week, per buurt
    std::size_t burstBuurt = 0;                    ///< the buurt with the planted burst
    std::size_t burstWeek = 0;                     ///< index into weeks
    double burstFactor = 0.0;                      ///< multiplier of the expectation in that week
};

/// Poisson counts around a per-buurt baseline of (1.5 + 0.12·aandeel_15_24 + 2·need) messages per
/// 1000 inhabitants a week, ±15 % with the season (more in summer). Planted: the centre buurt of
/// the high-need cluster gets 5.5–7.5 times its expectation in one week between week 30 and 95
/// (its direct neighbours 1.6 times, the week after 1.8 times); that week is always its maximum.
WeeklyMessages generateMessages(const DemoTown& town, const DemoIndicators& indicators, std::uint64_t seed);

/// berichten_week.csv: bu_code;week_start;aantal in the CBS dialect (see cbscsv.h), by buurt, then week.
std::string messagesCsv(const DemoTown& town, const WeeklyMessages& messages);

} // namespace bib::core::demo
