// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/recipedata.h"

#include "io/arealoader.h"
#include "io/table.h"
#include "util/error.h"

namespace bib::core {

RecipeData loadRecipeData(const Recipe& recipe, Feedback& feedback)
{
    AreaSource source;
    source.path = recipe.areas.path;
    source.layer = recipe.areas.layer;
    source.idField = recipe.areas.id;
    source.nameField = recipe.areas.name;
    source.filter = recipe.areas.filter;
    source.assumeCrs = recipe.areas.assumeCrs;
    RecipeData data{loadAreas(source, feedback), {}, {}, {}};
    for (const auto& table : recipe.tables) {
        feedback.throwIfCancelled();
        TableReadOptions options;
        options.sheet = table.sheet;
        options.textColumns = {table.id};
        const Table t = readTable(table.path, options, feedback);
        if (t.rowCount == 0)
            throw InputError(table.path + ": the table has no data rows (only a header)");
        data.joins.push_back(joinTable(data.areas, t, table.id, JoinOptions{}, feedback));
    }
    const std::string keyPrefix = recipe.sourcePath.empty() ? std::string() : recipe.sourcePath + ": ";
    for (std::size_t e = 0; e < recipe.events.size(); ++e) {
        feedback.throwIfCancelled();
        AreaEventSeries series;
        data.events.push_back(addEventColumns(data.areas, recipe.events[e],
                                              keyPrefix + "events[" + std::to_string(e) + "]", recipe.seed,
                                              feedback, &series));
        data.series.push_back(std::move(series));
    }
    return data;
}

} // namespace bib::core
