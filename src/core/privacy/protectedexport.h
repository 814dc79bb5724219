// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "model/areaset.h"
#include "privacy/disclosure.h"
#include "util/feedback.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace bib::core {

struct ProtectedExportOptions
{
    std::string layerName = "index"; ///< GeoPackage layer / XLSX sheet (at most 31 characters there)
    std::vector<std::string> inputs; ///< files that must never be overwritten
    std::string title;               ///< GeoPackage layer title; empty: the layer name
    std::string description;         ///< GeoPackage layer description
    std::string rampName = "YlOrRd"; ///< colour ramp of the index classes (styles/ramps.json)
};

/// What an export wrote and withheld; counts only, never a withheld value.
struct ProtectedExportSummary
{
    std::vector<std::string> columns; ///< written after the id and name, in order
    std::map<std::pair<std::string, SuppressionReason>, std::size_t>
        withheld; ///< cells per column and reason
    std::size_t withheldCells = 0;
    std::size_t areasWithIndexWithheld = 0;
    std::vector<double> breaks; ///< class breaks of the published index values
    bool styled = false;        ///< a default QGIS style was written (GeoPackage)
};

/// The columns an index export writes, in order: the indicator fields, the rate denominators and
/// the declared count fields (each once), n_<field> and c_<field> per indicator, d_<domain>, index,
/// rank, rank_median, rank_p05, rank_p95, class and drivers — those present in `areas`. Other
/// columns of the areas and tables are not exported: they are not part of the analysis and the
/// disclosure rules know nothing about them.
std::vector<std::string> exportColumns(const AreaSet& areas, const Recipe& recipe);

/// Writes the result of runCompositeIndex with the recipe's disclosure rules applied, as a
/// GeoPackage layer with a default QGIS style (.gpkg), a CSV (.csv) or a spreadsheet (.xlsx, GDAL's
/// XLSX driver, no geometry); chosen by the extension, InputError for another. Every write is
/// atomic. Withheld cells: CSV "onderdrukt" in the cell; GeoPackage and XLSX NULL plus
/// <column>_status = "onderdrukt" (see withheldCopy). The index is classified again over the
/// published values only (the recipe's method and class count), so neither the class column nor
/// the legend's bounds reveal a withheld index; the class labels use two decimals as compose does.
/// `rank` is ranked again among the published areas (competition ranks, 1 = highest index), so
/// no gap points at a withheld area; the robustness ranks (rank_median, …) are not.
/// Event points are never part of an export.
ProtectedExportSummary writeProtectedAreas(const AreaSet& areas, const Recipe& recipe,
                                           const std::string& path, const ProtectedExportOptions& options,
                                           Feedback& feedback);

} // namespace bib::core
