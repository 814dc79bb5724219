// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace bib::core {

/// True when `bytes` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
/// U+10FFFF). Linear; pure ASCII is checked eight bytes at a time.
bool isValidUtf8(std::string_view bytes);

/// Converts Windows-1252 (the "ANSI" code page of Dutch Excel) to UTF-8. The five bytes that code page
/// leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 control with the same number, as the
/// WHATWG Encoding Standard decodes them, so no byte is lost.
std::string windows1252ToUtf8(std::string_view bytes);

} // namespace bib::core
