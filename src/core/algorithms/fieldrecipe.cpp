// SPDX-License-Identifier: GPL-3.0-or-later
#include "algorithms/fieldrecipe.h"

#include "util/error.h"

#include <nlohmann/json.hpp>

#include <cstdlib>

namespace bib::core {

namespace {

void requireOnePerField(const std::vector<std::string>& values, std::size_t fields, const std::string& what)
{
    if (!values.empty() && values.size() != fields)
        throw InputError(what + ": give one per field (" + std::to_string(fields) + "), got " +
                         std::to_string(values.size()));
}

double weightOf(const std::string& text)
{
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size())
        throw InputError("weights: '" + text + "' is not a number");
    return value;
}

} // namespace

Recipe recipeFromFields(const FieldRecipeSettings& settings)
{
    if (settings.fields.empty())
        throw InputError("choose at least one indicator field");
    requireOnePerField(settings.directions, settings.fields.size(), "directions");
    requireOnePerField(settings.weights, settings.fields.size(), "weights");
    nlohmann::json indicators = nlohmann::json::array();
    for (std::size_t i = 0; i < settings.fields.size(); ++i) {
        nlohmann::json indicator = {{"field", settings.fields[i]}, {"normalisation", settings.normalisation}};
        if (!settings.directions.empty()) {
            const std::string& d = settings.directions[i];
            indicator["direction"] = d == "+" ? "positive" : d == "-" ? "negative" : d;
        }
        if (!settings.weights.empty())
            indicator["weight"] = weightOf(settings.weights[i]);
        indicators.push_back(std::move(indicator));
    }
    const nlohmann::json recipe = {
        {"bib_recipe", 1},
        {"name", settings.name},
        {"areas", {{"path", settings.areas}, {"id", settings.idField}}},
        {"indicators", std::move(indicators)},
        {"aggregation", settings.aggregation},
        {"missing", settings.missing},
        {"classification", {{"method", settings.classification}, {"classes", settings.classes}}}};
    return parseRecipe(recipe.dump(), "the index parameters", "");
}

} // namespace bib::core
