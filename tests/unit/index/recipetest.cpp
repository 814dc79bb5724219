// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/recipe.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

namespace {

using namespace bib::core;

const char* kMinimal = R"({
  "bib_recipe": 1, "name": "Jeugd", "seed": 7,
  "areas": {"path": "buurten.gpkg", "layer": "buurten", "id": "bu_code", "name": "bu_naam", "filter": "gm_code = 'GM0344'"},
  "tables": [{"path": "data/kwb.csv", "id": "code"}],
  "indicators": [
    {"field": "verzuim", "label": "schoolverzuim", "unit": "per 1.000", "weight": 2, "domain": "school"},
    {"field": "inkomen", "direction": "negative", "normalisation": "goalposts:-5:50", "domain": "geld",
     "transform": "per1000:inwoners", "outliers": "winsorise"}
  ],
  "domains": [{"name": "school", "weight": 1}, {"name": "geld", "weight": 2}],
  "aggregation": "geometric", "missing": "reweight",
  "classification": {"method": "jenks", "classes": 4},
  "privacy": {"minimum_count": 10, "minimum_population": 100, "count_fields": ["verzuim", "meldingen"]}
})";

std::string errorOf(const std::string& text)
{
    try {
        parseRecipe(text, "r.bib.json", "/base");
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

std::string withIndicator(const std::string& indicator)
{
    return R"({"bib_recipe": 1, "areas": {"path": "a.gpkg", "id": "code"}, "indicators": [{"field": "a"}, )" +
           indicator + "]}";
}

TEST(Recipe, readsEveryKeyAndResolvesPathsAgainstTheRecipeFolder)
{
    const Recipe r = parseRecipe(kMinimal, "r.bib.json", "/base/recepten");
    EXPECT_EQ(r.name, "Jeugd");
    EXPECT_EQ(r.seed, 7u);
    EXPECT_EQ(r.areas.path, "/base/recepten/buurten.gpkg");
    EXPECT_EQ(r.tables[0].path, "/base/recepten/data/kwb.csv");
    EXPECT_EQ(r.areas.filter, "gm_code = 'GM0344'");
    ASSERT_EQ(r.indicators.size(), 2u);
    EXPECT_EQ(r.indicators[0].weight, 2);
    EXPECT_EQ(r.indicators[0].label, "schoolverzuim");
    EXPECT_EQ(r.indicators[1].label, "inkomen"); // label defaults to the field
    EXPECT_EQ(r.indicators[1].direction, Direction::Negative);
    EXPECT_EQ(r.indicators[1].normalisation.kind, NormalisationKind::Goalposts);
    EXPECT_EQ(r.indicators[1].normalisation.low, -5);
    EXPECT_EQ(r.indicators[1].transform.denominator, "inwoners");
    EXPECT_EQ(r.indicators[1].outliers, OutlierTreatment::Winsorise);
    EXPECT_EQ(r.aggregation, Aggregation::Geometric);
    EXPECT_EQ(r.missing, MissingRule::Reweight);
    EXPECT_EQ(r.classification.method, "jenks");
    EXPECT_EQ(r.classification.classes, 4);
    EXPECT_EQ(r.privacy.minimumCount, 10);
    EXPECT_EQ(r.privacy.countFields, (std::vector<std::string>{"verzuim", "meldingen"}));
    EXPECT_EQ(r.sha256.size(), 64u);
}

TEST(Recipe, roundTripsThroughJson)
{
    const Recipe a = parseRecipe(kMinimal, "r", "");
    const Recipe b = parseRecipe(recipeToJson(a), "r2", "");
    EXPECT_EQ(recipeToJson(a), recipeToJson(b));
    EXPECT_EQ(b.indicators[1].normalisation.high, 50);
    EXPECT_EQ(b.privacy.countFields, a.privacy.countFields);
}

TEST(Recipe, privacyDefaultsAreFiveAndFiftyWithoutCountFields)
{
    const Recipe r = parseRecipe(withIndicator(R"({"field": "b"})"), "r", "");
    EXPECT_EQ(r.privacy.minimumCount, 5);
    EXPECT_EQ(r.privacy.minimumPopulation, 50);
    EXPECT_TRUE(r.privacy.countFields.empty());
    EXPECT_EQ(recipeToJson(r).find("count_fields"), std::string::npos);
}

TEST(Recipe, countFieldsMustBeDistinctFieldNames)
{
    const std::string base =
        R"({"bib_recipe": 1, "areas": {"path": "a", "id": "c"}, "indicators": [{"field": "a"}],
                                 "privacy": {"count_fields": )";
    EXPECT_EQ(errorOf(base + R"(["a", "a"]}})"),
              "r.bib.json: privacy.count_fields[1]: \"a\" is listed twice");
    EXPECT_EQ(errorOf(base + R"([3]}})"),
              "r.bib.json: privacy.count_fields[0]: must be a field name in quotes");
    EXPECT_NE(errorOf(base + R"("a"}})").find("privacy.count_fields: must be a list"), std::string::npos);
}

TEST(Recipe, negativeWeightNamesKeyPath)
{
    EXPECT_EQ(errorOf(withIndicator(R"({"field": "b", "weight": -1})")),
              "r.bib.json: indicators[1].weight: must be ≥ 0");
}

TEST(Recipe, unknownKeyIsNamedWithAllowedKeys)
{
    const std::string e = errorOf(withIndicator(R"({"field": "b", "wieght": 2})"));
    EXPECT_NE(e.find("indicators[1].wieght: unknown key"), std::string::npos) << e;
    EXPECT_NE(e.find("weight"), std::string::npos) << e;
}

TEST(Recipe, wrongTypesAreNamed)
{
    EXPECT_NE(errorOf(withIndicator(R"({"field": "b", "weight": "2"})"))
                  .find("indicators[1].weight: must be a number"),
              std::string::npos);
    EXPECT_NE(errorOf(withIndicator(R"({"field": 3})")).find("indicators[1].field: must be text"),
              std::string::npos);
    EXPECT_NE(errorOf(R"({"bib_recipe": 1, "areas": {"path": "a", "id": "c"}, "indicators": {}})")
                  .find("indicators: must be a list"),
              std::string::npos);
}

TEST(Recipe, badEnumValuesSayWhatIsAllowed)
{
    EXPECT_NE(errorOf(withIndicator(R"({"field": "b", "direction": "up"})")).find("\"positive\""),
              std::string::npos);
    EXPECT_NE(errorOf(withIndicator(R"({"field": "b", "normalisation": "goalposts:1:1"})")).find("goalposts"),
              std::string::npos);
    EXPECT_NE(errorOf(withIndicator(R"({"field": "b", "transform": "sqrt"})")).find("per1000"),
              std::string::npos);
}

TEST(Recipe, duplicateIndicatorAndUndeclaredDomainAreErrors)
{
    EXPECT_NE(errorOf(withIndicator(R"({"field": "a"})")).find("already an indicator"), std::string::npos);
    EXPECT_NE(errorOf(withIndicator(R"({"field": "b", "domain": "x"})")).find("not declared"),
              std::string::npos);
}

TEST(Recipe, versionAndJsonSyntaxAreChecked)
{
    EXPECT_NE(errorOf(R"({"areas": {}})").find("bib_recipe: is required"), std::string::npos);
    EXPECT_NE(errorOf(R"({"bib_recipe": 2})").find("update Buurt in Beeld"), std::string::npos);
    EXPECT_NE(errorOf("{\"bib_recipe\": 1,").find("not valid JSON"), std::string::npos);
    EXPECT_NE(errorOf(R"({"bib_recipe": 1, "areas": {"path": "a"}, "indicators": [{"field": "a"}]})")
                  .find("areas.id: is required"),
              std::string::npos);
}

TEST(Recipe, classificationIsValidated)
{
    const std::string base =
        R"({"bib_recipe": 1, "areas": {"path": "a", "id": "c"}, "indicators": [{"field": "a"}], )";
    EXPECT_NE(errorOf(base + R"("classification": {"method": "natural"}})").find("jenks"), std::string::npos);
    EXPECT_NE(errorOf(base + R"("classification": {"classes": 1}})").find("2 to 12"), std::string::npos);
    EXPECT_NE(errorOf(base + R"("classification": {"method": "manual"}})").find("breaks: is required"),
              std::string::npos);
    EXPECT_NE(
        errorOf(base + R"("classification": {"method": "manual", "breaks": [1, 1]}})").find("must increase"),
        std::string::npos);
}

TEST(Recipe, robustnessSectionIsReadWithDefaultsAndRoundTrips)
{
    const std::string base =
        R"({"bib_recipe": 1, "areas": {"path": "a", "id": "c"}, "indicators": [{"field": "a"}], )";
    const Recipe none = parseRecipe(base + R"("name": "x"})", "r", "");
    EXPECT_FALSE(none.robustness.has_value());
    EXPECT_EQ(recipeToJson(none).find("robustness"), std::string::npos);
    const Recipe defaults = parseRecipe(base + R"("robustness": {}})", "r", "");
    ASSERT_TRUE(defaults.robustness.has_value());
    EXPECT_EQ(defaults.robustness->draws, 1000u);
    EXPECT_TRUE(defaults.robustness->perturbWeights);
    EXPECT_EQ(defaults.robustness->concentration, 50.0);
    EXPECT_TRUE(defaults.robustness->normalisations.empty());
    EXPECT_TRUE(defaults.robustness->aggregations.empty());
    const Recipe full = parseRecipe(base + R"("robustness": {"draws": 200, "perturb_weights": false,
        "concentration": 20, "normalisations": ["zscore", "rank"], "aggregations": ["geometric", "arithmetic"]}})",
                                    "r", "");
    EXPECT_EQ(full.robustness->draws, 200u);
    EXPECT_FALSE(full.robustness->perturbWeights);
    EXPECT_EQ(full.robustness->concentration, 20.0);
    ASSERT_EQ(full.robustness->normalisations.size(), 2u);
    EXPECT_EQ(full.robustness->normalisations[1].kind, NormalisationKind::Rank);
    EXPECT_EQ(full.robustness->aggregations,
              (std::vector<Aggregation>{Aggregation::Geometric, Aggregation::Arithmetic}));
    const Recipe again = parseRecipe(recipeToJson(full), "r2", "");
    EXPECT_EQ(recipeToJson(again), recipeToJson(full));
}

TEST(Recipe, robustnessSectionIsValidated)
{
    const std::string base =
        R"({"bib_recipe": 1, "areas": {"path": "a", "id": "c"}, "indicators": [{"field": "a"}], )";
    EXPECT_NE(
        errorOf(base + R"("robustness": {"draws": 0}})").find("robustness.draws: must be a whole number"),
        std::string::npos);
    EXPECT_NE(errorOf(base + R"("robustness": {"draws": 10.5}})").find("robustness.draws"),
              std::string::npos);
    EXPECT_NE(errorOf(base + R"("robustness": {"concentration": 0}})")
                  .find("robustness.concentration: must be > 0"),
              std::string::npos);
    EXPECT_NE(errorOf(base + R"("robustness": {"perturb_weights": 1}})").find("true or false"),
              std::string::npos);
    EXPECT_NE(errorOf(base + R"("robustness": {"normalisations": ["goalposts:0:1"]}})")
                  .find("robustness.normalisations[0]: must be zscore, minmax, rank or percentile"),
              std::string::npos);
    EXPECT_NE(errorOf(base + R"("robustness": {"normalisations": ["rank", "rank"]}})").find("listed twice"),
              std::string::npos);
    EXPECT_NE(
        errorOf(base + R"("robustness": {"aggregations": ["median"]}})").find("robustness.aggregations[0]"),
        std::string::npos);
    EXPECT_NE(errorOf(base + R"("robustness": {"drawz": 5}})").find("robustness.drawz: unknown key"),
              std::string::npos);
}

const char* kEventsBase =
    R"({"bib_recipe": 1, "areas": {"path": "a", "id": "c"}, "indicators": [{"field": "a"}],
  "events": [)";

TEST(Recipe, eventsSourcesAreReadWithDefaultsAndRoundTrip)
{
    const Recipe r =
        parseRecipe(std::string(kEventsBase) + R"({"path": "m.csv", "x": "x", "y": "y", "crs": "EPSG:28992",
      "time": "datum", "category": "soort", "categories": ["jeugd", "geluid"], "end": "2024-06-30",
      "columns": [{"name": "m12", "measure": "count", "periods": 12},
                  {"name": "sig", "measure": "signal", "method": "ears-c3", "baseline": 10, "min_sigma": 1},
                  {"name": "al", "measure": "alarm"},
                  {"name": "prog", "measure": "forecast", "periods": 13, "method": "poisson"}]}]})",
                    "r", "/base");
    ASSERT_EQ(r.events.size(), 1u);
    const EventSourceSpec& e = r.events[0];
    EXPECT_EQ(e.path, "/base/m.csv");
    EXPECT_EQ(e.period, Period::Week); // the default
    EXPECT_EQ(e.categories, (std::vector<std::string>{"jeugd", "geluid"}));
    ASSERT_EQ(e.columns.size(), 4u);
    EXPECT_EQ(e.columns[0].periods, 12u);
    EXPECT_EQ(e.columns[1].peakMethod, PeakMethod::EarsC3);
    EXPECT_EQ(e.columns[1].peakOptions.baseline, 10u);
    EXPECT_EQ(e.columns[1].peakOptions.minimumSigma, 1.0);
    EXPECT_EQ(e.columns[2].peakMethod, PeakMethod::EarsC2); // the defaults
    EXPECT_EQ(e.columns[2].peakOptions.baseline, 7u);
    EXPECT_EQ(e.columns[2].peakOptions.minimumSigma, 1.0);
    EXPECT_EQ(e.columns[2].peakOptions.minimumCount, 5.0);
    EXPECT_EQ(e.columns[3].forecastMethod, ForecastMethod::PoissonRegression);
    // Counts and forecasts of events are counts for the privacy rules.
    EXPECT_EQ(r.privacy.countFields, (std::vector<std::string>{"m12", "prog"}));
    const Recipe again = parseRecipe(recipeToJson(r), "r2", "");
    EXPECT_EQ(recipeToJson(again), recipeToJson(r));
}

TEST(Recipe, eventsSourcesAreValidatedWithKeyPaths)
{
    const std::string base = kEventsBase;
    auto source = [&](const std::string& keys, const std::string& column) {
        return base + R"({"path": "m.csv", "time": "t", )" + keys + R"("columns": [)" + column + "]}]}";
    };
    const std::string count = R"({"name": "n", "measure": "count"})";
    EXPECT_EQ(
        errorOf(source(R"("code": "pc4", "x": "x", "y": "y", "crs": "EPSG:28992", )", count)),
        "r.bib.json: events[0]: name one way to locate an event: x+y, lon+lat, wkt or code (or none for a "
        "point layer)");
    EXPECT_EQ(errorOf(source(R"("x": "x", "y": "y", )", count)),
              "r.bib.json: events[0].crs: is required with x/y or wkt, e.g. \"EPSG:28992\"");
    EXPECT_EQ(errorOf(source(R"("period": "fortnight", )", count)),
              "r.bib.json: events[0].period: must be day, week, month, quarter or year, not \"fortnight\"");
    EXPECT_NE(errorOf(source(R"("end": "30-06-2024", )", count)).find("events[0].end: must be an ISO date"),
              std::string::npos);
    EXPECT_NE(errorOf(source(R"("category": "soort", )", count)).find("events[0].categories: is required"),
              std::string::npos);
    EXPECT_NE(errorOf(source("", R"({"name": "n", "measure": "peak"})"))
                  .find("events[0].columns[0].measure: must be count, signal, alarm or forecast"),
              std::string::npos);
    EXPECT_NE(errorOf(source("", R"({"name": "n", "measure": "forecast"})"))
                  .find("events[0].columns[0].periods: is required"),
              std::string::npos);
    EXPECT_NE(errorOf(source("", R"({"name": "n", "measure": "count", "periods": 0})"))
                  .find("events[0].columns[0].periods: must be a whole number from 1"),
              std::string::npos);
    EXPECT_NE(errorOf(source("", R"({"name": "n", "measure": "signal", "baseline": 2})"))
                  .find("events[0].columns[0].baseline: must be a whole number from 3"),
              std::string::npos);
    EXPECT_NE(errorOf(source("", R"({"name": "n", "measure": "signal", "method": "farrington"})"))
                  .find("events[0].columns[0].method: must be ears-c1, ears-c2, ears-c3 or cusum"),
              std::string::npos);
    EXPECT_NE(errorOf(source("", R"({"name": "n", "measure": "count", "baseline": 7})"))
                  .find("events[0].columns[0].baseline: only the measures signal and alarm take it"),
              std::string::npos);
    EXPECT_NE(errorOf(source("", R"({"name": "n", "measure": "count", "wieght": 7})"))
                  .find("events[0].columns[0].wieght: unknown key"),
              std::string::npos);
    EXPECT_NE(errorOf(source("", count + ", " + count))
                  .find("events[0].columns[1].name: \"n\" is already an events column"),
              std::string::npos);
    EXPECT_NE(errorOf(base + R"({"path": "m.csv", "columns": []}]})").find("events[0].time: is required"),
              std::string::npos);
}

TEST(Recipe, missingFileIsInputError)
{
    EXPECT_THROW(readRecipe("/no/such/recipe.bib.json"), InputError);
}

} // namespace
