// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "io/recipedata.h"
#include "io/table.h"
#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace bib::app {

namespace {

/// Indicators that make a sensible first map, most telling first.
const std::vector<std::string> kPreferredColumns = {"aandeel_bijstand", "aandeel_jongeren", "g_ink_pi"};

bool hasSpread(const core::Column& column)
{
    double first = std::nan("");
    for (double v : column.values) {
        if (std::isnan(v))
            continue;
        if (std::isnan(first))
            first = v;
        else if (v != first)
            return true;
    }
    return false;
}

std::string listColumns(const core::AreaSet& areas)
{
    std::string names;
    for (const core::Column& column : areas.columns())
        names += (names.empty() ? "" : ", ") + column.name;
    return names.empty() ? "(none)" : names;
}

} // namespace

std::string defaultColumn(const core::AreaSet& areas, const std::optional<core::JoinReport>& join,
                          const std::string& requested)
{
    if (!requested.empty()) {
        if (!areas.column(requested))
            throw core::InputError("there is no numeric column '" + requested +
                                   "' to map; numeric columns: " + listColumns(areas));
        return requested;
    }
    for (const std::string& name : kPreferredColumns) {
        if (areas.column(name))
            return name;
    }
    if (join && !join->joinedColumns.empty())
        return join->joinedColumns.front();
    const auto& columns = areas.columns();
    const auto spread = std::find_if(columns.begin(), columns.end(), hasSpread);
    if (spread != columns.end())
        return spread->name;
    return columns.empty() ? std::string() : columns.front().name;
}

Workspace loadWorkspace(const LoadRequest& request, core::Feedback& feedback)
{
    Workspace workspace;
    workspace.request = request;
    if (!request.recipePath.empty()) {
        workspace.recipe = core::readRecipe(request.recipePath);
        core::RecipeData data = core::loadRecipeData(*workspace.recipe, feedback);
        feedback.throwIfCancelled();
        workspace.index = core::runCompositeIndex(data.areas, *workspace.recipe, feedback);
        if (workspace.recipe->reference)
            workspace.reference = std::make_shared<const core::ReferenceTable>(
                core::readReferenceTable(*workspace.recipe, feedback));
        if (!data.joins.empty())
            workspace.join = data.joins.front();
        workspace.joins = data.joins;
        workspace.eventSeries =
            std::make_shared<const std::vector<core::AreaEventSeries>>(std::move(data.series));
        workspace.areas = std::make_shared<core::AreaSet>(std::move(data.areas));
        workspace.mappedColumn = request.field.empty()
                                     ? std::string("index")
                                     : defaultColumn(*workspace.areas, workspace.join, request.field);
        workspace.warnings = feedback.warnings();
        feedback.setProgress(100.0);
        return workspace;
    }
    workspace.areas = std::make_shared<core::AreaSet>(core::loadAreas(request.areas, feedback));
    feedback.throwIfCancelled();
    if (request.table) {
        core::TableReadOptions options;
        options.textColumns = {request.table->idField};
        const core::Table table = core::readTable(request.table->path, options, feedback);
        feedback.throwIfCancelled();
        workspace.join =
            core::joinTable(*workspace.areas, table, request.table->idField, core::JoinOptions{}, feedback);
        workspace.joins = {*workspace.join};
    }
    workspace.mappedColumn = defaultColumn(*workspace.areas, workspace.join, request.field);
    workspace.warnings = feedback.warnings();
    feedback.setProgress(100.0);
    return workspace;
}

std::string displayName(const std::string& path)
{
    return std::filesystem::path(path).filename().string();
}

} // namespace bib::app
