// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/disclosure.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace {

using namespace bib::core;

const double nan = std::nan("");

/// Five areas A…E. Hand-worked against k = 5, minimum population 50:
///   meldingen (count)        7   4   0   NaN 5   → B (4) and C (0) withheld; D missing stays missing
///   jeugd (per1000:inwoners) 12  30  2   6   8   numerator, so also a count: C (2) withheld
///   inwoners                 800 900 49  50  NaN → C (49 < 50) is a small population; D (50) is not;
///                                                   E's is unknown, so nothing is withheld for it
AreaSet fiveAreas()
{
    AreaSet areas;
    for (const char* id : {"A", "B", "C", "D", "E"})
        areas.addArea(id, std::string("buurt ") + id, {});
    areas.setColumn({"meldingen", {7, 4, 0, nan, 5}, {}});
    areas.setColumn({"n_meldingen", {0.1, 0.2, 0.3, nan, 0.5}, {}});
    areas.setColumn({"c_meldingen", {0.01, 0.02, 0.03, nan, 0.05}, {}});
    areas.setColumn({"jeugd", {12, 30, 2, 6, 8}, {}});
    areas.setColumn({"n_jeugd", {1.1, 1.2, 1.3, 1.4, nan}, {}});
    areas.setColumn({"inwoners", {800, 900, 49, 50, nan}, {}});
    areas.setColumn({"inkomen", {20, 21, 22, 23, 24}, {}});
    areas.setColumn({"index", {0.5, 0.6, 0.7, 0.8, 0.9}, {}});
    areas.setColumn({"rank", {5, 4, 3, 2, 1}, {}});
    areas.setTextColumn({"class", {"1", "2", "3", "4", "5"}, {}});
    areas.setTextColumn({"drivers", {"a", "b", "c (+1,8 sd)", "d", ""}, {}});
    return areas;
}

DisclosureColumns columnsOfFiveAreas()
{
    DisclosureColumns columns;
    columns.counts = {"meldingen", "jeugd"};
    columns.rates = {{"jeugd", "inwoners", true}};
    columns.indexColumns = {"index", "rank", "class", "d_missing"};
    columns.driversColumn = "drivers";
    return columns;
}

TEST(Disclosure, recipeDeclaresPer1000NumeratorsAsRatesAndCountsPlusCountFields)
{
    Recipe recipe;
    recipe.indicators = {IndicatorSpec{}, IndicatorSpec{}};
    recipe.indicators[0].field = "jeugd";
    recipe.indicators[0].transform = {TransformKind::Per1000, "inwoners"};
    recipe.indicators[1].field = "inkomen";
    recipe.domains = {{"school", 1.0}};
    recipe.privacy.countFields = {"meldingen", "jeugd"};
    const DisclosureColumns columns = disclosureColumns(recipe);
    EXPECT_EQ(columns.counts, (std::vector<std::string>{"jeugd", "meldingen"}));
    ASSERT_EQ(columns.rates.size(), 1u);
    EXPECT_EQ(columns.rates[0].field, "jeugd");
    EXPECT_EQ(columns.rates[0].denominator, "inwoners");
    EXPECT_TRUE(columns.rates[0].entersIndex);
    EXPECT_EQ(columns.indexColumns.back(), "d_school");
    EXPECT_EQ(columns.driversColumn, "drivers");
}

TEST(Disclosure, countsBelowMinimumIncludingZeroAreWithheldMissingStaysMissing)
{
    const SuppressionMask mask = findSuppressions(fiveAreas(), PrivacySpec{}, columnsOfFiveAreas());
    EXPECT_FALSE(mask.isSuppressed("meldingen", 0)); // 7
    EXPECT_TRUE(mask.isSuppressed("meldingen", 1));  // 4 < 5
    EXPECT_TRUE(mask.isSuppressed("meldingen", 2));  // 0 < 5
    EXPECT_FALSE(mask.isSuppressed("meldingen", 3)); // missing
    EXPECT_FALSE(mask.isSuppressed("meldingen", 4)); // 5 is not below 5
    EXPECT_FALSE(mask.isSuppressed("inkomen", 2));   // not protected
}

TEST(Disclosure, derivedColumnsOfWithheldCellsAreWithheld)
{
    const SuppressionMask mask = findSuppressions(fiveAreas(), PrivacySpec{}, columnsOfFiveAreas());
    EXPECT_TRUE(mask.isSuppressed("n_meldingen", 1));
    EXPECT_TRUE(mask.isSuppressed("c_meldingen", 1));
    EXPECT_FALSE(mask.isSuppressed("n_meldingen", 0));
    EXPECT_TRUE(mask.isSuppressed("n_jeugd", 2));
    EXPECT_TRUE(mask.isSuppressed("drivers", 1)); // B's drivers may name meldingen with its sd
    EXPECT_FALSE(mask.isSuppressed("drivers", 0));
}

TEST(Disclosure, smallPopulationWithholdsRateAndTheAreasIndexButNotAtTheMinimum)
{
    const SuppressionMask mask = findSuppressions(fiveAreas(), PrivacySpec{}, columnsOfFiveAreas());
    EXPECT_TRUE(mask.isSuppressed("jeugd", 2)); // 49 inhabitants (and a count of 2)
    for (const char* column : {"index", "rank", "class", "drivers"})
        EXPECT_TRUE(mask.isSuppressed(column, 2)) << column;
    for (const char* column : {"jeugd", "index", "rank", "class"}) {
        EXPECT_FALSE(mask.isSuppressed(column, 3)) << column; // exactly 50 inhabitants
        EXPECT_FALSE(mask.isSuppressed(column, 4)) << column; // unknown population
    }
    EXPECT_FALSE(mask.isSuppressed("inwoners", 2)); // the denominator itself is not a count
}

TEST(Disclosure, cellsAreListedOnceWithTheirFirstReasonAndTallied)
{
    const SuppressionMask mask = findSuppressions(fiveAreas(), PrivacySpec{}, columnsOfFiveAreas());
    // meldingen B, C; n_/c_meldingen B, C; jeugd C (count); n_jeugd C; index, rank, class C;
    // drivers B, C: 2 + 4 + 1 + 1 + 3 + 2 = 13.
    EXPECT_EQ(mask.cells().size(), 13u);
    const auto tally = mask.tally();
    EXPECT_EQ(tally.at({"meldingen", SuppressionReason::SmallCount}), 2u);
    EXPECT_EQ(tally.at({"jeugd", SuppressionReason::SmallCount}), 1u);
    EXPECT_EQ(tally.count({"jeugd", SuppressionReason::SmallDenominator}), 0u);
    EXPECT_EQ(tally.at({"index", SuppressionReason::SmallPopulationIndex}), 1u);
    EXPECT_EQ(tally.at({"drivers", SuppressionReason::DerivedFromWithheld}), 1u); // B; C's is the index rule
}

TEST(Disclosure, higherThresholdsFromTheRecipeApply)
{
    PrivacySpec strict;
    strict.minimumCount = 10;
    strict.minimumPopulation = 850;
    const SuppressionMask mask = findSuppressions(fiveAreas(), strict, columnsOfFiveAreas());
    EXPECT_TRUE(mask.isSuppressed("meldingen", 0)); // 7 < 10
    EXPECT_TRUE(mask.isSuppressed("index", 0));     // 800 < 850
    EXPECT_FALSE(mask.isSuppressed("index", 1));    // 900
    EXPECT_TRUE(mask.isSuppressed("jeugd", 0));     // rate on 800 < 850
}

TEST(Disclosure, misspeltCountFieldIsAnError)
{
    DisclosureColumns columns = columnsOfFiveAreas();
    columns.counts.push_back("meldingn");
    EXPECT_THROW(findSuppressions(fiveAreas(), PrivacySpec{}, columns), InputError);
}

TEST(Disclosure, withoutRatesTheIndexColumnsAreNotProtected)
{
    DisclosureColumns columns = columnsOfFiveAreas();
    columns.rates.clear();
    const SuppressionMask mask = findSuppressions(fiveAreas(), PrivacySpec{}, columns);
    const auto& p = mask.protectedColumns();
    EXPECT_EQ(std::find(p.begin(), p.end(), "index"), p.end());
    EXPECT_NE(std::find(p.begin(), p.end(), "drivers"), p.end());
}

// Rule 6, by hand on the five areas: with meldingen the only indicator entering the index, B's
// index is a function of its withheld 4 alone (minmax over the published areas would give it the
// lowest value), so it is withheld; C's falls under rule 4 first; D has no meldingen (missing), so
// its index rests on nothing withheld; A (7) and E (5) are published. With inkomen entering too,
// B's index also rests on a published value and stays.
TEST(Disclosure, anIndexOfWithheldInputsOnlyIsWithheld)
{
    DisclosureColumns columns = columnsOfFiveAreas();
    columns.indexInputs = {"meldingen"};
    const SuppressionMask mask = findSuppressions(fiveAreas(), PrivacySpec{}, columns);
    for (const char* column : {"index", "rank", "class", "drivers"})
        EXPECT_TRUE(mask.isSuppressed(column, 1)) << column;
    EXPECT_EQ(mask.tally().at({"index", SuppressionReason::IndexOfWithheldInputs}), 1u);
    EXPECT_EQ(mask.tally().at({"index", SuppressionReason::SmallPopulationIndex}), 1u); // C
    for (std::size_t row : {0u, 3u, 4u})
        EXPECT_FALSE(mask.isSuppressed("index", row)) << row;

    columns.indexInputs = {"meldingen", "inkomen"};
    EXPECT_FALSE(findSuppressions(fiveAreas(), PrivacySpec{}, columns).isSuppressed("index", 1));
}

// Without any rate the index columns are protected as soon as a count enters the index, and
// rule 6 applies.
TEST(Disclosure, aCountEnteringTheIndexProtectsTheIndexColumnsWithoutRates)
{
    DisclosureColumns columns = columnsOfFiveAreas();
    columns.rates.clear();
    columns.indexInputs = {"meldingen"};
    const SuppressionMask mask = findSuppressions(fiveAreas(), PrivacySpec{}, columns);
    const auto& p = mask.protectedColumns();
    EXPECT_NE(std::find(p.begin(), p.end(), "index"), p.end());
    EXPECT_TRUE(mask.isSuppressed("index", 1)); // B: 4
    EXPECT_TRUE(mask.isSuppressed("index", 2)); // C: 0, now by rule 6 (no rates, so no rule 4)
    EXPECT_FALSE(mask.isSuppressed("index", 0));

    Recipe recipe;
    recipe.indicators = {IndicatorSpec{}, IndicatorSpec{}};
    recipe.indicators[0].field = "meldingen";
    recipe.indicators[1].field = "inkomen";
    recipe.indicators[1].weight = 0;
    EXPECT_EQ(disclosureColumns(recipe).indexInputs, (std::vector<std::string>{"meldingen"}));
}

TEST(Disclosure, textInCellFormWritesOnderdruktInsteadOfTheNumber)
{
    const AreaSet areas = fiveAreas();
    const SuppressionMask mask = findSuppressions(areas, PrivacySpec{}, columnsOfFiveAreas());
    const WithheldAreas out = withheldCopy(areas, mask, {"meldingen", "inkomen", "index", "drivers"},
                                           SuppressedCellForm::TextInCell);
    EXPECT_EQ(out.columns, (std::vector<std::string>{"meldingen", "inkomen", "index", "drivers"}));
    const TextColumn* meldingen = out.areas.textColumn("meldingen");
    ASSERT_NE(meldingen, nullptr);
    EXPECT_EQ(meldingen->values, (std::vector<std::string>{"7", "onderdrukt", "onderdrukt", "", "5"}));
    ASSERT_NE(out.areas.column("inkomen"), nullptr); // unprotected columns stay numeric
    EXPECT_EQ(out.areas.textColumn("index")->values[2], "onderdrukt");
    EXPECT_EQ(out.areas.textColumn("index")->values[3], "0.8");
    EXPECT_EQ(out.areas.textColumn("drivers")->values[2], "onderdrukt");
    EXPECT_EQ(out.areas.id(2), "C");
    EXPECT_EQ(out.areas.name(2), "buurt C");
}

TEST(Disclosure, nullWithStatusFormAddsAStatusColumnAfterEveryProtectedNumber)
{
    const AreaSet areas = fiveAreas();
    const SuppressionMask mask = findSuppressions(areas, PrivacySpec{}, columnsOfFiveAreas());
    const WithheldAreas out = withheldCopy(areas, mask, {"meldingen", "inkomen", "index", "class"},
                                           SuppressedCellForm::NullWithStatus);
    EXPECT_EQ(out.columns, (std::vector<std::string>{"meldingen", "meldingen_status", "inkomen", "index",
                                                     "index_status", "class"}));
    const Column* meldingen = out.areas.column("meldingen");
    ASSERT_NE(meldingen, nullptr);
    EXPECT_EQ(meldingen->values[0], 7);
    EXPECT_TRUE(std::isnan(meldingen->values[1]));
    EXPECT_TRUE(std::isnan(meldingen->values[2]));
    EXPECT_EQ(out.areas.textColumn("meldingen_status")->values,
              (std::vector<std::string>{"", "onderdrukt", "onderdrukt", "", ""}));
    EXPECT_TRUE(std::isnan(out.areas.column("index")->values[2]));
    EXPECT_EQ(out.areas.textColumn("class")->values[2], "onderdrukt");
}

} // namespace
