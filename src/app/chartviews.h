// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "index/referencefigures.h"
#include "model/areaset.h"
#include "temporal/areaseries.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <limits>
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
/// recipe, its indicators (labels) and domains, and its reference table when it has one (read on
/// the worker that loaded the recipe).
struct ChartData
{
    std::shared_ptr<const core::AreaSet> areas;
    std::optional<core::Recipe> recipe;
    std::shared_ptr<const core::ReferenceTable> reference{}; ///< {}: callers may leave it out
    /// The recipe's per-area event series, one per events source (Workspace::eventSeries); {}: none.
    std::shared_ptr<const std::vector<core::AreaEventSeries>> eventSeries{};
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
/// breaks as vertical lines. The selected areas are marked in dark blue: their own bars (how many of the
/// selected areas fall in each bin) over the bars of all areas, and, for up to kMarkedValues
/// selected areas, a vertical line at each one's value. A click selects the area whose value is
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
    /// Selected areas per bin (all zero without a selection).
    const std::vector<int>& selectedBinCounts() const { return mSelectedCounts; }
    /// The values marked by a line: those of the selected areas that have one, in selection order;
    /// none when more than kMarkedValues areas are selected (their bars show them).
    const std::vector<double>& markedValues() const { return mMarked; }
    static constexpr int kMarkedValues = 12;

protected:
    void rebuild() override;
    void showSelection() override;

private:
    void pick(const QPointF& point);
    int binOf(double value) const;

    std::string mColumn;
    std::vector<double> mBreaks;
    std::vector<QColor> mColours;
    std::vector<int> mCounts;
    std::vector<int> mSelectedCounts;
    std::vector<double> mMarked;
    double mLow = 0.0;
    double mWidth = 1.0;
    QAreaSeries* mSelectedBars = nullptr;
    QList<QLineSeries*> mSelectedLines;
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
/// municipality), with its top drivers in words. With a recipe reference (the Netherlands) each
/// indicator gets a third bar: the reference figure (core::referenceTableFigures, the rule of the
/// briefing's municipal figure) placed on the same scale (core::scoreOnIndexScale); domains have
/// none. With several areas selected the bars show the mean of the selected areas' scores, and
/// the heading says so.
class ProfileChart : public LinkedChart
{
    Q_OBJECT

public:
    explicit ProfileChart(QWidget* parent = nullptr);
    /// The bars' categories and values (area, average, reference), for the selection.
    struct Bar
    {
        QString label;
        double area = 0.0;    ///< the selected area's score, or the selected areas' mean
        double average = 0.0; ///< mean over all shown areas
        double reference = std::numeric_limits<double>::quiet_NaN(); ///< NaN: no reference figure
    };
    const std::vector<Bar>& bars() const { return mBars; }
    QString driversText() const;
    QString headingText() const;
    /// The legend's names of the bar sets, top to bottom as the legend lists them.
    QStringList seriesNames() const;

protected:
    void rebuild() override;
    void showSelection() override;

private:
    std::vector<int> shownRows() const;
    void addBars(const std::vector<int>& rows);
    void buildSeries();

    QLabel* mHeading;
    QLabel* mDrivers;
    std::vector<Bar> mBars;
    std::vector<double> mReferenceScores; ///< per recipe indicator; empty without a reference
};

} // namespace bib::app
