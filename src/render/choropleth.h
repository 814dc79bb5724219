// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "colorramp.h"
#include "index/classification.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace bib::core {
struct Column;
}

namespace bib::render {

/// How one numeric column is turned into colours.
struct ChoroplethStyle
{
    /// Recipe key of the core's classification method: quantile, equal-interval, jenks, stddev,
    /// headtail or manual (see core::classificationMethodKeys()).
    std::string method = "quantile";
    int classCount = 5;               ///< asked for (clamped to 2…12); the data may give fewer
    std::vector<double> manualBreaks; ///< interior cut points, used (and required) only for "manual"
    QString ramp = QStringLiteral("YlOrRd");

    bool operator==(const ChoroplethStyle&) const = default;
};

/// One line of a map legend.
struct LegendEntry
{
    QColor colour;
    QString label;         ///< "1,25 – 3,40" (the core's class label), or "geen gegevens"
    std::size_t count = 0; ///< areas in the class
    bool noData = false;   ///< drawn hatched
    bool withheld = false; ///< withheld by the disclosure rules ("onderdrukt"): drawn cross-hatched
};

/// Decimals for legend labels, chosen from the spread of the finite `values`: 0 when they are all
/// whole numbers (counts), otherwise by their range — ≥ 1000: 0, ≥ 10: 1 (percentages 0…100),
/// ≥ 1: 2 (a z-score index around −1…4), below 1 one more per factor ten (0.5 wide: 3). Then more
/// decimals, up to 6, while two different neighbouring `breaks` would print the same.
int legendDecimals(std::span<const double> values, const std::vector<double>& breaks);

/// The language of legend labels for a locale: Dutch for Dutch locales, English otherwise.
core::Language legendLanguage(const QLocale& locale);

/// The classified, coloured picture of one column: which colour every area gets and what the
/// legend lists. The classes come from the core's classification family
/// (core::createClassificationMethod); this class only adds colours and legend lines. Missing
/// values (NaN) get the ramp catalogue's no-data colour.
class Choropleth
{
    Q_DECLARE_TR_FUNCTIONS(bib::render::Choropleth)

public:
    Choropleth() = default;
    /// Throws core::InputError for an unknown method, or "manual" without breaks.
    Choropleth(const core::Column& column, const ChoroplethStyle& style,
               const RampCatalogue& catalogue = RampCatalogue::builtIn());

    const std::string& columnName() const { return mColumnName; }
    const ChoroplethStyle& style() const { return mStyle; }
    const core::ClassificationResult& classification() const { return mClassification; }
    const std::vector<QColor>& classColours() const { return mColours; }
    QColor noDataFill() const { return mNoDataFill; }
    QColor noDataHatch() const { return mNoDataHatch; }
    /// Decimals of the legend labels (see legendDecimals()).
    int labelDecimals() const { return mDecimals; }

    /// Class of an area row, -1 for no data (also for rows beyond the column).
    int classOfRow(std::size_t row) const;
    /// Fill colour of an area row; the no-data fill for missing values.
    QColor fillOfRow(std::size_t row) const;

    /// Legend lines, lowest class first, then the core's no-data label when any value is missing.
    std::vector<LegendEntry> legend(core::Language language) const;

    /// Translated name of a classification method key, e.g. "quantiles" for "quantile"; the key
    /// itself when unknown.
    static QString methodName(const std::string& key);

private:
    std::string mColumnName;
    ChoroplethStyle mStyle;
    core::ClassificationResult mClassification;
    int mDecimals = 0;
    std::vector<QColor> mColours;
    QColor mNoDataFill{0xe6, 0xe6, 0xe6};
    QColor mNoDataHatch{0x9a, 0x9a, 0x9a};
};

} // namespace bib::render
