// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/areaset.h"
#include "util/feedback.h"

#include <string>
#include <vector>

namespace bib::core {

struct AreaWriteOptions
{
    std::string layerName = "areas"; ///< GeoPackage layer name
    std::vector<std::string> inputs; ///< files that must never be overwritten
    bool textColumns = true;         ///< also write the text columns
};

/// Writes areas with all their columns to a GeoPackage (polygons in the working CRS) or a CSV
/// (no geometry; ',' separated, '.' decimals, shortest round-trip numbers, empty = missing),
/// chosen by the extension. The write is atomic. Throws InputError for an unknown extension.
void writeAreas(const AreaSet& areas, const std::string& path, const AreaWriteOptions& options,
                Feedback& feedback);

/// Formats a double with the fewest digits that read back to the same value; "" for NaN.
std::string formatNumber(double value);

/// Quotes a CSV cell when it holds a separator, quote or line break (RFC 4180).
std::string csvCell(const std::string& text, char delimiter = ',');

} // namespace bib::core
