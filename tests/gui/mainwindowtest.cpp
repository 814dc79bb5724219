// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "areatablemodel.h"
#include "demodata.h"
#include "guitestsupport.h"
#include "mapcanvas.h"
#include "taskrunner.h"
#include "util/feedback.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTableView>

#include <algorithm>
#include <cmath>
#include <filesystem>

using namespace bib;

namespace {

app::Workspace squaresWorkspace()
{
    app::Workspace workspace;
    workspace.areas = test::squares({1.0, 5.0, 10.0});
    workspace.mappedColumn = "waarde";
    return workspace;
}

/// Four squares as if a recipe with manual breaks 0 and 1 had made their index and rank.
app::Workspace manualRecipeWorkspace()
{
    app::Workspace workspace;
    workspace.areas = test::squares({3.0, 4.0, 5.0, 6.0});
    workspace.areas->setColumn({"index", {-0.5, 0.4, 2.0, std::nan("")}, {}});
    workspace.areas->setColumn({"rank", {3.0, 2.0, 1.0, std::nan("")}, {}});
    core::Recipe recipe;
    recipe.name = "Handmatig";
    recipe.sha256 = std::string(64, 'a');
    recipe.classification = {"manual", 5, {0.0, 1.0}};
    workspace.recipe = recipe;
    workspace.mappedColumn = "index";
    return workspace;
}

bool demoMissing()
{
    try {
        app::findDemoFolder();
        return false;
    } catch (const std::exception&) {
        return true;
    }
}

QAction* actionWithData(const QList<QAction*>& actions, const QVariant& data)
{
    for (QAction* action : actions) {
        if (action->data() == data)
            return action;
    }
    return nullptr;
}

} // namespace

TEST(MainWindow, showsOneTableRowPerArea)
{
    app::MainWindow window;
    window.show();
    window.setWorkspace(squaresWorkspace());
    EXPECT_EQ(window.tableModel()->rowCount(), 3);
    EXPECT_EQ(window.tableModel()->columnCount(), 3); // code, name, waarde
    EXPECT_EQ(window.tableModel()->index(1, app::AreaTableModel::CodeColumn).data().toString(),
              QStringLiteral("BU2"));
    EXPECT_EQ(window.columnList()->currentItem()->text(), QStringLiteral("waarde"));
    EXPECT_EQ(window.canvas()->mapPainter()->column(), "waarde");
    EXPECT_FALSE(window.canvas()->grab().isNull());
}

TEST(MainWindow, selectionIsSharedByMapAndTable)
{
    app::MainWindow window;
    window.show();
    window.setWorkspace(squaresWorkspace());
    window.selectArea(2);
    EXPECT_EQ(window.canvas()->selectedRow(), 2);
    const QModelIndexList selected = window.tableView()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.front().data().toString(), QStringLiteral("BU3"));

    window.tableView()->selectRow(0);
    EXPECT_EQ(window.canvas()->selectedRow(), 0);
}

TEST(MainWindow, sortingPutsMissingValuesLast)
{
    app::AreaTableModel model;
    model.setAreas(test::squares({3.0, std::nan(""), 1.0}));
    app::AreaSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(app::AreaTableModel::FirstValueColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("BU3"));
    EXPECT_EQ(proxy.index(1, 0).data().toString(), QStringLiteral("BU1"));
    EXPECT_EQ(proxy.index(2, 0).data().toString(), QStringLiteral("BU2"));
}

TEST(MainWindow, loadErrorBecomesADialogNotACrash)
{
    app::MainWindow window;
    app::LoadRequest request;
    request.areas.path = "/nonexistent/areas.gpkg";
    request.areas.idField = "bu_code";
    QString message;
    QObject::connect(window.taskRunner(), &app::TaskRunner::errorShown,
                     [&](const QString& m) { message = m; });
    window.open(request);
    ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished));
    EXPECT_FALSE(message.isEmpty());
    EXPECT_EQ(window.workspace(), nullptr);
}

TEST(MainWindow, opensTheDemo)
{
    try {
        app::findDemoFolder();
    } catch (const std::exception&) {
        GTEST_SKIP() << "the demo data is not there yet";
    }
    app::MainWindow window;
    window.show();
    QString error;
    QObject::connect(window.taskRunner(), &app::TaskRunner::errorShown, [&](const QString& m) { error = m; });
    window.openDemo();
    ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished));
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_NE(window.workspace(), nullptr);
    EXPECT_EQ(window.tableModel()->rowCount(), static_cast<int>(window.workspace()->areas->size()));
    EXPECT_GT(window.tableModel()->rowCount(), 0);
}

TEST(MainWindow, opensTheDemoOnItsRecipesIndex)
{
    if (demoMissing())
        GTEST_SKIP() << "the demo data is not there yet";
    const test::DutchInterface dutch;
    ASSERT_TRUE(dutch.loaded());
    app::MainWindow window;
    window.show();
    window.openDemo();
    ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished));
    const app::Workspace* workspace = window.workspace();
    ASSERT_NE(workspace, nullptr);
    ASSERT_TRUE(workspace->recipe);
    ASSERT_TRUE(workspace->index);
    EXPECT_EQ(workspace->mappedColumn, "index");
    EXPECT_EQ(window.canvas()->mapPainter()->column(), "index");
    EXPECT_EQ(window.columnList()->currentItem()->text(), QStringLiteral("index"));

    // The recipe's classification (quantiles, 5 classes) is the map's.
    EXPECT_EQ(window.mapStyle().method, workspace->recipe->classification.method);
    EXPECT_EQ(window.mapStyle().classCount, workspace->recipe->classification.classes);

    // Index and rank come right after code and name.
    EXPECT_EQ(window.tableModel()->columnOf("index"), app::AreaTableModel::FirstValueColumn);
    EXPECT_EQ(window.tableModel()->columnOf("rank"), app::AreaTableModel::FirstValueColumn + 1);
    EXPECT_EQ(
        window.tableModel()->headerData(app::AreaTableModel::FirstValueColumn, Qt::Horizontal).toString(),
        QStringLiteral("index"));

    // 5 classes + geen gegevens, labels with a decimal comma and never "-0,0".
    const auto legend = window.canvas()->mapPainter()->legend();
    ASSERT_EQ(legend.size(), 6u);
    EXPECT_TRUE(legend.back().noData);
    EXPECT_EQ(legend.back().label, QStringLiteral("geen gegevens"));
    for (const render::LegendEntry& entry : legend) {
        EXPECT_FALSE(entry.label.contains(test::negativeZero())) << entry.label.toStdString();
        EXPECT_FALSE(entry.label.contains(QLatin1Char('.'))) << entry.label.toStdString();
    }

    const QString name = QString::fromStdString(workspace->recipe->name);
    // "[*]" is where the window shows its asterisk while the weights are not saved.
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Samengestelde index \u2014 ") + name + QStringLiteral("[*]"));
    EXPECT_FALSE(window.isWindowModified());
    const auto* recipeStatus = window.findChild<QLabel*>(QStringLiteral("recipeStatus"));
    ASSERT_NE(recipeStatus, nullptr);
    EXPECT_TRUE(recipeStatus->text().contains(name));
    EXPECT_TRUE(recipeStatus->text().contains(
        QStringLiteral("%1 van %2 gebieden").arg(workspace->index->withIndex).arg(workspace->areas->size())))
        << recipeStatus->text().toStdString();
}

TEST(MainWindow, indexTooltipShowsRankAndDrivers)
{
    if (demoMissing())
        GTEST_SKIP() << "the demo data is not there yet";
    core::SilentFeedback feedback;
    app::MainWindow window;
    window.show();
    window.setWorkspace(app::loadWorkspace(app::demoRequest(app::findDemoFolder()), feedback));
    const core::AreaSet& areas = *window.workspace()->areas;
    const core::Column& rank = *areas.column("rank");
    const auto top = static_cast<std::size_t>(std::find(rank.values.begin(), rank.values.end(), 1.0) -
                                              rank.values.begin());
    ASSERT_LT(top, areas.size());
    const QString tooltip = window.canvas()->tooltipFor(top);
    EXPECT_TRUE(tooltip.contains(QStringLiteral("rank 1 of %1").arg(window.workspace()->index->withIndex)))
        << tooltip.toStdString();
    const std::string& drivers = areas.textColumn("drivers")->values[top];
    ASSERT_FALSE(drivers.empty());
    EXPECT_TRUE(tooltip.contains(QString::fromStdString(drivers).toHtmlEscaped())) << tooltip.toStdString();

    // An area without index says so, without rank.
    const core::Column& index = *areas.column("index");
    const auto missing = static_cast<std::size_t>(
        std::find_if(index.values.begin(), index.values.end(), [](double v) { return std::isnan(v); }) -
        index.values.begin());
    ASSERT_LT(missing, areas.size());
    EXPECT_TRUE(window.canvas()->tooltipFor(missing).contains(QStringLiteral("no data")));
    EXPECT_FALSE(window.canvas()->tooltipFor(missing).contains(QStringLiteral("rank")));
}

TEST(MainWindow, viewMenuOffersEveryMethodAndTwoToTwelveClasses)
{
    app::MainWindow window;
    window.show();
    window.setWorkspace(squaresWorkspace());
    QStringList keys;
    for (QAction* action : window.methodActions())
        keys << action->data().toString();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("quantile"), QStringLiteral("equal-interval"),
                                 QStringLiteral("jenks"), QStringLiteral("stddev"),
                                 QStringLiteral("headtail"), QStringLiteral("manual")}));
    EXPECT_FALSE(actionWithData(window.methodActions(), QStringLiteral("manual"))->isVisible())
        << "manual breaks need a recipe that gives them";
    ASSERT_EQ(window.classCountActions().size(), 11);
    EXPECT_EQ(window.classCountActions().front()->data().toInt(), 2);
    EXPECT_EQ(window.classCountActions().back()->data().toInt(), 12);

    actionWithData(window.methodActions(), QStringLiteral("jenks"))->trigger();
    actionWithData(window.classCountActions(), 2)->trigger();
    EXPECT_EQ(window.canvas()->mapPainter()->style().method, "jenks");
    EXPECT_EQ(window.canvas()->mapPainter()->choropleth().classification().method, "jenks");
    EXPECT_EQ(window.canvas()->mapPainter()->choropleth().classification().classCount(), 2);
    EXPECT_TRUE(actionWithData(window.methodActions(), QStringLiteral("jenks"))->isChecked());
}

TEST(MainWindow, recipeWithManualBreaksClassifiesItsIndexByThem)
{
    app::MainWindow window;
    window.show();
    window.setWorkspace(manualRecipeWorkspace());
    QAction* manual = actionWithData(window.methodActions(), QStringLiteral("manual"));
    ASSERT_NE(manual, nullptr);
    EXPECT_TRUE(manual->isVisible());
    EXPECT_TRUE(manual->isChecked());
    EXPECT_EQ(window.mapStyle().manualBreaks, (std::vector<double>{0.0, 1.0}));
    // Breaks 0 and 1: (-0.5) (0.4) (2.0), plus the missing one.
    const auto& classes = window.canvas()->mapPainter()->choropleth().classification();
    EXPECT_EQ(classes.counts, (std::vector<std::size_t>{1, 1, 1}));
    EXPECT_EQ(classes.noDataCount, 1u);
    EXPECT_FALSE(window.classCountActions().front()->isEnabled()) << "manual breaks fix the class count";

    // Another column cannot use the index's breaks: quantiles, and manual is no longer offered.
    window.showColumn("waarde");
    EXPECT_EQ(window.mapStyle().method, "quantile");
    EXPECT_FALSE(manual->isVisible());
    EXPECT_TRUE(window.classCountActions().front()->isEnabled());
    window.showColumn("index");
    EXPECT_EQ(window.mapStyle().method, "manual");
    EXPECT_TRUE(manual->isChecked());
}

TEST(MainWindow, remembersItsDockLayout)
{
    {
        app::MainWindow window;
        window.show();
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("tableDock"));
        ASSERT_NE(dock, nullptr);
        dock->hide();
        window.close();
    }
    app::MainWindow reopened;
    reopened.show();
    EXPECT_FALSE(reopened.findChild<QDockWidget*>(QStringLiteral("tableDock"))->isVisible());
    EXPECT_TRUE(reopened.findChild<QDockWidget*>(QStringLiteral("indicatorDock"))->isVisible());
    QSettings(QStringLiteral("BuurtInBeeld"), QStringLiteral("buurtinbeeld")).clear();
}
