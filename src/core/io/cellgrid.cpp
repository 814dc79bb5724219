// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/cellgrid.h"

#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace bib::core {

namespace {

constexpr std::size_t kListedCells = 20;

bool contains(const std::vector<std::string>& names, const std::string& name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string problemText(const CellValue& value, char decimal)
{
    switch (value.problem) {
    case CellProblem::WrongSeparator:
        return decimal == ',' ? "is not read as a number: this file uses a decimal comma, and a '.' (or a "
                                "second separator) "
                                "may be a thousands separator, which is never guessed"
                              : "is not read as a number: this file uses a decimal point, and a ',' (or a "
                                "second separator) "
                                "may be a thousands separator, which is never guessed";
    case CellProblem::NotFinite:
        return "is not a finite number";
    case CellProblem::OutOfRange:
        return "is out of the range of numbers";
    case CellProblem::None:
        break;
    }
    return "is not a number";
}

struct BadCell
{
    std::size_t row;
    CellValue value;
    std::string text;
};

// Counts and the first bad cells of one column while it is read.
struct ColumnTally
{
    std::size_t missing = 0;
    std::size_t numbers = 0;
    std::size_t numberLike = 0;
    std::size_t text = 0;
    std::vector<BadCell> firstBad;

    void addBad(std::size_t row, const CellValue& value, std::string_view cell)
    {
        if (firstBad.size() < kListedCells)
            firstBad.push_back({row, value, std::string(cell)});
    }
    std::size_t nonMissing() const { return numbers + numberLike + text; }
};

CellValue nativeValue(double number, const CellParser& parser)
{
    if (!std::isfinite(number))
        return {CellKind::NumberLike, 0.0, CellProblem::NotFinite};
    if (parser.isMissingValue(number))
        return {CellKind::Missing, 0.0, CellProblem::None};
    return {CellKind::Number, number, CellProblem::None};
}

void warnBadCells(const CellGrid& grid, const TableColumn& column, const ColumnTally& tally, char decimal,
                  Feedback& feedback)
{
    for (const BadCell& bad : tally.firstBad)
        feedback.warn(grid.source, "", static_cast<std::int64_t>(bad.row + 1),
                      "column '" + column.name + "', " + grid.where(bad.row) + ": '" + bad.text + "' " +
                          problemText(bad.value, decimal) + "; the cell is treated as missing");
    const std::size_t bad = tally.numberLike + tally.text;
    if (bad > tally.firstBad.size())
        feedback.warn(grid.source, "", -1,
                      "column '" + column.name + "': " + std::to_string(bad - tally.firstBad.size()) +
                          (bad - tally.firstBad.size() == 1 ? " more cell is" : " more cells are") +
                          " not a number and treated as missing (" + std::to_string(bad) + " in all)");
}

// One column being typed; cells arrive row after row so the grid is read in memory order.
class ColumnTyper
{
public:
    ColumnTyper(std::string name, std::size_t rows, bool forcedText) : mForcedText(forcedText)
    {
        mColumn.name = std::move(name);
        mColumn.text.reserve(rows);
        if (!forcedText)
            mColumn.numbers.reserve(rows);
    }

    void add(std::size_t row, const GridCell& cell, double nativeNumber, const CellParser& parser)
    {
        const std::string_view trimmed = trimSpaces(cell.text);
        mColumn.text.emplace_back(cell.verbatim ? cell.text : trimmed);
        if (mForcedText) {
            mTally.missing += !cell.native && parser.isMissing(trimmed) ? 1 : 0;
            return;
        }
        const CellValue value = cell.native ? nativeValue(nativeNumber, parser) : parser.parse(trimmed);
        mColumn.numbers.push_back(value.kind == CellKind::Number ? value.number
                                                                 : std::numeric_limits<double>::quiet_NaN());
        switch (value.kind) {
        case CellKind::Missing:
            ++mTally.missing;
            break;
        case CellKind::Number:
            ++mTally.numbers;
            break;
        case CellKind::NumberLike:
            ++mTally.numberLike;
            mTally.addBad(row, value, trimmed);
            break;
        case CellKind::Text:
            ++mTally.text;
            mTally.addBad(row, value, trimmed);
            break;
        }
    }

    TableColumn finish(const CellGrid& grid, char decimal, Feedback& feedback)
    {
        const std::size_t rows = grid.rowCount();
        const std::size_t numberish = mTally.numbers + mTally.numberLike;
        const std::size_t nonMissing = mTally.nonMissing();
        mColumn.numeric = !mForcedText && rows > 0 && (nonMissing == 0 || 2 * numberish > nonMissing);
        if (mColumn.numeric) {
            mColumn.missingCount = rows - mTally.numbers;
            warnBadCells(grid, mColumn, mTally, decimal, feedback);
        } else {
            mColumn.numbers = {};
            mColumn.missingCount = mTally.missing;
        }
        return std::move(mColumn);
    }

private:
    bool mForcedText;
    TableColumn mColumn;
    ColumnTally mTally;
};

} // namespace

std::string CellGrid::where(std::size_t row) const
{
    return lineWord + " " + std::to_string(lines[row]);
}

char detectDecimalSeparator(const CellGrid& grid, const std::vector<std::string>& textColumns, char fallback,
                            Feedback& feedback)
{
    std::vector<bool> skip(grid.columnCount());
    for (std::size_t c = 0; c < grid.columnCount(); ++c)
        skip[c] = contains(textColumns, grid.names[c]);
    std::size_t comma = 0;
    std::size_t point = 0;
    std::string groupExample[2]; // first "1,234" and first "1.234"
    for (std::size_t row = 0; row < grid.rowCount(); ++row) {
        for (std::size_t c = 0; c < grid.columnCount(); ++c) {
            const GridCell& cell = grid.at(row, c);
            if (skip[c] || cell.native)
                continue;
            const std::string_view trimmed = trimSpaces(cell.text);
            switch (CellParser::decimalShape(trimmed)) {
            case DecimalShape::Comma:
                ++comma;
                break;
            case DecimalShape::Point:
                ++point;
                break;
            case DecimalShape::CommaOrGroup:
            case DecimalShape::PointOrGroup: {
                std::string& example = groupExample[trimmed.find(',') == std::string_view::npos ? 1 : 0];
                if (example.empty())
                    example = trimmed;
                break;
            }
            case DecimalShape::None:
                break;
            }
        }
    }
    if (comma != point)
        return comma > point ? ',' : '.';
    if (comma == 0) {
        const std::string& example = groupExample[fallback == ',' ? 0 : 1];
        if (!example.empty())
            feedback.warn(grid.source, "", -1,
                          "every number with a separator looks like '" + example +
                              "' (three digits after the '" + std::string(1, fallback) +
                              "'); read as a decimal " + (fallback == ',' ? "comma" : "point") +
                              " — if the '" + std::string(1, fallback) +
                              "' separates thousands, choose the other decimal separator");
    }
    return fallback;
}

void checkHeader(std::vector<std::string>& names, const std::string& source, Feedback& feedback)
{
    std::map<std::string, std::vector<std::size_t>> positions;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i].empty()) {
            names[i] = "column_" + std::to_string(i + 1);
            feedback.warn(source, "", -1,
                          "header cell " + std::to_string(i + 1) + " is empty; the column is called '" +
                              names[i] + "'");
        }
        positions[names[i]].push_back(i + 1);
    }
    std::string duplicates;
    for (const auto& [name, at] : positions) {
        if (at.size() < 2)
            continue;
        duplicates += (duplicates.empty() ? "'" : ", '") + name + "' (columns";
        for (std::size_t k = 0; k < at.size(); ++k)
            duplicates += (k == 0 ? " " : k + 1 == at.size() ? " and " : ", ") + std::to_string(at[k]);
        duplicates += ")";
    }
    if (!duplicates.empty())
        throw InputError(source + ": the header has duplicate column names: " + duplicates +
                         "; rename them so each column has its own name");
}

std::vector<TableColumn> typeColumns(const CellGrid& grid, const CellParser& parser,
                                     const std::vector<std::string>& textColumns, Feedback& feedback)
{
    for (const auto& name : textColumns)
        if (!contains(grid.names, name))
            feedback.warn(grid.source, "", -1, "text column '" + name + "' is not in the table");
    const std::size_t columnCount = grid.columnCount();
    std::vector<ColumnTyper> typers;
    typers.reserve(columnCount);
    for (const auto& name : grid.names)
        typers.emplace_back(name, grid.rowCount(), contains(textColumns, name));
    for (std::size_t row = 0; row < grid.rowCount(); ++row) {
        if ((row & 4095) == 4095)
            feedback.throwIfCancelled();
        for (std::size_t c = 0; c < columnCount; ++c) {
            const std::size_t index = row * columnCount + c;
            typers[c].add(row, grid.cells[index],
                          grid.nativeNumbers.empty() ? 0.0 : grid.nativeNumbers[index], parser);
        }
    }
    std::vector<TableColumn> columns;
    columns.reserve(columnCount);
    for (auto& typer : typers)
        columns.push_back(typer.finish(grid, parser.decimalSeparator(), feedback));
    return columns;
}

} // namespace bib::core
