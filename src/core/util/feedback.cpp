// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/feedback.h"

#include "util/error.h"

#include <algorithm>

namespace bib::core {

void Feedback::throwIfCancelled() const
{
    if (isCancelled())
        throw CancelledError();
}

void Feedback::setProgress(double percent)
{
    percent = std::clamp(percent, 0.0, 100.0);
    const auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(mMutex);
        const bool edge = (percent <= 0.0 || percent >= 100.0) && percent != mLastPercent;
        if (!edge && now - mLastProgress < std::chrono::milliseconds(100))
            return;
        mLastProgress = now;
        mLastPercent = percent;
    }
    onProgress(percent);
}

void Feedback::warn(Warning warning)
{
    {
        std::lock_guard lock(mMutex);
        mWarnings.push_back(warning);
    }
    onWarning(warning);
}

void Feedback::warn(std::string source, std::string featureId, std::int64_t row, std::string message)
{
    warn(Warning{std::move(source), std::move(featureId), row, std::move(message)});
}

std::vector<Warning> Feedback::warnings() const
{
    std::lock_guard lock(mMutex);
    return mWarnings;
}

std::size_t Feedback::warningCount() const
{
    std::lock_guard lock(mMutex);
    return mWarnings.size();
}

} // namespace bib::core
