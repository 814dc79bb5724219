// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkedviews.h"

#include "mappainter.h"

#include <QDockWidget>
#include <QMainWindow>

namespace bib::app {

LinkedViews::LinkedViews(QMainWindow* window)
    : QObject(window), mWindow(window), mHistogram(new HistogramChart), mScatter(new ScatterChart),
      mRanking(new RankingChart), mProfile(new ProfileChart), mTimeSeries(new TimeSeriesChart)
{
    addDock(tr("Histogram"), "histogramDock", mHistogram, Qt::BottomDockWidgetArea);
    addDock(tr("Scatter"), "scatterDock", mScatter, Qt::BottomDockWidgetArea);
    addDock(tr("Ranking"), "rankingDock", mRanking, Qt::RightDockWidgetArea);
    addDock(tr("Area profile"), "profileDock", mProfile, Qt::RightDockWidgetArea);
    addDock(tr("Time series"), "timeSeriesDock", mTimeSeries, Qt::BottomDockWidgetArea);
    for (LinkedChart* chart : charts())
        connect(chart, &LinkedChart::areaSelected, this, [this](int row) {
            setSelectedRow(row);
            emit areaSelected(row);
        });
}

QList<LinkedChart*> LinkedViews::charts() const
{
    return {mHistogram, mScatter, mRanking, mProfile, mTimeSeries};
}

QDockWidget* LinkedViews::addDock(const QString& title, const char* name, LinkedChart* chart,
                                  Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, mWindow);
    dock->setObjectName(QString::fromLatin1(name));
    dock->setWidget(chart);
    mWindow->addDockWidget(area, dock);
    mDocks.append(dock);
    return dock;
}

void LinkedViews::setData(const ChartData& data)
{
    mData = data;
    refresh();
}

void LinkedViews::setMapped(const render::MapPainter* map)
{
    if (!map || !map->hasColumn() || map->isCategorical()) {
        mHistogram->setColumn({}, {});
        return;
    }
    mHistogram->setColumn(map->column(), map->choropleth().classification().breaks,
                          map->choropleth().classColours());
}

void LinkedViews::refresh()
{
    for (LinkedChart* chart : charts())
        chart->setData(mData);
}

void LinkedViews::setSelectedRow(int row)
{
    setSelectedRows(row < 0 ? QList<int>{} : QList<int>{row});
}

void LinkedViews::setSelectedRows(const QList<int>& rows)
{
    for (LinkedChart* chart : charts())
        chart->setSelectedRows(rows);
}

} // namespace bib::app
