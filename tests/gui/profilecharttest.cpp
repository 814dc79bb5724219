// SPDX-License-Identifier: GPL-3.0-or-later
// The area profile ("totaalbeeld") with the recipe's reference (the Netherlands) and with several
// areas selected. Expected values are worked out by hand in the comments from the inputs built
// here.
#include "chartviews.h"
#include "guitestsupport.h"
#include "testsupport.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>

namespace {

using namespace bib;

/// Four areas: waarde 10, 20, 30, 40 (mean 25, sample sd √(500/3) = 12.9099); meldingen 1, 2, 3, 4
/// on 100 inhabitants each (rates 10, 20, 30, 40 per 1,000: the same mean and sd).
std::shared_ptr<core::AreaSet> fourAreas()
{
    auto areas = test::squares({10.0, 20.0, 30.0, 40.0});
    areas->setColumn({"meldingen", {1.0, 2.0, 3.0, 4.0}, {}});
    areas->setColumn({"inwoners", {100.0, 100.0, 100.0, 100.0}, {}});
    areas->setColumn({"n_waarde", {-1.0, 0.0, 0.5, 2.5}, {}});
    areas->setColumn({"n_meldingen", {-1.5, -0.5, 0.5, 1.5}, {}});
    areas->setTextColumn({"drivers", {"", "", "", "vooral waarde"}, {}});
    return areas;
}

core::Recipe recipeWithReference()
{
    core::Recipe recipe;
    core::IndicatorSpec waarde;
    waarde.field = "waarde";
    waarde.label = "de waarde";
    core::IndicatorSpec meldingen;
    meldingen.field = "meldingen";
    meldingen.label = "meldingen";
    meldingen.transform = *core::parseTransform("per1000:inwoners");
    recipe.indicators = {waarde, meldingen};
    recipe.reference = core::ReferenceSpec{"Nederland", "nl.csv", "code", ""};
    return recipe;
}

/// The reference: waarde 30, 40, 50 (mean 40); meldingen 5, 10, 2 on 100, 400, 1000 inhabitants.
/// The privacy rules withhold the count 2 (below 5), as they would in an area, so the rate is
/// (5 + 10) / (100 + 400) × 1000 = 30, not 17 / 1500 × 1000.
std::shared_ptr<const core::ReferenceTable> netherlands()
{
    auto table = std::make_shared<core::ReferenceTable>();
    table->label = "Nederland";
    for (const char* code : {"BU1", "BU2", "BU3"})
        table->areas.addArea(code, "", {});
    table->areas.setColumn({"waarde", {30.0, 40.0, 50.0}, {}});
    table->areas.setColumn({"meldingen", {5.0, 10.0, 2.0}, {}});
    table->areas.setColumn({"inwoners", {100.0, 400.0, 1000.0}, {}});
    return table;
}

TEST(ProfileChart, showsTheReferenceFigureOnTheAreasScaleWithALegend)
{
    app::ProfileChart profile;
    profile.setData({fourAreas(), recipeWithReference(), netherlands()});
    profile.setSelectedRow(3);
    ASSERT_EQ(profile.bars().size(), 2u);
    const double sd = std::sqrt(500.0 / 3.0);
    // z of the national mean 40 among the areas: (40 − 25) / 12.9099 = 1.1619
    EXPECT_NEAR(profile.bars()[0].reference, 15.0 / sd, 1e-9);
    // z of the national rate 30 among the areas' rates: (30 − 25) / 12.9099 = 0.3873
    EXPECT_NEAR(profile.bars()[1].reference, 5.0 / sd, 1e-9);
    EXPECT_DOUBLE_EQ(profile.bars()[0].area, 2.5);
    EXPECT_DOUBLE_EQ(profile.bars()[0].average, 0.5); // (−1 + 0 + 0.5 + 2.5) / 4
    EXPECT_TRUE(profile.seriesNames().contains(QStringLiteral("Nederland")))
        << profile.seriesNames().join(u',').toStdString();
    EXPECT_TRUE(profile.seriesNames().contains(QStringLiteral("this area")));
    EXPECT_TRUE(profile.headingText().contains(QStringLiteral("Nederland")));
    EXPECT_TRUE(profile.driversText().contains(QStringLiteral("vooral waarde")));
}

TEST(ProfileChart, withoutAReferenceThereIsNoThirdBar)
{
    core::Recipe recipe = recipeWithReference();
    recipe.reference.reset();
    app::ProfileChart profile;
    profile.setData({fourAreas(), recipe});
    profile.setSelectedRow(0);
    ASSERT_EQ(profile.bars().size(), 2u);
    EXPECT_TRUE(std::isnan(profile.bars()[0].reference));
    EXPECT_EQ(profile.seriesNames().size(), 2);
    EXPECT_FALSE(profile.headingText().contains(QStringLiteral("Nederland")));
}

TEST(ProfileChart, severalSelectedAreasShowTheirMeanAndSaySo)
{
    app::ProfileChart profile;
    profile.setData({fourAreas(), recipeWithReference(), netherlands()});
    profile.setSelectedRows({0, 3});
    ASSERT_EQ(profile.bars().size(), 2u);
    EXPECT_DOUBLE_EQ(profile.bars()[0].area, 0.75); // (−1 + 2.5) / 2
    EXPECT_DOUBLE_EQ(profile.bars()[1].area, 0.0);  // (−1.5 + 1.5) / 2
    EXPECT_TRUE(profile.headingText().contains(QStringLiteral("Mean of the 2 selected areas")))
        << profile.headingText().toStdString();
    EXPECT_TRUE(profile.seriesNames().contains(QStringLiteral("mean of the selected areas")));
    EXPECT_FALSE(profile.driversText().contains(QStringLiteral("vooral waarde")))
        << "one area's drivers are not the selection's";
}

// The workstation loads the reference with the recipe (on the worker) and the profile places the
// national figure on the Utrecht buurten' scale. Expected value: pandas on the same files,
//   g = gpd.read_file('utrecht_rotterdam_buurten.gpkg', layer='buurten'); g = g[g.gm_code == 'GM0344']
//   d = pd.read_csv('buurten_2024.csv'); u = d[d.bu_code.isin(g.bu_code)].koopwoningen.dropna()
//   nl = d.koopwoningen.mean()                          # 68.71077091306725
//   -(nl - u.mean()) / u.std(ddof=1)                    # -1.0439695917176075 (direction negative)
// with u.mean() 45.648148 and u.std() 22.091278 over the 108 buurten with a value.
TEST(ProfileChart, loadedRecipeWithAReferenceShowsTheNationalFigure)
{
    const std::string gpkg = test::realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg");
    const std::string table = test::realData("cbs-buurt-indicatoren-2024/buurten_2024.csv");
    if (gpkg.empty() || table.empty())
        GTEST_SKIP() << "real data not available";
    std::string text =
        test::readFile(std::string(BIB_TEST_DATA_DIR) + "/../golden/utrecht-2024/recipe.bib.json");
    for (auto pos = text.find("{REAL}"); pos != std::string::npos; pos = text.find("{REAL}"))
        text.replace(pos, 6, BIB_REAL_DATA_DIR);
    const std::string anchor = "\"bib_recipe\": 1,";
    text.insert(text.find(anchor) + anchor.size(), " \"reference\": {\"label\": \"Nederland\", \"path\": \"" +
                                                       table + "\", \"id\": \"bu_code\"},");
    test::TempDir dir;
    test::writeFile(dir.file("utrecht.bib.json"), text);
    app::LoadRequest request;
    request.recipePath = dir.file("utrecht.bib.json");
    core::SilentFeedback feedback;
    const app::Workspace workspace = app::loadWorkspace(request, feedback);
    ASSERT_TRUE(workspace.reference);
    EXPECT_EQ(workspace.reference->areas.size(), 14574u);

    app::ProfileChart profile;
    profile.setData({workspace.areas, workspace.recipe, workspace.reference});
    profile.setSelectedRow(static_cast<int>(*workspace.areas->rowOf("BU03440111")));
    const app::ProfileChart::Bar* koop = nullptr;
    for (const auto& bar : profile.bars())
        koop = bar.label == QStringLiteral("koopwoningen") ? &bar : koop;
    ASSERT_NE(koop, nullptr);
    EXPECT_NEAR(koop->reference, -1.0439695917176075, 1e-9);
}

} // namespace
