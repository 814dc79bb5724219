// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"

#include <string>
#include <vector>

namespace bib::core {

/// The settings of a composite index given as parameters (the QGIS algorithm
/// composite-index-fields) instead of a recipe file, in the recipe format's words.
struct FieldRecipeSettings
{
    std::string name;  ///< recipe name, e.g. "QGIS: buurten"
    std::string areas; ///< where the areas come from, for the recipe's areas.path
    std::string idField;
    std::vector<std::string> fields;     ///< indicator fields, at least one
    std::vector<std::string> directions; ///< empty, or one per field: positive/negative or +/-
    std::vector<std::string> weights;    ///< empty, or one number per field
    std::string normalisation = "zscore";
    std::string aggregation = "arithmetic";
    std::string missing = "exclude";
    std::string classification = "quantile";
    int classes = 5;
};

/// The recipe of `settings`, made as recipe text and parsed by parseRecipe — the same checks,
/// defaults and messages as a recipe file. Throws InputError when directions or weights do not
/// give one value per field, a weight is not a number, or the recipe parser refuses a value.
Recipe recipeFromFields(const FieldRecipeSettings& settings);

} // namespace bib::core
