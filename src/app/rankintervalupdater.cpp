// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankintervalupdater.h"

#include "areatablemodel.h"
#include "index/indexrun.h"
#include "index/robustness.h"
#include "linkedviews.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "mappainter.h"
#include "recipeeditor.h"
#include "taskrunner.h"
#include "weightingsession.h"

#include <QFutureWatcher>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <array>
#include <exception>

namespace bib::app {

namespace {

const std::array<const char*, 3> kColumns = {"rank_median", "rank_p05", "rank_p95"};

} // namespace

RankIntervalUpdater::RankIntervalUpdater(MainWindow* window) : QObject(window), mWindow(window)
{
    mTimer = new QTimer(this);
    mTimer->setSingleShot(true);
    mTimer->setInterval(DefaultDelay);
    connect(mTimer, &QTimer::timeout, this, &RankIntervalUpdater::start);
    connect(window->recipeEditor()->session(), &WeightingSession::indexChanged, this,
            &RankIntervalUpdater::settingsChanged);
    connect(window, &MainWindow::workspaceShown, this, &RankIntervalUpdater::workspaceShown);
    connect(window->taskRunner(), &TaskRunner::finished, this, &RankIntervalUpdater::applyPending);
}

RankIntervalUpdater::~RankIntervalUpdater()
{
    cancelRunning();
}

int RankIntervalUpdater::delay() const
{
    return mTimer->interval();
}

void RankIntervalUpdater::setDelay(int milliseconds)
{
    mTimer->setInterval(milliseconds);
}

bool RankIntervalUpdater::pending() const
{
    return mTimer->isActive();
}

void RankIntervalUpdater::cancelRunning()
{
    if (mRunning)
        mRunning->cancel();
    mRunning.reset();
}

void RankIntervalUpdater::settingsChanged()
{
    ++mGeneration;
    mPending.reset();
    cancelRunning();
    if (mFollowing)
        mTimer->start();
}

void RankIntervalUpdater::workspaceShown()
{
    // Another recipe, or the same areas in a new set (an analysis, or these intervals added):
    // whatever runs was computed for what was shown before. Computed again when it had not
    // landed yet, or when the recipe asks for intervals the areas do not have.
    const bool unfinished = mRunning || mPending || mTimer->isActive();
    ++mGeneration;
    mPending.reset();
    cancelRunning();
    mTimer->stop();
    const Workspace* workspace = mWindow->workspace();
    const bool recipe = workspace && workspace->recipe && mWindow->recipeEditor()->session()->active();
    const bool hasIntervals = recipe && workspace->areas->column("rank_p05") != nullptr;
    mFollowing = recipe && (hasIntervals || workspace->recipe->robustness.has_value());
    if (mFollowing && (unfinished || !hasIntervals))
        mTimer->start();
}

void RankIntervalUpdater::updateNow()
{
    mTimer->stop();
    start();
}

void RankIntervalUpdater::start()
{
    const WeightingSession* session = mWindow->recipeEditor()->session();
    if (!mFollowing || !session->active() || !session->problem().isEmpty())
        return;
    // A copy with the weights of now: the worker never touches the session or the areas.
    core::PreparedIndex prepared = session->prepared();
    const core::Recipe& recipe = session->recipe();
    for (std::size_t i = 0; i < prepared.indicators.size() && i < recipe.indicators.size(); ++i)
        prepared.indicators[i].spec.weight = recipe.indicators[i].weight;
    for (std::size_t d = 0; d < prepared.domains.size() && d < recipe.domains.size(); ++d)
        prepared.domains[d].weight = recipe.domains[d].weight;
    // As Analysis → Rank intervals: the recipe's robustness settings, else 1,000 draws.
    const core::IndexRunOptions options =
        core::indexRunOptions(recipe, recipe.robustness ? std::nullopt : std::optional<std::size_t>(1000));
    if (!options.uncertainty)
        return;

    cancelRunning();
    auto feedback = std::make_shared<core::SilentFeedback>();
    mRunning = feedback;
    auto result = std::make_shared<Result>();
    result->generation = mGeneration;
    auto succeeded = std::make_shared<bool>(false);
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, feedback, result, succeeded] {
        watcher->deleteLater();
        if (mRunning == feedback)
            mRunning.reset();
        finish(result, *succeeded && !feedback->isCancelled());
    });
    watcher->setFuture(QtConcurrent::run(
        [feedback, result, succeeded, prepared = std::move(prepared), uncertainty = *options.uncertainty] {
            try {
                core::UncertaintyResult u = core::runUncertainty(prepared, uncertainty, *feedback);
                result->rankMedian = std::move(u.rankMedian);
                result->rankP05 = std::move(u.rankP05);
                result->rankP95 = std::move(u.rankP95);
                result->draws = u.draws;
                *succeeded = true;
            } catch (...) {
                // Cancelled, or settings the analysis cannot use (then no intervals follow them;
                // Analysis → Rank intervals says why).
            }
        }));
}

void RankIntervalUpdater::finish(const std::shared_ptr<Result>& result, bool succeeded)
{
    if (result->generation != mGeneration) {
        emit discarded(result->generation);
        return;
    }
    if (!succeeded)
        return;
    // A task of the window (an analysis, an export) may read the areas now: write them after it.
    if (mWindow->taskRunner()->busy()) {
        mPending = std::move(*result);
        return;
    }
    apply(*result);
}

void RankIntervalUpdater::applyPending()
{
    if (!mPending)
        return;
    const Result result = std::move(*mPending);
    mPending.reset();
    if (result.generation == mGeneration)
        apply(result);
}

void RankIntervalUpdater::apply(const Result& result)
{
    const Workspace* workspace = mWindow->workspace();
    if (!workspace || !workspace->areas || workspace->areas->size() != result.rankP05.size())
        return;
    core::AreaSet& areas = *workspace->areas;
    const std::array<const std::vector<double>*, 3> values = {&result.rankMedian, &result.rankP05,
                                                              &result.rankP95};
    bool inPlace = true;
    for (const char* name : kColumns) {
        const core::Column* column = areas.column(name);
        inPlace = inPlace && column && column->values.size() == areas.size();
    }
    const QString summary = tr("Rank intervals updated (%n draws)", nullptr, static_cast<int>(result.draws));
    if (inPlace) {
        // Same storage: the table, the charts and the painter keep their columns.
        for (std::size_t c = 0; c < kColumns.size(); ++c)
            std::copy(values[c]->begin(), values[c]->end(), areas.column(kColumns[c])->values.begin());
        mWindow->tableModel()->refreshValues();
        mWindow->linkedViews()->refresh();
        const render::MapPainter* painter = mWindow->canvas()->mapPainter();
        const std::string mapped = painter ? painter->column() : std::string();
        if (mapped.rfind("rank_", 0) == 0 && mapped != "rank")
            mWindow->showColumn(mapped);
        mWindow->canvas()->refresh();
    } else {
        // New columns: a new area set, as Analysis → Rank intervals shows its result.
        Workspace next = *workspace;
        next.areas = std::make_shared<core::AreaSet>(areas);
        const core::Provenance provenance{workspace->recipe ? workspace->recipe->sourcePath : std::string(),
                                          "", std::nullopt};
        for (std::size_t c = 0; c < kColumns.size(); ++c)
            next.areas->setColumn(core::Column{kColumns[c], *values[c], provenance});
        mWindow->setWorkspace(std::move(next), true);
    }
    mWindow->statusBar()->showMessage(summary, 8000);
    emit updated(result.generation, summary);
}

} // namespace bib::app
