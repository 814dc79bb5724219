// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/aggregation.h"

#include "spatial/areaindex.h"
#include "temporal/periodcalendar.h"
#include "util/atomicfile.h"
#include "util/error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace bib::core {

namespace {

constexpr std::size_t kListedCodes = 20;

/// Area counts per (period key, category). The hot path is dense: per category a window of period
/// keys, one slot each, grown as keys arrive (events come in any order of time). A key that would
/// stretch a window beyond kMaxWindow periods (an event with a wrong year) goes to a map instead, so
/// one bad date cannot allocate a huge window. Area vectors are allocated on the first event.
class PeriodCounts
{
public:
    static constexpr std::size_t kMaxWindow = 4096;

    explicit PeriodCounts(std::size_t areas) : mAreas(areas) {}

    std::vector<std::uint64_t>& at(std::int64_t key, std::uint32_t category)
    {
        if (category >= mWindows.size())
            mWindows.resize(std::size_t{category} + 1);
        Window& w = mWindows[category];
        if (w.slots.empty()) {
            w.first = key;
            w.slots.resize(1);
        } else if (key < w.first) {
            const auto grow = static_cast<std::size_t>(w.first - key);
            if (grow + w.slots.size() > kMaxWindow)
                return outlier(key, category);
            w.slots.insert(w.slots.begin(), grow, {});
            w.first = key;
        } else if (static_cast<std::size_t>(key - w.first) >= w.slots.size()) {
            const auto size = static_cast<std::size_t>(key - w.first) + 1;
            if (size > kMaxWindow)
                return outlier(key, category);
            w.slots.resize(size);
        }
        std::vector<std::uint64_t>& counts = w.slots[static_cast<std::size_t>(key - w.first)];
        if (counts.empty())
            counts.assign(mAreas, 0);
        return counts;
    }

    /// Calls f(key, category, counts) for every (key, category) with an allocated count vector.
    template <typename Function> void forEach(const Function& f) const
    {
        for (std::size_t c = 0; c < mWindows.size(); ++c)
            for (std::size_t t = 0; t < mWindows[c].slots.size(); ++t)
                if (!mWindows[c].slots[t].empty())
                    f(mWindows[c].first + static_cast<std::int64_t>(t), static_cast<std::uint32_t>(c),
                      mWindows[c].slots[t]);
        for (const auto& [key, counts] : mOutliers)
            f(key.first, key.second, counts);
    }

private:
    struct Window
    {
        std::int64_t first = 0;
        std::vector<std::vector<std::uint64_t>> slots;
    };

    std::vector<std::uint64_t>& outlier(std::int64_t key, std::uint32_t category)
    {
        auto [it, added] = mOutliers.try_emplace({key, category});
        if (added)
            it->second.assign(mAreas, 0);
        return it->second;
    }

    std::size_t mAreas;
    std::vector<Window> mWindows; ///< per category
    std::map<std::pair<std::int64_t, std::uint32_t>, std::vector<std::uint64_t>> mOutliers;
};

/// Counts of one thread: per (period key, category) one count per area.
class PartialCounts
{
public:
    PartialCounts(const AreaSet& areas, const AreaIndex* index, std::optional<Period> period)
        : mAreas(areas), mIndex(index), mCalendar(period.value_or(Period::Day)),
          mByPeriod(period.has_value()), mCounts(areas.size())
    {
    }

    void add(const EventSet& chunk)
    {
        const bool byCode = !chunk.codes.empty();
        for (std::size_t i = 0; i < chunk.size(); ++i) {
            const std::size_t area =
                byCode ? areaOfCode(chunk.codes[i]) : mIndex->locate({chunk.x[i], chunk.y[i]});
            if (area == AreaIndex::kNone)
                continue;
            const std::int64_t key = mByPeriod ? mCalendar.keyOf(chunk.time[i]) : 0;
            ++mCounts.at(key, chunk.category[i])[area];
            ++mCounted;
        }
        if (!byCode)
            mOutside += chunk.size() - (mCounted - mCountedBefore);
        mCountedBefore = mCounted;
    }

    void mergeInto(PartialCounts& total) const
    {
        mCounts.forEach(
            [&total](std::int64_t key, std::uint32_t category, const std::vector<std::uint64_t>& counts) {
                std::vector<std::uint64_t>& target = total.mCounts.at(key, category);
                for (std::size_t a = 0; a < counts.size(); ++a)
                    target[a] += counts[a];
            });
        for (const auto& [code, events] : mUnmatched)
            total.mUnmatched[code] += events;
        total.mCounted += mCounted;
        total.mOutside += mOutside;
    }

    const PeriodCounts& counts() const { return mCounts; }
    const std::map<std::string, std::size_t>& unmatched() const { return mUnmatched; }
    std::size_t counted() const { return mCounted; }
    std::size_t outside() const { return mOutside; }

private:
    std::size_t areaOfCode(const std::string& code)
    {
        if (const std::optional<std::size_t> row = mAreas.rowOf(code))
            return *row;
        ++mUnmatched[code];
        return AreaIndex::kNone;
    }

    const AreaSet& mAreas;
    const AreaIndex* mIndex;
    PeriodCalendar mCalendar;
    bool mByPeriod;
    PeriodCounts mCounts;
    std::map<std::string, std::size_t> mUnmatched;
    std::size_t mCounted = 0;
    std::size_t mCountedBefore = 0;
    std::size_t mOutside = 0;
};

/// A bounded queue of chunks from the reader to the counting threads.
class ChunkQueue
{
public:
    explicit ChunkQueue(std::size_t capacity) : mCapacity(capacity) {}

    /// False when the queue was aborted (a counting thread failed).
    bool push(EventSet&& chunk)
    {
        std::unique_lock lock(mMutex);
        mChanged.wait(lock, [&] { return mAborted || mChunks.size() < mCapacity; });
        if (mAborted)
            return false;
        mChunks.push_back(std::move(chunk));
        mChanged.notify_all();
        return true;
    }

    /// False when the queue is closed and empty, or aborted.
    bool pop(EventSet& chunk)
    {
        std::unique_lock lock(mMutex);
        mChanged.wait(lock, [&] { return mAborted || mClosed || !mChunks.empty(); });
        if (mAborted || mChunks.empty())
            return false;
        chunk = std::move(mChunks.front());
        mChunks.pop_front();
        mChanged.notify_all();
        return true;
    }

    void close()
    {
        const std::lock_guard lock(mMutex);
        mClosed = true;
        mChanged.notify_all();
    }

    void abort()
    {
        const std::lock_guard lock(mMutex);
        mAborted = true;
        mChanged.notify_all();
    }

private:
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<EventSet> mChunks;
    std::size_t mCapacity;
    bool mClosed = false;
    bool mAborted = false;
};

/// Counting threads that take chunks from a queue; joined (and the queue closed) on destruction.
class CountingThreads
{
public:
    CountingThreads(unsigned threads, const AreaSet& areas, const AreaIndex* index,
                    std::optional<Period> period)
        : mQueue(2 * std::size_t{threads})
    {
        for (unsigned t = 0; t < threads; ++t)
            mPartials.emplace_back(areas, index, period);
        for (unsigned t = 0; t < threads; ++t)
            mThreads.emplace_back([this, t] { run(mPartials[t]); });
    }
    CountingThreads(const CountingThreads&) = delete;
    CountingThreads& operator=(const CountingThreads&) = delete;
    ~CountingThreads() { join(); }

    /// Hands a chunk on; throws the counting threads' error when one failed.
    void push(EventSet& chunk)
    {
        if (!mQueue.push(std::move(chunk)))
            join();
    }

    /// Waits for all chunks to be counted and rethrows a counting thread's error.
    void join()
    {
        mQueue.close();
        for (std::thread& thread : mThreads)
            if (thread.joinable())
                thread.join();
        const std::lock_guard lock(mFailureMutex);
        if (mFailure)
            std::rethrow_exception(std::exchange(mFailure, nullptr));
    }

    std::deque<PartialCounts>& partials() { return mPartials; }

private:
    void run(PartialCounts& partial)
    {
        try {
            EventSet chunk;
            while (mQueue.pop(chunk))
                partial.add(chunk);
        } catch (...) {
            const std::lock_guard lock(mFailureMutex);
            mFailure = std::current_exception();
            mQueue.abort();
        }
    }

    ChunkQueue mQueue;
    std::deque<PartialCounts> mPartials;
    std::vector<std::thread> mThreads;
    std::mutex mFailureMutex;
    std::exception_ptr mFailure;
};

std::vector<double> denominators(const AreaSet& areas, const std::string& field)
{
    if (field.empty())
        return {};
    if (const Column* column = areas.column(field))
        return column->values;
    std::string names;
    for (const Column& column : areas.columns())
        names += (names.empty() ? "" : ", ") + column.name;
    throw InputError(areas.source + ": no numeric field '" + field +
                     "' for the rate denominator; numeric fields are: " + names);
}

void warnUncounted(const AggregationResult& result, const std::string& path, Feedback& feedback)
{
    if (result.outside > 0)
        feedback.warn(path, "", -1,
                      std::to_string(result.outside) + " of " + std::to_string(result.rowsRead) +
                          " events lie outside all areas and are not counted");
    if (result.unmatched == 0)
        return;
    std::string listed;
    for (std::size_t i = 0; i < result.unmatchedCodes.size() && i < kListedCodes; ++i)
        listed += (i ? ", " : "") + result.unmatchedCodes[i].first + " (" +
                  std::to_string(result.unmatchedCodes[i].second) + ")";
    if (result.unmatchedCodes.size() > kListedCodes)
        listed += ", …";
    feedback.warn(path, "", -1,
                  std::to_string(result.unmatched) + " events have one of " +
                      std::to_string(result.unmatchedCodes.size()) +
                      " codes that match no area id and are not counted: " + listed);
}

/// Lays the summed counts out densely over every period from the first to the last.
AggregationResult makeResult(const AreaSet& areas, const PartialCounts& total, const EventSet& totals,
                             bool byCategory, const AggregationOptions& options)
{
    AggregationResult result;
    result.period = options.period;
    result.areaCount = areas.size();
    result.byCategory = byCategory;
    result.categories = totals.categoryNames.empty() ? std::vector<std::string>{""} : totals.categoryNames;
    result.rowsRead = totals.rowsRead;
    result.badPosition = totals.badPosition;
    result.badTime = totals.badTime;
    result.counted = total.counted();
    result.outside = total.outside();
    for (const auto& [code, events] : total.unmatched()) {
        result.unmatchedCodes.emplace_back(code, events);
        result.unmatched += events;
    }
    result.denominators = denominators(areas, options.denominatorField);

    std::int64_t first = 0;
    std::int64_t last = 0;
    if (options.period) {
        bool any = false;
        total.counts().forEach([&](std::int64_t key, std::uint32_t, const std::vector<std::uint64_t>&) {
            first = any ? std::min(first, key) : key;
            last = any ? std::max(last, key) : key;
            any = true;
        });
        if (!any)
            throw InputError("no event lies in an area, so there are no periods to count");
        const PeriodCalendar calendar(*options.period);
        for (std::int64_t key = first; key <= last; ++key)
            result.periodStarts.push_back(calendar.startDate(key));
    }
    const std::size_t periods = static_cast<std::size_t>(last - first) + 1;
    const double cells = static_cast<double>(periods) * static_cast<double>(result.categories.size()) *
                         static_cast<double>(result.areaCount);
    if (cells > static_cast<double>(options.maxCells))
        throw InputError("the counts would have " + std::to_string(static_cast<std::uint64_t>(cells)) +
                         " cells (" + std::to_string(periods) + " periods from " +
                         result.periodStarts.front() + " to " + result.periodStarts.back() +
                         "); check the event times for wrong years, or choose a longer period");
    result.counts.assign(static_cast<std::size_t>(cells), 0);
    total.counts().forEach([&](std::int64_t key, std::uint32_t category,
                               const std::vector<std::uint64_t>& counts) {
        const auto t = static_cast<std::size_t>(key - first);
        std::copy(counts.begin(), counts.end(),
                  result.counts.begin() + static_cast<std::ptrdiff_t>(
                                              (t * result.categories.size() + category) * result.areaCount));
    });
    return result;
}

std::unique_ptr<AreaIndex> indexFor(const AreaSet& areas, bool byCode)
{
    if (byCode)
        return nullptr;
    auto index = std::make_unique<AreaIndex>(areas);
    if (index->rows() == 0)
        throw InputError(areas.source + ": none of the areas has a shape, so no event can be located in one");
    return index;
}

} // namespace

double AggregationResult::rate(std::size_t area, std::size_t periodIndex, std::size_t category) const
{
    if (denominators.empty() || !(denominators[area] > 0.0))
        return std::nan("");
    return static_cast<double>(count(area, periodIndex, category)) / denominators[area] * 1000.0;
}

AggregationResult aggregateEvents(const AreaSet& areas, const EventSource& source,
                                  const AggregationOptions& options, Feedback& feedback)
{
    denominators(areas, options.denominatorField); // fail before reading the events
    const std::unique_ptr<AreaIndex> index = indexFor(areas, !source.codeField.empty());
    EventSource inWorkingCrs = source;
    inWorkingCrs.workingCrs = areas.crs;
    const unsigned threads =
        options.threads > 0 ? options.threads : std::max(1U, std::thread::hardware_concurrency());
    CountingThreads counting(threads, areas, index.get(), options.period);
    const EventSet totals = forEachEventChunk(
        inWorkingCrs, options.chunkSize, [&counting](EventSet& chunk) { counting.push(chunk); }, feedback);
    counting.join();
    PartialCounts total(areas, index.get(), options.period);
    for (const PartialCounts& partial : counting.partials())
        partial.mergeInto(total);
    AggregationResult result = makeResult(areas, total, totals, !source.categoryField.empty(), options);
    warnUncounted(result, source.path, feedback);
    return result;
}

AggregationResult aggregateEvents(const AreaSet& areas, const EventSet& events,
                                  const AggregationOptions& options, Feedback& feedback)
{
    const std::unique_ptr<AreaIndex> index = indexFor(areas, !events.codes.empty());
    PartialCounts total(areas, index.get(), options.period);
    total.add(events);
    const bool byCategory = events.categoryNames.size() > 1 ||
                            (events.categoryNames.size() == 1 && !events.categoryNames[0].empty());
    AggregationResult result = makeResult(areas, total, events, byCategory, options);
    warnUncounted(result, areas.source, feedback);
    return result;
}

// ---- Writing ----------------------------------------------------------------------------------

namespace {

std::string csvCell(const std::string& text)
{
    const bool plain = text.find_first_of(",\"\r\n") == std::string::npos &&
                       (text.empty() || (text.front() != ' ' && text.back() != ' '));
    if (plain)
        return text;
    std::string out = "\"";
    for (const char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string number(double value)
{
    if (std::isnan(value))
        return {};
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc() ? std::string(buffer, end) : std::string();
}

void writeTotals(const std::string& path, const AreaSet& areas, const AggregationResult& result,
                 const std::vector<std::string>& inputs)
{
    const bool rates = !result.denominators.empty();
    std::string text = csvCell(areas.idField) + (result.byCategory ? ",category" : "") + ",count" +
                       (rates ? ",rate" : "") + "\n";
    for (std::size_t a = 0; a < result.areaCount; ++a) {
        for (std::size_t c = 0; c < result.categories.size(); ++c) {
            text += csvCell(areas.id(a));
            if (result.byCategory)
                text += "," + csvCell(result.categories[c]);
            text += "," + std::to_string(result.count(a, 0, c));
            if (rates)
                text += "," + number(result.rate(a, 0, c));
            text += "\n";
        }
    }
    writeTextFileAtomically(path, text, inputs);
}

} // namespace

void writeAggregation(const std::string& path, const AreaSet& areas, const AggregationResult& result,
                      const std::vector<std::string>& inputs)
{
    if (!result.period)
        return writeTotals(path, areas, result, inputs);
    CountTable table;
    table.idField = areas.idField;
    table.period = *result.period;
    table.periods = result.periodStarts;
    const bool rates = !result.denominators.empty();
    std::vector<std::vector<std::vector<double>>> values(rates ? 2 : 1);
    for (std::size_t a = 0; a < result.areaCount; ++a) {
        for (std::size_t c = 0; c < result.categories.size(); ++c) {
            table.series.push_back({areas.id(a), result.categories[c], {}, {}});
            std::vector<double> counts(result.periodCount());
            std::vector<double> rateValues(rates ? result.periodCount() : 0);
            for (std::size_t t = 0; t < result.periodCount(); ++t) {
                counts[t] = static_cast<double>(result.count(a, t, c));
                if (rates)
                    rateValues[t] = result.rate(a, t, c);
            }
            values[0].push_back(std::move(counts));
            if (rates)
                values[1].push_back(std::move(rateValues));
        }
    }
    writeSeriesTable(path, table,
                     rates ? std::vector<std::string>{"count", "rate"} : std::vector<std::string>{"count"},
                     values, 0, inputs);
}

} // namespace bib::core
