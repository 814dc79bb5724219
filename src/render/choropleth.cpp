// SPDX-License-Identifier: GPL-3.0-or-later
#include "choropleth.h"

#include "model/areaset.h"

#include <cmath>

namespace bib::render {

Choropleth::Choropleth(const core::Column& column, const ChoroplethStyle& style,
                       const RampCatalogue& catalogue)
    : mColumnName(column.name), mStyle(style), mNoDataFill(catalogue.noDataFill()),
      mNoDataHatch(catalogue.noDataHatch())
{
    mClassification = Classifier::create(style.method)->classify(column.values, style.classCount);
    mColours = catalogue.rampOrDefault(style.ramp).colours(mClassification.classCount());
}

int Choropleth::classOfRow(std::size_t row) const
{
    const auto& classes = mClassification.classOfValue;
    return row < classes.size() ? classes[row] : -1;
}

QColor Choropleth::fillOfRow(std::size_t row) const
{
    const int c = classOfRow(row);
    return c < 0 ? mNoDataFill : mColours[static_cast<std::size_t>(c)];
}

int Choropleth::legendDecimals() const
{
    const auto& breaks = mClassification.breaks;
    if (breaks.size() < 2)
        return 0;
    // A class about 5 wide reads well with one decimal, about 0.5 wide with two.
    const double width = (breaks.back() - breaks.front()) / static_cast<double>(breaks.size() - 1);
    int decimals = 0;
    while (decimals < 3 && width > 0.0 && width < 10.0 * std::pow(10.0, -decimals))
        ++decimals;
    const auto distinct = [&](int d) {
        const double factor = std::pow(10.0, d);
        for (std::size_t i = 1; i < breaks.size(); ++i) {
            if (breaks[i] > breaks[i - 1] &&
                std::round(breaks[i] * factor) <= std::round(breaks[i - 1] * factor))
                return false;
        }
        return true;
    };
    while (decimals < 3 && !distinct(decimals))
        ++decimals;
    return decimals;
}

std::vector<LegendEntry> Choropleth::legend(const QLocale& locale) const
{
    std::vector<LegendEntry> entries;
    const int decimals = legendDecimals();
    const auto& breaks = mClassification.breaks;
    const auto number = [&](double v) { return locale.toString(v, 'f', decimals); };
    for (int c = 0; c < mClassification.classCount(); ++c) {
        const auto i = static_cast<std::size_t>(c);
        LegendEntry entry;
        entry.colour = mColours[i];
        entry.label = breaks[i] == breaks[i + 1]
                          ? number(breaks[i])
                          : number(breaks[i]) + QStringLiteral(" \u2013 ") + number(breaks[i + 1]);
        entry.count = mClassification.counts[i];
        entries.push_back(entry);
    }
    if (mClassification.noDataCount > 0)
        entries.push_back({mNoDataFill, tr("no data"), mClassification.noDataCount, true});
    return entries;
}

} // namespace bib::render
