// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysisactions.h"
#include "areatablemodel.h"
#include "choropleth.h"
#include "demodata.h"
#include "exportactions.h"
#include "headless.h"
#include "mapcanvas.h"
#include "mappainter.h"
#include "openareasdialog.h"
#include "recipeeditor.h"
#include "taskrunner.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
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

constexpr int kLayoutVersion = 1;

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
    mOpenAction = new QAction(tr("&Open areas…"), this);
    mOpenAction->setShortcut(QKeySequence::Open);
    mOpenDemoAction = new QAction(tr("Open &demo"), this);
    mExportMapAction = new QAction(tr("Export &map as PNG…"), this);
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

    mAboutAction = new QAction(tr("&About Buurt in Beeld"), this);
    mAboutQtAction = new QAction(tr("About &Qt"), this);
}

QMenu* MainWindow::createStyleMenu()
{
    auto* menu = new QMenu(tr("&Classification"), this);
    mMethodGroup = new QActionGroup(this);
    const std::pair<QString, const char*> methods[] = {
        {tr("&Quantiles (equal counts)"), "quantile"}, {tr("&Equal intervals"), "equal-interval"},
        {tr("&Natural breaks (Jenks)"), "jenks"},      {tr("&Standard deviations"), "stddev"},
        {tr("&Head/tail breaks"), "headtail"},         {tr("&Manual breaks (from the recipe)"), "manual"}};
    for (const auto& [label, key] : methods) {
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setData(QString::fromLatin1(key));
        mMethodGroup->addAction(action);
    }
    menu->addSeparator();
    mClassCountMenu = menu->addMenu(tr("&Number of classes"));
    mClassCountGroup = new QActionGroup(this);
    for (int count = core::ClassificationMethod::minimumClassCount;
         count <= core::ClassificationMethod::maximumClassCount; ++count) {
        QAction* action = mClassCountMenu->addAction(tr("%1 classes").arg(count));
        action->setCheckable(true);
        action->setData(count);
        mClassCountGroup->addAction(action);
    }
    QMenu* ramps = menu->addMenu(tr("Colour &ramp"));
    mRampGroup = new QActionGroup(this);
    for (const render::ColorRamp& ramp : render::RampCatalogue::builtIn().ramps()) {
        const QString kind = ramp.kind == render::RampKind::Diverging ? tr("diverging") : tr("sequential");
        QAction* action = ramps->addAction(QStringLiteral("%1 (%2)").arg(ramp.name, kind));
        action->setCheckable(true);
        action->setData(ramp.name);
        mRampGroup->addAction(action);
    }
    syncStyleActions();
    return menu;
}

QList<QAction*> MainWindow::methodActions() const
{
    return mMethodGroup->actions();
}

QList<QAction*> MainWindow::classCountActions() const
{
    return mClassCountGroup->actions();
}

void MainWindow::syncStyleActions()
{
    const core::Recipe* recipe = mWorkspace && mWorkspace->recipe ? &*mWorkspace->recipe : nullptr;
    const bool indexShown = recipe && mPainter && mPainter->column() == "index";
    const bool manualOffered = indexShown && !recipe->classification.breaks.empty();
    for (QAction* action : mMethodGroup->actions()) {
        const std::string key = action->data().toString().toStdString();
        if (key == "manual")
            action->setVisible(manualOffered);
        action->setChecked(key == mStyle.method);
    }
    for (QAction* action : mClassCountGroup->actions())
        action->setChecked(action->data().toInt() == mStyle.classCount);
    // Manual breaks fix the number of classes themselves.
    mClassCountMenu->setEnabled(mStyle.method != "manual");
    for (QAction* action : mRampGroup->actions())
        action->setChecked(action->data().toString() == mStyle.ramp);
    // A class map (LISA clusters, hot spots) has fixed colours and no classification.
    const bool classified = !(mPainter && mPainter->isCategorical());
    for (QActionGroup* group : {mMethodGroup, mRampGroup})
        group->setEnabled(classified);
    mClassCountGroup->setEnabled(classified && mStyle.method != "manual");
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
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
    view->addSeparator();
    view->addMenu(createStyleMenu());
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

    mTableModel = new AreaTableModel(this);
    mSortProxy = new AreaSortProxy(this);
    mSortProxy->setSourceModel(mTableModel);
    mTableView = new QTableView;
    mTableView->setObjectName(QStringLiteral("areaTable"));
    mTableView->setModel(mSortProxy);
    mTableView->setSortingEnabled(true);
    mTableView->sortByColumn(-1, Qt::AscendingOrder);
    mTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    mTableView->setAlternatingRowColors(true);
    mTableView->verticalHeader()->setDefaultSectionSize(mTableView->fontMetrics().height() + 6);
    mTableView->verticalHeader()->hide();
    mTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mTableDock = new QDockWidget(tr("Areas"), this);
    mTableDock->setObjectName(QStringLiteral("tableDock"));
    mTableDock->setWidget(mTableView);
    addDockWidget(Qt::BottomDockWidgetArea, mTableDock);

    mWarningList = new QListWidget;
    mWarningDock = new QDockWidget(tr("Warnings"), this);
    mWarningDock->setObjectName(QStringLiteral("warningDock"));
    mWarningDock->setWidget(mWarningList);
    addDockWidget(Qt::BottomDockWidgetArea, mWarningDock);
    tabifyDockWidget(mTableDock, mWarningDock);
    mTableDock->raise();

    resizeDocks({mColumnDock}, {360}, Qt::Horizontal);
    resizeDocks({mTableDock}, {230}, Qt::Vertical);
    if (QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        QMenu* panels = view->addMenu(tr("&Panels"));
        for (QDockWidget* dock : {mColumnDock, mEditor->dock(), mTableDock, mWarningDock})
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
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::openAreasDialog);
    connect(mOpenDemoAction, &QAction::triggered, this, [this] { openDemo(); });
    connect(mExportMapAction, &QAction::triggered, this, [this] {
        if (mPainter)
            ExportActions::exportMap(this, *mRunner, statusBar(), *mPainter);
    });
    connect(mExportTableAction, &QAction::triggered, this, [this] {
        if (mWorkspace)
            ExportActions::exportTable(this, *mRunner, statusBar(), mWorkspace->areas);
    });
    connect(mQuitAction, &QAction::triggered, this, &QWidget::close);
    connect(mZoomInAction, &QAction::triggered, mCanvas, &MapCanvas::zoomIn);
    connect(mZoomOutAction, &QAction::triggered, mCanvas, &MapCanvas::zoomOut);
    connect(mZoomAllAction, &QAction::triggered, mCanvas, &MapCanvas::zoomToAll);
    connect(mAboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(mAboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(mMethodGroup, &QActionGroup::triggered, this, [this](QAction* action) {
        render::ChoroplethStyle style = mStyle;
        style.method = action->data().toString().toStdString();
        style.manualBreaks.clear();
        if (style.method == "manual" && mWorkspace && mWorkspace->recipe)
            style.manualBreaks = mWorkspace->recipe->classification.breaks;
        setStyle(style);
    });
    connect(mClassCountGroup, &QActionGroup::triggered, this, [this](QAction* action) {
        render::ChoroplethStyle style = mStyle;
        style.classCount = action->data().toInt();
        setStyle(style);
    });
    connect(mRampGroup, &QActionGroup::triggered, this, [this](QAction* action) {
        render::ChoroplethStyle style = mStyle;
        style.ramp = action->data().toString();
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
    connect(mTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onTableSelectionChanged);

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
    for (QAction* action : {mOpenAction, mOpenDemoAction, mExportMapAction, mExportTableAction})
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
    mTableModel->setAreas(mWorkspace->areas, mWorkspace->recipe ? std::vector<std::string>{"index", "rank"}
                                                                : std::vector<std::string>{});
    mTableView->resizeColumnsToContents();
    fillColumnList();
    syncStyleActions();
    showWarnings(mWorkspace->warnings);
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
    for (int section = AreaTableModel::FirstValueColumn; section < mTableModel->columnCount(); ++section) {
        const QString name = mTableModel->headerData(section, Qt::Horizontal).toString();
        auto* item = new QListWidgetItem(name, mColumnList);
        const core::Column* column = mWorkspace->areas->column(name.toStdString());
        if (column && !column->provenance.file.empty())
            item->setToolTip(tr("From %1").arg(QString::fromStdString(displayName(column->provenance.file))));
        if (name.toStdString() == mWorkspace->mappedColumn)
            mColumnList->setCurrentItem(item);
    }
}

void MainWindow::showWarnings(const std::vector<core::Warning>& warnings)
{
    mWarningList->clear();
    for (const core::Warning& warning : warnings) {
        QString text = QString::fromStdString(warning.message);
        if (!warning.featureId.empty())
            text = QString::fromStdString(warning.featureId) + QStringLiteral(": ") + text;
        mWarningList->addItem(text);
    }
    mWarningDock->setWindowTitle(warnings.empty()
                                     ? tr("Warnings")
                                     : tr("Warnings (%1)").arg(static_cast<qulonglong>(warnings.size())));
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
        mTableModel->refreshValues();
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
    }
    syncStyleActions();
}

void MainWindow::selectArea(int row)
{
    mCanvas->setSelectedRow(row);
    if (row >= 0 && mWorkspace) {
        const core::AreaSet& areas = *mWorkspace->areas;
        const auto r = static_cast<std::size_t>(row);
        statusBar()->showMessage(QStringLiteral("%1 (%2)").arg(QString::fromStdString(areas.name(r)),
                                                               QString::fromStdString(areas.id(r))));
    }
    if (mSyncingSelection)
        return;
    mSyncingSelection = true;
    if (row < 0) {
        mTableView->clearSelection();
    } else {
        const QModelIndex index = mSortProxy->mapFromSource(mTableModel->index(row, 0));
        mTableView->selectionModel()->select(index,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        mTableView->scrollTo(index);
    }
    mSyncingSelection = false;
}

void MainWindow::onTableSelectionChanged()
{
    if (mSyncingSelection)
        return;
    const QModelIndexList rows = mTableView->selectionModel()->selectedRows();
    mSyncingSelection = true;
    selectArea(rows.isEmpty() ? -1 : mSortProxy->mapToSource(rows.front()).row());
    mSyncingSelection = false;
}

void MainWindow::openAreasDialog()
{
    OpenAreasDialog dialog(mRunner, this);
    if (dialog.exec() == QDialog::Accepted)
        open(dialog.request());
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
