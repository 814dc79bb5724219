// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/eventcollector.h"

#include "io/gdalutil.h"
#include "util/error.h"

#include <algorithm>
#include <cmath>

namespace bib::core {

namespace {

constexpr std::size_t kRowsPerCancelCheck = 4096;
// OGRCoordinateTransformation::Transform counts points in an int (GDAL 3.6).
constexpr std::size_t kTransformChunk = std::size_t{1} << 20;

} // namespace

SkippedRows::SkippedRows(std::string path, std::string kind, Feedback& feedback)
    : mPath(std::move(path)), mKind(std::move(kind)), mFeedback(feedback)
{
}

void SkippedRows::add(std::int64_t row, const std::string& featureId, const std::string& problem)
{
    if (++mCount <= kListed)
        mFeedback.warn(mPath, featureId, row, "skipped, unreadable " + mKind + ": " + problem);
}

void SkippedRows::finish()
{
    if (mCount > kListed)
        mFeedback.warn(mPath, "", -1,
                       std::to_string(mCount) + " rows in all were skipped for an unreadable " + mKind +
                           " (only the first " + std::to_string(kListed) + " are listed)");
}

EventCollector::EventCollector(std::string path, Feedback& feedback)
    : mPath(std::move(path)), mFeedback(feedback), mPositions(mPath, "position", feedback),
      mTimes(mPath, "time", feedback)
{
}

void EventCollector::add(const std::string& featureId, RowPosition&& position, const RowTime& time,
                         std::string_view category)
{
    const auto row = static_cast<std::int64_t>(++mEvents.rowsRead);
    if ((mEvents.rowsRead % kRowsPerCancelCheck) == 0)
        mFeedback.throwIfCancelled();
    if (!position.problem.empty())
        return skip(mPositions, row, featureId, position.problem);
    if (!time.problem.empty())
        return skip(mTimes, row, featureId, time.problem);
    mEvents.x.push_back(position.x);
    mEvents.y.push_back(position.y);
    if (!position.code.empty())
        mEvents.codes.push_back(std::move(position.code));
    mEvents.time.push_back(time.seconds);
    mEvents.category.push_back(categoryIndex(category));
    mRows.push_back(row);
}

EventSet EventCollector::finish(OGRCoordinateTransformation* transform, const std::string& transformLabel)
{
    if (transform)
        reproject(*transform, transformLabel);
    mPositions.finish();
    mTimes.finish();
    mEvents.badPosition = mPositions.count();
    mEvents.badTime = mTimes.count();
    if (mEvents.size() == 0)
        throw InputError(noUsableRowsMessage());
    if (mEvents.categoryNames.empty())
        mEvents.categoryNames.emplace_back();
    return std::move(mEvents);
}

EventSet EventCollector::takeChunk(OGRCoordinateTransformation* transform, const std::string& transformLabel)
{
    mStreaming = true;
    if (transform && mEvents.size() > 0)
        reproject(*transform, transformLabel);
    EventSet chunk;
    chunk.x = std::move(mEvents.x);
    chunk.y = std::move(mEvents.y);
    chunk.time = std::move(mEvents.time);
    chunk.category = std::move(mEvents.category);
    chunk.codes = std::move(mEvents.codes);
    chunk.categoryNames = mEvents.categoryNames;
    if (chunk.categoryNames.empty())
        chunk.categoryNames.emplace_back();
    chunk.rowsRead = mEvents.rowsRead;
    // The moved-from vectors are empty; the next chunk will be as large, so grow them once.
    for (auto* values : {&mEvents.x, &mEvents.y}) {
        values->clear();
        values->reserve(chunk.size());
    }
    mEvents.time.clear();
    mEvents.time.reserve(chunk.size());
    mEvents.category.clear();
    mEvents.category.reserve(chunk.size());
    mEvents.codes.clear();
    mEvents.codes.reserve(chunk.codes.size());
    mRows.clear();
    mDelivered += chunk.size();
    return chunk;
}

EventSet EventCollector::finishStream()
{
    mPositions.finish();
    mTimes.finish();
    mEvents.badPosition = mPositions.count();
    mEvents.badTime = mTimes.count();
    if (mDelivered == 0)
        throw InputError(noUsableRowsMessage());
    if (mEvents.categoryNames.empty())
        mEvents.categoryNames.emplace_back();
    EventSet totals;
    totals.rowsRead = mEvents.rowsRead;
    totals.badPosition = mEvents.badPosition;
    totals.badTime = mEvents.badTime;
    totals.categoryNames = std::move(mEvents.categoryNames);
    return totals;
}

void EventCollector::skip(SkippedRows& kind, std::int64_t row, const std::string& featureId,
                          const std::string& problem)
{
    kind.add(row, featureId, problem);
    if (mFirstProblem.empty())
        mFirstProblem = "row " + std::to_string(row) + ": " + problem;
}

// Categories come in runs often enough that comparing with the previous one saves most look-ups.
std::uint32_t EventCollector::categoryIndex(std::string_view name)
{
    if (mLastCategory && name == mEvents.categoryNames[*mLastCategory])
        return *mLastCategory;
    const auto [it, added] = mCategoryIndex.try_emplace(
        std::string(name), static_cast<std::uint32_t>(mEvents.categoryNames.size()));
    if (added)
        mEvents.categoryNames.emplace_back(name);
    mLastCategory = it->second;
    return it->second;
}

void EventCollector::reproject(OGRCoordinateTransformation& transform, const std::string& label)
{
    GdalErrorCapture quiet; // PROJ reports each failed point; those rows are warned below instead
    const std::size_t n = mEvents.size();
    std::vector<int> success(n, FALSE);
    for (std::size_t begin = 0; begin < n; begin += kTransformChunk) {
        const std::size_t count = std::min(kTransformChunk, n - begin);
        transform.Transform(static_cast<int>(count), mEvents.x.data() + begin, mEvents.y.data() + begin,
                            nullptr, success.data() + begin);
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (success[i] && std::isfinite(mEvents.x[i]) && std::isfinite(mEvents.y[i]))
            moveEvent(i, kept++);
        else
            skip(mPositions, mRows[i], "", "the position cannot be transformed " + label);
    }
    if (kept < n)
        shrinkTo(kept);
}

// Only events with coordinates are reprojected, so `codes` (empty then) needs no moving.
void EventCollector::moveEvent(std::size_t from, std::size_t to)
{
    if (from == to)
        return;
    mEvents.x[to] = mEvents.x[from];
    mEvents.y[to] = mEvents.y[from];
    mEvents.time[to] = mEvents.time[from];
    mEvents.category[to] = mEvents.category[from];
    mRows[to] = mRows[from];
}

// Drops the tail left by moveEvent and the categories no kept event uses, keeping first-appearance order.
void EventCollector::shrinkTo(std::size_t kept)
{
    mEvents.x.resize(kept);
    mEvents.y.resize(kept);
    mEvents.time.resize(kept);
    mEvents.category.resize(kept);
    mRows.resize(kept);
    if (mStreaming)
        return; // earlier chunks already carry these category indices
    constexpr auto unused = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> renumbered(mEvents.categoryNames.size(), unused);
    std::vector<std::string> names;
    for (std::uint32_t& category : mEvents.category) {
        if (renumbered[category] == unused) {
            renumbered[category] = static_cast<std::uint32_t>(names.size());
            names.push_back(mEvents.categoryNames[category]);
        }
        category = renumbered[category];
    }
    mEvents.categoryNames = std::move(names);
    mLastCategory.reset();
    mCategoryIndex.clear();
}

std::string EventCollector::noUsableRowsMessage() const
{
    if (mEvents.rowsRead == 0)
        return mPath + ": there are no events (no data rows)";
    return mPath + ": none of the " + std::to_string(mEvents.rowsRead) + " rows is usable (" +
           std::to_string(mEvents.badPosition) + " without a readable position, " +
           std::to_string(mEvents.badTime) + " without a readable time); first problem, " + mFirstProblem;
}

} // namespace bib::core
