// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demotown.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bib::core::demo {

/// The published indicators of one buurt, already rounded as published; NaN = suppressed ('.').
struct BuurtIndicators
{
    double need = 0.0;                    ///< latent need in [0, 1] that drives the rest; not published
    std::int64_t inwoners = 0;            ///< inhabitants, 300–4000
    double aandeel0tot14 = 0.0;           ///< % of inhabitants aged 0–14, whole percent
    double aandeel15tot24 = 0.0;          ///< % of inhabitants aged 15–24, whole percent
    double gemInkomen = 0.0;              ///< mean income per inhabitant, × €1000, one decimal
    double aandeelBijstand = 0.0;         ///< % of inhabitants on social assistance, one decimal
    double verzuimPer1000 = 0.0;          ///< school absenteeism reports per 1000 pupils, one decimal
    std::int64_t overlastmeldingen = 0;   ///< nuisance reports in 2025 (the rows of meldingen.csv)
    std::int64_t politieregistraties = 0; ///< police registrations per year
    double aandeelEenouder = 0.0;         ///< % one-parent households, one decimal
};

struct DemoIndicators
{
    std::vector<BuurtIndicators> buurten; ///< in the order of DemoTown::buurten
    std::size_t hotspotWijk = 0;          ///< the wijk holding the strong cluster of need
    std::size_t hotspotBuurt = 0;         ///< the buurt at the centre of that cluster
};

/// Suppression rule of the demo data, after CBS practice for small areas: below this many
/// inhabitants income, bijstand and one-parent shares are not published.
inline constexpr std::int64_t suppressBelowInhabitants = 600;
/// Below this many inhabitants absenteeism is not published either (too few pupils).
inline constexpr std::int64_t suppressAbsenteeismBelowInhabitants = 450;

/// Draws the indicators from a smooth latent need surface: one strong Gaussian bump centred on a
/// buurt of one (non-central) wijk, two weaker bumps elsewhere, plus noise. High need means lower
/// income and more bijstand, absenteeism, police registrations and one-parent households.
/// overlastmeldingen is left 0; it is counted from the generated reports.
DemoIndicators generateIndicators(const DemoTown& town, std::uint64_t seed);

/// indicatoren.csv in the CBS dialect (see cbscsv.h), one row per buurt in code order.
std::string indicatorCsv(const DemoTown& town, const DemoIndicators& indicators);

} // namespace bib::core::demo
