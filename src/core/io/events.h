// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/feedback.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace bib::core {

/// Where and how to read point events.
///
/// Exactly one way of locating an event is used: xField+yField (in `crs`), lonField+latField
/// (WGS84, EPSG:4326, lon/lat order), wktField (POINT only, in `crs`), codeField (the event already
/// carries an area id), or, when none of these is named, the geometry of a point layer
/// (GeoPackage, shapefile, GeoJSON …) in the layer's CRS. Field names match exactly in tables and
/// case-insensitively in OGR layers.
struct EventSource
{
    std::string path;
    std::string layer; ///< layer of a multi-layer source, or sheet of a spreadsheet; first when empty
    std::string xField, yField;
    std::string lonField, latField;
    std::string wktField;
    std::string codeField;
    /// CRS of x/y or WKT (EPSG:code, WKT or PROJ text); required with those. For layer geometry it
    /// only stands in for a missing layer CRS (ignored, with a warning, when the layer has one).
    std::string crs;
    std::string workingCrs = "EPSG:28992";
    std::string timeField;     ///< required; text (see parseTimestamp) or an OGR Date/DateTime field
    std::string categoryField; ///< optional; an empty cell is the category ""
};

/// Point events in the working CRS with UTC times, as parallel arrays in source row order.
/// Every row read is either an event or counted once: rowsRead == size() + badPosition + badTime.
struct EventSet
{
    std::vector<double> x, y;               ///< working CRS; NaN when located by code
    std::vector<std::int64_t> time;         ///< seconds since 1970-01-01T00:00:00Z
    std::vector<std::uint32_t> category;    ///< index into categoryNames; 0 when no category field
    std::vector<std::string> categoryNames; ///< first-appearance order; {""} without a category field
    std::vector<std::string> codes;         ///< area code per event when located by code, else empty
    std::size_t rowsRead = 0;               ///< data rows seen, good or bad
    std::size_t badPosition = 0;            ///< rows skipped for an unreadable or untransformable position
    std::size_t badTime = 0;                ///< rows with a position but an unreadable time

    std::size_t size() const { return time.size(); }
};

/// Reads point events from a table (.csv, .tsv, .txt, .xlsx, .ods through readTable, the named
/// fields read as text) or any other OGR source, and reprojects them to `workingCrs` in one bulk
/// transformation.
///
/// Coordinates in text take a decimal point or a decimal comma; lon/lat outside ±180/±90 are bad
/// positions. OGR DateTime fields keep their zone; without one they are Europe/Amsterdam time.
/// Rows with an unreadable position or time, or a position the transformation cannot take, are
/// skipped and reported through feedback with the source path, the 1-based data row (the feature
/// index for layers, with the FID as featureId) and the reason: the first 20 of each kind
/// individually, then, when there are more, one summary warning (row -1) with the total — never
/// dropped silently. Throws InputError when a named field is missing (listing the fields), when no
/// locating option fits the source or two are given, or when no row at all is usable (with the
/// row count and the first problem); CrsError when x/y or WKT come without a CRS or a layer has
/// none; CancelledError when feedback is cancelled. Time O(rows); memory: the table (for tables)
/// plus the result.
EventSet readEvents(const EventSource& source, Feedback& feedback);

/// Receives one chunk of events from forEachEventChunk. `chunk` holds only the events of the chunk
/// (size() ≤ the chunk size; never 0); its categoryNames are all names seen so far, so category
/// indices are the same in every chunk. The callback may move the arrays out of `chunk`.
using EventChunkCallback = std::function<void(EventSet& chunk)>;

/// Streams point events to `callback` in chunks of at most `chunkSize`, in source row order, with
/// the same locating, parsing, reprojection and row reports as readEvents. Memory stays
/// O(chunkSize) whatever the number of rows.
///
/// CSV/TSV/TXT files are read in blocks of whole records (not through readTable): delimiter by
/// detectDelimiter on the first block (',' when it finds none), the header trimmed, unquoted cells
/// trimmed; each block that is not valid UTF-8 (and every block after it) is read as
/// Windows-1252. As in readTable, rows with more cells than the header are left out (warned, not
/// counted in rowsRead), missing cells are empty, empty lines are skipped. Decimal commas in
/// coordinates are read as readEvents reads them. Spreadsheets are read whole and then handed on in
/// chunks; OGR layers are streamed feature by feature.
///
/// Returns the totals: rowsRead, badPosition, badTime and all categoryNames, with no events. Throws
/// what readEvents throws, also when no row at all was usable (after the callback has seen all
/// chunks, i.e. never with one delivered). Exceptions from the callback pass through. The callback
/// runs on the calling thread.
EventSet forEachEventChunk(const EventSource& source, std::size_t chunkSize,
                           const EventChunkCallback& callback, Feedback& feedback);

/// Parses a timestamp to UTC seconds. Accepts ISO 8601 extended format (`2024-03-05`,
/// `2024-03-05T14:30`, 'T' or a space, optional seconds, an optional fraction of any length after
/// '.' or ',' — dropped, so the result is floored to the second — and an optional zone `Z`,
/// `±hh:mm`, `±hhmm` or `±hh`; a time without zone, and a date alone (midnight), is
/// Europe/Amsterdam local time) and Dutch `d-m-jjjj`, `d-m-jjjj u:mm[:ss]` (one or two digits for
/// day, month and hour; also with '/'), read as Europe/Amsterdam. Surrounding white space is
/// ignored. Returns false, leaving utcSeconds alone, for anything else or an impossible date or
/// time (31-02, month 13, hour 24, minute or second 60). Local times in the spring-forward gap and
/// the autumn double hour follow the rule at amsterdamToUtc (io/timestamp.h). Thread-safe.
bool parseTimestamp(const std::string& text, std::int64_t& utcSeconds);

/// Offset of Europe/Amsterdam from UTC, in seconds, at a UTC instant (3600 or 7200; EU rules since
/// 1996: summer time from the last Sunday of March 01:00 UTC, inclusive, to the last Sunday of
/// October 01:00 UTC, exclusive). The 1996 rule is applied to earlier years too.
int amsterdamOffsetSeconds(std::int64_t utcSeconds);

} // namespace bib::core
