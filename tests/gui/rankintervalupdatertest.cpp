// SPDX-License-Identifier: GPL-3.0-or-later
// Rank intervals that follow the live weights: after a change has rested, the uncertainty analysis
// runs on a worker and its result lands in the areas, the ranking's whiskers and the tooltip. The
// expected intervals come from a separate run of the core alone: core::loadRecipeData on the demo
// recipe with the same weights, then core::runCompositeIndex with the same seed and draws (the
// window never takes part in it).
#include "rankintervalupdater.h"
#include "analysisactions.h"
#include "chartviews.h"
#include "demodata.h"
#include "guitestsupport.h"
#include "index/indexrun.h"
#include "io/recipedata.h"
#include "linkedviews.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "recipeeditor.h"
#include "taskrunner.h"
#include "testsupport.h"
#include "weightingsession.h"
#include "weightspanel.h"

#include <gtest/gtest.h>

#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QDoubleSpinBox>
#include <QStatusBar>

#include <cmath>
#include <filesystem>
#include <fstream>

using namespace bib;

namespace {

constexpr std::size_t kBijstand = 0; // the demo recipe's first indicator, weight 1

/// rank_p05 and rank_p95 of the core alone for `recipe`, with `draws` draws and the recipe's seed.
struct Intervals
{
    std::vector<double> low;
    std::vector<double> high;
};

Intervals coreIntervals(const core::Recipe& recipe, std::optional<std::size_t> draws)
{
    core::SilentFeedback feedback;
    core::RecipeData data = core::loadRecipeData(recipe, feedback);
    core::runCompositeIndex(data.areas, recipe, core::indexRunOptions(recipe, draws), feedback);
    return {data.areas.column("rank_p05")->values, data.areas.column("rank_p95")->values};
}

void expectSame(const std::vector<double>& shown, const std::vector<double>& expected, const char* what)
{
    ASSERT_EQ(shown.size(), expected.size()) << what;
    for (std::size_t a = 0; a < expected.size(); ++a) {
        if (std::isnan(expected[a]))
            EXPECT_TRUE(std::isnan(shown[a])) << what << " row " << a;
        else
            EXPECT_DOUBLE_EQ(shown[a], expected[a]) << what << " row " << a;
    }
}

class RankIntervals : public ::testing::Test
{
protected:
    void SetUp() override
    {
        try {
            demo = app::findDemoFolder();
        } catch (const std::exception&) {
            GTEST_SKIP() << "the demo is not there";
        }
        window.show();
    }

    void openDemo()
    {
        core::SilentFeedback feedback;
        window.setWorkspace(app::loadWorkspace(app::demoRequest(demo), feedback));
        ASSERT_TRUE(window.recipeEditor()->session()->active());
    }

    app::RankIntervalUpdater* updater() const { return window.analysisActions()->rankIntervalUpdater(); }
    app::WeightsPanel* panel() const { return window.recipeEditor()->panel(); }
    const core::AreaSet& areas() const { return *window.workspace()->areas; }

    std::filesystem::path demo;
    app::MainWindow window;
};

} // namespace

TEST_F(RankIntervals, doNotFollowTheWeightsBeforeAnyoneAskedForThem)
{
    openDemo();
    // The demo recipe has no "robustness" block and nobody ran Analysis → Rank intervals.
    EXPECT_FALSE(updater()->following());
    panel()->weightSpinBox(kBijstand)->setValue(2.0);
    EXPECT_FALSE(updater()->pending());
    EXPECT_FALSE(updater()->running());
    EXPECT_EQ(areas().column("rank_p05"), nullptr);
}

TEST_F(RankIntervals, followAWeightChangeAndEqualTheCore)
{
    QObject context; // the connections below end with the test
    openDemo();
    ASSERT_TRUE(window.analysisActions()->runRankIntervals());
    ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished, 120000));
    ASSERT_NE(areas().column("rank_p05"), nullptr);
    EXPECT_TRUE(updater()->following());

    std::vector<quint64> updated;
    QObject::connect(updater(), &app::RankIntervalUpdater::updated, &context,
                     [&](quint64 generation, const QString&) { updated.push_back(generation); });
    panel()->weightSpinBox(kBijstand)->setValue(4.0);
    EXPECT_TRUE(updater()->pending()) << "waits for the weights to rest";
    ASSERT_TRUE(test::waitFor(updater(), &app::RankIntervalUpdater::updated, 120000));
    ASSERT_EQ(updated.size(), 1u);
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Rank intervals updated")));

    core::Recipe heavier = *window.workspace()->recipe;
    ASSERT_DOUBLE_EQ(heavier.indicators[kBijstand].weight, 4.0);
    // The demo recipe has no robustness block: 1,000 draws, as Analysis → Rank intervals.
    const Intervals expected = coreIntervals(heavier, 1000);
    expectSame(areas().column("rank_p05")->values, expected.low, "rank_p05");
    expectSame(areas().column("rank_p95")->values, expected.high, "rank_p95");
    // The intervals of the recipe's own weights are not these (else the test could not fail).
    core::Recipe original = heavier;
    original.indicators[kBijstand].weight = 1.0;
    EXPECT_NE(coreIntervals(original, 1000).high, expected.high);

    // The ranking's whiskers: the box of its first area spans rank_p05 … rank_p95.
    app::RankingChart* ranking = window.linkedViews()->ranking();
    ASSERT_TRUE(ranking->hasIntervals());
    ASSERT_FALSE(ranking->shownRows().empty());
    const auto first = static_cast<std::size_t>(ranking->shownRows().front());
    auto* series = qobject_cast<QBoxPlotSeries*>(ranking->chart()->series().front());
    ASSERT_NE(series, nullptr);
    EXPECT_DOUBLE_EQ(series->boxSets().front()->at(QBoxSet::LowerExtreme), expected.low[first]);
    EXPECT_DOUBLE_EQ(series->boxSets().front()->at(QBoxSet::UpperExtreme), expected.high[first]);

    // The tooltip of that area on the index map names its interval.
    window.showColumn("index");
    const QString tooltip = window.canvas()->tooltipFor(first);
    EXPECT_TRUE(tooltip.contains(QStringLiteral("interval"))) << tooltip.toStdString();
    EXPECT_TRUE(tooltip.contains(QString::number(expected.high[first], 'g', 6))) << tooltip.toStdString();
}

TEST_F(RankIntervals, onlyTheLastOfTwoQuickChangesLands)
{
    QObject context; // the connections below end with the test
    openDemo();
    ASSERT_TRUE(window.analysisActions()->runRankIntervals());
    ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished, 120000));
    std::vector<quint64> updated;
    std::vector<quint64> discarded;
    QObject::connect(updater(), &app::RankIntervalUpdater::updated, &context,
                     [&](quint64 generation, const QString&) { updated.push_back(generation); });
    QObject::connect(updater(), &app::RankIntervalUpdater::discarded, &context,
                     [&](quint64 generation) { discarded.push_back(generation); });
    panel()->weightSpinBox(kBijstand)->setValue(2.0);
    const quint64 firstGeneration = updater()->generation();
    // The first change's computation starts at once; the second change comes while it runs.
    updater()->updateNow();
    ASSERT_TRUE(updater()->running());
    panel()->weightSpinBox(kBijstand)->setValue(3.0);
    EXPECT_GT(updater()->generation(), firstGeneration);
    ASSERT_TRUE(test::waitFor(updater(), &app::RankIntervalUpdater::updated, 120000));
    if (discarded.empty()) {
        ASSERT_TRUE(test::waitFor(updater(), &app::RankIntervalUpdater::discarded, 120000));
    }
    ASSERT_EQ(discarded.size(), 1u);
    EXPECT_EQ(discarded.front(), firstGeneration);
    EXPECT_FALSE(updater()->running());
    EXPECT_FALSE(updater()->pending());
    ASSERT_EQ(updated.size(), 1u) << "the result of the first change never lands";
    EXPECT_EQ(updated.front(), updater()->generation());

    core::Recipe last = *window.workspace()->recipe;
    ASSERT_DOUBLE_EQ(last.indicators[kBijstand].weight, 3.0);
    const Intervals expected = coreIntervals(last, 1000);
    expectSame(areas().column("rank_p05")->values, expected.low, "rank_p05");
    expectSame(areas().column("rank_p95")->values, expected.high, "rank_p95");
    core::Recipe first = last;
    first.indicators[kBijstand].weight = 2.0;
    EXPECT_NE(coreIntervals(first, 1000).high, expected.high);
}

TEST_F(RankIntervals, aRecipeWithARobustnessBlockGetsThemInTheBackground)
{
    // The demo recipe with a robustness block of 200 draws, its paths made absolute by readRecipe.
    test::TempDir dir;
    core::Recipe recipe = core::readRecipe((demo / "voorbeeldstad.bib.json").string());
    recipe.robustness = core::RobustnessSpec{};
    recipe.robustness->draws = 200;
    const std::string path = dir.file("robuust.bib.json");
    std::ofstream(path) << core::recipeToJson(recipe);

    app::LoadRequest request;
    request.recipePath = path;
    core::SilentFeedback feedback;
    window.setWorkspace(app::loadWorkspace(request, feedback));
    EXPECT_TRUE(updater()->following());
    ASSERT_TRUE(test::waitFor(updater(), &app::RankIntervalUpdater::updated, 120000));
    ASSERT_NE(areas().column("rank_p05"), nullptr);
    const Intervals expected = coreIntervals(core::readRecipe(path), std::nullopt);
    expectSame(areas().column("rank_p05")->values, expected.low, "rank_p05");
    expectSame(areas().column("rank_p95")->values, expected.high, "rank_p95");
    EXPECT_TRUE(window.linkedViews()->ranking()->hasIntervals());
}
