// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace bib::core {

/// Colours for `classCount` classes of a ramp in styles/ramps.json (compiled into the program),
/// light (low) to dark (high), as "#rrggbb". Uses the palette of that size when the ramp has one;
/// otherwise spreads evenly over the nearest larger palette, or interpolates in the largest one —
/// the rule of render/colorramp.cpp, so the workstation and exported styles agree. Empty for 0
/// classes. Throws InputError for an unknown ramp name.
std::vector<std::string> rampColours(const std::string& rampName, int classCount);

/// The "geen gegevens" fill of styles/ramps.json ("#e6e6e6").
std::string noDataColour();

/// A graduated fill of one numeric field for QGIS, with the two extra legend entries every map of
/// ours has: "geen gegevens" (the field is NULL) and "onderdrukt" (a privacy rule withheld it).
struct GraduatedFillStyle
{
    std::string field = "index"; ///< the classified numeric field
    /// Text field that holds "onderdrukt" where the value was withheld (privacy/disclosure.h);
    /// empty: no such field, no "onderdrukt" entry.
    std::string statusField;
    std::vector<double> breaks;       ///< k + 1 bounds as ClassificationResult::breaks (k may be 0)
    std::vector<std::string> labels;  ///< k legend labels, e.g. "0,50 – 1,20"
    std::vector<std::string> colours; ///< k fills "#rrggbb", low to high
    std::string noDataLabel = "geen gegevens";
    std::string noDataColour = "#e6e6e6";
    std::string suppressedLabel = "onderdrukt";
    std::string suppressedColour = "#9a9a9a"; ///< hatched over the no-data fill
    std::string outlineColour = "#646464";
};

/// The QGIS 3.22 QML of `style`: `renderer-v2 type="graduatedSymbol"` with one range and one
/// SimpleFill per class. QGIS draws no feature whose value lies outside every range, NULL
/// included, so the classified attribute is an expression that maps NULL and withheld values to
/// two sentinels below the lowest break, each with its own range. A value equal to a break falls
/// in the lower class, as in ClassificationResult (QGIS takes the first range with
/// lower ≤ v ≤ upper). Throws InternalError when the sizes of breaks, labels and colours disagree.
std::string graduatedFillQml(const GraduatedFillStyle& style);

/// One row of the `layer_styles` table.
struct LayerStyle
{
    std::string layerName;               ///< the table, exactly as in gpkg_contents (case-sensitive)
    std::string geometryColumn = "geom"; ///< GDAL's default geometry column of a GeoPackage
    std::string styleName;               ///< shown in QGIS's style list; empty: the layer name
    std::string qml;
    std::string description;
};

/// Adds `style` as the default style of its layer to an existing GeoPackage, so QGIS opens the
/// layer styled: creates `layer_styles` with QGIS's twelve columns when it is missing (registered
/// in gpkg_contents as an attributes table, as QGIS does), removes earlier rows of that layer and
/// inserts one row with f_table_catalog and f_table_schema '' (QGIS 3.22 ignores NULL there),
/// useAsDefault true and update_time in ISO 8601 (UTC, milliseconds). Not atomic by itself: write
/// to a temporary file and rename. Throws InputError when the file cannot be opened or written.
void writeLayerStyle(const std::string& geoPackagePath, const LayerStyle& style);

} // namespace bib::core
