// SPDX-License-Identifier: GPL-3.0-or-later
// Expected UTC seconds: by hand where the comment shows the sum, otherwise cross-checked on Debian 12
// with GNU coreutils 9.1 `date -u -d '…' +%s` (UTC) or `TZ=Europe/Amsterdam date -d '…' +%s` (local,
// tzdata 2025b), as each comment says.
#include "io/timestamp.h"
#include "io/events.h"

#include <gtest/gtest.h>

#include <optional>

namespace {

using bib::core::amsterdamOffsetSeconds;
using bib::core::parseTimestamp;

std::optional<std::int64_t> parsed(const std::string& text)
{
    std::int64_t seconds = 0;
    if (!parseTimestamp(text, seconds))
        return std::nullopt;
    return seconds;
}

// 2024-03-31 01:59 UTC: days from 1970-01-01 to 2024-01-01 = 54 × 365 + 13 leap days = 19723;
// + 31 (Jan) + 29 (Feb) + 30 = 19813 days = 1711843200 s; + 1 h 59 min = 7140 s → 1711850340.
constexpr std::int64_t k20240331T0159Z = 1711850340;

} // namespace

TEST(Timestamp, readsIsoUtcByHand)
{
    EXPECT_EQ(parsed("2024-03-31T01:59:00Z"), k20240331T0159Z);
    EXPECT_EQ(parsed("2024-03-31T01:59Z"), k20240331T0159Z);
    EXPECT_EQ(parsed("2024-03-31 01:59:00z"), k20240331T0159Z);
    EXPECT_EQ(parsed("2024-03-31t01:59:00Z"), k20240331T0159Z);
}

TEST(Timestamp, readsEpochAndDaysBefore1970)
{
    EXPECT_EQ(parsed("1970-01-01T00:00:00Z"), 0);
    EXPECT_EQ(parsed("1969-12-31T23:00:00Z"), -3600); // date -u -d '1969-12-31 23:00' +%s
    EXPECT_EQ(parsed("1969-12-31 23:00"),
              -7200); // Amsterdam +01:00 (EU rule applied to 1969, see timestamp.h)
}

TEST(Timestamp, dropsFractionalSecondsOfAnyLength)
{
    // date -u -d '2025-09-27T19:22:21Z' +%s = 1759000941 (a created_at of the Assen Signalen data)
    EXPECT_EQ(parsed("2025-09-27T19:22:21.266743Z"), 1759000941);
    EXPECT_EQ(parsed("2025-09-27T19:22:21.9Z"), 1759000941);
    EXPECT_EQ(parsed("2025-09-27T19:22:21.999999999999Z"), 1759000941);
    EXPECT_EQ(parsed("2025-09-27T19:22:21,5Z"), 1759000941); // ISO 8601 allows a decimal comma
    EXPECT_EQ(parsed("2025-09-27T19:22:21.Z"), std::nullopt);
    EXPECT_EQ(parsed("2025-09-27T19:22.5Z"), std::nullopt); // fraction only after seconds
}

TEST(Timestamp, appliesExplicitOffsets)
{
    // 2024-03-31 01:59 UTC written in other zones
    EXPECT_EQ(parsed("2024-03-31T03:59:00+02:00"), k20240331T0159Z);
    EXPECT_EQ(parsed("2024-03-31T03:59:00+0200"), k20240331T0159Z);
    EXPECT_EQ(parsed("2024-03-31 03:59:00+02"), k20240331T0159Z); // PostgreSQL timestamptz output
    EXPECT_EQ(parsed("2024-03-30T20:29:00-05:30"), k20240331T0159Z);
    EXPECT_EQ(parsed("2024-03-31T01:59:00-00:00"), k20240331T0159Z);
}

TEST(Timestamp, readsIsoWithoutZoneAsAmsterdamWinterTime)
{
    // TZ=Europe/Amsterdam date -d '2024-03-05 14:30:00' +%s
    EXPECT_EQ(parsed("2024-03-05T14:30:00"), 1709645400);
    EXPECT_EQ(parsed("2024-03-05 14:30"), 1709645400);
    // TZ=Europe/Amsterdam date -d '2024-03-05 00:00:00' +%s
    EXPECT_EQ(parsed("2024-03-05"), 1709593200);
}

TEST(Timestamp, readsIsoWithoutZoneAsAmsterdamSummerTime)
{
    // TZ=Europe/Amsterdam date -d '2024-07-15 12:00:00' +%s; 10:00 UTC
    EXPECT_EQ(parsed("2024-07-15T12:00:00"), 1721037600);
    EXPECT_EQ(parsed("2024-07-15T10:00:00Z"), 1721037600);
}

TEST(Timestamp, readsDutchDateAsAmsterdamWinterTime)
{
    // TZ=Europe/Amsterdam date -d '2024-03-05 00:00:00' +%s
    EXPECT_EQ(parsed("05-03-2024"), 1709593200);
    EXPECT_EQ(parsed("5-3-2024"), 1709593200);
    EXPECT_EQ(parsed("05/03/2024"), 1709593200);
    EXPECT_EQ(parsed("5/3/2024"), 1709593200);
}

TEST(Timestamp, readsDutchDateTime)
{
    // TZ=Europe/Amsterdam date -d '2024-03-05 14:30:00' +%s
    EXPECT_EQ(parsed("05-03-2024 14:30"), 1709645400);
    EXPECT_EQ(parsed("5-3-2024 14:30:00"), 1709645400);
    EXPECT_EQ(parsed("05/03/2024 14:30:00"), 1709645400);
    // TZ=Europe/Amsterdam date -d '2024-07-15 12:00:00' +%s; a one-digit hour as Excel writes it
    EXPECT_EQ(parsed("15-7-2024 12:00"), 1721037600);
    EXPECT_EQ(parsed("15-7-2024 9:00"), 1721037600 - 3 * 3600);
}

TEST(Timestamp, trimsSurroundingWhiteSpace)
{
    EXPECT_EQ(parsed("  2024-03-05T14:30:00\t"), 1709645400);
    EXPECT_EQ(parsed(" 05-03-2024 14:30\r\n"), 1709645400);
}

TEST(Timestamp, acceptsLeapDayOnlyInLeapYears)
{
    // TZ=Europe/Amsterdam date -d '2024-02-29 23:59:59' +%s
    EXPECT_EQ(parsed("2024-02-29T23:59:59"), 1709247599);
    EXPECT_EQ(parsed("29-02-2024 23:59:59"), 1709247599);
    EXPECT_EQ(parsed("29-02-2023"), std::nullopt);
    EXPECT_EQ(parsed("2100-02-29"), std::nullopt); // not a leap year (divisible by 100)
    EXPECT_TRUE(parsed("2000-02-29").has_value()); // leap year (divisible by 400)
}

TEST(Timestamp, rejectsImpossibleDatesAndTimes)
{
    EXPECT_EQ(parsed("31-02-2024"), std::nullopt);
    EXPECT_EQ(parsed("2024-04-31"), std::nullopt);
    EXPECT_EQ(parsed("2024-13-01"), std::nullopt);
    EXPECT_EQ(parsed("01-13-2024"), std::nullopt);
    EXPECT_EQ(parsed("2024-00-10"), std::nullopt);
    EXPECT_EQ(parsed("00-01-2024"), std::nullopt);
    EXPECT_EQ(parsed("2024-03-05T24:00"), std::nullopt);
    EXPECT_EQ(parsed("2024-03-05T23:60"), std::nullopt);
    EXPECT_EQ(parsed("2024-03-05T23:59:60Z"), std::nullopt); // leap seconds are refused
    EXPECT_EQ(parsed("05-03-2024 25:00"), std::nullopt);
    EXPECT_EQ(parsed("2024-03-05T12:00+24:00"), std::nullopt);
    EXPECT_EQ(parsed("2024-03-05T12:00+01:60"), std::nullopt);
}

TEST(Timestamp, rejectsOtherFormats)
{
    for (const char* text : {"",
                             "   ",
                             "abc",
                             "2024",
                             "2024-03",
                             "2024-3-5",
                             "20240305",
                             "2024-03-05T",
                             "2024-03-05T14",
                             "2024-03-05T1430",
                             "2024-03-05T14:3",
                             "2024-03-05 14:30 Z",
                             "2024-03-05T14:30:00+1",
                             "2024-03-05T14:30:00+01:",
                             "2024-03-05Z",
                             "05-03-24",
                             "05-03/2024",
                             "05.03.2024",
                             "05-03-2024T14:30",
                             "05-03-2024 14:30Z",
                             "05-03-2024 14:30:00.5",
                             "05-03-2024  14:30",
                             "1709645400",
                             "2024-03-05T14:30:00 extra",
                             "dinsdag 5 maart"})
        EXPECT_EQ(parsed(text), std::nullopt) << text;
}

TEST(Timestamp, readsSpringForwardGapWithWinterOffset)
{
    // 2024-03-31 02:30 does not exist in Amsterdam; read as +01:00 → 01:30 UTC (the clock shows 03:30 CEST).
    // TZ=Europe/Amsterdam date -d '2024-03-31 03:30:00' +%s = 1711848600
    EXPECT_EQ(parsed("2024-03-31T02:30:00"), 1711848600);
    EXPECT_EQ(parsed("2024-03-31T03:30:00"), 1711848600);
    // The minute before the gap is still winter time: 01:59 local = 00:59 UTC
    EXPECT_EQ(parsed("2024-03-31T01:59:00"), k20240331T0159Z - 3600);
    // 03:00 local is the first summer minute: TZ=Europe/Amsterdam date -d '2024-03-31 03:00:00' +%s
    EXPECT_EQ(parsed("2024-03-31T03:00:00"), 1711846800);
}

TEST(Timestamp, readsAutumnAmbiguousHourAsSummerTime)
{
    // 2024-10-27 02:30 happens twice; the first (CEST) is taken: 00:30 UTC = summer time's end
    // (date -u -d @1729990800 → 01:00 UTC) − 30 min = 1729989000. GNU date takes the second:
    // TZ=Europe/Amsterdam date -d '2024-10-27 02:30:00' +%s = 1729992600 (01:30 UTC).
    EXPECT_EQ(parsed("2024-10-27T02:30:00"), 1729989000);
    EXPECT_EQ(parsed("27-10-2024 02:30"), 1729989000);
    // After the hour: TZ=Europe/Amsterdam date -d '2024-10-27 03:00:00' +%s (CET)
    EXPECT_EQ(parsed("2024-10-27T03:00:00"), 1729994400);
    // TZ=Europe/Amsterdam date -d '2024-10-27 01:59:59' +%s (CEST)
    EXPECT_EQ(parsed("2024-10-27T01:59:59"), 1729987199);
}

TEST(Timestamp, leavesResultUntouchedOnFailure)
{
    std::int64_t seconds = 42;
    EXPECT_FALSE(parseTimestamp("31-02-2024", seconds));
    EXPECT_EQ(seconds, 42);
}

TEST(AmsterdamOffset, switchesAtOneUtcOnLastSundays)
{
    // date -u -d @1711846800 → Sun Mar 31 01:00:00 UTC 2024; date -u -d @1729990800 → Sun Oct 27 01:00:00 UTC
    // 2024
    constexpr std::int64_t summerStarts = 1711846800;
    constexpr std::int64_t summerEnds = 1729990800;
    EXPECT_EQ(amsterdamOffsetSeconds(summerStarts - 1), 3600);
    EXPECT_EQ(amsterdamOffsetSeconds(summerStarts), 7200);
    EXPECT_EQ(amsterdamOffsetSeconds(summerEnds - 1), 7200);
    EXPECT_EQ(amsterdamOffsetSeconds(summerEnds), 3600);
}

TEST(AmsterdamOffset, followsLastSundayAcrossYears)
{
    // Last Sundays (cal 3 2025, cal 10 2025, cal 3 2027): 2025-03-30, 2025-10-26, 2027-03-28.
    // date -u -d '2025-03-30 01:00' +%s = 1743296400; date -u -d '2025-10-26 01:00' +%s = 1761440400;
    // date -u -d '2027-03-28 01:00' +%s = 1806195600
    EXPECT_EQ(amsterdamOffsetSeconds(1743296400 - 1), 3600);
    EXPECT_EQ(amsterdamOffsetSeconds(1743296400), 7200);
    EXPECT_EQ(amsterdamOffsetSeconds(1761440400 - 1), 7200);
    EXPECT_EQ(amsterdamOffsetSeconds(1761440400), 3600);
    EXPECT_EQ(amsterdamOffsetSeconds(1806195600 - 1), 3600);
    EXPECT_EQ(amsterdamOffsetSeconds(1806195600), 7200);
}

TEST(AmsterdamOffset, isWinterTimeInJanuaryAndAtExtremes)
{
    EXPECT_EQ(amsterdamOffsetSeconds(0), 3600);
    EXPECT_EQ(amsterdamOffsetSeconds(1767225600), 3600); // 2026-01-01T00:00Z: date -u -d 2026-01-01 +%s
    EXPECT_EQ(amsterdamOffsetSeconds(std::numeric_limits<std::int64_t>::max()), 3600);
    EXPECT_EQ(amsterdamOffsetSeconds(std::numeric_limits<std::int64_t>::min()), 3600);
}

TEST(CivilTime, refusesImpossibleFields)
{
    using bib::core::CivilDateTime;
    EXPECT_EQ(bib::core::utcSecondsOf(CivilDateTime{2024, 3, 31, 1, 59, 0}), k20240331T0159Z);
    EXPECT_EQ(bib::core::utcSecondsOf(CivilDateTime{2024, 2, 30, 0, 0, 0}), std::nullopt);
    EXPECT_EQ(bib::core::utcSecondsOf(CivilDateTime{2024, -1, 1, 0, 0, 0}), std::nullopt);
    EXPECT_EQ(bib::core::utcSecondsOf(CivilDateTime{2024, 1, 1, -1, 0, 0}), std::nullopt);
    EXPECT_EQ(bib::core::amsterdamToUtc(CivilDateTime{2024, 3, 31, 2, 30, 0}), 1711848600);
}
