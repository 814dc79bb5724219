// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace bib::core {

/// One problem with one feature or row: reported, not thrown.
struct Warning
{
    std::string source;    ///< file or layer the problem is in (may be empty)
    std::string featureId; ///< id of the area or feature (may be empty)
    std::int64_t row = -1; ///< 1-based data row or feature index, -1 when not applicable
    std::string message;   ///< what is wrong and what was done about it
};

/// Qt-free progress, warnings and cancellation for long work.
///
/// Thread-safety: cancel(), isCancelled(), setProgress() and warn() may be called from any thread.
/// Progress is throttled: onProgress() runs at most every 100 ms and on 0 and 100 percent.
class Feedback
{
public:
    Feedback() = default;
    Feedback(const Feedback&) = delete;
    Feedback& operator=(const Feedback&) = delete;
    virtual ~Feedback() = default;

    void cancel() noexcept { mCancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const noexcept { return mCancelled.load(std::memory_order_relaxed); }
    /// Throws CancelledError when cancel() was called.
    void throwIfCancelled() const;

    /// percent in [0, 100]; values outside are clamped.
    void setProgress(double percent);
    void warn(Warning warning);
    void warn(std::string source, std::string featureId, std::int64_t row, std::string message);

    /// A copy of every warning so far, in the order they arrived.
    std::vector<Warning> warnings() const;
    std::size_t warningCount() const;

protected:
    virtual void onProgress(double /*percent*/) {}
    virtual void onWarning(const Warning& /*warning*/) {}

private:
    std::atomic<bool> mCancelled{false};
    mutable std::mutex mMutex;
    std::vector<Warning> mWarnings;
    std::chrono::steady_clock::time_point mLastProgress{};
    double mLastPercent = -1.0;
};

/// Feedback that only collects (for tests and quiet runs).
class SilentFeedback : public Feedback
{
};

} // namespace bib::core
