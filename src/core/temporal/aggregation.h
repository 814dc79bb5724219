// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/events.h"
#include "model/areaset.h"
#include "temporal/counttable.h"
#include "util/feedback.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bib::core {

struct AggregationOptions
{
    std::optional<Period> period;    ///< none: one count per area (and category) over all time
    std::string denominatorField;    ///< numeric area column for rates per 1,000; empty: no rates
    std::size_t chunkSize = 1 << 16; ///< events per chunk handed to the counting threads
    unsigned threads = 0;            ///< counting threads besides the reader; 0: the hardware's cores
    /// Refuse results with more cells (areas × periods × categories) than this: one event with a
    /// wrong year must not make a grid of billions of zeros.
    std::size_t maxCells = 50'000'000;
};

/// Event counts per area × period × category, with what was not counted.
///
/// Every event read is counted at most once: rowsRead == counted + outside + unmatched + badPosition
/// + badTime (rows left out of a CSV for having more cells than the header are not rows read; see
/// forEachEventChunk).
struct AggregationResult
{
    std::optional<Period> period;
    /// ISO dates of every period start from the period of the first counted event to that of the
    /// last, in the Europe/Amsterdam calendar; empty without a period (then there is one "period").
    std::vector<std::string> periodStarts;
    bool byCategory = false;             ///< events had a category field
    std::vector<std::string> categories; ///< first-appearance order; {""} without a category field
    std::size_t areaCount = 0;
    /// counts[(t · categories.size() + c) · areaCount + a]
    std::vector<std::uint64_t> counts;
    std::vector<double> denominators; ///< per area when rates were asked, else empty

    std::size_t rowsRead = 0;
    std::size_t badPosition = 0;
    std::size_t badTime = 0;
    std::size_t counted = 0;   ///< events counted in an area
    std::size_t outside = 0;   ///< events with a position in no area (see AreaIndex for borders)
    std::size_t unmatched = 0; ///< events with a code that is no area id
    std::vector<std::pair<std::string, std::size_t>> unmatchedCodes; ///< code and its events, by code

    std::size_t periodCount() const { return period ? periodStarts.size() : 1; }
    std::uint64_t count(std::size_t area, std::size_t periodIndex, std::size_t category) const
    {
        return counts[(periodIndex * categories.size() + category) * areaCount + area];
    }
    /// count / denominator × 1000; NaN without rates, or when the denominator is NaN or ≤ 0.
    double rate(std::size_t area, std::size_t periodIndex, std::size_t category) const;
};

/// Streams the events of `source` (forEachEventChunk) and counts them per area of `areas`, per
/// period of options.period (PeriodCalendar, Europe/Amsterdam) and per category.
///
/// Events located by position go to the area that holds them by AreaIndex's border rule (a point on
/// a shared edge goes to exactly one area: the one to its right, or above a horizontal edge);
/// events outside all areas are counted in `outside` and reported in one warning. Events located by
/// code (source.codeField) go to the area with exactly that id; other codes are counted in
/// `unmatched`, listed in unmatchedCodes and warned (the first 20 codes by name). The event and area
/// CRS must be the same working CRS (areas.crs is used as source.workingCrs).
///
/// Parallel: the calling thread reads and parses, options.threads others locate and count chunks
/// into their own tables, summed at the end, so the result does not depend on the threads. Memory:
/// the index and the result, plus a few chunks, whatever the number of events. Throws what
/// forEachEventChunk throws; InputError for a missing or non-numeric denominator field, an
/// area set where no area has a shape (for positions), a period grid larger than
/// options.maxCells, or, with a period, when no event at all was counted.
AggregationResult aggregateEvents(const AreaSet& areas, const EventSource& source,
                                  const AggregationOptions& options, Feedback& feedback);

/// Counts events that were read already (readEvents), with the same rules, on the calling thread.
AggregationResult aggregateEvents(const AreaSet& areas, const EventSet& events,
                                  const AggregationOptions& options, Feedback& feedback);

/// Writes the counts atomically as CSV. With a period: `<id>,period_start,category,count[,rate]`, one
/// row per area × category × period, zeros included (writeSeriesTable; readCountTable reads it).
/// Without: `<id>[,category],count[,rate]`, one row per area (× category). `<id>` is areas.idField;
/// the rate is empty where it is NaN. `inputs` are the files the counts came from.
void writeAggregation(const std::string& path, const AreaSet& areas, const AggregationResult& result,
                      const std::vector<std::string>& inputs);

} // namespace bib::core
