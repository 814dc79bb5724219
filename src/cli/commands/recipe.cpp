// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "index/recipe.h"
#include "io/recipedata.h"
#include "util/atomicfile.h"
#include "util/error.h"

#include <filesystem>
#include <ostream>

namespace bib::cli {

namespace {

struct RecipeOptions
{
    std::string recipe;
    AreaOptions areas;
    std::vector<std::string> tables;
    std::string tableId;
    std::string name;
    std::string output;
};

void check(const RecipeOptions& options, Context& context)
{
    const core::Recipe recipe = core::readRecipe(options.recipe);
    const core::RecipeData data = core::loadRecipeData(recipe, context.feedback);
    // Every indicator and denominator must be a numeric column now.
    std::vector<std::string> problems;
    for (std::size_t i = 0; i < recipe.indicators.size(); ++i) {
        const auto& ind = recipe.indicators[i];
        if (!data.areas.column(ind.field))
            problems.push_back("indicators[" + std::to_string(i) + "].field: \"" + ind.field +
                               "\" is not a numeric column of the areas or tables");
        if (ind.transform.kind == core::TransformKind::Per1000 && !data.areas.column(ind.transform.denominator))
            problems.push_back("indicators[" + std::to_string(i) + "].transform: denominator \"" +
                               ind.transform.denominator + "\" is not a numeric column");
    }
    std::ostream& out = context.out;
    out << "recipe '" << recipe.name << "' version " << recipe.version << ", sha256 " << recipe.sha256 << "\n";
    out << "areas: " << data.areas.size() << " from " << recipe.areas.path << "\n";
    for (const auto& j : data.joins)
        out << "table " << j.tablePath << ": matched " << j.matched << " of " << j.areaCount << " areas, "
            << j.unmatchedRows.size() << " rows without an area, " << j.duplicateCodes.size() << " duplicate codes\n";
    out << "indicators: " << recipe.indicators.size() << "\n";
    if (!problems.empty()) {
        std::string message = options.recipe + ": " + std::to_string(problems.size()) + " problem(s):";
        for (const auto& p : problems)
            message += "\n  " + p;
        throw core::InputError(message);
    }
    out << "ok\n";
}

void init(const RecipeOptions& options, Context& context)
{
    core::Recipe recipe;
    recipe.name = options.name.empty() ? std::filesystem::path(options.output).stem().stem().string() : options.name;
    const auto& s = options.areas.source;
    recipe.areas = {s.path, s.layer, s.idField, s.nameField, s.filter, s.assumeCrs};
    for (const auto& t : options.tables)
        recipe.tables.push_back({t, options.tableId, ""});
    if (!options.tables.empty() && options.tableId.empty())
        throw core::InputError("--table needs --table-id: the column of the table with the area code");
    const core::RecipeData data = core::loadRecipeData(recipe, context.feedback);
    for (const auto& column : data.areas.columns()) {
        core::IndicatorSpec indicator;
        indicator.field = column.name;
        indicator.label = column.name;
        recipe.indicators.push_back(indicator);
    }
    if (recipe.indicators.empty())
        throw core::InputError(s.path + ": the areas and tables have no numeric columns to use as indicators");
    // Paths are written as given; recipes are easiest to share when they are relative to the recipe.
    core::writeTextFileAtomically(options.output, core::recipeToJson(recipe), {s.path});
    context.out << "wrote " << options.output << " with " << recipe.indicators.size()
                << " indicators (every numeric field, weight 1, direction positive): edit directions, weights and "
                   "remove what you do not need\n";
}

} // namespace

CommandSpec recipeCommand()
{
    return {"recipe", "Check a recipe, or write a starting recipe listing every numeric field",
            [](CLI::App& command) -> CommandRunner {
                auto options = std::make_shared<RecipeOptions>();
                command.require_subcommand(1);
                CLI::App* checkCommand = command.add_subcommand("check", "Validate a recipe and print its join report");
                checkCommand->add_option("RECIPE", options->recipe, "Recipe file (*.bib.json)")->required();
                CLI::App* initCommand =
                    command.add_subcommand("init", "Write a starting recipe with every numeric field as indicator");
                options->areas.addTo(*initCommand);
                initCommand->add_option("--table", options->tables, "Indicator table(s) to join");
                initCommand->add_option("--table-id", options->tableId, "Column of the tables with the area code");
                initCommand->add_option("--recipe-name", options->name, "Name of the analysis");
                initCommand->add_option("-o,--output", options->output, "Recipe to write (*.bib.json)")->required();
                return [options, checkCommand](Context& context) {
                    if (checkCommand->parsed())
                        check(*options, context);
                    else
                        init(*options, context);
                };
            }};
}

} // namespace bib::cli
