// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classification.h"
#include "colorramp.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cstddef>
#include <string>
#include <vector>

namespace bib::core {
struct Column;
}

namespace bib::render {

/// How one numeric column is turned into colours.
struct ChoroplethStyle
{
    ClassificationMethod method = ClassificationMethod::Quantile;
    int classCount = 5; ///< asked for; ties may give fewer
    QString ramp = QStringLiteral("YlOrRd");
};

/// One line of a map legend.
struct LegendEntry
{
    QColor colour;
    QString label;         ///< "1,2 – 3,4" (locale's decimal separator), or "no data"
    std::size_t count = 0; ///< areas in the class
    bool noData = false;   ///< drawn hatched
};

/// The classified, coloured picture of one column: which colour every area gets and what the
/// legend lists. Missing values (NaN) get the ramp catalogue's no-data colour.
class Choropleth
{
    Q_DECLARE_TR_FUNCTIONS(bib::render::Choropleth)

public:
    Choropleth() = default;
    Choropleth(const core::Column& column, const ChoroplethStyle& style,
               const RampCatalogue& catalogue = RampCatalogue::builtIn());

    const std::string& columnName() const { return mColumnName; }
    const ChoroplethStyle& style() const { return mStyle; }
    const Classification& classification() const { return mClassification; }
    const std::vector<QColor>& classColours() const { return mColours; }
    QColor noDataFill() const { return mNoDataFill; }
    QColor noDataHatch() const { return mNoDataHatch; }

    /// Class of an area row, -1 for no data (also for rows beyond the column).
    int classOfRow(std::size_t row) const;
    /// Fill colour of an area row; the no-data fill for missing values.
    QColor fillOfRow(std::size_t row) const;

    /// Legend lines, lowest class first, then "no data" when any value is missing. Numbers are
    /// formatted in `locale` with as few decimals as keep neighbouring bounds distinct.
    std::vector<LegendEntry> legend(const QLocale& locale = QLocale()) const;
    /// Decimals used for the legend: enough to tell the bounds apart, at most 3.
    int legendDecimals() const;

private:
    std::string mColumnName;
    ChoroplethStyle mStyle;
    Classification mClassification;
    std::vector<QColor> mColours;
    QColor mNoDataFill{0xe6, 0xe6, 0xe6};
    QColor mNoDataHatch{0x9a, 0x9a, 0x9a};
};

} // namespace bib::render
