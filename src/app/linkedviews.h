// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartviews.h"
#include "timeserieschart.h"

#include <QList>
#include <QObject>

class QDockWidget;

namespace bib::render {
class MapPainter;
}
class QMainWindow;

namespace bib::app {

/// The charts linked to the map (QtCharts, each in a dock): histogram of the mapped column with
/// its class breaks, scatter of two columns, ranking, the profile of the selected area and its
/// events over time. A click in a chart emits areaSelected(); setSelectedRow() marks the area in
/// all of them.
class LinkedViews : public QObject
{
    Q_OBJECT

public:
    explicit LinkedViews(QMainWindow* window);

    QList<QDockWidget*> docks() const { return mDocks; }
    HistogramChart* histogram() const { return mHistogram; }
    ScatterChart* scatter() const { return mScatter; }
    RankingChart* ranking() const { return mRanking; }
    ProfileChart* profile() const { return mProfile; }
    TimeSeriesChart* timeSeries() const { return mTimeSeries; }

    /// New areas (and recipe): every chart draws again.
    void setData(const ChartData& data);
    /// What the map shows now (nullptr, or a class map: no histogram).
    void setMapped(const render::MapPainter* map);
    /// Values changed in place (the weights moved): every chart draws again.
    void refresh();
    void setSelectedRow(int row);
    void setSelectedRows(const QList<int>& rows);

signals:
    void areaSelected(int row);

private:
    QList<LinkedChart*> charts() const;
    QDockWidget* addDock(const QString& title, const char* name, LinkedChart* chart, Qt::DockWidgetArea area);

    QMainWindow* mWindow;
    QList<QDockWidget*> mDocks;
    HistogramChart* mHistogram;
    ScatterChart* mScatter;
    RankingChart* mRanking;
    ProfileChart* mProfile;
    TimeSeriesChart* mTimeSeries;
    ChartData mData;
};

} // namespace bib::app
