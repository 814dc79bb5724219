// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/cellparser.h"
#include "io/table.h"
#include "util/feedback.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bib::core {

/// One cell as a reader found it, before typing.
struct GridCell
{
    std::string_view text; ///< not owned: points into the reader's buffer
    bool verbatim = false; ///< keep `text` as is (quoted CSV cell, spreadsheet string); else trim it
    bool native = false;   ///< the spreadsheet stored a number: CellGrid::nativeNumbers holds it
};

/// The cells of a table under its header, row after row (cells[row * columnCount + column]), shared by
/// the CSV and the spreadsheet readers so both type their columns the same way.
struct CellGrid
{
    std::string source;                ///< file named in warnings
    std::vector<std::string> names;    ///< header, one per column
    std::vector<GridCell> cells;       ///< rowCount() * names.size()
    std::vector<double> nativeNumbers; ///< empty, or one per cell (for GridCell::native)
    std::vector<std::size_t> lines;    ///< per row: the line (CSV) or sheet row it starts on
    std::string lineWord = "line";     ///< what `lines` counts, for messages

    std::size_t columnCount() const { return names.size(); }
    std::size_t rowCount() const { return lines.size(); }
    const GridCell& at(std::size_t row, std::size_t column) const
    {
        return cells[row * names.size() + column];
    }
    /// "line 7" or "sheet row 7": where a data row is, for warnings (Warning::row holds the row).
    std::string where(std::size_t row) const;
};

/// Chooses the decimal separator from the cells of the columns not in `textColumns`: the majority of
/// cells such as "12,5" against cells such as "12.5"; `fallback` on a tie. Cells such as "1.234" or
/// "1,234", which may hold a thousands separator, never vote; when they are the only numbers with a
/// separator, a warning says how they are read.
char detectDecimalSeparator(const CellGrid& grid, const std::vector<std::string>& textColumns, char fallback,
                            Feedback& feedback);

/// Throws InputError listing duplicate header names; names empty header cells "column_N" (1-based)
/// with a warning.
void checkHeader(std::vector<std::string>& names, const std::string& source, Feedback& feedback);

/// Types every column of the grid (see TableColumn): a column is numeric when more than half of its
/// non-missing cells are numbers or number-like (NaN, 1e400, "1.234" with a decimal comma), or when all
/// its cells are missing; the number-like and text cells of a numeric column become NaN with a warning
/// each (the first 20 per column, then one summary). Columns in `textColumns` are always text.
std::vector<TableColumn> typeColumns(const CellGrid& grid, const CellParser& parser,
                                     const std::vector<std::string>& textColumns, Feedback& feedback);

} // namespace bib::core
