// SPDX-License-Identifier: GPL-3.0-or-later
// Municipal and national reference figures (index/referencefigures.h) and the recipe's "reference"
// key. Small cases are worked out by hand in the comments; the national figures on the real CBS
// table are pandas's (see nationalFiguresOfTheRealBuurtenTableMatchPandas).
#include "index/referencefigures.h"
#include "index/compositeindex.h"
#include "index/recipe.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

namespace {

using namespace bib::core;

const double kNaN = std::nan("");

AreaSet areasWith(const std::vector<std::pair<std::string, std::vector<double>>>& columns)
{
    AreaSet areas;
    for (std::size_t row = 0; row < columns.front().second.size(); ++row)
        areas.addArea("A" + std::to_string(row), "", {});
    for (const auto& [name, values] : columns)
        areas.setColumn({name, values, {}});
    return areas;
}

IndicatorSpec indicator(const std::string& field, const std::string& transform = "none")
{
    IndicatorSpec spec;
    spec.field = field;
    spec.label = field;
    spec.transform = *parseTransform(transform);
    return spec;
}

std::string errorOf(const std::function<void()>& run)
{
    try {
        run();
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

TEST(ReferenceFigures, meanOfValuesAndRateOfTheWhole)
{
    const AreaSet areas = areasWith(
        {{"x", {10.0, kNaN, 30.0, 20.0}}, {"n", {5.0, 7.0, 9.0, kNaN}}, {"pop", {100.0, 200.0, 0.0, 50.0}}});
    // mean of the values present: (10 + 30 + 20) / 3 = 20
    EXPECT_DOUBLE_EQ(referenceFigure(areas, indicator("x")), 20.0);
    // log stays in the field's units: the same mean
    EXPECT_DOUBLE_EQ(referenceFigure(areas, indicator("x", "log")), 20.0);
    // per1000: rows with a numerator and a denominator > 0 are rows 0 and 1:
    // (5 + 7) / (100 + 200) × 1000 = 40; row 2 (pop 0) and row 3 (no numerator) take no part
    EXPECT_DOUBLE_EQ(referenceFigure(areas, indicator("n", "per1000:pop")), 40.0);
    EXPECT_TRUE(std::isnan(referenceFigure(areas, indicator("absent"))));
    EXPECT_TRUE(std::isnan(referenceFigure(areas, indicator("n", "per1000:absent"))));
    EXPECT_TRUE(std::isnan(referenceFigure(areasWith({{"x", {kNaN, kNaN}}}), indicator("x"))));
}

TEST(ReferenceFigures, recipeReferenceKeyIsReadDefaultedValidatedAndRoundTrips)
{
    const std::string base =
        R"({"bib_recipe": 1, "areas": {"path": "a.gpkg", "id": "code"}, "indicators": [{"field": "a"}])";
    const Recipe r = parseRecipe(base + R"(, "reference": {"path": "nl/buurten.csv", "id": "bu_code"}})",
                                 "r.bib.json", "/base");
    ASSERT_TRUE(r.reference);
    EXPECT_EQ(r.reference->label, "Nederland");
    EXPECT_EQ(r.reference->path, "/base/nl/buurten.csv");
    EXPECT_EQ(r.reference->id, "bu_code");
    const Recipe again = parseRecipe(recipeToJson(r), "again", "");
    ASSERT_TRUE(again.reference);
    EXPECT_EQ(again.reference->label, "Nederland");
    EXPECT_EQ(again.reference->path, "/base/nl/buurten.csv");
    EXPECT_FALSE(parseRecipe(base + "}", "r", "").reference);

    const auto error = [&](const std::string& reference) {
        return errorOf([&] { parseRecipe(base + R"(, "reference": )" + reference + "}", "r.bib.json", ""); });
    };
    EXPECT_NE(error(R"({"path": "x.csv"})").find("reference.id: is required"), std::string::npos);
    EXPECT_NE(error(R"({"id": "c"})").find("reference.path: is required"), std::string::npos);
    EXPECT_NE(error(R"({"path": "x.csv", "id": "c", "lable": "NL"})").find("reference.lable: unknown key"),
              std::string::npos);
    EXPECT_NE(error(R"({"path": "x.csv", "id": "c", "label": ""})").find("reference.label"),
              std::string::npos);
    EXPECT_NE(error(R"("x.csv")").find("reference: must be an object"), std::string::npos);
}

Recipe realReferenceRecipe(const std::string& table)
{
    const std::string text = R"({"bib_recipe": 1, "areas": {"path": "a.gpkg", "id": "bu_code"},
      "indicators": [{"field": "wozWaarde"}, {"field": "crime_2024", "transform": "per1000:inwoners"},
                     {"field": "koopwoningen", "transform": "log", "direction": "negative"},
                     {"field": "bestaat_niet"}],
      "reference": {"label": "Nederland", "path": ")" +
                             table + R"(", "id": "bu_code"}})";
    return parseRecipe(text, "r.bib.json", "");
}

// Expected values: pandas 1.5 (Debian's /usr/bin/python3) on the same file, independent of our
// reader and of our rules:
//   d = pd.read_csv('buurten_2024.csv')
//   d['wozWaarde'].mean()                  # 429.7930521868398 (12,781 values)
//   d['koopwoningen'].mean()               # 68.71077091306725 (12,803 values)
//   # crime_2024 per1000:inwoners with the default privacy rules (a count below 5 and a rate on
//   # fewer than 50 inhabitants are withheld, as in a published area):
//   s = d.crime_2024.notna() & (d.inwoners > 0) & (d.crime_2024 >= 5) & (d.inwoners >= 50)
//   d.crime_2024[s].sum() / d.inwoners[s].sum() * 1000   # 761985 / 17426635 × 1000 = 43.725308988224064
//   # with minimum_count 1 and minimum_population 0 only zero counts are withheld:
//   s = d.crime_2024.notna() & (d.inwoners > 0) & (d.crime_2024 >= 1)
//   d.crime_2024[s].sum() / d.inwoners[s].sum() * 1000   # 44.19986521461785 (13,601 buurten)
TEST(ReferenceFigures, nationalFiguresOfTheRealBuurtenTableMatchPandas)
{
    const std::string table = bib::test::realData("cbs-buurt-indicatoren-2024/buurten_2024.csv");
    if (table.empty())
        GTEST_SKIP() << "real data not available";
    Recipe recipe = realReferenceRecipe(table);
    SilentFeedback feedback;
    const ReferenceTable reference = readReferenceTable(recipe, feedback);
    EXPECT_EQ(reference.label, "Nederland");
    EXPECT_EQ(reference.areas.size(), 14574u);
    std::vector<double> figures = referenceTableFigures(reference, recipe);
    ASSERT_EQ(figures.size(), 4u);
    EXPECT_NEAR(figures[0], 429.7930521868398, 1e-9);
    EXPECT_NEAR(figures[1], 43.725308988224064, 1e-9);
    EXPECT_NEAR(figures[2], 68.71077091306725, 1e-9);
    EXPECT_TRUE(std::isnan(figures[3]));
    bool warned = false;
    for (const Warning& w : feedback.warnings())
        warned = warned || (w.message.find("'bestaat_niet'") != std::string::npos &&
                            w.message.find("no figure for Nederland") != std::string::npos);
    EXPECT_TRUE(warned) << "a field the table lacks is said in a warning";

    recipe.privacy.minimumCount = 1;
    recipe.privacy.minimumPopulation = 0;
    figures = referenceTableFigures(reference, recipe);
    EXPECT_NEAR(figures[1], 44.19986521461785, 1e-9);
}

TEST(ReferenceFigures, eventsColumnsHaveNoReferenceFigure)
{
    bib::test::TempDir dir;
    bib::test::writeFile(dir.file("nl.csv"), "code,meldingen,inwoners\nBU1,10,100\nBU2,20,300\n");
    Recipe recipe;
    recipe.indicators = {indicator("meldingen", "per1000:inwoners"), indicator("inwoners")};
    EventSourceSpec source;
    source.columns.push_back({});
    source.columns.back().name = "meldingen";
    recipe.events = {source};
    recipe.reference = ReferenceSpec{"Nederland", dir.file("nl.csv"), "code", ""};
    SilentFeedback feedback;
    const std::vector<double> figures = referenceTableFigures(readReferenceTable(recipe, feedback), recipe);
    EXPECT_TRUE(std::isnan(figures[0])) << "the table's column of that name is not the events count";
    EXPECT_DOUBLE_EQ(figures[1], 200.0); // (100 + 300) / 2
    ASSERT_EQ(feedback.warnings().size(), 1u);
    EXPECT_NE(feedback.warnings()[0].message.find("counted from the recipe's events"), std::string::npos);
}

TEST(ReferenceFigures, badReferenceTablesNameTheFileAndTheKey)
{
    bib::test::TempDir dir;
    Recipe recipe;
    recipe.indicators = {indicator("x", "per1000:inwoners")};
    const auto error = [&](const std::string& csv) {
        bib::test::writeFile(dir.file("nl.csv"), csv);
        recipe.reference = ReferenceSpec{"Nederland", dir.file("nl.csv"), "code", ""};
        SilentFeedback feedback;
        return errorOf([&] { readReferenceTable(recipe, feedback); });
    };
    std::string e = error("gebied,x,inwoners\nBU1,1,2\n");
    EXPECT_NE(e.find("nl.csv"), std::string::npos) << e;
    EXPECT_NE(e.find("reference.id: there is no column 'code'"), std::string::npos) << e;
    EXPECT_NE(e.find("gebied, x, inwoners"), std::string::npos) << e;
    e = error("code,x,inwoners\nBU1,veel,2\nBU2,weinig,3\n");
    EXPECT_NE(e.find("indicators[0].field"), std::string::npos) << e;
    EXPECT_NE(e.find("column 'x' holds text"), std::string::npos) << e;
    EXPECT_NE(e.find("'veel'"), std::string::npos) << e;
    e = error("code,x,inwoners\nBU1,1,2\nBU1,3,4\n");
    EXPECT_NE(e.find("rows 1 and 2 both have the code 'BU1'"), std::string::npos) << e;
    e = error("code,x,inwoners\n,1,2\n");
    EXPECT_NE(e.find("row 1"), std::string::npos) << e;

    recipe.reference = ReferenceSpec{"Nederland", dir.file("ontbreekt.csv"), "code", ""};
    SilentFeedback feedback;
    e = errorOf([&] { readReferenceTable(recipe, feedback); });
    EXPECT_NE(e.find("reference.path"), std::string::npos) << e;
    EXPECT_NE(e.find("ontbreekt.csv"), std::string::npos) << e;
}

// Hand calculation for values 1, 2, 3, 4: mean 2.5, sample sd √(5/3) = 1.2909944, min 1, max 4.
TEST(ReferenceFigures, scoreOnIndexScalePlacesAFigureAmongTheAreas)
{
    PreparedIndicator prepared;
    prepared.values = {1.0, 2.0, 3.0, 4.0};
    const auto score = [&](const std::string& normalisation, double figure, Direction direction) {
        prepared.spec.normalisation = *parseNormalisation(normalisation);
        prepared.spec.direction = direction;
        return scoreOnIndexScale(prepared, figure);
    };
    EXPECT_NEAR(score("zscore", 4.0, Direction::Positive), 1.5 / std::sqrt(5.0 / 3.0), 1e-12);
    EXPECT_NEAR(score("zscore", 4.0, Direction::Negative), -1.5 / std::sqrt(5.0 / 3.0), 1e-12);
    EXPECT_DOUBLE_EQ(score("minmax", 2.5, Direction::Positive), 0.5);
    EXPECT_DOUBLE_EQ(score("minmax", 1.75, Direction::Negative), 0.75); // 1 − 0.75 / 3
    EXPECT_DOUBLE_EQ(score("rank", 2.5, Direction::Positive), 2.5);     // between the 2nd and 3rd value
    EXPECT_DOUBLE_EQ(score("rank", 2.0, Direction::Positive), 2.0);     // equal to the 2nd: its rank
    EXPECT_DOUBLE_EQ(score("rank", 2.5, Direction::Negative), 2.5);     // 4 + 1 − 2.5
    EXPECT_DOUBLE_EQ(score("percentile", 3.5, Direction::Positive), 2.5 / 3.0); // (3.5 − 1) / 3
    EXPECT_DOUBLE_EQ(score("goalposts:0:10", 12.0, Direction::Positive), 1.0);
    EXPECT_DOUBLE_EQ(score("threshold:2.5", 3.0, Direction::Negative), 0.0);
    EXPECT_TRUE(std::isnan(score("zscore", kNaN, Direction::Positive)));
    // After the outlier treatment's log from the minimum 1: values ln(x − 1 + 1) of x = 1, 2, 3, 4 are
    // 0, ln 2, ln 3, ln 4; the figure 4 becomes ln 4, the highest value: minmax 1, and 0 below 1.
    prepared.values = {0.0, std::log(2.0), std::log(3.0), std::log(4.0)};
    prepared.outliers.logged = true;
    prepared.outliers.logOrigin = 1.0;
    EXPECT_NEAR(score("minmax", 4.0, Direction::Positive), 1.0, 1e-12);
    EXPECT_NEAR(score("minmax", 2.0 * std::sqrt(2.0), Direction::Positive), 0.75,
                1e-12); // ln(2√2) / ln 4
    EXPECT_TRUE(std::isnan(score("minmax", -0.5, Direction::Positive))) << "outside the log's domain";
}

// An area's own value, scored as a figure, lands on its normalised value from prepareIndex: the
// two are computed independently (normalise() over all areas against one value at a time).
TEST(ReferenceFigures, scoreOfAnAreasOwnValueIsItsNormalisedValue)
{
    // 100 areas with 1 and ten with 10³ … 10¹²: five winsorisations leave six values at 10⁷, still
    // skewed (about 5 % of the areas at one extreme: skewness ≈ 3.9, excess kurtosis ≈ 13), so the
    // outlier rule takes ln(x − 1 + 1) of the original values.
    std::vector<double> skewed(100, 1.0);
    for (int power = 3; power <= 12; ++power)
        skewed.push_back(std::pow(10.0, power));
    {
        const AreaSet many = areasWith({{"x", skewed}});
        Recipe recipe;
        recipe.indicators = {indicator("x")};
        recipe.indicators[0].outliers = OutlierTreatment::Winsorise;
        SilentFeedback feedback;
        const PreparedIndex prepared = prepareIndex(many, recipe, feedback);
        const PreparedIndicator& p = prepared.indicators[0];
        ASSERT_TRUE(p.outliers.logged);
        for (std::size_t row = 0; row < many.size(); ++row)
            EXPECT_NEAR(scoreOnIndexScale(p, skewed[row]), p.normalised[row], 1e-12) << "logged, row " << row;
    }

    const AreaSet areas =
        areasWith({{"n", {3.0, 8.0, 1.0, 12.0, 5.0}}, {"pop", {100.0, 400.0, 50.0, 300.0, 250.0}}});
    for (const char* normalisation : {"zscore", "minmax", "rank", "percentile", "goalposts:0:60"}) {
        Recipe recipe;
        recipe.indicators = {indicator("n", "per1000:pop")};
        recipe.indicators[0].normalisation = *parseNormalisation(normalisation);
        recipe.indicators[0].direction = Direction::Negative;
        SilentFeedback feedback;
        const PreparedIndex prepared = prepareIndex(areas, recipe, feedback);
        const PreparedIndicator& p = prepared.indicators[0];
        for (std::size_t row = 0; row < areas.size(); ++row) {
            const double rate = areas.column("n")->values[row] / areas.column("pop")->values[row] * 1000.0;
            EXPECT_NEAR(scoreOnIndexScale(p, rate), p.normalised[row], 1e-12)
                << normalisation << " row " << row;
        }
    }
}

} // namespace
