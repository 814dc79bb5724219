// SPDX-License-Identifier: GPL-3.0-or-later
// The views linked to the map: issues panel, area table (search, copy, CSV), histogram, scatter,
// ranking and area profile, and one selection shared by all of them. Expected values are worked
// out by hand in the comments from the small inputs built here.
#include "linkedviews.h"
#include "analysisactions.h"
#include "areatablemodel.h"
#include "areatablepanel.h"
#include "chartviews.h"
#include "demodata.h"
#include "guitestsupport.h"
#include "index/indexrun.h"
#include "index/recipe.h"
#include "io/recipedata.h"
#include "issuespanel.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "taskrunner.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QAreaSeries>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QTableView>

#include <QTreeWidget>
#include <sstream>

#include <QAction>

#include <cmath>
#include <filesystem>
#include <numeric>

using namespace bib;

namespace {

/// Ten 100 m squares in a row (0 … 1900 m) with "waarde" 1…10 and "tweede" 10, 20, … 100.
app::Workspace tenSquares()
{
    app::Workspace workspace;
    std::vector<double> values;
    std::vector<double> second;
    for (int i = 1; i <= 10; ++i) {
        values.push_back(i);
        second.push_back(10.0 * i);
    }
    workspace.areas = test::squares(values);
    workspace.areas->setColumn({"tweede", second, {}});
    workspace.mappedColumn = "waarde";
    return workspace;
}

QTreeWidgetItem* issueFor(const QTreeWidget& tree, const QString& areaCode)
{
    for (int group = 0; group < tree.topLevelItemCount(); ++group)
        for (int i = 0; i < tree.topLevelItem(group)->childCount(); ++i)
            if (tree.topLevelItem(group)->child(i)->text(1) == areaCode)
                return tree.topLevelItem(group)->child(i);
    return nullptr;
}

} // namespace

TEST(IssuesPanel, listsWarningsAndUnmatchedAreasAndZoomsToTheAreaClicked)
{
    app::MainWindow window;
    window.resize(1000, 700);
    window.show();
    app::Workspace workspace = tenSquares();
    workspace.warnings.push_back({"squares.gpkg", "BU2", 2, "invalid polygon repaired"});
    workspace.warnings.push_back({"tabel.csv", "", 7, "row 7: 1.234 is not a number"});
    core::JoinReport join;
    join.tablePath = "tabel.csv";
    join.unmatchedAreas = {"BU9"};
    workspace.joins = {join};
    window.setWorkspace(std::move(workspace));

    app::IssuesPanel* issues = window.issuesPanel();
    EXPECT_EQ(issues->issueCount(), 3); // two warnings and one area without a row
    QTreeWidgetItem* item = issueFor(*issues->tree(), QStringLiteral("BU9"));
    ASSERT_NE(item, nullptr);
    emit issues->tree()->itemClicked(item, 0);

    // BU9 is row 8: the square from x = 1600 to 1700, y = 0 to 100.
    EXPECT_EQ(window.canvas()->selectedRow(), 8);
    const app::MapCanvas& canvas = *window.canvas();
    const core::Envelope view = canvas.transform().toWorld(QRectF(canvas.rect()));
    EXPECT_LE(view.minX, 1600.0);
    EXPECT_GE(view.maxX, 1700.0);
    EXPECT_LE(view.minY, 0.0);
    EXPECT_GE(view.maxY, 100.0);
    // Zoomed in: the whole row of squares is 1900 m wide, the view shows far less of it.
    EXPECT_LT(view.maxX - view.minX, 950.0);
    EXPECT_EQ(window.tableView()->selectionModel()->selectedRows().front().data().toString(),
              QStringLiteral("BU9"));
}

TEST(IssuesPanel, aWarningWithoutAnAreaDoesNothingWhenClicked)
{
    app::IssuesPanel panel;
    const auto areas = test::squares({1.0, 2.0});
    panel.setIssues(*areas, {{"tabel.csv", "", 3, "row 3: empty code"}}, {});
    int activated = 0;
    QObject::connect(&panel, &app::IssuesPanel::featureActivated, [&](int) { ++activated; });
    ASSERT_EQ(panel.tree()->topLevelItemCount(), 1);
    emit panel.tree()->itemClicked(panel.tree()->topLevelItem(0)->child(0), 0);
    EXPECT_EQ(activated, 0);
}

TEST(LinkedViews, selectingInTheTableSelectsOnTheMapAndInTheScatter)
{
    app::MainWindow window;
    window.show();
    window.setWorkspace(tenSquares());
    app::ScatterChart* scatter = window.linkedViews()->scatter();
    scatter->setColumns("waarde", "tweede");

    window.tableView()->selectRow(3); // unsorted: row 3 is BU4, waarde 4, tweede 40
    EXPECT_EQ(window.canvas()->selectedRow(), 3);
    ASSERT_EQ(scatter->highlightedPoints().size(), 1u);
    EXPECT_EQ(scatter->highlightedPoints().front(), QPointF(4.0, 40.0));
    EXPECT_EQ(window.linkedViews()->histogram()->selectedRow(), 3);

    // And back: a click on the scatter's point (7, 70) selects BU7 in the table and on the map.
    QScatterSeries* points = nullptr;
    for (QAbstractSeries* series : scatter->chart()->series())
        if (auto* candidate = qobject_cast<QScatterSeries*>(series); candidate && candidate->count() == 10)
            points = candidate;
    ASSERT_NE(points, nullptr);
    emit points->clicked(QPointF(7.0, 70.0));
    EXPECT_EQ(window.canvas()->selectedRow(), 6);
    EXPECT_EQ(window.tableView()->selectionModel()->selectedRows().front().data().toString(),
              QStringLiteral("BU7"));
}

TEST(LinkedViews, histogramCountsEqualWidthBins)
{
    app::HistogramChart histogram;
    histogram.setData({test::squares({1.0, 5.0, 10.0, std::nan("")}), std::nullopt});
    histogram.setColumn("waarde", {1.0, 4.0, 10.0});
    // 30 bins over [1, 10], width 0.3: 1 → bin 0; 5 → (5 − 1) / 0.3 = 13.3 → bin 13; 10 → the last.
    const std::vector<int>& counts = histogram.binCounts();
    ASSERT_EQ(counts.size(), 30u);
    EXPECT_EQ(counts[0], 1);
    EXPECT_EQ(counts[13], 1);
    EXPECT_EQ(counts[29], 1);
    EXPECT_EQ(std::accumulate(counts.begin(), counts.end(), 0), 3); // NaN is no bar

    // In the class colours: bins 0 … 9 have their middle ≤ 4 (class 0), bins 10 … 29 above.
    histogram.setColumn("waarde", {1.0, 4.0, 10.0}, {Qt::red, Qt::blue});
    std::vector<QColor> fills;
    for (QAbstractSeries* series : histogram.chart()->series())
        if (auto* bars = qobject_cast<QAreaSeries*>(series))
            fills.push_back(bars->color());
    ASSERT_EQ(fills.size(), 2u);
    EXPECT_EQ(fills[0], QColor(Qt::red));
    EXPECT_EQ(fills[1], QColor(Qt::blue));
}

TEST(LinkedViews, rankingShowsTheTopAreasWithTheirRankIntervals)
{
    auto areas = test::squares({1.0, 2.0, 3.0});
    areas->setColumn({"rank", {2.0, 3.0, 1.0}, {}});
    areas->setColumn({"rank_p05", {1.0, 2.0, 1.0}, {}});
    areas->setColumn({"rank_p95", {3.0, 3.0, 2.0}, {}});
    app::RankingChart ranking;
    ranking.setData({areas, std::nullopt});
    ASSERT_EQ(ranking.shownRows(), (std::vector<int>{2, 0, 1}));
    EXPECT_TRUE(ranking.hasIntervals());
    auto* series = qobject_cast<QBoxPlotSeries*>(ranking.chart()->series().front());
    ASSERT_NE(series, nullptr);
    QBoxSet* first = series->boxSets().front(); // row 2: rank 1, interval 1–2
    EXPECT_EQ(first->at(QBoxSet::LowerExtreme), 1.0);
    EXPECT_EQ(first->at(QBoxSet::Median), 1.0);
    EXPECT_EQ(first->at(QBoxSet::UpperExtreme), 2.0);

    // Every selected area is highlighted, not only the first: rows 0 and 1 are the 2nd and 3rd bars.
    const QColor highlight(0xd7, 0x19, 0x1c);
    ranking.setSelectedRows({0, 1});
    EXPECT_NE(series->boxSets()[0]->brush().color(), highlight);
    EXPECT_EQ(series->boxSets()[1]->brush().color(), highlight);
    EXPECT_EQ(series->boxSets()[2]->brush().color(), highlight);
}

TEST(LinkedViews, profileComparesTheAreaWithTheAverageAndNamesItsDrivers)
{
    auto areas = test::squares({1.0, 2.0, 3.0});
    areas->setColumn({"n_waarde", {-1.0, 0.0, 2.5}, {}});
    areas->setTextColumn({"drivers", {"", "", "vooral waarde"}, {}});
    core::Recipe recipe;
    core::IndicatorSpec indicator;
    indicator.field = "waarde";
    indicator.label = "de waarde";
    recipe.indicators = {indicator};
    app::ProfileChart profile;
    profile.setData({areas, recipe});
    profile.setSelectedRow(2);
    ASSERT_EQ(profile.bars().size(), 1u);
    EXPECT_EQ(profile.bars().front().label, QStringLiteral("de waarde"));
    EXPECT_DOUBLE_EQ(profile.bars().front().area, 2.5);
    EXPECT_DOUBLE_EQ(profile.bars().front().average, 0.5); // (−1 + 0 + 2.5) / 3
    EXPECT_TRUE(profile.driversText().contains(QStringLiteral("vooral waarde")));
}

TEST(AreaTablePanel, searchesCopiesAndExportsTheShownRows)
{
    app::TaskRunner runner(nullptr);
    app::AreaTablePanel panel(&runner);
    panel.model()->setAreas(test::squares({1.5, std::nan(""), 3.0}));
    panel.searchBox()->setText(QStringLiteral("char")); // names Alfa, Bravo, Charlie: only Charlie
    ASSERT_EQ(panel.proxy()->rowCount(), 1);
    EXPECT_EQ(panel.tableText(true, false), QStringLiteral("Code,Name,waarde\nBU3,Charlie,3\n"));
    panel.searchBox()->clear();
    ASSERT_EQ(panel.proxy()->rowCount(), 3);

    panel.selectRow(1);
    panel.copy();
    // Only the selected row, tab separated; Bravo's value is missing.
    const QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    ASSERT_GE(copied.size(), 2);
    EXPECT_TRUE(copied[1].startsWith(QStringLiteral("BU2\tBravo\t")));
    EXPECT_EQ(copied.size(), 3); // header, the row, and the empty piece after the last line end

    test::TempDir dir;
    ASSERT_TRUE(panel.exportCsv(QString::fromStdString(dir.file("tabel.csv"))));
    EXPECT_EQ(test::readFile(dir.file("tabel.csv")),
              "Code,Name,waarde\nBU1,Alfa,1.5\nBU2,Bravo,\nBU3,Charlie,3\n");
}

// What leaves the table goes through the recipe's disclosure rules, as `bib export` writes them.
// tests/data/export (see tests/cli/exporttest.cpp): BU03 has 37 inhabitants, fewer than the
// recipe's minimum_population 50, so its jeugdzorg (86420, a rate on 37 people) and its index and
// rank are withheld; BU01 has 1200 inhabitants and counts above minimum_count, so its row keeps
// its numbers.
TEST(AreaTablePanel, copiedAndExportedRowsWithholdWhatTheRecipeSuppresses)
{
    const std::string folder = std::string(BIB_TEST_DATA_DIR) + "/export";
    const core::Recipe recipe = core::readRecipe(folder + "/recipe.bib.json");
    core::SilentFeedback feedback;
    core::RecipeData data = core::loadRecipeData(recipe, feedback);
    core::runCompositeIndex(data.areas, recipe, core::indexRunOptions(recipe, std::nullopt), feedback);
    auto areas = std::make_shared<const core::AreaSet>(std::move(data.areas));

    app::TaskRunner runner(nullptr);
    app::AreaTablePanel panel(&runner);
    panel.model()->setAreas(areas, {"index", "rank"});
    // On screen the analyst sees every value.
    ASSERT_NE(panel.tableText(true, false).indexOf(QStringLiteral("86420")), -1);

    panel.setRecipe(recipe);
    test::TempDir dir;
    ASSERT_TRUE(panel.exportCsv(QString::fromStdString(dir.file("tabel.csv"))));
    const std::string csv = test::readFile(dir.file("tabel.csv"));
    EXPECT_EQ(csv.find("86420"), std::string::npos) << csv;
    // A column of the table that the recipe does not use is not exported at all (as bib export).
    EXPECT_EQ(csv.find("geheim"), std::string::npos) << csv;
    EXPECT_EQ(csv.find("55501"), std::string::npos) << csv;
    std::string bu03;
    std::string bu01;
    std::istringstream lines(csv);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("BU03,", 0) == 0)
            bu03 = line;
        if (line.rfind("BU01,", 0) == 0)
            bu01 = line;
    }
    // Columns: code, name, index, rank, …: BU03's index and rank are withheld.
    EXPECT_EQ(bu03.rfind("BU03,", 0), 0u) << csv;
    EXPECT_NE(bu03.find(",onderdrukt,onderdrukt,"), std::string::npos) << bu03;
    EXPECT_EQ(bu01.find("onderdrukt"), std::string::npos) << bu01;
    EXPECT_NE(bu01.find("31415"), std::string::npos) << bu01;

    panel.copy();
    EXPECT_EQ(QApplication::clipboard()->text().indexOf(QStringLiteral("86420")), -1);
}

TEST(MapCanvas, shiftDragSelectsTheAreasInTheRectangleEverywhere)
{
    app::MainWindow window;
    window.resize(1200, 800);
    window.show();
    window.setWorkspace(tenSquares());
    app::MapCanvas* canvas = window.canvas();
    canvas->grab(); // paint once: the view is fitted on the first paint
    const render::MapTransform& transform = canvas->transform();
    // From x = 150 m to 750 m over the whole height: the centres of BU2 (250), BU3 (450) and
    // BU4 (650) lie inside; BU1's (50) and BU5's (850) do not.
    const QPointF from = transform.toDevice({150.0, 500.0});
    const QPointF to = transform.toDevice({750.0, -400.0});
    QMouseEvent press(QEvent::MouseButtonPress, from, canvas->mapToGlobal(from), Qt::LeftButton,
                      Qt::LeftButton, Qt::ShiftModifier);
    QMouseEvent move(QEvent::MouseMove, to, canvas->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::ShiftModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, to, canvas->mapToGlobal(to), Qt::LeftButton, Qt::NoButton,
                        Qt::ShiftModifier);
    QCoreApplication::sendEvent(canvas, &press);
    QCoreApplication::sendEvent(canvas, &move);
    QCoreApplication::sendEvent(canvas, &release);

    EXPECT_EQ(canvas->selectedRows(), (QList<int>{1, 2, 3}));
    EXPECT_EQ(window.tableView()->selectionModel()->selectedRows().size(), 3);
    EXPECT_EQ(window.linkedViews()->scatter()->highlightedPoints().size(), 3u);

    // Zoom to the selection: x 200 … 700 m is in view, and much less than the 1900 m of all.
    canvas->zoomToSelection();
    const core::Envelope view = canvas->transform().toWorld(QRectF(canvas->rect()));
    EXPECT_LE(view.minX, 200.0);
    EXPECT_GE(view.maxX, 700.0);
    EXPECT_LT(view.maxX - view.minX, 1300.0);
}

TEST(LinkedViews, rankIntervalsRunInTheBackgroundAndBecomeWhiskers)
{
    std::filesystem::path demo;
    try {
        demo = app::findDemoFolder();
    } catch (const std::exception&) {
        GTEST_SKIP() << "the demo is not there";
    }
    app::MainWindow window;
    window.show();
    core::SilentFeedback feedback;
    window.setWorkspace(app::loadWorkspace(app::demoRequest(demo), feedback));
    EXPECT_FALSE(window.linkedViews()->ranking()->hasIntervals());
    ASSERT_TRUE(window.analysisActions()->rankIntervalAction()->isEnabled());
    ASSERT_TRUE(window.analysisActions()->runRankIntervals());
    ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished, 120000));

    const core::AreaSet& areas = *window.workspace()->areas;
    const core::Column* rank = areas.column("rank");
    const core::Column* low = areas.column("rank_p05");
    const core::Column* high = areas.column("rank_p95");
    ASSERT_TRUE(rank && low && high);
    // indexrun.h: the interval is widened to contain the nominal rank.
    for (std::size_t row = 0; row < areas.size(); ++row)
        if (std::isfinite(rank->values[row])) {
            EXPECT_LE(low->values[row], rank->values[row]) << row;
            EXPECT_GE(high->values[row], rank->values[row]) << row;
        }
    EXPECT_TRUE(window.linkedViews()->ranking()->hasIntervals());
}
