// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <string>

namespace bib::core::demo {

/// Minutes since 1970-01-01T00:00Z.
using UtcMinutes = std::chrono::sys_time<std::chrono::minutes>;

/// True when Europe/Amsterdam keeps summer time (CEST, UTC+2) at this instant: from the last
/// Sunday of March 01:00 UTC up to the last Sunday of October 01:00 UTC (EU Directive 2000/84/EC,
/// in force since 1996).
bool isAmsterdamSummerTime(UtcMinutes instant);

/// Offset of Europe/Amsterdam from UTC at this instant, in minutes (60 or 120).
int amsterdamOffsetMinutes(UtcMinutes instant);

/// The instant of an Amsterdam wall-clock time. A time in the spring gap (02:00–02:59 on the last
/// Sunday of March) does not exist and is read one hour later, as clocks show it; a time in the
/// autumn overlap (02:00–02:59 on the last Sunday of October) is taken in summer time, its first
/// occurrence.
UtcMinutes fromAmsterdamWallTime(std::chrono::sys_days date, std::chrono::minutes timeOfDay);

/// ISO 8601 local time with offset, e.g. "2025-03-14T21:35:00+01:00".
std::string isoAmsterdamTime(UtcMinutes instant);

/// ISO 8601 date, e.g. "2025-03-14".
std::string isoDate(std::chrono::sys_days date);

} // namespace bib::core::demo
