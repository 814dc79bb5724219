// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "index/indexrun.h"
#include "index/recipe.h"
#include "io/areawriter.h"
#include "io/recipedata.h"
#include "privacy/protectedexport.h"

#include <ostream>

namespace bib::cli {

namespace {

struct ExportOptions
{
    std::string recipe;
    std::string output;
    std::string layer;
};

void printSummary(const core::ProtectedExportSummary& s, const core::IndexRunSummary& run,
                  const core::Recipe& recipe, const std::string& output, Context& context)
{
    std::ostream& out = context.out;
    const core::PrivacySpec& p = recipe.privacy;
    if (context.json) {
        out << "{\"recipe\": " << jsonString(recipe.name) << ", \"sha256\": " << jsonString(recipe.sha256)
            << ", \"areas\": " << run.areas << ", \"with_index\": " << run.withIndex
            << ", \"minimum_count\": " << p.minimumCount
            << ", \"minimum_population\": " << core::formatNumber(p.minimumPopulation)
            << ", \"withheld_cells\": " << s.withheldCells
            << ", \"areas_with_index_withheld\": " << s.areasWithIndexWithheld << ", \"withheld\": [";
        bool first = true;
        for (const auto& [key, count] : s.withheld) {
            out << (first ? "" : ", ") << "{\"column\": " << jsonString(key.first)
                << ", \"reason\": " << jsonString(core::toString(key.second)) << ", \"cells\": " << count
                << "}";
            first = false;
        }
        out << "], \"styled\": " << (s.styled ? "true" : "false") << ", \"output\": " << jsonString(output)
            << "}\n";
        return;
    }
    out << "recipe '" << recipe.name << "' (sha256 " << recipe.sha256.substr(0, 12) << ")\n";
    out << "index for " << run.withIndex << " of " << run.areas << " areas\n";
    out << "privacy: counts below " << p.minimumCount << " and rates on fewer than "
        << core::formatNumber(p.minimumPopulation) << " inhabitants are withheld ('onderdrukt')\n";
    if (s.withheldCells == 0)
        out << "withheld: nothing\n";
    else
        out << "withheld: " << s.withheldCells << " cells, the index of " << s.areasWithIndexWithheld
            << " areas\n";
    for (const auto& [key, count] : s.withheld)
        out << "  " << key.first << ": " << count << " (" << core::toString(key.second) << ")\n";
    out << "written: " << output << (s.styled ? " (with a default QGIS style)" : "") << "\n";
}

} // namespace

CommandSpec exportCommand()
{
    return {"export",
            "Run a recipe and write its result for others: privacy rules applied, GeoPackage with QGIS "
            "style, CSV "
            "or XLSX",
            [](CLI::App& command) -> CommandRunner {
                auto options = std::make_shared<ExportOptions>();
                command.add_option("RECIPE", options->recipe, "Recipe file (*.bib.json)")->required();
                command
                    .add_option("-o,--output", options->output,
                                "Output: .gpkg (map layer, opens styled in QGIS), .csv or .xlsx (tables)")
                    ->required();
                command.add_option(
                    "--layer", options->layer,
                    "Layer (GeoPackage) or sheet (XLSX) name (default: the area layer's, or index)");
                return [options](Context& context) {
                    const core::Recipe recipe = core::readRecipe(options->recipe);
                    core::RecipeData data = core::loadRecipeData(recipe, context.feedback);
                    const core::IndexRunSummary run = core::runCompositeIndex(
                        data.areas, recipe, core::indexRunOptions(recipe), context.feedback);
                    core::ProtectedExportOptions write;
                    write.layerName = !options->layer.empty()    ? options->layer
                                      : data.areas.layer.empty() ? std::string("index")
                                                                 : data.areas.layer;
                    write.inputs = {options->recipe, recipe.areas.path};
                    for (const auto& t : recipe.tables)
                        write.inputs.push_back(t.path);
                    write.title = recipe.name.empty() ? write.layerName : recipe.name;
                    write.description = "Buurt in Beeld export of recipe '" + recipe.name + "' (sha256 " +
                                        recipe.sha256.substr(0, 12) + "); withheld cells read 'onderdrukt'";
                    const core::ProtectedExportSummary summary = core::writeProtectedAreas(
                        data.areas, recipe, options->output, write, context.feedback);
                    printSummary(summary, run, recipe, options->output, context);
                };
            }};
}

} // namespace bib::cli
