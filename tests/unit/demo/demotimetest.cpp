// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demotime.h"

#include <gtest/gtest.h>

namespace {

using namespace std::chrono;
using namespace bib::core::demo;

UtcMinutes utc(int y, unsigned m, unsigned d, int hour, int minute)
{
    return sys_days{year{y} / month{m} / day{d}} + hours{hour} + minutes{minute};
}

// Transition instants from the EU rule (Directive 2000/84/EC): 2025-03-30 and 2025-10-26 at 01:00 UTC.
TEST(DemoTime, springForwardAtOneUtcOnLastSundayOfMarch)
{
    EXPECT_EQ(isoAmsterdamTime(utc(2025, 3, 30, 0, 59)), "2025-03-30T01:59:00+01:00");
    EXPECT_EQ(isoAmsterdamTime(utc(2025, 3, 30, 1, 0)), "2025-03-30T03:00:00+02:00");
}

TEST(DemoTime, fallBackAtOneUtcOnLastSundayOfOctober)
{
    EXPECT_EQ(isoAmsterdamTime(utc(2025, 10, 26, 0, 59)), "2025-10-26T02:59:00+02:00");
    EXPECT_EQ(isoAmsterdamTime(utc(2025, 10, 26, 1, 0)), "2025-10-26T02:00:00+01:00");
}

TEST(DemoTime, leapYearTransitionsFollowTheSameRule)
{
    EXPECT_EQ(amsterdamOffsetMinutes(utc(2024, 3, 31, 0, 59)), 60);
    EXPECT_EQ(amsterdamOffsetMinutes(utc(2024, 3, 31, 1, 0)), 120);
    EXPECT_EQ(amsterdamOffsetMinutes(utc(2024, 10, 27, 0, 59)), 120);
    EXPECT_EQ(amsterdamOffsetMinutes(utc(2024, 10, 27, 1, 0)), 60);
}

TEST(DemoTime, wallTimeInSpringGapIsReadOneHourLater)
{
    const UtcMinutes t = fromAmsterdamWallTime(sys_days{2025y / March / 30}, hours{2} + minutes{30});
    EXPECT_EQ(isoAmsterdamTime(t), "2025-03-30T03:30:00+02:00");
}

TEST(DemoTime, wallTimeInAutumnOverlapIsTheFirstOccurrence)
{
    const UtcMinutes t = fromAmsterdamWallTime(sys_days{2025y / October / 26}, hours{2} + minutes{30});
    EXPECT_EQ(t, utc(2025, 10, 26, 0, 30));
    EXPECT_EQ(isoAmsterdamTime(t), "2025-10-26T02:30:00+02:00");
}

TEST(DemoTime, ordinaryWallTimesRoundTrip)
{
    EXPECT_EQ(isoAmsterdamTime(fromAmsterdamWallTime(sys_days{2025y / March / 14}, hours{21} + minutes{35})),
              "2025-03-14T21:35:00+01:00");
    EXPECT_EQ(isoAmsterdamTime(fromAmsterdamWallTime(sys_days{2024y / July / 1}, hours{0})),
              "2024-07-01T00:00:00+02:00");
    EXPECT_EQ(isoDate(sys_days{2024y / February / 29}), "2024-02-29");
}

} // namespace
