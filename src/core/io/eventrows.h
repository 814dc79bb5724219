// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of the event readers (events.cpp: entry points and spreadsheets through readTable;
// eventlayer.cpp: OGR layers; eventcsv.cpp: streaming CSV) that they share. Internal to io/.

#include "io/eventcollector.h"
#include "io/events.h"
#include "io/gdalutil.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bib::core::eventio {

inline constexpr std::size_t kRowsPerProgress = 4096;

/// How the events of one source are located; exactly one per source.
enum class Locator
{
    XY,
    LonLat,
    Wkt,
    Code,
    Geometry
};

/// The locating option of a source; throws InputError/CrsError for none, two, half a pair, or x/y
/// and WKT without a CRS (see EventSource).
Locator chooseLocator(const EventSource& source);

/// A cell for a message, quoted and cut after 40 bytes (not inside a UTF-8 character).
std::string quoted(std::string_view text);
std::string_view trimmed(std::string_view text);
/// "a, b, c".
std::string joined(const std::vector<std::string>& names);
std::string noLocatorMessage(const std::string& path, const std::vector<std::string>& fields);

/// A coordinate from text (decimal point or comma, see eventrows.cpp), or nullopt with `problem` set.
std::optional<double> coordinateOf(std::string_view text, const std::string& field, std::string& problem);
/// A position from two numbers (nullopt: `problem` says why); lon/lat outside ±180/±90 are bad.
RowPosition positionFromNumbers(Locator locator, std::optional<double> x, std::optional<double> y,
                                std::string problem);
RowPosition positionFromPointGeometry(const OGRGeometry* geometry);
RowPosition positionFromWkt(std::string_view text, const std::string& field);
RowPosition positionFromCode(std::string_view text, const std::string& field);
RowTime timeFromText(std::string_view text, const std::string& field);
/// The position of a table row from its text cells (`second` only for x/y and lon/lat).
RowPosition positionFromCells(Locator locator, std::string_view firstCell, std::string_view secondCell,
                              const std::string& first, const std::string& second);

/// The field of x, lon, WKT or code; and of y or lat.
const std::string& firstField(const EventSource& source, Locator locator);
const std::string& secondField(const EventSource& source, Locator locator);

/// The CRS of the positions when they come from fields (nullopt for area codes and layer geometry).
std::optional<OGRSpatialReference> fieldCrs(const EventSource& source, Locator locator);
/// Reprojects the collected events to source.workingCrs (when sourceCrs is set) and finishes them.
EventSet finishEvents(EventCollector& collector, const EventSource& source,
                      const std::optional<OGRSpatialReference>& sourceCrs);

/// Hands the events of a streaming read on in chunks, transformed chunk by chunk.
class ChunkSink
{
public:
    ChunkSink(std::size_t chunkSize, const EventChunkCallback& callback)
        : mChunkSize(std::max<std::size_t>(chunkSize, 1)), mCallback(callback)
    {
    }

    /// Sets up the transformation once the CRS of the positions is known (none for area codes, and
    /// none when the positions are already in the working CRS).
    void prepare(const EventSource& source, const std::optional<OGRSpatialReference>& sourceCrs)
    {
        if (!sourceCrs)
            return;
        const OGRSpatialReference working = spatialReference(source.workingCrs, "working CRS");
        if (sourceCrs->IsSame(&working))
            return;
        mTransform = makeTransform(*sourceCrs, working);
        mLabel = "from " + crsLabel(*sourceCrs) + " to " + crsLabel(working);
    }

    /// Passes the pending events on when there are chunkSize of them, or any when `force`.
    void deliver(EventCollector& collector, bool force)
    {
        if (collector.pending() == 0 || (!force && collector.pending() < mChunkSize))
            return;
        EventSet chunk = collector.takeChunk(mTransform.get(), mLabel);
        if (chunk.size() > 0)
            mCallback(chunk);
    }

    /// Streaming a source that was read whole (spreadsheets): the same chunks, sliced.
    EventSet slice(EventSet all)
    {
        for (std::size_t begin = 0; begin < all.size(); begin += mChunkSize) {
            const std::size_t end = std::min(all.size(), begin + mChunkSize);
            EventSet chunk;
            const auto part = [&](const auto& values) {
                return std::vector(values.begin() + static_cast<std::ptrdiff_t>(begin),
                                   values.begin() + static_cast<std::ptrdiff_t>(end));
            };
            chunk.x = part(all.x);
            chunk.y = part(all.y);
            chunk.time = part(all.time);
            chunk.category = part(all.category);
            if (!all.codes.empty())
                chunk.codes = part(all.codes);
            chunk.categoryNames = all.categoryNames;
            chunk.rowsRead = all.rowsRead;
            mCallback(chunk);
        }
        EventSet totals;
        totals.rowsRead = all.rowsRead;
        totals.badPosition = all.badPosition;
        totals.badTime = all.badTime;
        totals.categoryNames = std::move(all.categoryNames);
        return totals;
    }

private:
    std::size_t mChunkSize;
    const EventChunkCallback& mCallback;
    OgrTransformPtr mTransform;
    std::string mLabel;
};

/// The events of an OGR layer (eventlayer.cpp): read whole, or streamed into `sink` when given.
EventSet readLayerEvents(const EventSource& source, Locator locator, Feedback& feedback,
                         ChunkSink* sink = nullptr);

/// The events of a CSV/TSV/TXT file streamed in blocks of whole records into `sink` (eventcsv.cpp).
EventSet streamCsvEvents(const EventSource& source, Locator locator, ChunkSink& sink, Feedback& feedback);

} // namespace bib::core::eventio
