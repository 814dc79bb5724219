// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/table.h"
#include "model/areaset.h"
#include "util/feedback.h"

#include <string>
#include <utility>
#include <vector>

namespace bib::core {

/// What happened when a table was joined to the areas by code.
struct JoinReport
{
    std::string tablePath;
    std::string tableIdField;
    std::size_t areaCount = 0;
    std::size_t rowCount = 0;
    std::size_t matched = 0;                 ///< areas that received a row
    std::vector<std::string> unmatchedAreas; ///< area ids without a row, in area order
    std::vector<std::string> unmatchedRows;  ///< table codes without an area, in table order
    std::vector<std::string> duplicateCodes; ///< table codes that occur more than once
    std::vector<std::pair<std::string, std::string>> normalisedCodes; ///< (as in table, as matched)
    std::vector<std::string> joinedColumns;  ///< numeric columns added to the area set
    std::vector<std::string> skippedColumns; ///< text columns or name clashes not added
};

struct JoinOptions
{
    /// Columns to join; all numeric columns but the id when empty.
    std::vector<std::string> columns;
    /// Prefix for joined column names that clash with a field of the areas (a numeric or text column,
    /// the id or name field). When the prefixed name is taken too (by the areas or by another joined
    /// column), or the prefix is empty, the column is skipped. Area columns are never replaced.
    std::string clashPrefix = "t_";
};

/// Joins a table's numeric columns to the areas by code.
///
/// Codes are the id column's text (see TableColumn::text), compared exactly first; a code that only
/// matches after trimming spaces and tabs (CBS pads codes with spaces) or ignoring ASCII case is
/// matched and listed in normalisedCodes, with one warning for all of them. For a duplicated code the
/// first row wins and the code is listed. Rows with an empty code are not joined (one warning). Areas
/// without a row get NaN (one warning naming the first few). Every joined column gets
/// Provenance{table.path, name in the table}. Asking for a column that does not exist throws
/// InputError listing the columns; asking for a text column skips it with a warning.
///
/// Throws InputError listing the table's columns when the id field is not in the table, and
/// InputError when the table has no data rows.
/// Linear in areas + rows (hash maps).
JoinReport joinTable(AreaSet& areas, const Table& table, const std::string& tableIdField,
                     const JoinOptions& options, Feedback& feedback);

} // namespace bib::core
