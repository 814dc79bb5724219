// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/feedback.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace bib::core {

/// One column of an indicator table.
///
/// A column is numeric when more than half of its non-missing cells are numbers in the table's
/// decimal convention, counting number-like cells that are not read ("1.234" in a decimal-comma file,
/// NaN, Inf, 1e400) as numbers; a column whose cells are all missing is numeric too (all NaN). The
/// cells of a numeric column that are not numbers become NaN, each with a warning (the first 20 per
/// column, then one summary). Columns named in TableReadOptions::textColumns are never numeric.
struct TableColumn
{
    std::string name;
    bool numeric = false;
    /// One value per row for a numeric column (NaN = missing or unreadable); empty for a text column.
    std::vector<double> numbers;
    /// One UTF-8 cell per row, for every column: unquoted CSV cells trimmed of spaces and tabs; quoted
    /// cells and spreadsheet strings exactly as written, so padded codes ("BU03440613  ") stay padded
    /// and the join can report them.
    std::vector<std::string> text;
    /// Numeric column: the NaN count of `numbers` (empty cells, missing markers, unreadable cells).
    /// Text column: empty cells and missing markers.
    std::size_t missingCount = 0;
};

/// How a table file was read, reported to the user.
struct TableFormat
{
    char delimiter = ','; ///< ';', ',' or '\t'
    char decimalSeparator = '.';
    std::string encoding = "UTF-8"; ///< "UTF-8", "UTF-8 with BOM" or "Windows-1252"
    std::string sheet;              ///< sheet name for XLSX/ODS
};

/// A rectangular table of indicators: CSV as Dutch sources publish it, or a spreadsheet sheet.
struct Table
{
    std::string path;
    TableFormat format;
    std::vector<TableColumn> columns;
    std::size_t rowCount = 0;

    const TableColumn* column(const std::string& name) const;
    /// Names of all columns, in file order.
    std::vector<std::string> columnNames() const;
};

struct TableReadOptions
{
    std::optional<char> delimiter;        ///< force a delimiter; detected when empty
    std::optional<char> decimalSeparator; ///< force '.' or ','; detected when empty
    std::string sheet;                    ///< sheet (layer) of an XLSX/ODS file; first when empty
    /// Cells that mean "missing" besides the empty cell: CBS's '.', and its negative sentinels. Compared
    /// with the trimmed cell; a marker that is a number also matches its value in any notation
    /// ("-99999999,0", or a spreadsheet number -99999999).
    std::vector<std::string> missingMarkers = {".",           "-",         "x",         "?",      "-99999999",
                                               "-99999999.0", "-99999998", "-99999997", "-99997", "-99995"};
    /// Columns that are never numeric, whatever they hold (ids such as postcodes or codes).
    std::vector<std::string> textColumns;
};

/// Reads a CSV, TSV, XLSX or ODS table (by extension: .xlsx and .ods through GDAL, anything else
/// as CSV text). The first row is always the header.
///
/// CSV: the whole file is read at once and parsed without the process locale (std::from_chars);
/// linear in the file size. Delimiter ';', ',' or tab detected from the header and the first 50
/// records (the candidate that splits them like the header); decimal separator detected from the cells (the
/// majority of cells such as "12,5" against "12.5"; with no evidence ',' for a ';' file, else '.'). UTF-8
/// with or without BOM, otherwise Windows-1252 converted to UTF-8. RFC 4180 quoting (doubled quotes,
/// separators and line breaks in quotes). Line ends LF, CRLF or CR. Thousands separators are never guessed:
/// "1.234" and "1.234,5" in a decimal-comma file are unreadable cells (NaN with a warning naming the row and
/// column), never 1234. Rows with fewer or more cells than the header are padded with missing cells
/// or cut, with a warning giving their line and row. Empty lines are skipped with a warning (at the
/// end of the file silently; in a one-column table they are missing cells). A header without rows
/// gives a table with 0 rows and a warning.
///
/// XLSX/ODS: one sheet (options.sheet, or the first); numeric cells are numbers, string cells are
/// parsed like CSV cells (decimal separator detected from them, '.' when undecided); rows with no
/// cell set are skipped.
///
/// Warning::row is the 1-based data row (line numbers are in the message), -1 for file-wide warnings.
/// Throws InputError naming the file for: a missing, 0-byte or binary file (NUL bytes, mostly control
/// characters, a ZIP or UTF-16 file under a text name, an old .xls), a file of only empty lines,
/// duplicate header names (all listed), a quote that is never closed, a forced delimiter absent from
/// a header that another delimiter splits, an unreadable spreadsheet or unknown sheet.
Table readTable(const std::string& path, const TableReadOptions& options, Feedback& feedback);

} // namespace bib::core
