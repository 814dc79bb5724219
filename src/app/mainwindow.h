// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choropleth.h"
#include "workspace.h"

#include <QMainWindow>

#include <memory>
#include <string>

class QAction;
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
class AreaTableModel;
class AreaTablePanel;
class IssuesPanel;
class LinkedViews;
class RecentRecipes;
class RecipeAutosave;
class MapCanvas;
class RecipeEditor;
class StyleMenu;
class TaskRunner;

/// The workstation window: the map in the middle, the indicator list on the right, the area table
/// and the issues at the bottom. Dock layout and window geometry are remembered (QSettings).
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
    AreaTableModel* tableModel() const;
    QTableView* tableView() const;
    AreaTablePanel* tablePanel() const { return mTablePanel; }
    IssuesPanel* issuesPanel() const { return mIssues; }
    /// Histogram, scatter, ranking and area profile, linked to the selection.
    LinkedViews* linkedViews() const { return mLinkedViews; }
    RecentRecipes* recentRecipes() const { return mRecent; }
    RecipeAutosave* autosave() const { return mAutosave; }
    /// Opens a recipe (`*.bib.json`) and remembers it among the recent ones.
    void openRecipe(const QString& path);
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
    /// Selects an area row on the map, in the table and in the charts (-1: none).
    void selectArea(int row);
    /// Selects several area rows everywhere (the first is the one the charts of one area show).
    void selectAreas(const QList<int>& rows);

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
    /// The histogram follows the mapped column and its class breaks.
    void refreshHistogram();
    void openAreasDialog();
    /// The "new analysis" wizard; opens the recipe it wrote.
    void newAnalysis();
    void about();
    void setBusy(bool busy);

    TaskRunner* mRunner = nullptr;
    AnalysisActions* mAnalysis = nullptr;
    RecipeEditor* mEditor = nullptr;
    MapCanvas* mCanvas = nullptr;
    AreaTablePanel* mTablePanel = nullptr;
    IssuesPanel* mIssues = nullptr;
    StyleMenu* mStyleMenu = nullptr;
    LinkedViews* mLinkedViews = nullptr;
    RecentRecipes* mRecent = nullptr;
    RecipeAutosave* mAutosave = nullptr;
    QListWidget* mColumnList = nullptr;
    QDockWidget* mColumnDock = nullptr;
    QDockWidget* mTableDock = nullptr;
    QDockWidget* mWarningDock = nullptr;
    QLabel* mPositionLabel = nullptr;
    QLabel* mRecipeLabel = nullptr;
    QProgressBar* mProgressBar = nullptr;
    QToolButton* mCancelButton = nullptr;

    QAction* mNewAnalysisAction = nullptr;
    QAction* mOpenAction = nullptr;
    QAction* mOpenRecipeAction = nullptr;
    QAction* mOpenDemoAction = nullptr;
    QAction* mExportMapAction = nullptr;
    QAction* mExportTableAction = nullptr;
    QAction* mQuitAction = nullptr;
    QAction* mZoomInAction = nullptr;
    QAction* mZoomOutAction = nullptr;
    QAction* mZoomAllAction = nullptr;
    QAction* mZoomSelectionAction = nullptr;
    QAction* mAboutAction = nullptr;
    QAction* mAboutQtAction = nullptr;

    std::shared_ptr<Workspace> mWorkspace;
    std::shared_ptr<render::MapPainter> mPainter;
    render::ChoroplethStyle mStyle;
};

} // namespace bib::app
