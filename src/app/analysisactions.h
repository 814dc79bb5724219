// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventanalysis.h"
#include "spatialanalysis.h"

#include <QObject>
#include <QString>

#include <string>

class QAction;
class QMenu;

namespace bib::app {

class MainWindow;
class RankIntervalUpdater;

/// The Analysis menu of the workstation: local Moran (LISA), Getis-Ord Gi* and global Moran's I on
/// the column the map shows. Each action asks its settings in an AnalysisDialog, then run() does
/// the work on the window's TaskRunner (progress bar, Cancel) and shows the result: new columns
/// and the class map for the local statistics, a message for the global one.
class AnalysisActions : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisActions(MainWindow* window);

    /// The "Analysis" menu with the three actions; owned by the window.
    QMenu* createMenu();
    QAction* action(AnalysisKind kind) const;

    /// The numeric column an analysis would use now: the mapped column, or the column a mapped
    /// result was computed from; empty without one.
    std::string field() const;
    /// What an action does once its dialog is accepted: starts the statistic on the worker. False
    /// when it cannot start (no workspace, no numeric column mapped, a task already running).
    bool run(AnalysisKind kind, const AnalysisSettings& settings);
    /// The uncertainty of the recipe's ranks on a worker (the recipe's "robustness" settings, else
    /// 1,000 draws): adds rank_median, rank_p05 and rank_p95, which the ranking chart shows as
    /// whiskers. False without a recipe or while another task runs.
    bool runRankIntervals();
    QAction* rankIntervalAction() const { return mRankIntervalAction; }
    /// "Analyse events…": an EventAnalysisDialog, then runEvents().
    QAction* eventsAction() const { return mEventsAction; }
    /// Counts the events of `spec` on a copy of the open areas on the worker (progress, Cancel);
    /// when done the window shows the new columns, maps the alarm (or count) column, the Tijdreeks
    /// gets the series and the recipe the source. False without areas, without a recipe (the
    /// disclosure rules must reach every export of the counts; the status bar says so) or while
    /// another task runs.
    bool runEvents(const core::EventSourceSpec& spec);
    /// Recomputes the rank intervals in the background after each change of the weights, once
    /// there are any (see RankIntervalUpdater).
    RankIntervalUpdater* rankIntervalUpdater() const { return mRankIntervalUpdater; }

signals:
    /// A run finished and its result is shown; `summary` is the status bar's line.
    void analysisShown(const QString& summary);

private:
    void ask(AnalysisKind kind);
    void updateEnabled();
    void show(AnalysisOutcome& outcome);
    /// Why events need a recipe (shown instead of the dialog when none is open).
    static QString withoutRecipeText();
    void askEvents();
    void showEvents(EventOutcome& outcome);

    MainWindow* mWindow = nullptr;
    QAction* mLocalMoranAction = nullptr;
    QAction* mGetisOrdAction = nullptr;
    QAction* mGlobalMoranAction = nullptr;
    QAction* mRankIntervalAction = nullptr;
    QAction* mEventsAction = nullptr;
    RankIntervalUpdater* mRankIntervalUpdater = nullptr;
};

} // namespace bib::app
