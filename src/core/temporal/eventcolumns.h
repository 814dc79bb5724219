// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "model/areaset.h"
#include "temporal/areaseries.h"
#include "util/feedback.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bib::core {

/// What one events source of a recipe counted and derived.
struct EventColumnsReport
{
    std::string path;
    std::size_t rowsRead = 0;
    std::size_t counted = 0;   ///< events in an area, of the selected categories, up to the reference period
    std::size_t outside = 0;   ///< events with a position in no area
    std::size_t unmatched = 0; ///< events with a code that is no area id
    std::size_t badPosition = 0;
    std::size_t badTime = 0;
    Period period = Period::Week;
    std::string firstPeriod;          ///< start of the first period of the series (that of the first event)
    std::string referencePeriod;      ///< start of the reference ("current") period
    std::size_t periods = 0;          ///< periods from firstPeriod to referencePeriod, both included
    std::vector<std::string> columns; ///< the columns added, in recipe order
    std::vector<std::string> notes; ///< what a reader of the numbers must know (missing scores, model notes)
};

/// Counts the events of `spec` per area and period and adds its derived columns to `areas`.
///
/// The events are aggregated with aggregateEvents (same locating, border rule, calendar and reports
/// as `bib aggregate --period`), only the `categories` when a category field is named. Every area
/// gets one series from the period of the first counted event to the reference period: the period
/// holding `spec.end`, or, without it, the period of the last counted event; periods after the
/// reference are left out and periods up to a later `end` count 0. Per column:
///  - count: events in the last `periods` periods up to and including the reference period (all
///    periods when 0); InputError when the series is shorter than that window;
///  - signal: PeakDetector::detect score of the reference period (EARS: (y − m)/σ; C3: Hutwagner's C3;
///    CUSUM: the CUSUM statistic); NaN (missing) where it is not finite (a baseline without variation
///    and min_sigma 0), with a note giving the number of such areas;
///  - alarm: 1 where the detector alarms in the reference period (after the minimum-count rule), else 0;
///  - forecast: the sum of the forecast means (clamped at 0) of the `periods` periods after the reference
///    period — the mean of their total — from forecastTable with the period's default season length.
/// Throws InputError prefixed with `keyPath` (e.g. "events[0]") for what aggregateEvents, detectPeaks
/// and forecastTable throw, a series too short for a column, a category never seen, an `end` before the
/// first event, and a column name that is already a column of the areas.
///
/// When `series` is given it receives, from the same computation, the count series of every area, the
/// detector's expected/upper/alarm of the first signal or alarm column and the forecast of the first
/// forecast column (see AreaEventSeries); it is unspecified after an exception.
EventColumnsReport addEventColumns(AreaSet& areas, const EventSourceSpec& spec, const std::string& keyPath,
                                   std::uint64_t seed, Feedback& feedback, AreaEventSeries* series = nullptr);

} // namespace bib::core
