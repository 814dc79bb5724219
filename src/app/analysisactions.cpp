// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisactions.h"

#include "analysisdialog.h"
#include "index/indexrun.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "mappainter.h"
#include "rankintervalupdater.h"
#include "recipeeditor.h"
#include "taskrunner.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace bib::app {

AnalysisActions::AnalysisActions(MainWindow* window) : QObject(window), mWindow(window)
{
    mLocalMoranAction = new QAction(tr("Hot spots (local Moran / &LISA)…"), this);
    mLocalMoranAction->setStatusTip(tr("Clusters of high and low values and outliers, per area"));
    mGetisOrdAction = new QAction(tr("Hot and cold spots (&Gi*)…"), this);
    mGetisOrdAction->setStatusTip(tr("Areas whose neighbourhood has significantly high or low values"));
    mGlobalMoranAction = new QAction(tr("Moran's I (&global)…"), this);
    mGlobalMoranAction->setStatusTip(tr("Whether similar values cluster on the map as a whole"));
    connect(mLocalMoranAction, &QAction::triggered, this, [this] { ask(AnalysisKind::LocalMoran); });
    connect(mGetisOrdAction, &QAction::triggered, this, [this] { ask(AnalysisKind::GetisOrd); });
    connect(mGlobalMoranAction, &QAction::triggered, this, [this] { ask(AnalysisKind::GlobalMoran); });
    mRankIntervalAction = new QAction(tr("&Rank intervals (uncertainty)"), this);
    mRankIntervalAction->setStatusTip(
        tr("How sure each rank is: the ranks again with other weights and methods"));
    mRankIntervalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(mRankIntervalAction, &QAction::triggered, this, &AnalysisActions::runRankIntervals);
    mEventsAction = new QAction(tr("Analyse &events…"), this);
    mEventsAction->setStatusTip(
        tr("Count dated events per area and period: counts, peaks (alarms) and forecasts as new columns"));
    mEventsAction->setObjectName(QStringLiteral("analyseEvents"));
    connect(mEventsAction, &QAction::triggered, this, &AnalysisActions::askEvents);
    mRankIntervalUpdater = new RankIntervalUpdater(window);
    connect(window->taskRunner(), &TaskRunner::started, this, &AnalysisActions::updateEnabled);
    connect(window->taskRunner(), &TaskRunner::finished, this, &AnalysisActions::updateEnabled);
    connect(window, &MainWindow::workspaceShown, this, &AnalysisActions::updateEnabled);
    updateEnabled();
}

QMenu* AnalysisActions::createMenu()
{
    auto* menu = new QMenu(tr("&Analysis"), mWindow);
    menu->setObjectName(QStringLiteral("analysisMenu"));
    menu->addAction(mLocalMoranAction);
    menu->addAction(mGetisOrdAction);
    menu->addSeparator();
    menu->addAction(mGlobalMoranAction);
    menu->addSeparator();
    menu->addAction(mRankIntervalAction);
    menu->addSeparator();
    menu->addAction(mEventsAction);
    return menu;
}

QAction* AnalysisActions::action(AnalysisKind kind) const
{
    switch (kind) {
    case AnalysisKind::LocalMoran:
        return mLocalMoranAction;
    case AnalysisKind::GetisOrd:
        return mGetisOrdAction;
    case AnalysisKind::GlobalMoran:
        return mGlobalMoranAction;
    }
    return nullptr;
}

std::string AnalysisActions::field() const
{
    const Workspace* workspace = mWindow->workspace();
    if (!workspace || !workspace->areas)
        return {};
    const std::string mapped =
        mWindow->canvas()->mapPainter() ? mWindow->canvas()->mapPainter()->column() : workspace->mappedColumn;
    return SpatialAnalysis::analysedField(*workspace->areas, mapped);
}

void AnalysisActions::updateEnabled()
{
    const bool enabled = !mWindow->taskRunner()->busy() && !field().empty();
    for (QAction* action : {mLocalMoranAction, mGetisOrdAction, mGlobalMoranAction}) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? QString() : tr("Map a numeric indicator first"));
    }
    const Workspace* workspace = mWindow->workspace();
    mRankIntervalAction->setEnabled(!mWindow->taskRunner()->busy() && workspace && workspace->recipe);
    mEventsAction->setEnabled(!mWindow->taskRunner()->busy() && workspace && workspace->areas);
}

void AnalysisActions::ask(AnalysisKind kind)
{
    const std::string column = field();
    if (column.empty() || !mWindow->workspace())
        return;
    AnalysisDialog dialog(kind, QString::fromStdString(column),
                          SpatialAnalysis::defaultSettings(*mWindow->workspace()), mWindow);
    if (dialog.exec() == QDialog::Accepted)
        run(kind, dialog.settings());
}

bool AnalysisActions::run(AnalysisKind kind, const AnalysisSettings& settings)
{
    const std::string column = field();
    const Workspace* workspace = mWindow->workspace();
    if (column.empty() || !workspace)
        return false;
    // The worker reads the shared areas (the painter only reads them too) and adds the result
    // columns to its own copy; the window swaps the copy in when the result arrives.
    std::shared_ptr<const core::AreaSet> areas = workspace->areas;
    return mWindow->taskRunner()->run<AnalysisOutcome>(
        tr("%1 of %2…").arg(SpatialAnalysis::title(kind), QString::fromStdString(column)),
        [kind, areas, column, settings](core::Feedback& feedback) {
            return SpatialAnalysis::run(kind, *areas, column, settings, feedback);
        },
        [this](AnalysisOutcome& outcome) { show(outcome); });
}

void AnalysisActions::show(AnalysisOutcome& outcome)
{
    const QString summary = SpatialAnalysis::localSummary(outcome);
    if (outcome.areas) {
        mWindow->setWorkspace(SpatialAnalysis::withOutcome(*mWindow->workspace(), outcome), true);
    } else {
        auto* box = new QMessageBox(QMessageBox::Information, SpatialAnalysis::title(outcome.kind), summary,
                                    QMessageBox::Ok, mWindow);
        box->setInformativeText(SpatialAnalysis::methodNote(outcome));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    mWindow->statusBar()->showMessage(summary);
    emit analysisShown(summary);
}

bool AnalysisActions::runRankIntervals()
{
    const Workspace* workspace = mWindow->workspace();
    if (!workspace || !workspace->recipe)
        return false;
    std::shared_ptr<const core::AreaSet> areas = workspace->areas;
    const core::Recipe recipe = *workspace->recipe;
    const auto draws = recipe.robustness ? std::nullopt : std::optional<std::size_t>(1000);
    return mWindow->taskRunner()->run<std::shared_ptr<core::AreaSet>>(
        tr("Rank intervals…"),
        [areas, recipe, draws](core::Feedback& feedback) {
            // A copy: the window keeps showing its areas until the result is there.
            auto result = std::make_shared<core::AreaSet>(*areas);
            core::runCompositeIndex(*result, recipe, core::indexRunOptions(recipe, draws), feedback);
            return result;
        },
        [this](std::shared_ptr<core::AreaSet>& result) {
            Workspace next = *mWindow->workspace();
            next.areas = result;
            mWindow->setWorkspace(std::move(next), true);
            const QString summary =
                tr("Rank intervals added: rank_p05 and rank_p95 (the ranking shows them)");
            mWindow->statusBar()->showMessage(summary);
            emit analysisShown(summary);
        });
}

QString AnalysisActions::withoutRecipeText()
{
    // Event counts are what the disclosure rules protect; without a recipe no rule would reach the
    // table and map exports, so events are only analysed inside a recipe.
    return tr("Events are analysed within a recipe, so that its disclosure rules protect the counts in "
              "every export. Open a recipe or make one first (File → New analysis).");
}

void AnalysisActions::askEvents()
{
    const Workspace* workspace = mWindow->workspace();
    if (!workspace || !workspace->areas)
        return;
    if (!workspace->recipe) {
        QMessageBox::information(mWindow, tr("Analyse events"), withoutRecipeText());
        return;
    }
    // The dialog reads the file's preview on the window's task runner (progress bar, Cancel).
    EventAnalysisDialog dialog(*workspace, mWindow->taskRunner(), mWindow);
    if (dialog.exec() == QDialog::Accepted)
        runEvents(dialog.spec());
}

bool AnalysisActions::runEvents(const core::EventSourceSpec& spec)
{
    const Workspace* workspace = mWindow->workspace();
    if (!workspace || !workspace->areas)
        return false;
    if (!workspace->recipe) {
        mWindow->statusBar()->showMessage(withoutRecipeText());
        return false;
    }
    // The worker reads the shared areas and adds the columns to its own copy; a cancelled or failed
    // run leaves the workspace as it was.
    std::shared_ptr<const core::AreaSet> areas = workspace->areas;
    const std::string keyPath = EventAnalysis::keyPath(*workspace);
    const std::uint64_t seed = workspace->recipe ? workspace->recipe->seed : core::Recipe{}.seed;
    return mWindow->taskRunner()->run<EventOutcome>(
        tr("Analysing %1…").arg(QString::fromStdString(displayName(spec.path))),
        [areas, spec, keyPath, seed](core::Feedback& feedback) {
            return EventAnalysis::run(*areas, spec, keyPath, seed, feedback);
        },
        [this](EventOutcome& outcome) { showEvents(outcome); });
}

void AnalysisActions::showEvents(EventOutcome& outcome)
{
    Workspace next = EventAnalysis::withEvents(*mWindow->workspace(), outcome);
    const bool toRecipe = next.recipe.has_value(); // always: runEvents() refuses without a recipe
    mWindow->setWorkspace(std::move(next), true);
    if (toRecipe)
        mWindow->recipeEditor()->addEventSource(outcome.spec);
    const QString summary = EventAnalysis::summary(outcome);
    mWindow->statusBar()->showMessage(summary);
    emit analysisShown(summary);
}

} // namespace bib::app
