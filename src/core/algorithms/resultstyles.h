// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "model/areaset.h"

#include <string>
#include <vector>

namespace bib::core {

/// One class of a categorised result map.
struct CategoryStyle
{
    std::string value;  ///< the text in the result column, e.g. "HH"
    std::string colour; ///< fill "#rrggbb"
    std::string labelDutch;
    std::string labelEnglish;
};

/// The LISA cluster classes in GeoDa's colours (Anselin, GeoDa workbook "Local Spatial
/// Autocorrelation"), the colours of the workstation's cluster maps: HH red, LL blue, HL pink,
/// LH light blue, ns light grey.
const std::vector<CategoryStyle>& lisaClusterStyles();

/// The Gi* classes: hot red, cold blue, ns light grey.
const std::vector<CategoryStyle>& hotSpotStyles();

/// The QGIS QML of the graduated index map of a composite-index result (`areas` after
/// runCompositeIndex): the recipe's classification of the `index` column again (the same method,
/// class count and two decimals in the labels, so the legend matches the `class` column), the
/// YlOrRd ramp of styles/ramps.json and "geen gegevens" for areas without index.
std::string indexStyleQml(const AreaSet& areas, const Recipe& recipe);

} // namespace bib::core
