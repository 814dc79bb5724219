// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/areaset.h"
#include "util/feedback.h"

#include <string>

namespace bib::core {

/// Where the areas come from and how to read them; the shared `--layer --id --name --filter
/// --assume-crs` options of every command that reads areas.
struct AreaSource
{
    std::string path;      ///< GeoPackage, shapefile, GeoJSON, FlatGeobuf, or "PG:…" connection string
    std::string layer;     ///< layer name; the first layer when empty
    std::string idField;   ///< required; values are kept as text, exactly as given
    std::string nameField; ///< optional
    std::string filter;    ///< OGR SQL attribute filter, e.g. "gm_code = 'GM0344'"
    std::string assumeCrs; ///< CRS to use when the layer declares none (never guessed)
    std::string workingCrs = "EPSG:28992";
};

/// Reads a polygon layer into an AreaSet in the working CRS.
///
/// - Geometries are reprojected once (EPSG:4326 in lon/lat order is handled).
/// - Invalid polygons are repaired with GEOS MakeValid, with a warning naming each feature.
/// - Features without a geometry are kept as rows without a shape, with a warning.
/// - Numeric fields become columns (NaN for NULL), text fields become text columns.
/// Throws InputError for a missing id field, duplicate or empty ids (all listed), non-polygon
/// features, or a filter GDAL rejects; CrsError for a layer without CRS and no assumeCrs, or
/// coordinates that cannot be in the declared CRS (degrees declared as metres).
AreaSet loadAreas(const AreaSource& source, Feedback& feedback);

} // namespace bib::core
