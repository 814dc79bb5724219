// SPDX-License-Identifier: GPL-3.0-or-later
// The ranking (top areas with rank intervals) and the area profile ("totaalbeeld").
#include "chartviews.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bib::app {

namespace {

double finiteMean(const std::vector<double>& values)
{
    double sum = 0.0;
    std::size_t count = 0;
    for (double v : values)
        if (std::isfinite(v)) {
            sum += v;
            ++count;
        }
    return count ? sum / static_cast<double>(count) : std::nan("");
}

} // namespace

RankingChart::RankingChart(QWidget* parent) : LinkedChart(parent)
{
    setObjectName(QStringLiteral("rankingChart"));
}

void RankingChart::rebuild()
{
    mRows.clear();
    mSeries = nullptr;
    const core::Column* rank = mData.areas ? mData.areas->column("rank") : nullptr;
    chart()->setTitle(rank ? tr("Top %1 by rank").arg(kTop) : tr("Ranking: open a recipe"));
    if (!rank)
        return;
    std::vector<int> rows;
    for (std::size_t row = 0; row < rank->values.size(); ++row)
        if (std::isfinite(rank->values[row]))
            rows.push_back(static_cast<int>(row));
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return rank->values[static_cast<std::size_t>(a)] < rank->values[static_cast<std::size_t>(b)];
    });
    rows.resize(std::min<std::size_t>(rows.size(), kTop));
    mRows = rows;
    const core::Column* low = mData.areas->column("rank_p05");
    const core::Column* high = mData.areas->column("rank_p95");
    mIntervals = low && high;

    mSeries = new QBoxPlotSeries;
    QStringList names;
    double worst = 1.0;
    for (int row : mRows) {
        const auto r = static_cast<std::size_t>(row);
        const double nominal = rank->values[r];
        const double from = mIntervals && std::isfinite(low->values[r]) ? low->values[r] : nominal;
        const double to = mIntervals && std::isfinite(high->values[r]) ? high->values[r] : nominal;
        const QString name = QString::fromStdString(mData.areas->name(r));
        auto* box = new QBoxSet(from, nominal, nominal, nominal, to, name);
        box->setBrush(QColor(0x4a, 0x6f, 0x94));
        mSeries->append(box);
        names << name;
        worst = std::max(worst, to);
    }
    chart()->addSeries(mSeries);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(names);
    axisX->setLabelsAngle(-90);
    axisX->setTruncateLabels(false);
    auto* axisY = new QValueAxis;
    axisY->setReverse(true); // rank 1 on top
    axisY->setRange(0.5, worst + 0.5);
    axisY->setTitleText(mIntervals ? tr("rank (whiskers: 5–95% of the draws)") : tr("rank"));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    // Ticks on whole ranks: 1, then every few.
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(1.0);
    axisY->setTickInterval(std::max(1.0, std::round(worst / 8.0)));
    chart()->addAxis(axisX, Qt::AlignBottom);
    chart()->addAxis(axisY, Qt::AlignLeft);
    mSeries->attachAxis(axisX);
    mSeries->attachAxis(axisY);
    connect(mSeries, &QBoxPlotSeries::clicked, this, [this](QBoxSet* box) {
        const int index = static_cast<int>(mSeries->boxSets().indexOf(box));
        if (index >= 0 && static_cast<std::size_t>(index) < mRows.size()) {
            setSelectedRow(mRows[static_cast<std::size_t>(index)]);
            emit areaSelected(mRows[static_cast<std::size_t>(index)]);
        }
    });
}

void RankingChart::showSelection()
{
    if (!mSeries)
        return;
    const QList<QBoxSet*> boxes = mSeries->boxSets();
    for (std::size_t i = 0; i < mRows.size() && i < static_cast<std::size_t>(boxes.size()); ++i)
        boxes[static_cast<qsizetype>(i)]->setBrush(
            mSelectedRows.contains(mRows[i]) ? QColor(0xd7, 0x19, 0x1c) : QColor(0x4a, 0x6f, 0x94));
}

ProfileChart::ProfileChart(QWidget* parent) : LinkedChart(parent), mHeading(new QLabel), mDrivers(new QLabel)
{
    setObjectName(QStringLiteral("profileChart"));
    mDrivers->setObjectName(QStringLiteral("profileDrivers"));
    mDrivers->setWordWrap(true);
    mHeading->setTextFormat(Qt::PlainText);
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(0, mHeading);
    box->addWidget(mDrivers);
    chart()->legend()->show();
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

QString ProfileChart::driversText() const
{
    return mDrivers->text();
}

QString ProfileChart::headingText() const
{
    return mHeading->text();
}

QStringList ProfileChart::seriesNames() const
{
    QStringList names;
    for (QAbstractSeries* series : chart()->series())
        if (auto* bars = qobject_cast<QHorizontalBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                names << set->label();
    return names;
}

void ProfileChart::rebuild()
{
    // The reference figures depend on the recipe only; they are placed on the areas' scale here,
    // once per new data, not per selection.
    mReferenceScores.clear();
    if (!mData.areas || !mData.recipe || !mData.reference)
        return;
    for (const core::IndicatorSpec& indicator : mData.recipe->indicators) {
        const bool rate = indicator.transform.kind == core::TransformKind::Per1000;
        if (!mData.areas->column(indicator.field) ||
            (rate && !mData.areas->column(indicator.transform.denominator)))
            return; // areas without the raw fields: no scale to place the reference on
    }
    const std::vector<double> figures = core::referenceTableFigures(*mData.reference, *mData.recipe);
    core::SilentFeedback quiet;
    const core::PreparedIndex prepared = core::prepareIndex(*mData.areas, *mData.recipe, quiet);
    for (std::size_t i = 0; i < figures.size() && i < prepared.indicators.size(); ++i)
        mReferenceScores.push_back(core::scoreOnIndexScale(prepared.indicators[i], figures[i]));
}

std::vector<int> ProfileChart::shownRows() const
{
    std::vector<int> rows;
    for (int row : mSelectedRows)
        if (row >= 0 && static_cast<std::size_t>(row) < mData.areas->size())
            rows.push_back(row);
    return rows;
}

void ProfileChart::addBars(const std::vector<int>& rows)
{
    // Domains first, then the indicators: all on the normalised scale, after direction.
    auto addBar = [&](const std::string& column, const QString& label, double reference) {
        const core::Column* values = mData.areas->column(column);
        if (!values)
            return;
        std::vector<double> selected;
        for (int row : rows)
            selected.push_back(values->values[static_cast<std::size_t>(row)]);
        mBars.push_back({label, finiteMean(selected), finiteMean(values->values), reference});
    };
    const double none = std::numeric_limits<double>::quiet_NaN();
    for (const core::DomainSpec& domain : mData.recipe->domains)
        addBar("d_" + domain.name, tr("domain %1").arg(QString::fromStdString(domain.name)), none);
    const auto& indicators = mData.recipe->indicators;
    for (std::size_t i = 0; i < indicators.size(); ++i)
        addBar(
            "n_" + indicators[i].field,
            QString::fromStdString(indicators[i].label.empty() ? indicators[i].field : indicators[i].label),
            i < mReferenceScores.size() ? mReferenceScores[i] : none);
}

void ProfileChart::buildSeries()
{
    const bool several = mSelectedRows.size() > 1;
    auto* area = new QBarSet(several ? tr("mean of the selected areas") : tr("this area"));
    auto* average = new QBarSet(tr("average of all areas"));
    area->setColor(QColor(0xd7, 0x19, 0x1c));
    average->setColor(QColor(0x9e, 0xb3, 0xc8));
    QBarSet* reference = nullptr;
    if (!mReferenceScores.empty()) {
        reference = new QBarSet(QString::fromStdString(mData.recipe->reference->label));
        reference->setColor(QColor(0x8c, 0x6d, 0x31));
    }
    QStringList labels;
    double extreme = 0.5;
    // Horizontal bars run bottom-up: reversed, so the first bar is on top.
    for (auto bar = mBars.rbegin(); bar != mBars.rend(); ++bar) {
        area->append(std::isfinite(bar->area) ? bar->area : 0.0);
        average->append(std::isfinite(bar->average) ? bar->average : 0.0);
        if (reference)
            reference->append(std::isfinite(bar->reference) ? bar->reference : 0.0);
        labels << bar->label;
        for (double v : {bar->area, bar->average, reference ? bar->reference : 0.0})
            if (std::isfinite(v))
                extreme = std::max(extreme, std::abs(v));
    }
    auto* series = new QHorizontalBarSeries;
    if (reference)
        series->append(reference);
    series->append(average);
    series->append(area);
    chart()->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(labels);
    axisY->setTruncateLabels(false);
    auto* axisX = new QValueAxis;
    axisX->setRange(-extreme * 1.1, extreme * 1.1);
    axisX->setTitleText(tr("normalised score (higher = more attention)"));
    chart()->addAxis(axisY, Qt::AlignLeft);
    chart()->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
}

void ProfileChart::showSelection()
{
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    mBars.clear();
    mDrivers->clear();
    const std::vector<int> rows = mData.areas && mData.recipe ? shownRows() : std::vector<int>{};
    if (rows.empty()) {
        mHeading->setText(tr("Select an area to see its profile."));
        return;
    }
    const auto first = static_cast<std::size_t>(rows.front());
    const auto all = static_cast<qulonglong>(mData.areas->size());
    if (rows.size() > 1)
        mHeading->setText(tr("Mean of the %1 selected areas against the average of all %2 areas")
                              .arg(static_cast<qulonglong>(rows.size()))
                              .arg(all));
    else
        mHeading->setText(tr("%1 (%2) against the average of all %3 areas")
                              .arg(QString::fromStdString(mData.areas->name(first)),
                                   QString::fromStdString(mData.areas->id(first)))
                              .arg(all));
    if (!mReferenceScores.empty())
        mHeading->setText(mHeading->text() + QLatin1Char('\n') +
                          tr("%1: its figure on the same scale (indicators only)")
                              .arg(QString::fromStdString(mData.recipe->reference->label)));
    addBars(rows);
    buildSeries();
    const core::TextColumn* drivers = mData.areas->textColumn("drivers");
    if (rows.size() > 1)
        mDrivers->setText(tr("Select one area to see what drives its index."));
    else if (drivers && !drivers->values[first].empty())
        mDrivers->setText(tr("Drivers: %1").arg(QString::fromStdString(drivers->values[first])));
}

} // namespace bib::app
