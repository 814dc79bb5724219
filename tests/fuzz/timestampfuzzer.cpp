// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for timestamp parsing: never crashes, and an accepted time lies in a sane range.
#include "io/events.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::int64_t seconds = 0;
    // Years 0001…9999 are at most ±2.6e11 s from 1970.
    if (bib::core::parseTimestamp(text, seconds) && (seconds < -63000000000LL || seconds > 254000000000LL))
        std::abort();
    return 0;
}
