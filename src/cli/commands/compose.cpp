// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "index/indexrun.h"
#include "index/recipe.h"
#include "io/areawriter.h"
#include "io/recipedata.h"

#include <ostream>

namespace bib::cli {

namespace {

struct ComposeOptions
{
    std::string recipe;
    std::string output;
};

void printSummary(const core::IndexRunSummary& s, const core::Recipe& recipe, const std::string& output,
                  Context& context)
{
    std::ostream& out = context.out;
    if (context.json) {
        out << "{\"recipe\": " << jsonString(recipe.name) << ", \"sha256\": " << jsonString(recipe.sha256)
            << ", \"areas\": " << s.areas << ", \"with_index\": " << s.withIndex << ", \"excluded\": [";
        for (std::size_t i = 0; i < s.excluded.size(); ++i)
            out << (i ? ", " : "") << "{\"id\": " << jsonString(s.excluded[i].first)
                << ", \"reason\": " << jsonString(s.excluded[i].second) << "}";
        out << "], \"left_out\": [";
        for (std::size_t i = 0; i < s.leftOut.size(); ++i)
            out << (i ? ", " : "") << "{\"field\": " << jsonString(s.leftOut[i].first)
                << ", \"reason\": " << jsonString(s.leftOut[i].second) << "}";
        out << "], \"breaks\": [";
        for (std::size_t i = 0; i < s.breaks.size(); ++i)
            out << (i ? ", " : "") << core::formatNumber(s.breaks[i]);
        out << "], \"output\": " << jsonString(output) << "}\n";
        return;
    }
    out << "recipe '" << recipe.name << "' (sha256 " << recipe.sha256.substr(0, 12) << ")\n";
    out << "index for " << s.withIndex << " of " << s.areas << " areas\n";
    if (!s.excluded.empty()) {
        out << "no index (" << s.excluded.size() << "):";
        for (std::size_t i = 0; i < s.excluded.size() && i < 20; ++i)
            out << " " << s.excluded[i].first << " (" << s.excluded[i].second << ")";
        if (s.excluded.size() > 20)
            out << " and " << s.excluded.size() - 20 << " more";
        out << "\n";
    }
    for (const auto& [field, reason] : s.leftOut)
        out << "indicator left out: " << field << " — " << reason << "\n";
    out << "class breaks:";
    for (double b : s.breaks)
        out << " " << core::formatNumber(b);
    out << "\nwritten: " << output << "\n";
}

} // namespace

CommandSpec composeCommand()
{
    return {"compose", "Compute the composite index of a recipe and write index, rank, class and drivers per area",
            [](CLI::App& command) -> CommandRunner {
                auto options = std::make_shared<ComposeOptions>();
                command.add_option("RECIPE", options->recipe, "Recipe file (*.bib.json)")->required();
                command.add_option("-o,--output", options->output, "Output: .gpkg (map layer) or .csv (table)")
                    ->required();
                return [options](Context& context) {
                    const core::Recipe recipe = core::readRecipe(options->recipe);
                    core::RecipeData data = core::loadRecipeData(recipe, context.feedback);
                    const core::IndexRunSummary summary =
                        core::runCompositeIndex(data.areas, recipe, context.feedback);
                    core::AreaWriteOptions write;
                    write.layerName = data.areas.layer.empty() ? "index" : data.areas.layer;
                    write.inputs = {options->recipe, recipe.areas.path};
                    for (const auto& t : recipe.tables)
                        write.inputs.push_back(t.path);
                    core::writeAreas(data.areas, options->output, write, context.feedback);
                    printSummary(summary, recipe, options->output, context);
                };
            }};
}

} // namespace bib::cli
