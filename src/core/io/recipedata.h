// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "io/join.h"
#include "model/areaset.h"
#include "temporal/eventcolumns.h"
#include "util/feedback.h"

#include <vector>

namespace bib::core {

/// The areas of a recipe with all its tables joined.
struct RecipeData
{
    AreaSet areas;
    std::vector<JoinReport> joins;          ///< one per table, in recipe order
    std::vector<EventColumnsReport> events; ///< one per events source, in recipe order
    /// One per events source, parallel to `events`: the per-area series behind its columns, areas
    /// indexed like the rows of `areas`.
    std::vector<AreaEventSeries> series;
};

/// Loads the recipe's areas (with its filter and CRS rules), joins each of its tables by code, then
/// adds the columns derived from each events source (addEventColumns, after the tables, so a column
/// name clashing with a table column is an error). Every path is as resolved by readRecipe. Throws
/// what loadAreas, readTable, joinTable and addEventColumns throw.
RecipeData loadRecipeData(const Recipe& recipe, Feedback& feedback);

} // namespace bib::core
