// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/cbscsv.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bib::core::demo {

std::string decimalComma(double value, int decimals)
{
    if (std::isnan(value))
        return cbsMissing;
    // Whole units of the last place, formatted as integers: no locale and no printf rounding rules.
    double scale = 1.0;
    for (int d = 0; d < decimals; ++d)
        scale *= 10.0;
    const long long units = std::llround(value * scale);
    const long long whole = std::llabs(units) / static_cast<long long>(scale);
    const long long fraction = std::llabs(units) % static_cast<long long>(scale);
    std::string text = (units < 0 ? "-" : "") + std::to_string(whole);
    if (decimals > 0) {
        const std::string digits = std::to_string(fraction);
        text += "," +
                std::string(static_cast<std::size_t>(decimals) -
                                std::min(digits.size(), static_cast<std::size_t>(decimals)),
                            '0') +
                digits;
    }
    return text;
}

std::string quotedText(const std::string& text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

} // namespace bib::core::demo
