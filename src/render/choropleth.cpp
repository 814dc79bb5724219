// SPDX-License-Identifier: GPL-3.0-or-later
#include "choropleth.h"

#include "model/areaset.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bib::render {

namespace {

constexpr int kMaximumLegendDecimals = 6;

int decimalsForRange(std::span<const double> values)
{
    double minimum = std::numeric_limits<double>::infinity();
    double maximum = -minimum;
    bool whole = true;
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        minimum = std::min(minimum, v);
        maximum = std::max(maximum, v);
        whole = whole && v == std::round(v);
    }
    const double range = maximum - minimum;
    if (whole || !(range > 0.0))
        return 0;
    if (range >= 1000.0)
        return 0;
    if (range >= 10.0)
        return 1;
    if (range >= 1.0)
        return 2;
    // 0.5 wide: 3 decimals, 0.05 wide: 4.
    return std::min(kMaximumLegendDecimals, 2 + static_cast<int>(std::ceil(-std::log10(range))));
}

bool breaksReadApart(const std::vector<double>& breaks, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    for (std::size_t i = 1; i < breaks.size(); ++i) {
        if (breaks[i] > breaks[i - 1] && std::round(breaks[i] * factor) <= std::round(breaks[i - 1] * factor))
            return false;
    }
    return true;
}

} // namespace

int legendDecimals(std::span<const double> values, const std::vector<double>& breaks)
{
    int decimals = decimalsForRange(values);
    while (decimals < kMaximumLegendDecimals && !breaksReadApart(breaks, decimals))
        ++decimals;
    return decimals;
}

core::Language legendLanguage(const QLocale& locale)
{
    return locale.language() == QLocale::Dutch ? core::Language::Dutch : core::Language::English;
}

Choropleth::Choropleth(const core::Column& column, const ChoroplethStyle& style,
                       const RampCatalogue& catalogue)
    : mColumnName(column.name), mStyle(style), mNoDataFill(catalogue.noDataFill()),
      mNoDataHatch(catalogue.noDataHatch())
{
    const bool manual = style.method == "manual";
    const auto method =
        core::createClassificationMethod(style.method, manual ? style.manualBreaks : std::vector<double>{});
    // Decimals from the data's range first, so the core labels right in one pass; breaks that
    // would print alike (rare) then need more, and are relabelled with the core's formatter.
    mDecimals = legendDecimals(column.values, {});
    method->setLabelDecimals(mDecimals);
    const int classCount = std::clamp(style.classCount, core::ClassificationMethod::minimumClassCount,
                                      core::ClassificationMethod::maximumClassCount);
    mClassification = method->classes(column.values, classCount);
    const int decimals = legendDecimals(column.values, mClassification.breaks);
    if (decimals != mDecimals) {
        mDecimals = decimals;
        mClassification.labelsDutch.clear();
        mClassification.labelsEnglish.clear();
        const auto& breaks = mClassification.breaks;
        for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
            mClassification.labelsDutch.push_back(
                core::formatClassLabel(breaks[i], breaks[i + 1], decimals, core::Language::Dutch));
            mClassification.labelsEnglish.push_back(
                core::formatClassLabel(breaks[i], breaks[i + 1], decimals, core::Language::English));
        }
    }
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

std::vector<LegendEntry> Choropleth::legend(core::Language language) const
{
    const auto& labels =
        language == core::Language::Dutch ? mClassification.labelsDutch : mClassification.labelsEnglish;
    std::vector<LegendEntry> entries;
    for (std::size_t i = 0; i < labels.size(); ++i)
        entries.push_back({mColours[i], QString::fromStdString(labels[i]), mClassification.counts[i], false});
    if (mClassification.noDataCount > 0)
        entries.push_back({mNoDataFill, QString::fromStdString(core::noDataLabel(language)),
                           mClassification.noDataCount, true});
    return entries;
}

QString Choropleth::methodName(const std::string& key)
{
    if (key == "quantile")
        return tr("quantiles");
    if (key == "equal-interval")
        return tr("equal intervals");
    if (key == "jenks")
        return tr("natural breaks (Jenks)");
    if (key == "stddev")
        return tr("standard deviations");
    if (key == "headtail")
        return tr("head/tail breaks");
    if (key == "manual")
        return tr("manual breaks");
    return QString::fromStdString(key);
}

} // namespace bib::render
