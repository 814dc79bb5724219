// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "model/areaset.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QWidget>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QAreaSeries;
class QBoxPlotSeries;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace bib::app {

/// What the linked charts show: the areas (shared, read on the GUI thread only) and, for a
/// recipe, its indicators (labels) and domains.
struct ChartData
{
    std::shared_ptr<const core::AreaSet> areas;
    std::optional<core::Recipe> recipe;
};

/// Common ground of the linked charts: one QChart in a view (animations off), the shown areas and
/// the selected row. A click on the chart that picks an area emits areaSelected().
class LinkedChart : public QWidget
{
    Q_OBJECT

public:
    explicit LinkedChart(QWidget* parent = nullptr);

    QChart* chart() const { return mChart; }
    QChartView* chartView() const { return mView; }
    int selectedRow() const { return mSelectedRow; }
    /// New areas or new values: draws everything again.
    virtual void setData(const ChartData& data);
    /// Marks an area (-1: none) without emitting areaSelected().
    void setSelectedRow(int row);
    /// Marks several areas; charts about one area show the first.
    void setSelectedRows(const QList<int>& rows);

signals:
    void areaSelected(int row);

protected:
    virtual void rebuild() = 0;
    virtual void showSelection() = 0;
    /// A finite value of a numeric column, or NaN (also for a missing column or row).
    double valueAt(const std::string& column, int row) const;

    ChartData mData;
    int mSelectedRow = -1;
    QList<int> mSelectedRows;

private:
    QChart* mChart;
    QChartView* mView;
};

/// Histogram of the mapped column (equal-width bins in the map's class colours) with the class
/// breaks as vertical lines and the selected area's value in red. A click selects the area whose value is
/// nearest.
class HistogramChart : public LinkedChart
{
    Q_OBJECT

public:
    static constexpr int kBins = 30;
    explicit HistogramChart(QWidget* parent = nullptr);

    /// The column to show, the map's class breaks (minimum, upper bounds: the inner ones become
    /// lines) and class colours (the bars take the colour of their middle's class).
    void setColumn(const std::string& column, const std::vector<double>& breaks,
                   const std::vector<QColor>& colours = {});
    const std::string& column() const { return mColumn; }
    /// Areas per bin, for the shown column.
    const std::vector<int>& binCounts() const { return mCounts; }

protected:
    void rebuild() override;
    void showSelection() override;

private:
    void pick(const QPointF& point);

    std::string mColumn;
    std::vector<double> mBreaks;
    std::vector<QColor> mColours;
    std::vector<int> mCounts;
    QLineSeries* mSelectedLine = nullptr;
    QValueAxis* mX = nullptr;
    QValueAxis* mY = nullptr;
};

/// Scatter of two numeric columns, chosen in two lists; the selected area is drawn large and red.
class ScatterChart : public LinkedChart
{
    Q_OBJECT

public:
    explicit ScatterChart(QWidget* parent = nullptr);

    void setData(const ChartData& data) override;
    /// Shows these columns (names of numeric columns).
    void setColumns(const std::string& x, const std::string& y);
    std::string xColumn() const;
    std::string yColumn() const;
    /// The highlighted points: the selected areas' (x, y) where both are known.
    std::vector<QPointF> highlightedPoints() const;

protected:
    void rebuild() override;
    void showSelection() override;

private:
    void pick(const QPointF& point);

    QComboBox* mX;
    QComboBox* mY;
    QScatterSeries* mPoints = nullptr;
    QScatterSeries* mSelected = nullptr;
    std::vector<int> mRowOfPoint;
};

/// The top areas by rank (1 = most attention), each a box at its rank with whiskers to the 5th and
/// 95th percentile of its rank when the uncertainty analysis ran (rank_p05, rank_p95).
class RankingChart : public LinkedChart
{
    Q_OBJECT

public:
    static constexpr int kTop = 15;
    explicit RankingChart(QWidget* parent = nullptr);
    /// Rows shown, best rank first.
    const std::vector<int>& shownRows() const { return mRows; }
    bool hasIntervals() const { return mIntervals; }

protected:
    void rebuild() override;
    void showSelection() override;

private:
    QBoxPlotSeries* mSeries = nullptr;
    std::vector<int> mRows;
    bool mIntervals = false;
};

/// The "totaalbeeld" of the selected area: its domain scores and normalised indicators (after
/// direction: higher = more attention) against the average of all shown areas (the
/// municipality), with its top drivers in words.
class ProfileChart : public LinkedChart
{
    Q_OBJECT

public:
    explicit ProfileChart(QWidget* parent = nullptr);
    /// The bars' categories and values (area, average), for the selected area.
    struct Bar
    {
        QString label;
        double area = 0.0;
        double average = 0.0;
    };
    const std::vector<Bar>& bars() const { return mBars; }
    QString driversText() const;

protected:
    void rebuild() override;
    void showSelection() override;

private:
    QLabel* mHeading;
    QLabel* mDrivers;
    std::vector<Bar> mBars;
};

} // namespace bib::app
