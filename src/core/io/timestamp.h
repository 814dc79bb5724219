// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

namespace bib::core {

/// A wall-clock date and time as written in a source, without a zone. Fields are as humans write
/// them: month 1–12, day 1–31, hour 0–23, minute and second 0–59.
struct CivilDateTime
{
    int year = 1970;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

/// Seconds since 1970-01-01T00:00:00Z of `civil` read as UTC (proleptic Gregorian calendar), or
/// nullopt for an impossible date or time (31 February, month 13, hour 24, minute or second 60 —
/// leap seconds are refused).
std::optional<std::int64_t> utcSecondsOf(const CivilDateTime& civil);

/// UTC seconds of a Europe/Amsterdam wall-clock time, or nullopt for an impossible date or time.
///
/// Two local hours a year need a rule (the same as Python's zoneinfo with fold=0):
/// - the spring-forward gap (02:00–02:59 on the last Sunday of March does not exist) is read with
///   the winter offset +01:00, so 02:30 becomes 01:30 UTC, which the clock shows as 03:30 CEST;
/// - the autumn ambiguous hour (02:00–02:59 on the last Sunday of October happens twice) is read as
///   the first occurrence, in summer time +02:00, so 02:30 becomes 00:30 UTC.
/// The EU rule of 1996 is applied to every year (see amsterdamOffsetSeconds), so times before 1996
/// may be off by an hour around the old September/October switch.
std::optional<std::int64_t> amsterdamToUtc(const CivilDateTime& civil);

} // namespace bib::core
