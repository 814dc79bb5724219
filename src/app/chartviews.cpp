// SPDX-License-Identifier: GPL-3.0-or-later
// The linked charts' common base and the histogram.
#include "chartviews.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bib::app {

namespace {

/// The histogram's selection: dark navy, apart from the red end of the usual sequential ramps (the
/// bars wear the map's class colours) and, as solid lines, from the dashed class breaks.
const QColor kSelection(0x08, 0x30, 0x6b);

/// Removes every series and axis of a chart (the chart owns and deletes them).
void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

LinkedChart::LinkedChart(QWidget* parent) : QWidget(parent), mChart(new QChart), mView(new QChartView)
{
    mChart->setAnimationOptions(QChart::NoAnimation);
    mChart->setLocalizeNumbers(true); // decimal comma in the Dutch interface
    mChart->legend()->hide();
    mChart->setMargins(QMargins(4, 4, 4, 4));
    mView->setChart(mChart);
    mView->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mView, 1);
}

void LinkedChart::setData(const ChartData& chartData)
{
    mData = chartData;
    if (!mData.areas || mSelectedRow >= static_cast<int>(mData.areas->size())) {
        mSelectedRow = -1;
        mSelectedRows.clear();
    }
    clearChart(mChart);
    rebuild();
    showSelection();
}

void LinkedChart::setSelectedRow(int row)
{
    setSelectedRows(row < 0 ? QList<int>{} : QList<int>{row});
}

void LinkedChart::setSelectedRows(const QList<int>& rows)
{
    mSelectedRows = rows;
    mSelectedRow = rows.isEmpty() ? -1 : rows.front();
    showSelection();
}

double LinkedChart::valueAt(const std::string& column, int row) const
{
    const core::Column* values = mData.areas ? mData.areas->column(column) : nullptr;
    if (!values || row < 0 || static_cast<std::size_t>(row) >= values->values.size())
        return std::numeric_limits<double>::quiet_NaN();
    return values->values[static_cast<std::size_t>(row)];
}

HistogramChart::HistogramChart(QWidget* parent) : LinkedChart(parent)
{
    setObjectName(QStringLiteral("histogramChart"));
}

void HistogramChart::setColumn(const std::string& column, const std::vector<double>& breaks,
                               const std::vector<QColor>& colours)
{
    mColumn = column;
    mBreaks = breaks;
    mColours = colours;
    setData(mData);
}

void HistogramChart::rebuild()
{
    mCounts.assign(kBins, 0);
    mSelectedBars = nullptr;
    mSelectedLines.clear(); // the chart deleted them with its other series
    mX = nullptr;
    mY = nullptr;
    const core::Column* values = mData.areas ? mData.areas->column(mColumn) : nullptr;
    chart()->setTitle(values ? QString::fromStdString(mColumn) : tr("Histogram: map a numeric column"));
    if (!values)
        return;
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (double v : values->values)
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    if (!(low <= high))
        return;
    mLow = low;
    mWidth = high > low ? (high - low) / kBins : 1.0;
    const double width = mWidth;
    for (double v : values->values)
        if (std::isfinite(v))
            ++mCounts[static_cast<std::size_t>(binOf(v))];

    // The bins as stepped outlines filled down to zero, one per run of bins in the same class
    // (the class of the bin's middle), in the map's colour of that class.
    mX = new QValueAxis;
    mY = new QValueAxis;
    mX->setRange(low, low + kBins * width);
    mY->setRange(0, *std::max_element(mCounts.begin(), mCounts.end()) * 1.08 + 1);
    mY->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(mX, Qt::AlignBottom);
    chart()->addAxis(mY, Qt::AlignLeft);
    const auto classOf = [this](double value) {
        for (std::size_t i = 1; i < mBreaks.size(); ++i)
            if (value <= mBreaks[i])
                return static_cast<int>(i) - 1;
        return mBreaks.size() >= 2 ? static_cast<int>(mBreaks.size()) - 2 : -1;
    };
    for (int first = 0; first < kBins;) {
        const int cls = classOf(low + (first + 0.5) * width);
        int last = first;
        while (last + 1 < kBins && classOf(low + (last + 1.5) * width) == cls)
            ++last;
        auto* outline = new QLineSeries;
        for (int bin = first; bin <= last; ++bin) {
            const double x0 = low + bin * width;
            const double count = mCounts[static_cast<std::size_t>(bin)];
            outline->append(
                {QPointF(x0, 0.0), QPointF(x0, count), QPointF(x0 + width, count), QPointF(x0 + width, 0.0)});
        }
        auto* bars = new QAreaSeries(outline);
        const bool coloured = cls >= 0 && static_cast<std::size_t>(cls) < mColours.size();
        bars->setColor(coloured ? mColours[static_cast<std::size_t>(cls)] : QColor(0x9e, 0xb3, 0xc8));
        bars->setBorderColor(QColor(0x4a, 0x5d, 0x70));
        chart()->addSeries(bars);
        bars->attachAxis(mX);
        bars->attachAxis(mY);
        connect(bars, &QAreaSeries::clicked, this, &HistogramChart::pick);
        first = last + 1;
    }

    // Inner class breaks: the outer ones are the minimum and maximum.
    for (std::size_t i = 1; i + 1 < mBreaks.size(); ++i) {
        auto* line = new QLineSeries;
        line->append(mBreaks[i], 0.0);
        line->append(mBreaks[i], mY->max());
        line->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.5, Qt::DashLine));
        chart()->addSeries(line);
        line->attachAxis(mX);
        line->attachAxis(mY);
    }
}

int HistogramChart::binOf(double value) const
{
    return std::clamp(static_cast<int>((value - mLow) / mWidth), 0, kBins - 1);
}

void HistogramChart::showSelection()
{
    for (QLineSeries* line : std::as_const(mSelectedLines)) {
        chart()->removeSeries(line);
        delete line;
    }
    mSelectedLines.clear();
    if (mSelectedBars) {
        chart()->removeSeries(mSelectedBars);
        delete mSelectedBars;
        mSelectedBars = nullptr;
    }
    mSelectedCounts.assign(kBins, 0);
    mMarked.clear();
    if (!mX || !mY)
        return;
    for (int row : std::as_const(mSelectedRows)) {
        const double value = valueAt(mColumn, row);
        if (!std::isfinite(value))
            continue;
        ++mSelectedCounts[static_cast<std::size_t>(binOf(value))];
        mMarked.push_back(value);
    }
    QList<QPointF> outline;
    for (int bin = 0; bin < kBins; ++bin) {
        const double count = mSelectedCounts[static_cast<std::size_t>(bin)];
        if (count == 0)
            continue;
        const double x0 = mLow + bin * mWidth;
        outline.append(
            {QPointF(x0, 0.0), QPointF(x0, count), QPointF(x0 + mWidth, count), QPointF(x0 + mWidth, 0.0)});
    }
    if (!outline.isEmpty()) {
        // The selected areas' own bars over those of all areas, filled without an outline (the
        // outline would run along the axis between them).
        auto* upper = new QLineSeries;
        upper->replace(outline);
        mSelectedBars = new QAreaSeries(upper);
        mSelectedBars->setColor(QColor(kSelection.red(), kSelection.green(), kSelection.blue(), 170));
        mSelectedBars->setPen(Qt::NoPen);
        chart()->addSeries(mSelectedBars);
        mSelectedBars->attachAxis(mX);
        mSelectedBars->attachAxis(mY);
        connect(mSelectedBars, &QAreaSeries::clicked, this, &HistogramChart::pick);
    }
    if (mMarked.size() > static_cast<std::size_t>(kMarkedValues)) {
        mMarked.clear();
        return;
    }
    for (double value : mMarked) {
        auto* line = new QLineSeries;
        line->setPen(QPen(kSelection, 2.5));
        line->append({QPointF(value, 0.0), QPointF(value, mY->max())});
        chart()->addSeries(line);
        line->attachAxis(mX);
        line->attachAxis(mY);
        mSelectedLines.append(line);
    }
}

void HistogramChart::pick(const QPointF& point)
{
    const core::Column* values = mData.areas ? mData.areas->column(mColumn) : nullptr;
    if (!values)
        return;
    int nearest = -1;
    double distance = std::numeric_limits<double>::infinity();
    for (std::size_t row = 0; row < values->values.size(); ++row) {
        const double d = std::abs(values->values[row] - point.x());
        if (std::isfinite(d) && d < distance) {
            distance = d;
            nearest = static_cast<int>(row);
        }
    }
    if (nearest >= 0) {
        setSelectedRow(nearest);
        emit areaSelected(nearest);
    }
}

} // namespace bib::app
