// SPDX-License-Identifier: GPL-3.0-or-later
// The core's algorithm declarations (what the QGIS provider shows) against the options of the `bib`
// commands: every declared parameter exists on the command line with the same default, and every
// command-line option is declared (or named as CLI-only). The CLI's options are read from its CLI11
// definitions, independently written in src/cli/commands/*.cpp, so a parameter added, renamed or
// given another default on one side only fails here.
#include "algorithms/algorithmdeclaration.h"
#include "context.h"
#include "index/recipe.h"
#include "io/arealoader.h"

#include <CLI/CLI.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace {

using bib::core::AlgorithmDeclaration;
using bib::core::ParameterDeclaration;

/// Every spelling of a CLI option: "--name" for each long name, "-x" for each short name, and the
/// positional name.
std::set<std::string> spellings(const CLI::Option& option)
{
    std::set<std::string> out;
    for (const auto& name : option.get_lnames())
        out.insert("--" + name);
    for (const auto& name : option.get_snames())
        out.insert("-" + name);
    if (out.empty())
        out.insert(option.get_name()); // a positional argument: its name, e.g. AREAS
    return out;
}

const CLI::Option* findOption(const CLI::App& command, const std::string& spelling)
{
    for (const CLI::Option* option : command.get_options())
        if (spellings(*option).count(spelling))
            return option;
    return nullptr;
}

/// The CLI11 subcommand of `name`, with its options registered by the command's own factory.
CLI::App* command(CLI::App& app, const std::string& name)
{
    for (const auto& spec : bib::cli::allCommands()) {
        if (spec.name != name)
            continue;
        CLI::App* sub = app.add_subcommand(spec.name, spec.help);
        spec.factory(*sub);
        return sub;
    }
    return nullptr;
}

bool numeric(bib::core::ParameterType type)
{
    return type == bib::core::ParameterType::Number || type == bib::core::ParameterType::Integer;
}

class Declarations : public ::testing::TestWithParam<std::string>
{
};

TEST_P(Declarations, everyParameterIsACliOptionWithTheSameDefault)
{
    const AlgorithmDeclaration& declaration = bib::core::algorithmDeclaration(GetParam());
    CLI::App app;
    CLI::App* sub = command(app, declaration.cliCommand);
    ASSERT_NE(sub, nullptr) << "no bib command " << declaration.cliCommand;
    for (const ParameterDeclaration& p : declaration.parameters) {
        if (p.qgisOnly)
            continue;
        if (!p.cliFlags.empty()) {
            for (const auto& flag : p.cliFlags)
                EXPECT_NE(findOption(*sub, flag), nullptr) << declaration.id << ": no CLI flag " << flag;
            continue;
        }
        const CLI::Option* option = findOption(*sub, p.cliOption());
        ASSERT_NE(option, nullptr) << declaration.id << ": parameter '" << p.key << "' has no CLI option "
                                   << p.cliOption();
        const std::string cliDefault = option->get_default_str();
        if (cliDefault.empty())
            continue; // the CLI shows no default (a required value, or "as the recipe says")
        if (numeric(p.type))
            EXPECT_DOUBLE_EQ(std::stod(p.defaultValue), std::stod(cliDefault))
                << declaration.id << ": " << p.key;
        else
            EXPECT_EQ(p.defaultValue, cliDefault) << declaration.id << ": " << p.key;
    }
}

TEST_P(Declarations, everyCliOptionIsDeclared)
{
    const AlgorithmDeclaration& declaration = bib::core::algorithmDeclaration(GetParam());
    CLI::App app;
    CLI::App* sub = command(app, declaration.cliCommand);
    ASSERT_NE(sub, nullptr);
    std::set<std::string> declared(declaration.cliOnlyOptions.begin(), declaration.cliOnlyOptions.end());
    for (const ParameterDeclaration& p : declaration.parameters) {
        declared.insert(p.cliOption());
        declared.insert(p.cliFlags.begin(), p.cliFlags.end());
    }
    for (const CLI::Option* option : sub->get_options()) {
        const std::set<std::string> names = spellings(*option);
        if (names.count("--help"))
            continue;
        bool found = false;
        for (const auto& name : names)
            found = found || declared.count(name) > 0;
        EXPECT_TRUE(found) << declaration.id << ": the CLI option " << *names.rbegin() << " of bib "
                           << declaration.cliCommand << " is not declared";
    }
}

INSTANTIATE_TEST_SUITE_P(AllAlgorithms, Declarations,
                         ::testing::Values("composite-index", "spatial-weights", "moran", "lisa", "gi-star",
                                           "eb-rate", "aggregate-events", "peaks", "disclosure-control"),
                         [](const auto& test) { return bib::core::qgisAlgorithmName(test.param); });

TEST(Declarations, coverEveryDeclaredAlgorithm)
{
    EXPECT_EQ(bib::core::algorithmDeclarations().size(), 10u) << "add the new algorithm to the list above";
}

TEST(Declarations, compositeIndexFromFieldsHasTheRecipeFormatsDefaults)
{
    // A recipe with only the required keys: what the parser fills in is the format's default, which
    // the QGIS parameters must show (docs/recipe.md).
    const bib::core::Recipe recipe = bib::core::parseRecipe(
        R"({"bib_recipe": 1, "areas": {"path": "a.gpkg", "id": "code"}, "indicators": [{"field": "x"}]})",
        "test", "");
    const AlgorithmDeclaration& d = bib::core::algorithmDeclaration("composite-index-fields");
    EXPECT_TRUE(d.cliCommand.empty());
    EXPECT_EQ(d.parameter("normalisation")->defaultValue,
              bib::core::toString(recipe.indicators.at(0).normalisation));
    EXPECT_EQ(d.parameter("aggregation")->defaultValue, bib::core::toString(recipe.aggregation));
    EXPECT_EQ(d.parameter("missing")->defaultValue, bib::core::toString(recipe.missing));
    EXPECT_EQ(d.parameter("classification")->defaultValue, recipe.classification.method);
    EXPECT_EQ(std::stoi(d.parameter("classes")->defaultValue), recipe.classification.classes);
    for (const auto& normalisation : d.parameter("normalisation")->choices)
        EXPECT_TRUE(bib::core::parseNormalisation(normalisation)) << normalisation;
}

TEST(Declarations, workingCrsDefaultIsTheLoadersDefault)
{
    // The CLI's --working-crs shows no default; the loader's AreaSource holds it.
    for (const auto& declaration : bib::core::algorithmDeclarations()) {
        if (const auto* p = declaration.parameter("working_crs")) {
            EXPECT_EQ(p->defaultValue, bib::core::AreaSource{}.workingCrs) << declaration.id;
        }
    }
}

TEST(Declarations, choicesHoldTheirDefault)
{
    for (const auto& declaration : bib::core::algorithmDeclarations()) {
        for (const auto& p : declaration.parameters) {
            if (p.type == bib::core::ParameterType::Choice && !(p.optional && p.defaultValue.empty())) {
                EXPECT_NE(std::find(p.choices.begin(), p.choices.end(), p.defaultValue), p.choices.end())
                    << declaration.id << ": " << p.key;
            }
        }
    }
}

} // namespace
