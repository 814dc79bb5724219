// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "io/join.h"
#include "model/areaset.h"
#include "util/feedback.h"

#include <vector>

namespace bib::core {

/// The areas of a recipe with all its tables joined.
struct RecipeData
{
    AreaSet areas;
    std::vector<JoinReport> joins; ///< one per table, in recipe order
};

/// Loads the recipe's areas (with its filter and CRS rules) and joins each of its tables by code.
/// Every path is as resolved by readRecipe. Throws what loadAreas, readTable and joinTable throw.
RecipeData loadRecipeData(const Recipe& recipe, Feedback& feedback);

} // namespace bib::core
