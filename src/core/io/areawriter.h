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
    /// Write exactly these columns after the id (and name), in this order; empty: the text
    /// columns, then the numeric columns. A name that is not a column is an InternalError.
    std::vector<std::string> columnOrder;
    std::string title;       ///< GeoPackage layer title (gpkg_contents.identifier); empty: the layer name
    std::string description; ///< GeoPackage layer description (gpkg_contents.description); may be empty
};

/// One layer of a multi-layer GeoPackage: the areas (not owned) and how to write them.
struct AreaLayer
{
    const AreaSet* areas = nullptr;
    AreaWriteOptions options;
};

/// Writes areas with all their columns to a GeoPackage (polygons in the working CRS) or a CSV
/// (no geometry; ',' separated, '.' decimals, shortest round-trip numbers, empty = missing),
/// chosen by the extension. The write is atomic. Throws InputError for an unknown extension.
void writeAreas(const AreaSet& areas, const std::string& path, const AreaWriteOptions& options,
                Feedback& feedback);

/// Writes several area layers into one GeoPackage (.gpkg) in one atomic write: afterwards the file
/// holds all the layers or is unchanged. The inputs of every layer's options are protected. Throws
/// InputError for another extension or two layers with the same name.
void writeAreaLayers(const std::vector<AreaLayer>& layers, const std::string& path, Feedback& feedback);

/// Formats a double with the fewest digits that read back to the same value; "" for NaN.
std::string formatNumber(double value);

/// Quotes a CSV cell when it holds a separator, quote or line break (RFC 4180).
std::string csvCell(const std::string& text, char delimiter = ',');

} // namespace bib::core
