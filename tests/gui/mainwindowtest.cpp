// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "areatablemodel.h"
#include "demodata.h"
#include "guitestsupport.h"
#include "mapcanvas.h"
#include "taskrunner.h"

#include <gtest/gtest.h>

#include <QDockWidget>
#include <QListWidget>
#include <QSettings>
#include <QTableView>

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
