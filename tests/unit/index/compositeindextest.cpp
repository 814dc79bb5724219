// SPDX-License-Identifier: GPL-3.0-or-later
// Aggregation, weights, domains, missing rules and ranks on small worked examples.
#include "index/compositeindex.h"
#include "index/explain.h"
#include "util/error.h"

#include "indexfixtures.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace bib::core;
using bib::test::areasWith;
using bib::test::indicator;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

IndexResult run(const AreaSet& areas, const Recipe& recipe)
{
    SilentFeedback feedback;
    const PreparedIndex prepared = prepareIndex(areas, recipe, feedback);
    return computeIndex(prepared, recipeWeights(prepared));
}

TEST(CompositeIndex, arithmeticIsWeightedMeanOfNormalisedValues)
{
    // x1 = 1, 2, 3 → minmax 0, 0.5, 1;  x2 = 30, 10, 20 → minmax 1, 0, 0.5;  weights 1 and 3:
    // A1 (0 + 3·1)/4 = 0.75;  A2 (0.5 + 0)/4 = 0.125;  A3 (1 + 3·0.5)/4 = 0.625  → ranks 1, 3, 2.
    const AreaSet areas = areasWith({{"x1", {1, 2, 3}}, {"x2", {30, 10, 20}}});
    Recipe recipe;
    recipe.indicators = {indicator("x1", "minmax", 1), indicator("x2", "minmax", 3)};
    const IndexResult r = run(areas, recipe);
    EXPECT_DOUBLE_EQ(r.index[0], 0.75);
    EXPECT_DOUBLE_EQ(r.index[1], 0.125);
    EXPECT_DOUBLE_EQ(r.index[2], 0.625);
    EXPECT_EQ(r.rank, (std::vector<double>{1, 3, 2}));
}

TEST(CompositeIndex, geometricIsWeightedProduct)
{
    // goalposts 0:4 on x1 → 0.25, 0.5, 0.75; goalposts 0:40 on x2 → 0.75, 0.25, 0.5; weights 1, 3:
    // index = n1^(1/4) · n2^(3/4):  0.25^0.25·0.75^0.75 = 0.5698767642386945,
    // 0.5^0.25·0.25^0.75 = 0.29730177875068026, 0.75^0.25·0.5^0.75 = 0.5533409598501607 (Python).
    const AreaSet areas = areasWith({{"x1", {1, 2, 3}}, {"x2", {30, 10, 20}}});
    Recipe recipe;
    recipe.indicators = {indicator("x1", "goalposts:0:4", 1), indicator("x2", "goalposts:0:40", 3)};
    recipe.aggregation = Aggregation::Geometric;
    const IndexResult r = run(areas, recipe);
    EXPECT_NEAR(r.index[0], 0.5698767642386945, 1e-15);
    EXPECT_NEAR(r.index[1], 0.29730177875068026, 1e-15);
    EXPECT_NEAR(r.index[2], 0.5533409598501607, 1e-15);
}

TEST(CompositeIndex, geometricRefusesZeroNamingIndicator)
{
    const AreaSet areas = areasWith({{"x1", {1, 2, 3}}, {"x2", {30, 10, 20}}});
    Recipe recipe;
    recipe.indicators = {indicator("x1", "minmax", 1), indicator("x2", "goalposts:0:40", 1)};
    recipe.aggregation = Aggregation::Geometric;
    try {
        run(areas, recipe);
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("'x1'"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("goalposts"), std::string::npos) << e.what();
    }
}

TEST(CompositeIndex, domainsAverageTwice)
{
    // Domain D1 (weight 1) = mean of minmax(a), minmax(b); domain D2 (weight 3) = minmax(c).
    // a = 0, 1, 2 → 0, .5, 1;  b = 4, 0, 2 → 1, 0, .5;  c = 0, 10, 5 → 0, 1, .5
    // D1 = .5, .25, .75;  index = (1·D1 + 3·D2) / 4 = .125, .8125, .5625
    const AreaSet areas = areasWith({{"a", {0, 1, 2}}, {"b", {4, 0, 2}}, {"c", {0, 10, 5}}});
    Recipe recipe;
    recipe.domains = {{"D1", 1}, {"D2", 3}};
    recipe.indicators = {indicator("a", "minmax", 1, "D1"), indicator("b", "minmax", 1, "D1"),
                         indicator("c", "minmax", 1, "D2")};
    const IndexResult r = run(areas, recipe);
    EXPECT_DOUBLE_EQ(r.domainScores[0][1], 0.25);
    EXPECT_DOUBLE_EQ(r.index[0], 0.125);
    EXPECT_DOUBLE_EQ(r.index[1], 0.8125);
    EXPECT_DOUBLE_EQ(r.index[2], 0.5625);
}

TEST(CompositeIndex, excludeRuleGivesNoIndexToIncompleteAreas)
{
    const AreaSet areas = areasWith({{"a", {0, 1, 2, 3}}, {"b", {4, kNaN, 2, 0}}});
    Recipe recipe;
    recipe.indicators = {indicator("a", "minmax", 1), indicator("b", "minmax", 1)};
    const IndexResult r = run(areas, recipe);
    EXPECT_TRUE(std::isnan(r.index[1]));
    EXPECT_TRUE(std::isnan(r.rank[1]));
    EXPECT_EQ(r.noIndexReason[1], "1 indicator(s) missing");
    EXPECT_EQ(r.withIndex, 3u);
}

TEST(CompositeIndex, reweightNeedsTwoThirdsOfTheWeight)
{
    // Three equal weights. A2 misses one (2/3 present) → mean of the two present;
    // A3 misses two (1/3 present) → no index.
    // minmax: a = 0, 1, 2, 3 → 0, 1/3, 2/3, 1;  b = 0, 3, NaN, 6 → 0, .5, –, 1;  c = 0, NaN, NaN, 9 → 0, –,
    // –, 1
    const AreaSet areas = areasWith({{"a", {0, 1, 2, 3}}, {"b", {0, 3, kNaN, 6}}, {"c", {0, kNaN, kNaN, 9}}});
    Recipe recipe;
    recipe.indicators = {indicator("a", "minmax", 1), indicator("b", "minmax", 1),
                         indicator("c", "minmax", 1)};
    recipe.missing = MissingRule::Reweight;
    const IndexResult r = run(areas, recipe);
    EXPECT_DOUBLE_EQ(r.index[1], (1.0 / 3.0 + 0.5) / 2.0);
    EXPECT_TRUE(std::isnan(r.index[2]));
    EXPECT_DOUBLE_EQ(r.index[3], 1.0);
}

TEST(CompositeIndex, meanImputationHappensBeforeNormalising)
{
    // b = 4, NaN, 2, 0 → imputed 4, 2, 2, 0 → minmax 1, .5, .5, 0
    const AreaSet areas = areasWith({{"a", {0, 1, 2, 3}}, {"b", {4, kNaN, 2, 0}}});
    Recipe recipe;
    recipe.indicators = {indicator("a", "minmax", 1), indicator("b", "minmax", 1)};
    recipe.missing = MissingRule::Mean;
    const IndexResult r = run(areas, recipe);
    EXPECT_DOUBLE_EQ(r.index[1], (1.0 / 3.0 + 0.5) / 2.0);
}

TEST(CompositeIndex, constantOrSparseIndicatorIsLeftOutAndReported)
{
    const AreaSet areas =
        areasWith({{"a", {0, 1, 2, 3}}, {"same", {5, 5, 5, 5}}, {"sparse", {1, kNaN, kNaN, 2}}});
    Recipe recipe;
    recipe.indicators = {indicator("a", "minmax", 1), indicator("same", "minmax", 1),
                         indicator("sparse", "minmax", 1)};
    SilentFeedback feedback;
    const PreparedIndex prepared = prepareIndex(areas, recipe, feedback);
    EXPECT_TRUE(prepared.indicators[1].leftOut);
    EXPECT_TRUE(prepared.indicators[2].leftOut);
    EXPECT_EQ(feedback.warningCount(), 2u);
    const IndexResult r = computeIndex(prepared, recipeWeights(prepared));
    EXPECT_DOUBLE_EQ(r.index[3], 1.0); // only a counts
}

TEST(CompositeIndex, unknownFieldNamesKeyPathAndColumns)
{
    const AreaSet areas = areasWith({{"a", {0, 1, 2}}});
    Recipe recipe;
    recipe.indicators = {indicator("a", "minmax", 1), indicator("bijstand", "minmax", 1)};
    SilentFeedback feedback;
    try {
        prepareIndex(areas, recipe, feedback);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("indicators[1].field"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("numeric columns are: a"), std::string::npos) << e.what();
    }
}

TEST(CompositeIndex, ranksAreCompetitionRanksHighestFirst)
{
    EXPECT_EQ(descendingRanks({10, 8, 8, 5}), (std::vector<double>{1, 2, 2, 4}));
    const auto r = descendingRanks({kNaN, 1});
    EXPECT_TRUE(std::isnan(r[0]));
    EXPECT_EQ(r[1], 1);
}

void expectSameValues(const std::vector<double>& actual, const std::vector<double>& expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t a = 0; a < expected.size(); ++a) {
        if (std::isnan(expected[a]))
            EXPECT_TRUE(std::isnan(actual[a])) << "row " << a;
        else
            EXPECT_DOUBLE_EQ(actual[a], expected[a]) << "row " << a;
    }
}

TEST(CompositeIndex, reprepareIndicatorEqualsAFullPreparation)
{
    // Direction and normalisation of "b" change; only that indicator is prepared again, and the
    // prepared index (and so the index) must equal a full preparation of the edited recipe.
    const AreaSet areas =
        areasWith({{"a", {0, 1, 2, 3, 4}}, {"b", {10, kNaN, 30, 25, 5}}, {"c", {7, 3, 3, 9, 1}}});
    Recipe recipe;
    recipe.indicators = {indicator("a", "zscore", 1, "x"), indicator("b", "zscore", 2, "x"),
                         indicator("c", "minmax", 1, "y")};
    recipe.domains = {{"x", 1.0}, {"y", 2.0}};
    recipe.missing = MissingRule::Median;
    SilentFeedback feedback;
    PreparedIndex prepared = prepareIndex(areas, recipe, feedback);

    recipe.indicators[1].direction = Direction::Negative;
    recipe.indicators[1].normalisation = *parseNormalisation("rank");
    reprepareIndicator(prepared, areas, recipe, 1, feedback);
    const PreparedIndex full = prepareIndex(areas, recipe, feedback);

    ASSERT_EQ(prepared.indicators.size(), full.indicators.size());
    for (std::size_t i = 0; i < full.indicators.size(); ++i) {
        SCOPED_TRACE(full.indicators[i].spec.field);
        expectSameValues(prepared.indicators[i].values, full.indicators[i].values);
        expectSameValues(prepared.indicators[i].normalised, full.indicators[i].normalised);
        EXPECT_EQ(prepared.indicators[i].domain, full.indicators[i].domain);
        EXPECT_EQ(prepared.indicators[i].leftOut, full.indicators[i].leftOut);
        EXPECT_EQ(prepared.indicators[i].spec.direction, full.indicators[i].spec.direction);
        EXPECT_EQ(prepared.indicators[i].spec.normalisation.kind, full.indicators[i].spec.normalisation.kind);
        EXPECT_DOUBLE_EQ(prepared.indicators[i].stats.mean, full.indicators[i].stats.mean);
    }
    const IndexResult edited = computeIndex(prepared, recipeWeights(prepared));
    const IndexResult expected = computeIndex(full, recipeWeights(full));
    expectSameValues(edited.index, expected.index);
    EXPECT_EQ(edited.rank, expected.rank);
}

TEST(CompositeIndex, reprepareIndicatorRefusesAnIndicatorOutsideTheRecipe)
{
    const AreaSet areas = areasWith({{"a", {0, 1, 2}}});
    Recipe recipe;
    recipe.indicators = {indicator("a", "minmax", 1)};
    SilentFeedback feedback;
    PreparedIndex prepared = prepareIndex(areas, recipe, feedback);
    EXPECT_THROW(reprepareIndicator(prepared, areas, recipe, 1, feedback), InternalError);
}

TEST(Explain, contributionsAddUpToTheIndex)
{
    const AreaSet areas = areasWith({{"x1", {1, 2, 3}}, {"x2", {30, 10, 20}}});
    Recipe recipe;
    recipe.indicators = {indicator("x1", "minmax", 1), indicator("x2", "minmax", 3)};
    SilentFeedback feedback;
    const PreparedIndex prepared = prepareIndex(areas, recipe, feedback);
    const IndexWeights weights = recipeWeights(prepared);
    const IndexResult r = computeIndex(prepared, weights);
    for (std::size_t a = 0; a < 3; ++a) {
        const auto c = contributions(prepared, weights, a);
        EXPECT_DOUBLE_EQ(c[0] + c[1], r.index[a]);
    }
    // A3: x1 = 1 (¼ weight), x2 = .5 (¾ weight) → .25 and .375
    const auto c = contributions(prepared, weights, 2);
    EXPECT_DOUBLE_EQ(c[0], 0.25);
    EXPECT_DOUBLE_EQ(c[1], 0.375);
}

TEST(Explain, driverSentenceInDutchUsesDecimalComma)
{
    // verzuim = 0, 0, 0, 10: mean 2.5, sd = √((3·2.5² + 7.5²) / 3) = √25 = 5 → A4 is +1,5 sd; inkomen
    // 30, 30, 30, 20 likewise −1,5 sd, which counts as +1,5 for a negative indicator. Equal pull: file order.
    const AreaSet areas = areasWith({{"verzuim", {0, 0, 0, 10}}, {"inkomen", {30, 30, 30, 20}}});
    Recipe recipe;
    recipe.indicators = {indicator("verzuim", "zscore", 1),
                         indicator("inkomen", "zscore", 1, {}, Direction::Negative)};
    recipe.indicators[0].label = "schoolverzuim";
    recipe.indicators[1].label = "inkomen";
    SilentFeedback feedback;
    const PreparedIndex prepared = prepareIndex(areas, recipe, feedback);
    const auto drivers = topDrivers(prepared, recipeWeights(prepared), 3);
    ASSERT_EQ(drivers.size(), 2u);
    EXPECT_EQ(driverSentence(prepared, drivers, Language::Dutch),
              "vooral hoog: schoolverzuim (+1,5 sd); vooral laag: inkomen (-1,5 sd)");
    EXPECT_EQ(driverSentence(prepared, {}, Language::English), "no indicator clearly above the average");
}

} // namespace
