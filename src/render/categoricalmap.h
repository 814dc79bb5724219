// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choropleth.h"
#include "index/classification.h"

#include <QColor>
#include <QString>

#include <cstddef>
#include <string>
#include <vector>

namespace bib::core {
struct TextColumn;
}

namespace bib::render {

/// One class of a categorical map: the text value in the column, its fixed colour and its legend
/// label in both map languages.
struct Category
{
    std::string value; ///< as stored in the column, e.g. "HH" or "hot"
    QColor colour;
    QString labelDutch;
    QString labelEnglish;
};

/// A fixed set of classes with fixed colours, in legend order. An empty value is "no data"
/// (hatched), e.g. an area left out of a statistic because its value is missing.
struct CategoricalScheme
{
    std::string key; ///< "lisa" or "gi-star"
    std::vector<Category> categories;

    /// LISA clusters of local Moran (HH, LL, HL, LH, ns) in GeoDa's colours: HH red #d7191c,
    /// LL blue #2c7bb6, LH light blue #abd9e9, HL light red #f4a582, ns light grey #eeeeee.
    static const CategoricalScheme& lisaClusters();
    /// Getis–Ord hot/cold spots (hot, cold, ns): hot red, cold blue, ns light grey.
    static const CategoricalScheme& hotSpots();
    /// The scheme whose values cover every non-empty value of the column (LISA first; Gi* first
    /// for a column named gistar… or gi_…, since "ns" alone fits both), or nullptr:
    /// the column is then no class column that can be mapped. A column without any value has none.
    static const CategoricalScheme* forColumn(const core::TextColumn& column);
};

/// The picture of a text class column: each area in the colour of its category, with a legend of
/// the categories that occur (with counts) and a hatched "no data" line for empty values. Values
/// outside the scheme count as no data.
class CategoricalMap
{
public:
    CategoricalMap() = default;
    CategoricalMap(const core::TextColumn& column, const CategoricalScheme& scheme,
                   const RampCatalogue& catalogue = RampCatalogue::builtIn());

    const std::string& columnName() const { return mColumnName; }
    const CategoricalScheme& scheme() const { return mScheme; }
    /// Category index of an area row (into scheme().categories), -1 for no data.
    int categoryOfRow(std::size_t row) const;
    QColor fillOfRow(std::size_t row) const;
    /// Areas per category, in scheme order.
    const std::vector<std::size_t>& counts() const { return mCounts; }
    std::size_t noDataCount() const { return mNoDataCount; }
    QColor noDataHatch() const { return mNoDataHatch; }

    /// Legend lines: every category in scheme order with its count (0 included, as GeoDa lists
    /// them), then "geen gegevens" / "no data" when any area has no class.
    std::vector<LegendEntry> legend(core::Language language) const;

private:
    std::string mColumnName;
    CategoricalScheme mScheme;
    std::vector<int> mCategoryOfRow;
    std::vector<std::size_t> mCounts;
    std::size_t mNoDataCount = 0;
    QColor mNoDataFill{0xe6, 0xe6, 0xe6};
    QColor mNoDataHatch{0x9a, 0x9a, 0x9a};
};

} // namespace bib::render
