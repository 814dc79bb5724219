// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/indexrun.h"
#include "index/recipe.h"
#include "index/referencefigures.h"
#include "io/arealoader.h"
#include "io/join.h"
#include "model/areaset.h"
#include "temporal/areaseries.h"
#include "util/feedback.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bib::app {

/// An indicator table to join to the areas by code.
struct TableSource
{
    std::string path;
    std::string idField; ///< column of the table with the area code
};

/// What to open: a recipe (areas, tables and the composite index), or areas with optionally a
/// table to join; and the column to map first.
struct LoadRequest
{
    std::string recipePath; ///< a *.bib.json; when set, `areas` and `table` are not used
    core::AreaSource areas;
    std::optional<TableSource> table;
    std::string field;      ///< column to map; chosen by defaultColumn() when empty
    bool synthetic = false; ///< the bundled demo: maps say the data are made up
};

/// What the workstation shows: the areas with their columns, and how they were made.
struct Workspace
{
    std::shared_ptr<core::AreaSet> areas;
    std::optional<core::JoinReport> join;       ///< the first (or only) table's join
    std::vector<core::JoinReport> joins;        ///< every table's join, in recipe order
    std::optional<core::Recipe> recipe;         ///< when opened from a recipe; as edited in the weights panel
    bool recipeModified = false;                ///< the recipe's weights differ from its file (sha256)
    std::optional<core::IndexRunSummary> index; ///< the recipe's composite index, when computed
    std::shared_ptr<const core::ReferenceTable> reference; ///< the recipe's reference table, when it has one
    /// Per events source of the recipe, in recipe order: the per-area series behind its columns (rows
    /// as in `areas`), for the time-series chart. Weight changes leave them as they are.
    std::shared_ptr<const std::vector<core::AreaEventSeries>> eventSeries;
    std::string mappedColumn;            ///< a numeric column of `areas`, or empty when there is none
    std::vector<core::Warning> warnings; ///< from loading and joining
    /// How a result column of an analysis was made (translated, for the map's footer), by column.
    std::map<std::string, std::string> columnNotes;
    LoadRequest request;
};

/// Loads the areas, joins the table (or runs the recipe: its tables and its composite index, which
/// is then the column mapped first) and picks the column to map. Runs on a worker thread: it
/// touches nothing of the GUI. Throws core::InputError (a requested field that does not exist
/// among the numeric columns is one) and the other core errors.
Workspace loadWorkspace(const LoadRequest& request, core::Feedback& feedback);

/// The column to map first: `requested` when given; else the first preferred indicator present
/// (the demo's aandeel_bijstand); else the first joined column; else the first numeric area column
/// that has at least two different values. Empty when there is no numeric column at all.
/// Throws core::InputError when `requested` is not a numeric column.
std::string defaultColumn(const core::AreaSet& areas, const std::optional<core::JoinReport>& join,
                          const std::string& requested);

/// "name" of a path without folders, as text for titles.
std::string displayName(const std::string& path);

} // namespace bib::app
