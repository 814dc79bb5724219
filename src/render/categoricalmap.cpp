// SPDX-License-Identifier: GPL-3.0-or-later
#include "categoricalmap.h"

#include "model/areaset.h"

#include <algorithm>

namespace bib::render {

namespace {

const QColor kNotSignificant(0xee, 0xee, 0xee);
const QColor kHigh(0xd7, 0x19, 0x1c);
const QColor kLow(0x2c, 0x7b, 0xb6);

bool covers(const CategoricalScheme& scheme, const core::TextColumn& column)
{
    bool any = false;
    for (const std::string& value : column.values) {
        if (value.empty())
            continue;
        any = true;
        const auto& categories = scheme.categories;
        if (std::none_of(categories.begin(), categories.end(),
                         [&](const Category& c) { return c.value == value; }))
            return false;
    }
    return any;
}

} // namespace

const CategoricalScheme& CategoricalScheme::lisaClusters()
{
    // GeoDa's LISA cluster map colours (Anselin, GeoDa workbook "Local Spatial Autocorrelation").
    static const CategoricalScheme scheme{
        "lisa",
        {{"HH", kHigh, QStringLiteral("Hoog-hoog (HH)"), QStringLiteral("High-high (HH)")},
         {"LL", kLow, QStringLiteral("Laag-laag (LL)"), QStringLiteral("Low-low (LL)")},
         {"HL", QColor(0xf4, 0xa5, 0x82), QStringLiteral("Hoog-laag (HL)"), QStringLiteral("High-low (HL)")},
         {"LH", QColor(0xab, 0xd9, 0xe9), QStringLiteral("Laag-hoog (LH)"), QStringLiteral("Low-high (LH)")},
         {"ns", kNotSignificant, QStringLiteral("niet significant"), QStringLiteral("not significant")}}};
    return scheme;
}

const CategoricalScheme& CategoricalScheme::hotSpots()
{
    static const CategoricalScheme scheme{
        "gi-star",
        {{"hot", kHigh, QStringLiteral("Hotspot"), QStringLiteral("Hot spot")},
         {"cold", kLow, QStringLiteral("Coldspot"), QStringLiteral("Cold spot")},
         {"ns", kNotSignificant, QStringLiteral("niet significant"), QStringLiteral("not significant")}}};
    return scheme;
}

const CategoricalScheme* CategoricalScheme::forColumn(const core::TextColumn& column)
{
    // Only "ns" fits both: the name decides, so an all-ns Gi* result keeps its own legend.
    const bool hotSpotName = column.name.rfind("gistar", 0) == 0 || column.name.rfind("gi_", 0) == 0;
    const CategoricalScheme* first = hotSpotName ? &hotSpots() : &lisaClusters();
    const CategoricalScheme* second = hotSpotName ? &lisaClusters() : &hotSpots();
    for (const CategoricalScheme* scheme : {first, second}) {
        if (covers(*scheme, column))
            return scheme;
    }
    return nullptr;
}

CategoricalMap::CategoricalMap(const core::TextColumn& column, const CategoricalScheme& scheme,
                               const RampCatalogue& catalogue)
    : mColumnName(column.name), mScheme(scheme), mCounts(scheme.categories.size(), 0),
      mNoDataFill(catalogue.noDataFill()), mNoDataHatch(catalogue.noDataHatch())
{
    mCategoryOfRow.reserve(column.values.size());
    for (const std::string& value : column.values) {
        const auto& categories = mScheme.categories;
        const auto found = std::find_if(categories.begin(), categories.end(),
                                        [&](const Category& c) { return c.value == value; });
        if (found == categories.end()) {
            mCategoryOfRow.push_back(-1);
            ++mNoDataCount;
            continue;
        }
        const auto index = static_cast<std::size_t>(found - categories.begin());
        mCategoryOfRow.push_back(static_cast<int>(index));
        ++mCounts[index];
    }
}

int CategoricalMap::categoryOfRow(std::size_t row) const
{
    return row < mCategoryOfRow.size() ? mCategoryOfRow[row] : -1;
}

QColor CategoricalMap::fillOfRow(std::size_t row) const
{
    const int c = categoryOfRow(row);
    return c < 0 ? mNoDataFill : mScheme.categories[static_cast<std::size_t>(c)].colour;
}

std::vector<LegendEntry> CategoricalMap::legend(core::Language language) const
{
    std::vector<LegendEntry> entries;
    for (std::size_t i = 0; i < mScheme.categories.size(); ++i) {
        const Category& category = mScheme.categories[i];
        entries.push_back({category.colour,
                           language == core::Language::Dutch ? category.labelDutch : category.labelEnglish,
                           mCounts[i], false});
    }
    if (mNoDataCount > 0)
        entries.push_back(
            {mNoDataFill, QString::fromStdString(core::noDataLabel(language)), mNoDataCount, true});
    return entries;
}

} // namespace bib::render
