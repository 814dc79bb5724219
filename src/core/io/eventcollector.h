// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/events.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class OGRCoordinateTransformation;

namespace bib::core {

/// Where one source row is, before reprojection. A non-empty `problem` says why the row has no
/// usable position (it is then skipped); `code` is set when events are located by area code.
struct RowPosition
{
    double x = std::numeric_limits<double>::quiet_NaN();
    double y = std::numeric_limits<double>::quiet_NaN();
    std::string code;
    std::string problem;
};

/// The time of one source row in UTC seconds, or in `problem` why it has none.
struct RowTime
{
    std::int64_t seconds = 0;
    std::string problem;
};

/// Rows skipped for one kind of problem ("position", "time"): the first kListed are warned
/// individually with their row number, the rest summed up in one warning by finish().
class SkippedRows
{
public:
    static constexpr std::size_t kListed = 20;

    SkippedRows(std::string path, std::string kind, Feedback& feedback);
    void add(std::int64_t row, const std::string& featureId, const std::string& problem);
    /// The summary warning, when more than kListed rows were skipped.
    void finish();
    std::size_t count() const { return mCount; }

private:
    std::string mPath;
    std::string mKind;
    Feedback& mFeedback;
    std::size_t mCount = 0;
};

/// Gathers the usable rows of one source as EventSet's parallel arrays, reports the others, and
/// reprojects all positions at the end in one bulk transformation. Not thread-safe; one per read.
class EventCollector
{
public:
    EventCollector(std::string path, Feedback& feedback);
    EventCollector(const EventCollector&) = delete;
    EventCollector& operator=(const EventCollector&) = delete;

    /// One data row, in source order (its 1-based number is the count of rows added). A row with
    /// both a bad position and a bad time counts as a bad position only, so that
    /// rowsRead == size() + badPosition + badTime. Throws CancelledError every few thousand rows
    /// when feedback was cancelled.
    void add(const std::string& featureId, RowPosition&& position, const RowTime& time,
             std::string_view category);

    /// Transforms all positions with `transform` (nothing when null; `transformLabel` such as
    /// "from EPSG:4326 to EPSG:28992" names it in warnings), skipping the points it cannot
    /// transform; finishes the warnings. Throws InputError when no row is usable.
    EventSet finish(OGRCoordinateTransformation* transform, const std::string& transformLabel);

    /// Streaming: the events added since the last chunk, transformed like finish() does (the points
    /// that cannot be transformed are skipped and warned). Category indices stay valid across
    /// chunks; categoryNames holds all names so far. May return an empty set.
    EventSet takeChunk(OGRCoordinateTransformation* transform, const std::string& transformLabel);
    /// Events added since the last takeChunk().
    std::size_t pending() const { return mEvents.size(); }
    /// Streaming: the totals after the last takeChunk() (rowsRead, bad counts, categoryNames, no
    /// events); finishes the warnings. Throws InputError when no chunk held an event.
    EventSet finishStream();

private:
    void skip(SkippedRows& kind, std::int64_t row, const std::string& featureId, const std::string& problem);
    std::uint32_t categoryIndex(std::string_view name);
    void reproject(OGRCoordinateTransformation& transform, const std::string& label);
    void moveEvent(std::size_t from, std::size_t to);
    void shrinkTo(std::size_t kept);
    std::string noUsableRowsMessage() const;

    std::string mPath;
    Feedback& mFeedback;
    EventSet mEvents;
    std::vector<std::int64_t> mRows; ///< 1-based source row of each kept event, for later warnings
    std::unordered_map<std::string, std::uint32_t> mCategoryIndex;
    std::optional<std::uint32_t> mLastCategory;
    SkippedRows mPositions;
    SkippedRows mTimes;
    std::string mFirstProblem;
    std::size_t mDelivered = 0; ///< events handed out by takeChunk()
    bool mStreaming = false;    ///< category indices must stay stable: no renumbering in shrinkTo()
};

} // namespace bib::core
