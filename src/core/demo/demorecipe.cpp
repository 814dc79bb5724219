// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "index/recipe.h"

namespace bib::core {

namespace {

IndicatorSpec indicator(const char* field, const char* label, const char* unit, Direction direction,
                        const char* domain, double weight = 1.0, const char* denominator = nullptr)
{
    IndicatorSpec spec;
    spec.field = field;
    spec.label = label;
    spec.unit = unit;
    spec.direction = direction;
    spec.domain = domain;
    spec.weight = weight;
    if (denominator)
        spec.transform = Transform{TransformKind::Per1000, denominator};
    return spec;
}

} // namespace

std::string demoRecipe()
{
    Recipe recipe;
    recipe.name = "Jeugd in Voorbeeldstad (synthetisch demo-recept)";
    recipe.seed = 20261127;
    recipe.areas = {demoGeoPackageName, "buurten", "bu_code", "bu_naam", "", ""};
    recipe.tables = {{demoIndicatorName, "bu_code", ""}};
    const auto up = Direction::Positive;
    recipe.indicators = {
        indicator("aandeel_bijstand", "bijstand", "% inwoners", up, "bestaanszekerheid"),
        indicator("gem_inkomen", "inkomen", "× €1.000 per inwoner", Direction::Negative, "bestaanszekerheid"),
        indicator("verzuim_per_1000", "schoolverzuim", "per 1.000 leerlingen", up, "school"),
        indicator("overlastmeldingen", "overlast", "meldingen per 1.000 inwoners", up, "veiligheid", 1.0, "inwoners"),
        indicator("politieregistraties", "politieregistraties", "per 1.000 inwoners", up, "veiligheid", 1.0,
                  "inwoners"),
        indicator("aandeel_eenouder", "eenoudergezinnen", "% huishoudens", up, "gezin"),
        indicator("aandeel_15_24", "jongeren 15-24", "% inwoners", up, "gezin", 0.5),
    };
    recipe.domains = {{"bestaanszekerheid", 1.0}, {"school", 1.0}, {"veiligheid", 1.0}, {"gezin", 1.0}};
    recipe.missing = MissingRule::Reweight;
    return recipeToJson(recipe);
}

} // namespace bib::core
