// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace bib::core {

/// SHA-256 (FIPS 180-4) of bytes, as 64 lower-case hex digits. Used to name the exact recipe
/// that made a map or a briefing.
std::string sha256Hex(const std::string& bytes);

} // namespace bib::core
