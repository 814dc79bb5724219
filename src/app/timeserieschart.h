// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartviews.h"
#include "privacy/publishedresult.h"
#include "privacy/publishedseries.h"

#include <QString>

#include <optional>
#include <vector>

class QAbstractSeries;
class QComboBox;
class QDateTimeAxis;

namespace bib::app {

/// The events of the selected area over time ("Tijdreeks"), from the recipe's per-area series
/// (ChartData::eventSeries) as the recipe's disclosure rules let them out
/// (core::publishAreaSeries, with the window of the source's published columns for the area, as
/// the briefing does): the observed count per period, the peak detector's expected value and
/// upper threshold, the periods with an alarm marked, and the forecast mean with its 80 % and 95 %
/// bands. Without a recipe (Analysis → Analyse events on plain areas) the default disclosure rules
/// apply, with every period in the window. A withheld value is never drawn nor written: its line has a gap, a
/// withheld count or forecast mean is a grey "onderdrukt" column, and the tooltip says "onderdrukt". With
/// several events sources a list chooses one; with several areas selected the first is shown.
class TimeSeriesChart : public LinkedChart
{
    Q_OBJECT

public:
    explicit TimeSeriesChart(QWidget* parent = nullptr);

    void setData(const ChartData& data) override;
    /// Shows the events source with this index (recipe order); ignored when there is no such source.
    void setSource(int index);
    int source() const;
    /// The published series shown, or nothing (no events, no selection: see emptyText()).
    const std::optional<core::PublishedAreaSeries>& shown() const { return mShown; }
    /// The text shown instead of a chart ("No events in the recipe", "Select an area"), or empty.
    QString emptyText() const { return mEmptyText; }
    QString headingText() const;
    /// Tooltip of observed period `period` (0 = oldest) or, from periodCount() on, of forecast step
    /// period − periodCount(): the period, then each value or "onderdrukt".
    QString periodToolTip(int period) const;

protected:
    void rebuild() override;
    void showSelection() override;

private:
    const core::AreaEventSeries* currentSeries() const;
    /// The recipe's disclosure rules, or the default ones without a recipe.
    core::PrivacySpec privacy() const;
    void showEmpty(const QString& text);
    void buildChart();
    void addLine(const QString& name, const std::vector<double>& x, const core::PublishedLine& line,
                 const QPen& pen);
    void addBand(const QString& name, const std::vector<double>& x, const core::PublishedLine& low,
                 const core::PublishedLine& high, const QColor& colour);
    void addWithheldColumns(const std::vector<double>& x, const std::vector<bool>& withheld, double top);
    void attach(QAbstractSeries* series, bool inLegend);
    void showToolTipNear(const QPointF& value, bool state);
    QString periodName(const std::string& isoDate) const;

    QLabel* mHeading;
    QComboBox* mSources;
    QDateTimeAxis* mTime = nullptr;
    QValueAxis* mCount = nullptr;
    std::optional<core::PublishedAreaSeries> mShown;
    /// The areas' columns as published (for the rule that a published window total withholds the
    /// whole window), made on first need after new data.
    std::optional<core::PublishedResult> mPublished;
    std::vector<double> mPeriodX;   ///< milliseconds since the epoch of each shown period start
    std::vector<double> mForecastX; ///< and of each forecast step
    double mHalfPeriod = 0.0;       ///< half a period in milliseconds (withheld columns' half width)
    QString mEmptyText;
};

} // namespace bib::app
