// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/feedback.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <thread>

namespace {

using namespace bib::core;

class CountingFeedback : public Feedback
{
public:
    int progressCalls = 0;
    double last = -1;

protected:
    void onProgress(double percent) override
    {
        ++progressCalls;
        last = percent;
    }
};

TEST(Feedback, cancelIsSeenAcrossThreads)
{
    SilentFeedback feedback;
    std::thread other([&] { feedback.cancel(); });
    other.join();
    EXPECT_TRUE(feedback.isCancelled());
    EXPECT_THROW(feedback.throwIfCancelled(), CancelledError);
}

TEST(Feedback, progressIsThrottledButEndsAreAlwaysReported)
{
    CountingFeedback feedback;
    feedback.setProgress(0);
    for (int i = 1; i < 1000; ++i)
        feedback.setProgress(i / 10.0);
    feedback.setProgress(100);
    // 0 and 100 always; the thousand calls in between fall inside one 100 ms window.
    EXPECT_GE(feedback.progressCalls, 2);
    EXPECT_LT(feedback.progressCalls, 50);
    EXPECT_EQ(feedback.last, 100.0);
}

TEST(Feedback, progressIsClamped)
{
    CountingFeedback feedback;
    feedback.setProgress(250);
    EXPECT_EQ(feedback.last, 100.0);
}

TEST(Feedback, warningsKeepOrderAndDetail)
{
    SilentFeedback feedback;
    feedback.warn("a.csv", "BU1", 3, "first");
    feedback.warn(Warning{"b.gpkg", "BU2", -1, "second"});
    const auto w = feedback.warnings();
    ASSERT_EQ(w.size(), 2u);
    EXPECT_EQ(w[0].row, 3);
    EXPECT_EQ(w[1].featureId, "BU2");
}

} // namespace
