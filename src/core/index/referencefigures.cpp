// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/referencefigures.h"

#include "io/table.h"
#include "privacy/disclosure.h"
#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <unordered_map>

namespace bib::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The names of the columns the recipe's events sources add.
std::set<std::string> eventColumnNames(const Recipe& recipe)
{
    std::set<std::string> names;
    for (const auto& source : recipe.events)
        for (const auto& column : source.columns)
            names.insert(column.name);
    return names;
}

std::string quoted(const std::string& text)
{
    return "'" + text + "'";
}

/// The table's id column as codes, checked: every row has one, none twice.
const TableColumn& idColumn(const Table& table, const ReferenceSpec& spec)
{
    const TableColumn* ids = table.column(spec.id);
    if (!ids) {
        std::string names;
        for (const auto& name : table.columnNames())
            names += (names.empty() ? "" : ", ") + name;
        throw InputError(spec.path + ": reference.id: there is no column " + quoted(spec.id) +
                         " with the area codes; the columns are: " + names);
    }
    std::unordered_map<std::string, std::size_t> rowOf;
    for (std::size_t row = 0; row < table.rowCount; ++row) {
        const std::string& code = ids->text[row];
        if (code.empty())
            throw InputError(spec.path + ": row " + std::to_string(row + 1) + ": reference.id column " +
                             quoted(spec.id) + " is empty; every row of the reference table needs its code");
        const auto [it, added] = rowOf.emplace(code, row);
        if (!added)
            throw InputError(spec.path + ": rows " + std::to_string(it->second + 1) + " and " +
                             std::to_string(row + 1) + " both have the code " + quoted(code) + " in " +
                             quoted(spec.id) + "; a reference table holds each area once");
    }
    return *ids;
}

/// A text column where the recipe needs numbers is an error: a figure without it would be wrong.
void requireNumeric(const Table& table, const std::string& field, const std::string& key)
{
    const TableColumn* column = table.column(field);
    if (!column || column->numeric)
        return;
    std::string example;
    std::size_t exampleRow = 0;
    for (std::size_t row = 0; row < column->text.size() && example.empty(); ++row)
        if (!column->text[row].empty()) {
            example = column->text[row];
            exampleRow = row + 1;
        }
    throw InputError(table.path + ": " + key + ": the reference table's column " + quoted(field) +
                     " holds text, not numbers (row " + std::to_string(exampleRow) + ": " + quoted(example) +
                     "); give the reference the same numeric field as the recipe's tables");
}

/// Which of the recipe's fields the table must hold as numbers, and warnings for those it lacks.
void checkFields(const Table& table, const Recipe& recipe, Feedback& feedback)
{
    const std::set<std::string> events = eventColumnNames(recipe);
    const std::string& label = recipe.reference->label;
    for (std::size_t i = 0; i < recipe.indicators.size(); ++i) {
        const IndicatorSpec& indicator = recipe.indicators[i];
        const std::string key = "indicators[" + std::to_string(i) + "]";
        const std::string name = indicator.label.empty() ? indicator.field : indicator.label;
        if (events.count(indicator.field)) {
            feedback.warn(table.path, "", -1,
                          "indicator " + quoted(name) +
                              " is counted from the recipe's events: no figure for " + label);
            continue;
        }
        std::vector<std::pair<std::string, std::string>> needed = {{indicator.field, key + ".field"}};
        if (indicator.transform.kind == TransformKind::Per1000)
            needed.emplace_back(indicator.transform.denominator, key + ".transform");
        for (const auto& [field, fieldKey] : needed) {
            if (!table.column(field)) {
                feedback.warn(table.path, "", -1,
                              "the reference table has no column " + quoted(field) + " (indicator " +
                                  quoted(name) + "): no figure for " + label);
                continue;
            }
            requireNumeric(table, field, fieldKey);
        }
    }
}

} // namespace

double referenceFigure(const AreaSet& areas, const IndicatorSpec& indicator)
{
    const Column* field = areas.column(indicator.field);
    if (!field)
        return kNaN;
    const bool rate = indicator.transform.kind == TransformKind::Per1000;
    const Column* denominator = rate ? areas.column(indicator.transform.denominator) : nullptr;
    if (rate && !denominator)
        return kNaN;
    double sum = 0.0;
    double denominatorSum = 0.0;
    std::size_t count = 0;
    for (std::size_t row = 0; row < areas.size(); ++row) {
        const double value = field->values[row];
        if (std::isnan(value))
            continue;
        if (rate) {
            const double d = denominator->values[row];
            if (!(d > 0))
                continue;
            denominatorSum += d;
        }
        sum += value;
        ++count;
    }
    if (rate)
        return denominatorSum > 0 ? sum / denominatorSum * 1000.0 : kNaN;
    return count > 0 ? sum / static_cast<double>(count) : kNaN;
}

std::vector<double> referenceFigures(const AreaSet& areas, const Recipe& recipe)
{
    std::vector<double> figures;
    figures.reserve(recipe.indicators.size());
    for (const IndicatorSpec& indicator : recipe.indicators)
        figures.push_back(referenceFigure(areas, indicator));
    return figures;
}

ReferenceTable readReferenceTable(const Recipe& recipe, Feedback& feedback)
{
    if (!recipe.reference)
        throw InputError((recipe.sourcePath.empty() ? std::string("recipe") : recipe.sourcePath) +
                         ": reference: the recipe has no reference table");
    const ReferenceSpec& spec = *recipe.reference;
    TableReadOptions options;
    options.sheet = spec.sheet;
    options.textColumns = {spec.id};
    Table table;
    try {
        table = readTable(spec.path, options, feedback);
    } catch (const InputError& e) {
        throw InputError(std::string("reference.path: ") + e.what());
    }
    const TableColumn& ids = idColumn(table, spec);
    checkFields(table, recipe, feedback);
    ReferenceTable out;
    out.label = spec.label;
    out.path = spec.path;
    out.areas.idField = spec.id;
    out.areas.source = spec.path;
    for (std::size_t row = 0; row < table.rowCount; ++row)
        out.areas.addArea(ids.text[row], {}, {});
    for (const TableColumn& column : table.columns)
        if (column.numeric && column.name != spec.id)
            out.areas.setColumn({column.name, column.numbers, {spec.path, column.name, std::nullopt}});
    return out;
}

std::vector<double> referenceTableFigures(const ReferenceTable& table, const Recipe& recipe)
{
    // The rules of the municipal figure: the cells an area would have withheld take no part.
    DisclosureColumns columns = disclosureColumns(recipe);
    std::erase_if(columns.counts, [&](const std::string& field) { return !table.areas.column(field); });
    columns.indexColumns.clear();
    columns.indexInputs.clear();
    columns.driversColumn.clear();
    const SuppressionMask mask = findSuppressions(table.areas, recipe.privacy, columns);
    AreaSet published = table.areas;
    for (const SuppressedCell& cell : mask.cells())
        if (Column* column = published.column(cell.column))
            column->values[cell.row] = kNaN;
    const std::set<std::string> events = eventColumnNames(recipe);
    std::vector<double> figures;
    figures.reserve(recipe.indicators.size());
    for (const IndicatorSpec& indicator : recipe.indicators)
        figures.push_back(events.count(indicator.field) ? kNaN : referenceFigure(published, indicator));
    return figures;
}

double scoreOnIndexScale(const PreparedIndicator& indicator, double figure)
{
    if (std::isnan(figure) || indicator.leftOut)
        return kNaN;
    double x = figure;
    if (indicator.spec.transform.kind == TransformKind::Log) {
        if (!(x > -1.0))
            return kNaN;
        x = std::log1p(x);
    }
    if (indicator.outliers.logged) {
        // The outlier treatment's log (see treatOutliers), from the same origin as the areas'.
        const OutlierReport& o = indicator.outliers;
        const double argument = o.logOfNegativeSkew ? o.logOrigin - x + 1.0 : x - o.logOrigin + 1.0;
        if (!(argument > 0))
            return kNaN;
        x = o.logOfNegativeSkew ? -std::log(argument) : std::log(argument);
    }
    const ValueStatistics s = statistics(indicator.values);
    const Normalisation& n = indicator.spec.normalisation;
    const bool negative = indicator.spec.direction == Direction::Negative;
    const double count = static_cast<double>(s.count);
    double below = 0.0;
    double equal = 0.0;
    if (n.kind == NormalisationKind::Rank || n.kind == NormalisationKind::Percentile)
        for (double v : indicator.values) {
            below += v < x ? 1.0 : 0.0;
            equal += v == x ? 1.0 : 0.0;
        }
    const double rank = 0.5 + below + 0.5 * equal;
    switch (n.kind) {
    case NormalisationKind::ZScore:
        return (negative ? -1.0 : 1.0) * (x - s.mean) / s.sd;
    case NormalisationKind::MinMax: {
        const double v = (x - s.min) / (s.max - s.min);
        return negative ? 1.0 - v : v;
    }
    case NormalisationKind::Rank:
        return negative ? count + 1.0 - rank : rank;
    case NormalisationKind::Percentile: {
        const double v = (rank - 1.0) / (count - 1.0);
        return negative ? 1.0 - v : v;
    }
    case NormalisationKind::Goalposts: {
        const double v = std::clamp((x - n.low) / (n.high - n.low), 0.0, 1.0);
        return negative ? 1.0 - v : v;
    }
    case NormalisationKind::Threshold:
        return negative ? (x < n.low ? 1.0 : 0.0) : (x > n.low ? 1.0 : 0.0);
    }
    return kNaN;
}

} // namespace bib::core
