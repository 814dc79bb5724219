// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/compositeindex.h"
#include "util/feedback.h"

#include <QObject>
#include <QString>

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace bib::app {

class MainWindow;

/// Keeps the rank intervals (rank_median, rank_p05, rank_p95) following the live weights.
///
/// After a change of the weights, directions, normalisations, aggregation or missing-data rule
/// has rested for delay() milliseconds, the uncertainty analysis (core::runUncertainty, with the
/// recipe's "robustness" settings, else 1,000 draws, and the recipe's seed) runs on a worker over
/// a copy of the session's prepared index, so the sliders never wait for it. A further change
/// cancels the running computation; every change raises generation(), and a result whose
/// generation is no longer the current one is dropped, never shown. The result is written to the
/// areas on the GUI thread (in place when the columns exist), and the ranking's whiskers, the
/// table and the map's tooltip follow.
///
/// It follows only once rank intervals exist: when the shown areas carry rank_p05 (the user ran
/// Analysis → Rank intervals once) or the recipe has a "robustness" block (then the first
/// intervals are computed in the background right after the recipe opens). Computing 1,000 draws
/// nobody asked for on every change would only cost power.
class RankIntervalUpdater : public QObject
{
    Q_OBJECT

public:
    /// Pause after the last change before the computation starts, in milliseconds.
    static constexpr int DefaultDelay = 400;

    explicit RankIntervalUpdater(MainWindow* window);
    ~RankIntervalUpdater() override;

    bool following() const { return mFollowing; }
    int delay() const;
    void setDelay(int milliseconds);
    /// Raised by every change of the settings and by every new workspace.
    quint64 generation() const { return mGeneration; }
    /// A computation runs on the worker now.
    bool running() const { return mRunning != nullptr; }
    /// A change waits for the settings to rest.
    bool pending() const;
    /// Starts the computation for the settings of now, without waiting for them to rest (cancels
    /// a running one). Nothing happens while not following().
    void updateNow();

signals:
    /// The intervals of generation `generation` were written to the areas; `summary` is the
    /// status bar's line.
    void updated(quint64 generation, const QString& summary);
    /// A result arrived for an older generation and was dropped.
    void discarded(quint64 generation);

private:
    struct Result
    {
        quint64 generation = 0;
        std::vector<double> rankMedian;
        std::vector<double> rankP05;
        std::vector<double> rankP95;
        std::size_t draws = 0;
    };

    void settingsChanged();
    void workspaceShown();
    void cancelRunning();
    void start();
    void finish(const std::shared_ptr<Result>& result, bool succeeded);
    void apply(const Result& result);
    void applyPending();

    MainWindow* mWindow = nullptr;
    QTimer* mTimer = nullptr;
    quint64 mGeneration = 0;
    bool mFollowing = false;
    /// The feedback of the running computation (cancel() stops it within 16 draws).
    std::shared_ptr<core::SilentFeedback> mRunning;
    /// A current result that waits while a task of the window reads the areas.
    std::optional<Result> mPending;
};

} // namespace bib::app
