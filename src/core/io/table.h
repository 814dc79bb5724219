// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/feedback.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace bib::core {

/// One column of an indicator table. A column is numeric when every non-missing cell parses as a
/// number (after the table's decimal convention); then `numbers` holds one value per row with NaN
/// for missing cells. `text` always holds the cells as read (trimmed, UTF-8).
struct TableColumn
{
    std::string name;
    bool numeric = false;
    std::vector<double> numbers;
    std::vector<std::string> text;
    std::size_t missingCount = 0; ///< empty cells, '.', CBS sentinels, …
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
    /// Cells that mean "missing" besides the empty cell: CBS's '.', and its negative sentinels.
    std::vector<std::string> missingMarkers = {".",           "-",         "x",         "?",      "-99999999",
                                               "-99999999.0", "-99999998", "-99999997", "-99997", "-99995"};
    /// Columns that are never numeric, whatever they hold (ids such as postcodes or codes).
    std::vector<std::string> textColumns;
};

/// Reads a CSV, TSV, XLSX or ODS table.
///
/// CSV: delimiter ';', ',' or tab detected from the header and first rows; decimal comma detected
/// per file (a ';'-separated file whose numbers use ','); UTF-8 with or without BOM, otherwise
/// Windows-1252 converted to UTF-8; RFC 4180 quoting (doubled quotes, separators and newlines in
/// quotes). Thousands separators are never guessed: "1.234" in a decimal-comma file is an error
/// cell reported as a warning (value missing), not 1234. Rows with a different number of cells
/// than the header are reported with their row number and padded or cut.
/// Throws InputError for an unreadable, empty, binary or header-only-garbage file.
Table readTable(const std::string& path, const TableReadOptions& options, Feedback& feedback);

} // namespace bib::core
