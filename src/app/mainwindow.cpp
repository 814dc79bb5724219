// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysisactions.h"
#include "areatablemodel.h"
#include "areatablepanel.h"
#include "choropleth.h"
#include "demodata.h"
#include "exportactions.h"
#include "headless.h"
#include "issuespanel.h"
#include "linkedviews.h"
#include "mapcanvas.h"
#include "mappainter.h"
#include "newanalysiswizard.h"
#include "openareasdialog.h"
#include "recentrecipes.h"
#include "recipeautosave.h"
#include "recipeeditor.h"
#include "stylemenu.h"
#include "taskrunner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

namespace bib::app {

namespace {

constexpr int kLayoutVersion = 2; // 2: issues panel and the linked charts

QString settingsKey(const char* key)
{
    return QLatin1String("mainwindow/") + QLatin1String(key);
}

QSettings settings()
{
    return QSettings(QStringLiteral("BuurtInBeeld"), QStringLiteral("buurtinbeeld"));
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    mRunner = new TaskRunner(this);
    mCanvas = new MapCanvas(this);
    setCentralWidget(mCanvas);
    mEditor = new RecipeEditor(this, mRunner);
    mAutosave = new RecipeAutosave(mEditor);
    mRecent = new RecentRecipes(this);
    createActions();
    mAnalysis = new AnalysisActions(this);
    createMenus();
    createDocks();
    createStatusBar();
    connectSignals();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    mNewAnalysisAction = new QAction(tr("&New analysis…"), this);
    mNewAnalysisAction->setShortcut(QKeySequence::New);
    mOpenRecipeAction = new QAction(tr("Open &recipe…"), this);
    mOpenRecipeAction->setShortcut(QKeySequence::Open);
    mOpenAction = new QAction(tr("&Open areas…"), this);
    mOpenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    mOpenDemoAction = new QAction(tr("Open &demo"), this);
    mExportMapAction = new QAction(tr("Export &map…"), this);
    mExportMapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    mExportTableAction = new QAction(tr("Export &table…"), this);
    mQuitAction = new QAction(tr("&Quit"), this);
    mQuitAction->setShortcut(QKeySequence::Quit);

    mZoomInAction = new QAction(tr("Zoom &in"), this);
    mZoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    mZoomOutAction = new QAction(tr("Zoom &out"), this);
    mZoomOutAction->setShortcut(QKeySequence::ZoomOut);
    mZoomAllAction = new QAction(tr("Zoom to &all"), this);
    mZoomAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    mZoomSelectionAction = new QAction(tr("Zoom to &selection"), this);
    mZoomSelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));

    mAboutAction = new QAction(tr("&About Buurt in Beeld"), this);
    mAboutQtAction = new QAction(tr("About &Qt"), this);
}

AreaTableModel* MainWindow::tableModel() const
{
    return mTablePanel->model();
}

QTableView* MainWindow::tableView() const
{
    return mTablePanel->view();
}

QList<QAction*> MainWindow::methodActions() const
{
    return mStyleMenu->methodActions();
}

QList<QAction*> MainWindow::classCountActions() const
{
    return mStyleMenu->classCountActions();
}

void MainWindow::syncStyleActions()
{
    const core::Recipe* recipe = mWorkspace && mWorkspace->recipe ? &*mWorkspace->recipe : nullptr;
    const bool indexShown = recipe && mPainter && mPainter->column() == "index";
    // A class map (LISA clusters, hot spots) has fixed colours and no classification.
    mStyleMenu->sync(mStyle, indexShown && !recipe->classification.breaks.empty(),
                     !(mPainter && mPainter->isCategorical()));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(mNewAnalysisAction);
    file->addAction(mOpenRecipeAction);
    file->addMenu(mRecent->menu());
    file->addAction(mOpenAction);
    file->addAction(mOpenDemoAction);
    file->addSeparator();
    file->addAction(mEditor->saveAction());
    file->addAction(mEditor->saveAsAction());
    file->addSeparator();
    file->addAction(mExportMapAction);
    file->addAction(mExportTableAction);
    file->addSeparator();
    file->addAction(mQuitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(mEditor->undoAction());
    edit->addAction(mEditor->redoAction());
    edit->addSeparator();
    edit->addAction(mEditor->resetAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(mZoomInAction);
    view->addAction(mZoomOutAction);
    view->addAction(mZoomAllAction);
    view->addAction(mZoomSelectionAction);
    view->addSeparator();
    mStyleMenu = new StyleMenu(this);
    view->addMenu(mStyleMenu->menu());
    syncStyleActions();
    view->addSeparator();

    menuBar()->addMenu(mAnalysis->createMenu());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(mAboutAction);
    help->addAction(mAboutQtAction);
}

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    mColumnList = new QListWidget;
    mColumnList->setObjectName(QStringLiteral("columnList"));
    mColumnDock = new QDockWidget(tr("Indicators"), this);
    mColumnDock->setObjectName(QStringLiteral("indicatorDock"));
    mColumnDock->setWidget(mColumnList);
    addDockWidget(Qt::RightDockWidgetArea, mColumnDock);
    addDockWidget(Qt::RightDockWidgetArea, mEditor->dock());
    tabifyDockWidget(mColumnDock, mEditor->dock());

    mTablePanel = new AreaTablePanel(mRunner);
    mTableDock = new QDockWidget(tr("Areas"), this);
    mTableDock->setObjectName(QStringLiteral("tableDock"));
    mTableDock->setWidget(mTablePanel);
    addDockWidget(Qt::BottomDockWidgetArea, mTableDock);

    mIssues = new IssuesPanel;
    mWarningDock = new QDockWidget(tr("Issues"), this);
    mWarningDock->setObjectName(QStringLiteral("warningDock"));
    mWarningDock->setWidget(mIssues);
    addDockWidget(Qt::BottomDockWidgetArea, mWarningDock);
    tabifyDockWidget(mTableDock, mWarningDock);

    mLinkedViews = new LinkedViews(this);
    // The charts as tabs beside the table and beside the weights, which keep their full height.
    for (QDockWidget* dock : mLinkedViews->docks())
        tabifyDockWidget(dockWidgetArea(dock) == Qt::BottomDockWidgetArea ? mTableDock : mColumnDock, dock);
    mTableDock->raise();

    resizeDocks({mColumnDock}, {360}, Qt::Horizontal);
    resizeDocks({mTableDock}, {230}, Qt::Vertical);
    if (QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        QMenu* panels = view->addMenu(tr("&Panels"));
        for (QDockWidget* dock : {mColumnDock, mEditor->dock(), mTableDock, mWarningDock})
            panels->addAction(dock->toggleViewAction());
        for (QDockWidget* dock : mLinkedViews->docks())
            panels->addAction(dock->toggleViewAction());
    }
}

void MainWindow::createStatusBar()
{
    mPositionLabel = new QLabel;
    mPositionLabel->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("X 000.000  Y 000.000 m")) + 12);
    mProgressBar = new QProgressBar;
    mProgressBar->setMaximumWidth(180);
    mProgressBar->setRange(0, 100);
    mProgressBar->hide();
    mCancelButton = new QToolButton;
    mCancelButton->setText(tr("Cancel"));
    mCancelButton->hide();
    mRecipeLabel = new QLabel;
    mRecipeLabel->setObjectName(QStringLiteral("recipeStatus"));
    mRecipeLabel->hide();
    statusBar()->addPermanentWidget(mRecipeLabel);
    statusBar()->addPermanentWidget(mProgressBar);
    statusBar()->addPermanentWidget(mCancelButton);
    statusBar()->addPermanentWidget(mPositionLabel);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::connectSignals()
{
    connect(mNewAnalysisAction, &QAction::triggered, this, &MainWindow::newAnalysis);
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::openAreasDialog);
    connect(mOpenRecipeAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open recipe"), {},
                                                          tr("Recipes (*.bib.json);;All files (*)"));
        if (!path.isEmpty())
            openRecipe(path);
    });
    connect(mRecent, &RecentRecipes::openRequested, this, &MainWindow::openRecipe);
    connect(mOpenDemoAction, &QAction::triggered, this, [this] { openDemo(); });
    connect(mExportMapAction, &QAction::triggered, this, [this] {
        if (mPainter)
            ExportActions::exportMap(this, *mRunner, statusBar(), *mPainter,
                                     mWorkspace && mWorkspace->recipe ? &*mWorkspace->recipe : nullptr);
    });
    connect(mExportTableAction, &QAction::triggered, this, [this] {
        if (mWorkspace)
            ExportActions::exportTable(this, *mRunner, statusBar(), mWorkspace->areas, mWorkspace->recipe);
    });
    connect(mQuitAction, &QAction::triggered, this, &QWidget::close);
    connect(mZoomInAction, &QAction::triggered, mCanvas, &MapCanvas::zoomIn);
    connect(mZoomOutAction, &QAction::triggered, mCanvas, &MapCanvas::zoomOut);
    connect(mZoomAllAction, &QAction::triggered, mCanvas, &MapCanvas::zoomToAll);
    connect(mZoomSelectionAction, &QAction::triggered, mCanvas, &MapCanvas::zoomToSelection);
    connect(mCanvas, &MapCanvas::areasSelected, this, &MainWindow::selectAreas);
    connect(mAboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(mAboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(mStyleMenu, &StyleMenu::methodChosen, this, [this](const std::string& method) {
        render::ChoroplethStyle style = mStyle;
        style.method = method;
        style.manualBreaks.clear();
        if (style.method == "manual" && mWorkspace && mWorkspace->recipe)
            style.manualBreaks = mWorkspace->recipe->classification.breaks;
        setStyle(style);
    });
    connect(mStyleMenu, &StyleMenu::classCountChosen, this, [this](int count) {
        render::ChoroplethStyle style = mStyle;
        style.classCount = count;
        setStyle(style);
    });
    connect(mStyleMenu, &StyleMenu::rampChosen, this, [this](const QString& ramp) {
        render::ChoroplethStyle style = mStyle;
        style.ramp = ramp;
        setStyle(style);
    });

    connect(mColumnList, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        if (!name.isEmpty())
            showColumn(name.toStdString());
    });
    connect(mCanvas, &MapCanvas::areaClicked, this, &MainWindow::selectArea);
    connect(mCanvas, &MapCanvas::positionChanged, this, [this](double x, double y) {
        mPositionLabel->setText(
            tr("X %1  Y %2 m").arg(locale().toString(x, 'f', 0), locale().toString(y, 'f', 0)));
    });
    connect(mTablePanel, &AreaTablePanel::rowsSelected, this, &MainWindow::selectAreas);
    connect(mLinkedViews, &LinkedViews::areaSelected, this, &MainWindow::selectArea);
    connect(mIssues, &IssuesPanel::featureActivated, this, [this](int row) {
        mCanvas->zoomToRow(row);
        selectArea(row);
    });
    connect(mIssues, &IssuesPanel::countChanged, this, [this](int count) {
        mWarningDock->setWindowTitle(count == 0 ? tr("Issues") : tr("Issues (%1)").arg(count));
    });

    connect(mRunner, &TaskRunner::started, this, [this](const QString& title) {
        statusBar()->showMessage(title);
        setBusy(true);
    });
    connect(mRunner, &TaskRunner::progressChanged, mProgressBar, &QProgressBar::setValue);
    connect(mRunner, &TaskRunner::finished, this, [this](bool) { setBusy(false); });
    connect(mRunner, &TaskRunner::errorShown, this, [this](const QString& message) {
        statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0));
    });
    connect(mCancelButton, &QToolButton::clicked, mRunner, &TaskRunner::cancel);

    connect(mEditor, &RecipeEditor::indexChanged, this, &MainWindow::refreshIndex);
    connect(mEditor, &RecipeEditor::modifiedChanged, this, [this](bool modified) {
        setWindowModified(modified);
        refreshMapTexts();
    });
    connect(mEditor, &RecipeEditor::recipeSaved, this, [this] {
        mRecent->add(QString::fromStdString(mWorkspace->recipe->sourcePath));
        refreshMapTexts();
        updateRecipeLabel();
        statusBar()->showMessage(
            tr("Recipe saved to %1").arg(QString::fromStdString(mWorkspace->recipe->sourcePath)));
    });
}

void MainWindow::setBusy(bool busy)
{
    mProgressBar->setValue(0);
    mProgressBar->setVisible(busy);
    mCancelButton->setVisible(busy);
    for (QAction* action : {mNewAnalysisAction, mOpenRecipeAction, mOpenAction, mOpenDemoAction,
                            mExportMapAction, mExportTableAction})
        action->setEnabled(!busy);
    // A worker reads the areas now: the weights may not change them meanwhile.
    mEditor->setEditingEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void MainWindow::restoreLayout()
{
    QSettings store = settings();
    if (!restoreGeometry(store.value(settingsKey("geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(store.value(settingsKey("state")).toByteArray(), kLayoutVersion);
}

void MainWindow::saveLayout() const
{
    QSettings store = settings();
    store.setValue(settingsKey("geometry"), saveGeometry());
    store.setValue(settingsKey("state"), saveState(kLayoutVersion));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!mEditor->maybeSave()) {
        event->ignore();
        return;
    }
    if (mRunner->busy())
        mRunner->cancel();
    // Saved or knowingly discarded: nothing to recover next time.
    RecipeAutosave::discard();
    saveLayout();
    event->accept();
}

void MainWindow::open(const LoadRequest& request)
{
    if (!mEditor->maybeSave())
        return;
    mRunner->run<Workspace>(
        tr("Loading %1…")
            .arg(QString::fromStdString(
                displayName(request.recipePath.empty() ? request.areas.path : request.recipePath))),
        [request](core::Feedback& feedback) { return loadWorkspace(request, feedback); },
        [this](Workspace& workspace) { setWorkspace(std::move(workspace)); });
}

void MainWindow::openDemo(const std::string& field)
{
    if (!mEditor->maybeSave())
        return;
    mRunner->run<Workspace>(
        tr("Loading the demo…"),
        [field](core::Feedback& feedback) {
            LoadRequest request = demoRequest(findDemoFolder());
            request.field = field;
            return loadWorkspace(request, feedback);
        },
        [this](Workspace& workspace) { setWorkspace(std::move(workspace)); });
}

void MainWindow::setWorkspace(Workspace workspace, bool keepView)
{
    auto shown = std::make_shared<Workspace>(std::move(workspace));
    mStyle = HeadlessExport::mapStyle(*shown, shown->mappedColumn, mStyle);
    auto painter = std::make_shared<render::MapPainter>(HeadlessExport::mapPainterFor(*shown, mStyle));
    mWorkspace = shown;
    mPainter = painter;
    mEditor->setWorkspace(mWorkspace, keepView);
    mCanvas->setMapPainter(mPainter, keepView);
    // A recipe's result first: the index and its rank right after code and name.
    tableModel()->setAreas(mWorkspace->areas, mWorkspace->recipe ? std::vector<std::string>{"index", "rank"}
                                                                 : std::vector<std::string>{});
    mTablePanel->setRecipe(mWorkspace->recipe);
    tableView()->resizeColumnsToContents();
    fillColumnList();
    syncStyleActions();
    mIssues->setIssues(*mWorkspace->areas, mWorkspace->warnings, mWorkspace->joins);
    mLinkedViews->setData(
        {mWorkspace->areas, mWorkspace->recipe, mWorkspace->reference, mWorkspace->eventSeries});
    refreshHistogram();
    setWindowTitle(HeadlessExport::windowTitle(*mWorkspace) + QStringLiteral("[*]"));
    setWindowModified(mEditor->isModified());
    if (mWorkspace->recipe && !keepView)
        mEditor->dock()->raise();
    showWorkspaceSummary();
    emit workspaceShown();
}

void MainWindow::showWorkspaceSummary()
{
    const QString source = QString::fromStdString(displayName(mWorkspace->areas->source));
    QString message =
        tr("%1 areas loaded from %2").arg(static_cast<qulonglong>(mWorkspace->areas->size())).arg(source);
    // With a recipe the recipe label says what matters; the join's counts would crowd it out.
    if (mWorkspace->join && !mWorkspace->recipe)
        message +=
            QStringLiteral("; ") + tr("%1 of %2 matched in %3")
                                       .arg(mWorkspace->join->matched)
                                       .arg(mWorkspace->join->areaCount)
                                       .arg(QString::fromStdString(displayName(mWorkspace->join->tablePath)));
    statusBar()->showMessage(message);
    updateRecipeLabel();
}

void MainWindow::updateRecipeLabel()
{
    const std::optional<core::Recipe>& recipe = mWorkspace->recipe;
    mRecipeLabel->setVisible(recipe.has_value());
    if (!recipe)
        return;
    const std::size_t withIndex = mWorkspace->index ? mWorkspace->index->withIndex : 0;
    mRecipeLabel->setText(tr("Recipe: %1 · %2 of %3 areas have an index")
                              .arg(QString::fromStdString(recipe->name))
                              .arg(static_cast<qulonglong>(withIndex))
                              .arg(static_cast<qulonglong>(mWorkspace->areas->size())));
    mRecipeLabel->setToolTip(QString::fromStdString(recipe->sourcePath) + QStringLiteral("\nsha256 ") +
                             QString::fromStdString(recipe->sha256));
}

void MainWindow::fillColumnList()
{
    const QSignalBlocker blocker(mColumnList);
    mColumnList->clear();
    for (int section = AreaTableModel::FirstValueColumn; section < tableModel()->columnCount(); ++section) {
        const QString name = tableModel()->headerData(section, Qt::Horizontal).toString();
        auto* item = new QListWidgetItem(name, mColumnList);
        const core::Column* column = mWorkspace->areas->column(name.toStdString());
        if (column && !column->provenance.file.empty())
            item->setToolTip(tr("From %1").arg(QString::fromStdString(displayName(column->provenance.file))));
        if (name.toStdString() == mWorkspace->mappedColumn)
            mColumnList->setCurrentItem(item);
    }
}

void MainWindow::showColumn(const std::string& name)
{
    if (!mPainter)
        return;
    mRunner->guard(tr("Show column"), [&] {
        const render::ChoroplethStyle style = HeadlessExport::mapStyle(*mWorkspace, name, mStyle);
        if (!(style == mStyle)) {
            // Without a column the new style classifies nothing; showColumn() then classifies once.
            mStyle = style;
            mPainter->clearColumn();
            mPainter->setStyle(mStyle);
        }
        HeadlessExport::showColumn(*mPainter, *mWorkspace, name);
        syncStyleActions();
        mCanvas->refresh();
        refreshHistogram();
        const QList<QListWidgetItem*> items =
            mColumnList->findItems(QString::fromStdString(name), Qt::MatchExactly);
        if (!items.isEmpty() && mColumnList->currentItem() != items.front()) {
            const QSignalBlocker blocker(mColumnList);
            mColumnList->setCurrentItem(items.front());
        }
    });
}

void MainWindow::refreshIndex(bool settled)
{
    if (!mPainter || !mWorkspace)
        return;
    const std::string column = mPainter->column();
    const bool live = column == "index" || column == "rank" || column.rfind("d_", 0) == 0;
    if (!column.empty() && !mPainter->isCategorical() && (live || settled))
        mRunner->guard(tr("Classify"), [&] { mPainter->setColumn(column); });
    mCanvas->refresh();
    if (settled) {
        tableModel()->refreshValues();
        mLinkedViews->refresh();
        refreshHistogram();
        updateRecipeLabel();
    }
}

void MainWindow::refreshMapTexts()
{
    if (mPainter && mWorkspace)
        mRunner->guard(tr("Show column"),
                       [this] { HeadlessExport::showColumn(*mPainter, *mWorkspace, mPainter->column()); });
    mCanvas->refresh();
}

void MainWindow::setStyle(const render::ChoroplethStyle& style)
{
    mStyle = style;
    if (mPainter) {
        mRunner->guard(tr("Classify"), [&] { mPainter->setStyle(style); });
        mCanvas->refresh();
        refreshHistogram();
    }
    syncStyleActions();
}

void MainWindow::selectArea(int row)
{
    selectAreas(row < 0 ? QList<int>{} : QList<int>{row});
}

void MainWindow::selectAreas(const QList<int>& rows)
{
    mCanvas->setSelectedRows(rows);
    if (rows.size() == 1 && mWorkspace) {
        const auto row = static_cast<std::size_t>(rows.front());
        statusBar()->showMessage(
            QStringLiteral("%1 (%2)").arg(QString::fromStdString(mWorkspace->areas->name(row)),
                                          QString::fromStdString(mWorkspace->areas->id(row))));
    } else if (rows.size() > 1) {
        statusBar()->showMessage(tr("%n areas selected", nullptr, static_cast<int>(rows.size())));
    }
    mTablePanel->selectRows(rows);
    mLinkedViews->setSelectedRows(rows);
    mZoomSelectionAction->setEnabled(!rows.isEmpty());
}

void MainWindow::refreshHistogram()
{
    mLinkedViews->setMapped(mPainter.get());
}

void MainWindow::openAreasDialog()
{
    OpenAreasDialog dialog(mRunner, this);
    if (dialog.exec() == QDialog::Accepted)
        open(dialog.request());
}

void MainWindow::newAnalysis()
{
    if (!mEditor->maybeSave())
        return;
    NewAnalysisWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted || wizard.recipePath().isEmpty())
        return;
    openRecipe(wizard.recipePath());
}

void MainWindow::openRecipe(const QString& path)
{
    LoadRequest request;
    request.recipePath = path.toStdString();
    // The recovery file is no recipe of the user's: it stays off the recent list.
    if (path != RecipeAutosave::recoveryPath())
        mRecent->add(path);
    open(request);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Buurt in Beeld"),
        tr("<h3>Buurt in Beeld %1</h3><p>Combines neighbourhood sources into one picture of where "
           "youth problems concentrate, so teams know where to act first.</p>"
           "<p>Colour schemes: ColorBrewer 2.0, Cynthia Brewer.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace bib::app
