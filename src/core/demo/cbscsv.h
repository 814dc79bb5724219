// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace bib::core::demo {

/// The CSV dialect of the demo files, as Dutch statistics and municipal exports use it: UTF-8 with a
/// byte order mark, ';' between cells, CRLF line ends, decimal comma, no thousands separator, text
/// cells in double quotes, '.' for a value CBS suppressed or does not have.
inline constexpr const char* cbsByteOrderMark = "\xEF\xBB\xBF";
inline constexpr char cbsSeparator = ';';
inline constexpr const char* cbsLineEnd = "\r\n";
inline constexpr const char* cbsMissing = ".";

/// `value` rounded half away from zero to `decimals` places with a decimal comma ("28,4");
/// cbsMissing for NaN. decimals in [0, 6].
std::string decimalComma(double value, int decimals);

/// A text cell in double quotes, inner quotes doubled.
std::string quotedText(const std::string& text);

} // namespace bib::core::demo
