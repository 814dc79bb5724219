// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choropleth.h"
#include "workspace.h"

#include <QMainWindow>

#include <memory>
#include <string>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QTableView;
class QToolButton;

namespace bib::render {
class MapPainter;
}

namespace bib::app {

class AnalysisActions;
class AreaSortProxy;
class AreaTableModel;
class MapCanvas;
class RecipeEditor;
class TaskRunner;

/// The workstation window: the map in the middle, the indicator list on the right, the area table
/// and the messages at the bottom. Dock layout and window geometry are remembered (QSettings).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads areas (and a table) on a worker thread, then shows them; errors become a dialog.
    void open(const LoadRequest& request);
    /// Opens the bundled demo; maps `field` when given.
    void openDemo(const std::string& field = {});
    /// Shows a loaded workspace at once (also used by tests); with `keepView` the map keeps its
    /// zoom (the same areas with new columns, e.g. after an analysis).
    void setWorkspace(Workspace workspace, bool keepView = false);

    const Workspace* workspace() const { return mWorkspace.get(); }
    MapCanvas* canvas() const { return mCanvas; }
    AreaTableModel* tableModel() const { return mTableModel; }
    QTableView* tableView() const { return mTableView; }
    QListWidget* columnList() const { return mColumnList; }
    TaskRunner* taskRunner() const { return mRunner; }
    AnalysisActions* analysisActions() const { return mAnalysis; }
    /// Live weighting of the recipe: the weights dock, undo and redo, saving the recipe.
    RecipeEditor* recipeEditor() const { return mEditor; }
    /// The classification the map uses now (method, classes, breaks, ramp).
    const render::ChoroplethStyle& mapStyle() const { return mStyle; }
    /// Classification entries of the View menu, one per method key (action data) and class count.
    QList<QAction*> methodActions() const;
    QList<QAction*> classCountActions() const;
    /// Maps a numeric column of the workspace.
    void showColumn(const std::string& name);
    /// Selects an area row on the map and in the table (-1: none).
    void selectArea(int row);

signals:
    void workspaceShown();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void connectSignals();
    void restoreLayout();
    void saveLayout() const;

    QMenu* createStyleMenu();
    void setStyle(const render::ChoroplethStyle& style);
    /// Checks the menu entries of the current style; offers manual breaks only for a recipe's
    /// index with breaks, and the class count only to methods that use one.
    void syncStyleActions();
    void showWorkspaceSummary();
    void updateRecipeLabel();
    /// After a change of the weights: classifies the mapped column again when it is the index
    /// (or, once the controls rest, any numeric column), repaints, and refreshes the table.
    void refreshIndex(bool settled);
    /// Title, subtitle and footer of the map again (the recipe was edited or saved).
    void refreshMapTexts();
    /// The indicator list, in the table's column order (a recipe's index and rank first).
    void fillColumnList();
    void showWarnings(const std::vector<core::Warning>& warnings);
    void onTableSelectionChanged();
    void openAreasDialog();
    void about();
    void setBusy(bool busy);

    TaskRunner* mRunner = nullptr;
    AnalysisActions* mAnalysis = nullptr;
    RecipeEditor* mEditor = nullptr;
    MapCanvas* mCanvas = nullptr;
    AreaTableModel* mTableModel = nullptr;
    AreaSortProxy* mSortProxy = nullptr;
    QTableView* mTableView = nullptr;
    QListWidget* mColumnList = nullptr;
    QListWidget* mWarningList = nullptr;
    QDockWidget* mColumnDock = nullptr;
    QDockWidget* mTableDock = nullptr;
    QDockWidget* mWarningDock = nullptr;
    QLabel* mPositionLabel = nullptr;
    QLabel* mRecipeLabel = nullptr;
    QProgressBar* mProgressBar = nullptr;
    QToolButton* mCancelButton = nullptr;

    QAction* mOpenAction = nullptr;
    QAction* mOpenDemoAction = nullptr;
    QAction* mExportMapAction = nullptr;
    QAction* mExportTableAction = nullptr;
    QAction* mQuitAction = nullptr;
    QAction* mZoomInAction = nullptr;
    QAction* mZoomOutAction = nullptr;
    QAction* mZoomAllAction = nullptr;
    QAction* mAboutAction = nullptr;
    QAction* mAboutQtAction = nullptr;
    QActionGroup* mMethodGroup = nullptr;
    QActionGroup* mClassCountGroup = nullptr;
    QMenu* mClassCountMenu = nullptr;
    QActionGroup* mRampGroup = nullptr;

    std::shared_ptr<Workspace> mWorkspace;
    std::shared_ptr<render::MapPainter> mPainter;
    render::ChoroplethStyle mStyle;
    bool mSyncingSelection = false;
};

} // namespace bib::app
