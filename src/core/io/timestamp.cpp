// SPDX-License-Identifier: GPL-3.0-or-later
// Timestamp parsing and the Europe/Amsterdam offset (declared in io/events.h and io/timestamp.h).
#include "io/timestamp.h"

#include "io/events.h"

#include <chrono>
#include <string_view>

namespace bib::core {

namespace {

namespace chr = std::chrono;

constexpr std::int64_t kSecondsPerDay = 86400;
constexpr int kWinterOffset = 3600; // CET, UTC+1
constexpr int kSummerOffset = 7200; // CEST, UTC+2
constexpr int kLargestZoneHours = 23;
// Beyond about ±31,000 years std::chrono::year cannot hold the year; such instants get winter time.
constexpr std::int64_t kCalendarLimitSeconds = 1'000'000'000'000;

// 01:00 UTC on the last Sunday of `month`: the instant summer time starts (March) or ends
// (October) in the whole EU since 1996 (Directive 2000/84/EC, articles 2 and 3).
std::int64_t euSwitchInstant(int year, unsigned month)
{
    const chr::sys_days day{chr::year{year} / chr::month{month} / chr::Sunday[chr::last]};
    return static_cast<std::int64_t>(day.time_since_epoch().count()) * kSecondsPerDay + 3600;
}

// Reads a timestamp left to right; each reader consumes what it recognises.
class Cursor
{
public:
    explicit Cursor(std::string_view text) : mText(text) {}

    bool atEnd() const { return mPosition == mText.size(); }

    bool accept(char c)
    {
        if (atEnd() || mText[mPosition] != c)
            return false;
        ++mPosition;
        return true;
    }

    bool nextIsDigit() const { return !atEnd() && isDigit(mText[mPosition]); }

    // Between minDigits and maxDigits decimal digits (at most 4, so no overflow).
    bool number(std::size_t minDigits, std::size_t maxDigits, int& value)
    {
        value = 0;
        std::size_t count = 0;
        while (count < maxDigits && nextIsDigit()) {
            value = value * 10 + (mText[mPosition] - '0');
            ++mPosition;
            ++count;
        }
        return count >= minDigits;
    }

    std::size_t skipDigits()
    {
        std::size_t count = 0;
        while (nextIsDigit()) {
            ++mPosition;
            ++count;
        }
        return count;
    }

private:
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    std::string_view mText;
    std::size_t mPosition = 0;
};

std::string_view trimmed(std::string_view text)
{
    constexpr std::string_view space = " \t\r\n";
    const auto first = text.find_first_not_of(space);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

// hh:mm[:ss[.fff…]]. Fractional seconds (any number of digits, '.' or ',') are dropped, which
// floors the instant to the second.
bool readClock(Cursor& cursor, std::size_t minHourDigits, bool allowFraction, CivilDateTime& civil)
{
    if (!cursor.number(minHourDigits, 2, civil.hour) || !cursor.accept(':') ||
        !cursor.number(2, 2, civil.minute))
        return false;
    if (!cursor.accept(':'))
        return true;
    if (!cursor.number(2, 2, civil.second))
        return false;
    if (allowFraction && (cursor.accept('.') || cursor.accept(',')))
        return cursor.skipDigits() > 0;
    return true;
}

// 'Z', ±hh:mm, ±hhmm or ±hh, as seconds east of UTC.
std::optional<int> readZone(Cursor& cursor)
{
    if (cursor.accept('Z') || cursor.accept('z'))
        return 0;
    int sign = 0;
    if (cursor.accept('+'))
        sign = 1;
    else if (cursor.accept('-'))
        sign = -1;
    else
        return std::nullopt;
    int hours = 0;
    int minutes = 0;
    if (!cursor.number(2, 2, hours))
        return std::nullopt;
    if (cursor.accept(':') || cursor.nextIsDigit()) {
        if (!cursor.number(2, 2, minutes))
            return std::nullopt;
    }
    if (hours > kLargestZoneHours || minutes > 59)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60);
}

// ISO 8601 extended format: yyyy-mm-dd[(T|space)hh:mm[:ss[.f…]][zone]].
std::optional<std::int64_t> parseIso(std::string_view text)
{
    Cursor cursor(text);
    CivilDateTime civil;
    if (!cursor.number(4, 4, civil.year) || !cursor.accept('-') || !cursor.number(2, 2, civil.month) ||
        !cursor.accept('-') || !cursor.number(2, 2, civil.day))
        return std::nullopt;
    if (cursor.atEnd())
        return amsterdamToUtc(civil);
    if (!cursor.accept('T') && !cursor.accept('t') && !cursor.accept(' '))
        return std::nullopt;
    if (!readClock(cursor, 2, true, civil))
        return std::nullopt;
    if (cursor.atEnd())
        return amsterdamToUtc(civil);
    const std::optional<int> zone = readZone(cursor);
    if (!zone || !cursor.atEnd())
        return std::nullopt;
    const std::optional<std::int64_t> asUtc = utcSecondsOf(civil);
    if (!asUtc)
        return std::nullopt;
    return *asUtc - *zone;
}

// Dutch d-m-jjjj[ u:mm[:ss]], with '-' or '/' (the same twice), one or two digits for day, month
// and hour; always Europe/Amsterdam local time.
std::optional<std::int64_t> parseDutch(std::string_view text)
{
    Cursor cursor(text);
    CivilDateTime civil;
    if (!cursor.number(1, 2, civil.day))
        return std::nullopt;
    char separator = '-';
    if (!cursor.accept(separator)) {
        separator = '/';
        if (!cursor.accept(separator))
            return std::nullopt;
    }
    if (!cursor.number(1, 2, civil.month) || !cursor.accept(separator) || !cursor.number(4, 4, civil.year))
        return std::nullopt;
    if (!cursor.atEnd() && (!cursor.accept(' ') || !readClock(cursor, 1, false, civil) || !cursor.atEnd()))
        return std::nullopt;
    return amsterdamToUtc(civil);
}

} // namespace

std::optional<std::int64_t> utcSecondsOf(const CivilDateTime& civil)
{
    if (civil.month < 1 || civil.month > 12 || civil.day < 1 || civil.day > 31)
        return std::nullopt;
    if (civil.hour < 0 || civil.hour > 23 || civil.minute < 0 || civil.minute > 59 || civil.second < 0 ||
        civil.second > 59)
        return std::nullopt;
    const chr::year_month_day date{chr::year{civil.year}, chr::month{static_cast<unsigned>(civil.month)},
                                   chr::day{static_cast<unsigned>(civil.day)}};
    if (!date.ok())
        return std::nullopt;
    const auto days = static_cast<std::int64_t>(chr::sys_days{date}.time_since_epoch().count());
    return days * kSecondsPerDay + civil.hour * 3600 + civil.minute * 60 + civil.second;
}

std::optional<std::int64_t> amsterdamToUtc(const CivilDateTime& civil)
{
    const std::optional<std::int64_t> wallClock = utcSecondsOf(civil);
    if (!wallClock)
        return std::nullopt;
    // Summer time when the instant it would give is inside summer time: this picks the first
    // (summer) reading of the ambiguous autumn hour, and the winter reading in the spring gap.
    const std::int64_t asSummer = *wallClock - kSummerOffset;
    if (amsterdamOffsetSeconds(asSummer) == kSummerOffset)
        return asSummer;
    return *wallClock - kWinterOffset;
}

int amsterdamOffsetSeconds(std::int64_t utcSeconds)
{
    if (utcSeconds > kCalendarLimitSeconds || utcSeconds < -kCalendarLimitSeconds)
        return kWinterOffset;
    const auto day = chr::floor<chr::days>(chr::sys_seconds{chr::seconds{utcSeconds}});
    const int year = static_cast<int>(chr::year_month_day{day}.year());
    const bool summer = utcSeconds >= euSwitchInstant(year, 3) && utcSeconds < euSwitchInstant(year, 10);
    return summer ? kSummerOffset : kWinterOffset;
}

bool parseTimestamp(const std::string& text, std::int64_t& utcSeconds)
{
    const std::string_view cell = trimmed(text);
    std::optional<std::int64_t> result = parseIso(cell);
    if (!result)
        result = parseDutch(cell);
    if (!result)
        return false;
    utcSeconds = *result;
    return true;
}

} // namespace bib::core
