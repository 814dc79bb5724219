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
    RecipeData data{loadAreas(source, feedback), {}};
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
    return data;
}

} // namespace bib::core
