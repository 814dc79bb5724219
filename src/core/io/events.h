// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/feedback.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bib::core {

/// Where and how to read point events.
///
/// Exactly one way of locating an event is used: xField+yField (in `crs`), lonField+latField
/// (WGS84, EPSG:4326, lon/lat order), wktField (in `crs`), codeField (the event already carries an
/// area id), or, for a point layer (GeoPackage, shapefile, GeoJSON …), its geometry.
struct EventSource
{
    std::string path;
    std::string layer; ///< layer of a multi-layer source; first when empty
    std::string xField, yField;
    std::string lonField, latField;
    std::string wktField;
    std::string codeField;
    std::string crs; ///< CRS of x/y or WKT; required with those, taken from a layer otherwise
    std::string workingCrs = "EPSG:28992";
    std::string timeField;     ///< required
    std::string categoryField; ///< optional
};

/// Point events in the working CRS with UTC times, as parallel arrays.
struct EventSet
{
    std::vector<double> x, y;               ///< working CRS; NaN when located by code
    std::vector<std::int64_t> time;         ///< seconds since 1970-01-01T00:00:00Z
    std::vector<std::uint32_t> category;    ///< index into categoryNames; 0 when no category field
    std::vector<std::string> categoryNames; ///< at least one entry ("" without a category field)
    std::vector<std::string> codes;         ///< area code per event when located by code
    std::size_t rowsRead = 0;               ///< data rows seen, good or bad
    std::size_t badPosition = 0;            ///< rows skipped for an unreadable position
    std::size_t badTime = 0;                ///< rows skipped for an unreadable time

    std::size_t size() const { return time.size(); }
};

/// Reads point events from a CSV (through readTable's conventions) or any OGR point layer.
///
/// Rows with an unreadable position or time are skipped and reported through feedback with their
/// row number (the first 20 of each kind individually, then one summary warning) — never dropped
/// silently. Throws InputError when a named field is missing, when no locating option fits the
/// source, when x/y or WKT are given without a CRS, or when no row at all is usable.
EventSet readEvents(const EventSource& source, Feedback& feedback);

/// Parses a timestamp to UTC seconds. Accepts ISO 8601 (`2024-03-05`, `2024-03-05T14:30`,
/// `…:00Z`, `…+01:00`, fractional seconds; a time without zone is Europe/Amsterdam local time) and
/// Dutch `dd-mm-jjjj`, `dd-mm-jjjj uu:mm[:ss]` (also with '/'), read as Europe/Amsterdam. Returns
/// false for anything else or an impossible date.
bool parseTimestamp(const std::string& text, std::int64_t& utcSeconds);

/// Offset of Europe/Amsterdam from UTC, in seconds, at a UTC instant (3600 or 7200; EU rules since
/// 1996: summer time from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC).
int amsterdamOffsetSeconds(std::int64_t utcSeconds);

} // namespace bib::core
