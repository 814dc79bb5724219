// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/disclosure.h"

#include "io/areawriter.h"
#include "util/error.h"

#include <algorithm>
#include <cmath>

namespace bib::core {

namespace {

bool holdsValue(const AreaSet& areas, const std::string& column, std::size_t row)
{
    if (const Column* c = areas.column(column))
        return !std::isnan(c->values[row]);
    if (const TextColumn* t = areas.textColumn(column))
        return !t->values[row].empty();
    return false;
}

bool hasColumn(const AreaSet& areas, const std::string& name)
{
    return areas.column(name) || areas.textColumn(name);
}

/// Rule 1 and 2: counts below k, rates on a denominator below the minimum population.
void suppressInputs(const AreaSet& areas, const PrivacySpec& privacy, const DisclosureColumns& columns,
                    SuppressionMask& mask)
{
    for (const auto& field : columns.counts) {
        const Column* c = areas.column(field);
        if (!c)
            throw InputError("privacy.count_fields: '" + field +
                             "' is not a numeric column of the areas or their tables; correct the name so "
                             "its small counts can be withheld");
        for (std::size_t row = 0; row < areas.size(); ++row)
            if (!std::isnan(c->values[row]) && c->values[row] < privacy.minimumCount)
                mask.suppress(field, row, SuppressionReason::SmallCount);
    }
    for (const auto& rate : columns.rates) {
        const Column* denominator = areas.column(rate.denominator);
        if (!denominator || !areas.column(rate.field))
            continue;
        for (std::size_t row = 0; row < areas.size(); ++row)
            if (!std::isnan(denominator->values[row]) &&
                denominator->values[row] < privacy.minimumPopulation && holdsValue(areas, rate.field, row))
                mask.suppress(rate.field, row, SuppressionReason::SmallDenominator);
    }
}

/// Rule 4: the index columns of areas where a rate entering the index rests on too few people.
void suppressIndex(const AreaSet& areas, const PrivacySpec& privacy, const DisclosureColumns& columns,
                   SuppressionMask& mask)
{
    for (std::size_t row = 0; row < areas.size(); ++row) {
        bool small = false;
        for (const auto& rate : columns.rates) {
            const Column* denominator = areas.column(rate.denominator);
            small = small || (rate.entersIndex && denominator && !std::isnan(denominator->values[row]) &&
                              denominator->values[row] < privacy.minimumPopulation);
        }
        if (!small)
            continue;
        for (const auto& column : columns.indexColumns)
            if (hasColumn(areas, column) && holdsValue(areas, column, row))
                mask.suppress(column, row, SuppressionReason::SmallPopulationIndex);
        if (hasColumn(areas, columns.driversColumn) && holdsValue(areas, columns.driversColumn, row))
            mask.suppress(columns.driversColumn, row, SuppressionReason::SmallPopulationIndex);
    }
}

/// Rule 6: the index columns of an area where every indicator that enters the index and holds a
/// value is withheld: the index is then a function of withheld values alone (with one indicator
/// its order is theirs).
void suppressIndexOfWithheldInputs(const AreaSet& areas, const DisclosureColumns& columns,
                                   SuppressionMask& mask)
{
    for (std::size_t row = 0; row < areas.size(); ++row) {
        bool any = false;
        bool all = true;
        for (const auto& field : columns.indexInputs) {
            if (!areas.column(field) || !holdsValue(areas, field, row))
                continue;
            any = true;
            all = all && mask.isSuppressed(field, row);
        }
        if (!any || !all)
            continue;
        for (const auto& column : columns.indexColumns)
            if (hasColumn(areas, column) && holdsValue(areas, column, row))
                mask.suppress(column, row, SuppressionReason::IndexOfWithheldInputs);
        if (hasColumn(areas, columns.driversColumn) && holdsValue(areas, columns.driversColumn, row))
            mask.suppress(columns.driversColumn, row, SuppressionReason::IndexOfWithheldInputs);
    }
}

/// True when an indicator entering the index is a count or a rate: then rule 4 or 6 may withhold
/// the index columns, and they are protected.
bool indexMayBeWithheld(const DisclosureColumns& columns)
{
    if (!columns.rates.empty())
        return true;
    for (const auto& field : columns.indexInputs)
        if (std::find(columns.counts.begin(), columns.counts.end(), field) != columns.counts.end())
            return true;
    return false;
}

} // namespace

DisclosureColumns disclosureColumns(const Recipe& recipe)
{
    DisclosureColumns columns;
    for (const auto& indicator : recipe.indicators) {
        if (indicator.transform.kind != TransformKind::Per1000)
            continue;
        columns.rates.push_back({indicator.field, indicator.transform.denominator, indicator.weight > 0});
        columns.counts.push_back(indicator.field);
    }
    for (const auto& field : recipe.privacy.countFields)
        if (std::find(columns.counts.begin(), columns.counts.end(), field) == columns.counts.end())
            columns.counts.push_back(field);
    columns.indexColumns = {"index", "rank", "rank_median", "rank_p05", "rank_p95", "class"};
    for (const auto& domain : recipe.domains)
        columns.indexColumns.push_back("d_" + domain.name);
    columns.driversColumn = "drivers";
    for (const auto& indicator : recipe.indicators)
        if (indicator.weight > 0)
            columns.indexInputs.push_back(indicator.field);
    return columns;
}

std::string toString(SuppressionReason reason)
{
    switch (reason) {
    case SuppressionReason::SmallCount:
        return "count below the minimum";
    case SuppressionReason::SmallDenominator:
        return "rate on too few inhabitants";
    case SuppressionReason::DerivedFromWithheld:
        return "derived from a withheld value";
    case SuppressionReason::SmallPopulationIndex:
        return "index of an area with too few inhabitants";
    case SuppressionReason::IndexOfWithheldInputs:
        return "index of withheld values only";
    }
    return "withheld";
}

bool SuppressionMask::isSuppressed(const std::string& column, std::size_t row) const
{
    const auto it = mMask.find(column);
    return it != mMask.end() && row < it->second.size() && it->second[row];
}

std::map<std::pair<std::string, SuppressionReason>, std::size_t> SuppressionMask::tally() const
{
    std::map<std::pair<std::string, SuppressionReason>, std::size_t> counts;
    for (const auto& cell : mCells)
        ++counts[{cell.column, cell.reason}];
    return counts;
}

void SuppressionMask::protect(const std::string& column, std::size_t rows)
{
    if (mMask.emplace(column, std::vector<bool>(rows, false)).second)
        mProtected.push_back(column);
}

bool SuppressionMask::suppress(const std::string& column, std::size_t row, SuppressionReason reason)
{
    auto it = mMask.find(column);
    if (it == mMask.end() || row >= it->second.size())
        throw InternalError("SuppressionMask: column '" + column + "' is not protected");
    if (it->second[row])
        return false;
    it->second[row] = true;
    mCells.push_back({column, row, reason});
    return true;
}

SuppressionMask findSuppressions(const AreaSet& areas, const PrivacySpec& privacy,
                                 const DisclosureColumns& columns)
{
    SuppressionMask mask;
    const std::size_t n = areas.size();
    std::vector<std::string> inputs = columns.counts;
    for (const auto& rate : columns.rates)
        if (std::find(inputs.begin(), inputs.end(), rate.field) == inputs.end())
            inputs.push_back(rate.field);
    for (const auto& field : inputs)
        if (hasColumn(areas, field)) {
            mask.protect(field, n);
            for (const char* prefix : {"n_", "c_"})
                if (hasColumn(areas, prefix + field))
                    mask.protect(prefix + field, n);
        }
    if (indexMayBeWithheld(columns))
        for (const auto& column : columns.indexColumns)
            if (hasColumn(areas, column))
                mask.protect(column, n);
    if (!columns.driversColumn.empty() && hasColumn(areas, columns.driversColumn))
        mask.protect(columns.driversColumn, n);

    suppressInputs(areas, privacy, columns, mask);
    // Rule 3 and 5: what is computed from a withheld input. The inputs' cells are all in the list
    // before this loop, so iterating over a copy sees each of them once.
    const std::vector<SuppressedCell> withheldInputs = mask.cells();
    for (const auto& cell : withheldInputs) {
        for (const char* prefix : {"n_", "c_"})
            if (hasColumn(areas, prefix + cell.column) && holdsValue(areas, prefix + cell.column, cell.row))
                mask.suppress(prefix + cell.column, cell.row, SuppressionReason::DerivedFromWithheld);
    }
    suppressIndex(areas, privacy, columns, mask);
    if (indexMayBeWithheld(columns))
        suppressIndexOfWithheldInputs(areas, columns, mask);
    if (hasColumn(areas, columns.driversColumn))
        for (const auto& cell : withheldInputs)
            if (holdsValue(areas, columns.driversColumn, cell.row))
                mask.suppress(columns.driversColumn, cell.row, SuppressionReason::DerivedFromWithheld);
    return mask;
}

WithheldAreas withheldCopy(const AreaSet& areas, const SuppressionMask& mask,
                           const std::vector<std::string>& columns, SuppressedCellForm form)
{
    WithheldAreas out;
    AreaSet& copy = out.areas;
    for (std::size_t row = 0; row < areas.size(); ++row)
        copy.addArea(areas.id(row), areas.name(row), areas.shape(row));
    copy.idField = areas.idField;
    copy.nameField = areas.nameField;
    copy.crs = areas.crs;
    copy.source = areas.source;
    copy.layer = areas.layer;
    const auto& protectedColumns = mask.protectedColumns();
    for (const auto& name : columns) {
        const bool isProtected =
            std::find(protectedColumns.begin(), protectedColumns.end(), name) != protectedColumns.end();
        if (const TextColumn* text = areas.textColumn(name)) {
            TextColumn t = *text;
            for (std::size_t row = 0; row < t.values.size(); ++row)
                if (mask.isSuppressed(name, row))
                    t.values[row] = suppressedText;
            copy.setTextColumn(std::move(t));
            out.columns.push_back(name);
            continue;
        }
        const Column* number = areas.column(name);
        if (!number)
            throw InternalError("withheldCopy: no column '" + name + "'");
        if (isProtected && form == SuppressedCellForm::TextInCell) {
            TextColumn t{name, std::vector<std::string>(areas.size()), number->provenance};
            for (std::size_t row = 0; row < t.values.size(); ++row)
                t.values[row] = mask.isSuppressed(name, row) ? std::string(suppressedText)
                                                             : formatNumber(number->values[row]);
            copy.setTextColumn(std::move(t));
            out.columns.push_back(name);
            continue;
        }
        Column c = *number;
        TextColumn status{name + "_status", std::vector<std::string>(areas.size()), number->provenance};
        for (std::size_t row = 0; row < c.values.size(); ++row)
            if (mask.isSuppressed(name, row)) {
                c.values[row] = std::nan("");
                status.values[row] = suppressedText;
            }
        copy.setColumn(std::move(c));
        out.columns.push_back(name);
        if (isProtected) {
            copy.setTextColumn(std::move(status));
            out.columns.push_back(name + "_status");
        }
    }
    return out;
}

} // namespace bib::core
