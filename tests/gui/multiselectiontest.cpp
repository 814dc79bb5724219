// SPDX-License-Identifier: GPL-3.0-or-later
// Several areas selected at once (shift-drag on the map, several rows in the table): the histogram
// marks all of them. Expected bins are worked out by hand in the comments.
#include "chartviews.h"
#include "guitestsupport.h"
#include "linkedviews.h"
#include "mainwindow.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QChart>
#include <QLineSeries>

#include <numeric>

using namespace bib;

namespace {

std::vector<double> oneTo(int n)
{
    std::vector<double> values(static_cast<std::size_t>(n));
    std::iota(values.begin(), values.end(), 1.0);
    return values;
}

int total(const std::vector<int>& counts)
{
    return std::accumulate(counts.begin(), counts.end(), 0);
}

/// The selected areas' lines of the histogram: solid, two points (the class breaks are dashed).
int markerLines(const app::HistogramChart& histogram)
{
    int lines = 0;
    for (QAbstractSeries* series : histogram.chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(series);
            line && line->count() == 2 && line->pen().style() == Qt::SolidLine)
            ++lines;
    return lines;
}

} // namespace

TEST(HistogramSelection, marksEverySelectedAreaInItsBin)
{
    app::HistogramChart histogram;
    histogram.setData({test::squares(oneTo(10)), std::nullopt});
    histogram.setColumn("waarde", {1.0, 5.0, 10.0});
    // 30 bins over [1, 10], width 0.3: value 1 → bin 0; 5 → (5 − 1) / 0.3 = 13.3 → bin 13;
    // 10 → bin 30, the last bin (29) holds the maximum.
    histogram.setSelectedRows({0, 4, 9});
    const std::vector<int>& selected = histogram.selectedBinCounts();
    ASSERT_EQ(selected.size(), 30u);
    EXPECT_EQ(selected[0], 1);
    EXPECT_EQ(selected[13], 1);
    EXPECT_EQ(selected[29], 1);
    EXPECT_EQ(total(selected), 3);
    EXPECT_EQ(histogram.markedValues(), (std::vector<double>{1.0, 5.0, 10.0}));
    EXPECT_EQ(markerLines(histogram), 3);

    // A new selection replaces the old one; none clears it.
    histogram.setSelectedRows({1});
    EXPECT_EQ(total(histogram.selectedBinCounts()), 1);
    EXPECT_EQ(markerLines(histogram), 1);
    histogram.setSelectedRows({});
    EXPECT_EQ(total(histogram.selectedBinCounts()), 0);
    EXPECT_EQ(markerLines(histogram), 0);
}

TEST(HistogramSelection, manySelectedAreasAreBarsWithoutLines)
{
    app::HistogramChart histogram;
    histogram.setData({test::squares(oneTo(20)), std::nullopt});
    histogram.setColumn("waarde", {1.0, 20.0});
    QList<int> rows;
    for (int row = 0; row < 13; ++row) // one more than kMarkedValues (12)
        rows << row;
    histogram.setSelectedRows(rows);
    EXPECT_EQ(total(histogram.selectedBinCounts()), 13);
    EXPECT_TRUE(histogram.markedValues().empty());
    EXPECT_EQ(markerLines(histogram), 0);
}

TEST(HistogramSelection, anAreaWithoutValueIsNotMarked)
{
    app::HistogramChart histogram;
    histogram.setData({test::squares({1.0, std::nan(""), 3.0}), std::nullopt});
    histogram.setColumn("waarde", {1.0, 3.0});
    histogram.setSelectedRows({0, 1});
    EXPECT_EQ(total(histogram.selectedBinCounts()), 1);
    EXPECT_EQ(histogram.markedValues(), (std::vector<double>{1.0}));
}

TEST(HistogramSelection, followsTheWindowsSelectionAndTheMappedColumn)
{
    app::MainWindow window;
    window.show();
    app::Workspace workspace;
    workspace.areas = test::squares(oneTo(10));
    workspace.areas->setColumn({"tweede", {10, 20, 30, 40, 50, 60, 70, 80, 90, 100}, {}});
    workspace.mappedColumn = "waarde";
    window.setWorkspace(std::move(workspace));
    window.selectAreas({1, 2, 3});
    app::HistogramChart* histogram = window.linkedViews()->histogram();
    EXPECT_EQ(histogram->markedValues(), (std::vector<double>{2.0, 3.0, 4.0}));
    // The scatter marks the same three, the time series (no events here) says so.
    EXPECT_EQ(window.linkedViews()->scatter()->highlightedPoints().size(), 3u);
    EXPECT_EQ(window.linkedViews()->timeSeries()->emptyText(), QStringLiteral("No events in the recipe"));
}
