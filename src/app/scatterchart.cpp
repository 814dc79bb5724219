// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartviews.h"

#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bib::app {

namespace {

/// Range of the finite values with 5% air; [0, 1] without any.
std::pair<double, double> paddedRange(const std::vector<double>& values)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (double v : values)
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    if (!(low <= high))
        return {0.0, 1.0};
    const double air = high > low ? (high - low) * 0.05 : 0.5;
    return {low - air, high + air};
}

} // namespace

ScatterChart::ScatterChart(QWidget* parent) : LinkedChart(parent), mX(new QComboBox), mY(new QComboBox)
{
    setObjectName(QStringLiteral("scatterChart"));
    mX->setObjectName(QStringLiteral("scatterX"));
    mY->setObjectName(QStringLiteral("scatterY"));
    auto* choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Horizontal:")));
    choice->addWidget(mX, 1);
    choice->addWidget(new QLabel(tr("Vertical:")));
    choice->addWidget(mY, 1);
    static_cast<QVBoxLayout*>(layout())->insertLayout(0, choice);
    for (QComboBox* box : {mX, mY})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { LinkedChart::setData(mData); });
}

void ScatterChart::setData(const ChartData& chartData)
{
    // Keep the chosen columns where the new areas have them.
    const QString x = mX->currentText();
    const QString y = mY->currentText();
    {
        const QSignalBlocker blockX(mX);
        const QSignalBlocker blockY(mY);
        mX->clear();
        mY->clear();
        if (chartData.areas)
            for (const core::Column& column : chartData.areas->columns()) {
                mX->addItem(QString::fromStdString(column.name));
                mY->addItem(QString::fromStdString(column.name));
            }
        // A recipe's first two indicators, else the first two columns.
        const bool recipe = chartData.recipe && chartData.recipe->indicators.size() >= 2;
        const QString firstX =
            recipe ? QString::fromStdString(chartData.recipe->indicators[0].field) : mX->itemText(0);
        const QString firstY =
            recipe ? QString::fromStdString(chartData.recipe->indicators[1].field) : mY->itemText(1);
        mX->setCurrentIndex(std::max(0, mX->findText(mX->findText(x) >= 0 ? x : firstX)));
        mY->setCurrentIndex(std::max(0, mY->findText(mY->findText(y) >= 0 ? y : firstY)));
    }
    LinkedChart::setData(chartData);
}

void ScatterChart::setColumns(const std::string& x, const std::string& y)
{
    const QSignalBlocker blockX(mX);
    const QSignalBlocker blockY(mY);
    mX->setCurrentIndex(mX->findText(QString::fromStdString(x)));
    mY->setCurrentIndex(mY->findText(QString::fromStdString(y)));
    LinkedChart::setData(mData);
}

std::string ScatterChart::xColumn() const
{
    return mX->currentText().toStdString();
}

std::string ScatterChart::yColumn() const
{
    return mY->currentText().toStdString();
}

void ScatterChart::rebuild()
{
    mRowOfPoint.clear();
    mPoints = nullptr;
    mSelected = nullptr;
    const core::Column* x = mData.areas ? mData.areas->column(xColumn()) : nullptr;
    const core::Column* y = mData.areas ? mData.areas->column(yColumn()) : nullptr;
    if (!x || !y)
        return;
    QList<QPointF> points;
    for (std::size_t row = 0; row < x->values.size(); ++row)
        if (std::isfinite(x->values[row]) && std::isfinite(y->values[row])) {
            points.append(QPointF(x->values[row], y->values[row]));
            mRowOfPoint.push_back(static_cast<int>(row));
        }
    mPoints = new QScatterSeries;
    mPoints->setMarkerSize(7);
    mPoints->setColor(QColor(0x4a, 0x6f, 0x94));
    mPoints->setBorderColor(Qt::white);
    mPoints->replace(points);
    mSelected = new QScatterSeries;
    mSelected->setMarkerSize(14);
    mSelected->setColor(QColor(0xd7, 0x19, 0x1c));
    chart()->addSeries(mPoints);
    chart()->addSeries(mSelected);
    auto* axisX = new QValueAxis;
    auto* axisY = new QValueAxis;
    const auto [x0, x1] = paddedRange(x->values);
    const auto [y0, y1] = paddedRange(y->values);
    axisX->setRange(x0, x1);
    axisY->setRange(y0, y1);
    axisX->setTitleText(QString::fromStdString(x->name));
    axisY->setTitleText(QString::fromStdString(y->name));
    chart()->addAxis(axisX, Qt::AlignBottom);
    chart()->addAxis(axisY, Qt::AlignLeft);
    for (QScatterSeries* series : {mPoints, mSelected}) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    connect(mPoints, &QScatterSeries::clicked, this, &ScatterChart::pick);
}

void ScatterChart::showSelection()
{
    if (!mSelected)
        return;
    QList<QPointF> points;
    for (int row : mSelectedRows) {
        const double x = valueAt(xColumn(), row);
        const double y = valueAt(yColumn(), row);
        if (std::isfinite(x) && std::isfinite(y))
            points.append(QPointF(x, y));
    }
    mSelected->replace(points);
}

std::vector<QPointF> ScatterChart::highlightedPoints() const
{
    if (!mSelected)
        return {};
    const QList<QPointF> points = mSelected->points();
    return {points.begin(), points.end()};
}

void ScatterChart::pick(const QPointF& point)
{
    // The clicked point is one of the series' points: find its row (nearest, for safety).
    const QList<QPointF> points = mPoints->points();
    int nearest = -1;
    double distance = std::numeric_limits<double>::infinity();
    for (int i = 0; i < points.size(); ++i) {
        const double d = std::hypot(points[i].x() - point.x(), points[i].y() - point.y());
        if (d < distance) {
            distance = d;
            nearest = i;
        }
    }
    if (nearest < 0)
        return;
    const int row = mRowOfPoint[static_cast<std::size_t>(nearest)];
    setSelectedRow(row);
    emit areaSelected(row);
}

} // namespace bib::app
